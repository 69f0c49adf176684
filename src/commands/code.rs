//! `omnictl code`: the service codes a clinic books and bills (CPT codes with their
//! units, credentials and daily maxima).

use anyhow::Result;

use super::App;
use crate::cli::code::CodeCommand;
use crate::db::Schema;
use crate::ops::service_codes as ops;
use crate::output::{self, Tabular};
use crate::store::service_codes::ServiceCode;

pub async fn run(app: &App, command: CodeCommand) -> Result<()> {
    output::accepts::<ServiceCode>(app.global.output)?;
    let pool = app.connect(Schema::Current).await?;
    let result = match command {
        CodeCommand::List(_) => {
            let query = crate::store::service_codes::ServiceCodeList;
            super::list::print(app, &pool, ops::listing(), async |_tx, _session| Ok(query)).await
        }
    };
    pool.close().await;
    result
}

impl Tabular for ServiceCode {
    fn headers() -> Vec<&'static str> {
        vec!["code", "description", "category", "minutes per unit", "credentials", "daily max", "clinic's own"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.code.clone(),
            self.description.clone(),
            self.category.clone(),
            self.minutes_per_unit.to_string(),
            self.required_credentials.join(", "),
            output::cell(self.max_units_per_day),
            if self.clinic_override { "yes" } else { "" }.to_string(),
        ]
    }
}
