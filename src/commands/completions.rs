//! `omnictl completions`: shell completion scripts (also committed under completions/).

use anyhow::Result;
use clap::Args;
use clap_complete::Shell;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: Shell,
}

pub fn run(args: CompletionsArgs) -> Result<()> {
    clap_complete::generate(args.shell, &mut crate::cli::command(), "omnictl", &mut std::io::stdout());
    Ok(())
}
