-- omnictl: additive
-- The unit ledger's numbers drawn as the operator (issue 28, item 3). On one server an
-- INSERT into authorization_unit_events draws entry_no from its identity without a
-- privilege on the sequence; on Citus the coordinator draws it with nextval() as the
-- operator's own login before sending the row to the clinic's shard, which needs USAGE.
-- Drawing a number is all it allows (no setval, no reading other tables).
GRANT USAGE ON SEQUENCE authorization_unit_events_entry_no_seq TO omnictl_app;
