-- Billed as delivered: concurrency for one patient as payers define it, caregiver
-- guidance without the patient, and an override of a code's daily maximum that documents
-- one day only.

-- Which codes may run at the same time for one patient, and whether the patient must be
-- there: the table in src/domain/concurrency.rs (a unit test keeps them equal). PRESENT:
-- the patient receives the service; ABSENT: never with the patient (97157,
-- multiple-family group guidance); EITHER: with or without, as booked (97156, family
-- guidance). `concurrent_with`: the codes it may run beside for one present patient, by
-- another provider — CPT recognises one pair, 97153 with 97155 (the QHP directing the
-- technician); two QHP services at once (97151 with 97155) are not billable together.
-- A code not listed needs the patient and runs beside nothing. Platform reference data:
-- clinics read it, only migrations write it.
CREATE TABLE service_concurrency (
    code             text PRIMARY KEY,
    patient_presence text NOT NULL,
    concurrent_with  text[] NOT NULL DEFAULT '{}',
    CONSTRAINT service_concurrency_presence CHECK (patient_presence IN ('PRESENT', 'ABSENT', 'EITHER')),
    -- A code without the patient occupies no patient time, so it pairs with nothing.
    CONSTRAINT service_concurrency_pairs_need_the_patient CHECK (patient_presence = 'PRESENT' OR concurrent_with = '{}')
);

INSERT INTO service_concurrency (code, patient_presence, concurrent_with) VALUES
    ('97151', 'PRESENT', '{}'),
    ('97152', 'PRESENT', '{}'),
    ('97153', 'PRESENT', '{97155}'),
    ('97154', 'PRESENT', '{}'),
    ('97155', 'PRESENT', '{97153}'),
    ('97156', 'EITHER', '{}'),
    ('97157', 'ABSENT', '{}'),
    ('97158', 'PRESENT', '{}'),
    ('0362T', 'PRESENT', '{}'),
    ('0373T', 'PRESENT', '{}');

GRANT SELECT ON service_concurrency TO omnictl_app;

-- Whether the appointment is delivered without the patient (caregiver guidance): it
-- occupies the practitioner, not the patient. 97157 is always without the patient.
ALTER TABLE appointments ADD COLUMN patient_absent boolean NOT NULL DEFAULT false;
UPDATE appointments SET patient_absent = true WHERE service_code = '97157';

-- The patient's exclusion constraint now leaves out appointments without the patient; it
-- still refuses two present services in one lane at once (97155 with 97155, any two
-- codes other than 97155), race-free. The trigger below refuses the rest of what the
-- table does not allow (97155 beside anything but 97153).
ALTER TABLE appointments DROP CONSTRAINT appointments_patient_no_overlap;
ALTER TABLE appointments ADD CONSTRAINT appointments_patient_no_overlap EXCLUDE USING gist (
    organization_id WITH =,
    patient_id WITH =,
    patient_lane WITH =,
    tstzrange(starts_at, ends_at) WITH &&
) WHERE (status NOT IN ('CANCELLED', 'NO_SHOW') AND NOT patient_absent);

-- Concurrency for one patient holds in the database, by the table: whatever the client,
-- an appointment's presence must be its code's (appointments_patient_presence), and two
-- live appointments of one present patient that overlap must be an allowed pair by two
-- providers (appointments_patient_concurrency). It takes the patient's booking lock (the
-- tool's lock_booking: pg_advisory_xact_lock on 'patient/ID'), so two logins racing to
-- book one patient's hour are compared one after the other. Checked when a row is
-- written or changes what it occupies, not when it only moves between live states (a
-- session starting or completing); rows booked before this migration stay as they are.
CREATE FUNCTION omnictl_patient_concurrency_holds() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
DECLARE
    mine service_concurrency%ROWTYPE;
    presence text;
    zone text;
    clash record;
BEGIN
    SELECT * INTO mine FROM service_concurrency c WHERE c.code = NEW.service_code;
    presence := coalesce(mine.patient_presence, 'PRESENT');
    IF presence = 'PRESENT' AND NEW.patient_absent THEN
        RAISE EXCEPTION '% is delivered to the patient, who must be there: only caregiver guidance is booked without the patient', NEW.service_code
            USING ERRCODE = 'check_violation', CONSTRAINT = 'appointments_patient_presence';
    ELSIF presence = 'ABSENT' AND NOT NEW.patient_absent THEN
        RAISE EXCEPTION '% is delivered without the patient (caregivers only): book it with the patient absent', NEW.service_code
            USING ERRCODE = 'check_violation', CONSTRAINT = 'appointments_patient_presence';
    END IF;
    IF NEW.status IN ('CANCELLED', 'NO_SHOW') OR NEW.patient_absent THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.status NOT IN ('CANCELLED', 'NO_SHOW')
       AND (OLD.starts_at, OLD.ends_at, OLD.service_code, OLD.patient_id, OLD.practitioner_id, OLD.patient_absent)
           IS NOT DISTINCT FROM (NEW.starts_at, NEW.ends_at, NEW.service_code, NEW.patient_id, NEW.practitioner_id, NEW.patient_absent) THEN
        RETURN NULL;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended('patient/' || NEW.patient_id::text, 0));
    SELECT o.time_zone INTO zone FROM organizations o WHERE o.id = NEW.organization_id;
    SELECT ap.id, ap.service_code, ap.starts_at AT TIME ZONE zone AS local_start, ap.ends_at AT TIME ZONE zone AS local_end
      INTO clash
      FROM appointments ap
      LEFT JOIN service_concurrency c ON c.code = ap.service_code
     WHERE ap.organization_id = NEW.organization_id AND ap.patient_id = NEW.patient_id AND ap.id <> NEW.id
       AND ap.status NOT IN ('CANCELLED', 'NO_SHOW') AND NOT ap.patient_absent
       AND tstzrange(ap.starts_at, ap.ends_at) && tstzrange(NEW.starts_at, NEW.ends_at)
       AND NOT (ap.practitioner_id <> NEW.practitioner_id
                AND ap.service_code = ANY (coalesce(mine.concurrent_with, '{}'))
                AND NEW.service_code = ANY (coalesce(c.concurrent_with, '{}')))
     ORDER BY ap.starts_at, ap.id
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'the patient is already booked for % from % to % (appointment %): % and % may not run at the same time for one patient',
                        clash.service_code, to_char(clash.local_start, 'YYYY-MM-DD HH24:MI'), to_char(clash.local_end, 'HH24:MI'),
                        clash.id, NEW.service_code, clash.service_code
            USING ERRCODE = 'exclusion_violation', CONSTRAINT = 'appointments_patient_concurrency',
                  HINT = 'Only 97155 beside 97153, by two providers, runs together for one patient (CPT); caregiver guidance without the patient (97156 booked --patient-absent, 97157) occupies the practitioner only.';
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER appointments_patient_concurrency
    AFTER INSERT OR UPDATE OF starts_at, ends_at, service_code, service_code_owner, patient_id, practitioner_id, status, patient_absent
    ON appointments FOR EACH ROW EXECUTE FUNCTION omnictl_patient_concurrency_holds();

-- The day an ADMIN's override of the daily maximum documents: the clinic's local date of
-- the start when it was written. An override documents that day only.
ALTER TABLE appointments ADD COLUMN daily_max_override_day date;
UPDATE appointments ap SET daily_max_override_day = (ap.starts_at AT TIME ZONE o.time_zone)::date
  FROM organizations o WHERE o.id = ap.organization_id AND ap.daily_max_override IS NOT NULL;
-- An override names its day, and only an override has one.
ALTER TABLE appointments ADD CONSTRAINT appointments_override_day
    CHECK ((daily_max_override IS NULL) = (daily_max_override_day IS NULL));

-- An override of the daily maximum documents one day: written (or written again for
-- another day, which only a clinic ADMIN may do, as appointments_override_by_admin says
-- for a new reason), it is dated with the appointment's day; moved to another day, the
-- old override is dropped, so the new day is counted against the maximum
-- (appointments_daily_max runs after this) unless an ADMIN writes one for it. Whatever
-- the client: a login's own UPDATE of starts_at cannot carry a reason to another day.
CREATE FUNCTION omnictl_override_one_day() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
DECLARE
    day date;
BEGIN
    IF NEW.daily_max_override IS NULL THEN
        NEW.daily_max_override_day := NULL;
        RETURN NEW;
    END IF;
    SELECT (NEW.starts_at AT TIME ZONE o.time_zone)::date INTO day FROM organizations o WHERE o.id = NEW.organization_id;
    IF TG_OP = 'INSERT' OR NEW.daily_max_override IS DISTINCT FROM OLD.daily_max_override THEN
        -- A new override (its author checked by appointments_override_by_admin): for this day.
        NEW.daily_max_override_day := day;
    ELSIF NEW.daily_max_override_day IS DISTINCT FROM OLD.daily_max_override_day THEN
        -- The same reason dated again is an override written for another day.
        IF omnictl_current_operator() IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM operator_logins l
                            WHERE l.login_role = session_user AND l.may_act
                              AND (l.is_super_admin OR (l.is_admin AND l.organization_id = NEW.organization_id))) THEN
            RAISE EXCEPTION 'only a clinic ADMIN may override a code''s daily maximum'
                USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'daily_max_override_by_admin';
        END IF;
        NEW.daily_max_override_day := day;
    END IF;
    IF NEW.daily_max_override_day IS DISTINCT FROM day THEN
        NEW.daily_max_override := NULL;
        NEW.daily_max_override_day := NULL;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER appointments_override_one_day
    BEFORE INSERT OR UPDATE OF starts_at, daily_max_override, daily_max_override_day ON appointments
    FOR EACH ROW EXECUTE FUNCTION omnictl_override_one_day();

-- The daily maximum is counted again when the override goes: the first version ran on
-- UPDATE OF the columns the statement names, so a move that dropped the override (the
-- trigger above) is still counted, as starts_at is named; the override's day is added.
DROP TRIGGER appointments_daily_max ON appointments;
CREATE TRIGGER appointments_daily_max
    AFTER INSERT OR UPDATE OF starts_at, units, service_code, service_code_owner, patient_id, daily_max_override,
                              daily_max_override_day
    ON appointments FOR EACH ROW EXECUTE FUNCTION omnictl_daily_max_holds();
