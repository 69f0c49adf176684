use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // A reader that stops reading (`omnictl … | head`) ends omnictl quietly, as it ends
    // cat or grep, instead of a write error (Rust ignores SIGPIPE by default).
    // SAFETY: called first thing, before any other thread exists.
    unsafe {
        let _ = nix::sys::signal::signal(nix::sys::signal::Signal::SIGPIPE, nix::sys::signal::SigHandler::SigDfl);
    }
    // clap exits with status 2 on usage errors and 0 for --help / --version.
    let cli = omnictl::Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: could not start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(omnictl::run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.is::<omnictl::commands::Flagged>() => ExitCode::FAILURE,
        Err(error) => {
            // Errors may quote what an operator typed or a file held: escapes made visible.
            let visible = |text: String| omnictl::domain::text::visible(&text).into_owned();
            eprintln!("error: {}", visible(error.to_string()));
            for cause in error.chain().skip(1) {
                eprintln!("  caused by: {}", visible(cause.to_string()));
            }
            ExitCode::FAILURE
        }
    }
}
