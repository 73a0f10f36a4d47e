//! Scoring: turns an item's findings into a score in [0, 1], a flag, and the reasons, using only
//! the weights in `pipeline/scoring.toml` and the lexicon.
//!
//! The model is additive and deliberately simple so that a supervisor can check it by hand:
//! each evidence kind and each threat category counts once (its strongest instance), bonuses
//! reward the co-occurrences that make extortion (a demand *and* an exposure threat *and* a way to
//! pay), warning-notice language damps the total, and the sum is capped at 1. Every point added
//! is a reason that names its rule and points at the finding (page and box) that earned it.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::extract::wallet::{self, Via};
use crate::extract::CodeFinding;
use crate::extract::Findings;
use crate::page::BBox;
use crate::pipeline::Scoring;

/// One contribution to the score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    pub rule: String,
    pub points: f64,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    pub score: f64,
    pub flagged: bool,
    pub reasons: Vec<Reason>,
}

impl Assessment {
    /// Reasons as the one-line strings of the results file.
    pub fn reason_lines(&self) -> Vec<String> {
        self.reasons
            .iter()
            .map(|r| format!("{:+.2} {}: {}", r.points, r.rule, r.text))
            .collect()
    }
}

fn at(page: usize, b: BBox) -> String {
    format!("page {page} [{},{},{},{}]", b.x, b.y, b.w, b.h)
}

fn round3(v: f64) -> f64 {
    (v * 1000.0).round() / 1000.0
}

/// Whether a code is a tracking number's barcode (scored as `tracking`, not again as `code`).
fn is_tracking(f: &Findings, c: &CodeFinding) -> bool {
    f.tracking.iter().any(|t| t.number == c.text.trim())
}

/// Scores one item.
pub fn assess(f: &Findings, s: &Scoring) -> Assessment {
    let mut reasons = Vec::new();
    let mut tags: BTreeSet<&str> = BTreeSet::new();
    let ev = |k: &str| s.evidence.get(k).copied().unwrap_or(0.0);

    // Lexicon categories: strongest phrase of each, once.
    let mut best: BTreeMap<&str, &crate::extract::ThreatFinding> = BTreeMap::new();
    for t in &f.threats {
        if t.category == "warning" || t.category == "envelope" {
            continue;
        }
        let e = best.entry(t.category.as_str()).or_insert(t);
        if t.weight > e.weight {
            *e = t;
        }
    }
    for (cat, t) in &best {
        tags.insert(cat);
        let text = if *cat == "delivery" {
            format!(
                "\"{}\" is what paying brings, not a threat (condition ⇒ wording: {}) at {}",
                t.text,
                t.phrase,
                at(t.page, t.bbox)
            )
        } else {
            format!("{cat} \"{}\" at {}", t.text, at(t.page, t.bbox))
        };
        reasons.push(Reason {
            rule: t.rule.clone(),
            points: t.weight,
            text,
        });
    }

    let text_wallet = f.wallets.iter().find(|w| w.via == Via::Text);
    let qr_wallet = f.wallets.iter().find(|w| w.via == Via::Qr);
    if let Some(w) = text_wallet.or(qr_wallet) {
        tags.insert("wallet");
        let repaired = if w.repaired {
            ", repaired from OCR"
        } else {
            ""
        };
        let what = format!(
            "{} {}{}{} at {}",
            w.chain.as_str(),
            w.address,
            w.asset
                .as_ref()
                .map(|a| format!(" ({a})"))
                .unwrap_or_default(),
            repaired,
            at(w.page, w.bbox)
        );
        reasons.push(Reason {
            rule: "evidence.wallet".into(),
            points: ev("wallet"),
            text: format!("checksum-valid wallet {what}"),
        });
    }
    if let Some(w) = qr_wallet {
        tags.insert("qr_wallet");
        reasons.push(Reason {
            rule: "evidence.qr_wallet".into(),
            points: ev("qr_wallet"),
            text: format!(
                "QR code carries {} wallet {} at {}",
                w.chain.as_str(),
                w.address,
                at(w.page, w.bbox)
            ),
        });
    }
    if let Some(u) = f.unverified_wallets.first() {
        tags.insert("wallet_unverified");
        reasons.push(Reason {
            rule: "evidence.wallet_unverified".into(),
            points: ev("wallet_unverified"),
            text: format!(
                "wallet-like string \"{}\" ({}) at {}",
                u.text,
                u.reason,
                at(u.page, u.bbox)
            ),
        });
    }
    if let Some(e) = f.emails.first() {
        tags.insert("email");
        reasons.push(Reason {
            rule: "evidence.email".into(),
            points: ev("email"),
            text: format!("e-mail {} at {}", e.address, at(e.page, e.bbox)),
        });
    }
    if let Some(m) = f.messengers.first() {
        tags.insert("messenger");
        reasons.push(Reason {
            rule: "evidence.messenger".into(),
            points: ev("messenger"),
            text: format!(
                "{} contact {} at {}",
                m.service,
                m.handle,
                at(m.page, m.bbox)
            ),
        });
    }
    if let Some(p) = f
        .photos
        .iter()
        .max_by(|a, b| a.area_share.total_cmp(&b.area_share))
    {
        tags.insert("photo");
        reasons.push(Reason {
            rule: "evidence.photo".into(),
            points: ev("photo"),
            text: format!(
                "printed photo ({:.0}% of page) at {}",
                p.area_share * 100.0,
                at(p.page, p.bbox)
            ),
        });
    }

    if let Some(f) = f.faces.iter().max_by(|a, b| a.score.total_cmp(&b.score)) {
        tags.insert("face");
        reasons.push(Reason {
            rule: "evidence.face".into(),
            points: ev("face"),
            text: format!(
                "face in a printed photo (detector score {:.1}) at {}",
                f.score,
                at(f.page, f.bbox)
            ),
        });
    }

    if let Some(c) = f
        .codes
        .iter()
        .find(|c| wallet::from_qr_payload(&c.text).is_none() && !is_tracking(f, c))
    {
        tags.insert("code");
        reasons.push(Reason {
            rule: "evidence.code".into(),
            points: ev("code"),
            text: format!("{} code \"{}\" at {}", c.kind, c.text, at(c.page, c.bbox)),
        });
    }
    if let Some(t) = f.tracking.first() {
        tags.insert("tracking");
        reasons.push(Reason {
            rule: "evidence.tracking".into(),
            points: ev("tracking"),
            text: format!(
                "courier tracking number {} ({} service {}, {}) from {} at {}",
                t.number,
                t.standard,
                t.service,
                t.country,
                t.via,
                at(t.page, t.bbox)
            ),
        });
    }

    if let Some(l) = f
        .language
        .iter()
        .max_by(|a, b| a.probability.total_cmp(&b.probability))
    {
        let lr = &s.language;
        if l.probability >= lr.threshold {
            tags.insert("language");
            if lr.sure.is_some_and(|sure| l.probability >= sure) {
                tags.insert("language_sure");
            }
            let words: Vec<String> = l
                .top
                .iter()
                .map(|(k, w)| format!("\"{k}\" {w:+.2}"))
                .collect();
            reasons.push(Reason {
                rule: "language.extortion".into(),
                points: lr.points,
                text: format!(
                    "reads like an extortion letter to the learned model (p {:.2} on page {}; words {})",
                    l.probability,
                    l.page,
                    words.join(", ")
                ),
            });
        } else if l.probability < lr.against_below {
            tags.insert("ordinary");
            reasons.push(Reason {
                rule: "language.ordinary".into(),
                points: -lr.against,
                text: format!(
                    "reads like ordinary mail to the learned model (p {:.2} at most, on page {})",
                    l.probability, l.page
                ),
            });
        }
    }

    // implied tags join after every combination has read the found ones: no rule chains
    let mut implied: BTreeSet<&str> = BTreeSet::new();
    for c in &s.combination {
        let all = c.all.iter().all(|t| tags.contains(t.as_str()));
        let any = c.any.is_empty() || c.any.iter().any(|t| tags.contains(t.as_str()));
        if all && any {
            if let Some(t) = &c.implies {
                implied.insert(t.as_str());
            }
            reasons.push(Reason {
                rule: c.id.clone(),
                points: c.bonus,
                text: c.reason.clone(),
            });
        }
    }

    tags.extend(implied);

    let envelope: BTreeMap<&str, &crate::extract::ThreatFinding> = f
        .threats
        .iter()
        .filter(|t| t.category == "envelope")
        .map(|t| (t.rule.as_str(), t))
        .collect();
    let mut env_points = 0.0;
    for (rule, t) in &envelope {
        let p = s.envelope.per_cue.min(s.envelope.max - env_points);
        if p <= 0.0 {
            break;
        }
        env_points += p;
        reasons.push(Reason {
            rule: rule.to_string(),
            points: p,
            text: format!("envelope cue \"{}\" at {}", t.text, at(t.page, t.bbox)),
        });
    }

    // fold from +0.0: an empty float sum is -0.0, which would print as a negative score
    let mut raw: f64 = reasons.iter().fold(0.0, |a, r| a + r.points).min(1.0);
    if raw < 0.0 {
        // the model's counter-evidence takes off no more than there was: reasons still add up
        if let Some(r) = reasons.iter_mut().find(|r| r.rule == "language.ordinary") {
            r.points = round3(r.points - raw);
        }
        raw = 0.0;
    }
    for g in &s.gate {
        let applies = g.when.iter().all(|t| tags.contains(t.as_str()));
        if applies && raw > g.cap_without && !g.tags.iter().any(|t| tags.contains(t.as_str())) {
            reasons.push(Reason {
                rule: g.id.clone(),
                points: round3(g.cap_without - raw),
                text: format!("{}: capped at {:.2}", g.reason, g.cap_without),
            });
            raw = g.cap_without;
        }
    }
    // a phrase inside a longer one matched at the same place is one cue, not two ("dịch vụ"
    // within "hợp đồng dịch vụ": blind37's "confidentiality service contract" was damped twice)
    let found: Vec<&crate::extract::ThreatFinding> = f
        .threats
        .iter()
        .filter(|t| t.category == "warning")
        .collect();
    let nested = |t: &crate::extract::ThreatFinding| {
        found.iter().any(|o| {
            o.phrase.len() > t.phrase.len()
                && o.phrase.contains(t.phrase.as_str())
                && o.page == t.page
                && o.bbox.iou(t.bbox) > 0.0
        })
    };
    let warnings: BTreeMap<&str, &crate::extract::ThreatFinding> = found
        .iter()
        .filter(|t| !nested(t))
        .map(|t| (t.phrase.as_str(), *t))
        .collect();
    let damping = if warnings.len() < s.warning.min_cues {
        0.0
    } else {
        (s.warning.per_cue * warnings.len() as f64).min(s.warning.max_damping)
    };
    let score = round3(raw * (1.0 - damping));
    if damping > 0.0 {
        let cues: Vec<String> = warnings
            .keys()
            .take(5)
            .map(|k| format!("\"{k}\""))
            .collect();
        reasons.push(Reason {
            rule: "warning.damping".into(),
            points: round3(score - raw),
            text: format!(
                "reads like a scam warning or a notice to customers, score x{:.2} ({} cue(s): {})",
                1.0 - damping,
                warnings.len(),
                cues.join(", ")
            ),
        });
    }
    reasons.sort_by(|a, b| {
        b.points
            .total_cmp(&a.points)
            .then_with(|| a.rule.cmp(&b.rule))
    });
    Assessment {
        score,
        flagged: score >= s.flag_threshold,
        reasons,
    }
}

#[cfg(test)]
mod tests;
