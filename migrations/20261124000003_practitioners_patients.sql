-- Practitioners, patients and their insurance policies.
--
-- Tenant rule for every table from here on: organization_id is NOT NULL, leads the
-- primary key and every unique constraint, and every reference to another tenant table
-- is a composite foreign key (organization_id, x_id), so a row of one clinic can never
-- point at a row of another. The primary key (organization_id, id) doubles as the
-- target of those composite keys.

CREATE TABLE practitioners (
    organization_id        uuid NOT NULL REFERENCES organizations (id),
    id                     uuid NOT NULL DEFAULT gen_random_uuid(),
    -- Optional login of the practitioner; must be a user of the same clinic.
    user_id                uuid,
    name                   text NOT NULL,
    credentials            credential[] NOT NULL,
    npi                    text NOT NULL,
    license_number         text,
    license_state          text,
    credential_valid_until date,
    is_active              boolean NOT NULL DEFAULT true,
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),

    CONSTRAINT practitioners_pkey PRIMARY KEY (organization_id, id),
    CONSTRAINT practitioners_user_fkey FOREIGN KEY (organization_id, user_id)
        REFERENCES users (organization_id, id),
    -- One practitioner record per login within a clinic.
    CONSTRAINT practitioners_user_key UNIQUE (organization_id, user_id),
    -- The NPI identifies a provider to payers: one record per NPI per clinic.
    CONSTRAINT practitioners_npi_key UNIQUE (organization_id, npi),
    -- A state license belongs to one person: one record per license number per clinic.
    CONSTRAINT practitioners_license_key UNIQUE (organization_id, license_number),
    -- NPIs are ten digits (the Luhn check digit is verified by the tool).
    CONSTRAINT practitioners_npi_format CHECK (npi ~ '^[0-9]{10}$'),
    -- Without a credential a practitioner could render no code at all.
    CONSTRAINT practitioners_has_credential CHECK (cardinality(credentials) >= 1),
    -- A license number means nothing without the state that issued it.
    CONSTRAINT practitioners_license_state CHECK (
        (license_number IS NULL AND license_state IS NULL)
        OR (license_number IS NOT NULL AND license_state ~ '^[A-Z]{2}$')
    ),
    CONSTRAINT practitioners_name_present CHECK (length(btrim(name)) > 0)
);

CREATE INDEX practitioners_name_idx ON practitioners (organization_id, name);

CREATE TRIGGER practitioners_touch BEFORE UPDATE ON practitioners
    FOR EACH ROW EXECUTE FUNCTION omnictl_touch_updated_at();

CREATE TABLE patients (
    organization_id       uuid NOT NULL REFERENCES organizations (id),
    id                    uuid NOT NULL DEFAULT gen_random_uuid(),
    medical_record_number text NOT NULL,
    first_name            text NOT NULL,
    last_name             text NOT NULL,
    date_of_birth         date NOT NULL,
    gender                text,
    email                 text,
    phone                 text,
    address_line1         text,
    address_line2         text,
    city                  text,
    state                 text,
    postal_code           text,
    guardian_name         text,
    guardian_phone        text,
    -- Soft delete: patient records are retained, never deleted (HIPAA retention).
    archived_at           timestamptz,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),

    CONSTRAINT patients_pkey PRIMARY KEY (organization_id, id),
    -- The MRN is the clinic's own identifier for a patient and the key re-imports
    -- match on: unique within the clinic, free to repeat across clinics.
    CONSTRAINT patients_mrn_key UNIQUE (organization_id, medical_record_number),
    CONSTRAINT patients_mrn_present CHECK (length(btrim(medical_record_number)) > 0),
    CONSTRAINT patients_names_present CHECK (length(btrim(first_name)) > 0 AND length(btrim(last_name)) > 0),
    CONSTRAINT patients_gender_values CHECK (gender IN ('female', 'male', 'nonbinary', 'other', 'unknown')),
    -- A birth date in the future is a typo, not a patient.
    CONSTRAINT patients_dob_past CHECK (date_of_birth > DATE '1900-01-01' AND date_of_birth <= (created_at AT TIME ZONE 'UTC')::date + 1)
);

CREATE INDEX patients_name_idx ON patients (organization_id, lower(last_name), lower(first_name));

CREATE TRIGGER patients_touch BEFORE UPDATE ON patients
    FOR EACH ROW EXECUTE FUNCTION omnictl_touch_updated_at();

CREATE TABLE patient_insurances (
    organization_id         uuid NOT NULL REFERENCES organizations (id),
    id                      uuid NOT NULL DEFAULT gen_random_uuid(),
    patient_id              uuid NOT NULL,
    payer_name              text NOT NULL,
    payer_id                text,
    -- A string: Medicaid formats vary by state, Medicare MBIs are alphanumeric, BCBS
    -- member numbers carry a letter prefix; leading zeros matter.
    member_number           text NOT NULL,
    group_number            text,
    plan_name               text,
    subscriber_relationship subscriber_relationship NOT NULL DEFAULT 'SELF',
    coverage_start          date NOT NULL,
    coverage_end            date,
    priority                insurance_priority NOT NULL DEFAULT 'PRIMARY',
    is_active               boolean NOT NULL DEFAULT true,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),

    CONSTRAINT patient_insurances_pkey PRIMARY KEY (organization_id, id),
    CONSTRAINT patient_insurances_patient_fkey FOREIGN KEY (organization_id, patient_id)
        REFERENCES patients (organization_id, id),
    -- The natural key re-imports match on: one policy per payer and member number per
    -- patient.
    CONSTRAINT patient_insurances_policy_key
        UNIQUE (organization_id, patient_id, payer_name, member_number),
    -- Target of the authorization → policy foreign key, which thereby also proves the
    -- policy belongs to the authorization's patient.
    CONSTRAINT patient_insurances_patient_key UNIQUE (organization_id, id, patient_id),
    -- Coverage cannot end before it starts.
    CONSTRAINT patient_insurances_coverage_order
        CHECK (coverage_end IS NULL OR coverage_end >= coverage_start),
    CONSTRAINT patient_insurances_payer_present CHECK (length(btrim(payer_name)) > 0),
    CONSTRAINT patient_insurances_member_present CHECK (length(btrim(member_number)) > 0)
);

-- At most one active primary policy per patient: a claim goes to exactly one payer
-- first.
CREATE UNIQUE INDEX patient_insurances_one_active_primary
    ON patient_insurances (organization_id, patient_id)
    WHERE priority = 'PRIMARY' AND is_active;

CREATE TRIGGER patient_insurances_touch BEFORE UPDATE ON patient_insurances
    FOR EACH ROW EXECUTE FUNCTION omnictl_touch_updated_at();
