//! `cluster status`'s lines: the nodes of a Citus cluster and each table's distribution,
//! against the plan `cluster distribute` makes true.

use serde::Serialize;

use crate::output::{self, Tabular};
use crate::store::cluster::{self, Node, TableDistribution};

/// One line of `cluster status`: a node, or a table and its distribution.
#[derive(Debug, Serialize)]
pub(crate) struct Row {
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
    pub(crate) fn node(node: &Node) -> Self {
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

    pub(crate) fn table(table: &TableDistribution) -> Self {
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
