//! The distribution plan of a Citus cluster and what Citus says of it: which tables are
//! reference tables (copied to every node), which are distributed by `organization_id`
//! (a clinic's rows together on one worker, all in one colocation group), and the
//! nodes. Nothing here runs on a single server but the question whether Citus is there.

use anyhow::{Context, Result, bail};
use serde::Serialize;
use sqlx::{Connection, PgConnection};

use crate::db::statement::{query, query_as, query_scalar};

/// Copied whole to every node: what every clinic's rows point at (organizations, the
/// operators, the service-code catalogue), the rule tables the policies and triggers read,
/// and the database's identity, from which every node names a new user's login
/// (migration 20261210000001; the logins the policies ask about are a view of users).
pub(crate) const REFERENCE_TABLES: &[&str] = &[
    "organizations",
    "users",
    "service_codes",
    "service_concurrency",
    "omnictl_role_rules",
    "omnictl_database_identity",
];

/// Distributed by `organization_id`, colocated with the first: every key and every
/// foreign key between them includes `organization_id`, so a clinic's rows and their
/// checks stay on one worker.
pub const TENANT_TABLES: &[&str] = &[
    "patients",
    "practitioners",
    "patient_insurances",
    "authorizations",
    "appointments",
    "sessions",
    "session_events",
    "session_note_addenda",
    "session_service_lines",
    "authorization_unit_events",
    "break_glass_grants",
    "supervision_contacts",
    "import_patient_rows",
];

/// The audit trail and the notes its triggers keep until commit, distributed by their
/// chain key (a clinic's id; the all-zero uuid for the platform's chain, one shard) in the
/// clinics' colocation group: a clinic's change, its audit row, items and chain head are
/// on one worker, and its triggers' statements stay there (migration 20261206000041).
pub const AUDIT_TABLES: &[&str] =
    &["audit_logs", "audit_log_items", "audit_chain_heads", "audit_items_pending", "sql_writes_pending"];

/// The column the audit trail is distributed by.
pub(crate) const CHAIN_COLUMN: &str = "chain_key";

/// The keys of the trail that one server keeps across chains, and the form Citus needs
/// (a distributed table's keys include its distribution column): (table, key, columns).
const CHAIN_KEYS: &[(&str, &str, &str)] = &[
    ("audit_logs", "audit_logs_pkey", "id, chain_key"),
    ("audit_log_items", "audit_log_items_pkey", "audit_log_id, item_no, chain_key"),
];

/// The functions the policies call (see migration 20261206000031).
const POLICY_FUNCTIONS: &[&str] = &[
    "omnictl_session_login()",
    "omnictl_current_operator()",
    "omnictl_platform_scope()",
    "omnictl_current_organization()",
    "omnictl_patient_organization()",
    "omnictl_managed_organization()",
    "omnictl_managed_patient_organization()",
    "omnictl_home_organization()",
    "omnictl_acting_super_admin()",
];

/// The functions that make and change logins (CREATE ROLE, ALTER ROLE, GRANT CONNECT).
const LOGIN_FUNCTIONS: &[&str] = &["omnictl_keep_login()", "omnictl_set_login_password(uuid, text)"];

/// The column tenant tables are distributed by.
pub(crate) const DISTRIBUTION_COLUMN: &str = "organization_id";

/// The installed Citus extension's version in this database, if any.
pub(crate) async fn citus_version(conn: &mut PgConnection) -> Result<Option<String>> {
    query_scalar("SELECT extversion FROM pg_catalog.pg_extension WHERE extname = 'citus'")
        .fetch_optional(conn)
        .await
        .context("could not ask whether Citus is installed")
}

/// Whether the clinics' tables are distributed here (a Citus coordinator after
/// `cluster distribute`): one catalogue read where Citus is not installed.
pub(crate) async fn is_distributed(conn: &mut PgConnection) -> Result<bool> {
    if citus_version(&mut *conn).await?.is_none() {
        return Ok(false);
    }
    query_scalar("SELECT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'public.patients'::regclass)")
        .fetch_one(conn)
        .await
        .context("could not ask whether the schema is distributed")
}

/// A node of the cluster, as `pg_dist_node` lists it.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub(crate) struct Node {
    pub node_id: i32,
    pub host: String,
    pub port: i32,
    /// coordinator or worker.
    pub role: String,
    pub is_active: bool,
    /// Shard placements of distributed and reference tables on the node.
    pub placements: i64,
}

pub(crate) async fn nodes(conn: &mut PgConnection) -> Result<Vec<Node>> {
    query_as(
        "SELECT n.nodeid AS node_id, n.nodename AS host, n.nodeport AS port,
                CASE WHEN n.groupid = 0 THEN 'coordinator' ELSE 'worker' END AS role, n.isactive AS is_active,
                (SELECT count(*) FROM pg_catalog.pg_dist_placement p WHERE p.groupid = n.groupid) AS placements
           FROM pg_catalog.pg_dist_node n
          ORDER BY n.groupid, n.nodeid",
    )
    .fetch_all(conn)
    .await
    .context("could not list the cluster's nodes")
}

/// A table of the schema and how Citus holds it.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub(crate) struct TableDistribution {
    pub table_name: String,
    /// distributed, reference, local (in Citus's metadata, on the coordinator) or
    /// none (a plain table Citus does not know).
    pub citus_type: String,
    pub distribution_column: Option<String>,
    pub colocation_id: Option<i32>,
    pub shard_count: Option<i32>,
    /// What the plan wants: distributed, reference or local.
    pub planned: String,
}

/// Every table of the schema (none of Citus's shards), with its distribution and the
/// plan's.
pub(crate) async fn tables(conn: &mut PgConnection) -> Result<Vec<TableDistribution>> {
    query_as(
        "SELECT c.relname::text AS table_name, coalesce(t.citus_table_type, 'none') AS citus_type,
                nullif(t.distribution_column, '<none>') AS distribution_column, t.colocation_id::int AS colocation_id,
                t.shard_count::int AS shard_count,
                CASE WHEN c.relname = ANY($1) THEN 'reference'
                     WHEN c.relname = ANY($2) OR c.relname = ANY($3) THEN 'distributed'
                     ELSE 'local' END AS planned
           FROM pg_catalog.pg_class c
           LEFT JOIN public.citus_tables t ON t.table_name = c.oid::regclass
          WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
            AND NOT pg_catalog.relation_is_a_known_shard(c.oid)
          ORDER BY 6, 1",
    )
    .bind(REFERENCE_TABLES)
    .bind(TENANT_TABLES)
    .bind(AUDIT_TABLES)
    .fetch_all(conn)
    .await
    .context("could not list the tables and their distribution")
}

/// What `distribute` did.
#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct Distributed {
    /// Tables made reference tables by this run.
    pub reference: Vec<String>,
    /// Tables distributed by this run.
    pub distributed: Vec<String>,
    /// Foreign keys dropped and added again around them.
    pub foreign_keys: usize,
    /// Operators' logins made (or brought to their state) on the workers.
    pub logins: usize,
}

/// Makes every operator's login that existed before the distribution on every worker, as
/// on the coordinator: LOGIN while the operator is active, a member of omnictl_app,
/// allowed to connect (from then on each node's copy of users makes a new user's login
/// there: migration 20261210000001). The coordinator opens its connections to the
/// workers as the operator's login; no one else needs to log in there (the login's
/// password stays on the coordinator). Run by the schema's owner through Citus
/// (`run_command_on_workers`), each worker's statements its own. The logins are this
/// database's roles by name (its identity's tag), read without the users' policies.
pub(crate) async fn provision_logins(conn: &mut PgConnection) -> Result<usize> {
    let logins: Vec<(String, bool)> = query_as(
        "SELECT r.rolname::text, r.rolcanlogin FROM pg_catalog.pg_roles r, public.omnictl_database_identity i
          WHERE starts_with(r.rolname, 'omnictl_u_' || i.login_tag || '_') ORDER BY 1",
    )
    .fetch_all(&mut *conn)
    .await
    .context("could not read the operators' logins")?;
    let database: String = query_scalar("SELECT current_database()::text").fetch_one(&mut *conn).await?;
    for (login, can_login) in &logins {
        let login_clause = if *can_login { "LOGIN" } else { "NOLOGIN" };
        let command = format!(
            "SET citus.enable_ddl_propagation = off; \
             DO $provision$ BEGIN \
               IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = {name}) THEN \
                 CREATE ROLE {role} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT \
                   IN ROLE omnictl_app; \
               END IF; \
             END $provision$; \
             ALTER ROLE {role} {login_clause}; GRANT CONNECT ON DATABASE {db} TO {role}",
            name = quote_literal(login),
            role = quote_ident(login),
            db = quote_ident(&database),
        );
        let failed: Vec<(String, i32, String)> = query_as(
            "SELECT nodename::text, nodeport, result FROM pg_catalog.run_command_on_workers($1) WHERE NOT success",
        )
        .bind(&command)
        .fetch_all(&mut *conn)
        .await
        .with_context(|| format!("could not make the login {login} on the workers"))?;
        if let Some((host, port, result)) = failed.first() {
            bail!("could not make the login {login} on the worker {host}:{port}: {result}");
        }
    }
    Ok(logins.len())
}

/// Makes the plan true, in one transaction: the policies in the form Citus accepts,
/// every foreign key of the schema dropped, the reference tables made, the tenant tables
/// distributed in one colocation group, the foreign keys added again (Citus checks them
/// on the shards from then on), the database's settings for Citus. What is already as
/// planned is left alone, so it may run again; then it checks the plan against
/// `citus_tables`.
pub(crate) async fn distribute(conn: &mut PgConnection) -> Result<Distributed> {
    let before = tables(conn).await?;
    let pending: Vec<&TableDistribution> = before.iter().filter(|t| t.planned != "local" && !as_planned(t)).collect();
    let mut done = Distributed::default();
    let mut tx = conn.begin().await.context("could not begin the distribution")?;
    // Triggers on distributed tables (every invariant the schema keeps is one) are
    // allowed; foreign keys to reference tables in one transaction need sequential mode.
    sqlx::raw_sql(
        "SET LOCAL citus.enable_unsafe_triggers = on; SET LOCAL citus.multi_shard_modify_mode = 'sequential';",
    )
    .execute(&mut *tx)
    .await
    .context("could not set Citus up for the distribution")?;
    if !pending.is_empty() {
        // Citus refuses subqueries in policies of distributed tables.
        query("SELECT public.omnictl_write_policies(false)")
            .execute(&mut *tx)
            .await
            .context("could not rewrite the policies for Citus")?;
        let keys: Vec<(String, String, String)> = query_as(
            "SELECT k.conrelid::regclass::text, k.conname::text, pg_catalog.pg_get_constraintdef(k.oid)
               FROM pg_catalog.pg_constraint k
              WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace
                AND NOT pg_catalog.relation_is_a_known_shard(k.conrelid)
              ORDER BY k.conrelid::regclass::text, k.conname",
        )
        .fetch_all(&mut *tx)
        .await
        .context("could not read the foreign keys")?;
        for (table, name, _) in &keys {
            sqlx::raw_sql(&format!("ALTER TABLE {table} DROP CONSTRAINT {}", quote_ident(name)))
                .execute(&mut *tx)
                .await
                .with_context(|| format!("could not drop the foreign key {name} of {table}"))?;
        }
        // The rows already on the coordinator were checked there: copying them into the
        // shards fires no trigger (those of the audit trail write to tables that stay on
        // the coordinator). The triggers that were on are on again below, on the shards too.
        let triggers: Vec<(String, String)> = query_as(
            "SELECT g.tgrelid::regclass::text, g.tgname::text FROM pg_catalog.pg_trigger g
              WHERE NOT g.tgisinternal AND g.tgenabled = 'O' AND g.tgrelid::regclass::text = ANY($1)
              ORDER BY 1, 2",
        )
        .bind(pending.iter().map(|t| t.table_name.clone()).collect::<Vec<_>>())
        .fetch_all(&mut *tx)
        .await
        .context("could not read the triggers")?;
        for (table, name) in &triggers {
            sqlx::raw_sql(&format!("ALTER TABLE {table} DISABLE TRIGGER {}", quote_ident(name)))
                .execute(&mut *tx)
                .await
                .with_context(|| format!("could not hold the trigger {name} of {table}"))?;
        }
        for table in pending.iter().filter(|t| t.planned == "reference") {
            query("SELECT create_reference_table($1::regclass)")
                .bind(format!("public.{}", table.table_name))
                .execute(&mut *tx)
                .await
                .with_context(|| format!("could not make {} a reference table", table.table_name))?;
            done.reference.push(table.table_name.clone());
        }
        let anchor = TENANT_TABLES[0];
        for name in TENANT_TABLES {
            if !pending.iter().any(|t| t.table_name == *name) {
                continue;
            }
            let colocate = if *name == anchor { "none".to_string() } else { format!("public.{anchor}") };
            query("SELECT create_distributed_table($1::regclass, $2, colocate_with => $3)")
                .bind(format!("public.{name}"))
                .bind(DISTRIBUTION_COLUMN)
                .bind(colocate)
                .execute(&mut *tx)
                .await
                .with_context(|| format!("could not distribute {name} by {DISTRIBUTION_COLUMN}"))?;
            done.distributed.push((*name).to_string());
        }
        // The trail by its chain, in the same colocation group (a chain key is the id of
        // the clinic whose rows it records). Its keys first take the chain key in.
        for (table, key, columns) in CHAIN_KEYS {
            if !pending.iter().any(|t| t.table_name == *table) {
                continue;
            }
            sqlx::raw_sql(&format!(
                "ALTER TABLE public.{table} DROP CONSTRAINT {key}, ADD CONSTRAINT {key} PRIMARY KEY ({columns})"
            ))
            .execute(&mut *tx)
            .await
            .with_context(|| format!("could not key {table} by its chain"))?;
        }
        for name in AUDIT_TABLES {
            if !pending.iter().any(|t| t.table_name == *name) {
                continue;
            }
            query("SELECT create_distributed_table($1::regclass, $2, colocate_with => $3)")
                .bind(format!("public.{name}"))
                .bind(CHAIN_COLUMN)
                .bind(format!("public.{anchor}"))
                .execute(&mut *tx)
                .await
                .with_context(|| format!("could not distribute {name} by {CHAIN_COLUMN}"))?;
            done.distributed.push((*name).to_string());
        }
        // The rows copied to the shards stay on the coordinator's disk until removed.
        for name in done.reference.iter().chain(&done.distributed) {
            query("SELECT truncate_local_data_after_distributing_table($1::regclass)")
                .bind(format!("public.{name}"))
                .execute(&mut *tx)
                .await
                .with_context(|| format!("could not remove the coordinator's copy of {name}"))?;
        }
        // Each on its own, not from a function: Citus converts a local table that points
        // at a reference table (the audit trail) as the key is added.
        for (table, name, definition) in &keys {
            sqlx::raw_sql(&format!("ALTER TABLE {table} ADD CONSTRAINT {} {definition}", quote_ident(name)))
                .execute(&mut *tx)
                .await
                .with_context(|| format!("could not add the foreign key {name} of {table} again"))?;
        }
        for (table, name) in &triggers {
            sqlx::raw_sql(&format!("ALTER TABLE {table} ENABLE TRIGGER {}", quote_ident(name)))
                .execute(&mut *tx)
                .await
                .with_context(|| format!("could not turn the trigger {name} of {table} on again"))?;
        }
        done.foreign_keys = keys.len();
    }
    // Every function of the schema is on every node: a trigger or policy that runs on a
    // shard calls what its body names (the row hash, the items' summary, the counters'
    // check), and Citus propagates a function by itself only when an object it places
    // depends on it, not when another function's body calls it.
    let local: Vec<String> = query_scalar(
        "SELECT p.oid::regprocedure::text FROM pg_catalog.pg_proc p
          WHERE p.pronamespace = 'public'::regnamespace AND p.prokind = 'f'
            AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                             WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
            AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_dist_object o
                             WHERE o.classid = 'pg_catalog.pg_proc'::regclass AND o.objid = p.oid)
          ORDER BY 1",
    )
    .fetch_all(&mut *tx)
    .await
    .context("could not read the schema's functions")?;
    for function in &local {
        query("SELECT create_distributed_function($1::regprocedure)")
            .bind(function)
            .execute(&mut *tx)
            .await
            .map_err(|error| anyhow::anyhow!("could not place {function} on the workers: {error}"))?;
    }
    // The login trigger's role statements stay on this node (see migration
    // 20261206000031; `provision_logins` makes them on the workers).
    for function in LOGIN_FUNCTIONS {
        sqlx::raw_sql(&format!(
            "ALTER FUNCTION public.{function} SET citus.enable_ddl_propagation = off; \
             ALTER FUNCTION public.{function} SET citus.enable_create_role_propagation = off"
        ))
        .execute(&mut *tx)
        .await
        .with_context(|| format!("could not keep the role statements of {function} on the coordinator"))?;
    }
    // The policies' functions read operator_logins, a view of reference tables whose copy
    // is on every node: Citus lets them do so from a shard only when told (it cannot tell a
    // read of a reference table from a query that would fan out again).
    for function in POLICY_FUNCTIONS {
        sqlx::raw_sql(&format!("ALTER FUNCTION public.{function} SET citus.allow_nested_distributed_execution = on"))
            .execute(&mut *tx)
            .await
            .with_context(|| format!("could not let {function} read the logins on the workers"))?;
    }
    // So do the triggers' functions, whose statements (the audit row and its chain's
    // head, the notes, the counters) name the clinic or chain of the row they fire for:
    // each is routed to a shard of the worker it runs on (colocated), and Citus runs it
    // there, locally, in the same transaction.
    let triggers: Vec<String> = query_scalar(
        "SELECT p.oid::regprocedure::text FROM pg_catalog.pg_proc p
          WHERE p.pronamespace = 'public'::regnamespace AND p.prorettype = 'pg_catalog.trigger'::regtype
             OR p.oid = ANY (ARRAY['public.omnictl_assert_authorization_counters(uuid, uuid, text)'::regprocedure,
                                   'public.omnictl_audit_items_summary(uuid, uuid)'::regprocedure])
          ORDER BY 1",
    )
    .fetch_all(&mut *tx)
    .await
    .context("could not read the trigger functions")?;
    for function in &triggers {
        sqlx::raw_sql(&format!("ALTER FUNCTION {function} SET citus.allow_nested_distributed_execution = on"))
            .execute(&mut *tx)
            .await
            .with_context(|| format!("could not let {function} write on the workers"))?;
    }
    // Every session of this database forwards its SET LOCAL settings (the clinic asked
    // for) to the workers, and triggers stay allowed for later DDL.
    let database: String = query_scalar("SELECT current_database()::text").fetch_one(&mut *tx).await?;
    sqlx::raw_sql(&format!(
        "ALTER DATABASE {db} SET citus.propagate_set_commands = 'local'; \
         ALTER DATABASE {db} SET citus.enable_unsafe_triggers = on;",
        db = quote_ident(&database)
    ))
    .execute(&mut *tx)
    .await
    .context("could not set the database's Citus settings")?;
    tx.commit().await.context("could not commit the distribution")?;
    done.logins = provision_logins(conn).await?;

    let after = tables(conn).await?;
    let wrong: Vec<String> = after
        .iter()
        .filter(|t| t.planned != "local" && !as_planned(t))
        .map(|t| format!("{} is {} (planned: {})", t.table_name, t.citus_type, t.planned))
        .collect();
    let anchors: std::collections::BTreeSet<Option<i32>> =
        after.iter().filter(|t| t.planned == "distributed").map(|t| t.colocation_id).collect();
    if !wrong.is_empty() {
        bail!("the distribution does not match the plan: {}", wrong.join("; "));
    }
    if anchors.len() != 1 {
        bail!("the tenant tables are not in one colocation group: {anchors:?}");
    }
    Ok(done)
}

/// Whether a table is held as the plan wants it (a table the plan keeps local always is).
pub(crate) fn as_planned(table: &TableDistribution) -> bool {
    match table.planned.as_str() {
        "reference" => table.citus_type == "reference",
        "distributed" => {
            let column =
                if AUDIT_TABLES.contains(&table.table_name.as_str()) { CHAIN_COLUMN } else { DISTRIBUTION_COLUMN };
            table.citus_type == "distributed" && table.distribution_column.as_deref() == Some(column)
        }
        _ => true,
    }
}

fn quote_literal(value: &str) -> String {
    format!("'{}'", value.replace('\'', "''"))
}

fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}
