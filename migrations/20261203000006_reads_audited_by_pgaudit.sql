-- Reads of patient data by any login, through the tool or not, go to the server's log:
-- pgAudit's object auditing logs every statement that touches a table its audit role
-- (pgaudit.role) may read. The role is omnictl_auditor; it cannot log in and is granted
-- nothing but SELECT on the tables that hold patient data, which is what makes a read of
-- them logged (it gives no one access). The tool's actions stay in the hash-chained
-- trail; raw reads are in pgAudit's log.
--
-- Loading pgAudit (shared_preload_libraries) and setting pgaudit.role and pgaudit.log
-- need the server's superuser (object and role auditing need the library only, not its
-- extension, whose DDL event triggers would be SECURITY DEFINER functions of a superuser): the local cluster does it itself (src/db/cluster.rs); on a
-- server, `omnictl doctor` says whether reads are audited and what a superuser must run.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'omnictl_auditor') THEN
        BEGIN
            CREATE ROLE omnictl_auditor NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;
            WHEN insufficient_privilege THEN
                RAISE NOTICE 'the migrating role % may not create the role omnictl_auditor: reads are not audited '
                             'until a superuser runs CREATE ROLE omnictl_auditor NOLOGIN and omnictl migrate run '
                             'is run again (omnictl doctor says so)', current_user;
        END;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'omnictl_auditor') THEN
        GRANT SELECT ON patients, patient_insurances, sessions, session_events, session_note_addenda
            TO omnictl_auditor;
    END IF;
END
$$;
