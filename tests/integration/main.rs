//! The one integration test binary: runs the real `mailscreen` binary, with the real Tesseract,
//! on real images. Modules per feature. Tests that need Tesseract fail (never skip) when it is
//! missing: `common::require_ocr` panics with the reason.

mod bad_input;
mod cases;
mod codes;
mod collages;
mod common;
mod contacts;
mod extract_text;
mod false_alarms;
mod language_model;
mod queue;
mod realscans;
mod report_html;
mod samples;
mod scan_behaviour;
mod threat_eval;
mod threat_wording;
mod threat_wording_blind6x;
mod threat_wording_blind7x;
mod threat_wording_blind8x;
mod threat_wording_blind9x;
mod threat_wording_latest;
mod threat_wording_recent;
mod vectors;
mod wallet_scans;
