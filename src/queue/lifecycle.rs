//! The case life cycle: open -> claimed (by whom) -> escalated (to police, with a reference) or
//! closed (with a disposition) -> reopened. Each transition is one IMMEDIATE transaction that
//! checks the current state and holder and appends the audit entry, so two staff (or two
//! processes) racing for a case get one winner and one clear refusal.
//!
//! ```text
//!  open --claim--> claimed --escalate--> escalated --close--> closed
//!   ^  <--release--   |                                         |
//!   |                 +------------------close----------------->|
//!   +------------------------reopen (from escalated or closed)--+
//! ```

use std::str::FromStr;

use rusqlite::{params, OptionalExtension};

use super::{append_audit, now, Queue};
use crate::error::QueueError;

/// Why a case was closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Disposition {
    /// Confirmed extortion: its wallets and e-mails become confirmed indicators.
    Extortion,
    FalseAlarm,
    Duplicate,
    Other,
}

impl Disposition {
    pub fn as_str(self) -> &'static str {
        match self {
            Disposition::Extortion => "extortion",
            Disposition::FalseAlarm => "false-alarm",
            Disposition::Duplicate => "duplicate",
            Disposition::Other => "other",
        }
    }
}

impl FromStr for Disposition {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "extortion" => Ok(Disposition::Extortion),
            "false-alarm" => Ok(Disposition::FalseAlarm),
            "duplicate" => Ok(Disposition::Duplicate),
            "other" => Ok(Disposition::Other),
            _ => Err(format!(
                "unknown disposition '{s}' (extortion, false-alarm, duplicate, other)"
            )),
        }
    }
}

/// One transition: from which states, to which, whether only the holder may do it, and which
/// columns it sets.
struct Step<'a> {
    action: &'a str,
    from: &'a [&'a str],
    to: &'a str,
    holder_only: bool,
    claimed_by: Option<Option<&'a str>>,
    disposition: Option<Option<&'a str>>,
    police_ref: Option<Option<&'a str>>,
    details: serde_json::Value,
}

impl Queue {
    fn step(&mut self, id: i64, actor: &str, s: Step) -> Result<(), QueueError> {
        let path = self.path.clone();
        let e = move |source| QueueError::Sql {
            path: path.clone(),
            source,
        };
        self.write(|tx| {
            let row: Option<(String, Option<String>)> = tx
                .query_row(
                    "SELECT state, claimed_by FROM cases WHERE id = ?1",
                    [id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()
                .map_err(e.clone())?;
            let (state, holder) = row.ok_or(QueueError::NoSuchCase(id))?;
            if s.action == "claim" && state == "claimed" {
                return Err(QueueError::AlreadyClaimed {
                    id,
                    by: holder.unwrap_or_default(),
                });
            }
            if !s.from.contains(&state.as_str()) {
                return Err(QueueError::Transition {
                    id,
                    state,
                    action: s.action.to_string(),
                });
            }
            if s.holder_only && holder.as_deref() != Some(actor) {
                return Err(QueueError::NotHolder {
                    id,
                    holder: holder.unwrap_or_else(|| "nobody".into()),
                    actor: actor.to_string(),
                    action: s.action.to_string(),
                });
            }
            let at = now();
            let keep = |v: Option<Option<&str>>, col: &str| match v {
                Some(_) => format!("{col} = ?"),
                None => format!("{col} = {col}"),
            };
            let sql = format!(
                "UPDATE cases SET state = ?, updated_at = ?, {}, {}, {} WHERE id = ? AND state = ?",
                keep(s.claimed_by, "claimed_by"),
                keep(s.disposition, "disposition"),
                keep(s.police_ref, "police_ref")
            );
            let mut values: Vec<Option<String>> = vec![Some(s.to.to_string()), Some(at.clone())];
            for v in [s.claimed_by, s.disposition, s.police_ref]
                .into_iter()
                .flatten()
            {
                values.push(v.map(str::to_string));
            }
            values.push(Some(id.to_string()));
            values.push(Some(state.clone()));
            let changed = tx
                .execute(&sql, rusqlite::params_from_iter(values.iter()))
                .map_err(e.clone())?;
            if changed != 1 {
                return Err(QueueError::Transition {
                    id,
                    state,
                    action: s.action.to_string(),
                });
            }
            let mut details = s.details;
            details["from"] = state.into();
            details["to"] = s.to.into();
            append_audit(tx, &at, actor, s.action, Some(id), &details.to_string()).map_err(e)?;
            Ok(())
        })
    }

    /// Takes an open case; fails if someone else holds it.
    pub fn claim(&mut self, id: i64, actor: &str) -> Result<(), QueueError> {
        let step = Step {
            action: "claim",
            from: &["open"],
            to: "claimed",
            holder_only: false,
            claimed_by: Some(Some(actor)),
            disposition: None,
            police_ref: None,
            details: serde_json::json!({}),
        };
        self.step(id, actor, step)
    }

    /// Gives a claimed case back to the queue.
    pub fn release(&mut self, id: i64, actor: &str) -> Result<(), QueueError> {
        let step = Step {
            action: "release",
            from: &["claimed"],
            to: "open",
            holder_only: true,
            claimed_by: Some(None),
            disposition: None,
            police_ref: None,
            details: serde_json::json!({}),
        };
        self.step(id, actor, step)
    }

    /// Hands a claimed case to the police under their reference.
    pub fn escalate(&mut self, id: i64, actor: &str, reference: &str) -> Result<(), QueueError> {
        if reference.trim().is_empty() {
            return Err(QueueError::Invalid(
                "escalation needs the police reference (--ref)".into(),
            ));
        }
        let step = Step {
            action: "escalate",
            from: &["claimed"],
            to: "escalated",
            holder_only: true,
            claimed_by: None,
            disposition: None,
            police_ref: Some(Some(reference)),
            details: serde_json::json!({ "police_ref": reference }),
        };
        self.step(id, actor, step)
    }

    /// Closes a claimed or escalated case with a disposition.
    pub fn close(
        &mut self,
        id: i64,
        actor: &str,
        d: Disposition,
        note: Option<&str>,
    ) -> Result<(), QueueError> {
        let step = Step {
            action: "close",
            from: &["claimed", "escalated"],
            to: "closed",
            holder_only: true,
            claimed_by: None,
            disposition: Some(Some(d.as_str())),
            police_ref: None,
            details: serde_json::json!({ "disposition": d.as_str(), "note": note }),
        };
        self.step(id, actor, step)
    }

    /// Reopens an escalated or closed case (anyone may, with a reason); it returns to the queue.
    pub fn reopen(&mut self, id: i64, actor: &str, reason: &str) -> Result<(), QueueError> {
        if reason.trim().is_empty() {
            return Err(QueueError::Invalid(
                "reopening needs a reason (--reason)".into(),
            ));
        }
        let step = Step {
            action: "reopen",
            from: &["escalated", "closed"],
            to: "open",
            holder_only: false,
            claimed_by: Some(None),
            disposition: Some(None),
            police_ref: None,
            details: serde_json::json!({ "reason": reason }),
        };
        self.step(id, actor, step)
    }

    /// Adds a note to a case in any state.
    pub fn note(&mut self, id: i64, actor: &str, text: &str) -> Result<(), QueueError> {
        self.get(id)?;
        let details = serde_json::json!({ "note": text }).to_string();
        let path = self.path.clone();
        self.write(|tx| {
            append_audit(tx, &now(), actor, "note", Some(id), &details)
                .map_err(|source| QueueError::Sql { path, source })
        })
    }

    /// Indicators reviewers have confirmed: those of escalated cases and of cases closed as
    /// extortion. (case id, kind, value, detail)
    pub fn indicators(
        &self,
        confirmed_only: bool,
    ) -> Result<Vec<(i64, String, String, String)>, QueueError> {
        let sql = if confirmed_only {
            "SELECT i.case_id, i.kind, i.value, i.detail FROM indicators i JOIN cases c ON c.id = i.case_id
             WHERE c.state = 'escalated' OR (c.state = 'closed' AND c.disposition = 'extortion')
             ORDER BY i.case_id, i.kind, i.value"
        } else {
            "SELECT case_id, kind, value, detail FROM indicators ORDER BY case_id, kind, value"
        };
        let mut st = self.conn.prepare(sql).map_err(|e| self.err(e))?;
        let rows = st
            .query_map(params![], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<Vec<_>, _>>().map_err(|e| self.err(e))
    }
}
