//! Where an import stages its rows (migration 20261210000002). One server: a temporary
//! table made LIKE the staging table of its kind, dropped at commit. A Citus cluster:
//! the staging table itself, distributed beside the clinic's rows, seen through a
//! temporary view of this import's rows, so that the import's checks and move, written
//! once against the view's name, run on the clinic's shard. Either way the checks and the
//! move name the staged rows by the same name, and COPY fills them.

use anyhow::{Context, Result};
use sqlx::PgConnection;
use uuid::Uuid;

use crate::domain::ids::OrganizationId;

/// The staged rows of one import.
#[derive(Debug, Clone)]
pub(crate) struct Staging {
    /// The name the checks and the move read: the temporary table, or view.
    name: &'static str,
    /// The staging table of its kind.
    table: &'static str,
    organization_id: OrganizationId,
    import_id: Uuid,
    distributed: bool,
}

impl Staging {
    /// Makes the place for this import's rows: `name` (what the SQL reads) over `table`
    /// (the kind's staging table), in the transaction's clinic.
    pub(crate) async fn create(
        conn: &mut PgConnection,
        name: &'static str,
        table: &'static str,
        organization_id: OrganizationId,
    ) -> Result<Self> {
        let staging = Self {
            name,
            table,
            organization_id,
            import_id: Uuid::new_v4(),
            distributed: super::cluster::is_distributed(&mut *conn).await?,
        };
        // The rows' import, which COPY does not send (a column's default, as their clinic
        // is, from the clinic the transaction acts in).
        crate::db::statement::query("SELECT set_config('omnictl.import_id', $1, true)")
            .bind(staging.import_id.to_string())
            .execute(&mut *conn)
            .await
            .context("could not name the import's rows")?;
        // Both names are the schema's own (constants); the ids are uuids.
        let make = if staging.distributed {
            format!(
                "CREATE OR REPLACE TEMP VIEW {name} AS SELECT * FROM public.{table}
                  WHERE organization_id = '{}' AND import_id = '{}'",
                organization_id.0, staging.import_id
            )
        } else {
            format!("CREATE TEMP TABLE {name} (LIKE public.{table} INCLUDING DEFAULTS) ON COMMIT DROP")
        };
        crate::db::statement::query(&make)
            .execute(&mut *conn)
            .await
            .context("could not create the import's staging table")?;
        Ok(staging)
    }

    /// `COPY … FROM STDIN` of `columns` into the staged rows.
    pub(crate) fn copy_statement(&self, columns: &str) -> String {
        let target = if self.distributed { self.table } else { self.name };
        format!("COPY {target} ({columns}) FROM STDIN")
    }

    /// Gives the planner the staged rows' statistics (a temporary table has none until
    /// analyzed; on a cluster the shard's planner samples its own).
    pub(crate) async fn analyze(&self, conn: &mut PgConnection) -> Result<()> {
        if !self.distributed {
            crate::db::statement::query(&format!("ANALYZE {}", self.name))
                .execute(conn)
                .await
                .context("could not analyze the staged rows")?;
        }
        Ok(())
    }

    /// Removes the staged rows before the import commits (a temporary table goes at
    /// commit by itself): no row of an import outlives it.
    pub(crate) async fn clear(&self, conn: &mut PgConnection) -> Result<()> {
        if self.distributed {
            crate::db::statement::query(&format!(
                "DELETE FROM public.{} WHERE organization_id = $1 AND import_id = $2",
                self.table
            ))
            .bind(self.organization_id)
            .bind(self.import_id)
            .execute(conn)
            .await
            .context("could not remove the import's staged rows")?;
        }
        Ok(())
    }
}
