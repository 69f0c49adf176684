//! `omnictl audit`: examine and verify the audit trail. A super admin sees every chain
//! (one organization's with --org); a clinic's ADMIN sees their organization's.

use std::io::Write;

use crate::ops::audit as ops;
use anyhow::{Result, anyhow};
use futures_util::TryStreamExt;
use uuid::Uuid;

use super::App;
use crate::cli::audit::{AuditCommand, CheckpointArgs, ExportArgs, ExportFormat, KeygenArgs, LogArgs, VerifyArgs};
use crate::db::Schema;
use crate::output::{self, OutputFormat, Tabular};
use crate::store::audit_trail::{AuditFilter, AuditRecord, ChainSummary};

pub async fn run(app: &App, command: AuditCommand) -> Result<()> {
    // A key pair is made without the database.
    if let AuditCommand::Keygen(args) = &command {
        return keygen(app, args);
    }
    let pool = app.connect(Schema::Current).await?;
    let result = match command {
        AuditCommand::Log(args) => log(app, &pool, args).await,
        AuditCommand::Show(args) => {
            let record = app.runner(&pool).run(ops::Show { row: args.id }).await?;
            app.print_record(&record)
        }
        AuditCommand::Verify(args) => verify(app, &pool, args).await,
        AuditCommand::Checkpoint(args) => checkpoint(app, &pool, args).await,
        AuditCommand::Keygen(_) => Ok(()),
        AuditCommand::Export(args) => export(app, &pool, args).await,
    };
    pool.close().await;
    result
}

async fn log(app: &App, pool: &sqlx::PgPool, args: LogArgs) -> Result<()> {
    let (entity_type, entity_id) = match args.entity.as_deref() {
        Some(entity) => {
            let (kind, id) = entity
                .split_once(':')
                .ok_or_else(|| super::bad_flag("--entity", format!("takes TYPE:ID, e.g. user:{}", Uuid::nil())))?;
            (Some(kind.to_string()), Some(id.to_string()))
        }
        None => (None, None),
    };
    let filter = AuditFilter {
        organization_id: None,
        operator_email: args.by,
        action: args.action,
        entity_type,
        entity_id,
        since: None,
        until: None,
        oldest_first: false,
        with_items: false,
    };
    super::list::print(app, pool, ops::log_listing(), async |_tx, session| {
        let (since, until) = ops::window(session, args.window.since, args.window.until);
        Ok(AuditFilter { organization_id: session.organization.as_ref().map(|o| o.id), since, until, ..filter.clone() })
    })
    .await
}

async fn verify(app: &App, pool: &sqlx::PgPool, args: VerifyArgs) -> Result<()> {
    let checkpoints = match (&args.checkpoints, &args.public_key) {
        (Some(path), Some(key)) => Some(read_checkpoints(path, key)?),
        _ => None,
    };
    let mut verify = ops::Verify { checkpoints, report: None };
    let recorded = app.runner(pool).run(&mut verify).await;
    let Some((summary, breaks)) = verify.report else {
        // Refused, or failed before the chains were walked.
        return recorded;
    };
    let vouched = verify.checkpoints.as_ref().map(|lines| lines.iter().map(|l| l.heads.chains.len()).sum::<usize>());
    app.print_list(&summary)?;
    if breaks.is_empty() {
        recorded?;
        app.ui.info(format!("audit trail intact: {} chain(s) verified", summary.len()));
        match vouched {
            Some(vouched) => app.ui.info(format!(
                "and every chain passes through all {vouched} row(s) the signed checkpoints vouched for"
            )),
            None => app.ui.info(
                "checked against the database alone, which cannot detect rows rewritten together with every later \
                 hash and the chain's head, a tail cut off with its head moved back, or a chain deleted with its \
                 head: verify with --checkpoints and --public-key for that",
            ),
        }
        return Ok(());
    }
    let mut described: Vec<String> = breaks
        .iter()
        .map(|b| {
            let what = match b.problem.as_str() {
                "altered" => "its content no longer matches its hash (altered)",
                "missing_before" => "the row before it is missing (removed)",
                "out_of_band" => "it was not linked by the database (inserted out of band)",
                "items_altered" => "its per-entity items no longer match its count and digest (altered)",
                "orphan_items" => "items refer to an audit row that does not exist (inserted out of band)",
                "differs_from_checkpoint" => {
                    "it is not the row a signed checkpoint vouched for (the chain was rewritten after it)"
                }
                "ends_before_checkpoint" => {
                    "the chain ends before this row, which a signed checkpoint vouched for (cut back or deleted)"
                }
                _ => "rows at the end of the chain are missing (removed)",
            };
            let row = b.id.map(|id| format!(" (id {id})")).unwrap_or_default();
            let name = summary
                .iter()
                .find(|s| s.chain_key == b.chain_key)
                .map_or_else(|| chain_name(b.chain_key), |s| s.name.clone());
            format!("chain {name}: first broken link at row {}{row}: {what}", b.chain_seq)
        })
        .collect();
    if let Err(error) = recorded {
        described.push(format!("(this verification could not be audited: {error})"));
    }
    Err(crate::error::Error::found(format!("the audit trail is broken:\n  {}", described.join("\n  ")))
        .hint("find who changed the rows outside omnictl (the database's logs) before anything else")
        .into())
}

/// Reads a checkpoint file: every line's signature checked with the public key, and
/// every line of this database; the rows they vouch for, by chain.
fn read_checkpoints(path: &std::path::Path, key: &std::path::Path) -> Result<Vec<ops::SignedLine>> {
    use crate::domain::checkpoint;
    let refused = |message: String| -> anyhow::Error { crate::error::Error::refused(message).into() };
    let key_text = std::fs::read_to_string(key)
        .map_err(|e| refused(format!("--public-key {}: cannot read it ({e})", key.display())))?;
    let key =
        checkpoint::verifying_key(&key_text).map_err(|e| refused(format!("--public-key {}: {e}", key.display())))?;
    let file = std::fs::File::open(path)
        .map_err(|e| refused(format!("--checkpoints {}: cannot read it ({e})", path.display())))?;
    let mut lines = Vec::new();
    for (number, line) in std::io::BufRead::lines(std::io::BufReader::new(file)).enumerate() {
        let line = line.map_err(|e| refused(format!("--checkpoints {}: {e}", path.display())))?;
        if line.trim().is_empty() {
            continue;
        }
        let at = format!("{} line {}", path.display(), number + 1);
        let heads = checkpoint::open(&line, &key).map_err(|why| refused(format!("{at} is refused: {why}")))?;
        lines.push(ops::SignedLine { at, heads });
    }
    if lines.is_empty() {
        return Err(refused(format!("--checkpoints {} holds no checkpoint", path.display())));
    }
    Ok(lines)
}

/// A new key pair, never over an existing file; the private key readable by its owner
/// only.
/// The key pair `audit keygen` wrote.
#[derive(Debug, serde::Serialize)]
struct KeyPair {
    private_key_file: String,
    public_key_file: String,
    public_key: String,
}

impl Tabular for KeyPair {
    fn headers() -> Vec<&'static str> {
        vec!["private key file", "public key file", "public key"]
    }

    fn cells(&self) -> Vec<String> {
        vec![self.private_key_file.clone(), self.public_key_file.clone(), self.public_key.clone()]
    }
}

fn keygen(app: &App, args: &KeygenArgs) -> Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    output::accepts::<KeyPair>(app.global.output)?;
    let mut seed = [0u8; 32];
    getrandom::getrandom(&mut seed).map_err(|e| anyhow!("could not draw a random key: {e}"))?;
    let (private, public) = crate::domain::checkpoint::generate(seed);
    let public_path = std::path::PathBuf::from(format!("{}.pub", args.out.display()));
    let create =
        |path: &std::path::Path, mode: u32, text: &str| -> Result<()> {
            let mut file =
                std::fs::OpenOptions::new().write(true).create_new(true).mode(mode).open(path).map_err(|e| {
                    crate::error::Error::refused(format!("--out: cannot create {} ({e})", path.display()))
                })?;
            file.write_all(text.as_bytes())?;
            Ok(())
        };
    create(&args.out, 0o600, &private)?;
    if let Err(error) = create(&public_path, 0o644, &public) {
        let _ = std::fs::remove_file(&args.out);
        return Err(error);
    }
    app.ui.info(format!(
        "wrote the private key {} (mode 0600: keep it off the database's hosts and backups) and the public key {}",
        args.out.display(),
        public_path.display()
    ));
    let pair = KeyPair {
        private_key_file: args.out.display().to_string(),
        public_key_file: public_path.display().to_string(),
        public_key: public.trim().to_string(),
    };
    app.print_record(&pair)
}

/// Signs every chain's head and appends the line to --out, then lists the chains it
/// checkpointed; without --out the line itself is the output. The file is opened before
/// anything is recorded: a path that cannot be written is refused first.
async fn checkpoint(app: &App, pool: &sqlx::PgPool, args: CheckpointArgs) -> Result<()> {
    let format = app.global.output;
    output::accepts::<crate::domain::checkpoint::ChainHead>(format)?;
    if args.out.is_none() && !matches!(format, OutputFormat::Table | OutputFormat::Json) {
        return Err(crate::error::Error::usage(
            "-o: without --out the checkpoint is printed as its JSON line; give --out FILE to append it there and \
             list its chains as -o asks",
        )
        .into());
    }
    let text = std::fs::read_to_string(&args.key)
        .map_err(|e| crate::error::Error::refused(format!("--key {}: cannot read it ({e})", args.key.display())))?;
    let key = crate::domain::checkpoint::signing_key(&text)
        .map_err(|e| crate::error::Error::refused(format!("--key {}: {e}", args.key.display())))?;
    let file = match &args.out {
        Some(path) => Some(std::fs::OpenOptions::new().append(true).create(true).open(path).map_err(|e| {
            crate::error::Error::refused(format!("--out {}: cannot append to it ({e})", path.display()))
        })?),
        None => None,
    };
    let signed = app.runner(pool).run(ops::Checkpoint { key }).await?;
    let line = serde_json::to_string(&signed)?;
    match (file, &args.out) {
        (Some(mut file), Some(path)) => {
            let appended = writeln!(file, "{line}").and_then(|()| file.sync_all());
            appended.map_err(|e| {
                anyhow!("the checkpoint is recorded but could not be appended to {}: {e}", path.display())
            })?;
            app.ui.info(format!(
                "appended a checkpoint of {} chain(s) to {}",
                signed.heads.chains.len(),
                path.display()
            ));
            output::print_list(format, &app.lists(), &signed.heads.chains)
        }
        _ => {
            println!("{line}");
            Ok(())
        }
    }
}

impl Tabular for crate::domain::checkpoint::ChainHead {
    fn headers() -> Vec<&'static str> {
        vec!["chain", "last seq", "rows", "last hash"]
    }

    fn cells(&self) -> Vec<String> {
        vec![self.name.clone(), self.last_seq.to_string(), self.rows.to_string(), self.last_hash.clone()]
    }
}

fn chain_name(key: Uuid) -> String {
    if key.is_nil() { "platform".to_string() } else { key.to_string() }
}

async fn export(app: &App, pool: &sqlx::PgPool, args: ExportArgs) -> Result<()> {
    let ExportFormat::Jsonl = args.format;
    let export = ops::Export { since: args.window.since, until: args.window.until };
    let (completed, count) = app
        .runner(pool)
        .stream(&export, async |tx, session, count| {
            let filter = export.filter(session);
            let sql = crate::ops::lists::statement(&filter, &crate::ops::lists::Shape::default());
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            let mut rows = crate::ops::lists::stream(tx, &sql, &filter);
            while let Some(row) = rows.try_next().await? {
                serde_json::to_writer(&mut out, &row)?;
                out.write_all(b"\n")?;
                *count += 1;
            }
            out.flush()?;
            anyhow::Ok(())
        })
        .await?;
    if completed {
        app.ui.info(format!("exported {count} audit row(s)"));
    }
    Ok(())
}

impl Tabular for AuditRecord {
    fn headers() -> Vec<&'static str> {
        vec![
            "time",
            "organization",
            "operator",
            "login",
            "reported by client",
            "action",
            "entity",
            "outcome",
            "reason",
            "id",
        ]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.occurred_at.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
            self.organization_slug.clone().unwrap_or_else(|| "(platform)".to_string()),
            output::cell(self.operator_email.clone()),
            match (&self.login_role, &self.client_addr) {
                (Some(login), Some(addr)) => format!("{login} from {addr}"),
                (Some(login), None) => login.clone(),
                _ => String::new(),
            },
            format!("{}@{}", self.os_user, self.host),
            self.action.clone(),
            match (&self.entity_type, &self.entity_id) {
                (Some(kind), Some(id)) => format!("{kind}:{id}"),
                (Some(kind), None) => kind.clone(),
                _ => String::new(),
            },
            self.outcome.clone(),
            output::cell(self.reason.clone()),
            self.id.to_string(),
        ]
    }
}

impl Tabular for ChainSummary {
    fn headers() -> Vec<&'static str> {
        vec!["chain", "rows", "last seq", "first bad row", "problem"]
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.rows.to_string(),
            self.last_seq.to_string(),
            output::cell(self.first_bad_seq),
            output::cell(self.problem.clone()),
        ]
    }
}
