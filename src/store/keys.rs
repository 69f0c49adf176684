//! The one resolver of [`Key`]s: the record a natural key, a whole id or a unique prefix
//! of an id names, among the rows row-level security lets the scope see. Every lookup of
//! a record an operator named goes through [`candidates`] (on its own, joined to a row's
//! SELECT, or inside a larger statement such as a booking's) and [`choose`].

use anyhow::{Context, Result};
use sqlx::PgConnection;
use sqlx::postgres::PgRow;
use uuid::Uuid;

use crate::domain::ids::{
    AppointmentId, AuditRowId, AuthorizationId, Entity, Key, OrganizationId, PatientId, PolicyId, PractitionerId,
    SessionId, UserId,
};

/// Where the records of an entity live: the table, and the condition its natural key
/// meets (`$KEY` stands for the key's parameter), if it has one.
pub(crate) trait Table: Entity {
    const TABLE: &'static str;
    const NATURAL_MATCH: Option<&'static str>;
}

macro_rules! table {
    ($($id:ident: $table:literal, $natural:expr;)+) => {$(
        impl Table for $id {
            const TABLE: &'static str = $table;
            const NATURAL_MATCH: Option<&'static str> = $natural;
        }
    )+};
}

table! {
    OrganizationId: "organizations", Some("slug = $KEY");
    UserId: "users", Some("lower(email) = lower($KEY)");
    PatientId: "patients", Some("medical_record_number = $KEY");
    PractitionerId: "practitioners", Some("npi = $KEY");
    AuthorizationId: "authorizations", Some("authorization_number = $KEY");
    AppointmentId: "appointments", None;
    SessionId: "sessions", None;
    PolicyId: "patient_insurances", None;
    AuditRowId: "audit_logs", None;
}

/// The most candidates an ambiguous prefix lists.
pub(crate) const CANDIDATES: usize = 5;

/// The rows a lookup by key fetches at most: every candidate an ambiguous prefix lists,
/// plus one to tell there are more.
pub(crate) const KEY_ROWS: i64 = CANDIDATES as i64 + 1;

/// The statement listing the records of `T` that a key names, taking the key as the
/// parameters `$first` to `$first + 3` (bound by [`Binds`]): columns `key_id`,
/// `key_exact` (named by its natural key or whole id) and `key_matches` (how many it
/// names in all), exact ones first, then by id, at most [`KEY_ROWS`].
pub(crate) fn candidates<T: Table>(first: usize) -> String {
    candidates_where::<T>(first, "")
}

/// [`candidates`] among the rows of the clinic `$clinic` names: a statement on one clinic's
/// rows, which Citus routes to that clinic's shard (row-level security scopes them
/// the same on one server).
pub(crate) fn candidates_in<T: Table>(first: usize, clinic: usize) -> String {
    candidates_where::<T>(first, &format!("organization_id = ${clinic} AND "))
}

fn candidates_where<T: Table>(first: usize, scope: &str) -> String {
    let (key, whole, low, high) = (first, first + 1, first + 2, first + 3);
    let natural = match T::NATURAL_MATCH {
        Some(condition) => format!("coalesce({}, false)", condition.replace("$KEY", &format!("${key}"))),
        None => "false".to_string(),
    };
    format!(
        "SELECT id AS key_id, {natural} OR id IS NOT DISTINCT FROM ${whole} AS key_exact,
                count(*) OVER () AS key_matches
           FROM {table}
          WHERE {scope}({natural} OR id = ${whole} OR id BETWEEN ${low} AND ${high})
          ORDER BY 2 DESC, 1 LIMIT {KEY_ROWS}",
        table = T::TABLE
    )
}

/// The condition a statement built on [`candidates`] (as `alias`) picks the record by:
/// the one named exactly, else the only one named. As [`choose`] decides.
pub(crate) fn chosen(alias: &str) -> String {
    format!("(SELECT key_id FROM {alias} WHERE key_exact OR key_matches = 1 ORDER BY key_exact DESC, key_id LIMIT 1)")
}

/// A key's four parameters of [`candidates`]: the key, the whole id it may be, and the
/// first and last ids it covers as a prefix (both None when it is no prefix).
pub(crate) struct Binds {
    pub key: String,
    pub whole: Option<Uuid>,
    pub low: Option<Uuid>,
    pub high: Option<Uuid>,
}

impl Binds {
    pub(crate) fn of<T: Entity>(key: &Key<T>) -> Binds {
        let (low, high) = match key.prefix() {
            Some(prefix) => {
                let (low, high) = prefix.bounds();
                (Some(low), Some(high))
            }
            None => (None, None),
        };
        Binds { key: key.as_str().to_string(), whole: key.whole(), low, high }
    }
}

/// One candidate a key names (see [`candidates`]).
#[derive(Debug, Clone, Copy, sqlx::FromRow, serde::Deserialize)]
pub(crate) struct Candidate {
    pub key_id: Uuid,
    pub key_exact: bool,
    pub key_matches: i64,
}

/// The record a key names among its candidates (exact first, as [`candidates`] orders
/// them): the one named exactly, else the only one; None when there is none; several are
/// refused listing them.
pub(crate) fn choose<T: Entity>(key: &Key<T>, found: &[Candidate]) -> Result<Option<T>> {
    match found {
        [] => Ok(None),
        [first, ..] if first.key_exact || first.key_matches == 1 => Ok(Some(T::from(first.key_id))),
        many => Err(ambiguous::<T>(key, many).into()),
    }
}

/// The refusal of a prefix naming several records, listing the first candidates.
fn ambiguous<T: Entity>(key: &Key<T>, found: &[Candidate]) -> crate::error::Error {
    let shown: Vec<String> = found.iter().take(CANDIDATES).map(|c| c.key_id.to_string()).collect();
    let more = if found.len() > CANDIDATES || found.first().is_some_and(|c| c.key_matches as usize > CANDIDATES) {
        "\n  …"
    } else {
        ""
    };
    let nouns = match T::NOUN.strip_suffix('y') {
        Some(stem) => format!("{stem}ies"),
        None => format!("{}s", T::NOUN),
    };
    crate::error::Error::refused(format!("the prefix {key} names several {nouns}:\n  {}{more}", shown.join("\n  ")))
        .hint("give more of the id")
}

/// The id of the record `key` names, or None. A whole id of a record with no natural key
/// is taken as given (the command's own lookup says when it is not there).
pub(crate) async fn find_id<T: Table>(conn: &mut PgConnection, key: &Key<T>) -> Result<Option<T>> {
    find_id_where(conn, None, key).await
}

/// [`find_id`] among one clinic's records (one shard on Citus, where a prefix looked up
/// without its clinic is looked up on every shard).
pub(crate) async fn find_id_in<T: Table>(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    key: &Key<T>,
) -> Result<Option<T>> {
    find_id_where(conn, Some(organization_id), key).await
}

async fn find_id_where<T: Table>(
    conn: &mut PgConnection,
    clinic: Option<OrganizationId>,
    key: &Key<T>,
) -> Result<Option<T>> {
    if T::NATURAL_MATCH.is_none()
        && let Some(whole) = key.whole()
    {
        return Ok(Some(T::from(whole)));
    }
    let binds = Binds::of(key);
    let sql = match clinic {
        Some(_) => candidates_in::<T>(1, 5),
        None => candidates::<T>(1),
    };
    let mut query =
        crate::db::statement::query_as(&sql).bind(binds.key).bind(binds.whole).bind(binds.low).bind(binds.high);
    if let Some(clinic) = clinic {
        query = query.bind(clinic);
    }
    let found: Vec<Candidate> =
        query.fetch_all(conn).await.with_context(|| format!("could not look up the {} {key}", T::NOUN))?;
    choose(key, &found)
}

/// The id of the record `key` names, or an error saying none has it.
pub(crate) async fn resolve<T: Table>(conn: &mut PgConnection, key: &Key<T>) -> Result<T> {
    find_id(conn, key).await?.ok_or_else(|| not_found(key))
}

/// [`resolve`] among one clinic's records.
pub(crate) async fn resolve_in<T: Table>(
    conn: &mut PgConnection,
    organization_id: OrganizationId,
    key: &Key<T>,
) -> Result<T> {
    find_id_in(conn, organization_id, key).await?.ok_or_else(|| not_found(key))
}

/// The error of a key that names nothing.
pub(crate) fn not_found<T: Entity>(key: &Key<T>) -> anyhow::Error {
    crate::error::not_found(match T::NATURAL {
        Some(natural) => format!("no {} with {natural} or id {key} in this organization", T::NOUN),
        None => format!("no {} has an id starting with {key} here", T::NOUN),
    })
}

/// A row and how the key named it.
struct Keyed<R> {
    row: R,
    candidate: Candidate,
}

impl<'r, R: sqlx::FromRow<'r, PgRow>> sqlx::FromRow<'r, PgRow> for Keyed<R> {
    fn from_row(row: &'r PgRow) -> Result<Self, sqlx::Error> {
        Ok(Keyed { row: R::from_row(row)?, candidate: Candidate::from_row(row)? })
    }
}

/// The row `select` (a SELECT with no WHERE, whose record's id is `id_column`) reads of
/// the record `key` names, in one statement; None when it names none.
pub(crate) async fn find_row<T: Table, R>(
    conn: &mut PgConnection,
    key: &Key<T>,
    select: &str,
    id_column: &str,
) -> Result<Option<R>>
where
    R: for<'r> sqlx::FromRow<'r, PgRow> + Send + Unpin,
{
    keyed_row(conn, None, key, select, id_column).await
}

/// [`find_row`] among one clinic's records when the scope has a clinic: `clinic_column`
/// is the clinic of `select`'s record, and every table the statement reads names it (one
/// shard on Citus, where a key looked up without its clinic is looked up on every shard).
/// Platform scope (no clinic) looks among every clinic row-level security shows it.
pub(crate) async fn find_row_in<T: Table, R>(
    conn: &mut PgConnection,
    clinic: Option<OrganizationId>,
    key: &Key<T>,
    select: &str,
    (id_column, clinic_column): (&str, &str),
) -> Result<Option<R>>
where
    R: for<'r> sqlx::FromRow<'r, PgRow> + Send + Unpin,
{
    keyed_row(conn, clinic.map(|id| (id, clinic_column)), key, select, id_column).await
}

async fn keyed_row<T: Table, R>(
    conn: &mut PgConnection,
    clinic: Option<(OrganizationId, &str)>,
    key: &Key<T>,
    select: &str,
    id_column: &str,
) -> Result<Option<R>>
where
    R: for<'r> sqlx::FromRow<'r, PgRow> + Send + Unpin,
{
    let binds = Binds::of(key);
    let select = select.replacen("SELECT ", "SELECT k.key_id, k.key_exact, k.key_matches, ", 1);
    let sql = match clinic {
        None => format!(
            "{select} JOIN ({}) k ON k.key_id = {id_column} ORDER BY k.key_exact DESC, k.key_id",
            candidates::<T>(1)
        ),
        Some((_, column)) => format!(
            "{select} JOIN ({}) k ON k.key_id = {id_column} WHERE {column} = $5 ORDER BY k.key_exact DESC, k.key_id",
            candidates_in::<T>(1, 5)
        ),
    };
    let mut query =
        crate::db::statement::query_as(&sql).bind(binds.key).bind(binds.whole).bind(binds.low).bind(binds.high);
    if let Some((organization_id, _)) = clinic {
        query = query.bind(organization_id);
    }
    let mut rows: Vec<Keyed<R>> =
        query.fetch_all(conn).await.with_context(|| format!("could not look up the {} {key}", T::NOUN))?;
    let found: Vec<Candidate> = rows.iter().map(|r| r.candidate).collect();
    match choose(key, &found)? {
        Some(_) => Ok(Some(rows.swap_remove(0).row)),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_exact_key_wins_a_single_prefix_match_is_taken_and_several_are_refused() {
        let key: Key<PatientId> = Key::parse("0a1b2c3d").expect("key");
        let one = |exact, matches| Candidate { key_id: Uuid::now_v7(), key_exact: exact, key_matches: matches };
        assert!(choose(&key, &[]).expect("none").is_none());
        let single = one(false, 1);
        assert_eq!(choose(&key, &[single]).expect("one").map(|p| p.0), Some(single.key_id));
        let exact = one(true, 2);
        assert_eq!(choose(&key, &[exact, one(false, 2)]).expect("exact").map(|p| p.0), Some(exact.key_id));
        let refused = choose(&key, &[one(false, 2), one(false, 2)]).expect_err("ambiguous").to_string();
        assert!(refused.contains("names several patients"), "{refused}");
        assert!(Key::<SessionId>::parse("0a1b2c").is_err() && Key::<PatientId>::parse("MRN-1").is_ok());
    }
}
