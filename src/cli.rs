//! Command-line syntax (clap derive structs only). `config.rs` turns these into plain values
//! once, so the library never sees clap.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "mailscreen",
    version,
    about = "Screens scanned postal mail for extortion letters"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct Global {
    /// Rule-set directory overriding the built-in pipeline/ files (any subset of them).
    #[arg(long, global = true, value_name = "DIR")]
    pub pipeline: Option<PathBuf>,
    /// Case database.
    #[arg(
        long,
        global = true,
        value_name = "PATH",
        default_value = "mailscreen.db"
    )]
    pub db: PathBuf,
    /// Who is acting, for the audit trail (default: $USER).
    #[arg(long, global = true, value_name = "NAME")]
    pub actor: Option<String>,
    /// No progress bar.
    #[arg(long, short, global = true)]
    pub quiet: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Scan folders of mail scans; flagged items become cases.
    Scan(ScanArgs),
    /// Run the extractors and scorer on plain text (a transcribed letter) and print JSON.
    Extract(ExtractArgs),
    /// List open cases.
    Queue(QueueArgs),
    /// Show one case with its evidence (recorded in the audit trail).
    Case(CaseArgs),
    /// The audit trail.
    Audit(AuditArgs),
    /// Check the installation: Tesseract version, language data, OpenMP guard, rule set.
    Doctor,
}

#[derive(Debug, Args)]
pub struct ScanArgs {
    /// Folders (or single files) to scan. Each file, multi-page TIFF or sub-folder is one item.
    #[arg(required = true, value_name = "DIR")]
    pub dirs: Vec<PathBuf>,
    /// Write the results (JSON Lines, schema mailscreen.item/1) here; `-` for stdout.
    #[arg(long, value_name = "FILE")]
    pub json_out: Option<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(long, short, value_name = "N")]
    pub jobs: Option<usize>,
    /// Tesseract languages for pages (default from pipeline/ocr.toml).
    #[arg(long, value_name = "LANGS")]
    pub lang: Option<String>,
    /// Do not put flagged items into the case queue.
    #[arg(long)]
    pub no_queue: bool,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Text file, or `-` for standard input.
    #[arg(value_name = "FILE")]
    pub input: PathBuf,
}

#[derive(Debug, Args)]
pub struct QueueArgs {
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Include cases in every state, not only open ones.
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct CaseArgs {
    /// Case id (from `mailscreen queue`).
    pub id: i64,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct AuditArgs {
    #[command(subcommand)]
    pub action: AuditAction,
}

#[derive(Debug, Subcommand)]
pub enum AuditAction {
    /// Check the hash chain; exit 1 and name the first bad entry if it is broken.
    Verify,
    /// Print the audit trail as JSON Lines.
    Show,
}
