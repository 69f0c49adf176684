-- Break-the-glass grants and the tamper-evident, append-only audit trail.

-- A super admin reaches a clinic's patient data only through a grant: a stated reason,
-- a short time box, and every use audited with the grant's id (HIPAA 164.312(a)(2)(ii)).
CREATE TABLE break_glass_grants (
    organization_id uuid NOT NULL REFERENCES organizations (id),
    id              uuid NOT NULL DEFAULT gen_random_uuid(),
    -- A platform user (super admin), hence a plain key to users.
    operator_id     uuid NOT NULL REFERENCES users (id),
    -- Kept beside the id: in the clinic's context the platform user's row is invisible.
    operator_email  text NOT NULL,
    reason          text NOT NULL,
    granted_at      timestamptz NOT NULL DEFAULT now(),
    expires_at      timestamptz NOT NULL,
    revoked_at      timestamptz,

    CONSTRAINT break_glass_grants_pkey PRIMARY KEY (organization_id, id),
    -- Emergency access states why; an empty reason is no reason.
    CONSTRAINT break_glass_grants_reason_present CHECK (length(btrim(reason)) >= 5),
    -- The grant expires by itself, at most one day after it was given.
    CONSTRAINT break_glass_grants_time_box CHECK (
        expires_at > granted_at AND expires_at <= granted_at + interval '24 hours'
    ),
    CONSTRAINT break_glass_grants_revoked_order CHECK (revoked_at IS NULL OR revoked_at >= granted_at)
);

CREATE INDEX break_glass_grants_operator_idx ON break_glass_grants (organization_id, operator_id, expires_at);

-- The audit trail. One hash chain per organization and one for the platform: every row
-- carries the hash of its own content and of the previous row of its chain, so editing
-- or removing a row (by someone able to bypass the triggers) breaks the chain at that
-- row, and `omnictl audit verify` names it.
CREATE TABLE audit_logs (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    -- The chain: the organization, or the nil uuid for platform-scope rows. Set, with
    -- chain_seq, the hashes and occurred_at, by the linking trigger, never by a caller.
    chain_key       uuid NOT NULL,
    chain_seq       bigint NOT NULL,
    prev_hash       bytea NOT NULL,
    hash            bytea NOT NULL,
    occurred_at     timestamptz NOT NULL DEFAULT now(),
    -- Who: the operator (NULL when the operator could not be identified, e.g. an
    -- unknown email, which is itself audited), the OS account and host the tool ran on.
    operator_id     uuid REFERENCES users (id),
    operator_email  text,
    os_user         text NOT NULL,
    host            text NOT NULL,
    tool_version    text NOT NULL,
    organization_id uuid REFERENCES organizations (id),
    -- What: `org.create`, `patient.read`, `auth.reserve`, …
    action          text NOT NULL,
    entity_type     text,
    entity_id       text,
    outcome         audit_outcome NOT NULL,
    -- Why a refused or failed command did not succeed.
    reason          text,
    -- Changed fields: old/new values for ordinary fields, names only for PHI fields.
    changes         jsonb NOT NULL DEFAULT '{}'::jsonb,
    -- Anything else worth keeping: counts, file hashes, the break-glass grant used.
    details         jsonb NOT NULL DEFAULT '{}'::jsonb,
    -- A bulk command's per-entity rows (audit_log_items): how many, and a digest of
    -- them all, so that the chain vouches for every one of them.
    item_count      bigint NOT NULL DEFAULT 0,
    items_digest    bytea,

    -- Sequence numbers make a chain a line: no two rows share a place in it.
    CONSTRAINT audit_logs_chain_seq_key UNIQUE (chain_key, chain_seq),
    CONSTRAINT audit_logs_chain_seq_positive CHECK (chain_seq >= 1),
    -- SHA-256 digests.
    CONSTRAINT audit_logs_hash_length CHECK (length(hash) = 32 AND length(prev_hash) = 32),
    CONSTRAINT audit_logs_action_format CHECK (action ~ '^[a-z][a-z0-9_-]*(\.[a-z][a-z0-9_-]*)+$'),
    CONSTRAINT audit_logs_failure_has_reason CHECK (outcome = 'SUCCESS' OR reason IS NOT NULL),
    -- Items come with their digest, and a digest with items.
    CONSTRAINT audit_logs_items_digest CHECK (
        item_count >= 0 AND (item_count = 0) = (items_digest IS NULL)
        AND (items_digest IS NULL OR length(items_digest) = 32)
    )
);

CREATE INDEX audit_logs_org_time_idx ON audit_logs (organization_id, occurred_at);
CREATE INDEX audit_logs_operator_time_idx ON audit_logs (operator_id, occurred_at);
CREATE INDEX audit_logs_entity_idx ON audit_logs (entity_type, entity_id);
CREATE INDEX audit_logs_action_time_idx ON audit_logs (action, occurred_at);

-- The last link of each chain. Only the audit trigger touches it (the application role
-- has no privilege on it); its row lock serialises appends to one chain.
CREATE TABLE audit_chain_heads (
    chain_key uuid PRIMARY KEY,
    last_seq  bigint NOT NULL,
    last_hash bytea NOT NULL
);

-- The content hash of an audit row: SHA-256 over a canonical JSON array of every field
-- and the previous hash. Timestamps enter as epoch microseconds so the text does not
-- depend on the session's time zone; jsonb's text form is canonical (sorted keys).
CREATE FUNCTION omnictl_audit_row_hash(r audit_logs) RETURNS bytea
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    AS $$
BEGIN
    -- PL/pgSQL rather than SQL: a session plans it once, where an SQL function that
    -- cannot be inlined is parsed again by every transaction that calls it.
    RETURN sha256(convert_to(jsonb_build_array(
        encode(r.prev_hash, 'hex'),
        r.chain_key, r.chain_seq,
        (extract(epoch FROM r.occurred_at) * 1000000)::bigint,
        r.operator_id, r.operator_email, r.os_user, r.host, r.tool_version,
        r.organization_id, r.action, r.entity_type, r.entity_id, r.outcome,
        r.reason, r.changes, r.details, r.item_count, encode(r.items_digest, 'hex')
    )::text, 'UTF8'));
END
$$;

-- The per-entity rows of a bulk command: an import writes one for each patient it
-- created or changed, set-wise, before the command's one chained audit row. Chaining
-- them one by one would serialise a million-row import on the chain head; instead the
-- audit row records how many items it has and a digest of their content
-- (omnictl_audit_items_summary), so an item altered, removed or added afterwards
-- breaks the chain at that audit row.
--
-- No foreign key to audit_logs: the audit row is written after its items (it records
-- their digest), and a deferred check per item would cost as much as the import
-- itself. `omnictl audit verify` reports items without their audit row.
CREATE TABLE audit_log_items (
    audit_log_id    uuid NOT NULL,
    -- The item's place among its audit row's items (an import uses the file's line);
    -- the digest follows this order.
    item_no         bigint NOT NULL,
    -- Copied from the audit row, for row-level security.
    organization_id uuid,
    action          text NOT NULL,
    entity_type     text NOT NULL,
    entity_id       text NOT NULL,
    -- Names of the fields set or changed, comma-separated; never their values (they
    -- are PHI).
    fields          text NOT NULL DEFAULT '',

    CONSTRAINT audit_log_items_pkey PRIMARY KEY (audit_log_id, item_no),
    CONSTRAINT audit_log_items_item_no_positive CHECK (item_no >= 1),
    CONSTRAINT audit_log_items_action_format CHECK (action ~ '^[a-z][a-z0-9_-]*(\.[a-z][a-z0-9_-]*)+$'),
    -- The digest joins fields with these separators; they cannot occur inside one.
    CONSTRAINT audit_log_items_no_separators CHECK (
        strpos(entity_type || entity_id || fields, E'\x1e') = 0
        AND strpos(entity_type || entity_id || fields, E'\x1f') = 0
    )
);

CREATE INDEX audit_log_items_entity_idx ON audit_log_items (entity_type, entity_id);

-- An audit row's items: how many, and their digest (NULL without items): SHA-256 over
-- the SHA-256 of each block of 65,536 items' content in item order, computed in one
-- pass whatever the number of items.
CREATE FUNCTION omnictl_audit_items_summary(audit_log uuid, OUT item_count bigint, OUT items_digest bytea)
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    SELECT coalesce(sum(items), 0)::bigint, sha256(string_agg(block_digest, ''::bytea ORDER BY block))
      INTO item_count, items_digest
      FROM (SELECT i.item_no / 65536 AS block, count(*) AS items,
                   sha256(convert_to(string_agg(
                       concat_ws(E'\x1f', i.item_no, i.organization_id, i.action, i.entity_type, i.entity_id, i.fields),
                       E'\x1e' ORDER BY i.item_no), 'UTF8')) AS block_digest
              FROM audit_log_items i WHERE i.audit_log_id = audit_log GROUP BY 1) blocks;
END
$$;

-- Links each new row into its chain. SECURITY DEFINER so the application role can
-- append without any privilege on the chain heads; a caller cannot supply its own
-- chain, sequence number, time, item summary or hashes: they are always overwritten
-- here. Bulk commands write one row with items, not many rows: appends to one chain
-- within a transaction cost more with each row (each rewrites the chain head).
CREATE FUNCTION omnictl_audit_link() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
DECLARE
    head audit_chain_heads;
BEGIN
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

CREATE TRIGGER audit_logs_link BEFORE INSERT ON audit_logs
    FOR EACH ROW EXECUTE FUNCTION omnictl_audit_link();

-- Append-only for every role, the owner and superusers included (HIPAA 164.316: audit
-- records are kept, never altered).
CREATE TRIGGER audit_logs_append_only BEFORE UPDATE OR DELETE ON audit_logs
    FOR EACH ROW EXECUTE FUNCTION omnictl_reject_change();
CREATE TRIGGER audit_logs_no_truncate BEFORE TRUNCATE ON audit_logs
    FOR EACH STATEMENT EXECUTE FUNCTION omnictl_reject_change();
CREATE TRIGGER audit_log_items_append_only BEFORE UPDATE OR DELETE ON audit_log_items
    FOR EACH ROW EXECUTE FUNCTION omnictl_reject_change();
CREATE TRIGGER audit_log_items_no_truncate BEFORE TRUNCATE ON audit_log_items
    FOR EACH STATEMENT EXECUTE FUNCTION omnictl_reject_change();
