-- omnictl: additive
-- Test only (embedded by the feature upgrade-test-additive, never by a release): a table
-- older omnictl neither read nor fill.
CREATE TABLE upgrade_test_notes (id BIGINT PRIMARY KEY, note TEXT NOT NULL);
