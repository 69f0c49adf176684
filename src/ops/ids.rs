//! An id named by its prefix becomes the one row it names, or a refusal listing the
//! candidates when it names several.

use anyhow::Result;
use uuid::Uuid;

use super::CommandTx;
use crate::domain::ids::IdPrefix;
use crate::error;
use crate::store::ids::{self, IdTable};

/// The id of the one row of `table` that `prefix` names (a whole id is taken as given:
/// the command's own lookup says when it is not there).
pub async fn resolve<T: From<Uuid>>(tx: &mut CommandTx, table: IdTable, prefix: &IdPrefix) -> Result<T> {
    if let Some(whole) = prefix.whole() {
        return Ok(T::from(whole));
    }
    let found = ids::matching(tx.conn(), table, prefix, ids::KEY_ROWS).await?;
    match found.as_slice() {
        [one] => Ok(T::from(*one)),
        [] => Err(error::not_found(format!("no {} has an id starting with {prefix} here", table.noun()))),
        many => Err(ids::ambiguous(&prefix.to_string(), table.noun(), many.iter().copied()).into()),
    }
}
