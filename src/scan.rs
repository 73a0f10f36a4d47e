//! The batch: intake -> per-page work in parallel (decode, OCR, extract) -> per-item merge and
//! score -> results in item order. Pages of all items go into one rayon pool so two cores stay
//! busy even when one item has many pages. Each page's image lives only inside its worker (an A4
//! page at 300 dpi is ~9 MB grey), so memory stays at roughly one page per worker. A page that
//! fails becomes an error on its item; nothing fails the batch except a missing OCR engine.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use crate::error::{EngineError, IntakeError, PageError};
use crate::extract::wallet::Recovery;
use crate::extract::{self, Extractors, Findings};
use crate::intake::{self, Intake, Item, PageSource};
use crate::ocr::{self, decode, OcrOptions};
use crate::pipeline::Pipeline;
use crate::results::{ItemEvidence, ItemResult, PageInfo};
use crate::score;

/// What a scan needs; built once from the command line in `config.rs`.
#[derive(Debug, Clone)]
pub struct ScanOptions {
    pub roots: Vec<PathBuf>,
    pub ocr: OcrOptions,
    pub jobs: usize,
    pub progress: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum ScanError {
    #[error(transparent)]
    Intake(#[from] IntakeError),
    #[error(transparent)]
    Engine(#[from] EngineError),
    #[error("cannot start {0} worker threads: {1}")]
    Pool(usize, String),
}

/// The outcome of a batch.
#[derive(Debug)]
pub struct ScanReport {
    pub results: Vec<ItemResult>,
    pub skipped: Vec<PathBuf>,
    pub timings: StageTimes,
}

/// Time spent per stage, summed over worker threads (so it is CPU time, not wall time): the
/// evidence behind "extraction costs under x % of OCR".
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct StageTimes {
    pub decode: Duration,
    pub ocr: Duration,
    /// Text extractors (wallets, e-mails, contacts, threats, language), including re-reads.
    pub text: Duration,
    /// Of `text`: re-reading wallet candidates and cut user names with the `eng` engine.
    pub reread: Duration,
    /// Of `text`: the wording — threat phrases, fuzzy and proximity rules, the language model.
    pub wording: Duration,
    pub photos: Duration,
    /// Face detection inside photo regions.
    pub faces: Duration,
    pub codes: Duration,
}

impl StageTimes {
    /// One line for people: each stage in seconds and as a share of OCR time.
    pub fn summary(&self) -> String {
        let ocr = self.ocr.as_secs_f64().max(1e-9);
        let pct = |d: Duration| {
            format!(
                "{:.3} s ({:.2} % of OCR)",
                d.as_secs_f64(),
                d.as_secs_f64() / ocr * 100.0
            )
        };
        format!(
            "stage times (summed over workers): OCR {:.3} s; decode {}; text extraction {} of which re-reads {} and wording {}; photos {}; faces {}; codes {}",
            self.ocr.as_secs_f64(),
            pct(self.decode),
            pct(self.text),
            pct(self.reread),
            pct(self.wording),
            pct(self.photos),
            pct(self.faces),
            pct(self.codes)
        )
    }
}

/// Per-stage nanosecond counters shared by the workers.
#[derive(Default)]
struct Clock([AtomicU64; 8]);

impl Clock {
    fn add(&self, stage: usize, since: Instant) {
        self.0[stage].fetch_add(since.elapsed().as_nanos() as u64, Ordering::Relaxed);
    }
    fn times(&self) -> StageTimes {
        let d = |i: usize| Duration::from_nanos(self.0[i].load(Ordering::Relaxed));
        StageTimes {
            decode: d(0),
            ocr: d(1),
            text: d(2),
            reread: d(3),
            photos: d(4),
            codes: d(5),
            faces: d(6),
            wording: d(7),
        }
    }
}

const DECODE: usize = 0;
const OCR: usize = 1;
const TEXT: usize = 2;
const REREAD: usize = 3;
const PHOTOS: usize = 4;
const CODES: usize = 5;
const FACES: usize = 6;
const WORDING: usize = 7;

impl ScanReport {
    pub fn failed(&self) -> usize {
        self.results.iter().filter(|r| r.error.is_some()).count()
    }
}

struct PageOutcome {
    info: PageInfo,
    findings: Findings,
    text: String,
    error: Option<PageError>,
}

/// Scans every item under the roots. `warn` receives one line per failed page or item.
pub fn scan(
    opts: &ScanOptions,
    pipeline: &Pipeline,
    warn: &(dyn Fn(&str) + Sync),
) -> Result<ScanReport, ScanError> {
    let Intake { items, skipped } = intake::collect(&opts.roots)?;
    // Fail fast, on the main thread, if the language data is missing.
    ocr::Engine::new(&opts.ocr)?;
    let extractors = Extractors::new(pipeline);
    let jobs: Vec<(usize, usize, &PageSource)> = items
        .iter()
        .enumerate()
        .flat_map(|(i, it)| it.pages.iter().enumerate().map(move |(p, s)| (i, p, s)))
        .collect();
    let bar = progress_bar(jobs.len() as u64, opts.progress);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.jobs.max(1))
        .build()
        .map_err(|e| ScanError::Pool(opts.jobs, e.to_string()))?;
    let clock = Clock::default();
    let outcomes: Vec<PageOutcome> = pool.install(|| {
        jobs.par_iter()
            .map(|(_, page, src)| {
                let out = process_page(*page, src, pipeline, opts, &extractors, &clock);
                if let Some(e) = &out.error {
                    bar.suspend(|| warn(&format!("error: {e}")));
                }
                bar.inc(1);
                out
            })
            .collect()
    });
    bar.finish_and_clear();
    let mut outcomes = outcomes.into_iter();
    let mut results = Vec::with_capacity(items.len());
    for item in &items {
        let pages: Vec<PageOutcome> = outcomes.by_ref().take(item.pages.len()).collect();
        let r = assemble(item, pages, pipeline);
        if let Some(e) = item.error.as_ref() {
            warn(&format!("error: {e}"));
        }
        results.push(r);
    }
    Ok(ScanReport {
        results,
        skipped,
        timings: clock.times(),
    })
}

fn progress_bar(total: u64, show: bool) -> ProgressBar {
    if !show {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
    let style =
        ProgressStyle::with_template("{bar:30} {pos}/{len} pages  {per_sec}  ETA {eta}  {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    bar
}

fn process_page(
    index: usize,
    src: &PageSource,
    pipeline: &Pipeline,
    opts: &ScanOptions,
    ex: &Extractors,
    clock: &Clock,
) -> PageOutcome {
    let mut info = PageInfo {
        file: src.file.clone(),
        frame: src.frame,
        sha256: String::new(),
        width: 0,
        height: 0,
        dpi: pipeline.ocr.default_dpi,
        dpi_from_file: false,
        error: None,
    };
    let fail = |mut info: PageInfo, e: PageError| {
        info.error = Some(e.to_string());
        PageOutcome {
            info,
            findings: Findings::default(),
            text: String::new(),
            error: Some(e),
        }
    };
    let t = Instant::now();
    let decoded = decode::decode(&src.path, src.frame, pipeline.ocr.max_pixels);
    clock.add(DECODE, t);
    let d = match decoded {
        Ok(d) => d,
        Err(e) => {
            // keep the hash of what arrived even when it cannot be decoded
            if let Ok(bytes) = std::fs::read(&src.path) {
                use sha2::Digest;
                info.sha256 = hex::encode(sha2::Sha256::digest(&bytes));
            }
            return fail(info, e);
        }
    };
    info.sha256 = d.sha256;
    (info.width, info.height) = d.image.dimensions();
    if let Some(dpi) = d.dpi {
        (info.dpi, info.dpi_from_file) = (dpi, true);
    }
    let dpi = info.dpi;
    let img = d.image;
    let read = ocr::with_engine(&opts.ocr, |engine| {
        let t = Instant::now();
        let text = engine.read_page(&src.path, &img, dpi)?;
        clock.add(OCR, t);
        let t = Instant::now();
        let mut reread = |boxes: &[crate::page::BBox], whitelist: &str| {
            let t = Instant::now();
            let r = engine.reread(&img, boxes, whitelist, dpi);
            clock.add(REREAD, t);
            r
        };
        let mut findings = ex.evidence_findings(index, &text, Recovery::Reread(&mut reread));
        let w = Instant::now();
        ex.read_wording(index, &text, &mut findings);
        clock.add(WORDING, w);
        clock.add(TEXT, t);
        Ok::<_, PageError>((findings, text.text()))
    });
    let (mut findings, text) = match read {
        Ok(Ok(f)) => f,
        Ok(Err(e)) => return fail(info, e),
        Err(e) => {
            let e = PageError::Ocr {
                path: src.path.clone(),
                detail: e.to_string(),
            };
            return fail(info, e);
        }
    };
    let t = Instant::now();
    findings.photos = extract::photo::find(index, &img, dpi);
    clock.add(PHOTOS, t);
    let t = Instant::now();
    findings.faces = extract::face::find(index, &img, &findings.photos);
    clock.add(FACES, t);
    let t = Instant::now();
    findings.codes = extract::code::find(index, &img);
    // a number both printed and in its barcode is reported once, as read from the barcode
    let from_codes = extract::tracking_from_codes(&findings.codes);
    findings
        .tracking
        .retain(|t| !from_codes.iter().any(|c| c.number == t.number));
    findings.tracking.extend(from_codes);
    clock.add(CODES, t);
    let mut qr = extract::wallets_from_codes(&findings.codes);
    findings.wallets.append(&mut qr);
    PageOutcome {
        info,
        findings,
        text,
        error: None,
    }
}

fn assemble(item: &Item, pages: Vec<PageOutcome>, pipeline: &Pipeline) -> ItemResult {
    let mut findings = Findings::default();
    let mut infos = Vec::new();
    let mut texts = Vec::new();
    let mut errors: Vec<String> = item.error.iter().cloned().collect();
    for p in pages {
        findings.extend(p.findings);
        texts.push(p.text);
        if let Some(e) = p.error {
            errors.push(e.to_string());
        }
        infos.push(p.info);
    }
    // one entry per distinct wallet and route, first occurrence kept
    let mut seen = std::collections::BTreeSet::new();
    findings
        .wallets
        .retain(|w| seen.insert((w.address.clone(), w.via)));
    let mut seen = std::collections::BTreeSet::new();
    findings.emails.retain(|e| seen.insert(e.address.clone()));
    let mut seen = std::collections::BTreeSet::new();
    findings
        .messengers
        .retain(|m| seen.insert((m.service, m.handle.clone())));
    let assessment = score::assess(&findings, &pipeline.scoring);
    let mut r = ItemResult::new(item.id.clone(), infos, findings, pipeline.ruleset.clone());
    r.score = assessment.score;
    r.flagged = assessment.flagged;
    r.reasons = assessment.reason_lines();
    r.evidence = ItemEvidence {
        texts,
        sources: item
            .pages
            .iter()
            .map(|p| (p.path.clone(), p.frame))
            .collect(),
    };
    if !errors.is_empty() {
        r.error = Some(errors.join("; "));
    }
    r
}
