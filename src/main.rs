use std::process::ExitCode;

use omnictl::error::{self, Kind};

fn main() -> ExitCode {
    // A reader that stops reading (`omnictl … | head`) ends omnictl quietly, as it ends
    // cat or grep, instead of a write error (Rust ignores SIGPIPE by default).
    // SAFETY: called first thing, before any other thread exists.
    unsafe {
        let _ = nix::sys::signal::signal(nix::sys::signal::Signal::SIGPIPE, nix::sys::signal::SigHandler::SigDfl);
    }
    // A panic is a bug: said as one, with the internal error's exit code.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("error: internal error in omnictl: {info}");
        eprintln!("hint: this is a bug; please report it with the command you ran (without patient data)");
    }));
    // Run by a shell completing a command line (`COMPLETE=bash omnictl …`): the
    // completions are printed and the process ends here.
    clap_complete::CompleteEnv::with_factory(omnictl::cli::command).complete();
    // clap exits with status 2 on usage errors and 0 for --help / --version.
    let cli = omnictl::cli::parse();
    // One thread: a command is one conversation with the database at a time, and waking
    // a worker thread for each reply costs more than any parallelism gains.
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: could not start the async runtime: {error}");
            return ExitCode::from(Kind::Internal.exit_code());
        }
    };
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| runtime.block_on(omnictl::run(cli))));
    let error = match outcome {
        Ok(Ok(())) => return ExitCode::SUCCESS,
        Ok(Err(error)) => error,
        Err(_) => return ExitCode::from(Kind::Internal.exit_code()),
    };
    let kind = error::kind_of(&error);
    if !error.is::<error::Flagged>() {
        // Errors may quote what an operator typed or a file held: escapes made visible.
        let visible = |text: String| omnictl::domain::text::visible(&text).into_owned();
        let mut chain = error.chain();
        if let Some(top) = chain.next() {
            eprintln!("error: {}", visible(omnictl::commands::say_error(top)));
        }
        for cause in chain {
            eprintln!("  caused by: {}", visible(omnictl::commands::say_error(cause)));
        }
        for hint in error::hints_of(&error) {
            eprintln!("hint: {}", visible(omnictl::commands::say(hint)));
        }
        // Errors a transaction pooler causes, wherever they surfaced.
        if let Some(hint) =
            error.chain().find_map(|c| c.downcast_ref::<sqlx::Error>()).and_then(omnictl::db::pooler::hint)
        {
            eprintln!("hint: {hint}");
        }
    }
    ExitCode::from(kind.exit_code())
}
