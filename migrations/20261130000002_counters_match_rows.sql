-- Counters equal their rows. An authorization's scheduled_units must equal the units
-- of its live appointments (SCHEDULED and IN_PROGRESS), and both of its counters the
-- sums of its ledger. The CHECKs on authorizations only bound the counters; a
-- transition that released a stale number of units kept the ledger and the counter in
-- step with each other while the appointments held more, and overbooking followed.
-- This check compares the counters with the rows themselves, at commit, for every
-- authorization a transaction touched through any of the three tables.

-- Refuses the transaction when the authorization's counters differ from its rows. Runs
-- inside the trigger function below (SECURITY DEFINER, owned by omnictl_definer, which
-- never bypasses row-level security) and enters the authorization's own organization
-- first: the check sees exactly that clinic's rows whatever the caller's context says,
-- so switching the context before commit cannot hide appointments from it.
--
-- `by_row_of` is the table whose row event asks. An appointment's or a ledger line's
-- event is answered by the authorization's own check when this transaction itself (not
-- a subtransaction) wrote the authorization's current row with units on it: every such
-- write queued that check (an UPDATE always does, an INSERT whenever a counter is not 0),
-- and checks run at commit on the final rows, so once per authorization is enough. xmin
-- is kept by the server: a client cannot make a row look written by its transaction.
CREATE FUNCTION omnictl_assert_authorization_counters(org uuid, auth uuid, by_row_of text) RETURNS void
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
DECLARE
    counters record;
    live bigint;
    ledger_scheduled bigint;
    ledger_used bigint;
BEGIN
    IF org IS NULL OR auth IS NULL THEN
        RETURN;
    END IF;
    PERFORM set_config('omnictl.organization_id', org::text, true);
    SELECT a.scheduled_units, a.used_units, a.xmin = pg_current_xact_id()::xid AS written_here INTO counters
      FROM authorizations a WHERE a.organization_id = org AND a.id = auth;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    IF by_row_of <> 'authorizations' AND counters.written_here
       AND (counters.scheduled_units <> 0 OR counters.used_units <> 0) THEN
        RETURN;
    END IF;
    SELECT coalesce(sum(ap.units), 0) INTO live
      FROM appointments ap
     WHERE ap.organization_id = org AND ap.authorization_id = auth AND ap.status IN ('SCHEDULED', 'IN_PROGRESS');
    SELECT coalesce(sum(e.scheduled_delta), 0), coalesce(sum(e.used_delta), 0) INTO ledger_scheduled, ledger_used
      FROM authorization_unit_events e
     WHERE e.organization_id = org AND e.authorization_id = auth;
    IF counters.scheduled_units <> live OR counters.scheduled_units <> ledger_scheduled
       OR counters.used_units <> ledger_used THEN
        RAISE EXCEPTION 'the units of authorization % do not match its rows: % scheduled but live appointments hold % '
                        '(ledger %), % used but the ledger says %',
                auth, counters.scheduled_units, live, ledger_scheduled, counters.used_units, ledger_used
            USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'authorizations_counters_match_rows',
                  HINT = 'Units move only with their appointment and ledger entry; omnictl auth check lists every difference.';
    END IF;
END
$$;

-- The function of the three triggers: one SECURITY DEFINER call per row event. (From
-- 20261201000001 on, the definer reads with a policy of its own and the check no
-- longer enters a context: it filters by the authorization's organization itself.)
CREATE FUNCTION omnictl_authorization_counters_match() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
BEGIN
    IF TG_TABLE_NAME = 'authorizations' THEN
        PERFORM omnictl_assert_authorization_counters(NEW.organization_id, NEW.id, TG_TABLE_NAME);
        RETURN NULL;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM omnictl_assert_authorization_counters(NEW.organization_id, NEW.authorization_id, TG_TABLE_NAME);
    END IF;
    -- An appointment moved to another authorization (or removed) changes the old one too.
    IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (OLD.authorization_id, OLD.organization_id)
                                                 IS DISTINCT FROM (NEW.authorization_id, NEW.organization_id)) THEN
        PERFORM omnictl_assert_authorization_counters(OLD.organization_id, OLD.authorization_id, TG_TABLE_NAME);
    END IF;
    RETURN NULL;
END
$$;

-- Deferred to commit: a transition changes the appointment, the counter and the ledger
-- in separate statements, and only the end result must agree. A transaction may ask
-- for the check earlier (SET CONSTRAINTS … IMMEDIATE), never skip it. The WHEN clauses
-- leave out only events that cannot break the rule by themselves: a new authorization
-- with no units moved (any appointment or ledger line pointing at it is checked on its
-- own), an appointment without an authorization or whose units and liveness stay the
-- same.
CREATE CONSTRAINT TRIGGER authorizations_counters_match_rows
    AFTER INSERT ON authorizations
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (NEW.scheduled_units <> 0 OR NEW.used_units <> 0)
    EXECUTE FUNCTION omnictl_authorization_counters_match();
-- Every UPDATE, whatever it changes: the appointments' and ledger's checks rely on it.
CREATE CONSTRAINT TRIGGER authorizations_counters_change_match_rows
    AFTER UPDATE ON authorizations
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION omnictl_authorization_counters_match();
CREATE CONSTRAINT TRIGGER appointments_counters_match_rows
    AFTER INSERT ON appointments
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (NEW.authorization_id IS NOT NULL)
    EXECUTE FUNCTION omnictl_authorization_counters_match();
CREATE CONSTRAINT TRIGGER appointments_counters_change_match_rows
    AFTER UPDATE ON appointments
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN ((OLD.units, OLD.authorization_id, OLD.organization_id,
                        OLD.status IN ('SCHEDULED', 'IN_PROGRESS'))
                       IS DISTINCT FROM (NEW.units, NEW.authorization_id, NEW.organization_id,
                                         NEW.status IN ('SCHEDULED', 'IN_PROGRESS')))
    EXECUTE FUNCTION omnictl_authorization_counters_match();
CREATE CONSTRAINT TRIGGER appointments_removed_match_rows
    AFTER DELETE ON appointments
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW WHEN (OLD.authorization_id IS NOT NULL)
    EXECUTE FUNCTION omnictl_authorization_counters_match();
CREATE CONSTRAINT TRIGGER authorization_unit_events_counters_match_rows
    AFTER INSERT ON authorization_unit_events
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION omnictl_authorization_counters_match();

-- Owned like every definer by omnictl_definer (see 20261130000001); only it calls the
-- check.
REVOKE ALL ON FUNCTION omnictl_assert_authorization_counters(uuid, uuid, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION omnictl_authorization_counters_match() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION omnictl_authorization_counters_match() TO omnictl_app;
GRANT CREATE ON SCHEMA public TO omnictl_definer;
ALTER FUNCTION omnictl_assert_authorization_counters(uuid, uuid, text) OWNER TO omnictl_definer;
ALTER FUNCTION omnictl_authorization_counters_match() OWNER TO omnictl_definer;
REVOKE CREATE ON SCHEMA public FROM omnictl_definer;
