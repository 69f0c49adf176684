-- The date of service is what gets billed: where care happened, overrides of a code's
-- daily maximum with their reason, appointments left needing attention by a change of
-- their authorization or practitioner, and notes signed by who rendered the service.

-- Where a service happened, as the CMS place-of-service code the claim carries:
-- CLINIC 11, HOME 12, SCHOOL 03, COMMUNITY 99, TELEHEALTH 02 (not in the patient's
-- home), TELEHEALTH_HOME 10 (in the patient's home).
CREATE TYPE place_of_service AS ENUM ('CLINIC', 'HOME', 'SCHOOL', 'COMMUNITY', 'TELEHEALTH', 'TELEHEALTH_HOME');

ALTER TABLE organizations
    ADD COLUMN default_place_of_service place_of_service NOT NULL DEFAULT 'CLINIC',
    -- The modifier a telehealth claim carries: 95 (most commercial payers, Medicaid) or
    -- GT (payers that kept the older modifier).
    ADD COLUMN telehealth_modifier text NOT NULL DEFAULT '95',
    ADD CONSTRAINT organizations_telehealth_modifier CHECK (telehealth_modifier IN ('95', 'GT'));

ALTER TABLE appointments
    ADD COLUMN place_of_service place_of_service NOT NULL DEFAULT 'CLINIC',
    ADD COLUMN telehealth_modifier text,
    -- Why this appointment may pass the code's daily maximum (an ADMIN's documented
    -- override; every ABA code has MUE adjudication indicator 3).
    ADD COLUMN daily_max_override text,
    -- Why the appointment needs attention: a change of its authorization or practitioner
    -- that the operator chose to keep it through (`--keep-affected`).
    ADD COLUMN attention text,
    -- A telehealth claim carries its modifier; an in-person one carries none.
    ADD CONSTRAINT appointments_telehealth_modifier CHECK (
        CASE WHEN place_of_service IN ('TELEHEALTH', 'TELEHEALTH_HOME')
             THEN telehealth_modifier IN ('95', 'GT')
             ELSE telehealth_modifier IS NULL END
    ),
    -- An override is documented: it says why.
    ADD CONSTRAINT appointments_override_reason CHECK (
        daily_max_override IS NULL OR length(btrim(daily_max_override)) > 0
    ),
    ADD CONSTRAINT appointments_attention_reason CHECK (attention IS NULL OR length(btrim(attention)) > 0);

CREATE INDEX appointments_attention_idx ON appointments (organization_id, starts_at) WHERE attention IS NOT NULL;

ALTER TABLE sessions
    ADD COLUMN place_of_service place_of_service,
    ADD COLUMN telehealth_modifier text,
    ADD COLUMN daily_max_override text,
    -- The note as it was signed: the header rendered from the record, the narrative and
    -- the signature line. `note_text` is the narrative alone.
    ADD COLUMN signed_note text,
    -- Who signed, as the signature line printed them (their credential may change later).
    ADD COLUMN signer_name text,
    ADD COLUMN signer_credential text,
    ADD COLUMN cosigned_by uuid,
    ADD COLUMN cosigned_at timestamptz,
    ADD COLUMN cosigner_name text,
    ADD COLUMN cosigner_credential text,
    ADD CONSTRAINT sessions_cosigner_fkey FOREIGN KEY (organization_id, cosigned_by)
        REFERENCES users (organization_id, id),
    ADD CONSTRAINT sessions_telehealth_modifier CHECK (
        CASE WHEN place_of_service IN ('TELEHEALTH', 'TELEHEALTH_HOME')
             THEN telehealth_modifier IN ('95', 'GT')
             ELSE telehealth_modifier IS NULL END
    ),
    ADD CONSTRAINT sessions_override_reason CHECK (
        daily_max_override IS NULL OR length(btrim(daily_max_override)) > 0
    ),
    -- A co-signature names who and when, and comes after the signature.
    ADD CONSTRAINT sessions_cosignature_complete CHECK (
        (cosigned_by IS NULL AND cosigned_at IS NULL)
        OR (cosigned_by IS NOT NULL AND cosigned_at IS NOT NULL AND note_status = 'SIGNED')
    );

-- Sessions carry where they happened: those started before this migration, where their
-- appointment was.
UPDATE sessions s SET place_of_service = ap.place_of_service
  FROM appointments ap WHERE ap.organization_id = s.organization_id AND ap.id = s.appointment_id;
ALTER TABLE sessions ALTER COLUMN place_of_service SET NOT NULL,
                     ALTER COLUMN place_of_service SET DEFAULT 'CLINIC';

-- A note is signed only once its session is completed: care not yet delivered has no
-- note to attest. NOT VALID: notes signed before this rule stay as signed (they cannot
-- change), and every later change is checked.
ALTER TABLE sessions ADD CONSTRAINT sessions_signed_after_completion
    CHECK (note_status = 'DRAFT' OR status = 'COMPLETED') NOT VALID;

-- A signed note is a legal record: its text, status, signature and co-signature never
-- change once made. Replaces the first version, which knew no co-signature.
CREATE OR REPLACE FUNCTION omnictl_keep_signed_note() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF OLD.note_status = 'SIGNED' AND (
        NEW.note_status IS DISTINCT FROM OLD.note_status
        OR NEW.note_text IS DISTINCT FROM OLD.note_text
        OR NEW.signed_note IS DISTINCT FROM OLD.signed_note
        OR NEW.signed_by IS DISTINCT FROM OLD.signed_by
        OR NEW.signed_at IS DISTINCT FROM OLD.signed_at
        OR NEW.signer_name IS DISTINCT FROM OLD.signer_name
        OR NEW.signer_credential IS DISTINCT FROM OLD.signer_credential
        OR NEW.place_of_service IS DISTINCT FROM OLD.place_of_service
    ) THEN
        RAISE EXCEPTION 'the session note was signed on % and cannot change; add an addendum instead', OLD.signed_at
            USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'sessions_signed_note_unchanged';
    END IF;
    IF OLD.cosigned_by IS NOT NULL AND (
        NEW.cosigned_by IS DISTINCT FROM OLD.cosigned_by
        OR NEW.cosigned_at IS DISTINCT FROM OLD.cosigned_at
        OR NEW.cosigner_name IS DISTINCT FROM OLD.cosigner_name
        OR NEW.cosigner_credential IS DISTINCT FROM OLD.cosigner_credential
    ) THEN
        RAISE EXCEPTION 'the session note was co-signed on % and the co-signature cannot change', OLD.cosigned_at
            USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'sessions_signed_note_unchanged';
    END IF;
    RETURN NEW;
END
$$;

-- Who may sign: only the user linked to the practitioner who rendered the service signs
-- the note; a co-signature is a BCBA's or BCBA-D's (a supervisor other than the
-- renderer). An operator signs only as themselves: their login decides, not a column
-- the client writes. Checked here, so raw SQL with a clinic's own login obeys it too.
CREATE FUNCTION omnictl_check_note_signature() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
DECLARE
    operator uuid := omnictl_current_operator();
    renderer uuid;
    renderer_practitioner uuid;
BEGIN
    SELECT pr.user_id, pr.id INTO renderer, renderer_practitioner
      FROM appointments ap
      JOIN practitioners pr ON pr.organization_id = ap.organization_id AND pr.id = ap.practitioner_id
     WHERE ap.organization_id = NEW.organization_id AND ap.id = NEW.appointment_id;
    IF NEW.note_status = 'SIGNED' AND OLD.note_status = 'DRAFT' THEN
        IF renderer IS NULL OR NEW.signed_by IS DISTINCT FROM renderer THEN
            RAISE EXCEPTION 'only the rendering practitioner''s own user may sign this note'
                USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'sessions_signed_by_renderer';
        END IF;
        IF operator IS NOT NULL AND NEW.signed_by IS DISTINCT FROM operator THEN
            RAISE EXCEPTION 'an operator signs a note only as themselves'
                USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'sessions_signed_by_renderer';
        END IF;
    END IF;
    IF NEW.cosigned_by IS NOT NULL AND OLD.cosigned_by IS NULL THEN
        IF NEW.cosigned_by = renderer OR NOT EXISTS (
            SELECT 1 FROM practitioners pr
             WHERE pr.organization_id = NEW.organization_id AND pr.user_id = NEW.cosigned_by AND pr.is_active
               AND pr.credentials && ARRAY['BCBA', 'BCBA-D']::credential[]) THEN
            RAISE EXCEPTION 'a co-signature is a supervising BCBA''s or BCBA-D''s, other than the rendering practitioner'
                USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'sessions_cosigned_by_supervisor';
        END IF;
        IF operator IS NOT NULL AND NEW.cosigned_by IS DISTINCT FROM operator THEN
            RAISE EXCEPTION 'an operator co-signs a note only as themselves'
                USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'sessions_cosigned_by_supervisor';
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER sessions_signature_by_renderer BEFORE UPDATE ON sessions
    FOR EACH ROW EXECUTE FUNCTION omnictl_check_note_signature();

-- Passing a code's daily maximum is a clinic ADMIN's documented decision: an operator
-- who is not one cannot write an override, whatever statement they send.
CREATE FUNCTION omnictl_check_daily_max_override() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
BEGIN
    IF NEW.daily_max_override IS NOT NULL
       AND (TG_OP = 'INSERT' OR NEW.daily_max_override IS DISTINCT FROM OLD.daily_max_override)
       AND omnictl_current_operator() IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM operator_logins l
                        WHERE l.login_role = session_user AND l.may_act
                          AND (l.is_super_admin OR (l.is_admin AND l.organization_id = NEW.organization_id))) THEN
        RAISE EXCEPTION 'only a clinic ADMIN may override a code''s daily maximum'
            USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'daily_max_override_by_admin';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER appointments_override_by_admin BEFORE INSERT OR UPDATE OF daily_max_override ON appointments
    FOR EACH ROW EXECUTE FUNCTION omnictl_check_daily_max_override();
CREATE TRIGGER sessions_override_by_admin BEFORE INSERT OR UPDATE OF daily_max_override ON sessions
    FOR EACH ROW EXECUTE FUNCTION omnictl_check_daily_max_override();

-- Supervision the clinic records besides a 97155 overlapping the technician's session
-- (a BACB RBT needs 5% of their direct hours supervised each month, in at least two
-- contacts, one of them observed with a client).
CREATE TABLE supervision_contacts (
    organization_id  uuid NOT NULL REFERENCES organizations (id),
    id               uuid NOT NULL DEFAULT gen_random_uuid(),
    technician_id    uuid NOT NULL,
    supervisor_id    uuid NOT NULL,
    starts_at        timestamptz NOT NULL,
    minutes          integer NOT NULL,
    with_client      boolean NOT NULL,
    recorded_by      uuid,
    created_at       timestamptz NOT NULL DEFAULT now(),

    CONSTRAINT supervision_contacts_pkey PRIMARY KEY (organization_id, id),
    CONSTRAINT supervision_contacts_technician_fkey FOREIGN KEY (organization_id, technician_id)
        REFERENCES practitioners (organization_id, id),
    CONSTRAINT supervision_contacts_supervisor_fkey FOREIGN KEY (organization_id, supervisor_id)
        REFERENCES practitioners (organization_id, id),
    CONSTRAINT supervision_contacts_recorder_fkey FOREIGN KEY (organization_id, recorded_by)
        REFERENCES users (organization_id, id),
    -- Nobody supervises themselves.
    CONSTRAINT supervision_contacts_two_people CHECK (technician_id <> supervisor_id),
    -- A contact lasts, and no longer than a day.
    CONSTRAINT supervision_contacts_minutes CHECK (minutes BETWEEN 1 AND 1440)
);

CREATE INDEX supervision_contacts_technician_idx ON supervision_contacts (organization_id, technician_id, starts_at);

ALTER TABLE supervision_contacts ENABLE ROW LEVEL SECURITY;
ALTER TABLE supervision_contacts FORCE ROW LEVEL SECURITY;
-- A clinic's configuration row: its users, and a super admin in its context.
CREATE POLICY supervision_contacts_clinic ON supervision_contacts FOR ALL TO omnictl_app
    USING (organization_id = (SELECT omnictl_current_organization()))
    WITH CHECK (organization_id = (SELECT omnictl_current_organization()));
GRANT SELECT, INSERT ON supervision_contacts TO omnictl_app;

-- `session notes-unsigned` across the platform for a super admin: which clinic, which
-- session, who rendered it and when it ended — no patient data, so no grant is needed.
GRANT SELECT ON sessions TO omnictl_definer;
CREATE POLICY definer_reads ON sessions FOR SELECT TO omnictl_definer USING (true);
CREATE FUNCTION omnictl_unsigned_notes(older_than interval)
    RETURNS TABLE (organization_slug text, session_id uuid, practitioner_name text, service_code text,
                   ended_at timestamptz, local_end timestamp)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
SELECT o.slug, s.id, pr.name, ap.service_code, s.ended_at, s.ended_at AT TIME ZONE o.time_zone
  FROM sessions s
  JOIN organizations o ON o.id = s.organization_id
  JOIN appointments ap ON ap.organization_id = s.organization_id AND ap.id = s.appointment_id
  JOIN practitioners pr ON pr.organization_id = ap.organization_id AND pr.id = ap.practitioner_id
 WHERE s.status = 'COMPLETED' AND s.note_status = 'DRAFT' AND s.ended_at < now() - older_than
   AND (omnictl_platform_scope() OR s.organization_id = omnictl_current_organization())
 ORDER BY s.ended_at, s.id
$$;
-- A new owner needs CREATE on the schema at the moment of the change; it keeps none.
GRANT CREATE ON SCHEMA public TO omnictl_definer;
ALTER FUNCTION omnictl_unsigned_notes(interval) OWNER TO omnictl_definer;
REVOKE CREATE ON SCHEMA public FROM omnictl_definer;
REVOKE ALL ON FUNCTION omnictl_unsigned_notes(interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION omnictl_unsigned_notes(interval) TO omnictl_app;
