-- Policies a distributed planner accepts (issue 28).
--
-- Every policy asks a function for the reach of this transaction (the clinic, the
-- patients' clinic, the managed clinic, platform scope …). On one server each call is
-- wrapped in a scalar subquery, `(SELECT public.omnictl_current_organization())`, so
-- PostgreSQL evaluates it once per statement (an initplan); written as a plain call it is
-- evaluated per row wherever the planner cannot fold it into an index condition — in
-- every INSERT's WITH CHECK above all (measured: an import of 100,000 patients took 33%
-- longer with the plain call in the patients' INSERT policy alone). Citus refuses
-- subqueries of any kind in policies of distributed tables ("Subqueries are not
-- supported in policies on distributed tables").
--
-- So the policies are written from one place, omnictl_write_policies(per_statement):
-- with per_statement (a plain server, this migration) each reach is a scalar subquery
-- as before; without it (`omnictl cluster distribute`, before it distributes the
-- tables) each is a plain function call, which Citus accepts and evaluates on the shard
-- where the row is. The rules themselves are the same in both forms and are those of
-- the migrations before this one; only the wrapping differs.
--
-- The one policy that held an EXISTS (a break-the-glass grant is made by an acting
-- super admin only) asks a function instead, omnictl_acting_super_admin().

-- Whether the login of this session is an active super admin who may act. Invoker
-- rights: operator_logins shows a login its own row only (policy own_login).
CREATE FUNCTION omnictl_acting_super_admin() RETURNS boolean
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM public.operator_logins l
                    WHERE l.login_role = session_user AND l.may_act AND l.is_super_admin);
END
$$;

-- Rewrites every policy that asks for a reach (the rules of omnictl_role_rules and the
-- hand-written ones of organizations, users, service codes, grants and the audit trail)
-- with each reach as a per-statement scalar subquery (per_statement) or as a plain call.
-- The schema's owner runs it; no operator may (EXECUTE revoked from PUBLIC below).
CREATE FUNCTION omnictl_write_policies(per_statement boolean) RETURNS void
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
DECLARE
    rule record;
    reach text;
    -- The reach functions, each as this form wants it.
    current_org text;
    patient_org text;
    managed_org text;
    managed_patient_org text;
    home_org text;
    platform text;
    operator text;
    acting_super text;
BEGIN
    IF per_statement THEN
        current_org := '(SELECT public.omnictl_current_organization())';
        patient_org := '(SELECT public.omnictl_patient_organization())';
        managed_org := '(SELECT public.omnictl_managed_organization())';
        managed_patient_org := '(SELECT public.omnictl_managed_patient_organization())';
        home_org := '(SELECT public.omnictl_home_organization())';
        platform := '(SELECT public.omnictl_platform_scope())';
        operator := '(SELECT public.omnictl_current_operator())';
        acting_super := '(SELECT public.omnictl_acting_super_admin())';
    ELSE
        current_org := 'public.omnictl_current_organization()';
        patient_org := 'public.omnictl_patient_organization()';
        managed_org := 'public.omnictl_managed_organization()';
        managed_patient_org := 'public.omnictl_managed_patient_organization()';
        home_org := 'public.omnictl_home_organization()';
        platform := 'public.omnictl_platform_scope()';
        operator := 'public.omnictl_current_operator()';
        acting_super := 'public.omnictl_acting_super_admin()';
    END IF;

    -- Tenant tables: the table of rules (20261203000002), one policy per table and command.
    FOR rule IN SELECT * FROM public.omnictl_role_rules ORDER BY table_name, command LOOP
        reach := CASE rule.reach
            WHEN 'clinic' THEN current_org
            WHEN 'patients' THEN patient_org
            WHEN 'managed' THEN managed_org
            WHEN 'managed_patients' THEN managed_patient_org
        END;
        EXECUTE format('ALTER POLICY %I ON public.%I %s',
            'role_rule_' || lower(rule.command), rule.table_name,
            CASE rule.command
                WHEN 'INSERT' THEN format('WITH CHECK (organization_id = %s)', reach)
                WHEN 'UPDATE' THEN format('USING (organization_id = %s) WITH CHECK (organization_id = %s)', reach, reach)
                ELSE format('USING (organization_id = %s)', reach)
            END);
    END LOOP;

    -- Organizations: platform scope makes and reads them all; a clinic reads itself, its
    -- ADMIN changes it (20261201000001).
    EXECUTE format('ALTER POLICY organizations_create ON public.organizations WITH CHECK (%s)', platform);
    EXECUTE format('ALTER POLICY organizations_read ON public.organizations USING (%s OR id = %s)', platform, current_org);
    EXECUTE format('ALTER POLICY organizations_update ON public.organizations USING (%s OR id = %s) WITH CHECK (%s OR id = %s)',
                   platform, managed_org, platform, managed_org);
    -- Users: the same split (20261201000001).
    EXECUTE format('ALTER POLICY users_create ON public.users WITH CHECK (%s OR organization_id = %s)', platform, managed_org);
    EXECUTE format('ALTER POLICY users_read ON public.users USING (%s OR organization_id = %s)', platform, current_org);
    EXECUTE format('ALTER POLICY users_update ON public.users USING (%s OR organization_id = %s) WITH CHECK (%s OR organization_id = %s)',
                   platform, managed_org, platform, managed_org);
    -- Service codes: the platform catalogue is read by all, written in platform scope; a
    -- clinic's own codes by its ADMIN (20261201000001).
    EXECUTE format('ALTER POLICY service_codes_read ON public.service_codes USING (organization_id IS NULL OR organization_id = %s OR %s)',
                   current_org, platform);
    EXECUTE format('ALTER POLICY service_codes_write ON public.service_codes '
                   'USING ((organization_id IS NULL AND %s) OR organization_id = %s) '
                   'WITH CHECK ((organization_id IS NULL AND %s) OR organization_id = %s)',
                   platform, managed_org, platform, managed_org);
    -- The audit trail: read in platform scope or the clinic's own; a platform login files
    -- in the platform chain, a clinic's login in its clinic's (20261203000002).
    EXECUTE format('ALTER POLICY audit_logs_read ON public.audit_logs USING (%s OR organization_id = %s)', platform, current_org);
    EXECUTE format('ALTER POLICY audit_logs_append ON public.audit_logs WITH CHECK ('
                   '(organization_id IS NULL AND %s IS NULL) OR organization_id = %s OR organization_id = %s)',
                   home_org, current_org, home_org);
    EXECUTE format('ALTER POLICY audit_log_items_read ON public.audit_log_items USING (%s OR organization_id = %s)',
                   platform, current_org);
    EXECUTE format('ALTER POLICY audit_log_items_append ON public.audit_log_items WITH CHECK ('
                   '(organization_id IS NULL AND %s IS NULL) OR organization_id = %s)', home_org, current_org);
    EXECUTE format('ALTER POLICY heads_read ON public.audit_chain_heads USING (%s OR chain_key = %s)', platform, current_org);
    -- Break-the-glass grants: read in the clinic's context; made by an acting super admin
    -- for themselves, revoked by the one who holds it (20261201000001).
    EXECUTE format('ALTER POLICY grants_read ON public.break_glass_grants USING (organization_id = %s)', current_org);
    EXECUTE format('ALTER POLICY grants_create ON public.break_glass_grants WITH CHECK ('
                   'organization_id = %s AND operator_id = %s AND %s)', current_org, operator, acting_super);
    EXECUTE format('ALTER POLICY grants_revoke ON public.break_glass_grants '
                   'USING (organization_id = %s AND operator_id = %s) WITH CHECK (organization_id = %s AND operator_id = %s)',
                   current_org, operator, current_org, operator);
END
$$;
REVOKE ALL ON FUNCTION omnictl_write_policies(boolean) FROM PUBLIC;

-- A plain server keeps the per-statement form (the only change: grants_create asks
-- omnictl_acting_super_admin() in place of its EXISTS).
SELECT omnictl_write_policies(true);

-- Logins are made and changed on the node the users' row is written on, and on no
-- other through Citus: Citus would send the login trigger's CREATE ROLE, GRANT CONNECT
-- and ALTER ROLE to the workers as the trigger's definer, omnictl_provisioner, which
-- cannot log in (NOLOGIN) — and, the users table being a reference table there, the
-- trigger would run on every node at once. `omnictl cluster distribute` makes the
-- logins on the workers as the schema's owner (and says the same of these functions,
-- for a database that had its migrations before Citus came). Only where Citus is
-- loaded: elsewhere the settings do not exist, and only a superuser may name them.
DO $$
BEGIN
    IF pg_catalog.current_setting('citus.enable_ddl_propagation', true) IS NOT NULL THEN
        ALTER FUNCTION omnictl_keep_login() SET citus.enable_ddl_propagation = off;
        ALTER FUNCTION omnictl_keep_login() SET citus.enable_create_role_propagation = off;
        ALTER FUNCTION omnictl_set_login_password(uuid, text) SET citus.enable_ddl_propagation = off;
        ALTER FUNCTION omnictl_set_login_password(uuid, text) SET citus.enable_create_role_propagation = off;
    END IF;
END
$$;
