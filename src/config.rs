//! From command-line syntax to plain configuration, once: resolves defaults (jobs, actor),
//! loads and validates the rule set. Nothing past this point knows about clap.

use std::path::PathBuf;

use crate::cli::{AuditAction, CaseAction, Cli, Command, ReportArgs};
use crate::error::PipelineError;
use crate::ocr::OcrOptions;
use crate::pipeline::Pipeline;
use crate::queue::Filter;
use crate::scan::ScanOptions;

/// What to do, with everything it needs.
#[derive(Debug)]
pub enum Task {
    Scan {
        scan: ScanOptions,
        json_out: Option<PathBuf>,
        queue: bool,
        timings: bool,
    },
    Extract {
        input: PathBuf,
        repair: bool,
    },
    Queue {
        json: bool,
        filter: Filter,
    },
    CaseShow {
        id: i64,
        json: bool,
    },
    /// A case action (claim, close, ...): its arguments are already plain values.
    Case(CaseAction),
    Campaigns {
        json: bool,
        threshold: f64,
    },
    /// Report and export destinations.
    Report(ReportArgs),
    AuditVerify,
    AuditShow,
    Doctor,
}

#[derive(Debug)]
pub struct Config {
    pub task: Task,
    pub pipeline: Pipeline,
    pub db: PathBuf,
    pub actor: String,
    /// Whether the actor was named with --actor (revealing a photo requires it).
    pub actor_given: bool,
    pub quiet: bool,
}

impl Config {
    pub fn from_cli(cli: Cli) -> Result<Config, PipelineError> {
        let pipeline = Pipeline::load(cli.global.pipeline.as_deref())?;
        let actor_given = cli.global.actor.is_some();
        let actor = cli
            .global
            .actor
            .or_else(|| std::env::var("USER").ok())
            .filter(|a| !a.trim().is_empty())
            .unwrap_or_else(|| "unknown".to_string());
        let quiet = cli.global.quiet;
        let task = match cli.command {
            Command::Scan(a) => {
                let jobs = a.jobs.unwrap_or_else(|| {
                    std::thread::available_parallelism()
                        .map(|n| n.get())
                        .unwrap_or(1)
                });
                let progress = !quiet && std::io::IsTerminal::is_terminal(&std::io::stderr());
                Task::Scan {
                    scan: ScanOptions {
                        roots: a.dirs,
                        ocr: OcrOptions::from_settings(&pipeline.ocr, a.lang.as_deref()),
                        jobs,
                        progress,
                    },
                    json_out: a.json_out,
                    queue: !a.no_queue,
                    timings: a.timings,
                }
            }
            Command::Extract(a) => Task::Extract {
                input: a.input,
                repair: a.repair,
            },
            Command::Queue(a) => Task::Queue {
                json: a.json,
                filter: Filter {
                    states: a.state,
                    min_score: a.min_score,
                    older_than_hours: a.older_than,
                    overdue_only: a.overdue,
                },
            },
            Command::Case(a) => match (a.action, a.id) {
                (Some(CaseAction::Show { id, json }), _) => Task::CaseShow {
                    id,
                    json: json || a.json,
                },
                (Some(action), _) => Task::Case(action),
                // clap requires the id when no action is given
                (None, id) => Task::CaseShow {
                    id: id.unwrap_or_default(),
                    json: a.json,
                },
            },
            Command::Campaigns(a) => Task::Campaigns {
                json: a.json,
                threshold: a.threshold,
            },
            Command::Report(a) => Task::Report(a),
            Command::Doctor => Task::Doctor,
            Command::Audit(a) => match a.action {
                AuditAction::Verify => Task::AuditVerify,
                AuditAction::Show => Task::AuditShow,
            },
        };
        Ok(Config {
            task,
            pipeline,
            db: cli.global.db,
            actor,
            actor_given,
            quiet,
        })
    }
}
