-- omnictl: additive
-- A code's daily maximum counts each date of service an appointment touches (issue 25,
-- "Billed as delivered"): a booking that crosses midnight in the clinic's zone puts
-- each date's line of units on that date, as `session complete` bills it, instead of
-- all of its units on the date it starts. Booking 97153 22:00–02:00 and then the same
-- patient 02:00–10:00 the next date is refused here for any login, as the tool refuses
-- it, unless an ADMIN's override is recorded on the row.

-- The units an appointment (or session) of `units` over [starts_at, ends_at) counts on
-- `day`, a local date of the clinic: within one date, all of its units on that date;
-- across midnight, the line of that date (its elapsed minutes, counted from the start
-- and cut at each midnight) by the clinic's rule — midpoint, or the CMS 8-minute rule.
-- The tool's rule is the same function (`domain::billing::units_by_date`); the tests
-- compare the two.
CREATE FUNCTION omnictl_units_on_date(starts_at timestamptz, ends_at timestamptz, units integer,
                                      minutes_per_unit integer, rule units_rule, zone text, day date)
    RETURNS bigint
    LANGUAGE plpgsql STABLE
    SET search_path = public, pg_temp
    AS $$
DECLARE
    day_start timestamptz := day::timestamp AT TIME ZONE zone;
    next_start timestamptz := (day + 1)::timestamp AT TIME ZONE zone;
    first_date date := (starts_at AT TIME ZONE zone)::date;
    minutes bigint;
BEGIN
    IF ends_at <= starts_at OR starts_at >= next_start OR ends_at <= day_start THEN
        RETURN 0;
    END IF;
    IF ends_at <= (first_date + 1)::timestamp AT TIME ZONE zone THEN
        RETURN CASE WHEN first_date = day THEN units ELSE 0 END;
    END IF;
    minutes := floor(extract(epoch FROM least(ends_at, next_start) - starts_at) / 60)
             - floor(extract(epoch FROM greatest(starts_at, day_start) - starts_at) / 60);
    IF minutes <= 0 OR minutes_per_unit <= 0 THEN
        RETURN 0;
    END IF;
    IF rule = 'cms_8_minute' THEN
        RETURN CASE WHEN minutes < 8 THEN 0 ELSE (minutes + 7) / 15 END;
    END IF;
    RETURN minutes / minutes_per_unit + CASE WHEN minutes % minutes_per_unit >= minutes_per_unit / 2 + 1 THEN 1 ELSE 0 END;
END
$$;

-- The daily maximum per date of service (replacing the count by the date of the start):
-- for every date the row touches, the units of the patient's live appointments of the
-- code on that date (omnictl_units_on_date) may not pass the code's maximum, unless the
-- row carries an ADMIN's recorded override. As before it takes the patient's booking
-- lock, so racing logins are counted one after the other.
CREATE OR REPLACE FUNCTION omnictl_daily_max_holds() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
DECLARE
    most integer;
    per_unit integer;
    zone text;
    units_rule units_rule;
    day date;
    booked bigint;
BEGIN
    IF NEW.status IN ('CANCELLED', 'NO_SHOW') OR NEW.daily_max_override IS NOT NULL THEN
        RETURN NULL;
    END IF;
    SELECT s.max_units_per_day, s.minutes_per_unit INTO most, per_unit
      FROM service_codes s WHERE s.owner_key = NEW.service_code_owner AND s.code = NEW.service_code;
    IF most IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT o.time_zone, o.units_rule INTO zone, units_rule FROM organizations o WHERE o.id = NEW.organization_id;
    PERFORM pg_advisory_xact_lock(hashtextextended('patient/' || NEW.patient_id::text, 0));
    day := (NEW.starts_at AT TIME ZONE zone)::date;
    WHILE day::timestamp AT TIME ZONE zone < NEW.ends_at LOOP
        SELECT coalesce(sum(omnictl_units_on_date(ap.starts_at, ap.ends_at, ap.units, per_unit, units_rule, zone, day)), 0)
          INTO booked
          FROM appointments ap
         WHERE ap.organization_id = NEW.organization_id AND ap.patient_id = NEW.patient_id
           AND ap.service_code = NEW.service_code
           AND ap.starts_at < (day + 1)::timestamp AT TIME ZONE zone AND ap.ends_at > day::timestamp AT TIME ZONE zone
           AND ap.status NOT IN ('CANCELLED', 'NO_SHOW');
        IF booked > most THEN
            RAISE EXCEPTION '% units of % for one patient on % pass its daily maximum of %', booked, NEW.service_code, day, most
                USING ERRCODE = 'check_violation', CONSTRAINT = 'appointments_daily_max',
                      HINT = 'A clinic ADMIN may book past it with a recorded reason (--override-daily-max --reason).';
        END IF;
        day := day + 1;
    END LOOP;
    RETURN NULL;
END
$$;

-- A lengthened appointment reaches another date: counted again when its end moves too.
DROP TRIGGER appointments_daily_max ON appointments;
CREATE TRIGGER appointments_daily_max
    AFTER INSERT OR UPDATE OF starts_at, ends_at, units, service_code, service_code_owner, patient_id,
                              daily_max_override, daily_max_override_day
    ON appointments FOR EACH ROW EXECUTE FUNCTION omnictl_daily_max_holds();
