-- Foundation: extensions, the role every query runs as, the tenant-context functions
-- that row-level security policies are written against, and the enumerated types.

-- btree_gist lets an exclusion constraint combine equality on uuid/text columns with
-- range overlap (no double booking). It is a trusted extension, so a database owner
-- without superuser can create it.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- omnictl_app holds the privileges of the tool: every operator's login role is a member
-- of it, and each transaction also switches to it (`SET LOCAL ROLE omnictl_app`), so a
-- session of the owner or a superuser stays under row-level security too. NOLOGIN:
-- nobody connects as it directly. Roles are cluster-wide: another database's first
-- migration may be creating it at this very moment, which the handler tolerates (two
-- CREATE ROLEs racing end in duplicate_object or in a unique violation of
-- pg_authid's name index).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'omnictl_app') THEN
        BEGIN
            CREATE ROLE omnictl_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;
            WHEN insufficient_privilege THEN
                RAISE EXCEPTION 'the migrating role % may not create roles (it needs CREATEROLE)', current_user
                    USING HINT = format('Give it CREATEROLE, or have a superuser run: CREATE ROLE omnictl_app NOLOGIN; '
                                        'GRANT omnictl_app TO %I; then run omnictl migrate run again.', current_user);
        END;
    END IF;
    -- The migrating role must be able to switch to omnictl_app; a superuser always can,
    -- and a role that is already a member (granted by whoever set it up) needs nothing:
    -- granting again would need CREATEROLE or ADMIN OPTION it may not have.
    IF NOT pg_has_role(current_user, 'omnictl_app', 'MEMBER') THEN
        BEGIN
            EXECUTE format('GRANT omnictl_app TO %I', current_user);
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE EXCEPTION 'the migrating role % is not a member of omnictl_app and may not make itself one', current_user
                USING HINT = format('Have a superuser run: GRANT omnictl_app TO %I; then run omnictl migrate run again.',
                                    current_user);
        END;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO omnictl_app;

-- The organization whose rows the current transaction may see, set by the tool with
-- set_config('omnictl.organization_id', id, true) at the start of every transaction.
-- Unset or empty means no organization: tenant policies then match no row at all.
CREATE FUNCTION omnictl_current_organization() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT nullif(current_setting('omnictl.organization_id', true), '')::uuid $$;

-- Platform scope is a super admin acting on the platform itself (organizations, users,
-- system service codes, the audit trail). It is an explicit setting, never implied by
-- the absence of an organization, and it does not open any clinic's patient data.
CREATE FUNCTION omnictl_platform_scope() RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT coalesce(current_setting('omnictl.platform_scope', true), '') = 'on' $$;

-- The user on whose behalf the transaction runs (audit rows record it).
CREATE FUNCTION omnictl_current_operator() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT nullif(current_setting('omnictl.operator_id', true), '')::uuid $$;

-- Shared trigger function keeping updated_at honest without trusting the caller.
CREATE FUNCTION omnictl_touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

-- Shared trigger function for append-only tables (audit trail, unit ledger). Triggers
-- fire for every role, the table owner and superusers included.
CREATE FUNCTION omnictl_reject_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'Rows of this table are permanent records; write a new row instead.';
END
$$;

CREATE TYPE organization_type AS ENUM ('CLINIC', 'HOSPITAL', 'PRIVATE_PRACTICE');
CREATE TYPE organization_status AS ENUM ('ACTIVE', 'INACTIVE', 'SUSPENDED', 'TRIAL');
CREATE TYPE subscription_tier AS ENUM ('TRIAL', 'BASIC', 'PROFESSIONAL', 'ENTERPRISE');
-- How delivered minutes become billable units (domain primer, "Minutes to units").
CREATE TYPE units_rule AS ENUM ('midpoint', 'cms_8_minute');
CREATE TYPE user_role AS ENUM ('ADMIN', 'STAFF');
CREATE TYPE credential AS ENUM ('BCBA-D', 'BCBA', 'BCaBA', 'RBT');
CREATE TYPE subscriber_relationship AS ENUM ('SELF', 'SPOUSE', 'CHILD', 'OTHER');
CREATE TYPE insurance_priority AS ENUM ('PRIMARY', 'SECONDARY', 'TERTIARY');
CREATE TYPE service_category AS ENUM ('ASSESSMENT', 'TREATMENT', 'SUPERVISION', 'FAMILY_GUIDANCE');
CREATE TYPE authorization_status AS ENUM ('PENDING', 'ACTIVE', 'EXPIRED', 'EXHAUSTED', 'CANCELLED');
CREATE TYPE unit_event_kind AS ENUM ('RESERVE', 'RELEASE', 'CONSUME', 'ADJUST');
CREATE TYPE appointment_status AS ENUM ('SCHEDULED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'NO_SHOW');
CREATE TYPE session_status AS ENUM ('IN_PROGRESS', 'COMPLETED', 'CANCELLED');
CREATE TYPE note_status AS ENUM ('DRAFT', 'SIGNED');
CREATE TYPE session_event_type AS ENUM ('BEHAVIOR', 'MAND', 'TRIAL', 'NOTE');
CREATE TYPE audit_outcome AS ENUM ('SUCCESS', 'DENIED', 'FAILED');
