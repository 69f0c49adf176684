-- omnictl: additive
-- Every line of a note's header has a label (issue 25): a session across midnight
-- labels each of its dates "Date of service:", its zone "Time zone:", and the minutes
-- delivered beyond the authorization "Not billed:". The narrative rule reads the two new
-- labels as header lines, so a narrative or addendum cannot hold a line that reads as
-- one of them (nor a second "Date of service:" line, already refused). The same rule as
-- `domain::session::line_reads_as`, whose HEADER_LABELS gained the same two labels
-- (tests/it/notes_support.rs runs the same examples through both).
CREATE OR REPLACE FUNCTION omnictl_forged_note_line(body text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    AS $$
SELECT 'line ' || l.n || ': ' || l.line
  FROM regexp_split_to_table(body, E'\r\n|[\r\n\u2028\u2029]') WITH ORDINALITY AS l(line, n)
 WHERE normalize(regexp_replace(l.line, E'[\u00ad\u034f\u180e\u200b-\u200f\u2060-\u2064\ufeff]', '', 'g'), NFKC)
       ~* ('^[^a-z0-9]*('
           || '(session[^a-z0-9]*note|patient[^a-z0-9]*present|patient|date[^a-z0-9]*of[^a-z0-9]*service|place[^a-z0-9]*of[^a-z0-9]*service'
           || '|place|service[^a-z0-9]*code|service|rendered[^a-z0-9]*by|participants|draft|co[^a-z0-9]*signed'
           || '|signed|co[^a-z0-9]*signature|signature|supervisor|addendum|no[^a-z0-9]*data[^a-z0-9]*reason'
           || '|time[^a-z0-9]*zone|not[^a-z0-9]*billed)'
           || E'[^a-z0-9]*[:\u2236\ua789]'
           || '|session[^a-z0-9]*note[^a-z0-9]*$'
           || '|((co|counter|electronically|digitally|e)[^a-z0-9]*)?signed[^a-z0-9](.*[^a-z0-9])?by([^a-z0-9]|$)'
           || '|(addendum|rendered)[^a-z0-9](.*[^a-z0-9])?by([^a-z0-9]|$)'
           || ')')
 ORDER BY l.n
 LIMIT 1
$$;
