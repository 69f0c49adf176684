-- Billed as delivered: a session is billed as one line per date of service (care that
-- crosses midnight in the clinic's zone is two lines, each with its own units, daily
-- maximum and authorization); a group is the members present at delivery; and care
-- delivered while the practitioner was active stays billable after a deactivation.

-- One billed line per date of service of a completed session. The lines are written
-- with the completion and never change (as the ledger): what was billed for a date is
-- what a payer will compare with that date's maximum and authorization.
CREATE TABLE session_service_lines (
    organization_id  uuid NOT NULL REFERENCES organizations (id),
    id               uuid NOT NULL DEFAULT gen_random_uuid(),
    session_id       uuid NOT NULL,
    -- The clinic's local calendar date the care of this line was delivered on.
    date_of_service  date NOT NULL,
    starts_at        timestamptz NOT NULL,
    ends_at          timestamptz NOT NULL,
    minutes          integer NOT NULL,
    units            integer NOT NULL,
    -- The authorization that covers this date (the appointment's, or its renewal).
    authorization_id uuid,
    created_at       timestamptz NOT NULL DEFAULT now(),

    CONSTRAINT session_service_lines_pkey PRIMARY KEY (organization_id, id),
    -- One line per date of service of a session.
    CONSTRAINT session_service_lines_one_per_date UNIQUE (organization_id, session_id, date_of_service),
    CONSTRAINT session_service_lines_session_fkey FOREIGN KEY (organization_id, session_id)
        REFERENCES sessions (organization_id, id),
    CONSTRAINT session_service_lines_authorization_fkey FOREIGN KEY (organization_id, authorization_id)
        REFERENCES authorizations (organization_id, id),
    CONSTRAINT session_service_lines_time_order CHECK (ends_at > starts_at),
    -- Minutes are the elapsed minutes of the line; units are never negative.
    CONSTRAINT session_service_lines_minutes CHECK (minutes >= 0 AND minutes <= 1440),
    CONSTRAINT session_service_lines_units CHECK (units >= 0)
);

CREATE INDEX session_service_lines_day_idx ON session_service_lines (organization_id, date_of_service);

-- A line lies within one local date of the clinic, and that date is its
-- date_of_service: whatever the client sends, a line that crosses the clinic's
-- midnight, or is dated another day than the one it lies on, is refused.
CREATE FUNCTION omnictl_service_line_on_its_date() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
DECLARE
    zone text;
BEGIN
    SELECT o.time_zone INTO zone FROM organizations o WHERE o.id = NEW.organization_id;
    IF (NEW.starts_at AT TIME ZONE zone)::date <> NEW.date_of_service
       OR NEW.ends_at > (NEW.date_of_service + 1)::timestamp AT TIME ZONE zone THEN
        RAISE EXCEPTION 'a billed line lies within its date of service (%) in the clinic''s zone', NEW.date_of_service
            USING ERRCODE = 'check_violation', CONSTRAINT = 'session_service_lines_one_date';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER session_service_lines_one_date BEFORE INSERT ON session_service_lines
    FOR EACH ROW EXECUTE FUNCTION omnictl_service_line_on_its_date();

-- What was billed is never edited or removed (a correction is an ADJUST in the ledger).
CREATE TRIGGER session_service_lines_append_only BEFORE UPDATE OR DELETE ON session_service_lines
    FOR EACH ROW EXECUTE FUNCTION omnictl_reject_change();
CREATE TRIGGER session_service_lines_no_truncate BEFORE TRUNCATE ON session_service_lines
    FOR EACH STATEMENT EXECUTE FUNCTION omnictl_reject_change();

ALTER TABLE session_service_lines ENABLE ROW LEVEL SECURITY;
ALTER TABLE session_service_lines FORCE ROW LEVEL SECURITY;
INSERT INTO omnictl_role_rules (table_name, command, reach, why) VALUES
    ('session_service_lines', 'SELECT', 'patients', 'every clinic user reads what a session billed'),
    ('session_service_lines', 'INSERT', 'patients', 'every clinic user completes sessions');
CREATE POLICY role_rule_select ON session_service_lines FOR SELECT TO omnictl_app
    USING (organization_id = (SELECT public.omnictl_patient_organization()));
CREATE POLICY role_rule_insert ON session_service_lines FOR INSERT TO omnictl_app
    WITH CHECK (organization_id = (SELECT public.omnictl_patient_organization()));
GRANT SELECT, INSERT ON session_service_lines TO omnictl_app;

-- A write without the tool is on the record (as every table of 20261203000005).
CREATE TRIGGER session_service_lines_noted_insert AFTER INSERT ON session_service_lines
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION omnictl_note_write('organization_id');

-- Sessions completed before this migration: one line, on the date they started, with
-- the units they billed (history is not re-split).
ALTER TABLE session_service_lines DISABLE TRIGGER session_service_lines_one_date;
INSERT INTO session_service_lines (organization_id, session_id, date_of_service, starts_at, ends_at, minutes, units,
                                   authorization_id)
SELECT s.organization_id, s.id, (s.started_at AT TIME ZONE o.time_zone)::date, s.started_at,
       greatest(s.ended_at, s.started_at + interval '1 second'),
       coalesce((s.metrics->>'session_minutes')::integer, 0), coalesce((s.metrics->>'billed_units')::integer, 0),
       ap.authorization_id
  FROM sessions s
  JOIN organizations o ON o.id = s.organization_id
  JOIN appointments ap ON ap.organization_id = s.organization_id AND ap.id = s.appointment_id
 WHERE s.status = 'COMPLETED';
ALTER TABLE session_service_lines ENABLE TRIGGER session_service_lines_one_date;

-- When a practitioner stopped being active: care they delivered before it stays
-- billable, care after it is refused. Kept by the database from is_active, so raw SQL
-- cannot date a deactivation.
ALTER TABLE practitioners ADD COLUMN deactivated_at timestamptz;
UPDATE practitioners SET deactivated_at = updated_at WHERE NOT is_active;
-- Inactive exactly when it says since when.
ALTER TABLE practitioners ADD CONSTRAINT practitioners_deactivated_when
    CHECK ((is_active AND deactivated_at IS NULL) OR (NOT is_active AND deactivated_at IS NOT NULL));
CREATE FUNCTION omnictl_practitioner_deactivated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NEW.is_active THEN
        NEW.deactivated_at := NULL;
    ELSIF TG_OP = 'INSERT' OR OLD.is_active THEN
        NEW.deactivated_at := now();
    ELSE
        NEW.deactivated_at := OLD.deactivated_at;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER practitioners_deactivated_at BEFORE INSERT OR UPDATE ON practitioners
    FOR EACH ROW EXECUTE FUNCTION omnictl_practitioner_deactivated_at();

-- A group is its members: at commit, the live members of a group slot (not cancelled,
-- not a no-show) are none or 2 to 8, all in the same slot. Cancelling or moving a
-- member that would leave one patient alone under a group code is refused unless the
-- rest is cancelled too or converted to the individual code (CPT: 97154 and 97158 are
-- 2 to 8 patients, 97157 2 to 8 families).
CREATE FUNCTION omnictl_group_holds() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
DECLARE
    g uuid;
    live bigint;
    slots bigint;
BEGIN
    FOREACH g IN ARRAY ARRAY[NEW.group_id, CASE WHEN TG_OP = 'UPDATE' THEN OLD.group_id END] LOOP
        CONTINUE WHEN g IS NULL;
        SELECT count(*), count(DISTINCT (ap.starts_at, ap.ends_at)) INTO live, slots
          FROM appointments ap
         WHERE ap.organization_id = NEW.organization_id AND ap.group_id = g
           AND ap.status NOT IN ('CANCELLED', 'NO_SHOW');
        IF live = 1 OR live > 8 OR slots > 1 THEN
            RAISE EXCEPTION 'a group slot holds 2 to 8 live members at one time; this change leaves % in % slot(s)', live, slots
                USING ERRCODE = 'check_violation', CONSTRAINT = 'appointments_group_holds',
                      HINT = 'cancel the rest of the group (--cancel-group) or convert it to the individual code (--as-individual)';
        END IF;
    END LOOP;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER appointments_group_holds
    AFTER INSERT OR UPDATE OF status, group_id, starts_at, ends_at ON appointments
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION omnictl_group_holds();

-- A group code is billed for the group present at delivery: a member's session
-- completes under 97154/97157/97158 only while 2 to 8 of its group's sessions (in
-- progress or completed) overlap it. A member alone is converted to the individual code
-- first (`session complete --as-individual`).
CREATE FUNCTION omnictl_group_present() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
DECLARE
    g uuid;
    present bigint;
BEGIN
    IF NEW.status <> 'COMPLETED' OR OLD.status = 'COMPLETED' THEN
        RETURN NEW;
    END IF;
    SELECT ap.group_id INTO g FROM appointments ap
     WHERE ap.organization_id = NEW.organization_id AND ap.id = NEW.appointment_id;
    IF g IS NULL THEN
        RETURN NEW;
    END IF;
    SELECT count(*) INTO present
      FROM appointments ap
      JOIN sessions s ON s.organization_id = ap.organization_id AND s.appointment_id = ap.id
     WHERE ap.organization_id = NEW.organization_id AND ap.group_id = g
       AND (s.id = NEW.id OR (s.status IN ('IN_PROGRESS', 'COMPLETED')
            AND tstzrange(s.started_at, coalesce(s.ended_at, 'infinity')) && tstzrange(NEW.started_at, NEW.ended_at)));
    IF present NOT BETWEEN 2 AND 8 THEN
        RAISE EXCEPTION 'a group code is billed for 2 to 8 patients present; % present at delivery', present
            USING ERRCODE = 'check_violation', CONSTRAINT = 'sessions_group_present';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER sessions_group_present BEFORE UPDATE OF status ON sessions
    FOR EACH ROW EXECUTE FUNCTION omnictl_group_present();
