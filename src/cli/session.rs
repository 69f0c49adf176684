//! The command line of `omnictl session`: its subcommands and their arguments.

use crate::domain::clock::{WallTime, parse_wall_time};
use crate::domain::dates::DateArg;
use crate::domain::ids::{AppointmentId, Key, PatientId, PractitionerId, SessionId};
use crate::domain::scheduling::{PlaceOfService, parse_local_datetime};
use crate::domain::session::{EventType, SessionStatus};
use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum SessionCommand {
    /// Start the session of a SCHEDULED appointment.
    Start(StartArgs),
    /// Record and read behavioural events.
    #[command(subcommand)]
    Event(EventCommand),
    /// Complete a session: units by the clinic's rule move from reserved to used, the
    /// metrics are computed.
    Complete(CompleteArgs),
    /// Cancel a session in progress; its reserved units are released.
    Cancel(CancelArgs),
    /// The session note: generate, edit, sign, addendum, show.
    #[command(subcommand)]
    Note(NoteCommand),
    /// The supervisor's summary of one session.
    Show(SessionArgs),
    /// List sessions.
    List(ListArgs),
    /// Completed sessions whose note is not signed in time (for cron): this clinic's, or
    /// every clinic's for a super admin (no patient data).
    NotesUnsigned(UnsignedArgs),
}

#[derive(Debug, Args)]
pub struct UnsignedArgs {
    #[command(flatten)]
    pub list: super::ListFlags,
    /// How long after a session ends its note must be signed: 24h, 2d, 1w.
    #[arg(long, default_value = "24h", value_name = "AGE")]
    pub older_than: String,
    /// Exit 10 when anything is listed (for cron), 0 when nothing is; failures use 1–6.
    #[arg(long)]
    pub exit_code: bool,
}

#[derive(Debug, Subcommand)]
pub enum EventCommand {
    /// Record one event.
    Add(EventArgs),
    /// List a session's events.
    List(EventListArgs),
    /// Record a batch from a data-collection device: CSV (header: type, at, name,
    /// duration_seconds, intensity, target, correct, prompt_level, text) or JSON Lines
    /// (one object per line with those keys). All or nothing.
    Import(EventImportArgs),
}

#[derive(Debug, Subcommand)]
pub enum NoteCommand {
    /// Write the DRAFT note from the session, its events and metrics.
    Generate(SessionArgs),
    /// Replace the DRAFT narrative with a file's (or - for stdin); the header is the
    /// session record's and cannot be edited.
    Edit(NoteEditArgs),
    /// Sign the note as the practitioner who rendered the service (their own user), once
    /// the session is COMPLETED: it can never change afterwards. The narrative must be
    /// the clinician's own, and the session needs recorded events (in each hour of a
    /// session over 3 hours) or --no-data-reason.
    Sign(SignArgs),
    /// Add a supervising BCBA's or BCBA-D's co-signature to a signed note.
    Cosign(SessionArgs),
    /// Append a dated addendum to a signed note.
    Addendum(AddendumArgs),
    /// Print the note and its addenda.
    Show(SessionArgs),
}

#[derive(Debug, Args)]
pub struct StartArgs {
    /// The SCHEDULED appointment the session delivers: its id, or its first 8 or more
    /// characters.
    #[arg(long)]
    pub appointment: Key<AppointmentId>,
    /// When it started, "YYYY-MM-DD HH:MM" (default: now); on the appointment's date,
    /// never in the future.
    #[arg(long, value_parser = parse_wall_time)]
    pub at: Option<WallTime>,
    /// Where the service is delivered, when not where it was booked: clinic, home,
    /// school, community, telehealth or telehealth-home. The appointment then shows the
    /// delivered place too.
    #[arg(long, value_enum, value_name = "PLACE")]
    pub place: Option<PlaceOfService>,
    /// The telehealth claim's modifier with --place telehealth(-home), 95 or GT (default:
    /// the clinic's); an in-person place carries none.
    #[arg(long, value_name = "95|GT", requires = "place")]
    pub modifier: Option<String>,
}

#[derive(Debug, Args)]
pub struct EventListArgs {
    /// The session's id.
    pub session: Key<SessionId>,
    #[command(flatten)]
    pub list: super::ListFlags,
}

#[derive(Debug, Args)]
pub struct SessionArgs {
    /// The session's id.
    pub session: Key<SessionId>,
}

#[derive(Debug, Args)]
pub struct EventArgs {
    /// The session in progress (its id).
    pub session: Key<SessionId>,
    /// behavior, mand, trial or note.
    #[arg(long = "type", value_enum)]
    pub kind: EventType,
    /// The behaviour's name, e.g. tantrum.
    #[arg(long)]
    pub name: Option<String>,
    /// When it happened, "YYYY-MM-DD HH:MM" (default: now).
    #[arg(long, value_parser = parse_local_datetime)]
    pub at: Option<chrono::NaiveDateTime>,
    /// How long the behaviour lasted, 0 to 86400 seconds.
    #[arg(long, value_parser = clap::value_parser!(i64).range(0..=86_400))]
    pub duration_seconds: Option<i64>,
    /// 1 (mild) to 5 (severe).
    #[arg(long, value_parser = clap::value_parser!(i64).range(1..=5))]
    pub intensity: Option<i64>,
    /// A trial's target skill.
    #[arg(long)]
    pub target: Option<String>,
    /// Whether a trial was answered correctly.
    #[arg(long)]
    pub correct: Option<bool>,
    /// independent, gestural, verbal, model, partial-physical or full-physical.
    #[arg(long)]
    pub prompt_level: Option<String>,
    /// A note's text (for --type note), or a remark on any event.
    #[arg(long)]
    pub text: Option<String>,
}

#[derive(Debug, Args)]
pub struct EventImportArgs {
    /// The session in progress the events belong to.
    pub session: Key<SessionId>,
    #[command(flatten)]
    pub import: super::bulk::ImportArgs,
}

#[derive(Debug, Args)]
pub struct CompleteArgs {
    /// The session in progress (its id).
    pub session: Key<SessionId>,
    /// When it ended, "YYYY-MM-DD HH:MM" (default: now).
    #[arg(long, value_parser = parse_wall_time)]
    pub end: Option<WallTime>,
    /// Bill this many units when the authorization cannot cover all that was delivered;
    /// the rest is recorded as unbilled minutes.
    #[arg(long, value_parser = clap::value_parser!(i32).range(0..=1_000))]
    pub bill_units: Option<i32>,
    /// Bill past the code's daily maximum (clinic ADMIN only; needs --reason).
    #[arg(long, requires = "reason")]
    pub override_daily_max: bool,
    /// Why the daily maximum is passed (kept with the session and audited).
    #[arg(long, requires = "override_daily_max")]
    pub reason: Option<String>,
    /// A group member delivered without the rest of its group: bill it as the group
    /// code's individual code (97154 → 97153, 97158 → 97155, 97157 → 97156).
    #[arg(long)]
    pub as_individual: bool,
}

#[derive(Debug, Args)]
pub struct CancelArgs {
    /// The session in progress (its id).
    pub session: Key<SessionId>,
    /// Why it is cancelled (kept with it).
    #[arg(long)]
    pub reason: String,
}

#[derive(Debug, Args)]
pub struct NoteEditArgs {
    /// The session's id.
    pub session: Key<SessionId>,
    /// The note's new text: a file, or - for standard input.
    #[arg(long)]
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct SignArgs {
    /// The session's id.
    pub session: Key<SessionId>,
    /// Why the session has no recorded events, or none in some of its hours (printed
    /// in the signed note and kept in the audit trail).
    #[arg(long, value_name = "TEXT")]
    pub no_data_reason: Option<String>,
}

#[derive(Debug, Args)]
pub struct AddendumArgs {
    /// The session's id.
    pub session: Key<SessionId>,
    /// The addendum, dated and signed by you.
    #[arg(long)]
    pub text: String,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub list: super::ListFlags,
    /// The patient's MRN or id.
    #[arg(long)]
    pub patient: Option<Key<PatientId>>,
    /// The practitioner's NPI or id.
    #[arg(long)]
    pub practitioner: Option<Key<PractitionerId>>,
    /// From this day (inclusive): YYYY-MM-DD, M/D/YYYY, today, -2w …
    #[arg(long, value_name = "DATE", value_parser = DateArg::parse, allow_hyphen_values = true)]
    pub from: Option<DateArg>,
    /// To this day (inclusive).
    #[arg(long, value_name = "DATE", value_parser = DateArg::parse, allow_hyphen_values = true)]
    pub to: Option<DateArg>,
    /// in-progress, completed or cancelled.
    #[arg(long, value_enum)]
    pub status: Option<SessionStatus>,
}
