-- A code's daily maximum of units per patient holds in the database, not only in the
-- tool's booking statement: a login's own INSERT or UPDATE of appointments that takes a
-- patient's day past the maximum is refused unless the row carries an ADMIN's recorded
-- override (daily_max_override, which only an ADMIN may set: appointments_override_by_admin).
--
-- The day is the clinic's local date of the start. Cancelled and no-show appointments
-- do not count. The check runs when a booking adds units to a day (a new appointment,
-- or one moved, lengthened, given another code or patient, or stripped of its override),
-- not when a session starts or completes (a day already over its maximum by an
-- override stays as it is). It takes the patient's booking lock (the tool's
-- lock_booking: pg_advisory_xact_lock on 'patient/ID'), so two logins racing to fill one
-- day are counted one after the other.
CREATE FUNCTION omnictl_daily_max_holds() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
DECLARE
    most integer;
    zone text;
    day date;
    booked bigint;
BEGIN
    IF NEW.status IN ('CANCELLED', 'NO_SHOW') OR NEW.daily_max_override IS NOT NULL THEN
        RETURN NULL;
    END IF;
    SELECT s.max_units_per_day INTO most
      FROM service_codes s WHERE s.owner_key = NEW.service_code_owner AND s.code = NEW.service_code;
    IF most IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT o.time_zone INTO zone FROM organizations o WHERE o.id = NEW.organization_id;
    day := (NEW.starts_at AT TIME ZONE zone)::date;
    PERFORM pg_advisory_xact_lock(hashtextextended('patient/' || NEW.patient_id::text, 0));
    SELECT coalesce(sum(ap.units), 0) INTO booked
      FROM appointments ap
     WHERE ap.organization_id = NEW.organization_id AND ap.patient_id = NEW.patient_id
       AND ap.service_code = NEW.service_code
       AND ap.starts_at >= day::timestamp AT TIME ZONE zone AND ap.starts_at < (day + 1)::timestamp AT TIME ZONE zone
       AND ap.status NOT IN ('CANCELLED', 'NO_SHOW');
    IF booked > most THEN
        RAISE EXCEPTION '% units of % for one patient on % pass its daily maximum of %', booked, NEW.service_code, day, most
            USING ERRCODE = 'check_violation', CONSTRAINT = 'appointments_daily_max',
                  HINT = 'A clinic ADMIN may book past it with a recorded reason (--override-daily-max --reason).';
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER appointments_daily_max
    AFTER INSERT OR UPDATE OF starts_at, units, service_code, service_code_owner, patient_id, daily_max_override
    ON appointments FOR EACH ROW EXECUTE FUNCTION omnictl_daily_max_holds();
