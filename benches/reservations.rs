//! Reservation throughput: omnictl's library path (the runner: the operator identified
//! from their login, one transaction in the clinic's scope, `ops::appointments::Book` with
//! every rule, the audit row, retries of collisions) in 16 concurrent tasks
//! over many authorizations, against pgbench running the bare conditional UPDATE and
//! INSERT on the same schema, in one run. `bench/scheduling.sh` prepares the database
//! and runs this with BENCH_DATABASE_URL set (a superuser connection, which seeds the
//! clinics; each task then books as its clinic's admin, logged in as their own login).

use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use omnictl::access::Claim;
use omnictl::domain::ids::Key;
use omnictl::ops::Runner;
use omnictl::ops::appointments::{self, Book, NewAppointments, Series};
use sqlx::postgres::PgPoolOptions;
use uuid::Uuid;

const TASKS: usize = 16;
const PATIENTS_PER_CLINIC: usize = 64;
const SECONDS: u64 = 15;

fn main() -> Result<()> {
    let Ok(url) = std::env::var("BENCH_DATABASE_URL") else {
        eprintln!("skipped: run bench/scheduling.sh (it prepares a database and sets BENCH_DATABASE_URL)");
        return Ok(());
    };
    tokio::runtime::Builder::new_multi_thread().enable_all().build()?.block_on(run(&url))
}

struct Clinic {
    /// How to log in as the clinic's admin, as `omnictl --operator` would be.
    login: sqlx::postgres::PgConnectOptions,
    patients: Vec<Uuid>,
    practitioners: Vec<Uuid>,
}

async fn run(url: &str) -> Result<()> {
    let pool = PgPoolOptions::new().max_connections(TASKS as u32 + 2).connect(url).await?;
    let mut clinics = Vec::new();
    for task in 0..TASKS {
        clinics.push(seed_clinic(&pool, url, task).await?);
    }

    // omnictl: each task books one-hour appointments in its clinic, one after the other.
    let started = Instant::now();
    let deadline = started + Duration::from_secs(SECONDS);
    // Each task on a thread of its own with its own one-thread runtime, as each command
    // is a process of its own (an operation's future is not Send).
    let mut handles = Vec::new();
    for (task, clinic) in clinics.into_iter().enumerate() {
        handles.push(std::thread::spawn(move || -> Result<u64> {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
            runtime.block_on(book_until(task, clinic, deadline))
        }));
    }
    let mut bookings = 0;
    for handle in handles {
        bookings += handle.join().map_err(|_| anyhow::anyhow!("a booking task panicked"))??;
    }
    let omnictl_tps = bookings as f64 / started.elapsed().as_secs_f64();

    let pgbench_tps = pgbench(url).await?;
    println!("concurrent tasks            {TASKS}");
    println!("omnictl book (library)      {omnictl_tps:9.0} reservations/s ({bookings} in {SECONDS} s)");
    println!("pgbench UPDATE + INSERT     {pgbench_tps:9.0} transactions/s");
    println!("ratio (omnictl/pgbench)     {:9.2}", omnictl_tps / pgbench_tps);
    Ok(())
}

/// What `appointment create` runs, through the same runner, until `deadline`: one-hour
/// appointments in the clinic, one after the other.
async fn book_until(task: usize, clinic: Clinic, deadline: Instant) -> Result<u64> {
    let pool = PgPoolOptions::new().max_connections(1).connect_with(clinic.login.clone()).await?;
    let runner = Runner::new(&pool, Claim::default());
    let first = NaiveDate::from_ymd_opt(2027, 1, 4).context("date")?.and_hms_opt(8, 0, 0).context("time")?;
    let mut booked = 0u64;
    while Instant::now() < deadline {
        let slot = booked as usize;
        let start = first + chrono::Duration::hours(slot as i64);
        let new = NewAppointments::single(
            Key::known(&clinic.patients[slot % PATIENTS_PER_CLINIC].to_string()),
            Key::known(&clinic.practitioners[slot % clinic.practitioners.len()].to_string()),
            "97153",
            start.into(),
            appointments::Length::Minutes(60),
        );
        let series = Series { first: start.into(), weekdays: None, until: None, count: None };
        runner.run(Book { new, series, zone: None }).await.with_context(|| format!("task {task} booking {booked}"))?;
        booked += 1;
    }
    pool.close().await;
    Ok(booked)
}

/// A clinic with an admin, practitioners, patients and one roomy authorization each.
async fn seed_clinic(pool: &sqlx::PgPool, url: &str, task: usize) -> Result<Clinic> {
    let slug = format!("bench-{task}");
    let organization_id: Uuid =
        sqlx::query_scalar("INSERT INTO organizations (name, slug) VALUES ($1, $1) RETURNING id")
            .bind(&slug)
            .fetch_one(pool)
            .await?;
    let email = format!("admin@{slug}.example");
    sqlx::query("INSERT INTO users (email, name, organization_id, role) VALUES ($1, 'Bench Admin', $2, 'ADMIN')")
        .bind(&email)
        .bind(organization_id)
        .execute(pool)
        .await?;
    let practitioners: Vec<Uuid> = sqlx::query_scalar(
        "INSERT INTO practitioners (organization_id, name, credentials, npi)
         SELECT $1, 'Tech ' || n, '{RBT}', lpad(n::text, 10, '0') FROM generate_series(1, 8) n RETURNING id",
    )
    .bind(organization_id)
    .fetch_all(pool)
    .await?;
    let patients: Vec<Uuid> = sqlx::query_scalar(
        "WITH p AS (
             INSERT INTO patients (organization_id, medical_record_number, first_name, last_name, date_of_birth)
             SELECT $1, 'B-' || n, 'Bench', 'Patient', DATE '2018-01-01' FROM generate_series(1, $2) n RETURNING id
         ), a AS (
             INSERT INTO authorizations (organization_id, patient_id, service_code_owner, service_code, start_date,
                                         end_date, total_units)
             SELECT $1, id, '00000000-0000-0000-0000-000000000000', '97153', DATE '2027-01-01', DATE '2030-12-31',
                    100000
               FROM p
         )
         SELECT id FROM p",
    )
    .bind(organization_id)
    .bind(PATIENTS_PER_CLINIC as i32)
    .fetch_all(pool)
    .await?;
    // The admin's own login (made by the database with the user), one connection as a
    // command has.
    let options: sqlx::postgres::PgConnectOptions = url.parse()?;
    let login = omnictl::db::login_of(&options, &email).await.context("the admin's login")?;
    Ok(Clinic { login: options.username(&login), patients, practitioners })
}

/// The bare work, as pgbench runs it: the conditional UPDATE, the appointment INSERT and
/// its ledger line (the database refuses a counter that moves without them) on random
/// authorizations of the same clinics, 16 clients.
async fn pgbench(url: &str) -> Result<f64> {
    let pool = PgPoolOptions::new().max_connections(1).connect(url).await?;
    sqlx::query(
        "CREATE TABLE bench_auth AS
         SELECT row_number() OVER (ORDER BY a.id)::int AS n, a.organization_id, a.id, a.patient_id,
                (SELECT pr.id FROM practitioners pr WHERE pr.organization_id = a.organization_id LIMIT 1) AS practitioner_id
           FROM authorizations a",
    )
    .execute(&pool)
    .await?;
    sqlx::query("CREATE UNIQUE INDEX ON bench_auth (n)").execute(&pool).await?;
    sqlx::query("CREATE SEQUENCE bench_slot").execute(&pool).await?;
    let count: i64 = sqlx::query_scalar("SELECT count(*) FROM bench_auth").fetch_one(&pool).await?;
    let script = std::env::temp_dir().join(format!("omnictl-bench-{}.sql", std::process::id()));
    std::fs::write(
        &script,
        format!(
            "\\set n random(1, {count})
WITH reserved AS (
    UPDATE authorizations a SET scheduled_units = scheduled_units + 4 FROM bench_auth b
     WHERE b.n = :n AND a.organization_id = b.organization_id AND a.id = b.id
       AND a.total_units - a.used_units - a.scheduled_units >= 4
    RETURNING a.organization_id, a.id, b.patient_id, b.practitioner_id
), booked AS (
    INSERT INTO appointments (organization_id, patient_id, practitioner_id, service_code_owner, service_code,
                              authorization_id, starts_at, ends_at, units)
    SELECT r.organization_id, r.patient_id, r.practitioner_id, '00000000-0000-0000-0000-000000000000', '97153', r.id,
           s.t, s.t + interval '1 hour', 4
      FROM reserved r, (SELECT timestamptz '2031-01-01' + nextval('bench_slot') * interval '1 hour' AS t) s
    RETURNING organization_id, id, authorization_id
)
INSERT INTO authorization_unit_events (organization_id, authorization_id, kind, scheduled_delta, appointment_id)
SELECT organization_id, authorization_id, 'RESERVE', 4, id FROM booked;
"
        ),
    )?;
    let output = std::process::Command::new("pgbench")
        .args(["-n", "-c", &TASKS.to_string(), "-j", "2", "-T", &SECONDS.to_string(), "-f"])
        .arg(&script)
        .arg(url)
        .output()
        .context("could not run pgbench (install the postgresql client tools)")?;
    let _ = std::fs::remove_file(&script);
    let text = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        bail!("pgbench failed: {}{}", text, String::from_utf8_lossy(&output.stderr));
    }
    text.lines()
        .find_map(|line| line.strip_prefix("tps = ").and_then(|rest| rest.split_whitespace().next()?.parse().ok()))
        .context("pgbench printed no tps")
}
