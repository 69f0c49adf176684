-- omnictl: additive
-- A command's first statement reads the schema's fingerprint from one catalogue row
-- (issue 26, item 8): `migrate run` leaves it as the comment of the table of migrations
-- (the count and digest of the applied versions and checksums, as omnictl computes them
-- from the table), and a command that finds its own binary's fingerprint there skips
-- digesting the table. Anything else in the comment, or none, sends the command to the
-- table itself, as before.
--
-- The comment must never describe rows the table no longer holds: any change to the
-- table (a migration recorded, a checksum edited, a row deleted, the table truncated)
-- clears it in the same transaction, whoever makes it. Only the table's owner may
-- comment on it, so only the owner may change the table: a login granted more on it
-- than reading is refused here too.
CREATE FUNCTION omnictl_schema_fingerprint_stale() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
BEGIN
    COMMENT ON TABLE _sqlx_migrations IS NULL;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION omnictl_schema_fingerprint_stale() FROM PUBLIC;

-- The comment is cleared by every change to the applied migrations.
CREATE TRIGGER _sqlx_migrations_fingerprint_stale
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON _sqlx_migrations
    FOR EACH STATEMENT EXECUTE FUNCTION omnictl_schema_fingerprint_stale();
