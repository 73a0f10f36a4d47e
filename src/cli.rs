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
    /// List cases (open and claimed by default), with age and overdue flags.
    Queue(QueueArgs),
    /// Show or work a case: claim, release, note, escalate, close, reopen.
    Case(CaseArgs),
    /// Groups of cases that share a wallet, an e-mail or a near-identical letter.
    Campaigns(CampaignArgs),
    /// Write reports and exports from the case queue (recorded in the audit trail).
    Report(ReportArgs),
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
    /// Print the time spent per stage (OCR, extraction, photos, codes) on stderr.
    #[arg(long)]
    pub timings: bool,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Text file, or `-` for standard input.
    #[arg(value_name = "FILE")]
    pub input: PathBuf,
    /// Repair wallet candidates that fail their checksum, as for OCR output (typed text is not
    /// repaired unless asked: a typo must not become somebody else's address).
    #[arg(long)]
    pub repair: bool,
}

#[derive(Debug, Args)]
pub struct QueueArgs {
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Only cases in these states (open, claimed, escalated, closed, all); repeatable.
    #[arg(long, value_name = "STATE")]
    pub state: Vec<String>,
    /// Only cases scoring at least this.
    #[arg(long, value_name = "SCORE")]
    pub min_score: Option<f64>,
    /// Only cases at least this many hours old.
    #[arg(long, value_name = "HOURS")]
    pub older_than: Option<f64>,
    /// Only cases past their service level (sla_hours in pipeline/scoring.toml).
    #[arg(long)]
    pub overdue: bool,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct CaseArgs {
    /// Case id to show (same as `case show ID`).
    #[arg(required = true)]
    pub id: Option<i64>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    #[command(subcommand)]
    pub action: Option<CaseAction>,
}

#[derive(Debug, Subcommand)]
pub enum CaseAction {
    /// Show a case with its evidence and history (recorded as a view).
    Show {
        id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Take an open case; refused if someone else holds it.
    Claim { id: i64 },
    /// Give a claimed case back to the queue.
    Release { id: i64 },
    /// Add a note.
    Note { id: i64, text: String },
    /// Hand the case to the police.
    Escalate {
        id: i64,
        /// The police's reference for the case.
        #[arg(long = "ref", value_name = "REFERENCE")]
        reference: String,
    },
    /// Close the case.
    Close {
        id: i64,
        /// extortion, false-alarm, duplicate or other.
        #[arg(long, value_name = "DISPOSITION")]
        disposition: String,
        #[arg(long)]
        note: Option<String>,
    },
    /// Write one photo region unblurred to a file, from the original scan (recorded in the audit
    /// trail with the person asking; --actor is required).
    Reveal {
        id: i64,
        /// Index of the photo in the case's `photos` list (0 = first).
        #[arg(long, default_value_t = 0)]
        photo: usize,
        /// Where to write the PNG.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Reopen an escalated or closed case.
    Reopen {
        id: i64,
        #[arg(long)]
        reason: String,
    },
}

#[derive(Debug, Args)]
pub struct CampaignArgs {
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Letter texts at least this similar (estimated Jaccard of word 3-shingles) are linked.
    #[arg(long, default_value_t = 0.5, value_name = "0-1")]
    pub threshold: f64,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Self-contained HTML report (thumbnails with evidence boxes, photos blurred).
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    /// One row per case.
    #[arg(long, value_name = "FILE")]
    pub csv: Option<PathBuf>,
    /// Every case in full, with history.
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,
    /// STIX 2.1 bundle of indicators (confirmed only, unless --all-indicators).
    #[arg(long, value_name = "FILE")]
    pub stix: Option<PathBuf>,
    /// Chainabuse-style reports (confirmed only, unless --all-indicators).
    #[arg(long, value_name = "FILE")]
    pub chainabuse: Option<PathBuf>,
    /// Cover cases in every state (default: open and claimed) in HTML/CSV/JSON.
    #[arg(long)]
    pub all: bool,
    /// Export indicators of unconfirmed cases too.
    #[arg(long)]
    pub all_indicators: bool,
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
