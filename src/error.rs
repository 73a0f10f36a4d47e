//! Error types of the library. Every variant that comes from a file carries its path, because
//! an operator facing a batch of hundreds of scans must be told *which* one failed, and a
//! failing item is reported in the results rather than aborting the batch.

use std::path::PathBuf;

/// Errors that stop one page (and so mark its item) but never the batch.
#[derive(Debug, thiserror::Error)]
pub enum PageError {
    #[error("{path}: cannot read file: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: empty file")]
    Empty { path: PathBuf },
    #[error("{path}: not a supported image (PNG, JPEG or TIFF): {detail}")]
    Unsupported { path: PathBuf, detail: String },
    #[error("{path}: corrupt or truncated image: {detail}")]
    Decode { path: PathBuf, detail: String },
    #[error("{path}: page {frame} does not exist in this TIFF")]
    NoSuchFrame { path: PathBuf, frame: u32 },
    #[error("{path}: image too large ({width}x{height} pixels)")]
    TooLarge {
        path: PathBuf,
        width: u32,
        height: u32,
    },
    #[error("{path}: OCR failed: {detail}")]
    Ocr { path: PathBuf, detail: String },
}

/// Errors loading or validating the declarative rule set in `pipeline/`.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: invalid TOML: {source}")]
    Toml {
        path: PathBuf,
        #[source]
        source: toml::de::Error,
    },
    #[error("{path}: {detail}")]
    Invalid { path: PathBuf, detail: String },
}

/// Errors of the intake walk (a missing or unreadable input directory).
#[derive(Debug, thiserror::Error)]
pub enum IntakeError {
    #[error("{path}: no such file or directory")]
    Missing { path: PathBuf },
    #[error("{path}: cannot list: {source}")]
    Walk {
        path: PathBuf,
        #[source]
        source: walkdir::Error,
    },
}

/// Errors of the OCR engine set-up (missing language data), which do stop a run: without an
/// engine nothing can be screened, and silently producing empty results would be a lie.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error(
        "Tesseract could not load language(s) '{lang}'{}: install tesseract-ocr and the \
         tesseract-ocr-<lang> packages (make deps does this)",
        .datapath.as_ref().map(|d| format!(" from {d}")).unwrap_or_default()
    )]
    Init {
        lang: String,
        datapath: Option<String>,
    },
    #[error("Tesseract rejected variable {name}={value}")]
    Variable { name: String, value: String },
}

/// Errors of the case queue. SQLite errors carry the database path.
#[derive(Debug, thiserror::Error)]
pub enum QueueError {
    #[error("{path}: database error: {source}")]
    Sql {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    #[error("no case with id {0}")]
    NoSuchCase(i64),
    #[error("case {id} is {state}: cannot {action} it")]
    Transition {
        id: i64,
        state: String,
        action: String,
    },
    #[error("case {id} is already claimed by {by}")]
    AlreadyClaimed { id: i64, by: String },
    #[error("case {id} is held by {holder}, not {actor}: only the holder may {action} it")]
    NotHolder {
        id: i64,
        holder: String,
        actor: String,
        action: String,
    },
    #[error("{0}")]
    Invalid(String),
    #[error("{path}: database was written by a newer mailscreen (schema {found}, this build knows {known})")]
    SchemaTooNew {
        path: PathBuf,
        found: i64,
        known: i64,
    },
}

/// Errors writing the results file.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    #[error("{path}: cannot write results: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}
