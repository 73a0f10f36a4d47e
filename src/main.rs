//! The `mailscreen` binary: the only code that touches the process (environment, arguments,
//! exit status). It guarantees `OMP_THREAD_LIMIT` before any OCR (see `ensure_omp_limit`),
//! turns the command line into a `Config` once, runs the task, and maps outcomes to exit codes:
//! 0 success, 1 could not run, 2 ran but some items failed (their errors are in the results).

use std::io::Read;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Parser;

use mailscreen::cli::Cli;
use mailscreen::config::{Config, Task};
use mailscreen::extract::Extractors;
use mailscreen::page::PageText;
use mailscreen::queue::{Added, Queue};
use mailscreen::results::{write_jsonl, ItemResult};
use mailscreen::{scan, score};

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

fn main() -> ExitCode {
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
        } => run_scan(&cfg, scan, json_out.as_deref(), *queue),
        Task::Extract { input } => run_extract(&cfg, input),
        Task::Queue { json, all } => run_queue(&cfg, *json, *all),
        Task::Case { id, json } => run_case(&cfg, *id, *json),
        Task::AuditVerify => {
            let q = Queue::open(&cfg.db)?;
            let n = q.audit()?.len();
            match q.verify_audit()? {
                None => {
                    println!("audit chain intact: {n} entries");
                    Ok(ExitCode::SUCCESS)
                }
                Some(seq) => {
                    println!("audit chain BROKEN at entry {seq} (of {n})");
                    Ok(ExitCode::from(1))
                }
            }
        }
        Task::Doctor => run_doctor(&cfg),
        Task::AuditShow => {
            let q = Queue::open(&cfg.db)?;
            for a in q.audit()? {
                println!("{}", serde_json::to_string(&a)?);
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn run_scan(
    cfg: &Config,
    opts: &scan::ScanOptions,
    json_out: Option<&Path>,
    use_queue: bool,
) -> Result<ExitCode> {
    let warn = |m: &str| eprintln!("{m}");
    let report = scan::scan(opts, &cfg.pipeline, &warn)?;
    if let Some(path) = json_out {
        write_jsonl(path, &report.results)?;
    }
    let mut new_cases = 0;
    if use_queue && report.results.iter().any(|r| r.flagged) {
        let mut q = Queue::open(&cfg.db)?;
        let actor = format!("scan:{}", cfg.actor);
        for r in report.results.iter().filter(|r| r.flagged) {
            if let Added::New(_) = q.add(r, &actor)? {
                new_cases += 1;
            }
        }
    }
    if json_out != Some(Path::new("-")) {
        for r in &report.results {
            print_line(r);
        }
    }
    // the summary goes to stderr: flush the table first so the two never interleave
    use std::io::Write;
    let _ = std::io::stdout().flush();
    let flagged = report.results.iter().filter(|r| r.flagged).count();
    let failed = report.failed();
    if !cfg.quiet {
        eprintln!(
            "{} items, {} flagged, {} failed{}{}",
            report.results.len(),
            flagged,
            failed,
            if use_queue {
                format!("; {new_cases} new case(s) in {}", cfg.db.display())
            } else {
                String::new()
            },
            if report.skipped.is_empty() {
                String::new()
            } else {
                format!("; {} non-scan file(s) skipped", report.skipped.len())
            },
        );
    }
    Ok(if failed > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

fn print_line(r: &ItemResult) {
    let status = match (&r.error, r.flagged) {
        (Some(_), true) => "FLAG*",
        (Some(_), false) => "ERROR",
        (None, true) => "FLAG ",
        (None, false) => "ok   ",
    };
    let top = r.reasons.first().map(String::as_str).unwrap_or("");
    println!("{status} {:.2}  {}  {}", r.score, r.item, top);
}

fn run_extract(cfg: &Config, input: &Path) -> Result<ExitCode> {
    let text = if input == Path::new("-") {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .context("reading standard input")?;
        s
    } else {
        std::fs::read_to_string(input)
            .with_context(|| format!("{}: cannot read text", input.display()))?
    };
    let ex = Extractors::new(&cfg.pipeline);
    let findings = ex.text_findings(0, &PageText::from_plain_text(&text), None);
    let a = score::assess(&findings, &cfg.pipeline.scoring);
    let out = serde_json::json!({
        "schema": "mailscreen.text/1",
        "flagged": a.flagged,
        "score": a.score,
        "reasons": a.reason_lines(),
        "wallets": findings.wallets,
        "unverified_wallets": findings.unverified_wallets,
        "emails": findings.emails,
        "threats": findings.threats,
        "ruleset": cfg.pipeline.ruleset,
    });
    println!("{}", serde_json::to_string_pretty(&out)?);
    Ok(ExitCode::SUCCESS)
}

fn run_queue(cfg: &Config, json: bool, all: bool) -> Result<ExitCode> {
    let q = Queue::open(&cfg.db)?;
    let cases = q.list(all)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&cases)?);
        return Ok(ExitCode::SUCCESS);
    }
    if cases.is_empty() {
        println!(
            "no {}cases in {}",
            if all { "" } else { "open " },
            cfg.db.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{:>5}  {:<6} {:<8} {:<20} {:<28} top reason",
        "case", "score", "state", "created", "item"
    );
    for c in cases {
        let reason = c.top_reasons.first().map(String::as_str).unwrap_or("");
        println!(
            "{:>5}  {:<6.2} {:<8} {:<20} {:<28} {}",
            c.id,
            c.score,
            c.state,
            &c.created_at[..c.created_at.len().min(19)],
            c.item,
            reason
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn run_case(cfg: &Config, id: i64, json: bool) -> Result<ExitCode> {
    let mut q = Queue::open(&cfg.db)?;
    let c = q.view(id, &cfg.actor)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&c)?);
        return Ok(ExitCode::SUCCESS);
    }
    let r = &c.result;
    println!(
        "case {}  [{}]  item {}  score {}",
        c.id,
        c.state,
        r["item"].as_str().unwrap_or("?"),
        r["score"]
    );
    println!(
        "created {}  rules {} {}",
        c.created_at,
        r["ruleset"]["version"].as_str().unwrap_or("?"),
        r["ruleset"]["sha256"].as_str().unwrap_or("?")
    );
    println!("pages:");
    for p in r["pages"].as_array().into_iter().flatten() {
        println!(
            "  {} (frame {})  {}x{}  sha256 {}",
            p["file"].as_str().unwrap_or("?"),
            p["frame"],
            p["width"],
            p["height"],
            p["sha256"].as_str().unwrap_or("?")
        );
    }
    println!("reasons:");
    for s in r["reasons"].as_array().into_iter().flatten() {
        println!("  {}", s.as_str().unwrap_or(""));
    }
    for (key, label) in [
        ("wallets", "wallets"),
        ("unverified_wallets", "unverified wallet-like strings"),
        ("emails", "e-mails"),
        (
            "photos",
            "photos (regions only; previews are never shown unblurred)",
        ),
        ("codes", "codes"),
    ] {
        let list = r[key].as_array().cloned().unwrap_or_default();
        if list.is_empty() {
            continue;
        }
        println!("{label}:");
        for v in list {
            println!("  {v}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn run_doctor(cfg: &Config) -> Result<ExitCode> {
    let mut ok = true;
    println!("mailscreen {}", env!("CARGO_PKG_VERSION"));
    println!("tesseract {}", mailscreen::ocr::tesseract_version());
    let omp = std::env::var("OMP_THREAD_LIMIT").unwrap_or_else(|_| "(unset)".into());
    println!(
        "OMP_THREAD_LIMIT={omp}{}",
        if omp == "1" {
            ""
        } else {
            "  (parallel OCR will be slow)"
        }
    );
    let opts = mailscreen::ocr::OcrOptions::from_settings(&cfg.pipeline.ocr, None);
    for lang in [&opts.languages, &opts.wallet_languages] {
        match mailscreen::ocr::Engine::new(&mailscreen::ocr::OcrOptions {
            languages: lang.clone(),
            ..opts.clone()
        }) {
            Ok(_) => println!("languages {lang}: ok"),
            Err(e) => {
                ok = false;
                println!("languages {lang}: MISSING ({e})");
            }
        }
    }
    println!(
        "rule set {} sha256 {}",
        cfg.pipeline.ruleset.version, cfg.pipeline.ruleset.sha256
    );
    println!(
        "cores {}",
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    );
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
