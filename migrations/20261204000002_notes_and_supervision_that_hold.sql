-- Notes that support their code, and supervision by who may supervise (issue 25, items
-- 6 and 7), held by the database for raw SQL as the tool holds them:
-- * a narrative or an addendum never holds a line that reads as a line the record
--   renders (the header, a signature or co-signature, the draft mark);
-- * an addendum is signed from the record: its author's name and credential, and its
--   time, written here from the login, never from the client;
-- * a co-signer holds a credential valid on the date of service and is the
--   technician's supervisor of record;
-- * a supervision contact is an RBT's, by a BCBA, BCBA-D or BCaBA.

-- The first line of `body` that reads as a header, signature or co-signature line, as
-- 'line N: TEXT', or NULL. The same rule as `domain::session::line_reads_as` (a test runs
-- the same examples through both): lines split at \r\n, \r, \n, U+2028 and U+2029;
-- invisible characters removed, then NFKC; ASCII case ignored; S is any run of
-- characters but ASCII letters and digits:
--   ^S LABEL S :                      a header label then a colon
--   ^S session S note S $             the note's title alone
--   ^S (co|counter|electronically|digitally|e)? S signed S … by   a signature
--   ^S (addendum|rendered) S … by     an addendum's signature, the renderer's line
CREATE FUNCTION omnictl_forged_note_line(body text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
SELECT 'line ' || l.n || ': ' || l.line
  FROM regexp_split_to_table(body, E'\r\n|[\r\n\u2028\u2029]') WITH ORDINALITY AS l(line, n)
 WHERE normalize(regexp_replace(l.line, E'[\u00ad\u034f\u180e\u200b-\u200f\u2060-\u2064\ufeff]', '', 'g'), NFKC)
       ~* ('^[^a-z0-9]*('
           || '(session[^a-z0-9]*note|patient[^a-z0-9]*present|patient|date[^a-z0-9]*of[^a-z0-9]*service|place[^a-z0-9]*of[^a-z0-9]*service'
           || '|place|service[^a-z0-9]*code|service|rendered[^a-z0-9]*by|participants|draft|co[^a-z0-9]*signed'
           || '|signed|co[^a-z0-9]*signature|signature|supervisor|addendum|no[^a-z0-9]*data[^a-z0-9]*reason)'
           || E'[^a-z0-9]*[:\u2236\ua789]'
           || '|session[^a-z0-9]*note[^a-z0-9]*$'
           || '|((co|counter|electronically|digitally|e)[^a-z0-9]*)?signed[^a-z0-9](.*[^a-z0-9])?by([^a-z0-9]|$)'
           || '|(addendum|rendered)[^a-z0-9](.*[^a-z0-9])?by([^a-z0-9]|$)'
           || ')')
 ORDER BY l.n
 LIMIT 1
$$;

-- A session's narrative never restates the header or a signature (sessions_note_text_not_forged):
-- checked whenever the text is written, so a note signed before this rule can still be
-- co-signed.
CREATE FUNCTION omnictl_check_note_text() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
DECLARE
    forged text;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.note_text IS NOT DISTINCT FROM OLD.note_text THEN
        RETURN NEW;
    END IF;
    forged := omnictl_forged_note_line(NEW.note_text);
    IF forged IS NOT NULL THEN
        RAISE EXCEPTION 'the narrative''s % reads as a header, signature or co-signature line, which only the record renders', forged
            USING ERRCODE = 'check_violation', CONSTRAINT = 'sessions_note_text_not_forged';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER sessions_note_text_not_forged BEFORE INSERT OR UPDATE OF note_text ON sessions
    FOR EACH ROW EXECUTE FUNCTION omnictl_check_note_text();

-- An addendum is signed like a note: its author's name and credential (their
-- practitioner's when linked, else their clinic role) as the record has them when it is
-- written. Rows written before this migration have none and are shown with the author's
-- record as it is now.
ALTER TABLE session_note_addenda ADD COLUMN author_name text;
ALTER TABLE session_note_addenda ADD COLUMN author_credential text;
COMMENT ON COLUMN session_note_addenda.author_name IS
    'The author''s name when the addendum was written (their practitioner''s, else their user''s).';
COMMENT ON COLUMN session_note_addenda.author_credential IS
    'The author''s credential when the addendum was written (their practitioner''s, else their clinic role).';

-- Written from the login (session_note_addenda_signed_by_author): an operator adds an
-- addendum only as themselves; its time is the transaction's; its name and credential
-- the record's, whatever the client sent; its text holds no header or signature line.
CREATE FUNCTION omnictl_sign_addendum() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
DECLARE
    operator uuid := omnictl_current_operator();
    forged text;
BEGIN
    IF operator IS NOT NULL AND NEW.author_id IS DISTINCT FROM operator THEN
        RAISE EXCEPTION 'an operator writes an addendum only as themselves'
            USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'session_note_addenda_signed_by_author';
    END IF;
    forged := omnictl_forged_note_line(NEW.text);
    IF forged IS NOT NULL THEN
        RAISE EXCEPTION 'the addendum''s % reads as a header, signature or co-signature line, which only the record renders', forged
            USING ERRCODE = 'check_violation', CONSTRAINT = 'session_note_addenda_text_not_forged';
    END IF;
    NEW.written_at := now();
    SELECT coalesce(pr.name, u.name),
           coalesce(array_to_string(pr.credentials, '/'), u.role::text)
      INTO NEW.author_name, NEW.author_credential
      FROM users u
      LEFT JOIN practitioners pr ON pr.organization_id = u.organization_id AND pr.user_id = u.id
     WHERE u.organization_id = NEW.organization_id AND u.id = NEW.author_id;
    RETURN NEW;
END
$$;
CREATE TRIGGER session_note_addenda_signed_by_author BEFORE INSERT ON session_note_addenda
    FOR EACH ROW EXECUTE FUNCTION omnictl_sign_addendum();

-- A supervision contact is an RBT's, by a BCBA, BCBA-D or BCaBA (the BACB's RBT
-- supervision requirements): supervision_contacts_by_a_supervisor.
CREATE FUNCTION omnictl_check_supervision_contact() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM practitioners pr
                    WHERE pr.organization_id = NEW.organization_id AND pr.id = NEW.technician_id
                      AND 'RBT' = ANY (pr.credentials)) THEN
        RAISE EXCEPTION 'a supervision contact is an RBT''s'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'supervision_contacts_by_a_supervisor';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM practitioners pr
                    WHERE pr.organization_id = NEW.organization_id AND pr.id = NEW.supervisor_id
                      AND pr.credentials && ARRAY['BCBA-D', 'BCBA', 'BCaBA']::credential[]) THEN
        RAISE EXCEPTION 'an RBT is supervised by a BCBA, BCBA-D or BCaBA'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'supervision_contacts_by_a_supervisor';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER supervision_contacts_by_a_supervisor BEFORE INSERT OR UPDATE ON supervision_contacts
    FOR EACH ROW EXECUTE FUNCTION omnictl_check_supervision_contact();

-- Signing and co-signing, as in 20261203000003, and besides, for a co-signature
-- (sessions_cosigner_credential_valid, sessions_cosigned_by_supervisor_of_record):
-- * the co-signer's credential is valid on the date of service (credential_valid_until
--   on or after the session's date on the clinic's clock; none recorded is no end, as for
--   booking); being active is not enough;
-- * the co-signer is the technician's supervisor of record: they rendered a completed
--   97155 with the same patient overlapping the session, or a supervision contact with
--   the technician is recorded in the session's month.
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
    service_day date;
BEGIN
    IF NEW.rendered_by IS DISTINCT FROM OLD.rendered_by THEN
        RAISE EXCEPTION 'who rendered a session never changes'
            USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'sessions_signed_by_renderer';
    END IF;
    IF NOT ((NEW.note_status = 'SIGNED' AND OLD.note_status = 'DRAFT')
            OR (NEW.cosigned_by IS NOT NULL AND OLD.cosigned_by IS NULL)) THEN
        RETURN NEW;
    END IF;
    SELECT pr.id, pr.user_id, pr.name, array_to_string(pr.credentials, '/') AS credential, ap.patient_id
      INTO rendering
      FROM appointments ap
      JOIN practitioners pr ON pr.organization_id = ap.organization_id AND pr.id = ap.practitioner_id
     WHERE ap.organization_id = NEW.organization_id AND ap.id = NEW.appointment_id;
    renderer := coalesce(OLD.rendered_by, rendering.user_id);
    SELECT o.time_zone INTO zone FROM organizations o WHERE o.id = NEW.organization_id;
    IF NEW.note_status = 'SIGNED' AND OLD.note_status = 'DRAFT' THEN
        IF renderer IS NULL OR NEW.signed_by IS DISTINCT FROM renderer THEN
            RAISE EXCEPTION 'only the user who rendered the session (linked to its practitioner when it started) may sign its note'
                USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'sessions_signed_by_renderer';
        END IF;
        IF operator IS NOT NULL AND NEW.signed_by IS DISTINCT FROM operator THEN
            RAISE EXCEPTION 'an operator signs a note only as themselves'
                USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'sessions_signed_by_renderer';
        END IF;
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
        SELECT pr.id, pr.name, array_to_string(pr.credentials, '/') AS credential, pr.credential_valid_until
          INTO supervisor
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
        service_day := (NEW.started_at AT TIME ZONE zone)::date;
        IF supervisor.credential_valid_until < service_day THEN
            RAISE EXCEPTION 'the co-signer''s credential was valid until %, before the date of service %',
                    supervisor.credential_valid_until, service_day
                USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'sessions_cosigner_credential_valid';
        END IF;
        IF NOT EXISTS (
               SELECT 1 FROM appointments ap2
                 JOIN sessions s2 ON s2.organization_id = ap2.organization_id AND s2.appointment_id = ap2.id
                WHERE ap2.organization_id = NEW.organization_id AND ap2.practitioner_id = supervisor.id
                  AND ap2.patient_id = rendering.patient_id AND ap2.service_code = '97155'
                  AND s2.status = 'COMPLETED'
                  AND tstzrange(s2.started_at, s2.ended_at) && tstzrange(NEW.started_at, NEW.ended_at))
           AND NOT EXISTS (
               SELECT 1 FROM supervision_contacts c
                WHERE c.organization_id = NEW.organization_id AND c.technician_id = rendering.id
                  AND c.supervisor_id = supervisor.id
                  AND c.starts_at >= date_trunc('month', service_day::timestamp)::timestamp AT TIME ZONE zone
                  AND c.starts_at < (date_trunc('month', service_day::timestamp) + interval '1 month')::timestamp AT TIME ZONE zone)
        THEN
            RAISE EXCEPTION 'the co-signer is not the technician''s supervisor of record: no 97155 of theirs overlapped the session and no supervision contact with the technician is recorded in its month'
                USING ERRCODE = 'insufficient_privilege', CONSTRAINT = 'sessions_cosigned_by_supervisor_of_record';
        END IF;
        NEW.cosigned_at := now();
        NEW.cosigner_name := supervisor.name;
        NEW.cosigner_credential := supervisor.credential;
    END IF;
    RETURN NEW;
END
$$;
