//! mailscreen screens scanned postal mail for extortion letters.
//!
//! Data flows one way through stages, each a module with plain typed values in and out:
//!
//! 1. [`intake`] lists the items (files, multi-page TIFFs, folders of pages) in a stable order;
//! 2. [`ocr`] decodes each page and reads it with Tesseract into words with boxes
//!    ([`page::PageText`]), one engine per worker thread;
//! 3. [`extract`] finds wallets, e-mails, threat phrases, photos, faces in them and QR codes
//!    ([`extract::Findings`]);
//! 4. [`score`] turns findings into an explainable [`score::Assessment`];
//! 5. [`results`] writes the `mailscreen.item/1` JSON Lines contract, and [`queue`] keeps the
//!    flagged items as cases with a hash-chained audit trail.
//!
//! [`scan`] runs stages 1-4 over a batch in parallel. The rules (lexicons, weights, thresholds,
//! OCR settings) are data in `pipeline/`, loaded by [`pipeline`].

pub mod cli;
pub mod config;
pub mod error;
pub mod evidence;
pub mod extract;
pub mod intake;
pub mod ocr;
pub mod page;
pub mod pipeline;
pub mod queue;
pub mod report;
pub mod results;
pub mod scan;
pub mod score;
