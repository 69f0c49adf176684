//! The quickstart's demo clinic, "Sunrise ABA (demo)": a small clinic to look around in
//! on the first day — practitioners of every credential, patients with insurance,
//! authorizations (some ending within 30 days, some nearly used up), a week of booked
//! appointments and a few completed sessions with signed notes. Everybody in it is
//! synthetic. Dates are relative to the clinic's today, so the reports have something to
//! show whenever it is created.
//!
//! It is built by the operations the commands run (the import pipeline, `ops`), as the
//! clinic's admin, in one transaction with an audit entry
//! per step: it is all there or not there at all, and a second run finds it and changes
//! nothing.

use std::fmt::Write;

use anyhow::{Result, anyhow};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use serde::Serialize;
use sqlx::PgPool;

use crate::access::Claim;
use crate::audit::{Actor, CommandTx};
use crate::db::context::Scope;
use crate::domain::clock;
use crate::domain::ids::{AppointmentId, Key, SessionId};
use crate::domain::session::{EventData, EventType};
use crate::import::Format;
use crate::import::authorizations::Authorizations;
use crate::import::insurances::Insurances;
use crate::import::patients::Patients;
use crate::import::session_events::SessionEvents;
use crate::ops;
use crate::ops::appointments::NewAppointments;
use crate::ops::demo::{DemoSuperAdmin, Fill, Provision};
use crate::ops::runner::Unchanged;
use crate::ops::{Operation, Runner};
use crate::store::organizations::{self, Organization};

pub(crate) const SLUG: &str = "sunrise-demo";
pub(crate) const NAME: &str = "Sunrise ABA (demo)";
/// The demo super admin, bootstrapped when the platform has none yet.
pub(crate) const SUPER_ADMIN: &str = "superadmin@omnictl.test";
/// The demo clinic's ADMIN, who "did" everything in it.
pub(crate) const CLINIC_ADMIN: &str = "admin@sunrise-demo.test";
/// A STAFF user of the clinic (the RBT Riley Moreno).
pub(crate) const CLINIC_STAFF: &str = "riley@sunrise-demo.test";
/// The demo practitioners who have logins (index in `PRACTITIONERS`, email, name): they
/// sign the notes of the sessions they rendered.
pub(crate) const PRACTITIONER_LOGINS: [(usize, &str, &str); 3] = [
    (3, CLINIC_STAFF, "Riley Moreno"),
    (4, "sam@sunrise-demo.test", "Sam Achterberg"),
    (1, "blair@sunrise-demo.test", "Blair Okafor"),
];

/// Who provisions the demo clinic on the platform.
#[derive(Debug, Clone, PartialEq, Eq, Copy)]
pub enum SuperAdmin {
    /// The platform had no super admin: the demo one was created now.
    Bootstrapped,
    /// The demo super admin was there already.
    Demo,
    /// Somebody else bootstrapped the platform: the tool itself provisions the clinic and
    /// no super admin is created behind their back.
    Other,
}

/// What `ensure` found or did.
#[derive(Debug, Clone, Serialize)]
pub struct DemoClinic {
    pub organization: String,
    pub created: bool,
    pub super_admin: Option<String>,
    pub clinic_admin: String,
    pub practitioners: usize,
    pub patients: u64,
    pub policies: u64,
    pub authorizations: u64,
    pub appointments: usize,
    pub completed_sessions: usize,
    #[serde(skip)]
    pub super_admin_state: Option<SuperAdmin>,
}

/// Makes sure the demo clinic exists, creating what is missing. Each step runs as who
/// would do it: the schema's owner bootstraps the demo super admin on `owner` (when the
/// platform has none), the super admin provisions the clinic and its users, and the
/// clinic's admin fills it; `connect` opens a pool logged in as an operator (on the
/// local database, their login). `platform` names the super admin to provision as when
/// the platform was bootstrapped by someone else.
pub async fn ensure(
    owner: &PgPool,
    tool: &Actor,
    platform: Option<&str>,
    connect: impl AsyncFn(&str) -> Result<PgPool>,
) -> Result<DemoClinic> {
    let mut found = DemoSuperAdmin::default();
    let state = match Runner::new(owner, Claim::default()).run_as(tool, Scope::Platform, &mut found).await {
        Ok(state) => state,
        Err(error) if error.is::<Unchanged>() => found.found.ok_or(error)?,
        Err(error) => return Err(error),
    };
    let provisioner = match (&state, platform) {
        (SuperAdmin::Other, Some(email)) => email.to_string(),
        (SuperAdmin::Other, None) => {
            return Err(crate::error::Error::refused(
                "the platform has its own super admin, so quickstart makes no demo super admin behind their back",
            )
            .hint("run it as that super admin to create the demo clinic: omnictl --operator EMAIL quickstart")
            .hint("or run omnictl quickstart --no-demo")
            .into());
        }
        _ => SUPER_ADMIN.to_string(),
    };
    let (_, admin) = as_operator(&connect, &provisioner, Provision::default(), |p| p.provisioned).await?;
    let fill = Fill { admin: admin.clone(), state, filled: None };
    let (demo, to_sign) = as_operator(&connect, &admin.email, fill, |f| f.filled).await?;
    // Each note is signed by the practitioner who rendered the session, as themselves.
    for (email, session) in to_sign {
        let pool = connect(&email).await?;
        let signed = Runner::new(&pool, Claim::default()).run(ops::sessions::SignNote { session }).await;
        pool.close().await;
        signed?;
    }
    Ok(demo)
}

/// Runs an idempotent step as the operator `email` (on their own login) and gives what
/// it found or made (`kept` takes it from the operation, whether it changed anything).
async fn as_operator<O: Operation, T>(
    connect: &impl AsyncFn(&str) -> Result<PgPool>,
    email: &str,
    mut step: O,
    kept: impl FnOnce(O) -> Option<T>,
) -> Result<T> {
    let pool = connect(email).await?;
    let ran = Runner::new(&pool, Claim::default()).run(&mut step).await;
    pool.close().await;
    match ran {
        Ok(_) => {}
        Err(error) if error.is::<Unchanged>() => {}
        Err(error) => return Err(error),
    }
    kept(step).ok_or_else(|| anyhow!("the demo step left nothing to go on"))
}

/// (first, last, date of birth, gender, guardian's first name)
const PATIENTS: [(&str, &str, &str, &str, &str); 10] = [
    ("Avery", "Lockhart", "2018-03-14", "female", "Jordan"),
    ("Blake", "Northcott", "2017-07-02", "male", "Casey"),
    ("Emery", "Fairchild", "2019-11-21", "nonbinary", "Quinn"),
    ("Finley", "Pemberton", "2016-05-09", "male", "Harper"),
    ("Harper", "Quimby", "2020-01-30", "female", "Logan"),
    ("Kai", "Stanhope", "2018-09-17", "male", "Reese"),
    ("Logan", "Thistlewood", "2017-12-05", "female", "Parker"),
    ("Parker", "Galloway", "2019-04-23", "unknown", "Skyler"),
    ("Rowan", "Ellsworth", "2016-10-11", "female", "Drew"),
    ("Sawyer", "Merriweather", "2021-02-14", "male", "Emerson"),
];

const PAYERS: [(&str, &str); 3] =
    [("Blue Cross Blue Shield of Illinois", "00621"), ("Aetna", "60054"), ("Illinois Medicaid", "IL-MCD")];

fn mrn(n: usize) -> String {
    format!("SUN-{n:03}")
}

/// The patient, insurance and authorization import files of the clinic, by `today`.
fn files(today: NaiveDate) -> (String, String, String) {
    let day = |offset: i64| today + Duration::days(offset);
    let (mut p, mut i, mut a) =
        (super::PATIENT_HEADER.to_string(), super::INSURANCE_HEADER.to_string(), super::AUTH_HEADER.to_string());
    for (index, (first, last, born, gender, guardian)) in PATIENTS.iter().enumerate() {
        let n = index + 1;
        let mrn = mrn(n);
        let _ = writeln!(
            p,
            "{mrn},{first},{last},{born},{gender},,555-01{n:02},{} Maple Avenue,Springfield,IL,6270{},\"{last}, {guardian}\",555-02{n:02}",
            100 + 7 * n,
            n % 10
        );
        let (payer, payer_id) = PAYERS[index % PAYERS.len()];
        let member = format!("SUNM{n:06}");
        let _ = writeln!(i, "{mrn},{payer},{payer_id},{member},GRP-{},Standard,child,{},,primary", 400 + n, day(-400));
        if n == 3 {
            // A second, secondary policy: coordination of benefits in the demo.
            let _ = writeln!(i, "{mrn},Aetna,60054,SUNS{n:06},GRP-900,Secondary,child,{},,secondary", day(-200));
        }
        // 97153 (1:1 treatment): two end within 30 days, three are nearly used up once
        // the week's appointments are reserved; the rest run for months.
        let (start, end, total, used) = match n {
            1 => (day(-150), day(12), 480, 300),
            2 => (day(-170), day(26), 480, 360),
            3 => (day(-60), day(120), 400, 330),
            4 => (day(-90), day(90), 320, 276),
            10 => (day(-10), day(170), 480, 0),
            _ => (day(-30 - 5 * n as i64), day(150 + 3 * n as i64), 480, 40 + 12 * n as i64),
        };
        let _ = writeln!(a, "{mrn},97153,SUN-PA-153-{n:03},{start},{end},{total},{used},{payer},{member}");
        // 97155 (BCBA protocol modification) for everyone; 97151 (assessment) for the
        // newest patient.
        let _ = writeln!(a, "{mrn},97155,SUN-PA-155-{n:03},{},{},96,{},{payer},{member}", day(-60), day(120), 8 + n);
        if n == 10 {
            let _ = writeln!(a, "{mrn},97151,SUN-PA-151-{n:03},{},{},32,0,{payer},{member}", day(-10), day(50));
        }
    }
    (p, i, a)
}

fn at(day: NaiveDate, hour: u32, minute: u32) -> NaiveDateTime {
    day.and_time(NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or_default())
}

/// A day the demo clinic is open: a weekday that is not one of the holidays US clinics
/// commonly close on (New Year's Day, Memorial Day, Independence Day, Labor Day,
/// Thanksgiving, Christmas).
fn is_clinic_day(day: NaiveDate) -> bool {
    let nth = |weekday: Weekday, n: u8| NaiveDate::from_weekday_of_month_opt(day.year(), day.month(), weekday, n);
    let last_monday = (1..=5).rev().find_map(|n| nth(Weekday::Mon, n));
    let holiday = match (day.month(), day.day()) {
        (1, 1) | (7, 4) | (12, 25) => true,
        (5, _) => last_monday == Some(day),
        (9, _) => nth(Weekday::Mon, 1) == Some(day),
        (11, _) => nth(Weekday::Thu, 4) == Some(day),
        _ => false,
    };
    !holiday && !matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
}

/// One booking of the demo: practitioner index, patient number, code, day, from, to.
struct Slot {
    practitioner: usize,
    patient: usize,
    code: &'static str,
    start: NaiveDateTime,
    end: NaiveDateTime,
}

/// The week ahead: the clinic days among the next seven days, each with the RBTs' morning
/// and afternoon 1:1 sessions, the BCaBA's afternoon, the BCBA's supervision after a
/// morning session, and the BCBA-D's intake assessment on the first day.
fn week(today: NaiveDate) -> Vec<Slot> {
    let days: Vec<NaiveDate> = (1..=7).map(|d| today + Duration::days(d)).filter(|d| is_clinic_day(*d)).collect();
    let mut slots = Vec::new();
    for (d, day) in days.iter().enumerate() {
        // Patients 1–9 take turns across the week's 1:1 slots.
        let patient = |k: usize| (d * 5 + k) % 9 + 1;
        for (k, (practitioner, from, to)) in [(3, 9, 12), (3, 13, 16), (4, 9, 12), (4, 13, 16)].into_iter().enumerate()
        {
            slots.push(Slot {
                practitioner,
                patient: patient(k),
                code: "97153",
                start: at(*day, from, 0),
                end: at(*day, to, 0),
            });
        }
        slots.push(Slot {
            practitioner: 2,
            patient: patient(4),
            code: "97153",
            start: at(*day, 13, 30),
            end: at(*day, 15, 30),
        });
        slots.push(Slot {
            practitioner: 1,
            patient: patient(0),
            code: "97155",
            start: at(*day, 16, 15),
            end: at(*day, 17, 15),
        });
        if d == 0 {
            slots.push(Slot {
                practitioner: 0,
                patient: 10,
                code: "97151",
                start: at(*day, 10, 0),
                end: at(*day, 12, 0),
            });
        }
    }
    slots
}

/// An event of a delivered session: minutes after its start, type, details.
type TimedEvent = (i64, EventType, EventData);

/// The sessions already delivered, on the last clinic day before today: (slot, minutes
/// actually delivered, events as (minutes after the start, type, details)).
fn delivered(today: NaiveDate) -> Vec<(Slot, i64, Vec<TimedEvent>)> {
    let mut day = today - Duration::days(1);
    while !is_clinic_day(day) {
        day -= Duration::days(1);
    }
    let behavior = |name: &str, seconds: i64, intensity: i64| EventData {
        name: Some(name.to_string()),
        duration_seconds: Some(seconds),
        intensity: Some(intensity),
        ..EventData::default()
    };
    let mand = |name: &str| EventData { name: Some(name.to_string()), ..EventData::default() };
    let trial = |target: &str, correct: bool, prompt: &str| EventData {
        target: Some(target.to_string()),
        correct: Some(correct),
        prompt_level: Some(prompt.to_string()),
        ..EventData::default()
    };
    let note = |text: &str| EventData { text: Some(text.to_string()), ..EventData::default() };
    use EventType::{Behavior, Mand, Note, Trial};
    vec![
        (
            Slot { practitioner: 3, patient: 5, code: "97153", start: at(day, 9, 0), end: at(day, 12, 0) },
            173,
            vec![
                (12, Mand, mand("juice")),
                (20, Behavior, behavior("tantrum", 90, 3)),
                (35, Trial, trial("receptive ID: colors", true, "gestural")),
                (37, Trial, trial("receptive ID: colors", false, "verbal")),
                (39, Trial, trial("receptive ID: colors", true, "independent")),
                (41, Trial, trial("receptive ID: colors", true, "independent")),
                (65, Behavior, behavior("elopement", 30, 2)),
                (80, Mand, mand("break")),
                (95, Trial, trial("tact: animals", true, "model")),
                (97, Trial, trial("tact: animals", true, "verbal")),
                (99, Trial, trial("tact: animals", false, "partial-physical")),
                (120, Mand, mand("swing")),
                (130, Behavior, behavior("tantrum", 45, 2)),
                (
                    160,
                    Note,
                    note("Transitions between the table and the sensory room went better after the first hour."),
                ),
            ],
        ),
        (
            Slot { practitioner: 4, patient: 6, code: "97153", start: at(day, 13, 0), end: at(day, 16, 0) },
            167,
            vec![
                (10, Mand, mand("help")),
                (25, Trial, trial("matching: shapes", true, "independent")),
                (27, Trial, trial("matching: shapes", true, "independent")),
                (29, Trial, trial("matching: shapes", false, "gestural")),
                (50, Behavior, behavior("hitting", 5, 4)),
                (70, Mand, mand("more")),
                (90, Trial, trial("following one-step directions", true, "verbal")),
                (92, Trial, trial("following one-step directions", true, "gestural")),
                (110, Behavior, behavior("hitting", 5, 3)),
                (140, Mand, mand("outside")),
                (
                    150,
                    Note,
                    note(
                        "Two hitting episodes, both when a preferred item was removed; the reinforcer schedule was thinned as planned.",
                    ),
                ),
            ],
        ),
        (
            Slot { practitioner: 1, patient: 1, code: "97155", start: at(day, 16, 15), end: at(day, 17, 15) },
            58,
            vec![
                (10, Trial, trial("manding with the AAC device", true, "model")),
                (12, Trial, trial("manding with the AAC device", true, "gestural")),
                (14, Trial, trial("manding with the AAC device", false, "full-physical")),
                (30, Mand, mand("water")),
                (
                    45,
                    Note,
                    note("Modified the prompt-fading steps for AAC manding: move from model to gestural prompts."),
                ),
            ],
        ),
    ]
}

/// Everything inside the clinic, in the caller's transaction, an audit entry per step.
pub(crate) async fn populate(
    tx: &mut CommandTx,
    organization: &Organization,
    demo: &mut DemoClinic,
) -> Result<Vec<(String, SessionId)>> {
    let now = organizations::local_now(tx.conn(), organization.id).await?;
    let today = now.date();

    let logins: Vec<(usize, &str)> = PRACTITIONER_LOGINS.iter().map(|&(i, email, _)| (i, email)).collect();
    let npis = super::create_practitioners(tx, organization.id, 200_000_000, today, &logins).await?;
    let mut to_sign = Vec::new();
    demo.practitioners = npis.len();

    let (patient_file, insurance_file, authorization_file) = files(today);
    let label = format!("the demo clinic {SLUG}");
    let org = organization.id;
    demo.patients = super::load(tx, &Patients, org, &label, patient_file, Format::Csv).await?.created;
    demo.policies = super::load(tx, &Insurances, org, &label, insurance_file, Format::Csv).await?.created;
    demo.authorizations = super::load(tx, &Authorizations, org, &label, authorization_file, Format::Csv).await?.created;

    // Each booking, session and note by the operations the commands run, each recorded.
    let book = async |tx: &mut CommandTx, slot: &Slot| -> Result<AppointmentId> {
        let new = NewAppointments::single(
            Key::known(&mrn(slot.patient)),
            Key::known(&npis[slot.practitioner]),
            slot.code,
            slot.start.into(),
            ops::appointments::Length::Minutes((slot.end - slot.start).num_minutes()),
        );
        let (report, entry) = ops::appointments::book(tx, organization, &new).await?;
        tx.record(entry).await?;
        report.first().and_then(|o| o.appointment_id).ok_or_else(|| anyhow!("a demo booking booked nothing"))
    };

    let zone = clock::zone(&organization.time_zone).map_err(|e| anyhow!(e))?;
    for (slot, minutes, events) in delivered(today) {
        let appointment = book(tx, &slot).await?;
        // Clinic hours, far from any daylight-saving change: the wall time is one instant.
        let started_at = clock::instant(zone, slot.start.into()).map_err(|e| anyhow!(e))?;
        let (session, entry) = ops::sessions::start(tx, organization, appointment, Some(started_at), None).await?;
        tx.record(entry).await?;
        // The device's batch, as `session event import` reads it.
        let mut batch = String::new();
        for (offset, kind, data) in events {
            let mut line = serde_json::to_value(&data)?;
            if let Some(object) = line.as_object_mut() {
                object.insert("type".to_string(), kind.word().into());
                let at = slot.start + Duration::minutes(offset);
                object.insert("at".to_string(), at.format("%Y-%m-%d %H:%M:%S").to_string().into());
            }
            batch.push_str(&line.to_string());
            batch.push('\n');
        }
        let events = SessionEvents { session: session.id, named: None };
        super::load(tx, &events, org, &format!("the device batch of {}", session.id), batch, Format::Jsonl).await?;
        let end = started_at + Duration::minutes(minutes);
        let (done, entry) = ops::sessions::complete(
            tx,
            organization,
            session.id,
            &ops::sessions::Ending { end: Some(end), ..Default::default() },
        )
        .await?;
        tx.record(entry).await?;
        let (_, entry) = ops::sessions::generate(tx, done.session.id).await?;
        tx.record(entry).await?;
        let signer = PRACTITIONER_LOGINS.iter().find(|(i, _, _)| *i == slot.practitioner);
        if let Some(&(_, email, _)) = signer {
            to_sign.push((email.to_string(), done.session.id));
        }
        demo.completed_sessions += 1;
    }

    for slot in week(today) {
        book(tx, &slot).await?;
        demo.appointments += 1;
    }
    Ok(to_sign)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clinic_closes_on_weekends_and_the_usual_holidays() {
        let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap_or_default();
        for closed in [day(1, 1), day(5, 25), day(7, 4), day(9, 7), day(11, 26), day(12, 25), day(11, 28)] {
            assert!(!is_clinic_day(closed), "{closed}");
        }
        for open in [day(5, 18), day(9, 14), day(11, 19), day(11, 27), day(12, 24)] {
            assert!(is_clinic_day(open), "{open}");
        }
    }

    #[test]
    fn the_week_books_no_patient_or_practitioner_twice_at_once() {
        for today in (0..7).filter_map(|d| NaiveDate::from_ymd_opt(2026, 11, 23 + d)) {
            let slots = week(today);
            assert!(slots.len() >= 19, "{today}: {} slots", slots.len());
            for (i, a) in slots.iter().enumerate() {
                assert!(is_clinic_day(a.start.date()) && a.start.date() > today);
                for b in &slots[i + 1..] {
                    let overlap = a.start < b.end && b.start < a.end;
                    assert!(!(overlap && (a.patient == b.patient || a.practitioner == b.practitioner)), "{today}");
                }
            }
        }
    }
}
