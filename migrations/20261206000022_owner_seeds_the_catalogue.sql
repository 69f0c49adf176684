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
-- Whether the current role may act as the catalogue's owner (a function, not a subquery
-- in the policy: a distributed planner refuses subqueries in policies, see 20261206000031).
CREATE FUNCTION omnictl_acts_as_catalogue_owner() RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
    AS $$
SELECT pg_has_role(c.relowner, 'USAGE') FROM pg_class c WHERE c.oid = 'public.service_codes'::regclass
$$;

CREATE POLICY owner_seeds_catalogue ON service_codes FOR ALL
    USING (organization_id IS NULL AND omnictl_acts_as_catalogue_owner())
    WITH CHECK (organization_id IS NULL AND omnictl_acts_as_catalogue_owner());
