-- Row-level security and the application role's privileges, in one place.
--
-- Every query of the tool runs as omnictl_app inside a transaction that has set
-- omnictl.organization_id (and, for a super admin acting on the platform,
-- omnictl.platform_scope = 'on'). The policies below are the isolation promise: a
-- query that forgets its organization filter still sees one clinic's rows only.
-- FORCE makes the table owner obey them too; only superusers bypass RLS, which is why
-- the tool never queries as one.

-- Tenant tables: a row is visible and writable only inside its own organization's
-- context. Platform scope deliberately opens none of them: a super admin reaches a
-- clinic's data by acting in that clinic's context (with a break-glass grant for PHI).
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY[
        'practitioners', 'patients', 'patient_insurances', 'authorizations',
        'authorization_unit_events', 'appointments', 'sessions', 'session_events',
        'session_note_addenda', 'break_glass_grants'
    ] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format(
            'CREATE POLICY tenant_isolation ON %I
                 USING (organization_id = omnictl_current_organization())
                 WITH CHECK (organization_id = omnictl_current_organization())', t);
    END LOOP;
END
$$;

-- Organizations: a clinic sees and updates itself; only platform scope creates
-- organizations or sees all of them. Nobody deletes one (records are retained).
ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
ALTER TABLE organizations FORCE ROW LEVEL SECURITY;
CREATE POLICY organizations_read ON organizations FOR SELECT
    USING (omnictl_platform_scope() OR id = omnictl_current_organization());
CREATE POLICY organizations_create ON organizations FOR INSERT
    WITH CHECK (omnictl_platform_scope());
CREATE POLICY organizations_update ON organizations FOR UPDATE
    USING (omnictl_platform_scope() OR id = omnictl_current_organization())
    WITH CHECK (omnictl_platform_scope() OR id = omnictl_current_organization());

-- Users: a clinic sees and manages its own users; platform scope sees everyone.
-- A clinic context cannot create a super admin: those have no organization, and
-- the check below demands this organization.
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE users FORCE ROW LEVEL SECURITY;
CREATE POLICY users_read ON users FOR SELECT
    USING (omnictl_platform_scope() OR organization_id = omnictl_current_organization());
CREATE POLICY users_create ON users FOR INSERT
    WITH CHECK (omnictl_platform_scope() OR organization_id = omnictl_current_organization());
CREATE POLICY users_update ON users FOR UPDATE
    USING (omnictl_platform_scope() OR organization_id = omnictl_current_organization())
    WITH CHECK (omnictl_platform_scope() OR organization_id = omnictl_current_organization());

-- Service codes: everyone reads the platform catalogue and their own overrides; the
-- catalogue is written in platform scope, overrides in their clinic's context.
ALTER TABLE service_codes ENABLE ROW LEVEL SECURITY;
ALTER TABLE service_codes FORCE ROW LEVEL SECURITY;
CREATE POLICY service_codes_read ON service_codes FOR SELECT
    USING (organization_id IS NULL OR organization_id = omnictl_current_organization()
           OR omnictl_platform_scope());
CREATE POLICY service_codes_write ON service_codes FOR ALL
    USING ((organization_id IS NULL AND omnictl_platform_scope())
           OR organization_id = omnictl_current_organization())
    WITH CHECK ((organization_id IS NULL AND omnictl_platform_scope())
                OR organization_id = omnictl_current_organization());

-- Audit trail: a clinic reads its own chain, platform scope reads all. Appending is
-- allowed to the current clinic's chain and to the platform chain (refusals of
-- unidentified operators land there).
ALTER TABLE audit_logs ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_logs FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_logs_read ON audit_logs FOR SELECT
    USING (omnictl_platform_scope() OR organization_id = omnictl_current_organization());
CREATE POLICY audit_logs_append ON audit_logs FOR INSERT
    WITH CHECK (omnictl_platform_scope() OR organization_id IS NULL
                OR organization_id = omnictl_current_organization());

ALTER TABLE audit_log_items ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log_items FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_log_items_read ON audit_log_items FOR SELECT
    USING (omnictl_platform_scope() OR organization_id = omnictl_current_organization());
CREATE POLICY audit_log_items_append ON audit_log_items FOR INSERT
    WITH CHECK (omnictl_platform_scope() OR organization_id IS NULL
                OR organization_id = omnictl_current_organization());

-- Privileges of the application role. What is not granted is impossible for the tool:
-- no DELETE of patients, organizations, users, appointments or sessions (archive,
-- deactivate, cancel instead), and the ledger and audit trail are insert-only.
GRANT SELECT, INSERT, UPDATE ON
    organizations, users, practitioners, patients, authorizations, appointments,
    sessions, break_glass_grants
    TO omnictl_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON patient_insurances, service_codes TO omnictl_app;
GRANT SELECT, INSERT ON authorization_unit_events, session_events, session_note_addenda, audit_logs, audit_log_items
    TO omnictl_app;

-- Identifying the operator comes before the tool knows which scope to set, so it
-- cannot go through the users policies. This function returns exactly one user by
-- email, with the state of that user's organization, and nothing else. (Superseded by
-- omnictl_whoami in 20261201000001, which also gives the definer its own read policy:
-- a function may not SET an omnictl.* setting unless a superuser creates it.)
CREATE FUNCTION omnictl_find_operator(operator_email text)
    RETURNS TABLE (
        id uuid, email text, name text, is_super_admin boolean, organization_id uuid,
        role user_role, is_active boolean, organization_slug text,
        organization_status organization_status
    )
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
SELECT u.id, u.email, u.name, u.is_super_admin, u.organization_id, u.role, u.is_active,
       o.slug, o.status
  FROM users u
  LEFT JOIN organizations o ON o.id = u.organization_id
 WHERE lower(u.email) = lower(operator_email)
$$;

-- Bootstrap refuses once a super admin exists; the check must see past RLS.
CREATE FUNCTION omnictl_super_admin_exists() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$ SELECT EXISTS (SELECT 1 FROM users WHERE is_super_admin) $$;

REVOKE ALL ON FUNCTION omnictl_find_operator(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION omnictl_super_admin_exists() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION omnictl_find_operator(text), omnictl_super_admin_exists() TO omnictl_app;
