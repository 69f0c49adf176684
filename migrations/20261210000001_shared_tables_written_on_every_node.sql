-- The tables every clinic shares (organizations, users, the service-code catalogue) are
-- written the same way on one server and on a Citus cluster, where each is a reference
-- table: a copy on every node, and every copy runs the table's triggers for each
-- statement. Their triggers wrote other shared or distributed tables as their definers,
-- from every node's copy at once: on a worker that is a distributed statement inside a
-- transaction the coordinator leads (refused), and Citus opens its connections for it as
-- the definer, who cannot log in. Three changes; one server behaves as before.
--
-- 1. operator_logins is a view of the connected login's user and clinic state, no
--    longer a table kept equal to them by triggers on users and organizations: it is
--    equal by construction, on every node, and nothing writes it.
-- 2. A statement on a shared table is noted for the record (20261203000005) once, by
--    the writing login itself, on the coordinator's copy (on one server: its only copy),
--    in the chain the login's own audit rows go to: the clinic it acts in, else its own
--    clinic, else the platform's. At commit the database files its own row there unless
--    the transaction filed one (the tool always does, in that chain).
-- 3. A user's login is made, changed and closed on every node by that node's copy of
--    users (the login trigger of 20261206000001, its role statements kept on its node):
--    a worker names the login from the same identity row, which `cluster distribute`
--    makes a reference table, and leaves the question whether the logins are this
--    database's own (a copy's) to the coordinator, where the row was written.

-- Whether this node is a Citus worker (a node of a cluster that is not the coordinator,
-- group 0). False on a server without Citus. The group is read by a dynamic statement:
-- pg_dist_local_group exists only where Citus is installed.
CREATE FUNCTION omnictl_on_a_worker() RETURNS boolean
    LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
DECLARE
    group_id integer;
BEGIN
    IF pg_catalog.to_regclass('pg_catalog.pg_dist_local_group') IS NULL THEN
        RETURN false;
    END IF;
    EXECUTE 'SELECT groupid FROM pg_catalog.pg_dist_local_group' INTO group_id;
    RETURN coalesce(group_id, 0) <> 0;
END
$$;

-- 1. The logins the policies ask about, from users itself: the connected login's row
-- alone, read by the definer past the clinics' policies (definer_reads, 20261201000001).
-- A function, not a view of users with its owner's rights: Citus runs a view's query on a
-- table's copy as the connected login, whose policies on users ask this view again.
DROP TRIGGER users_sync_login ON users;
DROP TRIGGER organizations_sync_logins ON organizations;
DROP FUNCTION omnictl_sync_login();
DROP TABLE operator_logins;
CREATE FUNCTION omnictl_session_login()
    RETURNS TABLE (login_role text, user_id uuid, organization_id uuid, is_super_admin boolean, is_admin boolean,
                   may_act boolean)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
SELECT u.login_role, u.id, u.organization_id, u.is_super_admin, u.role IS NOT DISTINCT FROM 'ADMIN',
       -- May act: active, and a super admin or of a clinic that operates.
       u.is_active AND (u.is_super_admin OR coalesce(o.status IN ('ACTIVE', 'TRIAL'), false))
  FROM public.users u
  LEFT JOIN public.organizations o ON o.id = u.organization_id
 WHERE u.login_role = session_user
$$;
CREATE VIEW operator_logins AS SELECT * FROM omnictl_session_login();
GRANT CREATE ON SCHEMA public TO omnictl_definer;
ALTER FUNCTION omnictl_session_login() OWNER TO omnictl_definer;
ALTER VIEW operator_logins OWNER TO omnictl_definer;
REVOKE CREATE ON SCHEMA public FROM omnictl_definer;
REVOKE ALL ON FUNCTION omnictl_session_login() FROM PUBLIC;
REVOKE ALL ON operator_logins FROM PUBLIC;
GRANT SELECT ON operator_logins TO omnictl_app, omnictl_definer, omnictl_provisioner;
-- (A view's function is called with the reader's rights; it shows the reader's own row.)
GRANT EXECUTE ON FUNCTION omnictl_session_login() TO omnictl_app, omnictl_definer, omnictl_provisioner;

-- 2. Notes a statement on a shared table, as the writing login (TG_ARGV[0]: the table).
-- The note's chain is where the login files its own rows (audit_logs_append): the
-- clinic it acts in, else its home clinic, else the platform's.
CREATE FUNCTION omnictl_note_shared_write() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
DECLARE
    table_name text := TG_ARGV[0];
    rows_of text := CASE WHEN TG_OP = 'DELETE' THEN 'old_rows' ELSE 'new_rows' END;
    chain uuid;
    noted record;
BEGIN
    -- Every copy runs this; the coordinator's notes the statement once.
    IF public.omnictl_on_a_worker() THEN
        RETURN NULL;
    END IF;
    EXECUTE CASE WHEN TG_OP = 'UPDATE' THEN
        -- The columns that changed, read from up to 1000 of the statement's rows.
        'SELECT count(*) AS row_count, (array_agg(n.id::text))[1:100] AS row_ids,
                coalesce((SELECT array_agg(DISTINCT k ORDER BY k)
                            FROM (SELECT to_jsonb(a) AS nj, to_jsonb(b) AS oj
                                    FROM (SELECT * FROM new_rows LIMIT 1000) a JOIN old_rows b ON b.id = a.id) d,
                                 jsonb_object_keys(d.nj) k
                           WHERE d.nj -> k IS DISTINCT FROM d.oj -> k AND k <> ''updated_at''), ''{}'') AS columns
           FROM new_rows n'
    ELSE format(
        'SELECT count(*) AS row_count, (array_agg(n.id::text))[1:100] AS row_ids, ''{}''::text[] AS columns
           FROM %I n', rows_of)
    END INTO noted;
    IF noted.row_count = 0 THEN
        RETURN NULL;
    END IF;
    chain := coalesce(public.omnictl_current_organization(), public.omnictl_home_organization());
    INSERT INTO public.sql_writes_pending (noted_at, login_role, organization_id, table_name, operation, row_count,
                                           row_ids, columns, chain_key)
    VALUES (now(), session_user, chain, table_name, TG_OP, noted.row_count, noted.row_ids, noted.columns,
            coalesce(chain, '00000000-0000-0000-0000-000000000000'::uuid));
    RETURN NULL;
END
$$;

-- A note's login and time are the server's where the note is kept: on a cluster the
-- coordinator sends a note with its own now(), and the record is looked for at commit on
-- the worker by the worker's (the transaction's start there, as the audit row's).
CREATE FUNCTION omnictl_stamp_note() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
BEGIN
    NEW.noted_at := now();
    NEW.login_role := session_user;
    RETURN NEW;
END
$$;
CREATE TRIGGER sql_writes_pending_stamped BEFORE INSERT ON sql_writes_pending
    FOR EACH ROW EXECUTE FUNCTION omnictl_stamp_note();

-- A login adds notes of its own writes only, now, in a chain it may file in itself (the
-- same reach as audit_logs_append); it can neither read nor remove one, and at commit the
-- definer's trigger (20261206000041) files the record for them. Plain calls of the reach
-- functions, the form a distributed planner accepts; a note is a row a statement.
CREATE POLICY notes_by_their_writer ON sql_writes_pending FOR INSERT TO omnictl_app
    WITH CHECK (login_role = session_user AND noted_at = now()
                AND chain_key = coalesce(organization_id, '00000000-0000-0000-0000-000000000000'::uuid)
                AND organization_id IS NOT DISTINCT FROM
                    coalesce(public.omnictl_current_organization(), public.omnictl_home_organization()));
GRANT INSERT ON sql_writes_pending TO omnictl_app;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['organizations', 'users', 'service_codes'] LOOP
        EXECUTE format('DROP TRIGGER %I ON %I', t || '_noted_insert', t);
        EXECUTE format('DROP TRIGGER %I ON %I', t || '_noted_update', t);
        EXECUTE format('DROP TRIGGER %I ON %I', t || '_noted_delete', t);
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
                            FOR EACH STATEMENT EXECUTE FUNCTION omnictl_note_shared_write(%L)',
                       t || '_noted_insert', t, t);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
                            FOR EACH STATEMENT EXECUTE FUNCTION omnictl_note_shared_write(%L)',
                       t || '_noted_update', t, t);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
                            FOR EACH STATEMENT EXECUTE FUNCTION omnictl_note_shared_write(%L)',
                       t || '_noted_delete', t, t);
    END LOOP;
END
$$;

-- 3. The login follows the user on every node (20261206000001): on a worker the same
-- name (the identity row is everywhere), the same role statements, on that node only;
-- whether the logins are this database's own is the coordinator's question.
CREATE OR REPLACE FUNCTION omnictl_keep_login() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
DECLARE
    wanted text;
BEGIN
    IF NOT omnictl_on_a_worker() THEN
        PERFORM omnictl_refuse_foreign_logins();
    END IF;
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
    -- Only the provisioning moves a user to this database's name for them.
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
-- Its role statements stay on its node, as before (20261206000031; a replaced function
-- keeps none of its settings).
DO $$
BEGIN
    IF pg_catalog.current_setting('citus.enable_ddl_propagation', true) IS NOT NULL THEN
        ALTER FUNCTION omnictl_keep_login() SET citus.enable_ddl_propagation = off;
        ALTER FUNCTION omnictl_keep_login() SET citus.enable_create_role_propagation = off;
    END IF;
END
$$;

-- At commit, chain by chain (20261206000041): the transaction's own row is looked for in
-- the note's chain alone. Every note is now in the chain the writer's own row goes to
-- (a clinic's rows under its policies are written in its context; a shared table's notes
-- take the writer's chain, above), so the second look, through every chain, is not
-- needed — and on a cluster it was a statement across the workers from one of them,
-- which Citus refuses (as the definer, who cannot log in there).
CREATE OR REPLACE FUNCTION omnictl_writes_on_record() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
DECLARE
    writes jsonb;
BEGIN
    SELECT jsonb_agg(jsonb_build_object('table', p.table_name, 'operation', p.operation, 'rows', p.row_count,
                                        'ids', p.row_ids, 'columns', p.columns)
                     ORDER BY p.table_name, p.operation)
      INTO writes
      FROM sql_writes_pending p
     WHERE p.chain_key = NEW.chain_key AND p.noted_at = now() AND p.login_role = session_user;
    IF writes IS NULL THEN
        RETURN NULL;
    END IF;
    -- (The database's own rows are not the transaction's.)
    IF NOT EXISTS (SELECT 1 FROM audit_logs a
                    WHERE a.chain_key = NEW.chain_key AND a.login_role = session_user AND a.occurred_at = now()
                      AND (a.action, a.tool_version) <> ('sql.write', 'database')) THEN
        INSERT INTO audit_logs (os_user, host, tool_version, organization_id, action, entity_type, outcome, details,
                                chain_key)
        VALUES ('', '', 'database', NEW.organization_id, 'sql.write', 'table', 'SUCCESS',
                jsonb_build_object('written_by', 'database', 'writes', writes), NEW.chain_key);
    END IF;
    DELETE FROM sql_writes_pending p
     WHERE p.chain_key = NEW.chain_key AND p.noted_at = now() AND p.login_role = session_user;
    RETURN NULL;
END
$$;
