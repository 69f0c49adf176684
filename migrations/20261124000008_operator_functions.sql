-- Narrow windows through row-level security for the operator commands. Each returns
-- aggregates or chain metadata only, never a row of patient data.

-- `org show` counts for a super admin in platform scope, who cannot see a clinic's
-- tenant rows. Counts are not PHI. The outer function checks the caller's scope before
-- calling the inner one. (Both are replaced in 20261201000001 by counts that filter by
-- organization themselves and check the caller's verified identity.)
CREATE FUNCTION omnictl_organization_counts_in_context(org uuid)
    RETURNS TABLE (patients bigint, practitioners bigint, active_authorizations bigint, users bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
BEGIN
    PERFORM set_config('omnictl.organization_id', org::text, true);
    RETURN QUERY
    SELECT (SELECT count(*) FROM patients p WHERE p.archived_at IS NULL),
           (SELECT count(*) FROM practitioners pr WHERE pr.is_active),
           (SELECT count(*) FROM authorizations a WHERE a.status = 'ACTIVE'),
           (SELECT count(*) FROM users u WHERE u.organization_id = org AND u.is_active);
END
$$;

CREATE FUNCTION omnictl_organization_counts(org uuid)
    RETURNS TABLE (patients bigint, practitioners bigint, active_authorizations bigint, users bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
BEGIN
    IF omnictl_platform_scope() OR org = omnictl_current_organization() THEN
        RETURN QUERY SELECT * FROM omnictl_organization_counts_in_context(org);
    END IF;
END
$$;

-- `audit verify` compares each chain's last row with its recorded head, so that
-- deleting the newest rows is detected too. Only chains the caller may read.
CREATE FUNCTION omnictl_audit_chain_heads()
    RETURNS TABLE (chain_key uuid, last_seq bigint, last_hash bytea)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
SELECT h.chain_key, h.last_seq, h.last_hash
  FROM audit_chain_heads h
 WHERE omnictl_platform_scope() OR h.chain_key = omnictl_current_organization()
$$;

REVOKE ALL ON FUNCTION omnictl_organization_counts_in_context(uuid), omnictl_organization_counts(uuid),
    omnictl_audit_chain_heads() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION omnictl_organization_counts(uuid), omnictl_audit_chain_heads() TO omnictl_app;
