//! Reports and exports, read only from the case queue: a self-contained HTML report for people,
//! CSV and JSON for spreadsheets and other tools, and indicator exports for sharing (STIX 2.1
//! bundle, Chainabuse-style reports). Exports of indicators carry only reviewer-confirmed ones
//! (escalated cases, cases closed as extortion) unless asked otherwise. Every export is
//! recorded in the audit trail by the caller.

mod html;
mod indicators;

use std::path::{Path, PathBuf};

pub use html::html;
pub use indicators::{chainabuse, stix_bundle};

use crate::error::{OutputError, QueueError};
use crate::queue::{Case, Filter, Queue};

/// A case with its stored (already blurred) page thumbnails.
pub struct ReportCase {
    pub case: Case,
    pub thumbs: Vec<Option<Vec<u8>>>,
}

/// The cases a report covers, highest score first.
pub fn load(q: &Queue, f: &Filter, sla_hours: u32) -> Result<Vec<ReportCase>, QueueError> {
    q.list(f, sla_hours)?
        .into_iter()
        .map(|s| {
            Ok(ReportCase {
                case: q.get(s.id)?,
                thumbs: q.thumbnails(s.id)?,
            })
        })
        .collect()
}

fn strs(v: &serde_json::Value, key: &str, field: &str) -> Vec<String> {
    v[key]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|x| x[field].as_str().map(str::to_string))
        .collect()
}

/// One row per case.
pub fn csv(cases: &[ReportCase]) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "case",
        "item",
        "state",
        "score",
        "created_at",
        "claimed_by",
        "disposition",
        "police_ref",
        "wallets",
        "emails",
        "messengers",
        "top_reason",
        "content_sha256",
        "ruleset_sha256",
    ])?;
    for rc in cases {
        let c = &rc.case;
        let r = &c.result;
        w.write_record([
            c.id.to_string(),
            r["item"].as_str().unwrap_or("").to_string(),
            c.state.clone(),
            r["score"].to_string(),
            c.created_at.clone(),
            c.claimed_by.clone().unwrap_or_default(),
            c.disposition.clone().unwrap_or_default(),
            c.police_ref.clone().unwrap_or_default(),
            strs(r, "wallets", "address").join(" "),
            strs(r, "emails", "address").join(" "),
            r["messengers"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|m| {
                    let f = |k: &str| m[k].as_str().unwrap_or("").to_string();
                    format!("{}:{}", f("service"), f("handle"))
                })
                .collect::<Vec<_>>()
                .join(" "),
            r["reasons"][0].as_str().unwrap_or("").to_string(),
            r["content_sha256"].as_str().unwrap_or("").to_string(),
            r["ruleset"]["sha256"].as_str().unwrap_or("").to_string(),
        ])?;
    }
    w.into_inner().map_err(|e| e.into_error().into())
}

/// Every case in full: state, result, OCR text and history.
pub fn json(cases: &[ReportCase]) -> Vec<u8> {
    let all: Vec<&Case> = cases.iter().map(|c| &c.case).collect();
    serde_json::to_vec_pretty(&all).unwrap_or_default()
}

/// Writes `bytes` to `path` (through a temporary file, so a failed write leaves nothing behind).
pub fn write(path: &Path, bytes: &[u8]) -> Result<(), OutputError> {
    let err = |source| OutputError::Io {
        path: PathBuf::from(path),
        source,
    };
    let tmp = path.with_extension("partial");
    std::fs::write(&tmp, bytes).map_err(err)?;
    std::fs::rename(&tmp, path).map_err(err)
}
