//! The audit trail: an append-only, hash-chained log of every event on the queue. Each entry's
//! hash covers all its fields and the previous entry's hash (length-prefixed, so no two field
//! sequences hash alike); `verify_audit` recomputes the chain and names the first entry that
//! does not match, which catches an edited, deleted, inserted or reordered entry. Nothing in
//! mailscreen updates or deletes audit rows.

use rusqlite::{params, OptionalExtension, Transaction};
use sha2::{Digest, Sha256};

use super::{AuditEntry, Queue};
use crate::error::QueueError;

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
    let case = case_id.map(|c| c.to_string()).unwrap_or_default();
    for part in [prev, &seq.to_string(), at, actor, action, &case, details] {
        h.update((part.len() as u64).to_le_bytes());
        h.update(part.as_bytes());
    }
    hex::encode(h.finalize())
}

impl Queue {
    /// The audit log in order.
    pub fn audit(&self) -> Result<Vec<AuditEntry>, QueueError> {
        let mut st = self
            .conn
            .prepare("SELECT seq, at, actor, action, case_id, details, prev_hash, hash FROM audit ORDER BY seq")
            .map_err(|e| self.err(e))?;
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

pub(super) fn append_audit(
    tx: &Transaction,
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
        "INSERT INTO audit (seq, at, actor, action, case_id, details, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![seq, at, actor, action, case_id, details, prev, hash],
    )?;
    Ok(())
}
