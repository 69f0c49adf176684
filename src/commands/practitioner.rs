//! `omnictl practitioner`: the clinicians of an organization, with the credentials,
//! NPI and license that decide which service codes they may render. Managed by the
//! organization's ADMIN (or a super admin with --org); STAFF may list and show.

use anyhow::Result;

use super::App;
use crate::cli::practitioner::PractitionerCommand;
use crate::db::Schema;
use crate::domain::text::MAX_NAME;
use crate::ops::practitioners as ops;
use crate::output::{self, Tabular};
use crate::store::practitioners::Practitioner;

pub async fn run(app: &App, command: PractitionerCommand) -> Result<()> {
    let pool = app.connect(Schema::Current).await?;
    let runner = app.runner(&pool);
    let result = match command {
        PractitionerCommand::Create(args) => {
            let fields = ops::Fields {
                name: Some(super::line_flag("--name", &args.name, MAX_NAME)?),
                credentials: args.credentials,
                npi: Some(args.npi),
                license_number: args.license_number,
                license_state: args.license_state,
                credential_valid_until: None,
                user: args.user,
            };
            let create = ops::Create { fields, credential_valid_until: args.credential_valid_until };
            let practitioner = runner.run(create).await?;
            app.ui.info(format!("added {} (NPI {})", practitioner.name, practitioner.npi));
            app.print_record(&practitioner)
        }
        PractitionerCommand::List(args) => {
            let query = crate::store::practitioners::PractitionerList { include_inactive: args.include_inactive };
            super::list::print(app, &pool, ops::listing(), async |_tx, _session| Ok(query)).await
        }
        PractitionerCommand::Show(args) => {
            let practitioner = runner.run(ops::Show { practitioner: args.practitioner }).await?;
            app.print_record(&practitioner)
        }
        PractitionerCommand::Update(args) => {
            let fields = ops::Fields {
                name: super::optional_line_flag("--name", args.name.as_deref(), MAX_NAME)?,
                credentials: args.credentials,
                npi: args.npi,
                license_number: args.license_number,
                license_state: args.license_state,
                credential_valid_until: None,
                user: args.user,
            };
            let affected = args.affected.choice()?;
            let update = ops::Update {
                practitioner: args.practitioner,
                fields,
                credential_valid_until: args.credential_valid_until,
                affected,
            };
            let practitioner = runner.run(update).await?;
            app.print_record(&practitioner)
        }
        PractitionerCommand::SupervisionContact(args) => {
            let contact = crate::ops::supervision::Contact {
                technician: args.technician,
                supervisor: args.supervisor,
                start: args.start,
                minutes: args.minutes,
                with_client: args.with_client,
            };
            let recorded = runner.run(crate::ops::supervision::Record { contact }).await?;
            app.ui.info(format!("recorded the supervision contact {}", recorded.id));
            app.print_record(&recorded)
        }
        PractitionerCommand::Deactivate(args) => {
            let affected = args.affected.choice()?;
            let practitioner = runner.run(ops::Deactivate { practitioner: args.practitioner, affected }).await?;
            app.ui.info(format!("deactivated {} (NPI {})", practitioner.name, practitioner.npi));
            app.print_record(&practitioner)
        }
    };
    pool.close().await;
    result
}

impl Tabular for Practitioner {
    fn headers() -> Vec<&'static str> {
        vec!["name", "credentials", "npi", "license", "valid until", "user", "active", "id"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.credentials.join(", "),
            self.npi.clone(),
            match (&self.license_number, &self.license_state) {
                (Some(number), Some(state)) => format!("{state} {number}"),
                _ => String::new(),
            },
            output::cell(self.credential_valid_until),
            output::cell(self.user_email.clone()),
            if self.is_active { "yes" } else { "no" }.to_string(),
            self.id.to_string(),
        ]
    }
}

impl Tabular for crate::ops::supervision::Recorded {
    fn headers() -> Vec<&'static str> {
        vec!["technician", "supervisor", "start", "minutes", "with client", "id"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.technician.clone(),
            self.supervisor.clone(),
            self.start.format("%Y-%m-%d %H:%M").to_string(),
            self.minutes.to_string(),
            if self.with_client { "yes" } else { "no" }.to_string(),
            self.id.to_string(),
        ]
    }
}
