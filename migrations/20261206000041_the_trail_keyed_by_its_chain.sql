-- The audit trail keyed by its chain, and triggers that work on a shard (issue 28, item 4).
--
-- On one server nothing changes for an operator: the same rows, the same chains, the same
-- hashes (omnictl_audit_row_hash reads the row as before, and the items' digest reads the
-- same columns: a new column is in neither), the same checks at the same moments. What
-- changes is that every statement of the trail names its chain, so that on a Citus
-- cluster, where `omnictl cluster distribute` distributes the trail by its chain key in the
-- colocation group of the clinics' tables, a clinic's change, its audit row, its items and
-- its chain's head are on one worker, and every trigger's statement is routed to that
-- worker's own shards:
--
-- * audit_log_items carries the chain of its row (chain_key: the clinic's id, the all-zero
--   uuid for the platform's chain), and so do the two tables of notes kept until commit;
-- * the trail's triggers read and write by chain (the head, the rows past it, the items'
--   summary, the notes);
-- * no trigger asks TG_TABLE_NAME (on a shard it is `authorizations_102042`): the table a
--   trigger is on is its argument.
--
-- The keys stay as they are here (audit_logs by id, items by (row, number)): one server
-- keeps them unique across chains. `cluster distribute` makes them include the chain key,
-- as Citus requires of a distributed table's keys.

-- The chain of an item is its row's. Items recorded before this migration take it from
-- their row (an item without one, which `audit verify` reports, from its own clinic).
ALTER TABLE audit_log_items ADD COLUMN chain_key uuid;
ALTER TABLE audit_log_items DISABLE TRIGGER audit_log_items_append_only;
UPDATE audit_log_items i SET chain_key = a.chain_key FROM audit_logs a WHERE a.id = i.audit_log_id;
UPDATE audit_log_items
   SET chain_key = coalesce(organization_id, '00000000-0000-0000-0000-000000000000'::uuid)
 WHERE chain_key IS NULL;
ALTER TABLE audit_log_items ENABLE TRIGGER audit_log_items_append_only;
-- Every item names its chain.
ALTER TABLE audit_log_items ALTER COLUMN chain_key SET NOT NULL;
COMMENT ON COLUMN audit_log_items.chain_key IS
    'The chain of the item''s audit row: its clinic, or the all-zero uuid for the platform''s.';

-- A client that does not name the chain (a login's own SQL, an older tool) files its item
-- in its clinic's chain, as its row will be. Only such rows pay for the trigger: the
-- tool names the chain, and the WHEN clause is checked without calling the function.
CREATE FUNCTION omnictl_item_chain() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.chain_key := coalesce(NEW.organization_id, '00000000-0000-0000-0000-000000000000'::uuid);
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_log_items_chain BEFORE INSERT ON audit_log_items
    FOR EACH ROW WHEN (NEW.chain_key IS NULL) EXECUTE FUNCTION omnictl_item_chain();

-- The notes name the chain they are kept for. Both tables are empty outside a
-- transaction (a note lives no longer than its transaction).
ALTER TABLE audit_items_pending ADD COLUMN chain_key uuid NOT NULL;
ALTER TABLE sql_writes_pending ADD COLUMN chain_key uuid NOT NULL;

-- A row's items, counted and digested as omnictl_audit_items_summary(uuid) does (the
-- same digest, block by block), read within the row's chain only.
CREATE FUNCTION omnictl_audit_items_summary(chain uuid, audit_log uuid, OUT item_count bigint, OUT items_digest bytea)
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    WITH RECURSIVE blocks (block) AS (
        SELECT (SELECT min(item_no) FROM audit_log_items WHERE chain_key = chain AND audit_log_id = audit_log) / 65536
        UNION ALL
        SELECT (SELECT min(i.item_no) FROM audit_log_items i
                 WHERE i.chain_key = chain AND i.audit_log_id = audit_log AND i.item_no >= (b.block + 1) * 65536) / 65536
          FROM blocks b
         WHERE b.block IS NOT NULL
    )
    SELECT coalesce(sum(d.items), 0)::bigint, sha256(string_agg(d.block_digest, ''::bytea ORDER BY blocks.block))
      INTO item_count, items_digest
      FROM blocks
     CROSS JOIN LATERAL (
           SELECT count(*) AS items,
                  sha256(convert_to(string_agg(
                      concat_ws(E'\x1f', i.item_no, i.organization_id, i.action, i.entity_type, i.entity_id, i.fields),
                      E'\x1e' ORDER BY i.item_no), 'UTF8')) AS block_digest
             FROM audit_log_items i
            WHERE i.chain_key = chain AND i.audit_log_id = audit_log
              AND i.item_no >= blocks.block * 65536 AND i.item_no < (blocks.block + 1) * 65536
           ) d
     WHERE blocks.block IS NOT NULL;
END
$$;

-- Links a new row into its chain, as before (20261201000001); the items it summarises are
-- those of its own chain.
CREATE OR REPLACE FUNCTION omnictl_audit_link() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET lock_timeout = '5s'
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
    IF EXISTS (SELECT 1 FROM audit_log_items WHERE chain_key = NEW.chain_key AND audit_log_id = NEW.id) THEN
        SELECT s.item_count, s.items_digest INTO NEW.item_count, NEW.items_digest
            FROM omnictl_audit_items_summary(NEW.chain_key, NEW.id) s;
    ELSE
        NEW.item_count := 0;
        NEW.items_digest := NULL;
    END IF;
    -- Hashed as an audit_logs row (on a shard NEW is of the shard's row type, the same
    -- columns).
    NEW.hash := omnictl_audit_row_hash(ROW(NEW.*)::audit_logs);
    UPDATE audit_chain_heads SET last_seq = NEW.chain_seq, last_hash = NEW.hash
        WHERE chain_key = NEW.chain_key;
    RETURN NEW;
END
$$;

-- Each statement that adds items notes their rows, with their chain (20261203000002).
CREATE OR REPLACE FUNCTION omnictl_note_audit_items() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
DECLARE
    noted record;
BEGIN
    -- Read from the statement's rows first, then written: a distributed planner cannot
    -- read a trigger's transition table (each note is a single row for its chain's shard).
    FOR noted IN SELECT DISTINCT i.audit_log_id, i.chain_key FROM added_items i LOOP
        INSERT INTO audit_items_pending (audit_log_id, chain_key, login_role, noted_at)
        VALUES (noted.audit_log_id, noted.chain_key, session_user, now());
    END LOOP;
    RETURN NULL;
END
$$;

-- At commit each noted row is there, in the items' chain, by the same login in the same
-- transaction: items filed in another chain than their row's are orphans too.
CREATE OR REPLACE FUNCTION omnictl_audit_items_have_their_row() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM audit_logs a
                    WHERE a.chain_key = NEW.chain_key AND a.id = NEW.audit_log_id AND a.login_role = NEW.login_role
                      AND a.occurred_at = NEW.noted_at) THEN
        RAISE EXCEPTION 'audit items for % were added without their audit row in the same transaction', NEW.audit_log_id
            USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'audit_log_items_with_their_row',
                  HINT = 'Items are filed with the audit row of the command that made them, by the same login.';
    END IF;
    DELETE FROM audit_items_pending p
     WHERE p.chain_key = NEW.chain_key AND p.audit_log_id = NEW.audit_log_id AND p.noted_at = NEW.noted_at;
    RETURN NULL;
END
$$;

-- Notes one statement's rows, per chain (20261203000005). TG_ARGV[0] is the expression
-- naming a row's organization (`organization_id`, or `id` for organizations themselves),
-- TG_ARGV[1] the table's name (on a shard, TG_TABLE_NAME is the shard's).
CREATE OR REPLACE FUNCTION omnictl_note_write() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
DECLARE
    org text := TG_ARGV[0];
    table_name text := TG_ARGV[1];
    rows_of text := CASE WHEN TG_OP = 'DELETE' THEN 'old_rows' ELSE 'new_rows' END;
    noted record;
BEGIN
    -- The statement's rows are read first, by organization, then each note is written
    -- with its chain: a distributed planner cannot read a trigger's transition table, and
    -- a note for one chain is a single row for that chain's shard.
    FOR noted IN EXECUTE CASE WHEN TG_OP = 'UPDATE' THEN format(
        -- The columns that changed, read from up to 1000 of the statement's rows.
        'SELECT n.org::uuid AS org, count(*) AS row_count, (array_agg(n.id::text))[1:100] AS row_ids,
                coalesce((SELECT array_agg(DISTINCT k ORDER BY k)
                            FROM (SELECT to_jsonb(a) AS nj, to_jsonb(b) AS oj
                                    FROM (SELECT * FROM new_rows LIMIT 1000) a JOIN old_rows b ON b.id = a.id) d,
                                 jsonb_object_keys(d.nj) k
                           WHERE d.nj -> k IS DISTINCT FROM d.oj -> k AND k <> ''updated_at''), ''{}'') AS columns
           FROM (SELECT %s AS org, id FROM new_rows) n GROUP BY n.org', org)
    ELSE format(
        'SELECT n.org::uuid AS org, count(*) AS row_count, (array_agg(n.id::text))[1:100] AS row_ids,
                ''{}''::text[] AS columns
           FROM (SELECT %s AS org, id FROM %I) n GROUP BY n.org', org, rows_of)
    END LOOP
        INSERT INTO sql_writes_pending (noted_at, login_role, organization_id, table_name, operation, row_count,
                                        row_ids, columns, chain_key)
        VALUES (now(), session_user, noted.org, table_name, TG_OP, noted.row_count, noted.row_ids, noted.columns,
                coalesce(noted.org, '00000000-0000-0000-0000-000000000000'::uuid));
    END LOOP;
    RETURN NULL;
END
$$;

-- At commit, chain by chain (20261203000005): unless the transaction filed an audit row of
-- its own, the first note of a chain files the database's row in that chain; the chain's
-- notes are cleared, and its later notes find nothing left to do. The transaction's own
-- row is looked for in the note's chain first (on a cluster: on this worker), then in
-- any chain (the tool's row of a platform command that writes a clinic's rows).
CREATE OR REPLACE FUNCTION omnictl_writes_on_record() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
DECLARE
    writes jsonb;
    own boolean;
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
    -- (The database's own rows, filed here for other chains, are not the transaction's.)
    -- Two statements: the second, which reads every chain (on a cluster, every worker),
    -- runs only when the first finds nothing.
    IF EXISTS (SELECT 1 FROM audit_logs a
                WHERE a.chain_key = NEW.chain_key AND a.login_role = session_user AND a.occurred_at = now()
                  AND (a.action, a.tool_version) <> ('sql.write', 'database')) THEN
        own := true;
    ELSE
        own := EXISTS (SELECT 1 FROM audit_logs a
                        WHERE a.login_role = session_user AND a.occurred_at = now()
                          AND (a.action, a.tool_version) <> ('sql.write', 'database'));
    END IF;
    IF NOT own THEN
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

-- The statement triggers of 20261203000005 and 20261204000001 again, naming their table.
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
        ('session_note_addenda', 'organization_id'), ('supervision_contacts', 'organization_id'),
        ('session_service_lines', 'organization_id')
    ) AS v(name, org) LOOP
        EXECUTE format('DROP TRIGGER %I ON %I', t.name || '_noted_insert', t.name);
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
                            FOR EACH STATEMENT EXECUTE FUNCTION omnictl_note_write(%L, %L)',
                       t.name || '_noted_insert', t.name, t.org, t.name);
        IF t.name <> 'session_service_lines' THEN
            EXECUTE format('DROP TRIGGER %I ON %I', t.name || '_noted_update', t.name);
            EXECUTE format('DROP TRIGGER %I ON %I', t.name || '_noted_delete', t.name);
            EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
                                FOR EACH STATEMENT EXECUTE FUNCTION omnictl_note_write(%L, %L)',
                           t.name || '_noted_update', t.name, t.org, t.name);
            EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
                                FOR EACH STATEMENT EXECUTE FUNCTION omnictl_note_write(%L, %L)',
                           t.name || '_noted_delete', t.name, t.org, t.name);
        END IF;
    END LOOP;
END
$$;

-- The counters check (20261130000002) knows its table by its argument.
CREATE OR REPLACE FUNCTION omnictl_authorization_counters_match() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
DECLARE
    table_name text := TG_ARGV[0];
BEGIN
    IF table_name = 'authorizations' THEN
        PERFORM omnictl_assert_authorization_counters(NEW.organization_id, NEW.id, table_name);
        RETURN NULL;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM omnictl_assert_authorization_counters(NEW.organization_id, NEW.authorization_id, table_name);
    END IF;
    -- An appointment moved to another authorization (or removed) changes the old one too.
    IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (OLD.authorization_id, OLD.organization_id)
                                                 IS DISTINCT FROM (NEW.authorization_id, NEW.organization_id)) THEN
        PERFORM omnictl_assert_authorization_counters(OLD.organization_id, OLD.authorization_id, table_name);
    END IF;
    RETURN NULL;
END
$$;
-- The same six deferred checks of the counters as 20261130000002 (units move only with
-- their appointment and ledger line), each naming its table.
DROP TRIGGER authorizations_counters_match_rows ON authorizations;
CREATE CONSTRAINT TRIGGER authorizations_counters_match_rows
    AFTER INSERT ON authorizations
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (NEW.scheduled_units <> 0 OR NEW.used_units <> 0)
    EXECUTE FUNCTION omnictl_authorization_counters_match('authorizations');
DROP TRIGGER authorizations_counters_change_match_rows ON authorizations;
CREATE CONSTRAINT TRIGGER authorizations_counters_change_match_rows
    AFTER UPDATE ON authorizations
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION omnictl_authorization_counters_match('authorizations');
DROP TRIGGER appointments_counters_match_rows ON appointments;
CREATE CONSTRAINT TRIGGER appointments_counters_match_rows
    AFTER INSERT ON appointments
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (NEW.authorization_id IS NOT NULL)
    EXECUTE FUNCTION omnictl_authorization_counters_match('appointments');
DROP TRIGGER appointments_counters_change_match_rows ON appointments;
CREATE CONSTRAINT TRIGGER appointments_counters_change_match_rows
    AFTER UPDATE ON appointments
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN ((OLD.units, OLD.authorization_id, OLD.organization_id,
                        OLD.status IN ('SCHEDULED', 'IN_PROGRESS'))
                       IS DISTINCT FROM (NEW.units, NEW.authorization_id, NEW.organization_id,
                                         NEW.status IN ('SCHEDULED', 'IN_PROGRESS')))
    EXECUTE FUNCTION omnictl_authorization_counters_match('appointments');
DROP TRIGGER appointments_removed_match_rows ON appointments;
CREATE CONSTRAINT TRIGGER appointments_removed_match_rows
    AFTER DELETE ON appointments
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (OLD.authorization_id IS NOT NULL)
    EXECUTE FUNCTION omnictl_authorization_counters_match('appointments');
DROP TRIGGER authorization_unit_events_counters_match_rows ON authorization_unit_events;
CREATE CONSTRAINT TRIGGER authorization_unit_events_counters_match_rows
    AFTER INSERT ON authorization_unit_events
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION omnictl_authorization_counters_match('authorization_unit_events');

-- Logins follow their users and their clinics' states (20261201000001): the trigger on
-- organizations says so by its argument.
CREATE OR REPLACE FUNCTION omnictl_sync_login() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
BEGIN
    IF TG_NARGS > 0 AND TG_ARGV[0] = 'organizations' THEN
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
DROP TRIGGER organizations_sync_logins ON organizations;
CREATE TRIGGER organizations_sync_logins AFTER UPDATE OF status ON organizations
    FOR EACH ROW EXECUTE FUNCTION omnictl_sync_login('organizations');
