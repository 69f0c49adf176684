-- Service codes, authorizations and the authorization unit ledger.

-- System-wide rows (organization_id NULL) are the platform catalogue; a clinic may add
-- its own row for a code (custom rate, description, credential list) that takes
-- precedence for that clinic. In a distributed deployment this is a reference table.
CREATE TABLE service_codes (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id      uuid REFERENCES organizations (id),
    -- Who owns the row as a non-null key: the clinic, or the nil uuid for the platform.
    -- Foreign keys and uniqueness use it because NULLs never compare equal.
    owner_key            uuid NOT NULL GENERATED ALWAYS AS
                             (coalesce(organization_id, '00000000-0000-0000-0000-000000000000'::uuid)) STORED,
    code                 text NOT NULL,
    description          text NOT NULL,
    category             service_category NOT NULL,
    minutes_per_unit     integer NOT NULL DEFAULT 15,
    -- Any one of these credentials may render the code.
    required_credentials credential[] NOT NULL,
    -- Medically unlikely edit: most units one patient may receive in one day.
    max_units_per_day    integer,
    rate_cents           integer,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),

    -- One row per code per owner: the platform's, plus at most one override per clinic.
    CONSTRAINT service_codes_owner_code_key UNIQUE (owner_key, code),
    -- CPT (5 digits) or Category III (4 digits and a letter) code.
    CONSTRAINT service_codes_code_format CHECK (code ~ '^[0-9]{4}[0-9A-Z]$'),
    -- All ABA codes are timed; a unit must be a positive number of minutes.
    CONSTRAINT service_codes_minutes_positive CHECK (minutes_per_unit > 0),
    -- A code nobody may render would make every appointment for it fail.
    CONSTRAINT service_codes_has_credential CHECK (cardinality(required_credentials) >= 1),
    CONSTRAINT service_codes_max_units_positive CHECK (max_units_per_day IS NULL OR max_units_per_day > 0),
    CONSTRAINT service_codes_rate_nonnegative CHECK (rate_cents IS NULL OR rate_cents >= 0)
);

CREATE TRIGGER service_codes_touch BEFORE UPDATE ON service_codes
    FOR EACH ROW EXECUTE FUNCTION omnictl_touch_updated_at();

CREATE TABLE authorizations (
    organization_id      uuid NOT NULL REFERENCES organizations (id),
    id                   uuid NOT NULL DEFAULT gen_random_uuid(),
    patient_id           uuid NOT NULL,
    insurance_id         uuid,
    -- The service code row this authorization is for: the platform's row or this
    -- clinic's override, never another clinic's (see the CHECK below).
    service_code_owner   uuid NOT NULL,
    service_code         text NOT NULL,
    -- The payer's authorization number, as printed on the approval letter.
    authorization_number text,
    start_date           date NOT NULL,
    end_date             date NOT NULL,
    total_units          integer NOT NULL,
    used_units           integer NOT NULL DEFAULT 0,
    scheduled_units      integer NOT NULL DEFAULT 0,
    status               authorization_status NOT NULL DEFAULT 'ACTIVE',
    notes                text,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),

    CONSTRAINT authorizations_pkey PRIMARY KEY (organization_id, id),
    CONSTRAINT authorizations_patient_fkey FOREIGN KEY (organization_id, patient_id)
        REFERENCES patients (organization_id, id),
    -- The policy must be this patient's own policy in this clinic.
    CONSTRAINT authorizations_insurance_fkey FOREIGN KEY (organization_id, insurance_id, patient_id)
        REFERENCES patient_insurances (organization_id, id, patient_id),
    CONSTRAINT authorizations_service_code_fkey FOREIGN KEY (service_code_owner, service_code)
        REFERENCES service_codes (owner_key, code),
    -- A clinic's authorization may use the platform's code row or its own override,
    -- never another clinic's override.
    CONSTRAINT authorizations_service_code_scope CHECK (
        service_code_owner IN ('00000000-0000-0000-0000-000000000000'::uuid, organization_id)
    ),
    -- Authorization numbers address an authorization (`auth show NUMBER`).
    CONSTRAINT authorizations_number_key UNIQUE (organization_id, authorization_number),
    -- Target of the appointment → authorization foreign key, which thereby also proves
    -- the authorization is for the appointment's patient and code.
    CONSTRAINT authorizations_patient_code_key UNIQUE (organization_id, id, patient_id, service_code),

    -- The invariant that makes overbooking impossible: units already delivered plus
    -- units reserved by booked appointments never exceed what the payer approved, and
    -- neither counter goes negative. Scheduling changes these counters with one
    -- conditional UPDATE, and this CHECK is the backstop if any code path is wrong.
    CONSTRAINT authorizations_used_nonnegative CHECK (used_units >= 0),
    CONSTRAINT authorizations_scheduled_nonnegative CHECK (scheduled_units >= 0),
    CONSTRAINT authorizations_total_nonnegative CHECK (total_units >= 0),
    CONSTRAINT authorizations_units_within_total CHECK (used_units + scheduled_units <= total_units),
    -- Dates are inclusive; a range that ends before it starts covers no day.
    CONSTRAINT authorizations_date_order CHECK (start_date <= end_date)
);

-- Cron reports: ACTIVE authorizations ending soon, per clinic and platform-wide.
CREATE INDEX authorizations_status_end_idx ON authorizations (status, end_date);
CREATE INDEX authorizations_org_status_end_idx ON authorizations (organization_id, status, end_date);
-- Scheduling: the authorization of this patient and code covering a date.
CREATE INDEX authorizations_patient_code_idx
    ON authorizations (organization_id, patient_id, service_code, start_date, end_date);

CREATE TRIGGER authorizations_touch BEFORE UPDATE ON authorizations
    FOR EACH ROW EXECUTE FUNCTION omnictl_touch_updated_at();
