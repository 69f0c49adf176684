-- Every write is on the record, whatever the client. The tool commits each change with
-- its audit row; a login's own SQL (psql with its own credentials) changed rows with no
-- row at all. From here on, a transaction that changes the platform's or a clinic's data
-- commits with an audit row naming its login in that clinic's chain (the platform's for
-- platform rows): the tool's action row, or, when the transaction filed none there, one
-- the database writes itself at commit — action `sql.write`, with each table, operation,
-- the number of rows, their ids (up to 100 a statement) and, for updates, the columns
-- that changed; never a value, so no patient data.
--
-- Statements are noted once each (statement triggers with transition tables), not once
-- per row: an import writes a million rows in one statement. Break-the-glass grants
-- have their own record (20261203000002); the trail itself is not noted.

-- What this transaction wrote, by statement, until commit. Only the definer's functions
-- below read and write it; a login can neither add a note nor remove one. Unlogged: a
-- note lives no longer than its transaction, so it needs no WAL (a crash ends both).
CREATE UNLOGGED TABLE sql_writes_pending (
    noted_at        timestamptz NOT NULL,
    login_role      text NOT NULL,
    organization_id uuid,
    table_name      text NOT NULL,
    operation       text NOT NULL,
    row_count       bigint NOT NULL,
    row_ids         text[] NOT NULL,
    columns         text[] NOT NULL
);
ALTER TABLE sql_writes_pending ENABLE ROW LEVEL SECURITY;
ALTER TABLE sql_writes_pending FORCE ROW LEVEL SECURITY;
CREATE POLICY definer_keeps ON sql_writes_pending FOR ALL TO omnictl_definer USING (true) WITH CHECK (true);
GRANT SELECT, INSERT, DELETE ON sql_writes_pending TO omnictl_definer;
-- The definer files the database's own rows (its function is fixed code; the row's
-- operator, login and address are still the connected login's: omnictl_audit_link).
CREATE POLICY definer_files ON audit_logs FOR INSERT TO omnictl_definer WITH CHECK (true);
GRANT INSERT ON audit_logs TO omnictl_definer;

-- Notes one statement's rows, per organization. TG_ARGV[0] is the expression naming a
-- row's organization (`organization_id`, or `id` for organizations themselves).
CREATE FUNCTION omnictl_note_write() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
DECLARE
    org text := TG_ARGV[0];
    rows_of text := CASE WHEN TG_OP = 'DELETE' THEN 'old_rows' ELSE 'new_rows' END;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        -- The columns that changed, read from up to 1000 of the statement's rows.
        EXECUTE format(
            'INSERT INTO sql_writes_pending
             SELECT now(), session_user, n.org, %L, %L, count(*), (array_agg(n.id::text))[1:100],
                    coalesce((SELECT array_agg(DISTINCT k ORDER BY k)
                                FROM (SELECT to_jsonb(a) AS nj, to_jsonb(b) AS oj
                                        FROM (SELECT * FROM new_rows LIMIT 1000) a JOIN old_rows b ON b.id = a.id) d,
                                     jsonb_object_keys(d.nj) k
                               WHERE d.nj -> k IS DISTINCT FROM d.oj -> k AND k <> ''updated_at''), ''{}'')
               FROM (SELECT %s AS org, id FROM new_rows) n GROUP BY n.org',
            TG_TABLE_NAME, TG_OP, org);
    ELSE
        EXECUTE format(
            'INSERT INTO sql_writes_pending
             SELECT now(), session_user, n.org, %L, %L, count(*), (array_agg(n.id::text))[1:100], ''{}''
               FROM (SELECT %s AS org, id FROM %I) n GROUP BY n.org',
            TG_TABLE_NAME, TG_OP, org, rows_of);
    END IF;
    RETURN NULL;
END
$$;

-- A transaction's own audit rows, found by its login and its time (occurred_at is the
-- transaction's now(): omnictl_audit_link).
CREATE INDEX audit_logs_login_time_idx ON audit_logs (login_role, occurred_at);

-- At commit: unless the transaction filed an audit row of its own (the tool's action
-- row, in whichever chain its scope put it), the first note of the transaction files the
-- database's row in each chain it wrote in; every note of the transaction is cleared,
-- and later notes find nothing left to do.
CREATE FUNCTION omnictl_writes_on_record() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
DECLARE
    chain record;
BEGIN
    IF EXISTS (SELECT 1 FROM audit_logs a WHERE a.login_role = session_user AND a.occurred_at = now()) THEN
        DELETE FROM sql_writes_pending p WHERE p.noted_at = now() AND p.login_role = session_user;
        RETURN NULL;
    END IF;
    FOR chain IN
        SELECT p.organization_id,
               jsonb_agg(jsonb_build_object('table', p.table_name, 'operation', p.operation, 'rows', p.row_count,
                                            'ids', p.row_ids, 'columns', p.columns)
                         ORDER BY p.table_name, p.operation) AS writes
          FROM sql_writes_pending p
         WHERE p.noted_at = now() AND p.login_role = session_user
         GROUP BY p.organization_id
    LOOP
        INSERT INTO audit_logs (os_user, host, tool_version, organization_id, action, entity_type, outcome, details)
        VALUES ('', '', 'database', chain.organization_id, 'sql.write', 'table', 'SUCCESS',
                jsonb_build_object('written_by', 'database', 'writes', chain.writes));
    END LOOP;
    DELETE FROM sql_writes_pending p WHERE p.noted_at = now() AND p.login_role = session_user;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER sql_writes_pending_on_record AFTER INSERT ON sql_writes_pending
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION omnictl_writes_on_record();

DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES
        ('organizations', 'id'), ('users', 'organization_id'), ('service_codes', 'organization_id'),
        ('practitioners', 'organization_id'), ('patients', 'organization_id'),
        ('patient_insurances', 'organization_id'), ('authorizations', 'organization_id'),
        ('authorization_unit_events', 'organization_id'), ('appointments', 'organization_id'),
        ('sessions', 'organization_id'), ('session_events', 'organization_id'),
        ('session_note_addenda', 'organization_id'), ('supervision_contacts', 'organization_id')
    ) AS v(name, org) LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
                            FOR EACH STATEMENT EXECUTE FUNCTION omnictl_note_write(%L)',
                       t.name || '_noted_insert', t.name, t.org);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
                            FOR EACH STATEMENT EXECUTE FUNCTION omnictl_note_write(%L)',
                       t.name || '_noted_update', t.name, t.org);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
                            FOR EACH STATEMENT EXECUTE FUNCTION omnictl_note_write(%L)',
                       t.name || '_noted_delete', t.name, t.org);
    END LOOP;
END
$$;

-- The definer owns the two functions (a new owner needs CREATE on the schema for the
-- moment it takes them, as in 20261130000001).
GRANT CREATE ON SCHEMA public TO omnictl_definer;
ALTER FUNCTION omnictl_note_write() OWNER TO omnictl_definer;
ALTER FUNCTION omnictl_writes_on_record() OWNER TO omnictl_definer;
REVOKE CREATE ON SCHEMA public FROM omnictl_definer;
