-- Test only (embedded by the feature upgrade-test-breaking, never by a release): a column
-- every new practitioner must fill, which older omnictl do not know to fill. No additive
-- marker: older omnictl must refuse this schema.
ALTER TABLE practitioners ADD COLUMN upgrade_test_licence TEXT NOT NULL DEFAULT 'x';
ALTER TABLE practitioners ALTER COLUMN upgrade_test_licence DROP DEFAULT;
