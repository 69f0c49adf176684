-- Organizations (the tenants) and the people who operate omnictl.

CREATE TABLE organizations (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name              text NOT NULL,
    -- The slug addresses an organization on the command line (`--org acme-aba`).
    slug              text NOT NULL,
    org_type          organization_type NOT NULL DEFAULT 'CLINIC',
    status            organization_status NOT NULL DEFAULT 'ACTIVE',
    subscription_tier subscription_tier NOT NULL DEFAULT 'TRIAL',
    -- IANA zone in which the clinic's appointment times are entered and shown.
    time_zone         text NOT NULL DEFAULT 'America/New_York',
    units_rule        units_rule NOT NULL DEFAULT 'midpoint',
    -- Further per-clinic settings; typed columns above hold the ones rules depend on.
    settings          jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),

    -- One organization per slug: the slug is how operators name it.
    CONSTRAINT organizations_slug_key UNIQUE (slug),
    -- Slugs are lowercase words joined by hyphens, so they are safe in URLs, shell
    -- arguments and file names, and cannot differ only by case.
    CONSTRAINT organizations_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 63),
    CONSTRAINT organizations_name_present CHECK (length(btrim(name)) > 0),
    CONSTRAINT organizations_settings_object CHECK (jsonb_typeof(settings) = 'object')
);

CREATE TRIGGER organizations_touch BEFORE UPDATE ON organizations
    FOR EACH ROW EXECUTE FUNCTION omnictl_touch_updated_at();

CREATE TABLE users (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email           text NOT NULL,
    name            text NOT NULL,
    is_super_admin  boolean NOT NULL DEFAULT false,
    -- NULL only for super admins, who belong to the platform rather than a clinic.
    organization_id uuid REFERENCES organizations (id),
    role            user_role,
    is_active       boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),

    -- A super admin has no organization and every other user has exactly one: a clinic
    -- user can never drift into platform scope by a missing value.
    CONSTRAINT users_super_admin_has_no_organization
        CHECK (is_super_admin = (organization_id IS NULL)),
    -- A clinic user always has a role; a super admin's power comes from the flag alone.
    CONSTRAINT users_role_matches_scope
        CHECK ((is_super_admin AND role IS NULL) OR (NOT is_super_admin AND role IS NOT NULL)),
    CONSTRAINT users_email_format CHECK (email ~ '^[^@\s]+@[^@\s]+$'),
    CONSTRAINT users_name_present CHECK (length(btrim(name)) > 0),
    -- Target of composite foreign keys from tenant tables (practitioner ↔ user, signer,
    -- recorder): a clinic row can only point at a user of the same clinic.
    CONSTRAINT users_organization_id_id_key UNIQUE (organization_id, id)
);

-- Email identifies an operator (`--operator EMAIL`), so it is unique across the
-- platform regardless of case: Ana@Clinic.org and ana@clinic.org are one person.
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE INDEX users_organization_idx ON users (organization_id, lower(email));

CREATE TRIGGER users_touch BEFORE UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION omnictl_touch_updated_at();
