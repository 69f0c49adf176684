//! The service code catalogue and clinic overrides.

use anyhow::{Context, Result};
use serde::Serialize;
use sqlx::postgres::PgArguments;
use sqlx::query::QueryAs;
use sqlx::{PgConnection, Postgres};

use super::listing::ListQuery;

use crate::domain::service_code::ServiceCodeSpec;

/// What a catalogue load did, row by row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LoadSummary {
    pub inserted: u64,
    pub updated: u64,
    pub unchanged: u64,
}

/// Inserts or updates the platform's rows (organization NULL) for these codes, set-wise,
/// touching only rows whose definition differs. Needs platform scope.
pub async fn upsert_platform_codes(conn: &mut PgConnection, specs: &[ServiceCodeSpec]) -> Result<LoadSummary> {
    let codes: Vec<&str> = specs.iter().map(|s| s.code.as_str()).collect();
    let descriptions: Vec<&str> = specs.iter().map(|s| s.description.as_str()).collect();
    let categories: Vec<&str> = specs.iter().map(|s| s.category.as_str()).collect();
    let minutes: Vec<i32> = specs.iter().map(|s| s.minutes_per_unit).collect();
    let credentials: Vec<String> =
        specs.iter().map(|s| s.required_credentials.iter().map(|c| c.as_str()).collect::<Vec<_>>().join("|")).collect();
    let max_units: Vec<Option<i32>> = specs.iter().map(|s| s.max_units_per_day).collect();
    let (inserted, updated): (i64, i64) = crate::db::statement::query_as(
        "WITH input AS (
             SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::int[])
                 AS t(code, description, category, minutes_per_unit, credentials, max_units_per_day)
         ), written AS (
             INSERT INTO service_codes AS s
                 (organization_id, code, description, category, minutes_per_unit,
                  required_credentials, max_units_per_day)
             SELECT NULL, code, description, category::service_category, minutes_per_unit,
                    string_to_array(credentials, '|')::credential[], max_units_per_day
               FROM input
             ON CONFLICT (owner_key, code) DO UPDATE
                SET description = EXCLUDED.description,
                    category = EXCLUDED.category,
                    minutes_per_unit = EXCLUDED.minutes_per_unit,
                    required_credentials = EXCLUDED.required_credentials,
                    max_units_per_day = EXCLUDED.max_units_per_day
              WHERE (s.description, s.category, s.minutes_per_unit, s.required_credentials, s.max_units_per_day)
                    IS DISTINCT FROM
                    (EXCLUDED.description, EXCLUDED.category, EXCLUDED.minutes_per_unit,
                     EXCLUDED.required_credentials, EXCLUDED.max_units_per_day)
             RETURNING (xmax = 0) AS inserted
         )
         SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM written",
    )
    .bind(&codes)
    .bind(&descriptions)
    .bind(&categories)
    .bind(&minutes)
    .bind(&credentials)
    .bind(&max_units)
    .fetch_one(conn)
    .await
    .context("could not write the service code catalogue")?;
    let inserted = inserted as u64;
    let updated = updated as u64;
    Ok(LoadSummary { inserted, updated, unchanged: specs.len() as u64 - inserted - updated })
}

/// What scheduling needs of a code: its row's owner, unit length, credentials and daily
/// maximum.
#[derive(Debug, Clone, sqlx::FromRow)]
pub(crate) struct CodeRules {
    pub owner_key: uuid::Uuid,
    pub code: String,
    pub minutes_per_unit: i32,
    pub max_units_per_day: Option<i32>,
}

/// The code as the current organization sees it: its own override if it has one, else
/// the platform's row.
pub(crate) async fn rules(conn: &mut PgConnection, code: &str) -> Result<Option<CodeRules>> {
    crate::db::statement::query_as(
        "SELECT owner_key, code, minutes_per_unit, required_credentials::text[] AS required_credentials,
                max_units_per_day
           FROM service_codes WHERE code = $1 ORDER BY organization_id NULLS LAST LIMIT 1",
    )
    .bind(code.trim().to_ascii_uppercase())
    .fetch_optional(conn)
    .await
    .context("could not look up the service code")
}

/// A code as the current scope may book it: the clinic's own row where it has one, else
/// the platform's.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub(crate) struct ServiceCode {
    pub code: String,
    pub description: String,
    pub category: String,
    pub minutes_per_unit: i32,
    pub required_credentials: Vec<String>,
    pub max_units_per_day: Option<i32>,
    /// Whether the clinic overrides the platform's definition.
    pub clinic_override: bool,
}

/// `code list`: every code the current scope sees, one row a code (the clinic's own
/// first), by code (see [`ListQuery`]).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct ServiceCodeList;

impl ListQuery for ServiceCodeList {
    type Row = ServiceCode;
    const NOUN: &'static str = "service code";
    const SORTABLE: &'static [(&'static str, &'static str)] = &[
        ("code", "code"),
        ("description", "description"),
        ("category", "category"),
        ("minutes_per_unit", "minutes_per_unit"),
        ("credentials", "array_to_string(required_credentials, ', ')"),
        ("required_credentials", "array_to_string(required_credentials, ', ')"),
        ("daily_max", "max_units_per_day"),
        ("max_units_per_day", "max_units_per_day"),
        ("clinic_override", "clinic_override"),
    ];

    fn select(&self) -> String {
        "SELECT * FROM (SELECT DISTINCT ON (code) code, description, category::text AS category, minutes_per_unit,
                               required_credentials::text[] AS required_credentials, max_units_per_day,
                               organization_id IS NOT NULL AS clinic_override
                          FROM service_codes ORDER BY code, organization_id NULLS LAST) AS codes"
            .to_string()
    }

    fn order(&self) -> &'static str {
        "code"
    }

    fn bind<'q, O>(&'q self, query: QueryAs<'q, Postgres, O, PgArguments>) -> QueryAs<'q, Postgres, O, PgArguments> {
        query
    }
}
