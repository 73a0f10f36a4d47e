//! The results file, `mailscreen.item/1`: one JSON object per line per item, in item order.
//! This is the public contract other tools read (documented in the README); fields are only
//! ever added, never renamed or removed, within a schema version. Nothing in it depends on
//! the time or machine of the run, so the same scans and rules give the same bytes.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::OutputError;
use crate::extract::Findings;
use crate::pipeline::RuleSet;

pub const SCHEMA: &str = "mailscreen.item/1";

/// One page of an item as stored on disk.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PageInfo {
    pub file: String,
    /// Page number inside a multi-page TIFF (0 for single-image files).
    pub frame: u32,
    pub sha256: String,
    pub width: u32,
    pub height: u32,
    /// The resolution used for OCR, and whether it came from the file or the default.
    pub dpi: u32,
    pub dpi_from_file: bool,
    pub error: Option<String>,
}

/// One line of the results file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemResult {
    pub schema: &'static str,
    pub item: String,
    pub flagged: bool,
    pub score: f64,
    pub reasons: Vec<String>,
    pub pages: Vec<PageInfo>,
    /// wallets, unverified_wallets, emails, threats, photos, codes: in the line at this place.
    #[serde(flatten)]
    pub findings: Findings,
    pub error: Option<String>,
    /// sha256 over the item's page hashes in order: the identity used to de-duplicate cases.
    pub content_sha256: String,
    pub ruleset: RuleSet,
    pub tool_version: &'static str,
    /// What the case queue keeps beside the result line (OCR text, source files); not part of
    /// the results file.
    #[serde(skip)]
    pub evidence: ItemEvidence,
}

/// An item's OCR text per page and where its pages came from, for the case queue: campaigns
/// compare letter texts, and evidence thumbnails are drawn from the source files.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ItemEvidence {
    pub texts: Vec<String>,
    pub sources: Vec<(PathBuf, u32)>,
}

impl ItemResult {
    pub fn new(
        item: String,
        pages: Vec<PageInfo>,
        findings: Findings,
        ruleset: RuleSet,
    ) -> ItemResult {
        let content_sha256 = content_hash(&pages);
        ItemResult {
            schema: SCHEMA,
            item,
            flagged: false,
            score: 0.0,
            reasons: Vec::new(),
            pages,
            findings,
            error: None,
            content_sha256,
            ruleset,
            tool_version: env!("CARGO_PKG_VERSION"),
            evidence: ItemEvidence::default(),
        }
    }
}

fn content_hash(pages: &[PageInfo]) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for p in pages {
        h.update(p.sha256.as_bytes());
        h.update(p.frame.to_le_bytes());
    }
    hex::encode(h.finalize())
}

/// Writes results as JSON Lines to a file, or to stdout for `-`.
pub fn write_jsonl(path: &Path, results: &[ItemResult]) -> Result<(), OutputError> {
    let err = |source| OutputError::Io {
        path: PathBuf::from(path),
        source,
    };
    let mut buf = Vec::new();
    for r in results {
        serde_json::to_writer(&mut buf, r).map_err(|e| err(e.into()))?;
        buf.push(b'\n');
    }
    if path == Path::new("-") {
        std::io::stdout().lock().write_all(&buf).map_err(err)
    } else {
        // write beside, then rename: a crash never leaves a half results file behind
        let tmp = path.with_extension("partial");
        std::fs::write(&tmp, &buf).map_err(err)?;
        std::fs::rename(&tmp, path).map_err(err)
    }
}

/// A one-line summary of a result for tables: the first wallet, the first e-mail and the threat
/// categories found (the reasons say why; this says what).
pub fn headline(v: &serde_json::Value) -> String {
    let mut parts = Vec::new();
    if let Some(w) = v["wallets"].as_array().and_then(|a| a.first()) {
        parts.push(format!(
            "{} {}",
            w["chain"].as_str().unwrap_or("?"),
            w["address"].as_str().unwrap_or("?")
        ));
    }
    if let Some(e) = v["emails"].as_array().and_then(|a| a.first()) {
        parts.push(e["address"].as_str().unwrap_or("?").to_string());
    }
    if let Some(m) = v["messengers"].as_array().and_then(|a| a.first()) {
        parts.push(format!(
            "{} {}",
            m["service"].as_str().unwrap_or("?"),
            m["handle"].as_str().unwrap_or("?")
        ));
    }
    let mut cats: Vec<&str> = v["threats"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| t["category"].as_str())
        .filter(|c| !matches!(*c, "warning" | "envelope" | "audience" | "crypto"))
        .collect();
    cats.sort();
    cats.dedup();
    if !cats.is_empty() {
        parts.push(cats.join("+"));
    }
    if let Some(n) = v["photos"].as_array().map(Vec::len).filter(|n| *n > 0) {
        parts.push(format!("{n} photo(s)"));
    }
    parts.join(" · ")
}
