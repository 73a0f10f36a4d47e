//! Validation of the rule set: every file is checked up front and a problem stops the run with
//! the file and the problem named — a typo in a weight must not silently change verdicts.

use std::path::Path;

use super::{NearRule, OcrSettings, Phrase, Scoring, CATEGORIES, EVIDENCE_KINDS, MODEL_TAGS};
use crate::error::PipelineError;

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
        if p.variants.is_empty() || p.variants.iter().any(|v| v.trim().is_empty()) {
            return Err(invalid(
                path,
                format!(
                    "phrase {} has an empty variant list or an empty variant",
                    p.id
                ),
            ));
        }
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
        if r.groups
            .iter()
            .any(|g| g.is_empty() || g.iter().any(|t| t.trim().is_empty()))
        {
            return Err(invalid(
                path,
                format!("near rule {} has an empty group or term", r.id),
            ));
        }
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
}
