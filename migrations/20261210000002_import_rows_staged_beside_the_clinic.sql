-- Where the patient import stages its rows before the set-wise checks and the move (the
-- insurance and authorization imports stage in temporary tables of their own and are
-- refused on a cluster for now). On one server the import stages them in a temporary
-- table made LIKE the table here (the columns are
-- defined once, here); on a Citus cluster a temporary table is the coordinator's alone,
-- and Citus refuses to join it with a clinic's distributed rows or moves its rows to the
-- shards by COPY, which row-level security refuses. There the rows are staged in this
-- table itself, distributed by organization_id beside the clinic's rows
-- (`omnictl cluster distribute`), so that every check and the move is a statement on
-- the clinic's shard alone.
--
-- No row-level security, and no row outlives its import: COPY (how rows reach a shard)
-- is refused on a table under row-level security. An import's rows are written, read and
-- deleted inside its own transaction, so no other transaction ever sees one (a dry run,
-- a refusal, a killed process roll them back). A login may add rows of its own and read
-- what others committed; the tool commits none, so a committed row is that login's own
-- doing and nothing of anyone else's.
--
-- organization_id and import_id are filled from the transaction's settings (the clinic
-- the command acts in; the import's own id), so the rows COPY sends name neither.

CREATE TABLE import_patient_rows (
    organization_id       uuid NOT NULL DEFAULT nullif(current_setting('omnictl.organization_id', true), '')::uuid,
    import_id             uuid NOT NULL DEFAULT nullif(current_setting('omnictl.import_id', true), '')::uuid,
    line                  bigint NOT NULL,
    id                    uuid NOT NULL,
    medical_record_number text NOT NULL,
    first_name            text,
    last_name             text,
    date_of_birth         date,
    gender                text,
    email                 text,
    phone                 text,
    address_line1         text,
    address_line2         text,
    city                  text,
    state                 text,
    postal_code           text,
    guardian_name         text,
    guardian_phone        text,
    -- A line refused in Rust, staged for its MRN alone (the repeated-key check).
    refused               boolean NOT NULL
);

-- No index: an import reads all of its rows each time, and a shard holds no others that
-- its transaction can see.
REVOKE ALL ON import_patient_rows FROM PUBLIC;
GRANT SELECT, INSERT, DELETE ON import_patient_rows TO omnictl_app;
