-- Backups the owner can take, and a database that is its own island.
--
-- * omnictl_backup: a role that reads every row of every table and writes nothing. It
--   cannot log in; only the schema's owner is made a member (operators' logins are
--   made members of omnictl_app and of nothing else, and cannot grant roles). Its
--   policies hold only while it is the current role (`SET ROLE omnictl_backup`, as
--   `omnictl db dump` runs pg_dump), so the owner's own statements see what they saw.
-- * Logins carry a tag of their database: `omnictl_u_<tag>_<user id>`. The tag is kept
--   with the database's OID; a copy (CREATE DATABASE … TEMPLATE, a restored dump) has
--   another OID, so it knows its logins are not its own, refuses to touch them, and
--   `omnictl migrate run` gives it a tag and logins of its own. Roles are cluster-wide:
--   nothing here alters a role named with another database's tag.
-- * The owner of every SECURITY DEFINER function is recorded; a restore as the owner
--   (`pg_restore --no-owner`) loses it, and `omnictl migrate run` gives each back.
--   `omnictl migrate status` fails while one is owned by a role that may log in,
--   bypasses row-level security, or is not the recorded one.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'omnictl_backup') THEN
        BEGIN
            CREATE ROLE omnictl_backup NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;
            WHEN insufficient_privilege THEN
                RAISE EXCEPTION 'the migrating role % may not create roles (it needs CREATEROLE)', current_user
                    USING HINT = format('Give it CREATEROLE, or have a superuser run: CREATE ROLE omnictl_backup NOLOGIN; '
                                        'GRANT omnictl_backup TO %I; then run omnictl migrate run again.', current_user);
        END;
    END IF;
    -- The owner switches to it to dump; no one else is ever made a member.
    IF NOT pg_has_role(current_user, 'omnictl_backup', 'MEMBER') THEN
        BEGIN
            EXECUTE format('GRANT omnictl_backup TO %I', current_user);
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE EXCEPTION 'the migrating role % is not a member of omnictl_backup and may not make itself one', current_user
                USING HINT = format('Have a superuser run: GRANT omnictl_backup TO %I; then run omnictl migrate run again.',
                                    current_user);
        END;
    END IF;
END
$$;

-- Which database this is, and the tag its logins carry. One row (the CHECK keeps it
-- one). A copy carries the row along with the OID of the database it was copied from,
-- which is how it knows (a database's OID is unique on its cluster while it exists).
CREATE TABLE omnictl_database_identity (
    only_row     boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    database_oid oid NOT NULL,
    -- 16 hex digits (64 random bits): with `omnictl_u_`, `_` and the user's 32, 59 of
    -- the 63 bytes a role name may have.
    login_tag    text NOT NULL CHECK (login_tag ~ '^[0-9a-f]{16}$')
);
REVOKE ALL ON omnictl_database_identity FROM PUBLIC;
GRANT SELECT ON omnictl_database_identity TO omnictl_provisioner, omnictl_definer, omnictl_app;

-- Whose each SECURITY DEFINER function is (by its signature: OIDs change in a restore).
-- Kept by omnictl_repair() from the functions rightly owned; read back by it after a
-- restore made their owner the restoring login.
CREATE TABLE omnictl_definer_owners (
    function text PRIMARY KEY,
    owner    name NOT NULL
);
REVOKE ALL ON omnictl_definer_owners FROM PUBLIC;

-- This database's OID, as the server says.
CREATE FUNCTION omnictl_this_database() RETURNS oid
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
SELECT oid FROM pg_database WHERE datname = current_database()
$$;

-- Whether the logins named in users are this database's: the identity row was written
-- here, not carried over from the database this one was copied from.
CREATE FUNCTION omnictl_logins_are_ours() RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = public, pg_temp
    AS $$
SELECT coalesce((SELECT i.database_oid = omnictl_this_database() FROM public.omnictl_database_identity i), false)
$$;

-- A user's login name in this database: `omnictl_u_`, this database's tag, `_`, the
-- user's id without dashes. Opaque as before (no email, no clinic), and no copy shares
-- it. NULL until the database has a tag.
CREATE OR REPLACE FUNCTION omnictl_login_name(user_id uuid) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    SET search_path = public, pg_temp
    AS $$
SELECT 'omnictl_u_' || i.login_tag || '_' || replace(user_id::text, '-', '')
  FROM public.omnictl_database_identity i
$$;

-- The refusal every login change of a copy meets until `migrate run` (the roles named
-- in its users are another database's: disabling one would lock a user out there).
CREATE FUNCTION omnictl_refuse_foreign_logins() RETURNS void
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    IF NOT omnictl_logins_are_ours() THEN
        RAISE EXCEPTION 'this database''s logins were made for another database (it is a copy or a restore): changing one would change that database''s'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'Run omnictl migrate run as the database''s owner: it gives this database logins of its own.';
    END IF;
END
$$;

-- The login follows the user, as before, with two guards: nothing is done to a login
-- while the database's logins are another's (a copy not yet given its own), and the
-- login column changes only to the name this database gives the user (which
-- omnictl_provision_logins() does once a copy has its own tag).
CREATE OR REPLACE FUNCTION omnictl_keep_login() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
DECLARE
    wanted text;
BEGIN
    PERFORM omnictl_refuse_foreign_logins();
    wanted := omnictl_login_name(NEW.id);
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
    -- Only the provisioning below moves a user to this database's name for them.
    IF NEW.login_role IS DISTINCT FROM OLD.login_role AND NEW.login_role = wanted
       AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = wanted) THEN
        NULL;
    ELSE
        NEW.login_role := OLD.login_role;
    END IF;
    IF NEW.login_role IS NULL THEN
        RETURN NEW;
    END IF;
    IF NEW.is_active IS DISTINCT FROM OLD.is_active THEN
        -- A login of another name is not this database's to change.
        IF NEW.login_role <> wanted THEN
            RAISE EXCEPTION 'the login % is not this database''s', NEW.login_role
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      HINT = 'Run omnictl migrate run as the database''s owner: it gives this database logins of its own.';
        END IF;
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

-- A login's password, as before, and only a login of this database's: a copy never sets
-- the password of the database it was copied from.
CREATE OR REPLACE FUNCTION omnictl_set_login_password(target uuid, verifier text) RETURNS text
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
    PERFORM omnictl_refuse_foreign_logins();
    IF them.login_role IS DISTINCT FROM omnictl_login_name(them.id) THEN
        RAISE EXCEPTION 'the login % is not this database''s', them.login_role
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'Run omnictl migrate run as the database''s owner: it gives this database logins of its own.';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', them.login_role, verifier);
    RETURN them.login_role;
END
$$;

-- Gives every user whose login is not named for this database a login of this
-- database's: a role of the old untagged name (`omnictl_u_<id>`, before this
-- migration) is renamed, keeping its password, only when this database is the only
-- one that granted it CONNECT; any other role (another database's, or one shared by a
-- copy) is left as it is and a new login is made, without a password. Returns how many
-- users got a new login and how many were renamed.
CREATE FUNCTION omnictl_provision_logins(OUT made integer, OUT renamed integer)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
DECLARE
    member record;
    wanted text;
    only_here boolean;
BEGIN
    made := 0;
    renamed := 0;
    PERFORM omnictl_refuse_foreign_logins();
    FOR member IN SELECT id, is_active, login_role FROM users
                   WHERE login_role IS NOT NULL AND login_role IS DISTINCT FROM omnictl_login_name(id) LOOP
        wanted := omnictl_login_name(member.id);
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = wanted) THEN
            RAISE EXCEPTION 'a database role named "%" already exists and is not this user''s login', wanted
                USING ERRCODE = 'duplicate_object',
                      HINT = 'A database administrator must drop or rename that role first.';
        END IF;
        SELECT count(*) FILTER (WHERE d.datname <> current_database()) = 0
               AND count(*) FILTER (WHERE d.datname = current_database()) = 1
          INTO only_here
          FROM pg_database d, aclexplode(d.datacl) a
         WHERE a.grantee = (SELECT r.oid FROM pg_roles r WHERE r.rolname = member.login_role)
           AND a.privilege_type = 'CONNECT';
        IF member.login_role = 'omnictl_u_' || replace(member.id::text, '-', '') AND only_here THEN
            EXECUTE format('ALTER ROLE %I RENAME TO %I', member.login_role, wanted);
            renamed := renamed + 1;
        ELSE
            EXECUTE format('CREATE ROLE %I %s NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT IN ROLE omnictl_app',
                           wanted, CASE WHEN member.is_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
            made := made + 1;
        END IF;
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), wanted);
        -- The trigger takes the new name (it is this database's); operator_logins follows.
        UPDATE users SET login_role = wanted WHERE id = member.id;
    END LOOP;
END
$$;
REVOKE ALL ON FUNCTION omnictl_provision_logins() FROM PUBLIC;

-- Whether a definer's owner is a fit one: it cannot log in, is no superuser, bypasses
-- no row-level security, and is not the schema's owner.
CREATE FUNCTION omnictl_fit_definer_owner(owner oid) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
SELECT NOT (r.rolcanlogin OR r.rolsuper OR r.rolbypassrls)
       AND r.oid <> (SELECT c.relowner FROM pg_class c WHERE c.oid = 'public.users'::regclass)
  FROM pg_roles r WHERE r.oid = owner
$$;

-- The SECURITY DEFINER functions of the schema whose owner is not fit or not the one
-- recorded: what `omnictl migrate status` fails on and `omnictl migrate run` repairs.
CREATE FUNCTION omnictl_misowned_definers()
    RETURNS TABLE (function text, owner name, recorded_owner name)
    LANGUAGE sql STABLE
    SET search_path = public, pg_temp
    AS $$
SELECT p.oid::regprocedure::text, r.rolname, d.owner
  FROM pg_proc p
  JOIN pg_namespace n ON n.oid = p.pronamespace AND n.nspname = 'public'
  JOIN pg_roles r ON r.oid = p.proowner
  LEFT JOIN omnictl_definer_owners d ON d.function = p.oid::regprocedure::text
 WHERE p.prosecdef
   AND (NOT coalesce(omnictl_fit_definer_owner(p.proowner), false) OR r.rolname IS DISTINCT FROM coalesce(d.owner, r.rolname))
 ORDER BY 1
$$;

-- What `omnictl migrate run` makes right every time, as the schema's owner, and says
-- (one line each): this database's own logins, who may connect, the definers' owners,
-- and the backup role's reach. Cheap when nothing is wrong: a copy of an empty
-- template (the tests' databases) writes one row and grants CONNECT.
CREATE FUNCTION omnictl_repair() RETURNS SETOF text
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
DECLARE
    this oid := omnictl_this_database();
    known public.omnictl_database_identity;
    tag text;
    logins record;
    public_could boolean;
    missing integer;
    login text;
    f record;
    t record;
    opened integer := 0;
BEGIN
    -- This database's logins.
    SELECT * INTO known FROM omnictl_database_identity;
    IF known IS NULL OR known.database_oid <> this THEN
        tag := left(replace(gen_random_uuid()::text, '-', ''), 16);
        INSERT INTO omnictl_database_identity (database_oid, login_tag) VALUES (this, tag)
            ON CONFLICT (only_row) DO UPDATE SET database_oid = EXCLUDED.database_oid, login_tag = EXCLUDED.login_tag;
    END IF;
    -- The definers' owners, as recorded.
    FOR f IN SELECT * FROM omnictl_misowned_definers() LOOP
        IF f.recorded_owner IS NULL OR f.recorded_owner = f.owner
           OR NOT coalesce(omnictl_fit_definer_owner((SELECT r.oid FROM pg_roles r WHERE r.rolname = f.recorded_owner)), false) THEN
            RAISE EXCEPTION 'the SECURITY DEFINER function % is owned by %, which may log in, bypasses row-level security or owns the schema, and no fit owner is recorded for it',
                    f.function, f.owner
                USING HINT = 'Give it to the role it was made for (ALTER FUNCTION … OWNER TO …); then run omnictl migrate run again.';
        END IF;
        EXECUTE format('GRANT CREATE ON SCHEMA public TO %I', f.recorded_owner);
        EXECUTE format('ALTER FUNCTION %s OWNER TO %I', f.function, f.recorded_owner);
        EXECUTE format('REVOKE CREATE ON SCHEMA public FROM %I', f.recorded_owner);
        RETURN NEXT format('definer: %s was owned by %s; given back to %s', f.function, f.owner, f.recorded_owner);
    END LOOP;
    INSERT INTO omnictl_definer_owners (function, owner)
    SELECT p.oid::regprocedure::text, r.rolname
      FROM pg_proc p
      JOIN pg_namespace n ON n.oid = p.pronamespace AND n.nspname = 'public'
      JOIN pg_roles r ON r.oid = p.proowner
     WHERE p.prosecdef AND omnictl_fit_definer_owner(p.proowner)
    ON CONFLICT (function) DO UPDATE SET owner = EXCLUDED.owner
     WHERE omnictl_definer_owners.owner IS DISTINCT FROM EXCLUDED.owner;

    -- The provisioner grants CONNECT to the logins it makes.
    IF NOT has_database_privilege('omnictl_provisioner', current_database(), 'CONNECT WITH GRANT OPTION') THEN
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO omnictl_provisioner WITH GRANT OPTION', current_database());
    END IF;
    IF NOT has_database_privilege('omnictl_provisioner', current_database(), 'CONNECT WITH GRANT OPTION') THEN
        RAISE EXCEPTION 'the role % cannot grant CONNECT on database %', current_user, current_database()
            USING HINT = format('Run omnictl migrate run as the database''s owner, or have a superuser run: '
                                'GRANT CONNECT ON DATABASE %I TO omnictl_provisioner WITH GRANT OPTION',
                                current_database());
    END IF;
    PERFORM set_config('omnictl.platform_scope', 'on', true);
    SELECT * INTO logins FROM omnictl_provision_logins();
    IF known IS NOT NULL AND known.database_oid <> this THEN
        RETURN NEXT format('logins: this database is a copy or a restore of another (its logins were made for database OID %s); '
                           'it has logins of its own now (tag %s): %s made, none of the other database''s changed; '
                           'their passwords are set again with omnictl user set-password',
                           known.database_oid, tag, logins.made);
    ELSIF logins.made + logins.renamed > 0 THEN
        RETURN NEXT format('logins: %s renamed to this database''s names (passwords kept), %s made anew (no password yet: '
                           'omnictl user set-password) where the old login was another database''s too',
                           logins.renamed, logins.made);
    END IF;

    -- Who may connect: the owner, the provisioner and this database's logins.
    public_could := has_database_privilege('public', current_database(), 'CONNECT');
    SELECT count(*) INTO missing FROM users u
     WHERE u.login_role IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM pg_database d, aclexplode(d.datacl) a
                        WHERE d.oid = this AND a.privilege_type = 'CONNECT'
                          AND a.grantee = (SELECT r.oid FROM pg_roles r WHERE r.rolname = u.login_role));
    IF public_could THEN
        EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC', current_database());
    END IF;
    IF missing > 0 THEN
        FOR login IN SELECT u.login_role FROM users u WHERE u.login_role IS NOT NULL LOOP
            EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), login);
        END LOOP;
    END IF;
    PERFORM set_config('omnictl.platform_scope', '', true);
    IF public_could OR missing > 0 THEN
        RETURN NEXT format('connect: %s%s', CASE WHEN public_could THEN 'PUBLIC could connect, no longer; ' ELSE '' END,
                           CASE WHEN missing > 0 THEN missing || ' login(s) given CONNECT' ELSE 'only this database''s logins may' END);
    END IF;

    -- Imports stage their rows in temporary tables: omnictl_app (the operators' role in
    -- a transaction) may make them here even where the platform took TEMPORARY from PUBLIC.
    IF NOT has_database_privilege('omnictl_app', current_database(), 'TEMPORARY') THEN
        EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO omnictl_app', current_database());
        RETURN NEXT 'temporary: omnictl_app may make temporary tables here (imports stage their rows in them)';
    END IF;

    -- The backup role reads every table (and sequence) of the schema, all rows of those
    -- under row-level security, while it is the current role.
    IF NOT has_schema_privilege('omnictl_backup', 'public', 'USAGE') THEN
        GRANT USAGE ON SCHEMA public TO omnictl_backup;
    END IF;
    FOR t IN SELECT c.oid, c.relname, c.relkind, c.relrowsecurity FROM pg_class c
              WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'S') LOOP
        IF t.relkind = 'S' AND NOT has_sequence_privilege('omnictl_backup', t.oid, 'SELECT') THEN
            EXECUTE format('GRANT SELECT ON SEQUENCE %I TO omnictl_backup', t.relname);
        ELSIF t.relkind <> 'S' AND NOT has_table_privilege('omnictl_backup', t.oid, 'SELECT') THEN
            EXECUTE format('GRANT SELECT ON TABLE %I TO omnictl_backup', t.relname);
            opened := opened + 1;
        END IF;
        IF t.relrowsecurity AND NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = t.oid AND p.polname = 'backup_reads') THEN
            -- Only while omnictl_backup is the current role: the owner, a member, sees
            -- what it saw before unless it switches.
            EXECUTE format('CREATE POLICY backup_reads ON %I FOR SELECT TO omnictl_backup USING (current_user = ''omnictl_backup'')',
                           t.relname);
            opened := opened + 1;
        END IF;
    END LOOP;
    IF opened > 0 THEN
        RETURN NEXT format('backup: omnictl_backup given the reading of %s more table(s) or their rows', opened);
    END IF;
END
$$;
REVOKE ALL ON FUNCTION omnictl_repair() FROM PUBLIC;

-- What `omnictl migrate run` and the tests' copies of a template call: everything above.
CREATE OR REPLACE FUNCTION omnictl_secure_database() RETURNS void
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
BEGIN
    PERFORM omnictl_repair();
END
$$;

-- Owners: the provisioning is the provisioner's, like the trigger it works with.
GRANT CREATE ON SCHEMA public TO omnictl_provisioner;
ALTER FUNCTION omnictl_provision_logins() OWNER TO omnictl_provisioner;
REVOKE CREATE ON SCHEMA public FROM omnictl_provisioner;
REVOKE ALL ON FUNCTION omnictl_refuse_foreign_logins(), omnictl_misowned_definers(), omnictl_fit_definer_owner(oid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION omnictl_refuse_foreign_logins() TO omnictl_provisioner;

-- This database's identity, its logins renamed, the backup role's reach.
SELECT omnictl_repair();
