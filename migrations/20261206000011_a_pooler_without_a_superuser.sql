-- A pooler without a superuser. pgbouncer must know each login's SCRAM verifier to
-- check a client's password; its auth_file was built from pg_authid, which only a
-- superuser reads, and went stale at every `user set-password` (the old password kept
-- working through the pooler, the new one was refused). From here on:
--
-- * the verifier omnictl computes client-side for a login is kept, in the same
--   transaction as its ALTER ROLE … PASSWORD, in login_verifiers;
-- * pgbouncer reads it with auth_query through omnictl_pooler_lookup(login), a SECURITY
--   DEFINER function owned by omnictl_pooler_definer, a role that cannot log in and may
--   read nothing but that table and three columns of users (never pg_authid);
-- * the function returns no row for a deactivated user's login (or one whose role may
--   not log in), which pgbouncer answers at once with "no such user" (omnictl says the
--   user is deactivated), instead of accepting the password and then waiting for a
--   server connection the server refuses;
-- * a dedicated pooler login, made by `omnictl db pooler-login` (the database's owner,
--   with CREATEROLE), may connect to this database and execute that function, and
--   nothing else.

-- The lookup's owner. Cannot log in, inherits nothing, bypasses nothing.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'omnictl_pooler_definer') THEN
        -- Another database's migration may create it concurrently (see omnictl_definer).
        BEGIN
            CREATE ROLE omnictl_pooler_definer NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;
            WHEN insufficient_privilege THEN
                RAISE EXCEPTION 'the migrating role % may not create roles (it needs CREATEROLE)', current_user
                    USING HINT = format('Give it CREATEROLE, or have a superuser run: CREATE ROLE omnictl_pooler_definer '
                                        'NOLOGIN NOINHERIT; GRANT omnictl_pooler_definer TO %I; then run omnictl '
                                        'migrate run again.', current_user);
        END;
    END IF;
    -- Giving a function to a role needs membership in it.
    IF NOT pg_has_role(current_user, 'omnictl_pooler_definer', 'MEMBER') THEN
        BEGIN
            EXECUTE format('GRANT omnictl_pooler_definer TO %I', current_user);
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE EXCEPTION 'the migrating role % is not a member of omnictl_pooler_definer and may not make itself one', current_user
                USING HINT = format('Have a superuser run: GRANT omnictl_pooler_definer TO %I; then run omnictl migrate run again.',
                                    current_user);
        END;
    END IF;
END
$$;

-- Each login's current SCRAM-SHA-256 verifier, by user (a login renamed with its user
-- keeps it). Written only by omnictl_set_login_password (the provisioner), read only
-- through omnictl_pooler_lookup and by the schema's owner (a backup may carry them):
-- omnictl_app and the operators' logins have no privilege on it.
CREATE TABLE login_verifiers (
    user_id  uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    verifier text NOT NULL,
    set_at   timestamptz NOT NULL DEFAULT now(),
    -- Only a verifier, never a password: what ALTER ROLE … PASSWORD was given, in the
    -- form the server stores (and pgbouncer checks a SCRAM exchange against).
    CONSTRAINT login_verifiers_scram
        CHECK (verifier ~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$')
);
REVOKE ALL ON login_verifiers FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE ON login_verifiers TO omnictl_provisioner;
GRANT SELECT ON login_verifiers TO omnictl_pooler_definer;
GRANT USAGE ON SCHEMA public TO omnictl_pooler_definer;
-- Which user a login is and whether they are active; nothing else of users.
GRANT SELECT (id, login_role, is_active) ON users TO omnictl_pooler_definer;
CREATE POLICY pooler_lookup_reads ON users FOR SELECT TO omnictl_pooler_definer USING (true);

-- The pooler logins of this database, made by omnictl_provision_pooler_login: a role
-- that exists and is not listed here is never adopted (it could hold anything).
CREATE TABLE pooler_logins (
    login_role text PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now()
);
REVOKE ALL ON pooler_logins FROM PUBLIC;

-- A login's password, as before (20261201000001), now also kept in login_verifiers in the
-- same statement's transaction: the pooler knows a new password the moment it is set,
-- and no longer the old one.
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
    -- A copy never sets the password of a login another database made (20261206000001).
    PERFORM omnictl_refuse_foreign_logins();
    IF them.login_role IS DISTINCT FROM omnictl_login_name(them.id) THEN
        RAISE EXCEPTION 'the login % is not this database''s', them.login_role
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'Run omnictl migrate run as the database''s owner: it gives this database logins of its own.';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', them.login_role, verifier);
    INSERT INTO login_verifiers AS v (user_id, verifier) VALUES (them.id, verifier)
    ON CONFLICT (user_id) DO UPDATE SET verifier = EXCLUDED.verifier, set_at = now();
    RETURN them.login_role;
END
$$;

-- pgbouncer's auth_query: `SELECT usename, passwd FROM omnictl_pooler_lookup($1)`.
-- * an active user's login: the login and its verifier (NULL until a password is set,
--   which pgbouncer turns into a password nothing matches: "password authentication
--   failed", as the server says);
-- * a deactivated user's login, or one whose role may not log in: no row, which
--   pgbouncer 1.18 answers at once with "no such user";
-- * any other name: the name and NULL, so that a guessed name is told only that the
--   password is wrong, as the server tells it.
CREATE FUNCTION omnictl_pooler_lookup(login text) RETURNS TABLE (usename text, passwd text)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
SELECT login, v.verifier
  FROM (SELECT 1) one
  LEFT JOIN public.users u ON u.login_role = login
  LEFT JOIN public.login_verifiers v ON v.user_id = u.id
 WHERE u.id IS NULL
    OR (u.is_active AND EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = login AND r.rolcanlogin))
$$;

GRANT CREATE ON SCHEMA public TO omnictl_pooler_definer;
ALTER FUNCTION omnictl_pooler_lookup(text) OWNER TO omnictl_pooler_definer;
REVOKE CREATE ON SCHEMA public FROM omnictl_pooler_definer;
-- Only the pooler logins call it (granted one by one by omnictl_provision_pooler_login).
REVOKE ALL ON FUNCTION omnictl_pooler_lookup(text) FROM PUBLIC;

-- Makes (or gives a new password to) a pooler login of this database: LOGIN, nothing
-- else — no membership, no CREATEROLE or CREATEDB, read-only transactions — with
-- CONNECT on this database and EXECUTE on omnictl_pooler_lookup. Runs as its caller (the
-- schema's owner, who needs CREATEROLE), never as a definer. Refuses an operator's login,
-- a role this database did not make as its pooler login, and one granted CONNECT on
-- another database (another database's login is never altered). Returns whether it
-- created the role.
CREATE FUNCTION omnictl_provision_pooler_login(login text, verifier text) RETURNS boolean
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
DECLARE
    existing oid;
    elsewhere text;
BEGIN
    IF login IS NULL OR login !~ '^[a-z_][a-z0-9_]*$' OR octet_length(login) > 63 OR login LIKE 'pg\_%'
       OR login LIKE 'omnictl\_u\_%' OR login IN ('omnictl_app', 'omnictl_definer', 'omnictl_provisioner',
                                                  'omnictl_pooler_definer', 'omnictl_auditor') THEN
        RAISE EXCEPTION 'not a name for a pooler login: %', login
            USING ERRCODE = 'invalid_name',
                  HINT = 'Lower-case letters, digits and _, at most 63 bytes, not pg_… nor an operator''s omnictl_u_… login.';
    END IF;
    IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'not a SCRAM-SHA-256 verifier' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM set_config('omnictl.platform_scope', 'on', true);
    IF EXISTS (SELECT 1 FROM users u WHERE u.login_role = login) THEN
        RAISE EXCEPTION 'the role % is an operator''s login, not a pooler login', login USING ERRCODE = 'duplicate_object';
    END IF;
    PERFORM set_config('omnictl.platform_scope', '', true);
    SELECT r.oid INTO existing FROM pg_roles r WHERE r.rolname = login;
    IF existing IS NOT NULL THEN
        IF NOT EXISTS (SELECT 1 FROM pooler_logins p WHERE p.login_role = login) THEN
            -- Never adopt a role someone else made: it could hold anything.
            RAISE EXCEPTION 'a database role named "%" already exists and is not this database''s pooler login', login
                USING ERRCODE = 'duplicate_object',
                      HINT = 'Choose another name with --login, or have a database administrator drop that role.';
        END IF;
        SELECT string_agg(d.datname, ', ' ORDER BY d.datname) INTO elsewhere
          FROM pg_database d, aclexplode(d.datacl) a
         WHERE d.datname <> current_database() AND a.grantee = existing AND a.privilege_type = 'CONNECT';
        IF elsewhere IS NOT NULL THEN
            RAISE EXCEPTION 'the role % may also connect to %: it is not this database''s alone', login, elsewhere
                USING ERRCODE = 'duplicate_object',
                      HINT = 'Choose another name with --login.';
        END IF;
        -- It holds no membership (it would reach what that role may).
        IF EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.member = existing) THEN
            RAISE EXCEPTION 'the role % has been made a member of other roles: it is not a pooler login only', login
                USING ERRCODE = 'duplicate_object',
                      HINT = 'Revoke those memberships, or choose another name with --login.';
        END IF;
        -- It was made NOSUPERUSER NOREPLICATION NOBYPASSRLS; only a superuser could have
        -- changed that, and then this ALTER is refused (a CREATEROLE role may not alter
        -- such a role, nor name those attributes).
        EXECUTE format('ALTER ROLE %I LOGIN NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD %L', login, verifier);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT PASSWORD %L',
                       login, verifier);
        INSERT INTO pooler_logins (login_role) VALUES (login);
    END IF;
    EXECUTE format('ALTER ROLE %I IN DATABASE %I SET default_transaction_read_only = on', login, current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), login);
    EXECUTE format('GRANT EXECUTE ON FUNCTION public.omnictl_pooler_lookup(text) TO %I', login);
    RETURN existing IS NULL;
END
$$;
REVOKE ALL ON FUNCTION omnictl_provision_pooler_login(text, text) FROM PUBLIC;

-- Verifiers set before this migration are in pg_authid only. A migrating superuser
-- (the local database) copies them; a database owner cannot read them, and the users
-- set their passwords once more before they log in through the pooler.
DO $$
BEGIN
    IF has_table_privilege('pg_catalog.pg_authid', 'SELECT') THEN
        PERFORM set_config('omnictl.platform_scope', 'on', true);
        INSERT INTO login_verifiers (user_id, verifier)
        SELECT u.id, a.rolpassword
          FROM users u JOIN pg_catalog.pg_authid a ON a.rolname = u.login_role
         WHERE a.rolpassword ~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$'
        ON CONFLICT (user_id) DO NOTHING;
        PERFORM set_config('omnictl.platform_scope', '', true);
    END IF;
END
$$;
