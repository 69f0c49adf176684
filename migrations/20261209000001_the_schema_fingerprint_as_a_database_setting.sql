-- omnictl: additive
-- A command's first statement on the local database learns the schema's fingerprint from
-- a setting the server gives every new connection (issue 26, item 8): `migrate run` leaves
-- the count and digest of the applied migrations, as omnictl computes them from the table
-- of migrations, as the database's default of `omnictl.schema_fingerprint`, and a command
-- that finds its own binary's fingerprint there skips digesting the table (no catalogue
-- or table read: the server read the setting when the connection began). Anything else,
-- or none, sends the command to the table itself, as before. Only a fresh connection is
-- trusted with it (a pooled server connection keeps the setting it began with), so only
-- the local database, which no pooler stands in front of, reads it.
--
-- The setting must never describe rows the table no longer holds: any change to the table
-- (a migration recorded, a checksum edited, a row deleted, the table truncated) removes it
-- in the same transaction, whoever makes it. Only the database's owner may change its
-- settings, so only the owner may change the table: a login granted more on it than
-- reading is refused here too.
CREATE FUNCTION omnictl_schema_fingerprint_stale() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
BEGIN
    EXECUTE pg_catalog.format('ALTER DATABASE %I RESET omnictl.schema_fingerprint', pg_catalog.current_database());
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION omnictl_schema_fingerprint_stale() FROM PUBLIC;

-- The setting is removed by every change to the applied migrations.
CREATE TRIGGER _sqlx_migrations_fingerprint_stale
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON _sqlx_migrations
    FOR EACH STATEMENT EXECUTE FUNCTION omnictl_schema_fingerprint_stale();
