-- A login's name reveals nothing: not the user's email, not their clinic. It was
-- `<database>.<email>`, which pg_stat_activity, pg_roles and the server's log showed to
-- every login of the cluster — a list of who works where. From here on it is
-- `omnictl_u_` and the user's id without dashes: opaque, stable (an email change renames
-- nothing), and unique (ids are random). `omnictl user show`/`whoami` map it back.

CREATE FUNCTION omnictl_login_name(user_id uuid) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
SELECT 'omnictl_u_' || replace(user_id::text, '-', '')
$$;

-- Creates, disables and re-enables a user's login with the user, as before; its name now
-- comes from the user's id, so a changed email changes no login.
CREATE OR REPLACE FUNCTION omnictl_keep_login() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
DECLARE
    wanted text := omnictl_login_name(NEW.id);
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
DROP FUNCTION omnictl_login_name(text);

-- The logins made before: renamed by the provisioner (the role that made them), their
-- passwords kept (SCRAM verifiers do not depend on the name), users and operator_logins
-- updated to match. The owner writes users in platform scope for this transaction only.
DO $$
DECLARE
    u record;
BEGIN
    SET LOCAL ROLE omnictl_provisioner;
    FOR u IN SELECT r.rolname, omnictl_login_name(x.id) AS wanted
               FROM pg_roles r JOIN LATERAL (SELECT id FROM users WHERE login_role = r.rolname) x ON true
              WHERE r.rolname NOT LIKE 'omnictl\_u\_%' LOOP
        EXECUTE format('ALTER ROLE %I RENAME TO %I', u.rolname, u.wanted);
    END LOOP;
    RESET ROLE;
END
$$;
SELECT set_config('omnictl.platform_scope', 'on', true);
ALTER TABLE users DISABLE TRIGGER users_keep_login;
UPDATE users SET login_role = omnictl_login_name(id) WHERE login_role IS NOT NULL AND login_role <> omnictl_login_name(id);
ALTER TABLE users ENABLE TRIGGER users_keep_login;
SELECT set_config('omnictl.platform_scope', '', true);
