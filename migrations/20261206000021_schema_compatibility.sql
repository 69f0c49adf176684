-- omnictl: additive
-- What an omnictl that does not know a migration may do on a schema that has it.
--
-- A migration from this one on is recorded here by the omnictl that applies it, in the
-- same transaction: whether its text declares it additive (a leading comment line
-- `-- omnictl: additive`: it only adds what older binaries neither read nor must fill)
-- and the version of that omnictl. An older omnictl has no copy of the newer file, so
-- the record lives in the database: it keeps working beside additive migrations (and
-- says so once), and refuses a breaking one naming the omnictl to install. A migration
-- this table does not record, applied after it, is taken as breaking.
CREATE TABLE omnictl_schema_compat (
    version BIGINT PRIMARY KEY,
    additive BOOLEAN NOT NULL,
    applied_by TEXT NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

COMMENT ON TABLE omnictl_schema_compat IS
    'Per migration from 20261206000021 on: whether older omnictl may keep working (additive) and which omnictl applied it';

-- Operators' commands read it with the table of applied migrations before they start;
-- only the owner (migrate run) writes it.
GRANT SELECT ON omnictl_schema_compat TO omnictl_app;
