//! The CSV import pipeline shared by every import: stream the file once (constant
//! memory), validate each row in Rust, send valid rows to PostgreSQL with `COPY … FROM
//! STDIN` into a staging table, then let SQL find duplicates and conflicts and move the
//! rows set-wise. Errors carry the line, the column and a reason.

pub(crate) mod authorizations;
pub(crate) mod insurances;
pub(crate) mod patients;
pub(crate) mod session_events;

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use anyhow::{Context, Result};
use serde::Serialize;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::audit::CommandTx;
use crate::domain::ids::OrganizationId;

/// One kind of import: its columns and the pipeline that stages, checks and moves its
/// rows inside the command's transaction.
pub trait Importer {
    /// The audit action, e.g. `patient.import`.
    const ACTION: crate::ops::Action;
    /// Who may import these rows.
    const NEED: crate::access::Need;
    /// The entity its rows are, e.g. `patient`.
    const ENTITY: &'static str;
    const COLUMNS: ColumnSpec;
    /// Whether its checks and move run on a Citus cluster (on the clinic's shard).
    const ON_A_CLUSTER: bool = false;

    /// Resolves what the import names before its rows are read (the session events go
    /// to, named by a prefix of its id), in the import's transaction.
    fn prepare(&mut self, _tx: &mut CommandTx) -> impl Future<Output = Result<()>> {
        async { Ok(()) }
    }

    /// The one record the whole import is about, if any (the session events go to).
    fn subject(&self) -> Option<(&'static str, Uuid)> {
        None
    }

    /// Streams the input through validation and COPY, then checks and (when there is
    /// no error at all) moves the rows, filing one audit item per entity written under
    /// the transaction's audit id. The caller commits, or rolls back on errors and dry
    /// runs.
    fn run(
        &self,
        tx: &mut CommandTx,
        organization_id: OrganizationId,
        input: CsvInput,
        mode: Mode,
        report: &mut ErrorReport,
    ) -> impl Future<Output = Result<ImportSummary>>;
}

/// What an import read and did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ImportSummary {
    pub file: String,
    pub sha256: String,
    pub rows: u64,
    pub created: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub errors: u64,
    pub dry_run: bool,
}

/// Switches nested-loop joins off (or back on) for the rest of the transaction. An
/// import's checks and move join a staging table of thousands of rows with the clinic's
/// rows, which the planner's statistics may not know yet (a clinic loaded a minute ago,
/// or earlier in this very transaction, looks empty until it is analyzed): a nested loop
/// planned for "one row" is then quadratic, where hash and merge joins stay linear
/// whatever the estimates.
pub(crate) async fn linear_plans(conn: &mut sqlx::PgConnection, on: bool) -> Result<()> {
    crate::db::statement::query(if on { "SET LOCAL enable_nestloop = off" } else { "SET LOCAL enable_nestloop = on" })
        .execute(conn)
        .await
        .context("could not set the import's planner settings")?;
    Ok(())
}

/// Gives the import's transaction the memory its work wants, taken only as it needs it:
/// temporary buffers to keep the staging table in memory (PostgreSQL's default of 8 MB
/// sends a large file's staged rows to disk, and each check and the move read them
/// again; this must come before the staging table), and sort memory for the checks'
/// groupings and the audit items' digest (sorted by block, 65,536 items each).
pub(crate) async fn staging_in_memory(conn: &mut sqlx::PgConnection) -> Result<()> {
    crate::db::statement::query(
        "SELECT set_config('temp_buffers', '512MB', true), set_config('work_mem', '64MB', true)",
    )
    .execute(conn)
    .await
    .context("could not set the import's memory for staged rows")?;
    Ok(())
}

/// Rows are sent to the server in chunks of about this many bytes.
pub(crate) const COPY_CHUNK: usize = 1 << 20;

/// Streams every record of `input` through `encode` into the staging table that
/// `copy_statement` fills: `encode` turns a record into a COPY line, or returns the
/// problems with it (reported by line and column). Reads the input to its end and
/// returns what was read (rows, file name, SHA-256); counts of what was written come
/// later, from [`ImportSummary::moved`].
pub(crate) async fn stage(
    conn: &mut sqlx::PgConnection,
    copy_statement: &str,
    input: CsvInput,
    report: &mut ErrorReport,
    encode: impl FnMut(&CsvInput, &csv::StringRecord, u64, &mut Vec<u8>) -> Result<(), Vec<(&'static str, String)>>,
) -> Result<ImportSummary> {
    stage_keyed(conn, copy_statement, input, report, encode, |_, _, _, _| {}).await
}

/// [`stage`], also staging the natural key of each record `encode` refused (through
/// `refused_key`, which writes a COPY line marked refused, or nothing): the set-wise
/// checks then find a key repeated in the file, or already taken, on every line that
/// has it, whatever else is wrong there — one pass reports every problem.
pub(crate) async fn stage_keyed(
    conn: &mut sqlx::PgConnection,
    copy_statement: &str,
    mut input: CsvInput,
    report: &mut ErrorReport,
    mut encode: impl FnMut(&CsvInput, &csv::StringRecord, u64, &mut Vec<u8>) -> Result<(), Vec<(&'static str, String)>>,
    mut refused_key: impl FnMut(&CsvInput, &csv::StringRecord, u64, &mut Vec<u8>),
) -> Result<ImportSummary> {
    let mut copy = conn.copy_in_raw(copy_statement).await.context("could not start copying rows to the database")?;
    let mut rows: u64 = 0;
    let mut buffer: Vec<u8> = Vec::with_capacity(COPY_CHUNK + 4096);
    let mut record = csv::StringRecord::new();
    while let Some(next) = input.next_record(&mut record)? {
        rows += 1;
        let line = match next {
            Ok(line) => line,
            Err(error) => {
                report.push(error)?;
                continue;
            }
        };
        let mark = buffer.len();
        if let Err(errors) = encode(&input, &record, line, &mut buffer) {
            buffer.truncate(mark);
            for (column, reason) in errors {
                report.push(RowError { line, column: column.to_string(), reason })?;
            }
            refused_key(&input, &record, line, &mut buffer);
        }
        if buffer.len() >= COPY_CHUNK {
            copy.send(std::mem::take(&mut buffer)).await?;
            buffer.reserve(COPY_CHUNK + 4096);
        }
    }
    if !buffer.is_empty() {
        copy.send(buffer).await?;
    }
    copy.finish().await?;
    let file = input.name.clone();
    let sha256 = input.finish()?;
    Ok(ImportSummary { file, sha256, rows, ..Default::default() })
}

impl ImportSummary {
    /// The summary once the rows were moved: the rest of what was read is unchanged.
    pub(crate) fn moved(self, created: u64, updated: u64) -> Self {
        Self { created, updated, unchanged: self.rows.saturating_sub(created + updated), ..self }
    }
}

/// Reports each natural key found on several lines, on every line after the first,
/// naming all of them.
pub(crate) fn report_repeated(report: &mut ErrorReport, column: &str, key: &str, lines: &[i64]) -> Result<()> {
    let all: Vec<String> = lines.iter().map(i64::to_string).collect();
    for line in lines.iter().skip(1) {
        report.push(RowError {
            line: *line as u64,
            column: column.to_string(),
            reason: format!("{key} appears more than once in the file (lines {})", all.join(", ")),
        })?;
    }
    Ok(())
}

/// What to do with rows whose natural key already exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Refuse rows whose key exists (each is reported as an error).
    Insert,
    /// Update rows whose key exists; report created, updated and unchanged.
    Upsert,
}

impl Mode {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Mode::Insert => "insert",
            Mode::Upsert => "upsert",
        }
    }
}

/// One problem, where it is and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowError {
    pub line: u64,
    pub column: String,
    pub reason: String,
}

/// Collects errors: all of them counted and written to `--errors FILE` as they come,
/// the first few kept for the summary, so memory stays bounded whatever the file.
pub struct ErrorReport {
    count: u64,
    first: Vec<RowError>,
    writer: Option<csv::Writer<File>>,
}

const ERRORS_SHOWN: usize = 20;

impl ErrorReport {
    pub(crate) fn new(errors_file: Option<&Path>) -> Result<Self> {
        let writer = match errors_file {
            Some(path) => {
                let mut writer = csv::Writer::from_path(path)
                    .with_context(|| format!("could not create the errors file {}", path.display()))?;
                writer.write_record(["line", "column", "reason"])?;
                Some(writer)
            }
            None => None,
        };
        Ok(Self { count: 0, first: Vec::new(), writer })
    }

    pub(crate) fn push(&mut self, error: RowError) -> Result<()> {
        self.count += 1;
        if let Some(writer) = &mut self.writer {
            writer.write_record([error.line.to_string(), error.column.clone(), error.reason.clone()])?;
        }
        if self.first.len() < ERRORS_SHOWN {
            self.first.push(error);
        }
        Ok(())
    }

    pub(crate) fn count(&self) -> u64 {
        self.count
    }

    /// The report of an attempt that starts over (the database cancelled the last one):
    /// nothing counted yet, the errors file rewritten.
    pub(crate) fn again(&mut self) -> Result<Self> {
        let writer = match self.writer.take() {
            Some(writer) => {
                let mut file =
                    writer.into_inner().map_err(|e| anyhow::anyhow!("could not write the errors file: {e}"))?;
                file.set_len(0)?;
                io::Seek::seek(&mut file, io::SeekFrom::Start(0))?;
                let mut writer = csv::Writer::from_writer(file);
                writer.write_record(["line", "column", "reason"])?;
                Some(writer)
            }
            None => None,
        };
        Ok(Self { count: 0, first: Vec::new(), writer })
    }

    pub(crate) fn finish(mut self) -> Result<(u64, Vec<RowError>)> {
        if let Some(writer) = &mut self.writer {
            writer.flush()?;
        }
        Ok((self.count, self.first))
    }
}

/// Reads the input and hashes every byte on the way, counting bytes for progress.
struct HashingReader {
    inner: Box<dyn Read + Send>,
    hasher: Sha256,
    bytes: Arc<AtomicU64>,
}

impl Read for HashingReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.bytes.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Turns CRLF line ends into LF before the CSV parser sees them: with CRLF the parser
/// reports each record's line one too low. A lone CR is kept.
struct LineEndNormalizer<R> {
    inner: R,
    raw: Vec<u8>,
    ready: Vec<u8>,
    start: usize,
    pending_cr: bool,
}

impl<R: Read> LineEndNormalizer<R> {
    fn new(inner: R) -> Self {
        Self { inner, raw: vec![0; 64 * 1024], ready: Vec::with_capacity(64 * 1024 + 1), start: 0, pending_cr: false }
    }
}

impl<R: Read> Read for LineEndNormalizer<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        while self.start == self.ready.len() {
            self.ready.clear();
            self.start = 0;
            let n = self.inner.read(&mut self.raw)?;
            if n == 0 {
                if std::mem::take(&mut self.pending_cr) {
                    self.ready.push(b'\r');
                    break;
                }
                return Ok(0);
            }
            if !self.pending_cr && !self.raw[..n].contains(&b'\r') {
                // No CR at all: the chunk passes as it is.
                self.ready.extend_from_slice(&self.raw[..n]);
                continue;
            }
            for &byte in &self.raw[..n] {
                if std::mem::take(&mut self.pending_cr) && byte != b'\n' {
                    self.ready.push(b'\r');
                }
                if byte == b'\r' {
                    self.pending_cr = true;
                } else {
                    self.ready.push(byte);
                }
            }
        }
        let n = out.len().min(self.ready.len() - self.start);
        out[..n].copy_from_slice(&self.ready[self.start..self.start + n]);
        self.start += n;
        Ok(n)
    }
}

/// The largest CSV record an import reads, in bytes. The parser holds a whole record in
/// memory, so without a bound one enormous field could take any amount of it.
pub(crate) const MAX_RECORD_BYTES: u64 = 1024 * 1024;

/// Stops the input when the record being read has grown past `MAX_RECORD_BYTES`: counts
/// the bytes handed to the parser since the current record began (`record_start`, kept by
/// `CsvInput::next_record`). The parser reads ahead by at most its buffer, hence the slack.
struct RecordLimit<R> {
    inner: R,
    passed: u64,
    record_start: Arc<AtomicU64>,
}

const PARSER_SLACK: u64 = 64 * 1024;

impl<R: Read> Read for RecordLimit<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if self.passed > self.record_start.load(Ordering::Relaxed) + MAX_RECORD_BYTES + PARSER_SLACK {
            return Err(io::Error::other(RecordTooLarge));
        }
        let n = self.inner.read(out)?;
        self.passed += n as u64;
        Ok(n)
    }
}

#[derive(Debug)]
struct RecordTooLarge;

impl std::fmt::Display for RecordTooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "a record is larger than {} MiB", MAX_RECORD_BYTES / (1024 * 1024))
    }
}

impl std::error::Error for RecordTooLarge {}

/// An opened input (a file, or `-` for stdin) with its columns mapped to the import's:
/// CSV with a header, or JSON Lines (one object per line, its keys the columns). Both
/// give the importer the same records of text, so every value is read by one path.
pub struct CsvInput {
    source: Source,
    record_start: Arc<AtomicU64>,
    /// The import's column name of each CSV column.
    names: Vec<Option<&'static str>>,
    positions: Vec<Option<usize>>,
    progress: Progress,
    pub total_bytes: Option<u64>,
    pub name: String,
}

/// What an import has done so far, shared with the task drawing its progress bar.
#[derive(Debug, Clone, Default)]
pub(crate) struct Progress {
    /// Bytes of the input read.
    pub bytes: Arc<AtomicU64>,
    /// Records read.
    pub rows: Arc<AtomicU64>,
    /// Set once the whole input is read: what is left is the database's work.
    pub read_all: Arc<AtomicBool>,
    pub phase: PhaseCell,
}

/// Where an import is, for its progress bar: the bytes and rows of the file count only
/// while it is read; checking and writing are the database's work after the last byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Phase {
    /// Reading, validating and copying rows to the staging table.
    Reading,
    /// Checking the staged rows against each other and the clinic's.
    Checking,
    /// Writing the rows and their audit items.
    Writing,
}

impl Phase {
    pub(crate) fn word(self) -> &'static str {
        match self {
            Phase::Reading => "reading",
            Phase::Checking => "checking",
            Phase::Writing => "writing",
        }
    }
}

/// The phase an import is in, shared with the task drawing its progress, and when each
/// phase began (for `-v`).
#[derive(Debug, Clone)]
pub(crate) struct PhaseCell(Arc<std::sync::Mutex<Vec<(Phase, std::time::Instant)>>>);

impl Default for PhaseCell {
    fn default() -> Self {
        Self(Arc::new(std::sync::Mutex::new(vec![(Phase::Reading, std::time::Instant::now())])))
    }
}

impl PhaseCell {
    pub(crate) fn set(&self, phase: Phase) {
        if let Ok(mut phases) = self.0.lock() {
            phases.push((phase, std::time::Instant::now()));
        }
    }

    pub(crate) fn get(&self) -> Phase {
        self.0.lock().ok().and_then(|phases| phases.last().map(|(phase, _)| *phase)).unwrap_or(Phase::Reading)
    }

    /// How long each phase took, until `end`: "reading 6.1 s, checking 2.0 s, …".
    pub(crate) fn durations(&self, end: std::time::Instant) -> String {
        let Ok(phases) = self.0.lock() else { return String::new() };
        let ends = phases.iter().skip(1).map(|(_, at)| *at).chain(std::iter::once(end));
        let spans: Vec<String> = phases
            .iter()
            .zip(ends)
            .map(|((phase, began), ended)| format!("{} {:.1} s", phase.word(), (ended - *began).as_secs_f64()))
            .collect();
        spans.join(", ")
    }
}

enum Source {
    Csv(csv::Reader<RecordLimit<LineEndNormalizer<HashingReader>>>),
    Jsonl { reader: io::BufReader<RecordLimit<HashingReader>>, line: u64, consumed: u64 },
}

/// The format of an input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Jsonl,
}

impl Format {
    /// The format a file's name says (`.jsonl`, `.ndjson`), CSV otherwise.
    pub(crate) fn of(path: &Path) -> Self {
        match path.extension().and_then(|e| e.to_str()) {
            Some("jsonl" | "ndjson") => Format::Jsonl,
            _ => Format::Csv,
        }
    }
}

/// The columns of one import: names in the order the import refers to them.
pub struct ColumnSpec {
    pub names: &'static [&'static str],
    pub required: &'static [&'static str],
}

impl CsvInput {
    /// Opens the input and checks its header: names match case-insensitively and in any
    /// order; an unknown, repeated or missing required column is an error on line 1.
    pub(crate) fn open(path: &Path, spec: &ColumnSpec) -> Result<Result<Self, Vec<RowError>>> {
        let (inner, total_bytes, name) = open_path(path)?;
        Self::from_reader(inner, total_bytes, name, spec)
    }

    /// Opens JSON Lines: each non-empty line one object whose keys are the import's
    /// columns (any case); an unknown key is that line's error, as an unknown column is
    /// a CSV file's.
    pub(crate) fn open_jsonl(path: &Path, spec: &ColumnSpec) -> Result<Self> {
        let (inner, total_bytes, name) = open_path(path)?;
        Ok(Self::jsonl_from_reader(inner, total_bytes, name, spec))
    }

    /// JSON Lines over any reader (the demo clinic's device batches go through here).
    pub(crate) fn jsonl_from_reader(
        inner: Box<dyn Read + Send>,
        total_bytes: Option<u64>,
        name: String,
        spec: &ColumnSpec,
    ) -> Self {
        let progress = Progress::default();
        let hashing = HashingReader { inner, hasher: Sha256::new(), bytes: progress.bytes.clone() };
        let record_start = Arc::new(AtomicU64::new(0));
        let limited = RecordLimit { inner: hashing, passed: 0, record_start: record_start.clone() };
        Self {
            source: Source::Jsonl { reader: io::BufReader::new(limited), line: 0, consumed: 0 },
            record_start,
            names: spec.names.iter().map(|n| Some(*n)).collect(),
            positions: (0..spec.names.len()).map(Some).collect(),
            progress,
            total_bytes,
            name,
        }
    }

    /// The same, over any reader (generated demo data goes through here).
    pub(crate) fn from_reader(
        inner: Box<dyn Read + Send>,
        total_bytes: Option<u64>,
        name: String,
        spec: &ColumnSpec,
    ) -> Result<Result<Self, Vec<RowError>>> {
        let progress = Progress::default();
        let hashing = HashingReader { inner, hasher: Sha256::new(), bytes: progress.bytes.clone() };
        let record_start = Arc::new(AtomicU64::new(0));
        let limited =
            RecordLimit { inner: LineEndNormalizer::new(hashing), passed: 0, record_start: record_start.clone() };
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .flexible(false)
            .buffer_capacity(PARSER_SLACK as usize)
            .from_reader(limited);
        let headers = match reader.headers() {
            Ok(headers) => headers.clone(),
            Err(error) => {
                return Ok(Err(vec![RowError { line: 1, column: String::new(), reason: describe_csv_error(&error) }]));
            }
        };
        let mut positions = vec![None; spec.names.len()];
        let mut errors = Vec::new();
        for (index, raw) in headers.iter().enumerate() {
            // A UTF-8 byte-order mark is not part of the first name.
            let header = raw.trim_start_matches('\u{feff}').trim();
            match spec.names.iter().position(|name| name.eq_ignore_ascii_case(header)) {
                Some(known) if positions[known].is_some() => errors.push(RowError {
                    line: 1,
                    column: header.to_string(),
                    reason: "appears twice in the header".to_string(),
                }),
                Some(known) => positions[known] = Some(index),
                None => errors.push(RowError {
                    line: 1,
                    column: header.to_string(),
                    reason: format!(
                        "unknown column (a typo would silently drop data); the columns are: {}",
                        spec.names.join(", ")
                    ),
                }),
            }
        }
        for required in spec.required {
            let index = spec.names.iter().position(|n| n == required).unwrap_or_default();
            if positions[index].is_none() {
                errors.push(RowError {
                    line: 1,
                    column: required.to_string(),
                    reason: "required column is missing".to_string(),
                });
            }
        }
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        let mut names = vec![None; headers.len()];
        for (known, position) in positions.iter().enumerate() {
            if let Some(index) = position {
                names[*index] = Some(spec.names[known]);
            }
        }
        Ok(Ok(Self { source: Source::Csv(reader), record_start, names, positions, progress, total_bytes, name }))
    }

    /// What the import has done so far, for a progress bar.
    pub(crate) fn progress(&self) -> Progress {
        self.progress.clone()
    }

    /// The import's phase (the importer moves it on).
    pub(crate) fn phase(&self) -> PhaseCell {
        self.progress.phase.clone()
    }

    /// The next record with the line it starts on, or a problem with that record.
    /// A record larger than `MAX_RECORD_BYTES` ends the import with its line; a NUL or
    /// another control character (but tab and line breaks) is the record's error, with
    /// its column.
    pub(crate) fn next_record(&mut self, record: &mut csv::StringRecord) -> Result<Option<Result<u64, RowError>>> {
        let reader = match &mut self.source {
            Source::Csv(reader) => reader,
            Source::Jsonl { reader, line, consumed } => {
                let next = next_json_record(reader, line, consumed, &self.record_start, &self.names, record);
                if matches!(next, Ok(Some(_))) {
                    self.progress.rows.fetch_add(1, Ordering::Relaxed);
                }
                return next;
            }
        };
        let start = reader.position().clone();
        self.record_start.store(start.byte(), Ordering::Relaxed);
        match reader.read_record(record) {
            Ok(false) => Ok(None),
            Ok(true) => {
                self.progress.rows.fetch_add(1, Ordering::Relaxed);
                let line = record.position().map(|p| p.line()).unwrap_or_default();
                if let Some(problem) = control_character(record, line, &self.names) {
                    return Ok(Some(Err(problem)));
                }
                Ok(Some(Ok(line)))
            }
            Err(error) => {
                let line = error.position().map(|p| p.line()).unwrap_or(start.line());
                match error.kind() {
                    csv::ErrorKind::Io(io) if io.get_ref().is_some_and(|e| e.is::<RecordTooLarge>()) => {
                        Err(too_large(start.line()))
                    }
                    csv::ErrorKind::Io(_) => Err(anyhow::Error::new(error).context("could not read the input")),
                    _ => Ok(Some(Err(RowError { line, column: String::new(), reason: describe_csv_error(&error) }))),
                }
            }
        }
    }

    /// The value of the import's column `index` (its place in `ColumnSpec::names`).
    pub(crate) fn field<'r>(&self, record: &'r csv::StringRecord, index: usize) -> Option<&'r str> {
        self.positions[index].and_then(|i| record.get(i))
    }

    /// Reads whatever is left (so the hash covers the whole input) and returns the SHA-256.
    pub(crate) fn finish(self) -> Result<String> {
        let read_all = self.progress.read_all.clone();
        let mut hashing = match self.source {
            Source::Csv(reader) => reader.into_inner().inner.inner,
            Source::Jsonl { reader, .. } => reader.into_inner().inner,
        };
        io::copy(&mut hashing, &mut io::sink()).context("could not read the input")?;
        read_all.store(true, Ordering::Relaxed);
        Ok(hashing.hasher.finalize().iter().map(|b| format!("{b:02x}")).collect())
    }
}

/// The first NUL or other control character (but tab and line breaks) of a record, as
/// the record's error with its column.
fn control_character(record: &csv::StringRecord, line: u64, names: &[Option<&'static str>]) -> Option<RowError> {
    for (index, value) in record.iter().enumerate() {
        if let Some(c) = crate::domain::text::first_control(value, &['\t', '\n', '\r']) {
            let column = names.get(index).copied().flatten().unwrap_or_default().to_string();
            let what = if c == '\0' {
                "a NUL byte".to_string()
            } else {
                format!("the control character \\u{{{:x}}}", u32::from(c))
            };
            return Some(RowError { line, column, reason: format!("contains {what}: remove it from the file") });
        }
    }
    None
}

fn too_large(line: u64) -> anyhow::Error {
    anyhow::anyhow!(
        "line {line}: the record is larger than {} MiB; omnictl reads records up to that size so its memory stays \
         bounded: split the field or correct the file (an unclosed quote makes the rest of a file one record)",
        MAX_RECORD_BYTES / (1024 * 1024)
    )
}

/// The next object of a JSON Lines input as a record of text in the import's column
/// order: strings as they are, numbers and booleans as written, null as empty.
fn next_json_record(
    reader: &mut io::BufReader<RecordLimit<HashingReader>>,
    line: &mut u64,
    consumed: &mut u64,
    record_start: &AtomicU64,
    names: &[Option<&'static str>],
    record: &mut csv::StringRecord,
) -> Result<Option<Result<u64, RowError>>> {
    use std::io::BufRead;
    let mut text = String::new();
    loop {
        text.clear();
        record_start.store(*consumed, Ordering::Relaxed);
        let n = match reader.read_line(&mut text) {
            Ok(n) => n,
            Err(error) if error.get_ref().is_some_and(|e| e.is::<RecordTooLarge>()) => {
                return Err(too_large(*line + 1));
            }
            Err(error) if error.kind() == io::ErrorKind::InvalidData => {
                *line += 1;
                return Ok(Some(Err(RowError {
                    line: *line,
                    column: String::new(),
                    reason: "is not valid UTF-8: save the file as UTF-8".to_string(),
                })));
            }
            Err(error) => return Err(anyhow::Error::new(error).context("could not read the input")),
        };
        if n == 0 {
            return Ok(None);
        }
        *consumed += n as u64;
        *line += 1;
        if !text.trim().is_empty() {
            break;
        }
    }
    let here = *line;
    let problem =
        |column: &str, reason: String| Ok(Some(Err(RowError { line: here, column: column.to_string(), reason })));
    let object = match serde_json::from_str::<serde_json::Value>(&text) {
        Ok(serde_json::Value::Object(object)) => object,
        Ok(_) => return problem("", "is not a JSON object".to_string()),
        Err(error) => return problem("", format!("is not a JSON object: {error}")),
    };
    let mut fields = vec![String::new(); names.len()];
    for (key, value) in object {
        let Some(index) = names.iter().position(|n| n.is_some_and(|n| n.eq_ignore_ascii_case(&key))) else {
            let known: Vec<&str> = names.iter().flatten().copied().collect();
            return problem(
                &crate::domain::text::bounded(&key, 64),
                format!("unknown key (a typo would silently drop data); the keys are: {}", known.join(", ")),
            );
        };
        fields[index] = match value {
            serde_json::Value::Null => String::new(),
            serde_json::Value::String(text) => text,
            serde_json::Value::Bool(b) => b.to_string(),
            serde_json::Value::Number(n) => n.to_string(),
            _ => return problem(names[index].unwrap_or_default(), "must be text, a number or true/false".to_string()),
        };
    }
    record.clear();
    for field in &fields {
        record.push_field(field);
    }
    if let Some(problem) = control_character(record, here, names) {
        return Ok(Some(Err(problem)));
    }
    Ok(Some(Ok(here)))
}

/// A file, or `-` for stdin, with its size and how messages name it.
fn open_path(path: &Path) -> Result<(Box<dyn Read + Send>, Option<u64>, String)> {
    if path == Path::new("-") {
        return Ok((Box::new(io::stdin()), None, "standard input".to_string()));
    }
    let file = File::open(path).with_context(|| format!("could not open {}", path.display()))?;
    let size = file.metadata().ok().map(|m| m.len());
    Ok((Box::new(file), size, path.display().to_string()))
}

fn describe_csv_error(error: &csv::Error) -> String {
    match error.kind() {
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            format!("has {len} fields but the header has {expected_len} (check for an unquoted comma)")
        }
        csv::ErrorKind::Utf8 { .. } => "is not valid UTF-8: save the file as UTF-8".to_string(),
        _ => error.to_string(),
    }
}

/// Appends a fresh time-ordered id, a field of COPY text. Time-ordered ids keep a large
/// import's index inserts at the right edge of the primary key instead of scattered
/// over it.
pub(crate) fn copy_new_id(buffer: &mut Vec<u8>) {
    buffer.extend_from_slice(Uuid::now_v7().hyphenated().encode_lower(&mut Uuid::encode_buffer()).as_bytes());
}

/// Appends one field in PostgreSQL's COPY text format.
pub(crate) fn copy_field(buffer: &mut Vec<u8>, value: Option<&str>) {
    match value {
        None => buffer.extend_from_slice(b"\\N"),
        Some(text) => {
            // Most values hold nothing to escape: copied whole, byte by byte only if not.
            let special = |byte: &u8| matches!(byte, b'\\' | b'\t' | b'\n' | b'\r');
            if !text.as_bytes().iter().any(special) {
                buffer.extend_from_slice(text.as_bytes());
                return;
            }
            for byte in text.bytes() {
                match byte {
                    b'\\' => buffer.extend_from_slice(b"\\\\"),
                    b'\t' => buffer.extend_from_slice(b"\\t"),
                    b'\n' => buffer.extend_from_slice(b"\\n"),
                    b'\r' => buffer.extend_from_slice(b"\\r"),
                    other => buffer.push(other),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normalized(input: &[u8], chunk: usize) -> Vec<u8> {
        let mut reader = LineEndNormalizer::new(input);
        reader.raw = vec![0; chunk];
        let mut out = Vec::new();
        reader.read_to_end(&mut out).expect("read");
        out
    }

    #[test]
    fn crlf_becomes_lf_and_lone_cr_stays_across_chunk_boundaries() {
        let input = b"a,b\r\nc,\"x\ry\"\r\nlast\r";
        for chunk in [1, 2, 3, 64] {
            assert_eq!(normalized(input, chunk), b"a,b\nc,\"x\ry\"\nlast\r", "chunk {chunk}");
        }
    }

    #[test]
    fn copy_text_escapes_separators_and_marks_nulls() {
        let mut buffer = Vec::new();
        copy_field(&mut buffer, Some("a\tb\\c\nd\re"));
        buffer.push(b'\t');
        copy_field(&mut buffer, None);
        assert_eq!(buffer, b"a\\tb\\\\c\\nd\\re\t\\N");
    }
}
