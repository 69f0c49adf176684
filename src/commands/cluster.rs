//! `omnictl cluster`: a Citus cluster — distributing the schema over its workers, and
//! what the cluster holds where. The schema's owner runs it on the coordinator.

use anyhow::Result;
use serde::Serialize;

use super::App;
use crate::cli::cluster::ClusterCommand;
use crate::db::Schema;
use crate::error::Error;
use crate::output::{self, Tabular};
use crate::store::cluster::{self, Node, TableDistribution};

pub async fn run(app: &App, command: ClusterCommand) -> Result<()> {
    output::accepts::<Row>(app.global.output)?;
    let pool = app.connect_owner(Schema::Current).await?;
    let mut conn = pool.acquire().await?;
    let Some(version) = cluster::citus_version(&mut conn).await? else {
        return Err(Error::refused("this database has no Citus extension: it is a single server")
            .hint(
                "on the coordinator, a superuser runs CREATE EXTENSION citus, \
                 citus_set_coordinator_host(…) and citus_add_node(…) for each worker (see README, \
                 \"When one server is not enough\"); a single server needs no distribution",
            )
            .into());
    };
    if let ClusterCommand::Distribute = command {
        let done = cluster::distribute(&mut conn).await?;
        if done.reference.is_empty() && done.distributed.is_empty() {
            app.ui.info("the schema is already distributed as planned; nothing to do");
        } else {
            app.ui.info(format!(
                "distributed {} table(s) by organization_id and made {} reference table(s) (Citus {version}); \
                 {} foreign key(s) dropped and added again",
                done.distributed.len(),
                done.reference.len(),
                done.foreign_keys
            ));
        }
        app.ui.info(format!("{} operator login(s) on every worker", done.logins));
    }
    let nodes = cluster::nodes(&mut conn).await?;
    let tables = cluster::tables(&mut conn).await?;
    drop(conn);
    pool.close().await;
    let rows: Vec<Row> = nodes.iter().map(Row::node).chain(tables.iter().map(Row::table)).collect();
    app.print_list(&rows)
}

/// One line of `cluster status`: a node, or a table and its distribution.
#[derive(Debug, Serialize)]
struct Row {
    /// node or table.
    kind: &'static str,
    /// host:port of a node, the name of a table.
    name: String,
    /// A node's role (coordinator, worker); a table's Citus type (distributed,
    /// reference, local, none).
    state: String,
    /// What the plan wants of a table: distributed, reference or local.
    planned: Option<String>,
    distribution_column: Option<String>,
    colocation_id: Option<i32>,
    /// A table's shards, a node's shard placements.
    shards: Option<i64>,
    /// Whether the table is as planned (a node: whether it is active).
    ok: bool,
}

impl Row {
    fn node(node: &Node) -> Self {
        Row {
            kind: "node",
            name: format!("{}:{}", node.host, node.port),
            state: node.role.clone(),
            planned: None,
            distribution_column: None,
            colocation_id: None,
            shards: Some(node.placements),
            ok: node.is_active,
        }
    }

    fn table(table: &TableDistribution) -> Self {
        let ok = cluster::as_planned(table);
        Row {
            kind: "table",
            name: table.table_name.clone(),
            state: table.citus_type.clone(),
            planned: Some(table.planned.clone()),
            distribution_column: table.distribution_column.clone(),
            colocation_id: table.colocation_id,
            shards: table.shard_count.map(i64::from),
            ok,
        }
    }
}

impl Tabular for Row {
    fn headers() -> Vec<&'static str> {
        vec!["kind", "name", "state", "planned", "distribution column", "colocation", "shards", "ok"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.kind.to_string(),
            self.name.clone(),
            self.state.clone(),
            output::cell(self.planned.as_ref()),
            output::cell(self.distribution_column.as_ref()),
            output::cell(self.colocation_id),
            output::cell(self.shards),
            if self.ok { "yes" } else { "NO" }.to_string(),
        ]
    }
}
