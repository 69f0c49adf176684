-- omnictl: additive
-- The size of a group present at delivery is recorded with the session when it
-- completes (issue 25, "A group is who was there"): the note renders the group as it
-- was billed, and a member's session cancelled later does not change an already-billed
-- group's note.

ALTER TABLE sessions ADD COLUMN group_present integer;
-- A group is 2 to 8 patients present (CPT 97154/97157/97158).
ALTER TABLE sessions ADD CONSTRAINT sessions_group_present_size
    CHECK (group_present IS NULL OR group_present BETWEEN 2 AND 8);
-- Only a completed session was billed for a group present.
ALTER TABLE sessions ADD CONSTRAINT sessions_group_present_when_completed
    CHECK (group_present IS NULL OR status = 'COMPLETED');

-- The count the database checks at completion is the one recorded: written here from
-- the sessions present, never from the client, and never changed afterwards (a raw
-- UPDATE of group_present on a completed session keeps the recorded size; before
-- completion it stays empty).
CREATE OR REPLACE FUNCTION omnictl_group_present() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
DECLARE
    g uuid;
    present bigint;
BEGIN
    IF OLD.status = 'COMPLETED' OR NEW.status <> 'COMPLETED' THEN
        NEW.group_present := OLD.group_present;
        RETURN NEW;
    END IF;
    NEW.group_present := NULL;
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
    NEW.group_present := present;
    RETURN NEW;
END
$$;
-- Fired by any UPDATE naming group_present too, so that it cannot be rewritten.
DROP TRIGGER sessions_group_present ON sessions;
CREATE TRIGGER sessions_group_present BEFORE UPDATE OF status, group_present ON sessions
    FOR EACH ROW EXECUTE FUNCTION omnictl_group_present();
