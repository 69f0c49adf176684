-- Appointments, clinical sessions, session events and the authorization unit ledger.

CREATE TABLE appointments (
    organization_id    uuid NOT NULL REFERENCES organizations (id),
    id                 uuid NOT NULL DEFAULT gen_random_uuid(),
    patient_id         uuid NOT NULL,
    practitioner_id    uuid NOT NULL,
    service_code_owner uuid NOT NULL,
    service_code       text NOT NULL,
    authorization_id   uuid,
    starts_at          timestamptz NOT NULL,
    ends_at            timestamptz NOT NULL,
    -- Units reserved on the authorization for this appointment.
    units              integer NOT NULL,
    status             appointment_status NOT NULL DEFAULT 'SCHEDULED',
    -- Appointments created together by a recurrence share a series id.
    series_id          uuid,
    -- Appointments of one group slot (97154, 97157, 97158) share a group id.
    group_id           uuid,
    cancel_reason      text,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),

    -- Which patient concurrency lane the appointment occupies: 97155 (a BCBA modifying
    -- protocol) runs in the supervision lane beside the technician's treatment, the
    -- one concurrent pair payers recognise; every other code is primary.
    patient_lane       text NOT NULL GENERATED ALWAYS AS
                           (CASE WHEN service_code = '97155' THEN 'supervision' ELSE 'primary' END) STORED,
    -- The practitioner's slot key: the group for group codes, else the appointment
    -- itself, so only appointments of one group may share a practitioner's time.
    practitioner_slot  uuid NOT NULL GENERATED ALWAYS AS (coalesce(group_id, id)) STORED,

    CONSTRAINT appointments_pkey PRIMARY KEY (organization_id, id),
    CONSTRAINT appointments_patient_fkey FOREIGN KEY (organization_id, patient_id)
        REFERENCES patients (organization_id, id),
    CONSTRAINT appointments_practitioner_fkey FOREIGN KEY (organization_id, practitioner_id)
        REFERENCES practitioners (organization_id, id),
    CONSTRAINT appointments_service_code_fkey FOREIGN KEY (service_code_owner, service_code)
        REFERENCES service_codes (owner_key, code),
    CONSTRAINT appointments_service_code_scope CHECK (
        service_code_owner IN ('00000000-0000-0000-0000-000000000000'::uuid, organization_id)
    ),
    -- The authorization must be of this clinic, for this patient and for this code:
    -- a unit reserved on another patient's or another code's authorization is a denial.
    CONSTRAINT appointments_authorization_fkey
        FOREIGN KEY (organization_id, authorization_id, patient_id, service_code)
        REFERENCES authorizations (organization_id, id, patient_id, service_code),
    -- Target of session → appointment keys that also carry the patient.
    CONSTRAINT appointments_patient_key UNIQUE (organization_id, id, patient_id),
    CONSTRAINT appointments_time_order CHECK (ends_at > starts_at),
    CONSTRAINT appointments_units_nonnegative CHECK (units >= 0),
    -- An appointment against an authorization reserves at least one unit: a 0-unit
    -- booking would slip past the authorization check.
    CONSTRAINT appointments_billable_units CHECK (authorization_id IS NULL OR units > 0),
    -- Only group codes have group slots.
    CONSTRAINT appointments_group_codes CHECK (
        group_id IS NULL OR service_code IN ('97154', '97157', '97158')
    ),
    -- A cancellation records why.
    CONSTRAINT appointments_cancel_reason CHECK (
        status <> 'CANCELLED' OR length(btrim(coalesce(cancel_reason, ''))) > 0
    ),

    -- No double booking of a practitioner: two live appointments of one practitioner
    -- may not overlap unless they belong to the same group slot.
    CONSTRAINT appointments_practitioner_no_overlap EXCLUDE USING gist (
        organization_id WITH =,
        practitioner_id WITH =,
        practitioner_slot WITH <>,
        tstzrange(starts_at, ends_at) WITH &&
    ) WHERE (status NOT IN ('CANCELLED', 'NO_SHOW')),
    -- No double booking of a patient: two live appointments of one patient may not
    -- overlap within a lane, so the only overlap allowed is 97155 beside another code.
    CONSTRAINT appointments_patient_no_overlap EXCLUDE USING gist (
        organization_id WITH =,
        patient_id WITH =,
        patient_lane WITH =,
        tstzrange(starts_at, ends_at) WITH &&
    ) WHERE (status NOT IN ('CANCELLED', 'NO_SHOW'))
);

CREATE INDEX appointments_start_idx ON appointments (organization_id, starts_at);
CREATE INDEX appointments_practitioner_idx ON appointments (organization_id, practitioner_id, starts_at);
CREATE INDEX appointments_patient_idx ON appointments (organization_id, patient_id, starts_at);
-- Daily maximum per patient and code, and releasing units per authorization.
CREATE INDEX appointments_authorization_idx ON appointments (organization_id, authorization_id);

CREATE TRIGGER appointments_touch BEFORE UPDATE ON appointments
    FOR EACH ROW EXECUTE FUNCTION omnictl_touch_updated_at();

CREATE TABLE sessions (
    organization_id uuid NOT NULL REFERENCES organizations (id),
    id              uuid NOT NULL DEFAULT gen_random_uuid(),
    appointment_id  uuid NOT NULL,
    started_at      timestamptz NOT NULL,
    ended_at        timestamptz,
    status          session_status NOT NULL DEFAULT 'IN_PROGRESS',
    metrics         jsonb NOT NULL DEFAULT '{}'::jsonb,
    note_text       text,
    note_status     note_status NOT NULL DEFAULT 'DRAFT',
    signed_by       uuid,
    signed_at       timestamptz,
    transcript      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),

    CONSTRAINT sessions_pkey PRIMARY KEY (organization_id, id),
    CONSTRAINT sessions_appointment_fkey FOREIGN KEY (organization_id, appointment_id)
        REFERENCES appointments (organization_id, id),
    -- One clinical session per appointment.
    CONSTRAINT sessions_appointment_key UNIQUE (organization_id, appointment_id),
    CONSTRAINT sessions_signer_fkey FOREIGN KEY (organization_id, signed_by)
        REFERENCES users (organization_id, id),
    CONSTRAINT sessions_time_order CHECK (ended_at IS NULL OR ended_at >= started_at),
    -- A completed session has its actual end time.
    CONSTRAINT sessions_completed_has_end CHECK (status <> 'COMPLETED' OR ended_at IS NOT NULL),
    -- A signed note names who signed it and when; a draft names neither.
    CONSTRAINT sessions_signature_complete CHECK (
        (note_status = 'SIGNED' AND signed_by IS NOT NULL AND signed_at IS NOT NULL)
        OR (note_status = 'DRAFT' AND signed_by IS NULL AND signed_at IS NULL)
    ),
    CONSTRAINT sessions_metrics_object CHECK (jsonb_typeof(metrics) = 'object')
);

CREATE INDEX sessions_started_idx ON sessions (organization_id, started_at);

CREATE TRIGGER sessions_touch BEFORE UPDATE ON sessions
    FOR EACH ROW EXECUTE FUNCTION omnictl_touch_updated_at();

CREATE TABLE session_events (
    organization_id uuid NOT NULL REFERENCES organizations (id),
    id              uuid NOT NULL DEFAULT gen_random_uuid(),
    session_id      uuid NOT NULL,
    occurred_at     timestamptz NOT NULL,
    event_type      session_event_type NOT NULL,
    data            jsonb NOT NULL DEFAULT '{}'::jsonb,
    recorded_by     uuid,
    created_at      timestamptz NOT NULL DEFAULT now(),

    CONSTRAINT session_events_pkey PRIMARY KEY (organization_id, id),
    CONSTRAINT session_events_session_fkey FOREIGN KEY (organization_id, session_id)
        REFERENCES sessions (organization_id, id),
    CONSTRAINT session_events_recorder_fkey FOREIGN KEY (organization_id, recorded_by)
        REFERENCES users (organization_id, id),
    CONSTRAINT session_events_data_object CHECK (jsonb_typeof(data) = 'object')
);

CREATE INDEX session_events_session_idx ON session_events (organization_id, session_id, occurred_at);

-- A signed note is a legal record: its text, status and signature never change. What
-- comes later is an addendum, dated and signed by its author.
CREATE FUNCTION omnictl_keep_signed_note() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF OLD.note_status = 'SIGNED' AND (
        NEW.note_status IS DISTINCT FROM OLD.note_status
        OR NEW.note_text IS DISTINCT FROM OLD.note_text
        OR NEW.signed_by IS DISTINCT FROM OLD.signed_by
        OR NEW.signed_at IS DISTINCT FROM OLD.signed_at
    ) THEN
        RAISE EXCEPTION 'the session note was signed on % and cannot change; add an addendum instead', OLD.signed_at
            USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'sessions_signed_note_unchanged';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER sessions_signed_note_unchanged BEFORE UPDATE ON sessions
    FOR EACH ROW EXECUTE FUNCTION omnictl_keep_signed_note();

CREATE TABLE session_note_addenda (
    organization_id uuid NOT NULL REFERENCES organizations (id),
    id              uuid NOT NULL DEFAULT gen_random_uuid(),
    session_id      uuid NOT NULL,
    author_id       uuid NOT NULL,
    written_at      timestamptz NOT NULL DEFAULT now(),
    text            text NOT NULL,

    CONSTRAINT session_note_addenda_pkey PRIMARY KEY (organization_id, id),
    CONSTRAINT session_note_addenda_session_fkey FOREIGN KEY (organization_id, session_id)
        REFERENCES sessions (organization_id, id),
    -- The author is a user of the same clinic.
    CONSTRAINT session_note_addenda_author_fkey FOREIGN KEY (organization_id, author_id)
        REFERENCES users (organization_id, id),
    CONSTRAINT session_note_addenda_text_present CHECK (length(btrim(text)) > 0)
);

CREATE INDEX session_note_addenda_session_idx ON session_note_addenda (organization_id, session_id, written_at);

-- Addenda are part of the record: appended, never edited or removed.
CREATE TRIGGER session_note_addenda_append_only BEFORE UPDATE OR DELETE ON session_note_addenda
    FOR EACH ROW EXECUTE FUNCTION omnictl_reject_change();
CREATE TRIGGER session_note_addenda_no_truncate BEFORE TRUNCATE ON session_note_addenda
    FOR EACH STATEMENT EXECUTE FUNCTION omnictl_reject_change();

-- The unit ledger: every change of an authorization's counters, with the appointment
-- or session that caused it. Append-only, so the counters can always be explained.
CREATE TABLE authorization_unit_events (
    organization_id  uuid NOT NULL REFERENCES organizations (id),
    id               uuid NOT NULL DEFAULT gen_random_uuid(),
    authorization_id uuid NOT NULL,
    kind             unit_event_kind NOT NULL,
    -- Signed changes of scheduled_units and used_units.
    scheduled_delta  integer NOT NULL DEFAULT 0,
    used_delta       integer NOT NULL DEFAULT 0,
    appointment_id   uuid,
    session_id       uuid,
    recorded_by      uuid,
    note             text,
    occurred_at      timestamptz NOT NULL DEFAULT now(),
    -- The ledger's order: one transaction's entries share occurred_at.
    entry_no         bigint GENERATED ALWAYS AS IDENTITY,

    CONSTRAINT authorization_unit_events_pkey PRIMARY KEY (organization_id, id),
    CONSTRAINT authorization_unit_events_authorization_fkey FOREIGN KEY (organization_id, authorization_id)
        REFERENCES authorizations (organization_id, id),
    CONSTRAINT authorization_unit_events_appointment_fkey FOREIGN KEY (organization_id, appointment_id)
        REFERENCES appointments (organization_id, id),
    CONSTRAINT authorization_unit_events_session_fkey FOREIGN KEY (organization_id, session_id)
        REFERENCES sessions (organization_id, id),
    CONSTRAINT authorization_unit_events_recorder_fkey FOREIGN KEY (organization_id, recorded_by)
        REFERENCES users (organization_id, id),
    -- Each kind moves the counters in its one direction: a reservation only adds to
    -- scheduled, a release only takes from it, a consumption moves reserved units to
    -- used; only an adjustment (opening balances, corrections) may do anything else.
    CONSTRAINT authorization_unit_events_delta_direction CHECK (
        CASE kind
            WHEN 'RESERVE' THEN scheduled_delta > 0 AND used_delta = 0
            WHEN 'RELEASE' THEN scheduled_delta < 0 AND used_delta = 0
            WHEN 'CONSUME' THEN scheduled_delta <= 0 AND used_delta >= 0
            ELSE scheduled_delta <> 0 OR used_delta <> 0
        END
    ),
    -- Reservations and releases always concern an appointment.
    CONSTRAINT authorization_unit_events_has_appointment CHECK (
        kind NOT IN ('RESERVE', 'RELEASE') OR appointment_id IS NOT NULL
    )
);

CREATE INDEX authorization_unit_events_authorization_idx
    ON authorization_unit_events (organization_id, authorization_id, occurred_at);

CREATE TRIGGER authorization_unit_events_append_only BEFORE UPDATE OR DELETE ON authorization_unit_events
    FOR EACH ROW EXECUTE FUNCTION omnictl_reject_change();
CREATE TRIGGER authorization_unit_events_no_truncate BEFORE TRUNCATE ON authorization_unit_events
    FOR EACH STATEMENT EXECUTE FUNCTION omnictl_reject_change();
