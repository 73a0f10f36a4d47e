//! The case queue: flagged items become cases in an embedded SQLite database that staff work
//! from. The only module that touches SQLite.
//!
//! A case is keyed by the item's content hash (sha256 over its page hashes), so scanning the same
//! letter again, from another folder or another process, never makes a second case. Every write
//! runs in a `BEGIN IMMEDIATE` transaction with a busy timeout, so several scans may feed one
//! database at once. Every event is appended to a hash-chained audit log in the same transaction
//! as the change it records: each entry's hash covers the previous entry's, so an edited, deleted
//! or reordered entry breaks the chain. SQL is always parameterised: OCR text is hostile.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::error::QueueError;
use crate::results::ItemResult;

const SCHEMA_VERSION: i64 = 1;

const MIGRATION_1: &str = "
CREATE TABLE cases (
    id              INTEGER PRIMARY KEY,
    content_sha256  TEXT NOT NULL UNIQUE,
    item            TEXT NOT NULL,
    score           REAL NOT NULL,
    state           TEXT NOT NULL DEFAULT 'open',
    result_json     TEXT NOT NULL,
    ruleset_version TEXT NOT NULL,
    ruleset_sha256  TEXT NOT NULL,
    tool_version    TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE TABLE case_pages (
    case_id INTEGER NOT NULL REFERENCES cases(id),
    idx     INTEGER NOT NULL,
    file    TEXT NOT NULL,
    frame   INTEGER NOT NULL,
    sha256  TEXT NOT NULL,
    PRIMARY KEY (case_id, idx)
);
CREATE TABLE audit (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    case_id   INTEGER,
    details   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX cases_state ON cases(state, score);
";

/// An open connection to a case database.
pub struct Queue {
    conn: Connection,
    path: PathBuf,
}

/// A case as listed in the queue.
#[derive(Debug, Clone, Serialize)]
pub struct CaseSummary {
    pub id: i64,
    pub item: String,
    pub score: f64,
    pub state: String,
    pub created_at: String,
    pub top_reasons: Vec<String>,
}

/// A case with its full evidence.
#[derive(Debug, Clone, Serialize)]
pub struct Case {
    pub id: i64,
    pub state: String,
    pub created_at: String,
    pub updated_at: String,
    pub result: serde_json::Value,
}

/// One audit entry.
#[derive(Debug, Clone, Serialize)]
pub struct AuditEntry {
    pub seq: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub case_id: Option<i64>,
    pub details: String,
    pub prev_hash: String,
    pub hash: String,
}

/// Whether adding a flagged item made a new case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    New(i64),
    Existing(i64),
}

fn now() -> String {
    let t = time::OffsetDateTime::now_utc();
    t.format(&time::macros::format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z"
    ))
    .unwrap_or_else(|_| t.unix_timestamp().to_string())
}

/// The hash of an audit entry: covers every field and the previous entry's hash.
pub fn entry_hash(
    prev: &str,
    seq: i64,
    at: &str,
    actor: &str,
    action: &str,
    case_id: Option<i64>,
    details: &str,
) -> String {
    let mut h = Sha256::new();
    for part in [
        prev,
        &seq.to_string(),
        at,
        actor,
        action,
        &case_id.map(|c| c.to_string()).unwrap_or_default(),
        details,
    ] {
        h.update((part.len() as u64).to_le_bytes());
        h.update(part.as_bytes());
    }
    hex::encode(h.finalize())
}

impl Queue {
    /// Opens (creating and migrating if needed) the database at `path`.
    pub fn open(path: &Path) -> Result<Queue, QueueError> {
        let conn = Connection::open(path).map_err(|source| QueueError::Sql {
            path: path.to_path_buf(),
            source,
        })?;
        let q = Queue {
            conn,
            path: path.to_path_buf(),
        };
        q.conn
            .busy_timeout(Duration::from_secs(30))
            .map_err(|e| q.err(e))?;
        q.conn
            .pragma_update(None, "journal_mode", "WAL")
            .map_err(|e| q.err(e))?;
        q.migrate()?;
        Ok(q)
    }

    fn err(&self, source: rusqlite::Error) -> QueueError {
        QueueError::Sql {
            path: self.path.clone(),
            source,
        }
    }

    fn migrate(&self) -> Result<(), QueueError> {
        let version: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| self.err(e))?;
        if version > SCHEMA_VERSION {
            return Err(QueueError::SchemaTooNew {
                path: self.path.clone(),
                found: version,
                known: SCHEMA_VERSION,
            });
        }
        if version < 1 {
            // IMMEDIATE: two processes opening a new database must not both migrate it
            self.conn
                .execute_batch(&format!(
                    "BEGIN IMMEDIATE; {MIGRATION_1} PRAGMA user_version = 1; COMMIT;"
                ))
                .or_else(|e| {
                    let _ = self.conn.execute_batch("ROLLBACK");
                    let v: i64 = self
                        .conn
                        .query_row("PRAGMA user_version", [], |r| r.get(0))
                        .map_err(|e| self.err(e))?;
                    if v >= 1 {
                        Ok(())
                    } else {
                        Err(self.err(e))
                    }
                })?;
        }
        Ok(())
    }

    /// Adds a flagged item as a case unless a case with the same content exists.
    pub fn add(&mut self, r: &ItemResult, actor: &str) -> Result<Added, QueueError> {
        let path = self.path.clone();
        let e = |source| QueueError::Sql {
            path: path.clone(),
            source,
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(e)?;
        let existing: Option<i64> = tx
            .query_row(
                "SELECT id FROM cases WHERE content_sha256 = ?1",
                [&r.content_sha256],
                |row| row.get(0),
            )
            .optional()
            .map_err(e)?;
        if let Some(id) = existing {
            return Ok(Added::Existing(id));
        }
        let at = now();
        let json = serde_json::to_string(r).unwrap_or_default();
        tx.execute(
            "INSERT INTO cases (content_sha256, item, score, state, result_json, ruleset_version, ruleset_sha256, tool_version, created_at, updated_at)
             VALUES (?1, ?2, ?3, 'open', ?4, ?5, ?6, ?7, ?8, ?8)",
            params![r.content_sha256, r.item, r.score, json, r.ruleset.version, r.ruleset.sha256, r.tool_version, at],
        )
        .map_err(e)?;
        let id = tx.last_insert_rowid();
        for (i, p) in r.pages.iter().enumerate() {
            tx.execute("INSERT INTO case_pages (case_id, idx, file, frame, sha256) VALUES (?1, ?2, ?3, ?4, ?5)", params![id, i as i64, p.file, p.frame, p.sha256])
                .map_err(e)?;
        }
        let details = serde_json::json!({ "item": r.item, "score": r.score, "content_sha256": r.content_sha256, "ruleset": r.ruleset.sha256 }).to_string();
        append_audit(&tx, &at, actor, "created", Some(id), &details).map_err(e)?;
        tx.commit().map_err(e)?;
        Ok(Added::New(id))
    }

    /// Open cases, highest score first.
    pub fn list(&self, all_states: bool) -> Result<Vec<CaseSummary>, QueueError> {
        let sql = if all_states {
            "SELECT id, item, score, state, created_at, result_json FROM cases ORDER BY score DESC, id"
        } else {
            "SELECT id, item, score, state, created_at, result_json FROM cases WHERE state = 'open' ORDER BY score DESC, id"
        };
        let mut st = self.conn.prepare(sql).map_err(|e| self.err(e))?;
        let rows = st
            .query_map([], |r| {
                let json: String = r.get(5)?;
                let v: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
                let top_reasons = v["reasons"]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .take(3)
                            .filter_map(|s| s.as_str().map(str::to_string))
                            .collect()
                    })
                    .unwrap_or_default();
                Ok(CaseSummary {
                    id: r.get(0)?,
                    item: r.get(1)?,
                    score: r.get(2)?,
                    state: r.get(3)?,
                    created_at: r.get(4)?,
                    top_reasons,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<Vec<_>, _>>().map_err(|e| self.err(e))
    }

    /// One case with its evidence; viewing is recorded in the audit log.
    pub fn view(&mut self, id: i64, actor: &str) -> Result<Case, QueueError> {
        let path = self.path.clone();
        let e = |source| QueueError::Sql {
            path: path.clone(),
            source,
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(e)?;
        let case = tx
            .query_row(
                "SELECT id, state, created_at, updated_at, result_json FROM cases WHERE id = ?1",
                [id],
                |r| {
                    let json: String = r.get(4)?;
                    Ok(Case {
                        id: r.get(0)?,
                        state: r.get(1)?,
                        created_at: r.get(2)?,
                        updated_at: r.get(3)?,
                        result: serde_json::from_str(&json).unwrap_or_default(),
                    })
                },
            )
            .optional()
            .map_err(e)?
            .ok_or(QueueError::NoSuchCase(id))?;
        append_audit(&tx, &now(), actor, "viewed", Some(id), "{}").map_err(e)?;
        tx.commit().map_err(e)?;
        Ok(case)
    }

    /// The audit log in order.
    pub fn audit(&self) -> Result<Vec<AuditEntry>, QueueError> {
        let mut st = self.conn.prepare("SELECT seq, at, actor, action, case_id, details, prev_hash, hash FROM audit ORDER BY seq").map_err(|e| self.err(e))?;
        let rows = st
            .query_map([], |r| {
                Ok(AuditEntry {
                    seq: r.get(0)?,
                    at: r.get(1)?,
                    actor: r.get(2)?,
                    action: r.get(3)?,
                    case_id: r.get(4)?,
                    details: r.get(5)?,
                    prev_hash: r.get(6)?,
                    hash: r.get(7)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<Vec<_>, _>>().map_err(|e| self.err(e))
    }

    /// Checks the audit chain; returns the sequence number of the first entry that does not
    /// match, or `None` when the whole chain holds.
    pub fn verify_audit(&self) -> Result<Option<i64>, QueueError> {
        let mut prev = String::new();
        for (expected_seq, a) in (1..).zip(self.audit()?) {
            let h = entry_hash(
                &prev, a.seq, &a.at, &a.actor, &a.action, a.case_id, &a.details,
            );
            if a.seq != expected_seq || a.prev_hash != prev || a.hash != h {
                return Ok(Some(a.seq));
            }
            prev = a.hash;
        }
        Ok(None)
    }
}

fn append_audit(
    tx: &rusqlite::Transaction,
    at: &str,
    actor: &str,
    action: &str,
    case_id: Option<i64>,
    details: &str,
) -> Result<(), rusqlite::Error> {
    let last: Option<(i64, String)> = tx
        .query_row(
            "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let (seq, prev) = last.map(|(s, h)| (s + 1, h)).unwrap_or((1, String::new()));
    let hash = entry_hash(&prev, seq, at, actor, action, case_id, details);
    tx.execute(
        "INSERT INTO audit (seq, at, actor, action, case_id, details, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![seq, at, actor, action, case_id, details, prev, hash],
    )?;
    Ok(())
}
