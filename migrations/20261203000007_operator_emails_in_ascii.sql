-- An operator's email names their login (omnictl_login_name lowers it; PostgreSQL's
-- lower() in a cluster without a locale folds ASCII only, as the tool does): it is plain
-- ASCII, trimmed, one @. A look-alike letter of another alphabet would make a second
-- address that reads as the first. NOT VALID: rows written before are left as they are;
-- every new or changed email is checked, whoever writes it.
ALTER TABLE users ADD CONSTRAINT users_email_ascii
    CHECK (email = btrim(email) AND email ~ '^[!-~]+@[!-~]+$' AND email !~ '@.*@') NOT VALID;
