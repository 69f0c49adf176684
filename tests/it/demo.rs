//! `omnictl seed demo`: synthetic clinics through the import pipeline, the same for the
//! same seed, left alone when they exist.

use crate::harness::{TestDb, stdout};
use crate::imports::{act, count, ok};
use crate::operators::{ROOT, bootstrap};

async fn seeded(seed: &str) -> (TestDb, String) {
    let db = TestDb::new().await;
    bootstrap(&db).await;
    ok(act(&db, ROOT, &["seed", "demo", "--orgs", "2", "--patients-per-org", "30", "--seed", seed]));
    ok(act(
        &db,
        ROOT,
        &["user", "create", "--org", "demo-002", "--email", "admin@demo2.example", "--name", "A", "--role", "admin"],
    ));
    let export = stdout(&ok(act(&db, "admin@demo2.example", &["patient", "export"])));
    (db, export)
}

#[tokio::test]
async fn demo_clinics_are_the_same_for_a_seed_and_never_seeded_twice() {
    let (db, first) = seeded("7").await;
    let (_, again) = seeded("7").await;
    let (_, other) = seeded("8").await;
    assert_eq!(first, again, "the same seed gives the same patients");
    assert_ne!(first, other);
    assert_eq!(first.lines().count(), 31);
    assert_eq!(count(&db, "SELECT count(*) FROM patient_insurances").await, 60);
    assert_eq!(count(&db, "SELECT count(DISTINCT credentials) FROM practitioners").await, 4);
    let expiring = stdout(&ok(act(&db, "admin@demo2.example", &["auth", "expiring", "--within", "30d", "-o", "csv"])));
    assert!(expiring.lines().count() > 1, "some authorizations end within 30 days");

    let rerun = stdout(&ok(act(
        &db,
        ROOT,
        &["seed", "demo", "--orgs", "2", "--patients-per-org", "30", "--seed", "7", "-o", "csv"],
    )));
    assert!(rerun.lines().skip(1).all(|l| l.contains(",false,")), "{rerun}");
    assert_eq!(count(&db, "SELECT count(*) FROM patients").await, 60);
    ok(act(&db, ROOT, &["audit", "verify"]));
}

#[tokio::test]
async fn a_demo_clinic_left_empty_by_an_interrupted_run_is_filled_by_the_next() {
    let db = TestDb::new().await;
    bootstrap(&db).await;
    // What a run killed after creating the organization leaves behind.
    ok(act(&db, ROOT, &["org", "create", "--name", "Demo Clinic 001", "--slug", "demo-001"]));
    let out = stdout(&ok(act(&db, ROOT, &["seed", "demo", "--orgs", "1", "--patients-per-org", "20", "-o", "csv"])));
    assert!(out.lines().nth(1).is_some_and(|l| l.contains(",true,20,20,20")), "{out}");
    assert_eq!(count(&db, "SELECT count(*) FROM practitioners").await, 5);
    assert_eq!(count(&db, "SELECT count(*) FROM authorizations").await, 20);
    ok(act(&db, ROOT, &["audit", "verify"]));
}
