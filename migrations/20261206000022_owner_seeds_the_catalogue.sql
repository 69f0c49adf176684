-- omnictl: additive
-- The schema's owner may load the platform's catalogue of service codes (`omnictl seed
-- service-codes` run by the login that migrates, before or beside any super admin), as
-- the README's table of operators says. Row security is forced on the owner and every
-- other policy of the table is for omnictl_app, which the owner is not a member of.

-- The owner reads and writes the platform's codes (organization_id NULL) and no clinic's.
-- "The owner" is whoever owns the table now (asked of the catalogue, once per statement),
-- not a name written here: a database restored under another owner keeps the rule.
-- Operators are never the owner nor members of it (their logins belong to omnictl_app
-- only), so this gives them nothing.
CREATE POLICY owner_seeds_catalogue ON service_codes FOR ALL
    USING (organization_id IS NULL
           AND (SELECT pg_has_role(c.relowner, 'USAGE') FROM pg_class c WHERE c.oid = 'service_codes'::regclass))
    WITH CHECK (organization_id IS NULL
                AND (SELECT pg_has_role(c.relowner, 'USAGE') FROM pg_class c WHERE c.oid = 'service_codes'::regclass));
