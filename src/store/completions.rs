//! Values a shell completes, beginning with what was typed: a few of them, as row-level
//! security lets the operator see them.

use anyhow::{Context, Result};
use sqlx::PgConnection;

/// What a completed value names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Completing {
    /// Organizations, by slug (with their names).
    Slugs,
    /// Patients, by MRN (PHI: nothing more than the MRN).
    Patients,
    /// Practitioners, by NPI (with their names).
    Practitioners,
    /// Service codes (with their descriptions).
    Codes,
    /// Users, by email (with their names).
    Users,
    /// Authorizations, by the payer's number (patient data: the number only).
    Authorizations,
}

/// The most values one completion offers.
pub(crate) const MAX_VALUES: i64 = 200;

/// Up to [`MAX_VALUES`] values of `what` beginning with `prefix`, each with what it is.
pub(crate) async fn values(
    conn: &mut PgConnection,
    what: Completing,
    prefix: &str,
) -> Result<Vec<(String, Option<String>)>> {
    let sql = match what {
        Completing::Slugs => "SELECT slug, name FROM organizations WHERE starts_with(slug, $1) ORDER BY slug LIMIT $2",
        Completing::Patients => {
            "SELECT medical_record_number, NULL::text FROM patients
              WHERE archived_at IS NULL AND starts_with(medical_record_number, $1)
              ORDER BY medical_record_number LIMIT $2"
        }
        Completing::Practitioners => {
            "SELECT npi, name FROM practitioners WHERE is_active AND starts_with(npi, $1) ORDER BY npi LIMIT $2"
        }
        Completing::Users => {
            "SELECT email, name FROM users WHERE is_active AND starts_with(lower(email), lower($1)) ORDER BY email LIMIT $2"
        }
        Completing::Authorizations => {
            "SELECT authorization_number, NULL::text FROM authorizations
              WHERE authorization_number IS NOT NULL AND starts_with(authorization_number, $1)
              ORDER BY authorization_number LIMIT $2"
        }
        Completing::Codes => {
            "SELECT DISTINCT ON (code) code, description FROM service_codes
              WHERE starts_with(code, upper($1)) ORDER BY code, organization_id NULLS LAST LIMIT $2"
        }
    };
    crate::db::statement::query_as(sql)
        .bind(prefix)
        .bind(MAX_VALUES)
        .fetch_all(conn)
        .await
        .context("could not read the values to complete")
}
