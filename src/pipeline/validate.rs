//! Validation of the rule set: every file is checked up front and a problem stops the run with
//! the file and the problem named — a typo in a weight must not silently change verdicts.

use std::path::Path;

use super::{
    DeliveryRule, NearRule, OcrSettings, Phrase, Scoring, CATEGORIES, EVIDENCE_KINDS, MODEL_TAGS,
};
use crate::error::PipelineError;
use crate::extract::text::{fold, tokens};

pub(super) fn invalid(path: &Path, detail: String) -> PipelineError {
    PipelineError::Invalid {
        path: path.to_path_buf(),
        detail,
    }
}

fn unit(path: &Path, what: &str, v: f64) -> Result<(), PipelineError> {
    if (0.0..=1.0).contains(&v) {
        Ok(())
    } else {
        Err(invalid(path, format!("{what} = {v} is outside [0, 1]")))
    }
}

/// Fails on the first list holding a term with no word in it once folded ("", " ", "—"): such a
/// term matches nothing, or, as a cancelling word, every match of its rule, silently.
fn words_in_every_term(
    path: &Path,
    rule: &str,
    lists: &[(&str, &[String])],
) -> Result<(), PipelineError> {
    for (name, terms) in lists {
        if let Some(t) = terms.iter().find(|t| tokens(t, fold).is_empty()) {
            return Err(invalid(
                path,
                format!("{rule}: {name} holds a term with no word in it ({t:?})"),
            ));
        }
    }
    Ok(())
}

pub(super) fn validate_phrases(path: &Path, phrases: &[Phrase]) -> Result<(), PipelineError> {
    for p in phrases {
        if !CATEGORIES.contains(&p.category.as_str()) {
            return Err(invalid(
                path,
                format!(
                    "phrase {}: unknown category '{}' (known: {})",
                    p.id,
                    p.category,
                    CATEGORIES.join(", ")
                ),
            ));
        }
        unit(path, &format!("phrase {} weight", p.id), p.weight)?;
        if p.variants.is_empty() {
            return Err(invalid(
                path,
                format!("phrase {} has an empty variant list", p.id),
            ));
        }
        words_in_every_term(
            path,
            &format!("phrase {}", p.id),
            &[("variants", &p.variants), ("unless_after", &p.unless_after)],
        )?;
    }
    Ok(())
}

pub(super) fn validate_near(path: &Path, rules: &[NearRule]) -> Result<(), PipelineError> {
    for r in rules {
        if !CATEGORIES.contains(&r.category.as_str()) {
            return Err(invalid(
                path,
                format!("near rule {}: unknown category '{}'", r.id, r.category),
            ));
        }
        unit(path, &format!("near rule {} weight", r.id), r.weight)?;
        // one group is a plain term list ("pictures named"); its window bounds the term length
        if r.groups.is_empty() || !(1..=30).contains(&r.window) {
            return Err(invalid(
                path,
                format!(
                    "near rule {} needs a group of terms and a window of 1 to 30 words",
                    r.id
                ),
            ));
        }
        if r.groups.iter().any(Vec::is_empty) {
            return Err(invalid(
                path,
                format!("near rule {} has an empty group", r.id),
            ));
        }
        let rule = format!("near rule {}", r.id);
        for g in &r.groups {
            words_in_every_term(path, &rule, &[("a group", g)])?;
        }
        words_in_every_term(
            path,
            &rule,
            &[
                ("unless_after", &r.unless_after),
                ("unless_before", &r.unless_before),
                ("unless_within", &r.unless_within),
            ],
        )?;
        if let Some(t) = r.groups.iter().flatten().find(|t| {
            t.starts_with('#') && !crate::extract::near::SPECIAL_TERMS.contains(&t.as_str())
        }) {
            return Err(invalid(
                path,
                format!(
                    "near rule {}: unknown special term '{t}' (only {})",
                    r.id,
                    crate::extract::near::SPECIAL_TERMS.join(", ")
                ),
            ));
        }
    }
    Ok(())
}

pub(super) fn validate_delivery(path: &Path, rules: &[DeliveryRule]) -> Result<(), PipelineError> {
    let conditions: Vec<NearRule> = rules.iter().map(DeliveryRule::condition).collect();
    validate_near(path, &conditions)?;
    for d in rules {
        if d.keeps_threat.is_empty() {
            return Err(invalid(
                path,
                format!("delivery rule {} needs keeps_threat words", d.id),
            ));
        }
        let rule = format!("delivery rule {}", d.id);
        words_in_every_term(path, &rule, &[("keeps_threat", &d.keeps_threat)])?;
    }
    Ok(())
}

pub(super) fn validate_ocr(path: &Path, ocr: &OcrSettings) -> Result<(), PipelineError> {
    if ocr.languages.trim().is_empty() || ocr.wallet_languages.trim().is_empty() {
        return Err(invalid(path, "languages must not be empty".into()));
    }
    if ocr.page_segmentation_mode > 13 {
        return Err(invalid(
            path,
            format!(
                "page_segmentation_mode {} is not a Tesseract mode (0-13)",
                ocr.page_segmentation_mode
            ),
        ));
    }
    if !(50..=1200).contains(&ocr.default_dpi) {
        return Err(invalid(
            path,
            format!("default_dpi {} is not plausible (50-1200)", ocr.default_dpi),
        ));
    }
    Ok(())
}

pub(super) fn validate_scoring(path: &Path, s: &Scoring) -> Result<(), PipelineError> {
    if !(s.flag_threshold > 0.0 && s.flag_threshold <= 1.0) {
        return Err(invalid(
            path,
            format!("flag_threshold {} must be in (0, 1]", s.flag_threshold),
        ));
    }
    for kind in EVIDENCE_KINDS {
        let w = s
            .evidence
            .get(*kind)
            .ok_or_else(|| invalid(path, format!("[evidence] lacks '{kind}'")))?;
        unit(path, &format!("evidence.{kind}"), *w)?;
    }
    if let Some(k) = s
        .evidence
        .keys()
        .find(|k| !EVIDENCE_KINDS.contains(&k.as_str()))
    {
        return Err(invalid(path, format!("[evidence] has unknown kind '{k}'")));
    }
    for c in &s.combination {
        unit(path, &format!("{} bonus", c.id), c.bonus)?;
        if c.all.is_empty() {
            return Err(invalid(
                path,
                format!("combination {} needs at least one tag in `all`", c.id),
            ));
        }
        for tag in c.all.iter().chain(&c.any) {
            if !CATEGORIES.contains(&tag.as_str())
                && !EVIDENCE_KINDS.contains(&tag.as_str())
                && !MODEL_TAGS.contains(&tag.as_str())
            {
                return Err(invalid(
                    path,
                    format!("combination {}: unknown tag '{tag}'", c.id),
                ));
            }
        }
    }
    unit(path, "language.threshold", s.language.threshold)?;
    unit(path, "language.points", s.language.points)?;
    unit(path, "language.against_below", s.language.against_below)?;
    unit(path, "language.against", s.language.against)?;
    if let Some(sure) = s.language.sure {
        unit(path, "language.sure", sure)?;
        if sure < s.language.threshold {
            return Err(invalid(
                path,
                format!(
                    "language.sure ({sure}) is below language.threshold ({})",
                    s.language.threshold
                ),
            ));
        }
    }
    unit(path, "warning.per_cue", s.warning.per_cue)?;
    unit(path, "warning.max_damping", s.warning.max_damping)?;
    unit(path, "envelope.per_cue", s.envelope.per_cue)?;
    unit(path, "envelope.max", s.envelope.max)?;
    let implied: Vec<&str> = s
        .combination
        .iter()
        .filter_map(|c| c.implies.as_deref())
        .collect();
    for g in &s.gate {
        unit(path, &format!("{} cap_without", g.id), g.cap_without)?;
        if let Some(tag) = g.tags.iter().chain(&g.when).find(|t| {
            let t = t.as_str();
            !CATEGORIES.contains(&t)
                && !EVIDENCE_KINDS.contains(&t)
                && !MODEL_TAGS.contains(&t)
                && !implied.contains(&t)
        }) {
            return Err(invalid(path, format!("gate {}: unknown tag '{tag}'", g.id)));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(term: &str) -> NearRule {
        NearRule {
            id: "vi.contact.write_to_address".into(),
            category: "contact".into(),
            weight: 0.1,
            window: 3,
            groups: vec![vec!["viết cho".into()], vec![term.into()]],
            unless_after: Vec::new(),
            unless_before: Vec::new(),
            unless_within: Vec::new(),
            ordered: false,
        }
    }

    #[test]
    fn special_terms_are_known_by_name_and_a_misspelt_one_is_an_error() {
        let path = Path::new("pipeline/lexicon/vi.toml");
        assert!(validate_near(path, &[rule("#address")]).is_ok());
        assert!(validate_near(path, &[rule("#number")]).is_ok());
        let err = validate_near(path, &[rule("#adress")])
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("'#adress'") && err.contains("vi.toml"),
            "{err}"
        );
    }

    #[test]
    fn a_cancelling_word_with_no_word_in_it_is_an_error_not_a_rule_cancelled_everywhere() {
        let path = Path::new("pipeline/lexicon/vi.toml");
        let with = |list: &str, term: &str| {
            let mut r = rule("#address");
            let terms = vec!["không".to_string(), term.to_string()];
            match list {
                "unless_after" => r.unless_after = terms,
                "unless_before" => r.unless_before = terms,
                _ => r.unless_within = terms,
            }
            r
        };
        for list in ["unless_after", "unless_before", "unless_within"] {
            assert!(validate_near(path, &[with(list, "chưa")]).is_ok(), "{list}");
            for term in ["", "  ", "—", "!?"] {
                let err = validate_near(path, &[with(list, term)])
                    .unwrap_err()
                    .to_string();
                assert!(
                    err.contains("vi.toml")
                        && err.contains("vi.contact.write_to_address")
                        && err.contains(list),
                    "{err}"
                );
            }
        }
        let phrase = Phrase {
            id: "vi.payment.transfer".into(),
            category: "payment".into(),
            weight: 0.2,
            mode: Default::default(),
            variants: vec!["chuyển tiền".into()],
            unless_after: vec!["-".into()],
        };
        let err = validate_phrases(path, &[phrase]).unwrap_err().to_string();
        assert!(
            err.contains("vi.payment.transfer") && err.contains("unless_after"),
            "{err}"
        );
    }
}
