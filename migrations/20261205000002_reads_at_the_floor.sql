-- Reads at the floor: who is connected and their own clinic in one call, so that a
-- command identifies its operator in one statement rather than three (omnictl_whoami,
-- a change of scope, the organization read under row-level security).

-- omnictl_whoami's row, with the states as their labels (text needs no type lookup by
-- the client), and the operator's own organization. The organization's fields are
-- given only to an operator who may act (active, clinic ACTIVE or TRIAL): exactly
-- what row-level security lets that operator read of it in their own scope
-- (omnictl_current_organization asks may_act too), so this reveals nothing more;
-- anyone else gets the slug and the state, as from omnictl_whoami.
CREATE FUNCTION omnictl_identify()
    RETURNS TABLE (
        id uuid, email text, name text, is_super_admin boolean, organization_id uuid,
        role text, is_active boolean, organization_slug text, organization_status text, login_role text,
        organization_name text, organization_type text, organization_subscription_tier text,
        organization_time_zone text, organization_units_rule text, organization_place_of_service text,
        organization_telehealth_modifier text, organization_created_at timestamptz
    )
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
SELECT u.id, u.email, u.name, u.is_super_admin, u.organization_id, u.role::text, u.is_active,
       o.slug, o.status::text, u.login_role,
       a.name, a.org_type::text, a.subscription_tier::text, a.time_zone, a.units_rule::text,
       a.default_place_of_service::text, a.telehealth_modifier, a.created_at
  FROM users u
  LEFT JOIN organizations o ON o.id = u.organization_id
  LEFT JOIN organizations a ON a.id = o.id AND u.is_active AND o.status IN ('ACTIVE', 'TRIAL')
 WHERE u.login_role = session_user
$$;

-- A definer that bypasses nothing (see 20261130000001), like omnictl_whoami, for the
-- application role only.
GRANT CREATE ON SCHEMA public TO omnictl_definer;
ALTER FUNCTION omnictl_identify() OWNER TO omnictl_definer;
REVOKE CREATE ON SCHEMA public FROM omnictl_definer;
REVOKE ALL ON FUNCTION omnictl_identify() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION omnictl_identify() TO omnictl_app;
