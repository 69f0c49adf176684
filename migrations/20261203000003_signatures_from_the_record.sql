-- A signature says who rendered the care, as the record knows it, whoever sends the
-- statement. Until now the database checked that the signer was the user linked to the
-- rendering practitioner at the time of signing, and took the signer's name, credential,
-- time and signature line from the client: an ADMIN could relink the practitioner to
-- themselves, sign, and link back; any signer could write another name into the note.

-- The user linked to the rendering practitioner when the session started: the one who
-- may sign its note, whatever the link says later. Sessions started before this
-- migration take the link as it is now (NULL where the database's owner cannot read
-- them; the link at signing time is used for those).
ALTER TABLE sessions ADD COLUMN rendered_by uuid REFERENCES users (id);
COMMENT ON COLUMN sessions.rendered_by IS
    'The user linked to the rendering practitioner when the session started: who signs its note.';
UPDATE sessions s SET rendered_by = pr.user_id
  FROM appointments ap
  JOIN practitioners pr ON pr.organization_id = ap.organization_id AND pr.id = ap.practitioner_id
 WHERE ap.organization_id = s.organization_id AND ap.id = s.appointment_id;

-- Set at start from the appointment's practitioner, whatever the client sent.
CREATE FUNCTION omnictl_session_renderer() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
BEGIN
    NEW.rendered_by := (SELECT pr.user_id FROM appointments ap
                          JOIN practitioners pr ON pr.organization_id = ap.organization_id AND pr.id = ap.practitioner_id
                         WHERE ap.organization_id = NEW.organization_id AND ap.id = NEW.appointment_id);
    RETURN NEW;
END
$$;
CREATE TRIGGER sessions_renderer BEFORE INSERT ON sessions
    FOR EACH ROW EXECUTE FUNCTION omnictl_session_renderer();

-- Signing and co-signing, checked and written from the record:
-- * who rendered a session never changes;
-- * the note is signed by the user who rendered it (sessions_signed_by_renderer), as
--   themselves; its signer's name and credential are the rendering practitioner's, its
--   time the transaction's, and the signed text must end with the signature line those
--   make ("Signed by NAME, CREDENTIAL on YYYY-MM-DD HH:MM (ZONE)", the clinic's clock);
-- * a co-signature is a supervising BCBA's or BCBA-D's other than the renderer, as
--   themselves (sessions_cosigned_by_supervisor), with their name, credential and the
--   transaction's time.
CREATE OR REPLACE FUNCTION omnictl_check_note_signature() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
DECLARE
    operator uuid := omnictl_current_operator();
    rendering record;
    renderer uuid;
    supervisor record;
    zone text;
    line text;
BEGIN
    IF NEW.rendered_by IS DISTINCT FROM OLD.rendered_by THEN
        RAISE EXCEPTION 'who rendered a session never changes'
            USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'sessions_signed_by_renderer';
    END IF;
    IF NOT ((NEW.note_status = 'SIGNED' AND OLD.note_status = 'DRAFT')
            OR (NEW.cosigned_by IS NOT NULL AND OLD.cosigned_by IS NULL)) THEN
        RETURN NEW;
    END IF;
    SELECT pr.user_id, pr.name, array_to_string(pr.credentials, '/') AS credential INTO rendering
      FROM appointments ap
      JOIN practitioners pr ON pr.organization_id = ap.organization_id AND pr.id = ap.practitioner_id
     WHERE ap.organization_id = NEW.organization_id AND ap.id = NEW.appointment_id;
    renderer := coalesce(OLD.rendered_by, rendering.user_id);
    IF NEW.note_status = 'SIGNED' AND OLD.note_status = 'DRAFT' THEN
        IF renderer IS NULL OR NEW.signed_by IS DISTINCT FROM renderer THEN
            RAISE EXCEPTION 'only the user who rendered the session (linked to its practitioner when it started) may sign its note'
                USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'sessions_signed_by_renderer';
        END IF;
        IF operator IS NOT NULL AND NEW.signed_by IS DISTINCT FROM operator THEN
            RAISE EXCEPTION 'an operator signs a note only as themselves'
                USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'sessions_signed_by_renderer';
        END IF;
        SELECT o.time_zone INTO zone FROM organizations o WHERE o.id = NEW.organization_id;
        NEW.signed_at := now();
        NEW.signer_name := rendering.name;
        NEW.signer_credential := rendering.credential;
        line := format('Signed by %s, %s on %s (%s)', rendering.name, rendering.credential,
                       to_char(now() AT TIME ZONE zone, 'YYYY-MM-DD HH24:MI'), zone);
        IF NEW.signed_note IS NULL OR right(NEW.signed_note, length(line) + 1) IS DISTINCT FROM line || E'\n' THEN
            RAISE EXCEPTION 'a signed note ends with its signature as the record says it: %', line
                USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'sessions_signed_by_renderer';
        END IF;
    END IF;
    IF NEW.cosigned_by IS NOT NULL AND OLD.cosigned_by IS NULL THEN
        SELECT pr.name, array_to_string(pr.credentials, '/') AS credential INTO supervisor
          FROM practitioners pr
         WHERE pr.organization_id = NEW.organization_id AND pr.user_id = NEW.cosigned_by AND pr.is_active
           AND pr.credentials && ARRAY['BCBA', 'BCBA-D']::credential[];
        IF NOT FOUND OR NEW.cosigned_by = renderer THEN
            RAISE EXCEPTION 'a co-signature is a supervising BCBA''s or BCBA-D''s, other than the rendering practitioner'
                USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'sessions_cosigned_by_supervisor';
        END IF;
        IF operator IS NOT NULL AND NEW.cosigned_by IS DISTINCT FROM operator THEN
            RAISE EXCEPTION 'an operator co-signs a note only as themselves'
                USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'sessions_cosigned_by_supervisor';
        END IF;
        NEW.cosigned_at := now();
        NEW.cosigner_name := supervisor.name;
        NEW.cosigner_credential := supervisor.credential;
    END IF;
    RETURN NEW;
END
$$;
