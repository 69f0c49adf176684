-- SECURITY DEFINER functions run with their owner's rights. Superusers skip row-level
-- security even where it is FORCEd, so a definer owned by the role that ran the
-- migrations (often the cluster's superuser) would see every clinic's rows: the
-- `org show` counts of one clinic counted all of them. Every definer is owned by
-- omnictl_definer instead: it cannot log in, is no superuser, never bypasses RLS and
-- holds only the privileges the functions below need. A test of the catalogue fails
-- when any SECURITY DEFINER function is owned by a role that bypasses RLS.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'omnictl_definer') THEN
        -- Another database's migration may create it concurrently (see omnictl_app).
        BEGIN
            CREATE ROLE omnictl_definer NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
    -- Giving a function to a role needs membership in it (a superuser always has it).
    IF NOT pg_has_role(current_user, 'omnictl_definer', 'MEMBER') THEN
        BEGIN
            EXECUTE format('GRANT omnictl_definer TO %I', current_user);
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE EXCEPTION 'the migrating role % is not a member of omnictl_definer and may not make itself one', current_user
                USING HINT = format('Have a superuser run: GRANT omnictl_definer TO %I; then run omnictl migrate run again.',
                                    current_user);
        END;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO omnictl_definer;
-- What the definers read: the operator lookup (users, organizations), the counts of
-- `org show`, the audit chain and the authorization counters' check.
GRANT SELECT ON users, organizations, patients, practitioners, authorizations, appointments,
    authorization_unit_events, audit_logs, audit_log_items TO omnictl_definer;
-- The audit trigger keeps the chain heads.
GRANT SELECT, INSERT, UPDATE ON audit_chain_heads TO omnictl_definer;

-- A new owner needs CREATE on the schema at the moment of the change; it keeps none.
GRANT CREATE ON SCHEMA public TO omnictl_definer;
ALTER FUNCTION omnictl_find_operator(text) OWNER TO omnictl_definer;
ALTER FUNCTION omnictl_super_admin_exists() OWNER TO omnictl_definer;
ALTER FUNCTION omnictl_organization_counts_in_context(uuid) OWNER TO omnictl_definer;
ALTER FUNCTION omnictl_organization_counts(uuid) OWNER TO omnictl_definer;
ALTER FUNCTION omnictl_audit_chain_heads() OWNER TO omnictl_definer;
ALTER FUNCTION omnictl_audit_link() OWNER TO omnictl_definer;
REVOKE CREATE ON SCHEMA public FROM omnictl_definer;
