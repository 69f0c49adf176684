-- Operators the database authenticates. Until now the operator was a claim the tool
-- looked up and wrote into settings; anyone holding the tool's connection could claim
-- anyone. From here on:
--
-- * every user has a login role of their own (users.login_role), created, renamed,
--   disabled and re-enabled with the user by a trigger, a member of omnictl_app and of
--   nothing else;
-- * the operator of a transaction is the user whose login role is session_user, which
--   the server sets at authentication and no statement can change (SET ROLE changes
--   current_user only);
-- * row-level security asks the database who that is, once per statement (the policy
--   functions are wrapped in scalar subqueries, which PostgreSQL runs once as an
--   InitPlan, not once per row), and what the client asks for (omnictl.organization_id,
--   omnictl.platform_scope) only narrows it: a clinic user reaches their own clinic, a
--   super admin the platform, clinics' configuration, and one clinic's patient rows
--   only under a break-the-glass grant of their own;
-- * audit rows take their operator, the login and the client's address from the
--   server, not from the client.
--
-- Nothing here uses a function SET clause for an omnictl.* setting, nor anything else
-- that needs a superuser: a database owner with CREATEROLE (a managed server's admin
-- role) can apply it.

-- The role that creates and changes login roles. It owns only the functions below and
-- cannot log in. CREATEROLE is the least PostgreSQL offers for managing roles; it
-- bypasses nothing and owns no table. It inherits pg_signal_backend (granted below when
-- the migrating role may) to end a deactivated user's open connections.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'omnictl_provisioner') THEN
        BEGIN
            CREATE ROLE omnictl_provisioner NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB CREATEROLE INHERIT;
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;
            WHEN insufficient_privilege THEN
                RAISE EXCEPTION 'the migrating role % may not create roles (it needs CREATEROLE)', current_user
                    USING HINT = format('Give it CREATEROLE, or have a superuser run: CREATE ROLE omnictl_provisioner '
                                        'NOLOGIN CREATEROLE; GRANT omnictl_provisioner TO %I; GRANT omnictl_app TO '
                                        'omnictl_provisioner WITH ADMIN OPTION; GRANT pg_signal_backend TO '
                                        'omnictl_provisioner; then run omnictl migrate run again.', current_user);
        END;
    END IF;
    -- Handing functions to it needs membership in it.
    IF NOT pg_has_role(current_user, 'omnictl_provisioner', 'MEMBER') THEN
        BEGIN
            EXECUTE format('GRANT omnictl_provisioner TO %I', current_user);
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE EXCEPTION 'the migrating role % is not a member of omnictl_provisioner and may not make itself one', current_user
                USING HINT = format('Have a superuser run: GRANT omnictl_provisioner TO %I; then run omnictl migrate run again.',
                                    current_user);
        END;
    END IF;
    -- New logins are made members of omnictl_app by the provisioner (PostgreSQL 16 and
    -- later ask for ADMIN OPTION on it; 15 and earlier let CREATEROLE grant it).
    IF NOT pg_has_role('omnictl_provisioner', 'omnictl_app', 'MEMBER WITH ADMIN OPTION') THEN
        BEGIN
            GRANT omnictl_app TO omnictl_provisioner WITH ADMIN OPTION;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE EXCEPTION 'the migrating role % may not let omnictl_provisioner grant omnictl_app', current_user
                USING HINT = 'Have a superuser run: GRANT omnictl_app TO omnictl_provisioner WITH ADMIN OPTION; then run omnictl migrate run again.';
        END;
    END IF;
    IF NOT pg_has_role('omnictl_provisioner', 'pg_signal_backend', 'MEMBER') THEN
        BEGIN
            GRANT pg_signal_backend TO omnictl_provisioner;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'omnictl_provisioner cannot end a deactivated user''s open connections; a superuser may run: GRANT pg_signal_backend TO omnictl_provisioner';
        END;
    END IF;
END
$$;

-- Only this platform's roles connect to this database: two omnictl databases on one
-- cluster share omnictl_app, so CONNECT is granted per login (by the provisioner, which
-- holds it with GRANT OPTION), never to PUBLIC or to omnictl_app. A database's
-- privileges are not part of its contents: a copy made from it as a template, or a
-- restored dump, starts with PUBLIC allowed again. `omnictl migrate run` therefore
-- calls this on every run (as the owner), and it can be called after such a copy.
CREATE FUNCTION omnictl_secure_database() RETURNS void
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
DECLARE
    login text;
BEGIN
    EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO omnictl_provisioner WITH GRANT OPTION', current_database());
    IF NOT has_database_privilege('omnictl_provisioner', current_database(), 'CONNECT WITH GRANT OPTION') THEN
        RAISE EXCEPTION 'the role % cannot grant CONNECT on database %', current_user, current_database()
            USING HINT = format('Run omnictl migrate run as the database''s owner, or have a superuser run: '
                                'GRANT CONNECT ON DATABASE %I TO omnictl_provisioner WITH GRANT OPTION',
                                current_database());
    END IF;
    -- The owner reads users in platform scope (see omnictl_platform_scope below), for
    -- this transaction only.
    PERFORM set_config('omnictl.platform_scope', 'on', true);
    FOR login IN SELECT u.login_role FROM users u WHERE u.login_role IS NOT NULL LOOP
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), login);
    END LOOP;
    PERFORM set_config('omnictl.platform_scope', '', true);
END
$$;
REVOKE ALL ON FUNCTION omnictl_secure_database() FROM PUBLIC;

-- Operators must not create objects where the definers look them up (an overload of a
-- function or an operator in public could run as the definer). PostgreSQL 15 and later
-- create no such privilege; on 13 and 14 PUBLIC has CREATE on public, and only the
-- schema's owner may take it back.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_namespace n, aclexplode(n.nspacl) a
                WHERE n.nspname = 'public' AND a.grantee = 0 AND a.privilege_type = 'CREATE') THEN
        IF NOT pg_has_role(current_user, (SELECT nspowner FROM pg_namespace WHERE nspname = 'public'), 'USAGE') THEN
            RAISE EXCEPTION 'PUBLIC may create objects in schema public, and % cannot revoke that', current_user
                USING HINT = 'Have a superuser run: REVOKE CREATE ON SCHEMA public FROM PUBLIC; then run omnictl migrate run again.';
        END IF;
        REVOKE CREATE ON SCHEMA public FROM PUBLIC;
    END IF;
END
$$;

-- Each user's login role. Unique: one login is one user, the mapping the database
-- derives every operator from. Written only by the provisioning trigger (the
-- application role has no UPDATE on this column, and INSERT overwrites it).
ALTER TABLE users ADD COLUMN login_role text;
ALTER TABLE users ADD CONSTRAINT users_login_role_key UNIQUE (login_role);

-- The login role name of a user: `<database>.<email in lower case>`, which stays a
-- readable name in pg_stat_activity and the audit trail and cannot collide with another
-- omnictl database's users on the same cluster; when that is longer than PostgreSQL's
-- 63 bytes, `omnictl_` and the first 32 hex digits of its SHA-256. omnictl computes the
-- same name to connect to the local database as an operator (db::login_name).
CREATE FUNCTION omnictl_login_name(email text) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
SELECT CASE WHEN octet_length(current_database() || '.' || lower(btrim(email))) <= 63
            THEN current_database() || '.' || lower(btrim(email))
            ELSE 'omnictl_' || left(encode(sha256(convert_to(current_database() || '.' || lower(btrim(email)), 'UTF8')), 'hex'), 32)
       END
$$;

-- The definer and the provisioner read past the clinics' policies with policies of
-- their own: their functions are fixed code that filters by organization itself.
-- Every other role's policies are written for omnictl_app (of which every login, and
-- the owner, is a member), so the two sets never evaluate each other.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY[
        'organizations', 'users', 'practitioners', 'patients', 'authorizations', 'appointments',
        'authorization_unit_events', 'audit_logs', 'audit_log_items', 'break_glass_grants'
    ] LOOP
        EXECUTE format('CREATE POLICY definer_reads ON %I FOR SELECT TO omnictl_definer USING (true)', t);
    END LOOP;
END
$$;
GRANT SELECT ON break_glass_grants TO omnictl_definer;
CREATE POLICY provisioner_manages ON users FOR ALL TO omnictl_provisioner USING (true) WITH CHECK (true);
GRANT USAGE ON SCHEMA public TO omnictl_provisioner;
GRANT SELECT, INSERT, UPDATE ON users TO omnictl_provisioner;

-- The connected operator as the database knows them: the user whose login role is
-- session_user. `omnictl whoami` and the tool's authorization start here.
CREATE FUNCTION omnictl_whoami()
    RETURNS TABLE (
        id uuid, email text, name text, is_super_admin boolean, organization_id uuid,
        role user_role, is_active boolean, organization_slug text,
        organization_status organization_status, login_role text
    )
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
SELECT u.id, u.email, u.name, u.is_super_admin, u.organization_id, u.role, u.is_active, o.slug, o.status, u.login_role
  FROM users u
  LEFT JOIN organizations o ON o.id = u.organization_id
 WHERE u.login_role = session_user
$$;

-- What row-level security asks about the connected login, kept beside users so that
-- asking costs one index lookup: the user, their clinic, whether they are a super admin
-- or a clinic ADMIN, and whether they may act at all (active, and their clinic ACTIVE
-- or TRIAL). Written only by the triggers below (users and organizations change it);
-- each login reads only its own row, whatever it asks for.
CREATE TABLE operator_logins (
    login_role      text PRIMARY KEY,
    user_id         uuid NOT NULL UNIQUE,
    organization_id uuid,
    is_super_admin  boolean NOT NULL,
    is_admin        boolean NOT NULL,
    may_act         boolean NOT NULL
);
ALTER TABLE operator_logins ENABLE ROW LEVEL SECURITY;
ALTER TABLE operator_logins FORCE ROW LEVEL SECURITY;
CREATE POLICY own_login ON operator_logins FOR SELECT USING (login_role = session_user);
CREATE POLICY provisioner_keeps ON operator_logins FOR ALL TO omnictl_provisioner USING (true) WITH CHECK (true);
GRANT SELECT ON operator_logins TO omnictl_app, omnictl_definer;
GRANT SELECT, INSERT, UPDATE, DELETE ON operator_logins TO omnictl_provisioner;

-- The functions the policies call. Plain (invoker) PL/pgSQL, so their plans are cached
-- for the session and no definer's context is switched per call; every name is
-- schema-qualified, so a temporary table or a search_path cannot stand in for the
-- real ones.

-- The operator of this transaction: the active user logged in as session_user.
CREATE OR REPLACE FUNCTION omnictl_current_operator() RETURNS uuid
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    RETURN (SELECT l.user_id FROM public.operator_logins l WHERE l.login_role = session_user AND l.may_act);
END
$$;

-- Platform scope: asked for (omnictl.platform_scope = 'on') AND the operator is an
-- active super admin. Asking is not enough. The schema's owner (the login that runs
-- the migrations, who can change the policies themselves) has it too: installing
-- reference data (the service-code catalogue) and bootstrapping come before any
-- operator exists. Platform scope opens no clinic's patient rows.
CREATE OR REPLACE FUNCTION omnictl_platform_scope() RETURNS boolean
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    IF coalesce(pg_catalog.current_setting('omnictl.platform_scope', true), '') <> 'on' THEN
        RETURN false;
    END IF;
    IF EXISTS (SELECT 1 FROM public.operator_logins l
                WHERE l.login_role = session_user AND l.may_act AND l.is_super_admin) THEN
        RETURN true;
    END IF;
    RETURN pg_catalog.pg_has_role(session_user,
        (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = 'public.users'::regclass), 'MEMBER');
END
$$;

-- The clinic this transaction reaches for configuration (users, practitioners,
-- authorizations and their ledger, appointments, grants): the one the client asks for
-- in omnictl.organization_id, if the operator may act there — their own clinic while it
-- may operate, or any clinic for a super admin. Otherwise NULL, which no row matches.
CREATE OR REPLACE FUNCTION omnictl_current_organization() RETURNS uuid
    LANGUAGE plpgsql STABLE
    AS $$
DECLARE
    requested uuid := nullif(pg_catalog.current_setting('omnictl.organization_id', true), '')::uuid;
BEGIN
    IF requested IS NULL THEN
        RETURN NULL;
    END IF;
    RETURN (SELECT requested FROM public.operator_logins l
             WHERE l.login_role = session_user AND l.may_act
               AND (l.is_super_admin OR l.organization_id = requested));
END
$$;

-- The clinic whose patient rows this transaction reaches (patients, their insurance,
-- sessions, session events and notes): a clinic user's own clinic as above; for a
-- super admin, the asked-for clinic only while a break-the-glass grant of their own
-- for it is active.
CREATE FUNCTION omnictl_patient_organization() RETURNS uuid
    LANGUAGE plpgsql STABLE
    AS $$
DECLARE
    requested uuid := nullif(pg_catalog.current_setting('omnictl.organization_id', true), '')::uuid;
    me record;
BEGIN
    IF requested IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT l.user_id, l.is_super_admin, l.organization_id INTO me
      FROM public.operator_logins l WHERE l.login_role = session_user AND l.may_act;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    IF NOT me.is_super_admin THEN
        RETURN CASE WHEN me.organization_id = requested THEN requested END;
    END IF;
    IF EXISTS (SELECT 1 FROM public.break_glass_grants g
                WHERE g.organization_id = requested AND g.operator_id = me.user_id
                  AND g.revoked_at IS NULL AND now() < g.expires_at) THEN
        RETURN requested;
    END IF;
    RETURN NULL;
END
$$;

-- The clinic whose users and settings this transaction may change: the reach above,
-- for a super admin or the clinic's ADMIN only (STAFF cannot make users, least of all
-- an ADMIN, whatever SQL they send).
CREATE FUNCTION omnictl_managed_organization() RETURNS uuid
    LANGUAGE plpgsql STABLE
    AS $$
DECLARE
    requested uuid := nullif(pg_catalog.current_setting('omnictl.organization_id', true), '')::uuid;
BEGIN
    IF requested IS NULL THEN
        RETURN NULL;
    END IF;
    RETURN (SELECT requested FROM public.operator_logins l
             WHERE l.login_role = session_user AND l.may_act
               AND (l.is_super_admin OR (l.is_admin AND l.organization_id = requested)));
END
$$;

-- The clinic the operator belongs to, whatever its state: a refusal of a suspended
-- clinic's user is filed in that clinic's chain.
CREATE FUNCTION omnictl_home_organization() RETURNS uuid
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    RETURN (SELECT l.organization_id FROM public.operator_logins l WHERE l.login_role = session_user);
END
$$;

-- Keeps operator_logins equal to users and their clinics' states.
CREATE FUNCTION omnictl_sync_login() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
BEGIN
    IF TG_TABLE_NAME = 'organizations' THEN
        UPDATE operator_logins l SET may_act = u.is_active AND NEW.status IN ('ACTIVE', 'TRIAL')
          FROM users u WHERE u.organization_id = NEW.id AND l.user_id = u.id;
        RETURN NULL;
    END IF;
    IF NEW.login_role IS NULL THEN
        DELETE FROM operator_logins WHERE user_id = NEW.id;
        RETURN NULL;
    END IF;
    INSERT INTO operator_logins AS l (login_role, user_id, organization_id, is_super_admin, is_admin, may_act)
    SELECT NEW.login_role, NEW.id, NEW.organization_id, NEW.is_super_admin, NEW.role IS NOT DISTINCT FROM 'ADMIN',
           NEW.is_active AND (NEW.is_super_admin OR o.status IN ('ACTIVE', 'TRIAL'))
      FROM (SELECT 1) one LEFT JOIN organizations o ON o.id = NEW.organization_id
    ON CONFLICT (user_id) DO UPDATE
       SET login_role = EXCLUDED.login_role, organization_id = EXCLUDED.organization_id,
           is_super_admin = EXCLUDED.is_super_admin, is_admin = EXCLUDED.is_admin, may_act = EXCLUDED.may_act;
    RETURN NULL;
END
$$;
-- The provisioner reads the clinics' states for it.
CREATE POLICY provisioner_reads ON organizations FOR SELECT TO omnictl_provisioner USING (true);
GRANT SELECT ON organizations TO omnictl_provisioner;

-- The policies again, for omnictl_app, each function in a scalar subquery: evaluated
-- once per statement (an InitPlan), not once per row.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY[
        'practitioners', 'patients', 'patient_insurances', 'authorizations',
        'authorization_unit_events', 'appointments', 'sessions', 'session_events',
        'session_note_addenda', 'break_glass_grants'
    ] LOOP
        EXECUTE format('DROP POLICY tenant_isolation ON %I', t);
    END LOOP;
    -- Configuration and billing rows: ids, units, times; no one's name.
    FOREACH t IN ARRAY ARRAY[
        'practitioners', 'authorizations', 'authorization_unit_events', 'appointments'
    ] LOOP
        EXECUTE format(
            'CREATE POLICY tenant_isolation ON %I TO omnictl_app
                 USING (organization_id = (SELECT omnictl_current_organization()))
                 WITH CHECK (organization_id = (SELECT omnictl_current_organization()))', t);
    END LOOP;
    -- Patient rows: who the patient is, their coverage, what happened in their sessions.
    FOREACH t IN ARRAY ARRAY[
        'patients', 'patient_insurances', 'sessions', 'session_events', 'session_note_addenda'
    ] LOOP
        EXECUTE format(
            'CREATE POLICY tenant_isolation ON %I TO omnictl_app
                 USING (organization_id = (SELECT omnictl_patient_organization()))
                 WITH CHECK (organization_id = (SELECT omnictl_patient_organization()))', t);
    END LOOP;
END
$$;

-- Grants: the clinic sees its grants; only a super admin creates one, for themselves
-- (a clinic ADMIN cannot open the door for a super admin), and revokes their own.
CREATE POLICY grants_read ON break_glass_grants FOR SELECT TO omnictl_app
    USING (organization_id = (SELECT omnictl_current_organization()));
CREATE POLICY grants_create ON break_glass_grants FOR INSERT TO omnictl_app
    WITH CHECK (organization_id = (SELECT omnictl_current_organization())
                AND operator_id = (SELECT omnictl_current_operator())
                AND (SELECT EXISTS (SELECT 1 FROM public.operator_logins l
                             WHERE l.login_role = session_user AND l.may_act AND l.is_super_admin)));
CREATE POLICY grants_revoke ON break_glass_grants FOR UPDATE TO omnictl_app
    USING (organization_id = (SELECT omnictl_current_organization())
           AND operator_id = (SELECT omnictl_current_operator()))
    WITH CHECK (organization_id = (SELECT omnictl_current_organization())
                AND operator_id = (SELECT omnictl_current_operator()));

DROP POLICY organizations_read ON organizations;
DROP POLICY organizations_create ON organizations;
DROP POLICY organizations_update ON organizations;
CREATE POLICY organizations_read ON organizations FOR SELECT TO omnictl_app
    USING ((SELECT omnictl_platform_scope()) OR id = (SELECT omnictl_current_organization()));
CREATE POLICY organizations_create ON organizations FOR INSERT TO omnictl_app
    WITH CHECK ((SELECT omnictl_platform_scope()));
-- A clinic's ADMIN changes its settings; its status only a super admin (below).
CREATE POLICY organizations_update ON organizations FOR UPDATE TO omnictl_app
    USING ((SELECT omnictl_platform_scope()) OR id = (SELECT omnictl_managed_organization()))
    WITH CHECK ((SELECT omnictl_platform_scope()) OR id = (SELECT omnictl_managed_organization()));

DROP POLICY users_read ON users;
DROP POLICY users_create ON users;
DROP POLICY users_update ON users;
CREATE POLICY users_read ON users FOR SELECT TO omnictl_app
    USING ((SELECT omnictl_platform_scope()) OR organization_id = (SELECT omnictl_current_organization()));
CREATE POLICY users_create ON users FOR INSERT TO omnictl_app
    WITH CHECK ((SELECT omnictl_platform_scope()) OR organization_id = (SELECT omnictl_managed_organization()));
CREATE POLICY users_update ON users FOR UPDATE TO omnictl_app
    USING ((SELECT omnictl_platform_scope()) OR organization_id = (SELECT omnictl_managed_organization()))
    WITH CHECK ((SELECT omnictl_platform_scope()) OR organization_id = (SELECT omnictl_managed_organization()));
-- Which columns the tool changes; login_role, is_super_admin and organization_id are
-- not among them.
REVOKE UPDATE ON users FROM omnictl_app;
GRANT UPDATE (email, name, role, is_active) ON users TO omnictl_app;

DROP POLICY service_codes_read ON service_codes;
DROP POLICY service_codes_write ON service_codes;
CREATE POLICY service_codes_read ON service_codes FOR SELECT TO omnictl_app
    USING (organization_id IS NULL OR organization_id = (SELECT omnictl_current_organization())
           OR (SELECT omnictl_platform_scope()));
CREATE POLICY service_codes_write ON service_codes FOR ALL TO omnictl_app
    USING ((organization_id IS NULL AND (SELECT omnictl_platform_scope()))
           OR organization_id = (SELECT omnictl_managed_organization()))
    WITH CHECK ((organization_id IS NULL AND (SELECT omnictl_platform_scope()))
                OR organization_id = (SELECT omnictl_managed_organization()));

-- The trail: a clinic reads its own chain, a super admin in platform scope all. A row
-- is appended to the reached clinic's chain or the platform chain (refusals of a
-- command that never reached a clinic land there); never to another clinic's.
DROP POLICY audit_logs_read ON audit_logs;
DROP POLICY audit_logs_append ON audit_logs;
CREATE POLICY audit_logs_read ON audit_logs FOR SELECT TO omnictl_app
    USING ((SELECT omnictl_platform_scope()) OR organization_id = (SELECT omnictl_current_organization()));
CREATE POLICY audit_logs_append ON audit_logs FOR INSERT TO omnictl_app
    WITH CHECK (organization_id IS NULL OR organization_id = (SELECT omnictl_current_organization())
                OR organization_id = (SELECT omnictl_home_organization()));
DROP POLICY audit_log_items_read ON audit_log_items;
DROP POLICY audit_log_items_append ON audit_log_items;
CREATE POLICY audit_log_items_read ON audit_log_items FOR SELECT TO omnictl_app
    USING ((SELECT omnictl_platform_scope()) OR organization_id = (SELECT omnictl_current_organization()));
CREATE POLICY audit_log_items_append ON audit_log_items FOR INSERT TO omnictl_app
    WITH CHECK (organization_id IS NULL OR organization_id = (SELECT omnictl_current_organization()));

-- Operators' commands check that the schema is current before they start.
GRANT SELECT ON _sqlx_migrations TO omnictl_app;

-- Replaced: the operator is no longer looked up by a claimed email.
DROP FUNCTION omnictl_find_operator(text);

-- `org show` counts: for a super admin in platform scope or the clinic's own users;
-- filtered by organization here, since the definer reads past the clinics' policies.
DROP FUNCTION omnictl_organization_counts(uuid);
DROP FUNCTION omnictl_organization_counts_in_context(uuid);
CREATE FUNCTION omnictl_organization_counts(org uuid)
    RETURNS TABLE (patients bigint, practitioners bigint, active_authorizations bigint, users bigint)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
SELECT (SELECT count(*) FROM patients p WHERE p.organization_id = org AND p.archived_at IS NULL),
       (SELECT count(*) FROM practitioners pr WHERE pr.organization_id = org AND pr.is_active),
       (SELECT count(*) FROM authorizations a WHERE a.organization_id = org AND a.status = 'ACTIVE'),
       (SELECT count(*) FROM users u WHERE u.organization_id = org AND u.is_active)
 WHERE omnictl_platform_scope() OR org = omnictl_current_organization()
$$;

-- The counters' check filters by the authorization's organization itself and reads
-- with the definer's own policy; it no longer changes any setting.
CREATE OR REPLACE FUNCTION omnictl_assert_authorization_counters(org uuid, auth uuid, by_row_of text) RETURNS void
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
DECLARE
    counters record;
    live bigint;
    ledger_scheduled bigint;
    ledger_used bigint;
BEGIN
    IF org IS NULL OR auth IS NULL THEN
        RETURN;
    END IF;
    SELECT a.scheduled_units, a.used_units, a.xmin = pg_current_xact_id()::xid AS written_here INTO counters
      FROM authorizations a WHERE a.organization_id = org AND a.id = auth;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    IF by_row_of <> 'authorizations' AND counters.written_here
       AND (counters.scheduled_units <> 0 OR counters.used_units <> 0) THEN
        RETURN;
    END IF;
    SELECT coalesce(sum(ap.units), 0) INTO live
      FROM appointments ap
     WHERE ap.organization_id = org AND ap.authorization_id = auth AND ap.status IN ('SCHEDULED', 'IN_PROGRESS');
    SELECT coalesce(sum(e.scheduled_delta), 0), coalesce(sum(e.used_delta), 0) INTO ledger_scheduled, ledger_used
      FROM authorization_unit_events e
     WHERE e.organization_id = org AND e.authorization_id = auth;
    IF counters.scheduled_units <> live OR counters.scheduled_units <> ledger_scheduled
       OR counters.used_units <> ledger_used THEN
        RAISE EXCEPTION 'the units of authorization % do not match its rows: % scheduled but live appointments hold % '
                        '(ledger %), % used but the ledger says %',
                auth, counters.scheduled_units, live, ledger_scheduled, counters.used_units, ledger_used
            USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'authorizations_counters_match_rows',
                  HINT = 'Units move only with their appointment and ledger entry; omnictl auth check lists every difference.';
    END IF;
END
$$;

-- Who connected, as the server saw it: the login (session_user) and the client's
-- address (NULL over a Unix socket). os_user and host stay what the client reported.
ALTER TABLE audit_logs ADD COLUMN login_role text;
ALTER TABLE audit_logs ADD COLUMN client_addr inet;
COMMENT ON COLUMN audit_logs.os_user IS 'The OS account the client reported (not verified).';
COMMENT ON COLUMN audit_logs.host IS 'The host name the client reported (not verified).';
COMMENT ON COLUMN audit_logs.login_role IS 'session_user: the login the server authenticated.';
COMMENT ON COLUMN audit_logs.client_addr IS 'inet_client_addr(): the client address the server saw.';

-- The row hash covers the login and the address too; rows written before them (NULL
-- login) hash exactly as they did, so older chains still verify.
CREATE OR REPLACE FUNCTION omnictl_audit_row_hash(r audit_logs) RETURNS bytea
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    AS $$
BEGIN
    RETURN sha256(convert_to((jsonb_build_array(
        encode(r.prev_hash, 'hex'),
        r.chain_key, r.chain_seq,
        (extract(epoch FROM r.occurred_at) * 1000000)::bigint,
        r.operator_id, r.operator_email, r.os_user, r.host, r.tool_version,
        r.organization_id, r.action, r.entity_type, r.entity_id, r.outcome,
        r.reason, r.changes, r.details, r.item_count, encode(r.items_digest, 'hex')
    ) || CASE WHEN r.login_role IS NULL THEN '[]'::jsonb
              ELSE jsonb_build_array(r.login_role, r.client_addr::text) END)::text, 'UTF8'));
END
$$;

-- Links each new row into its chain (as before), and now also says who wrote it: the
-- operator is the connected one, whatever the row claims. A row naming another
-- operator is refused; a row of a login that is no operator (the owner bootstrapping
-- the first super admin, a stranger refused) keeps the email it claimed in
-- details.claimed_operator, never as the operator.
CREATE OR REPLACE FUNCTION omnictl_audit_link() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
DECLARE
    head audit_chain_heads;
    me record;
BEGIN
    SELECT u.id, u.email INTO me FROM users u WHERE u.login_role = session_user;
    IF NEW.operator_id IS NOT NULL AND NEW.operator_id IS DISTINCT FROM me.id THEN
        RAISE EXCEPTION 'an audit row must name the connected operator, not another user'
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'The operator of a row is the user whose login made the connection.';
    END IF;
    IF me.id IS NULL AND NEW.operator_email IS NOT NULL THEN
        NEW.details := NEW.details || jsonb_build_object('claimed_operator', NEW.operator_email);
    END IF;
    NEW.operator_id := me.id;
    NEW.operator_email := me.email;
    NEW.login_role := session_user;
    NEW.client_addr := inet_client_addr();
    NEW.chain_key := coalesce(NEW.organization_id, '00000000-0000-0000-0000-000000000000'::uuid);
    NEW.occurred_at := now();
    SELECT * INTO head FROM audit_chain_heads WHERE chain_key = NEW.chain_key FOR UPDATE;
    IF NOT FOUND THEN
        -- The chain's first row; a concurrent first row makes this a no-op.
        INSERT INTO audit_chain_heads (chain_key, last_seq, last_hash)
            VALUES (NEW.chain_key, 0, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)
            ON CONFLICT (chain_key) DO NOTHING;
        SELECT * INTO head FROM audit_chain_heads WHERE chain_key = NEW.chain_key FOR UPDATE;
    END IF;
    -- A row past the recorded head was not written through this trigger: the chain was
    -- tampered with, and appending would hide where.
    IF EXISTS (SELECT 1 FROM audit_logs WHERE chain_key = NEW.chain_key AND chain_seq > head.last_seq) THEN
        RAISE EXCEPTION 'the audit chain % has rows past its recorded head (row %): it was written outside omnictl',
                NEW.chain_key, head.last_seq + 1
            USING ERRCODE = 'data_corrupted',
                  HINT = 'Run omnictl audit verify and investigate before recording anything more.';
    END IF;
    NEW.chain_seq := head.last_seq + 1;
    NEW.prev_hash := head.last_hash;
    IF EXISTS (SELECT 1 FROM audit_log_items WHERE audit_log_id = NEW.id) THEN
        SELECT s.item_count, s.items_digest INTO NEW.item_count, NEW.items_digest
            FROM omnictl_audit_items_summary(NEW.id) s;
    ELSE
        NEW.item_count := 0;
        NEW.items_digest := NULL;
    END IF;
    NEW.hash := omnictl_audit_row_hash(NEW);
    UPDATE audit_chain_heads SET last_seq = NEW.chain_seq, last_hash = NEW.hash
        WHERE chain_key = NEW.chain_key;
    RETURN NEW;
END
$$;

-- A user's login follows the user: created with them (LOGIN while active), renamed with
-- their email, NOLOGIN when deactivated (and their open connections ended), LOGIN again
-- when reactivated. The role is a member of omnictl_app only: it owns nothing, bypasses
-- nothing and cannot SET ROLE to anything with more rights. It has no password until
-- `omnictl user set-password` gives it one (the local database trusts its socket).
CREATE FUNCTION omnictl_keep_login() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
DECLARE
    wanted text := omnictl_login_name(NEW.email);
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = wanted) THEN
            -- Never adopt a role someone else made: it could hold anything.
            RAISE EXCEPTION 'a database role named "%" already exists and is not this user''s login', wanted
                USING ERRCODE = 'duplicate_object',
                      HINT = 'A database administrator must drop or rename that role first.';
        END IF;
        EXECUTE format('CREATE ROLE %I %s NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT IN ROLE omnictl_app',
                       wanted, CASE WHEN NEW.is_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), wanted);
        NEW.login_role := wanted;
        RETURN NEW;
    END IF;
    NEW.login_role := OLD.login_role;
    IF OLD.login_role IS NULL THEN
        RETURN NEW;
    END IF;
    IF NEW.email IS DISTINCT FROM OLD.email AND wanted <> OLD.login_role THEN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = wanted) THEN
            RAISE EXCEPTION 'a database role named "%" already exists and is not this user''s login', wanted
                USING ERRCODE = 'duplicate_object',
                      HINT = 'A database administrator must drop or rename that role first.';
        END IF;
        EXECUTE format('ALTER ROLE %I RENAME TO %I', OLD.login_role, wanted);
        NEW.login_role := wanted;
    END IF;
    IF NEW.is_active IS DISTINCT FROM OLD.is_active THEN
        EXECUTE format('ALTER ROLE %I %s', NEW.login_role, CASE WHEN NEW.is_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
        IF NOT NEW.is_active AND pg_has_role('omnictl_provisioner', 'pg_signal_backend', 'USAGE') THEN
            PERFORM pg_terminate_backend(a.pid)
               FROM pg_stat_activity a
              WHERE a.usename = NEW.login_role AND a.pid <> pg_backend_pid();
        ELSIF NOT NEW.is_active THEN
            RAISE NOTICE 'the login % can no longer connect; its open connections end when they close (omnictl_provisioner lacks pg_signal_backend)', NEW.login_role;
        END IF;
    END IF;
    RETURN NEW;
END
$$;

-- A login's password, as a SCRAM-SHA-256 verifier computed by the client: the password
-- itself never reaches the server, its statements or its logs. Allowed for the user
-- themselves, a super admin, an ADMIN of the user's clinic (not for a super admin's
-- login), or the schema's owner (bootstrap). Returns the login's name.
CREATE FUNCTION omnictl_set_login_password(target uuid, verifier text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
DECLARE
    me record;
    them record;
BEGIN
    SELECT u.id, u.is_super_admin, u.organization_id, u.role INTO me
      FROM users u WHERE u.login_role = session_user AND u.is_active;
    SELECT u.id, u.is_super_admin, u.organization_id, u.login_role INTO them FROM users u WHERE u.id = target;
    -- The schema's owner sets the first super admin's password when bootstrapping.
    IF them.id IS NULL
       OR NOT (me.id = them.id OR me.is_super_admin
               OR (me.role = 'ADMIN' AND NOT them.is_super_admin AND them.organization_id = me.organization_id)
               OR (me.id IS NULL AND pg_has_role(session_user,
                       (SELECT c.relowner FROM pg_class c WHERE c.oid = 'public.users'::regclass), 'MEMBER'))) THEN
        RAISE EXCEPTION 'you may not set this user''s password'
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'Users set their own; an ADMIN sets their clinic''s users''; a super admin anyone''s.';
    END IF;
    IF verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'not a SCRAM-SHA-256 verifier' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', them.login_role, verifier);
    RETURN them.login_role;
END
$$;

-- Users created before this migration get their logins now.
CREATE FUNCTION omnictl_provision_existing_logins() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
DECLARE
    member record;
    wanted text;
BEGIN
    FOR member IN SELECT id, email, is_active FROM users WHERE login_role IS NULL LOOP
        wanted := omnictl_login_name(member.email);
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = wanted) THEN
            EXECUTE format('CREATE ROLE %I %s NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT IN ROLE omnictl_app',
                           wanted, CASE WHEN member.is_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
            EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), wanted);
            UPDATE users SET login_role = wanted WHERE id = member.id;
        END IF;
    END LOOP;
    INSERT INTO operator_logins (login_role, user_id, organization_id, is_super_admin, is_admin, may_act)
    SELECT u.login_role, u.id, u.organization_id, u.is_super_admin, u.role IS NOT DISTINCT FROM 'ADMIN',
           u.is_active AND (u.is_super_admin OR o.status IN ('ACTIVE', 'TRIAL'))
      FROM users u LEFT JOIN organizations o ON o.id = u.organization_id
     WHERE u.login_role IS NOT NULL;
END
$$;

-- Owners and privileges. Definers belong to roles that bypass nothing (see
-- 20261130000001); the functions that create and alter roles to the provisioner.
GRANT CREATE ON SCHEMA public TO omnictl_definer, omnictl_provisioner;
ALTER FUNCTION omnictl_whoami() OWNER TO omnictl_definer;
ALTER FUNCTION omnictl_organization_counts(uuid) OWNER TO omnictl_definer;
ALTER FUNCTION omnictl_keep_login() OWNER TO omnictl_provisioner;
ALTER FUNCTION omnictl_sync_login() OWNER TO omnictl_provisioner;
ALTER FUNCTION omnictl_set_login_password(uuid, text) OWNER TO omnictl_provisioner;
ALTER FUNCTION omnictl_provision_existing_logins() OWNER TO omnictl_provisioner;
REVOKE CREATE ON SCHEMA public FROM omnictl_definer, omnictl_provisioner;

SELECT omnictl_provision_existing_logins();
SELECT omnictl_secure_database();
DROP FUNCTION omnictl_provision_existing_logins();

-- From here on the triggers keep logins with their users.
CREATE TRIGGER users_keep_login BEFORE INSERT OR UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION omnictl_keep_login();
CREATE TRIGGER users_sync_login AFTER INSERT OR UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION omnictl_sync_login();
CREATE TRIGGER organizations_sync_logins AFTER UPDATE OF status ON organizations
    FOR EACH ROW EXECUTE FUNCTION omnictl_sync_login();

-- The policies' functions tell a login only its own reach: anyone may call them. The
-- definers are for the application role only.
REVOKE ALL ON FUNCTION omnictl_whoami(), omnictl_organization_counts(uuid), omnictl_keep_login(),
    omnictl_sync_login(), omnictl_set_login_password(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION omnictl_whoami(), omnictl_organization_counts(uuid), omnictl_set_login_password(uuid, text)
    TO omnictl_app;
