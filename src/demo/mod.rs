//! Synthetic demo clinics: deterministic for a seed (the same seed gives the same
//! people, policies and authorizations), written as the import files' CSV so that they
//! load through the very pipeline real imports use. Nobody in them is real.

pub mod clinic;

use std::fmt::Write;

use anyhow::Result;
use chrono::{Duration, NaiveDate};

use crate::audit::CommandTx;
use crate::domain::ids::{Key, OrganizationId};
use crate::domain::practitioner::npi_from_prefix;
use crate::import::{CsvInput, ErrorReport, Format, ImportSummary, Importer, Mode};
use crate::ops;

/// A small, fast, seedable generator (SplitMix64): demo data needs repeatability, not
/// cryptographic quality.
#[derive(Debug, Clone)]
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next_u64() % n }
    }

    pub(crate) fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

const FIRST: [&str; 20] = [
    "Avery", "Blake", "Casey", "Drew", "Emery", "Finley", "Harper", "Jordan", "Kai", "Logan", "Morgan", "Parker",
    "Quinn", "Reese", "Riley", "Rowan", "Sawyer", "Skyler", "Taylor", "Emerson",
];
const LAST: [&str; 20] = [
    "Abbott",
    "Baxter",
    "Calloway",
    "Dunmore",
    "Ellsworth",
    "Fairchild",
    "Galloway",
    "Holloway",
    "Ingram",
    "Jessup",
    "Kendrick",
    "Lockhart",
    "Merriweather",
    "Northcott",
    "Oakley",
    "Pemberton",
    "Quimby",
    "Rutherford",
    "Stanhope",
    "Thistlewood",
];
const CITIES: [&str; 6] = ["Springfield", "Riverton", "Fairview", "Lakewood", "Greenville", "Franklin"];
const PAYERS: [(&str, &str); 4] = [
    ("Blue Cross Blue Shield of Illinois", "00621"),
    ("Aetna", "60054"),
    ("Illinois Medicaid", "IL-MCD"),
    ("UnitedHealthcare", "87726"),
];

/// The header lines of the generated patient, insurance and authorization files.
pub(crate) const PATIENT_HEADER: &str = "medical_record_number,first_name,last_name,date_of_birth,gender,email,phone,\
                                  address_line1,city,state,postal_code,guardian_name,guardian_phone\n";
pub(crate) const INSURANCE_HEADER: &str = "medical_record_number,payer_name,payer_id,member_number,group_number,plan_name,\
                                    subscriber_relationship,coverage_start,coverage_end,priority\n";
pub(crate) const AUTH_HEADER: &str = "medical_record_number,service_code,authorization_number,start_date,end_date,\
                               total_units,used_units,payer_name,member_number\n";

/// The MRN of patient `n` of clinic `clinic`.
pub(crate) fn mrn(clinic: u32, n: u32) -> String {
    format!("D{clinic:03}-{n:06}")
}

/// One clinic's patients, their primary policies and one 97153 authorization each, as
/// the patient, insurance and authorization import files. Authorizations vary: most run
/// for months, about one in ten ends within 30 days of `today`, about one in ten is
/// nearly used up.
pub(crate) struct ClinicFiles {
    pub patients: String,
    pub insurance: String,
    pub authorizations: String,
}

pub(crate) fn clinic_files(seed: u64, clinic: u32, patients: u32, today: NaiveDate) -> ClinicFiles {
    let mut rng = Rng::new(seed ^ (u64::from(clinic) << 32));
    let (mut p, mut i, mut a) = (PATIENT_HEADER.to_string(), INSURANCE_HEADER.to_string(), AUTH_HEADER.to_string());
    for n in 1..=patients {
        let mrn = mrn(clinic, n);
        let first = rng.pick(&FIRST);
        let last = rng.pick(&LAST);
        let born = today - Duration::days(365 * 3 + rng.below(365 * 12) as i64);
        let gender = rng.pick(&["female", "male", "nonbinary", "unknown"]);
        let guardian = rng.pick(&FIRST);
        let _ = writeln!(
            p,
            "{mrn},{first},{last},{born},{gender},{}.{}{n}@example.test,555-{:04},{} Elm Street,{},IL,6{:04},\"{last}, {guardian}\",555-{:04}",
            first.to_lowercase(),
            last.to_lowercase(),
            rng.below(10_000),
            100 + rng.below(9_000),
            rng.pick(&CITIES),
            rng.below(10_000),
            rng.below(10_000)
        );
        let (payer, payer_id) = PAYERS[rng.below(PAYERS.len() as u64) as usize];
        let member = format!("M{clinic:03}{n:07}");
        let coverage_start = today - Duration::days(30 + rng.below(300) as i64);
        let _ = writeln!(
            i,
            "{mrn},{payer},{payer_id},{member},G-{},Standard,child,{coverage_start},,primary",
            rng.below(900) + 100
        );
        let total = 100 + 20 * rng.below(15);
        let (start, end, used) = match rng.below(10) {
            // Ends within 30 days.
            0 => (today - Duration::days(150), today + Duration::days(1 + rng.below(29) as i64), total / 2),
            // Nearly used up.
            1 => (today - Duration::days(60), today + Duration::days(120), total * 9 / 10),
            _ => (
                today - Duration::days(rng.below(90) as i64),
                today + Duration::days(90 + rng.below(90) as i64),
                rng.below(total / 2),
            ),
        };
        let _ = writeln!(a, "{mrn},97153,PA-{clinic:03}-{n:06},{start},{end},{total},{used},{payer},{member}");
    }
    ClinicFiles { patients: p, insurance: i, authorizations: a }
}

/// A demo clinic's practitioners: one of every credential, and a second RBT.
pub(crate) const PRACTITIONERS: [(&str, &str); 5] = [
    ("Dana Whitfield", "BCBA-D"),
    ("Blair Okafor", "BCBA"),
    ("Casey Lindqvist", "BCaBA"),
    ("Riley Moreno", "RBT"),
    ("Sam Achterberg", "RBT"),
];

/// Creates a demo clinic's practitioners in the caller's transaction, each through the
/// operation `practitioner create` runs, with its audit entry: NPIs from `npi_base` on,
/// licensed in Illinois, credentials valid for 400 days from `today`. Returns their NPIs
/// in `PRACTITIONERS` order.
pub(crate) async fn create_practitioners(
    tx: &mut CommandTx,
    organization_id: OrganizationId,
    npi_base: u32,
    today: NaiveDate,
    logins: &[(usize, &str)],
) -> Result<Vec<String>> {
    let mut npis = Vec::new();
    for (index, (name, credential)) in PRACTITIONERS.iter().enumerate() {
        let npi = npi_from_prefix(npi_base + index as u32);
        let fields = ops::practitioners::Fields {
            name: Some(name.to_string()),
            credentials: vec![credential.parse().map_err(|e: String| anyhow::anyhow!(e))?],
            npi: Some(npi.clone()),
            license_number: Some(format!("IL-{:06}", 4_100 + index)),
            license_state: Some("IL".to_string()),
            credential_valid_until: Some(today + Duration::days(400)),
            // A practitioner with a login signs their own notes.
            user: logins.iter().find(|(i, _)| *i == index).map(|(_, email)| Key::known(email)),
        };
        let (_, entry) = ops::practitioners::create(tx, organization_id, &fields).await?;
        tx.record(entry).await?;
        npis.push(npi);
    }
    Ok(npis)
}

/// Loads a generated file through `importer` in the caller's transaction and records
/// the import's audit entry, as `… import` does. A generated file that does not load is
/// a bug in the generator, reported with the first refusals.
pub(crate) async fn load<I: Importer>(
    tx: &mut CommandTx,
    importer: &I,
    organization_id: OrganizationId,
    label: &str,
    text: String,
    format: Format,
) -> Result<ImportSummary> {
    let size = text.len() as u64;
    let reader = Box::new(std::io::Cursor::new(text.into_bytes()));
    let input = match format {
        Format::Csv => match CsvInput::from_reader(reader, Some(size), label.to_string(), &I::COLUMNS)? {
            Ok(input) => input,
            Err(errors) => anyhow::bail!("the generated {} file of {label} is not valid: {errors:?}", I::ENTITY),
        },
        Format::Jsonl => CsvInput::jsonl_from_reader(reader, Some(size), label.to_string(), &I::COLUMNS),
    };
    let mut report = ErrorReport::new(None)?;
    let summary = importer.run(tx, organization_id, input, Mode::Insert, &mut report).await?;
    if summary.errors > 0 {
        let (_, first) = report.finish()?;
        anyhow::bail!("the generated {} rows of {label} were refused: {first:?}", I::ENTITY);
    }
    tx.record(crate::ops::imports::entry(importer, &summary, Mode::Insert)).await?;
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_clinic_and_another_seed_another() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
        let one = clinic_files(7, 1, 50, today);
        let again = clinic_files(7, 1, 50, today);
        let other = clinic_files(8, 1, 50, today);
        assert_eq!((one.patients.clone(), one.authorizations.clone()), (again.patients, again.authorizations));
        assert_ne!(one.patients, other.patients);
        assert_eq!(one.patients.lines().count(), 51);
        assert!(one.insurance.lines().nth(1).is_some_and(|l| l.starts_with("D001-000001,")));
    }
}
