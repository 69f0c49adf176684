-- The database refuses a login over SQL what the tool refuses its role. Until now the
-- policies held the clinic boundary only: a STAFF login could write every table of its
-- clinic with psql (its patients, its practitioners and who signs as them, the
-- payer-approved units of its authorizations), a super admin could re-date their own
-- break-the-glass grant, and any clinic login could append to the platform's chain or
-- leave audit items without their row (which made `audit verify` fail for everyone).
--
-- From here on:
-- * which reach writes which table is one table of rules, omnictl_role_rules, and the
--   write policies are generated from it (a test walks it with each role's login);
-- * the payer-approved terms of an authorization change only by a clinic ADMIN or a
--   super admin, while any clinic user's booking still moves its counters;
-- * a grant is made at the transaction's time for at most a day, only its revocation
--   changes it afterwards, and each grant and revocation is on the record whoever made it;
-- * audit items commit only with their audit row, written by the same login; a clinic's
--   login writes no row to the platform's chain; waiting for a chain's head is bounded.

-- The clinic whose patient rows this transaction may change: a clinic ADMIN's own clinic,
-- or the clinic a super admin holds an active break-the-glass grant for. STAFF read
-- patients and run sessions; they do not create, change or delete patients or policies.
CREATE FUNCTION omnictl_managed_patient_organization() RETURNS uuid
    LANGUAGE plpgsql STABLE
    AS $$
DECLARE
    reach uuid := public.omnictl_patient_organization();
BEGIN
    IF reach IS NULL THEN
        RETURN NULL;
    END IF;
    RETURN (SELECT reach FROM public.operator_logins l
             WHERE l.login_role = session_user AND l.may_act AND (l.is_super_admin OR l.is_admin));
END
$$;

-- The role rules: for each table and command, the reach a row's organization must be in.
--   clinic           the clinic's users (STAFF and ADMIN) and a super admin in its context
--   patients         the clinic's users, and a super admin under a grant
--   managed          the clinic's ADMIN, and a super admin in its context
--   managed_patients the clinic's ADMIN, and a super admin under a grant
-- A command with no rule has no policy, and the application role no privilege for it
-- (20261124000007: practitioners, patients, authorizations, appointments and sessions
-- are never deleted; the ledger, events and addenda are insert-only): refused to every
-- login twice over.
CREATE TABLE omnictl_role_rules (
    table_name text NOT NULL,
    command    text NOT NULL,
    reach      text NOT NULL,
    why        text NOT NULL,
    CONSTRAINT omnictl_role_rules_pkey PRIMARY KEY (table_name, command),
    CONSTRAINT omnictl_role_rules_command CHECK (command IN ('SELECT', 'INSERT', 'UPDATE', 'DELETE')),
    CONSTRAINT omnictl_role_rules_reach CHECK (reach IN ('clinic', 'patients', 'managed', 'managed_patients'))
);
GRANT SELECT ON omnictl_role_rules TO omnictl_app;

INSERT INTO omnictl_role_rules (table_name, command, reach, why) VALUES
    ('practitioners', 'SELECT', 'clinic', 'every clinic user books and reads practitioners'),
    ('practitioners', 'INSERT', 'managed', 'credentials and NPIs are the clinic ADMIN''s'),
    ('practitioners', 'UPDATE', 'managed', 'credentials, and which user signs as the practitioner, are the clinic ADMIN''s'),
    ('patients', 'SELECT', 'patients', 'every clinic user reads the clinic''s patients'),
    ('patients', 'INSERT', 'managed_patients', 'patients are created by the clinic ADMIN (one by one or imported)'),
    ('patients', 'UPDATE', 'managed_patients', 'patients are changed and archived by the clinic ADMIN'),
    ('patient_insurances', 'SELECT', 'patients', 'every clinic user reads coverage'),
    ('patient_insurances', 'INSERT', 'managed_patients', 'policies are added by the clinic ADMIN'),
    ('patient_insurances', 'UPDATE', 'managed_patients', 'policies are changed and ended by the clinic ADMIN'),
    ('patient_insurances', 'DELETE', 'managed_patients', 'policies are removed by the clinic ADMIN'),
    ('authorizations', 'SELECT', 'clinic', 'every clinic user books against authorizations'),
    ('authorizations', 'INSERT', 'managed', 'what a payer approved is entered by the clinic ADMIN'),
    ('authorizations', 'UPDATE', 'clinic', 'bookings move the counters; the payer''s terms are the ADMIN''s (authorizations_payer_terms_by_admin)'),
    ('authorization_unit_events', 'SELECT', 'clinic', 'the ledger is read by every clinic user'),
    ('authorization_unit_events', 'INSERT', 'clinic', 'every booking and session writes its ledger line'),
    ('appointments', 'SELECT', 'clinic', 'every clinic user reads the schedule'),
    ('appointments', 'INSERT', 'clinic', 'every clinic user books'),
    ('appointments', 'UPDATE', 'clinic', 'every clinic user reschedules, cancels and starts'),
    ('sessions', 'SELECT', 'patients', 'every clinic user reads sessions'),
    ('sessions', 'INSERT', 'patients', 'every clinic user runs sessions'),
    ('sessions', 'UPDATE', 'patients', 'every clinic user completes sessions; signatures are checked apart'),
    ('session_events', 'SELECT', 'patients', 'every clinic user reads what happened'),
    ('session_events', 'INSERT', 'patients', 'every clinic user records what happened'),
    ('session_note_addenda', 'SELECT', 'patients', 'every clinic user reads addenda'),
    ('session_note_addenda', 'INSERT', 'patients', 'every clinic user adds addenda (append-only)'),
    ('supervision_contacts', 'SELECT', 'clinic', 'the supervision report is read by the clinic'),
    ('supervision_contacts', 'INSERT', 'managed', 'supervision contacts are recorded by the clinic ADMIN');

-- The policies, from the rules: one per table and command, each reach function in a
-- scalar subquery (evaluated once per statement). The old per-table policies go.
DO $$
DECLARE
    rule record;
    reach text;
    t text;
BEGIN
    FOR t IN SELECT DISTINCT table_name FROM omnictl_role_rules LOOP
        EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %I', t);
    END LOOP;
    DROP POLICY supervision_contacts_clinic ON supervision_contacts;
    FOR rule IN SELECT * FROM omnictl_role_rules ORDER BY table_name, command LOOP
        reach := CASE rule.reach
            WHEN 'clinic' THEN '(SELECT public.omnictl_current_organization())'
            WHEN 'patients' THEN '(SELECT public.omnictl_patient_organization())'
            WHEN 'managed' THEN '(SELECT public.omnictl_managed_organization())'
            WHEN 'managed_patients' THEN '(SELECT public.omnictl_managed_patient_organization())'
        END;
        EXECUTE format('CREATE POLICY %I ON %I FOR %s TO omnictl_app %s',
            'role_rule_' || lower(rule.command), rule.table_name, rule.command,
            CASE rule.command
                WHEN 'INSERT' THEN format('WITH CHECK (organization_id = %s)', reach)
                WHEN 'UPDATE' THEN format('USING (organization_id = %s) WITH CHECK (organization_id = %s)', reach, reach)
                ELSE format('USING (organization_id = %s)', reach)
            END);
    END LOOP;
END
$$;

-- What a payer approved — the units, the dates, the status, the number, the policy, the
-- code and the patient — changes only by a clinic ADMIN or a super admin in the clinic's
-- context (the tool's `auth update`, `auth cancel`, `auth sweep`, `auth import`). A
-- booking moves only scheduled_units and used_units, which this does not look at. The
-- schema's owner (no operator) is not an operator and is not stopped here.
CREATE FUNCTION omnictl_payer_terms_by_admin() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
BEGIN
    IF (NEW.total_units, NEW.start_date, NEW.end_date, NEW.status, NEW.authorization_number, NEW.insurance_id,
        NEW.service_code, NEW.service_code_owner, NEW.patient_id)
       IS NOT DISTINCT FROM
       (OLD.total_units, OLD.start_date, OLD.end_date, OLD.status, OLD.authorization_number, OLD.insurance_id,
        OLD.service_code, OLD.service_code_owner, OLD.patient_id) THEN
        RETURN NEW;
    END IF;
    IF EXISTS (SELECT 1 FROM public.operator_logins l WHERE l.login_role = session_user)
       AND NEW.organization_id IS DISTINCT FROM public.omnictl_managed_organization() THEN
        RAISE EXCEPTION 'only a clinic ADMIN changes what the payer approved (units, dates, status, number, policy)'
            USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'authorizations_payer_terms_by_admin';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER authorizations_payer_terms_by_admin
    BEFORE UPDATE OF total_units, start_date, end_date, status, authorization_number, insurance_id,
                     service_code, service_code_owner, patient_id
    ON authorizations FOR EACH ROW EXECUTE FUNCTION omnictl_payer_terms_by_admin();

-- A break-the-glass grant is made now, for at most a day (the tool offers 1 to 1440
-- minutes), and afterwards only its revocation changes it: once, at the time it
-- happens. Whatever the client sends for granted_at or revoked_at is replaced or refused.
CREATE FUNCTION omnictl_keep_grant() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.granted_at := now();
        IF NEW.revoked_at IS NOT NULL THEN
            RAISE EXCEPTION 'a grant is made unrevoked; it is revoked afterwards'
                USING ERRCODE = 'check_violation', CONSTRAINT = 'break_glass_grants_made_now';
        END IF;
        IF NEW.expires_at <= now() OR NEW.expires_at > now() + interval '1440 minutes' THEN
            RAISE EXCEPTION 'a grant expires between now and 1440 minutes from now, not at %', NEW.expires_at
                USING ERRCODE = 'check_violation', CONSTRAINT = 'break_glass_grants_made_now';
        END IF;
        RETURN NEW;
    END IF;
    IF (NEW.organization_id, NEW.id, NEW.operator_id, NEW.operator_email, NEW.reason, NEW.granted_at, NEW.expires_at)
       IS DISTINCT FROM
       (OLD.organization_id, OLD.id, OLD.operator_id, OLD.operator_email, OLD.reason, OLD.granted_at, OLD.expires_at)
       OR OLD.revoked_at IS NOT NULL OR NEW.revoked_at IS NULL THEN
        RAISE EXCEPTION 'a grant is never changed after it is made, only revoked, once'
            USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'break_glass_grants_revoked_once';
    END IF;
    NEW.revoked_at := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER break_glass_grants_keep BEFORE INSERT OR UPDATE ON break_glass_grants
    FOR EACH ROW EXECUTE FUNCTION omnictl_keep_grant();
CREATE TRIGGER break_glass_grants_no_delete BEFORE DELETE ON break_glass_grants
    FOR EACH ROW EXECUTE FUNCTION omnictl_reject_change();

-- Every grant and revocation is on the record whoever made it: at commit, unless the
-- transaction filed a row of its own for the grant (the tool's access.break-glass),
-- the database files one in the clinic's chain (details.written_by = 'database').
CREATE FUNCTION omnictl_grant_on_record() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
DECLARE
    filed_action text := CASE WHEN TG_OP = 'INSERT' THEN 'access.break-glass' ELSE 'access.revoke' END;
BEGIN
    IF EXISTS (SELECT 1 FROM audit_logs a
                WHERE a.entity_type = 'break_glass_grant' AND a.entity_id = NEW.id::text
                  AND a.action = filed_action AND a.occurred_at = now() AND a.login_role = session_user) THEN
        RETURN NULL;
    END IF;
    INSERT INTO audit_logs (os_user, host, tool_version, organization_id, action, entity_type, entity_id, outcome,
                            details)
    VALUES ('', '', 'database', NEW.organization_id, filed_action, 'break_glass_grant', NEW.id::text, 'SUCCESS',
            jsonb_build_object('written_by', 'database', 'expires_at', NEW.expires_at, 'reason', NEW.reason,
                               'revoked_at', NEW.revoked_at));
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER break_glass_grants_on_record AFTER INSERT OR UPDATE ON break_glass_grants
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION omnictl_grant_on_record();

-- A clinic's login writes to its clinic's chain, never to the platform's: the platform
-- chain is the super admins', the schema owner's and (refused) strangers'. A clinic
-- login's refusal lands in its home clinic's chain (omnictl_home_organization).
DROP POLICY audit_logs_append ON audit_logs;
CREATE POLICY audit_logs_append ON audit_logs FOR INSERT TO omnictl_app
    WITH CHECK ((organization_id IS NULL AND (SELECT public.omnictl_home_organization()) IS NULL)
                OR organization_id = (SELECT public.omnictl_current_organization())
                OR organization_id = (SELECT public.omnictl_home_organization()));
DROP POLICY audit_log_items_append ON audit_log_items;
CREATE POLICY audit_log_items_append ON audit_log_items FOR INSERT TO omnictl_app
    WITH CHECK ((organization_id IS NULL AND (SELECT public.omnictl_home_organization()) IS NULL)
                OR organization_id = (SELECT public.omnictl_current_organization()));

-- Audit items commit only with their audit row, written in the same transaction by the
-- same login: an item whose row never comes (an orphan) would make `audit verify` fail
-- for everyone, and items are append-only. Each statement that adds items notes their
-- rows once (not once per item: an import adds a million), and at commit each noted row
-- must be there.
CREATE UNLOGGED TABLE audit_items_pending (
    audit_log_id uuid NOT NULL,
    login_role   text NOT NULL,
    noted_at     timestamptz NOT NULL
);
ALTER TABLE audit_items_pending ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_items_pending FORCE ROW LEVEL SECURITY;
-- Only the definer (the functions below) writes and reads it; no login may.
CREATE POLICY definer_keeps ON audit_items_pending FOR ALL TO omnictl_definer USING (true) WITH CHECK (true);
GRANT SELECT, INSERT, DELETE ON audit_items_pending TO omnictl_definer;

CREATE FUNCTION omnictl_note_audit_items() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
BEGIN
    INSERT INTO audit_items_pending (audit_log_id, login_role, noted_at)
    SELECT DISTINCT i.audit_log_id, session_user, now() FROM added_items i;
    RETURN NULL;
END
$$;
CREATE TRIGGER audit_log_items_noted AFTER INSERT ON audit_log_items
    REFERENCING NEW TABLE AS added_items FOR EACH STATEMENT EXECUTE FUNCTION omnictl_note_audit_items();

CREATE FUNCTION omnictl_audit_items_have_their_row() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM audit_logs a
                    WHERE a.id = NEW.audit_log_id AND a.login_role = NEW.login_role AND a.occurred_at = NEW.noted_at) THEN
        RAISE EXCEPTION 'audit items for % were added without their audit row in the same transaction', NEW.audit_log_id
            USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'audit_log_items_with_their_row',
                  HINT = 'Items are filed with the audit row of the command that made them, by the same login.';
    END IF;
    DELETE FROM audit_items_pending p WHERE p.audit_log_id = NEW.audit_log_id AND p.noted_at = NEW.noted_at;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER audit_items_pending_checked AFTER INSERT ON audit_items_pending
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION omnictl_audit_items_have_their_row();

-- The definer owns the two functions that keep the pending notes (a new owner needs
-- CREATE on the schema for the moment it takes them, as in 20261130000001).
GRANT CREATE ON SCHEMA public TO omnictl_definer;
ALTER FUNCTION omnictl_note_audit_items() OWNER TO omnictl_definer;
ALTER FUNCTION omnictl_audit_items_have_their_row() OWNER TO omnictl_definer;
REVOKE CREATE ON SCHEMA public FROM omnictl_definer;

-- Waiting for a chain's head is bounded: a login that appends a row to its clinic's chain
-- and keeps its transaction open holds that head, and whoever appends next in that chain
-- waits at most 5 seconds, then is refused (lock_not_available, said as a conflict) instead
-- of hanging. Other clinics' chains and the platform's are never held by a clinic's login.
ALTER FUNCTION omnictl_audit_link() SET lock_timeout = '5s';

-- A clinic's ADMIN changes its settings (name, type, time zone, units rule, place); what
-- the platform decides — the subscription tier, the status (suspended or active) and the
-- slug — only a super admin in platform scope changes, as `org update --tier`, `org
-- suspend` and `org activate` require.
CREATE FUNCTION omnictl_platform_terms_by_super_admin() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
BEGIN
    IF (NEW.subscription_tier, NEW.status, NEW.slug) IS NOT DISTINCT FROM (OLD.subscription_tier, OLD.status, OLD.slug) THEN
        RETURN NEW;
    END IF;
    IF EXISTS (SELECT 1 FROM public.operator_logins l WHERE l.login_role = session_user)
       AND NOT public.omnictl_platform_scope() THEN
        RAISE EXCEPTION 'only a super admin changes an organization''s tier, status or slug'
            USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'organizations_platform_terms_by_super_admin';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER organizations_platform_terms_by_super_admin
    BEFORE UPDATE OF subscription_tier, status, slug ON organizations
    FOR EACH ROW EXECUTE FUNCTION omnictl_platform_terms_by_super_admin();
