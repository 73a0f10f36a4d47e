//! The case queue: flagged items become cases in an embedded SQLite database that staff work
//! from. The only module that touches SQLite.
//!
//! A case is keyed by the item's content hash (sha256 over its page hashes), so scanning the same
//! letter again, from another folder or another process, never makes a second case. Every write
//! runs in a `BEGIN IMMEDIATE` transaction with a busy timeout, so several processes may share
//! one database; state changes are conditional updates, so two staff can never both claim a case.
//! Every event is appended to a hash-chained audit log in the same transaction as the change it
//! records: each entry's hash covers the previous entry's, so an edited, deleted or reordered
//! entry breaks the chain. SQL is always parameterised: OCR text is hostile.

mod audit;
mod campaigns;
mod lifecycle;
mod wal;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};
use serde::Serialize;

use audit::append_audit;
pub use audit::entry_hash;
pub use campaigns::Campaign;
pub use lifecycle::Disposition;

use crate::error::QueueError;
use crate::results::ItemResult;

/// Schema migrations, applied in order; `PRAGMA user_version` counts those applied.
const MIGRATIONS: &[&str] = &[
    "CREATE TABLE cases (
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
    CREATE INDEX cases_state ON cases(state, score);",
    "ALTER TABLE cases ADD COLUMN claimed_by TEXT;
    ALTER TABLE cases ADD COLUMN disposition TEXT;
    ALTER TABLE cases ADD COLUMN police_ref TEXT;
    ALTER TABLE cases ADD COLUMN ocr_text TEXT NOT NULL DEFAULT '';
    ALTER TABLE case_pages ADD COLUMN thumb_jpeg BLOB;
    ALTER TABLE case_pages ADD COLUMN source_path TEXT;
    CREATE TABLE indicators (
        case_id INTEGER NOT NULL REFERENCES cases(id),
        kind    TEXT NOT NULL,
        value   TEXT NOT NULL,
        detail  TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (case_id, kind, value)
    );
    CREATE INDEX indicators_value ON indicators(kind, value);",
];

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
    pub claimed_by: Option<String>,
    pub created_at: String,
    pub age_hours: f64,
    pub overdue: bool,
    pub top_reasons: Vec<String>,
    /// What the case holds: first wallet, first e-mail, threat categories, photos.
    pub evidence: String,
}

/// A case with its full evidence and history.
#[derive(Debug, Clone, Serialize)]
pub struct Case {
    pub id: i64,
    pub state: String,
    pub claimed_by: Option<String>,
    pub disposition: Option<String>,
    pub police_ref: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub result: serde_json::Value,
    pub ocr_text: String,
    pub history: Vec<AuditEntry>,
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

/// Which cases to list.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// States to include; empty means the working states (open, claimed).
    pub states: Vec<String>,
    pub min_score: Option<f64>,
    pub older_than_hours: Option<f64>,
    pub overdue_only: bool,
}

pub(crate) fn now() -> String {
    let t = time::OffsetDateTime::now_utc();
    t.format(&time::macros::format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z"
    ))
    .unwrap_or_else(|_| t.unix_timestamp().to_string())
}

/// Hours since an RFC 3339 timestamp written by `now()`.
pub(crate) fn age_hours(at: &str) -> f64 {
    time::OffsetDateTime::parse(at, &time::format_description::well_known::Rfc3339)
        .map(|t| (time::OffsetDateTime::now_utc() - t).as_seconds_f64() / 3600.0)
        .unwrap_or(0.0)
}

/// How long a statement waits for another process's lock before giving up.
const BUSY_BUDGET: Duration = Duration::from_secs(30);

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
        q.conn.busy_timeout(BUSY_BUDGET).map_err(|e| q.err(e))?;
        wal::ensure_wal(&q.conn, BUSY_BUDGET).map_err(|e| q.err(e))?;
        q.migrate()?;
        Ok(q)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn err(&self, source: rusqlite::Error) -> QueueError {
        QueueError::Sql {
            path: self.path.clone(),
            source,
        }
    }

    fn migrate(&self) -> Result<(), QueueError> {
        let known = MIGRATIONS.len() as i64;
        let version =
            |c: &Connection| c.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0));
        let v = version(&self.conn).map_err(|e| self.err(e))?;
        if v > known {
            return Err(QueueError::SchemaTooNew {
                path: self.path.clone(),
                found: v,
                known,
            });
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(v as usize) {
            // IMMEDIATE, and re-read the version inside: two processes opening an old database
            // at once must not both migrate it
            self.conn
                .execute_batch("BEGIN IMMEDIATE")
                .map_err(|e| self.err(e))?;
            let now_v = version(&self.conn).map_err(|e| self.err(e))?;
            let r = if now_v > i as i64 {
                Ok(())
            } else {
                self.conn
                    .execute_batch(&format!("{sql}; PRAGMA user_version = {};", i + 1))
            };
            match r {
                Ok(()) => self.conn.execute_batch("COMMIT").map_err(|e| self.err(e))?,
                Err(e) => {
                    let _ = self.conn.execute_batch("ROLLBACK");
                    return Err(self.err(e));
                }
            }
        }
        Ok(())
    }

    /// Runs `f` in an IMMEDIATE transaction.
    fn write<T>(
        &mut self,
        f: impl FnOnce(&Transaction) -> Result<T, QueueError>,
    ) -> Result<T, QueueError> {
        let path = self.path.clone();
        let e = |source| QueueError::Sql {
            path: path.clone(),
            source,
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(e)?;
        let out = f(&tx)?;
        tx.commit().map_err(e)?;
        Ok(out)
    }

    /// Adds a flagged item as a case unless a case with the same content exists. `thumbs` are
    /// the evidence thumbnails (already blurred) per page.
    pub fn add(
        &mut self,
        r: &ItemResult,
        thumbs: &[Option<Vec<u8>>],
        actor: &str,
    ) -> Result<Added, QueueError> {
        let path = self.path.clone();
        let e = move |source| QueueError::Sql {
            path: path.clone(),
            source,
        };
        self.write(|tx| {
            let existing: Option<i64> = tx
                .query_row("SELECT id FROM cases WHERE content_sha256 = ?1", [&r.content_sha256], |row| row.get(0))
                .optional()
                .map_err(e.clone())?;
            if let Some(id) = existing {
                return Ok(Added::Existing(id));
            }
            let at = now();
            let json = serde_json::to_string(r).unwrap_or_default();
            let text = r.evidence.texts.join("\n\u{c}\n");
            tx.execute(
                "INSERT INTO cases (content_sha256, item, score, state, result_json, ruleset_version,
                     ruleset_sha256, tool_version, created_at, updated_at, ocr_text)
                 VALUES (?1, ?2, ?3, 'open', ?4, ?5, ?6, ?7, ?8, ?8, ?9)",
                params![r.content_sha256, r.item, r.score, json, r.ruleset.version, r.ruleset.sha256, r.tool_version, at, text],
            )
            .map_err(e.clone())?;
            let id = tx.last_insert_rowid();
            for (i, p) in r.pages.iter().enumerate() {
                let thumb = thumbs.get(i).cloned().flatten();
                let source = r.evidence.sources.get(i).map(|(path, _)| {
                    std::fs::canonicalize(path).unwrap_or_else(|_| path.clone()).display().to_string()
                });
                tx.execute(
                    "INSERT INTO case_pages (case_id, idx, file, frame, sha256, thumb_jpeg, source_path)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    params![id, i as i64, p.file, p.frame, p.sha256, thumb, source],
                )
                .map_err(e.clone())?;
            }
            let indicators = r
                .findings
                .wallets
                .iter()
                .map(|w| ("wallet", w.address.clone(), w.chain.as_str().to_string()))
                .chain(r.findings.emails.iter().map(|m| ("email", m.address.clone(), String::new())))
                .chain(
                    r.findings
                        .messengers
                        .iter()
                        .map(|m| ("messenger", m.handle.clone(), m.service.to_string())),
                );
            for (kind, value, detail) in indicators {
                tx.execute(
                    "INSERT OR IGNORE INTO indicators (case_id, kind, value, detail) VALUES (?1, ?2, ?3, ?4)",
                    params![id, kind, value, detail],
                )
                .map_err(e.clone())?;
            }
            let details = serde_json::json!({
                "item": r.item, "score": r.score, "content_sha256": r.content_sha256,
                "pages": r.pages.iter().map(|p| &p.sha256).collect::<Vec<_>>(),
                "ruleset": r.ruleset.sha256, "tool_version": r.tool_version,
            });
            append_audit(tx, &at, actor, "created", Some(id), &details.to_string()).map_err(e.clone())?;
            Ok(Added::New(id))
        })
    }

    /// Cases matching `f`, highest score first.
    pub fn list(&self, f: &Filter, sla_hours: u32) -> Result<Vec<CaseSummary>, QueueError> {
        let mut st = self
            .conn
            .prepare("SELECT id, item, score, state, claimed_by, created_at, result_json FROM cases ORDER BY score DESC, id")
            .map_err(|e| self.err(e))?;
        let rows = st
            .query_map([], |r| {
                let json: String = r.get(6)?;
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
                let created_at: String = r.get(5)?;
                let state: String = r.get(3)?;
                let age = age_hours(&created_at);
                Ok(CaseSummary {
                    id: r.get(0)?,
                    item: r.get(1)?,
                    score: r.get(2)?,
                    overdue: (state == "open" || state == "claimed") && age > f64::from(sla_hours),
                    state,
                    claimed_by: r.get(4)?,
                    age_hours: (age * 10.0).round() / 10.0,
                    created_at,
                    top_reasons,
                    evidence: crate::results::headline(&v),
                })
            })
            .map_err(|e| self.err(e))?;
        let all = rows
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.err(e))?;
        let working = ["open", "claimed"];
        Ok(all
            .into_iter()
            .filter(|c| {
                (if f.states.is_empty() {
                    working.contains(&c.state.as_str())
                } else {
                    f.states.iter().any(|s| s == "all" || *s == c.state)
                }) && f.min_score.is_none_or(|m| c.score >= m)
                    && f.older_than_hours.is_none_or(|h| c.age_hours >= h)
                    && (!f.overdue_only || c.overdue)
            })
            .collect())
    }

    /// One case, without recording a view (for exports, which record their own event).
    pub fn get(&self, id: i64) -> Result<Case, QueueError> {
        let mut case = self
            .conn
            .query_row(
                "SELECT id, state, claimed_by, disposition, police_ref, created_at, updated_at, result_json, ocr_text
                 FROM cases WHERE id = ?1",
                [id],
                |r| {
                    let json: String = r.get(7)?;
                    Ok(Case {
                        id: r.get(0)?,
                        state: r.get(1)?,
                        claimed_by: r.get(2)?,
                        disposition: r.get(3)?,
                        police_ref: r.get(4)?,
                        created_at: r.get(5)?,
                        updated_at: r.get(6)?,
                        result: serde_json::from_str(&json).unwrap_or_default(),
                        ocr_text: r.get(8)?,
                        history: Vec::new(),
                    })
                },
            )
            .optional()
            .map_err(|e| self.err(e))?
            .ok_or(QueueError::NoSuchCase(id))?;
        case.history = self
            .audit()?
            .into_iter()
            .filter(|a| a.case_id == Some(id))
            .collect();
        Ok(case)
    }

    /// Every case id, oldest first.
    pub fn ids(&self) -> Result<Vec<i64>, QueueError> {
        let mut st = self
            .conn
            .prepare("SELECT id FROM cases ORDER BY id")
            .map_err(|e| self.err(e))?;
        let rows = st.query_map([], |r| r.get(0)).map_err(|e| self.err(e))?;
        rows.collect::<Result<Vec<_>, _>>().map_err(|e| self.err(e))
    }

    /// The stored (blurred) evidence thumbnails of a case, per page.
    pub fn thumbnails(&self, id: i64) -> Result<Vec<Option<Vec<u8>>>, QueueError> {
        let mut st = self
            .conn
            .prepare("SELECT thumb_jpeg FROM case_pages WHERE case_id = ?1 ORDER BY idx")
            .map_err(|e| self.err(e))?;
        let rows = st.query_map([id], |r| r.get(0)).map_err(|e| self.err(e))?;
        rows.collect::<Result<Vec<_>, _>>().map_err(|e| self.err(e))
    }

    /// Where page `page` of a case came from: (source path at scan time, frame, sha256).
    pub fn page_source(
        &self,
        id: i64,
        page: i64,
    ) -> Result<(Option<String>, u32, String), QueueError> {
        self.conn
            .query_row(
                "SELECT source_path, frame, sha256 FROM case_pages WHERE case_id = ?1 AND idx = ?2",
                params![id, page],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()
            .map_err(|e| self.err(e))?
            .ok_or_else(|| QueueError::Invalid(format!("case {id} has no page {page}")))
    }

    /// One case with its evidence; viewing is recorded in the audit log.
    pub fn view(&mut self, id: i64, actor: &str) -> Result<Case, QueueError> {
        self.get(id)?;
        self.record(Some(id), actor, "viewed", "{}")?;
        self.get(id)
    }

    /// Appends an event that changes no case (an export, a reveal) to the audit log.
    pub fn record(
        &mut self,
        case_id: Option<i64>,
        actor: &str,
        action: &str,
        details: &str,
    ) -> Result<(), QueueError> {
        let path = self.path.clone();
        self.write(|tx| {
            append_audit(tx, &now(), actor, action, case_id, details)
                .map_err(|source| QueueError::Sql { path, source })
        })
    }
}
