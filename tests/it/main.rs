//! Integration tests: the real binary and the real schema on a real PostgreSQL.
//! One test binary, so the throwaway cluster is started once per run.

mod audit_trail;
mod bad_input;
mod billed;
mod boundary;
mod checkpoints;
mod citus;
mod cli;
mod concurrency;
mod connections;
mod contexts;
mod date_of_service;
mod demo;
mod exports;
mod fixtures;
mod harness;
mod imports;
mod keys;
mod lists;
mod local_cluster;
mod logins;
mod managed;
mod migrations;
mod notes_support;
mod operators;
mod ops;
mod outputs;
mod patients;
mod pooler;
mod races;
mod readme;
mod same_rules;
mod scheduling;
mod schema;
mod sessions;
