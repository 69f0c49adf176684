//! `omnictl cluster`: a Citus cluster — distributing the schema over its workers, and
//! what the cluster holds where. The schema's owner runs it on the coordinator.

use anyhow::Result;

use super::App;
use crate::cli::cluster::ClusterCommand;
use crate::db::Schema;
use crate::error::Error;
use crate::ops::cluster::Row;
use crate::output;
use crate::store::cluster;

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
