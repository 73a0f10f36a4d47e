//! The commands of the `mailscreen` binary: each reads its plain `Config`, calls the library and
//! prints for people (tables, text) or tools (`--json`). Exit codes are decided here and in
//! `main.rs`: 0 success, 1 could not run, 2 scan completed with failed items.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};

use mailscreen::cli::{CaseAction, ReportArgs};
use mailscreen::config::Config;
use mailscreen::extract::wallet::Recovery;
use mailscreen::extract::Extractors;
use mailscreen::page::PageText;
use mailscreen::queue::{Added, Disposition, Filter, Queue};
use mailscreen::results::{headline, write_jsonl, ItemResult};
use mailscreen::{evidence, report, scan, score};

pub fn scan(
    cfg: &Config,
    opts: &scan::ScanOptions,
    json_out: Option<&Path>,
    use_queue: bool,
    timings: bool,
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
            let thumbs = evidence::thumbnails(r, cfg.pipeline.ocr.max_pixels);
            if let Added::New(_) = q.add(r, &thumbs, &actor)? {
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
    let _ = std::io::stdout().flush();
    let flagged = report.results.iter().filter(|r| r.flagged).count();
    let failed = report.failed();
    if !cfg.quiet {
        let queue = if use_queue {
            format!("; {new_cases} new case(s) in {}", cfg.db.display())
        } else {
            String::new()
        };
        let skipped = if report.skipped.is_empty() {
            String::new()
        } else {
            format!("; {} non-scan file(s) skipped", report.skipped.len())
        };
        eprintln!(
            "{} items, {flagged} flagged, {failed} failed{queue}{skipped}",
            report.results.len()
        );
    }
    if timings {
        eprintln!("{}", report.timings.summary());
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
    let what = serde_json::to_value(r)
        .map(|v| headline(&v))
        .unwrap_or_default();
    let what = if what.is_empty() {
        r.error.clone().unwrap_or_default()
    } else {
        what
    };
    println!("{status} {:.2}  {}  {}", r.score, r.item, what);
}

pub fn extract(cfg: &Config, input: &Path, repair: bool) -> Result<ExitCode> {
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
    let recovery = if repair {
        Recovery::Edits
    } else {
        Recovery::Off
    };
    let findings = ex.text_findings(0, &PageText::from_plain_text(&text), recovery);
    let a = score::assess(&findings, &cfg.pipeline.scoring);
    let out = serde_json::json!({
        "schema": "mailscreen.text/1",
        "flagged": a.flagged,
        "score": a.score,
        "reasons": a.reason_lines(),
        "wallets": findings.wallets,
        "unverified_wallets": findings.unverified_wallets,
        "emails": findings.emails,
        "messengers": findings.messengers,
        "threats": findings.threats,
        "ruleset": cfg.pipeline.ruleset,
    });
    println!("{}", serde_json::to_string_pretty(&out)?);
    Ok(ExitCode::SUCCESS)
}

pub fn queue(cfg: &Config, json: bool, filter: &Filter) -> Result<ExitCode> {
    let q = Queue::open(&cfg.db)?;
    let cases = q.list(filter, cfg.pipeline.scoring.sla_hours)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&cases)?);
        return Ok(ExitCode::SUCCESS);
    }
    if cases.is_empty() {
        println!("no matching cases in {}", cfg.db.display());
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{:>5}  {:<5} {:<9} {:<12} {:>7}  {:<30} evidence",
        "case", "score", "state", "holder", "age(h)", "item"
    );
    for c in cases {
        let age = format!("{:.1}{}", c.age_hours, if c.overdue { "!" } else { "" });
        let holder = c.claimed_by.as_deref().unwrap_or("-");
        println!(
            "{:>5}  {:<5.2} {:<9} {:<12} {:>7}  {:<30} {}",
            c.id, c.score, c.state, holder, age, c.item, c.evidence
        );
    }
    println!(
        "(! = overdue: older than {} hours and not escalated or closed)",
        cfg.pipeline.scoring.sla_hours
    );
    Ok(ExitCode::SUCCESS)
}

pub fn case_show(cfg: &Config, id: i64, json: bool) -> Result<ExitCode> {
    let mut q = Queue::open(&cfg.db)?;
    let c = q.view(id, &cfg.actor)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&c)?);
        return Ok(ExitCode::SUCCESS);
    }
    let r = &c.result;
    let s = |v: &serde_json::Value| v.as_str().unwrap_or("?").to_string();
    println!(
        "case {}  [{}]  item {}  score {}",
        c.id,
        c.state,
        s(&r["item"]),
        r["score"]
    );
    if let Some(h) = &c.claimed_by {
        println!("held by {h}");
    }
    if let Some(d) = &c.disposition {
        println!("disposition {d}");
    }
    if let Some(p) = &c.police_ref {
        println!("police reference {p}");
    }
    println!(
        "created {}  rules {} {}",
        c.created_at,
        s(&r["ruleset"]["version"]),
        s(&r["ruleset"]["sha256"])
    );
    println!("pages:");
    for p in r["pages"].as_array().into_iter().flatten() {
        println!(
            "  {} (frame {})  {}x{}  sha256 {}",
            s(&p["file"]),
            p["frame"],
            p["width"],
            p["height"],
            s(&p["sha256"])
        );
    }
    println!("reasons:");
    for line in r["reasons"].as_array().into_iter().flatten() {
        println!("  {}", line.as_str().unwrap_or(""));
    }
    let lists = [
        ("wallets", "wallets"),
        ("unverified_wallets", "unverified wallet-like strings"),
        ("emails", "e-mails"),
        ("messengers", "messenger contacts"),
        ("photos", "photos (regions only; never shown unblurred)"),
        ("codes", "codes"),
    ];
    for (key, label) in lists {
        let list = r[key].as_array().cloned().unwrap_or_default();
        if !list.is_empty() {
            println!("{label}:");
            for v in list {
                println!("  {v}");
            }
        }
    }
    println!("history:");
    for a in &c.history {
        println!(
            "  #{} {} {} {} {}",
            a.seq, a.at, a.actor, a.action, a.details
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn case_action(cfg: &Config, action: &CaseAction) -> Result<ExitCode> {
    let mut q = Queue::open(&cfg.db)?;
    let actor = cfg.actor.as_str();
    let (id, what) = match action {
        CaseAction::Show { id, json } => return case_show(cfg, *id, *json),
        CaseAction::Claim { id } => (*id, q.claim(*id, actor).map(|_| "claimed")),
        CaseAction::Release { id } => (*id, q.release(*id, actor).map(|_| "released")),
        CaseAction::Note { id, text } => (*id, q.note(*id, actor, text).map(|_| "noted")),
        CaseAction::Escalate { id, reference } => {
            (*id, q.escalate(*id, actor, reference).map(|_| "escalated"))
        }
        CaseAction::Close {
            id,
            disposition,
            note,
        } => {
            let d: Disposition = disposition.parse().map_err(anyhow::Error::msg)?;
            (
                *id,
                q.close(*id, actor, d, note.as_deref()).map(|_| "closed"),
            )
        }
        CaseAction::Reopen { id, reason } => {
            (*id, q.reopen(*id, actor, reason).map(|_| "reopened"))
        }
        CaseAction::Reveal { id, photo, out } => return reveal(cfg, &mut q, *id, *photo, out),
    };
    println!("case {id} {} by {actor}", what?);
    Ok(ExitCode::SUCCESS)
}

/// Reveals one photo region: only with a named actor, only from the unchanged original scan,
/// and recorded in the audit trail before anything is written.
fn reveal(cfg: &Config, q: &mut Queue, id: i64, photo: usize, out: &Path) -> Result<ExitCode> {
    if !cfg.actor_given {
        anyhow::bail!("revealing a photo needs --actor NAME: the audit trail records who asked");
    }
    let case = q.get(id)?;
    let p = &case.result["photos"][photo];
    let (Some(page), Some(b)) = (p["page"].as_i64(), p["bbox"].as_array()) else {
        anyhow::bail!("case {id} has no photo {photo}");
    };
    let n = |i: usize| b.get(i).and_then(|v| v.as_u64()).unwrap_or(0) as u32;
    let bbox = mailscreen::page::BBox::new(n(0), n(1), n(2), n(3));
    let (source, frame, sha) = q.page_source(id, page)?;
    let source = source.ok_or_else(|| {
        anyhow::anyhow!("case {id} page {page}: the original scan's location was not recorded")
    })?;
    let png = evidence::reveal(
        Path::new(&source),
        frame,
        &sha,
        bbox,
        cfg.pipeline.ocr.max_pixels,
    )?;
    let details = serde_json::json!({
        "photo": photo, "page": page, "bbox": b, "source": source, "page_sha256": sha,
        "out": out.display().to_string(),
    });
    q.record(Some(id), &cfg.actor, "photo_revealed", &details.to_string())?;
    report::write(out, &png)?;
    println!(
        "case {id}: photo {photo} written unblurred to {} (recorded for {})",
        out.display(),
        cfg.actor
    );
    Ok(ExitCode::SUCCESS)
}

pub fn campaigns(cfg: &Config, json: bool, threshold: f64) -> Result<ExitCode> {
    let q = Queue::open(&cfg.db)?;
    let groups = q.campaigns(threshold)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&groups)?);
        return Ok(ExitCode::SUCCESS);
    }
    if groups.is_empty() {
        println!("no linked cases in {}", cfg.db.display());
    }
    for g in groups {
        println!(
            "campaign {}: cases {:?}  first {}  last {}",
            g.id, g.cases, g.first_seen, g.last_seen
        );
        for w in &g.shared_wallets {
            println!("  shared wallet {w}");
        }
        for e in &g.shared_emails {
            println!("  shared e-mail {e}");
        }
        for m in &g.shared_messengers {
            println!("  shared messenger contact {m}");
        }
        for (a, b, sim) in &g.similar_texts {
            println!(
                "  letters of cases {a} and {b} are {:.0}% alike",
                sim * 100.0
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn report(cfg: &Config, a: &ReportArgs) -> Result<ExitCode> {
    let mut q = Queue::open(&cfg.db)?;
    let filter = Filter {
        states: if a.all {
            vec!["all".into()]
        } else {
            Vec::new()
        },
        ..Filter::default()
    };
    let sla = cfg.pipeline.scoring.sla_hours;
    let now = time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    let mut written = Vec::new();
    if a.html.is_some() || a.csv.is_some() || a.json.is_some() {
        let cases = report::load(&q, &filter, sla)?;
        let ids: Vec<i64> = cases.iter().map(|c| c.case.id).collect();
        let outputs = [
            (
                &a.html,
                "html",
                report::html(&cases, &now, &cfg.db.display().to_string()).into_bytes(),
            ),
            (&a.csv, "csv", report::csv(&cases)?),
            (&a.json, "json", report::json(&cases)),
        ];
        for (path, format, bytes) in outputs {
            if let Some(p) = path {
                report::write(p, &bytes)?;
                let details = serde_json::json!({ "format": format, "file": p.display().to_string(), "cases": ids });
                q.record(None, &cfg.actor, "exported", &details.to_string())?;
                written.push(format!("{} ({} cases)", p.display(), ids.len()));
            }
        }
    }
    if a.stix.is_some() || a.chainabuse.is_some() {
        let inds = q.indicators(!a.all_indicators)?;
        let campaigns = q.campaigns(0.5)?;
        let items: BTreeMap<i64, String> = q
            .ids()?
            .into_iter()
            .filter_map(|id| {
                q.get(id)
                    .ok()
                    .map(|c| (id, c.result["item"].as_str().unwrap_or("").to_string()))
            })
            .collect();
        let outputs = [
            (
                &a.stix,
                "stix",
                report::stix_bundle(&inds, &campaigns, &now),
            ),
            (
                &a.chainabuse,
                "chainabuse",
                report::chainabuse(&inds, &items),
            ),
        ];
        for (path, format, value) in outputs {
            if let Some(p) = path {
                report::write(p, &serde_json::to_vec_pretty(&value)?)?;
                let values: Vec<&str> = inds.iter().map(|i| i.2.as_str()).collect();
                let details = serde_json::json!({
                    "format": format, "file": p.display().to_string(),
                    "confirmed_only": !a.all_indicators, "indicators": values,
                });
                q.record(None, &cfg.actor, "exported", &details.to_string())?;
                written.push(format!("{} ({} indicators)", p.display(), inds.len()));
            }
        }
    }
    if written.is_empty() {
        anyhow::bail!("nothing to write: give --html, --csv, --json, --stix or --chainabuse");
    }
    for w in written {
        println!("wrote {w}");
    }
    Ok(ExitCode::SUCCESS)
}

pub fn audit_verify(cfg: &Config) -> Result<ExitCode> {
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

pub fn audit_show(cfg: &Config) -> Result<ExitCode> {
    let q = Queue::open(&cfg.db)?;
    for a in q.audit()? {
        println!("{}", serde_json::to_string(&a)?);
    }
    Ok(ExitCode::SUCCESS)
}

pub fn doctor(cfg: &Config) -> Result<ExitCode> {
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
        let o = mailscreen::ocr::OcrOptions {
            languages: lang.clone(),
            ..opts.clone()
        };
        match mailscreen::ocr::Engine::new(&o) {
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
