-- `omnictl audit verify` recomputes the chain in Rust and reads the chain heads as rows,
-- not through omnictl_audit_chain_heads(): a function is the database's to replace,
-- and verification must not trust anything the database computes. Each operator reads
-- the heads of the chains they may read; only the linking trigger (as omnictl_definer)
-- writes them.
ALTER TABLE audit_chain_heads ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_chain_heads FORCE ROW LEVEL SECURITY;
CREATE POLICY heads_read ON audit_chain_heads FOR SELECT TO omnictl_app
    USING ((SELECT omnictl_platform_scope()) OR chain_key = (SELECT omnictl_current_organization()));
CREATE POLICY definer_links ON audit_chain_heads FOR ALL TO omnictl_definer USING (true) WITH CHECK (true);
GRANT SELECT ON audit_chain_heads TO omnictl_app;
