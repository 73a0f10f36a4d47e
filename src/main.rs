//! The `mailscreen` binary: the only code that touches the process (environment, arguments,
//! exit status). It guarantees `OMP_THREAD_LIMIT` before any OCR (see `ensure_omp_limit`),
//! turns the command line into a `Config` once, runs the task, and maps outcomes to exit codes:
//! 0 success, 1 could not run, 2 ran but some items failed (their errors are in the results).
//! A closed output pipe ends it quietly, as it does other Unix filters.

mod commands;

use std::process::ExitCode;

use anyhow::Result;
use clap::Parser;

use mailscreen::cli::Cli;
use mailscreen::config::{Config, Task};

/// Debian's Tesseract uses OpenMP; with several OCR threads in one process its thread pools
/// oversubscribe the cores and parallel OCR was measured ~6x slower. OpenMP reads the limit only
/// at process start, so setting it from `main` is too late: re-execute this binary once with the
/// variable set. A value the user set is respected.
fn ensure_omp_limit() {
    if std::env::var_os("OMP_THREAD_LIMIT").is_some() {
        return;
    }
    use std::os::unix::process::CommandExt;
    let Ok(exe) = std::env::current_exe() else {
        return;
    };
    let mut args = std::env::args_os();
    let arg0 = args.next().unwrap_or_else(|| exe.clone().into_os_string());
    let err = std::process::Command::new(&exe)
        .arg0(arg0)
        .args(args)
        .env("OMP_THREAD_LIMIT", "1")
        .exec();
    eprintln!(
        "warning: could not re-execute with OMP_THREAD_LIMIT=1 ({err}); parallel OCR will be slow"
    );
}

/// Rust ignores SIGPIPE, so writing to a closed pipe (`mailscreen queue | head`) is an error,
/// and `println!` turns it into a panic with a backtrace. A Unix filter should stop quietly
/// when its reader goes away: restore the default action.
fn quiet_on_closed_pipe() {
    // SAFETY: called first thing in `main`, before any thread exists; it only changes how the
    // process reacts to SIGPIPE.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

fn main() -> ExitCode {
    quiet_on_closed_pipe();
    ensure_omp_limit();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("mailscreen: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    let cfg = Config::from_cli(cli)?;
    match &cfg.task {
        Task::Scan {
            scan,
            json_out,
            queue,
            timings,
        } => commands::scan(&cfg, scan, json_out.as_deref(), *queue, *timings),
        Task::Extract { input, repair } => commands::extract(&cfg, input, *repair),
        Task::Queue { json, filter } => commands::queue(&cfg, *json, filter),
        Task::CaseShow { id, json } => commands::case_show(&cfg, *id, *json),
        Task::Case(action) => commands::case_action(&cfg, action),
        Task::Campaigns { json, threshold } => commands::campaigns(&cfg, *json, *threshold),
        Task::Report(args) => commands::report(&cfg, args),
        Task::AuditVerify => commands::audit_verify(&cfg),
        Task::AuditShow => commands::audit_show(&cfg),
        Task::Doctor => commands::doctor(&cfg),
    }
}
