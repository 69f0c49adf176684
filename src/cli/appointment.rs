//! The command line of `omnictl appointment`: its subcommands and their arguments.

use crate::domain::clock::{WallTime, parse_wall_time};
use crate::domain::dates::DateArg;
use crate::domain::ids::{AppointmentId, AuthorizationId, Key, PatientId, PractitionerId};
use crate::domain::scheduling::{AppointmentStatus, PlaceOfService, parse_time};
use clap::{Args, Subcommand, ValueEnum};

#[derive(Debug, Subcommand)]
pub enum AppointmentCommand {
    /// Book an appointment (or a weekly series) against an authorization.
    ///
    /// Refused, naming the rule: inactive practitioner; credential not accepted for the
    /// code or expired on the date; authorization not ACTIVE, of another patient or
    /// code, or not covering the date; not enough units; the code's daily maximum for
    /// the patient; practitioner or patient already booked; a time that comes to 0 units.
    Create(CreateArgs),
    /// Cancel a scheduled appointment and release its units.
    Cancel(CancelArgs),
    /// Record that the patient did not come; the units are released.
    NoShow(NoShowArgs),
    /// Move a scheduled appointment (to another time, or another authorization such as a
    /// renewal): release and reserve again, every rule checked.
    Reschedule(RescheduleArgs),
    /// List appointments, or a week as a grid per practitioner (--week DATE).
    List(ListArgs),
    /// Show one appointment.
    Show(IdArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Repeat {
    Weekly,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("length").required(true).args(["minutes", "end"])))]
pub struct CreateArgs {
    /// The patient's MRN or id; a group names each of its 2 to 8 patients
    /// (--patient A --patient B …).
    #[arg(long, required = true)]
    pub patient: Vec<Key<PatientId>>,
    /// The practitioner's NPI or id.
    #[arg(long)]
    pub practitioner: Key<PractitionerId>,
    /// Book a group code (97154, 97157, 97158) for 2 to 8 patients in one slot: each
    /// patient's own authorization and units are reserved, all or nothing.
    #[arg(long)]
    pub group: bool,
    /// Where the service happens: clinic (POS 11), home (12), school (03), community
    /// (99), telehealth (02) or telehealth-home (10); default: the clinic's setting.
    #[arg(long, value_enum, value_name = "PLACE")]
    pub place: Option<PlaceOfService>,
    /// The telehealth claim's modifier, 95 or GT (default: the clinic's setting).
    #[arg(long, value_name = "95|GT")]
    pub modifier: Option<String>,
    /// Book past the code's daily maximum (clinic ADMIN only; needs --reason): the code
    /// is payable above it with documentation.
    #[arg(long, requires = "reason")]
    pub override_daily_max: bool,
    /// Why the daily maximum is passed (kept with the appointment and audited).
    #[arg(long, requires = "override_daily_max")]
    pub reason: Option<String>,
    /// The patient is not there: caregiver guidance without the patient (97156), which
    /// occupies the practitioner but not the patient. 97157 is always without the
    /// patient; every other code needs them.
    #[arg(long)]
    pub patient_absent: bool,
    /// The service code, e.g. 97153.
    #[arg(long)]
    pub code: String,
    /// Start, "YYYY-MM-DD HH:MM" in the organization's time zone.
    #[arg(long, value_parser = parse_wall_time)]
    pub start: WallTime,
    /// Length in real minutes, 1 to 1440.
    #[arg(long, value_parser = clap::value_parser!(i64).range(1..=1440))]
    pub minutes: Option<i64>,
    /// End time of day, HH:MM (instead of --minutes).
    #[arg(long, value_parser = parse_time)]
    pub end: Option<chrono::NaiveTime>,
    /// The authorization (id or number); by default the one ACTIVE authorization of the
    /// patient and code covering the date.
    #[arg(long = "auth")]
    pub authorization: Option<Key<AuthorizationId>>,
    /// Repeat the appointment.
    #[arg(long, value_enum, requires = "on")]
    pub repeat: Option<Repeat>,
    /// Weekdays of a weekly series, e.g. mon,wed,fri.
    #[arg(long, requires = "repeat")]
    pub on: Option<String>,
    /// Last day of the series (inclusive): YYYY-MM-DD, M/D/YYYY, or from today (+8w).
    #[arg(long, requires = "repeat", conflicts_with = "count", value_name = "DATE", value_parser = DateArg::parse,
          allow_hyphen_values = true)]
    pub until: Option<DateArg>,
    /// Number of appointments in the series.
    #[arg(long, requires = "repeat", value_parser = clap::value_parser!(u16).range(1..=260))]
    pub count: Option<u16>,
    /// Check everything and print the plan and the units it would reserve; book nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct CancelArgs {
    /// The appointment's id, or its first 8 or more characters.
    pub id: Key<AppointmentId>,
    /// Why it is cancelled (kept with the appointment).
    #[arg(long)]
    pub reason: String,
    #[command(flatten)]
    pub rest: RestArgs,
}

/// What to do with a group left with one member by this change.
#[derive(Debug, Args)]
pub struct RestArgs {
    /// When this leaves one member alone in a group: cancel that member too.
    #[arg(long, conflicts_with = "as_individual")]
    pub cancel_group: bool,
    /// When this leaves one member alone in a group: bill that member as the group
    /// code's individual code (97154 → 97153, 97158 → 97155, 97157 → 97156).
    #[arg(long)]
    pub as_individual: bool,
}

#[derive(Debug, Args)]
pub struct NoShowArgs {
    /// The appointment's id, or its first 8 or more characters.
    pub id: Key<AppointmentId>,
    #[command(flatten)]
    pub rest: RestArgs,
    /// Why the rest of the group is cancelled (with --cancel-group).
    #[arg(long, requires = "cancel_group")]
    pub reason: Option<String>,
}

#[derive(Debug, Args)]
pub struct IdArgs {
    /// The appointment's id, or its first 8 or more characters.
    pub id: Key<AppointmentId>,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("change").required(true).multiple(true).args(["start", "minutes", "authorization"])))]
pub struct RescheduleArgs {
    /// The appointment's id, or its first 8 or more characters.
    pub id: Key<AppointmentId>,
    /// New start, "YYYY-MM-DD HH:MM" (default: unchanged).
    #[arg(long, value_parser = parse_wall_time)]
    pub start: Option<WallTime>,
    /// New length in real minutes, 1 to 1440 (default: unchanged).
    #[arg(long, value_parser = clap::value_parser!(i64).range(1..=1440))]
    pub minutes: Option<i64>,
    /// Move the booking to another authorization (id or number), e.g. its renewal: the
    /// units are released from the old one and reserved on the new one together.
    #[arg(long = "auth")]
    pub authorization: Option<Key<AuthorizationId>>,
    /// Pass the code's daily maximum on the new day (clinic ADMIN only; needs --reason):
    /// an override documents one day, so a move to another day needs its own.
    #[arg(long, requires = "reason")]
    pub override_daily_max: bool,
    /// Move every member of the appointment's group together (each on its own
    /// authorization), in one transaction: all of them or none.
    #[arg(long, conflicts_with_all = ["as_individual", "cancel_group", "authorization"])]
    pub group: bool,
    /// Move a group member out of its group as the individual code (and any member the
    /// move leaves alone too, unless --cancel-group).
    #[arg(long)]
    pub as_individual: bool,
    /// When the move leaves one member alone in the group: cancel that member.
    #[arg(long, requires_all = ["as_individual", "reason"])]
    pub cancel_group: bool,
    /// Why: the daily maximum is passed on the new day (with --override-daily-max), or the
    /// rest of the group is cancelled (with --cancel-group). Kept and audited.
    #[arg(long)]
    pub reason: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub list: super::ListFlags,
    /// From this day (inclusive): YYYY-MM-DD, M/D/YYYY, today, -2w …
    #[arg(long, value_name = "DATE", value_parser = DateArg::parse, allow_hyphen_values = true)]
    pub from: Option<DateArg>,
    /// To this day (inclusive).
    #[arg(long, value_name = "DATE", value_parser = DateArg::parse, allow_hyphen_values = true)]
    pub to: Option<DateArg>,
    /// The practitioner's NPI or id.
    #[arg(long)]
    pub practitioner: Option<Key<PractitionerId>>,
    /// The patient's MRN or id.
    #[arg(long)]
    pub patient: Option<Key<PatientId>>,
    /// Only appointments in this state: scheduled, in-progress, completed, cancelled, no-show.
    #[arg(long, value_enum)]
    pub status: Option<AppointmentStatus>,
    /// Only scheduled appointments kept through a change of their authorization or
    /// practitioner (--keep-affected), with why.
    #[arg(long, conflicts_with = "week")]
    pub needs_attention: bool,
    /// A week (Monday to Sunday) as a grid per practitioner: this week with no value,
    /// `next`, or the week containing a DATE (in the clinic's time zone).
    #[arg(long, conflicts_with_all = ["from", "to"], num_args = 0..=1, default_missing_value = "this", value_name = "this|next|DATE")]
    pub week: Option<String>,
}
