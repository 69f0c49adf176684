//! `omnictl completions`: shell completion scripts (also committed under completions/).

use crate::cli::completions::CompletionsArgs;
use anyhow::Result;

pub fn run(args: CompletionsArgs) -> Result<()> {
    clap_complete::generate(args.shell, &mut crate::cli::command(), "omnictl", &mut std::io::stdout());
    Ok(())
}
