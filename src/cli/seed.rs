//! The command line of `omnictl seed`: its subcommands and their arguments.

use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum SeedCommand {
    /// Create synthetic demo clinics for load and performance work (super admin):
    /// clinics demo-001, demo-002, … each with a practitioner of every credential and
    /// patients with a primary policy and a 97153 authorization (some ending within 30
    /// days, some nearly used up), loaded through the import pipeline. The same --seed
    /// gives the same people; clinics that exist already are left alone.
    Demo(DemoArgs),
    /// Load the platform's ABA service codes (97151–97158, 0362T, 0373T) with their
    /// credentials, categories and daily maxima. Repeating it changes nothing.
    ///
    /// Needs a super admin (--operator); `quickstart` does the same load as the tool itself.
    ServiceCodes,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// How many clinics.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub orgs: u32,
    /// Patients per clinic.
    #[arg(long, default_value_t = 100, value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub patients_per_org: u32,
    /// The generator's seed.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}
