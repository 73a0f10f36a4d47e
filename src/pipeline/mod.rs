//! The declarative rule set: OCR settings, lexicons and scoring weights, loaded from the
//! `pipeline/` data files. The files in the repository are compiled in as defaults so the binary
//! works anywhere; `--pipeline DIR` overrides any of them. Everything is validated up front
//! (a typo in a weight must stop the run, not silently change verdicts), and the exact bytes
//! are hashed into a rule-set id that every result and case records, so an auditor can tell
//! which rules produced a verdict.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::error::PipelineError;
use crate::extract::language::LanguageModel;

mod validate;
use validate::{
    invalid, validate_delivery, validate_near, validate_ocr, validate_phrases, validate_scoring,
};

const DEFAULT_OCR: &str = include_str!("../../pipeline/ocr.toml");
const DEFAULT_SCORING: &str = include_str!("../../pipeline/scoring.toml");
const DEFAULT_LANGUAGE: &str = include_str!("../../pipeline/language-model.toml");
const DEFAULT_LEXICONS: &[(&str, &str)] = &[
    (
        "lexicon/en.toml",
        include_str!("../../pipeline/lexicon/en.toml"),
    ),
    (
        "lexicon/vi.toml",
        include_str!("../../pipeline/lexicon/vi.toml"),
    ),
];

/// Threat categories a lexicon phrase may belong to.
pub const CATEGORIES: &[&str] = &[
    "payment",
    "crypto",
    "contact",
    "deadline",
    "exposure",
    "audience",
    "compromising",
    "secrecy",
    "surveillance",
    // a threat asserted without its content: "tôi không đùa", "I am not joking"
    "menace",
    "repeat",
    "demand",
    // a demand for no money but an official's decision: withdraw a complaint, resign
    "decision",
    "pictures",
    "warning",
    "envelope",
    // exposure wording that is what paying brings, set by `[[delivery]]` rules (no points)
    "delivery",
];

/// Evidence kinds that are not lexicon categories; combination rules may name them too.
pub const EVIDENCE_KINDS: &[&str] = &[
    "wallet",
    "wallet_unverified",
    "email",
    "messenger",
    "photo",
    "face",
    "qr_wallet",
    "code",
    "tracking",
];

/// Tags that are neither lexicon categories nor `[evidence]` kinds, set by the learned model:
/// `language` when it reads an extortion letter, `language_sure` when it reads one at or above
/// `sure`, `ordinary` when it reads ordinary mail (the probabilities are in `[language]`).
pub const MODEL_TAGS: &[&str] = &["language", "language_sure", "ordinary"];

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OcrSettings {
    pub languages: String,
    pub wallet_languages: String,
    pub page_segmentation_mode: u32,
    pub default_dpi: u32,
    pub max_pixels: u64,
    #[serde(default)]
    pub variables: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scoring {
    pub version: String,
    pub flag_threshold: f64,
    pub sla_hours: u32,
    pub language: LanguageRule,
    pub evidence: BTreeMap<String, f64>,
    #[serde(default)]
    pub combination: Vec<Combination>,
    pub warning: Damping,
    pub envelope: EnvelopeRule,
    #[serde(default)]
    pub gate: Vec<Gate>,
}

/// How the learned language model's reading of a letter counts.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageRule {
    /// At or above this probability the reading is evidence (tag `language`) worth `points`.
    pub threshold: f64,
    pub points: f64,
    /// Below this probability the model reads ordinary mail, and `against` points come off.
    pub against_below: f64,
    pub against: f64,
    /// At or above this probability the reading also carries tag `language_sure` (no points of
    /// its own); absent, never.
    #[serde(default)]
    pub sure: Option<f64>,
}

/// An item with none of `tags` is capped at `cap_without`: extortion needs both a threat and
/// a demand, and neither alone (a crypto newsletter; a photo contest's publicity) may flag.
/// A gate with `when` tags applies only to items that have all of them.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gate {
    pub id: String,
    #[serde(default)]
    pub when: Vec<String>,
    pub tags: Vec<String>,
    pub cap_without: f64,
    pub reason: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Combination {
    pub id: String,
    pub all: Vec<String>,
    #[serde(default)]
    pub any: Vec<String>,
    pub bonus: f64,
    pub reason: String,
    /// A tag the rule adds when it fires, for gates to name: a picture, an audience and a way
    /// to pay, together, imply the threat that no single phrase states.
    #[serde(default)]
    pub implies: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Damping {
    /// Distinct warning phrases needed before any damping: one advice word ("trình báo") can
    /// stand in an extortion letter too ("đừng dại dột mà đi trình báo").
    pub min_cues: usize,
    pub per_cue: f64,
    pub max_damping: f64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnvelopeRule {
    pub per_cue: f64,
    pub max: f64,
}

/// How a phrase is compared with the page text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum MatchMode {
    /// Diacritics, case and punctuation folded away: "chuyen tien" matches "chuyển tiền".
    #[default]
    Folded,
    /// Exactly as written (case and diacritics), punctuation still folded: for stamps like
    /// "MẬT" whose other forms are ordinary words.
    Exact,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phrase {
    pub id: String,
    pub category: String,
    pub weight: f64,
    #[serde(default, rename = "match")]
    pub mode: MatchMode,
    pub variants: Vec<String>,
    /// Words that cancel a match when they stand within the three words before it.
    #[serde(default)]
    pub unless_after: Vec<String>,
}

/// A proximity rule: one term of every group within `window` words, in any order. It states an
/// idea ("a spreading verb near an audience") rather than one wording of it, so it holds for
/// phrasings nobody wrote down: "ảnh sẽ đến tay vợ anh", "copies go to your employer".
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NearRule {
    pub id: String,
    pub category: String,
    pub weight: f64,
    /// Largest span, in words, that holds one term of every group.
    pub window: usize,
    pub groups: Vec<Vec<String>>,
    /// Words that cancel a match when they stand within the three words before it
    /// ("không nhận ảnh có nội dung nhạy cảm" is a rule, not a threat).
    #[serde(default)]
    pub unless_after: Vec<String>,
    /// Words that cancel a match when they come right after it: what a term is of ("ảnh chụp
    /// giao dịch", "screenshot of the transfer" are receipts, not pictures).
    #[serde(default)]
    pub unless_before: Vec<String>,
    /// Words that cancel a match when they stand inside it, between its first and last term: a
    /// negation that turns the idea ("tiếc nếu gia đình anh không biết" is an offer's).
    #[serde(default)]
    pub unless_within: Vec<String>,
    /// The groups must come in the order written ("liên hệ", then an address, then a limit: a
    /// deadline before "liên hệ" is another sentence's).
    #[serde(default)]
    pub ordered: bool,
}

/// A condition of having paid ("once the balance is paid", "sau khi chị thanh toán"), found as
/// a proximity rule: exposure wording in its sentence is what paying brings — a photographer
/// sending the album to both families — not what refusing brings, and is no threat. Unless the
/// sentence holds one of `keeps_threat` (a negation, "unless", a promise to delete): "once I am
/// paid, the video is deleted and your wife never sees it" still speaks of the threat.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeliveryRule {
    pub id: String,
    pub window: usize,
    pub groups: Vec<Vec<String>>,
    pub keeps_threat: Vec<String>,
}

impl DeliveryRule {
    /// The rule's condition as a proximity rule of category `delivery`, worth no points.
    pub fn condition(&self) -> NearRule {
        NearRule {
            id: self.id.clone(),
            category: "delivery".into(),
            weight: 0.0,
            window: self.window,
            groups: self.groups.clone(),
            unless_after: Vec::new(),
            unless_before: Vec::new(),
            unless_within: Vec::new(),
            ordered: false,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LexiconFile {
    #[allow(dead_code)]
    language: String,
    phrase: Vec<Phrase>,
    #[serde(default)]
    near: Vec<NearRule>,
    #[serde(default)]
    delivery: Vec<DeliveryRule>,
}

/// Which rules produced a verdict: the human label and the hash of the exact bytes.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RuleSet {
    pub version: String,
    pub sha256: String,
}

/// The loaded, validated rule set.
#[derive(Debug, Clone)]
pub struct Pipeline {
    pub ocr: OcrSettings,
    pub scoring: Scoring,
    pub phrases: Vec<Phrase>,
    pub near: Vec<NearRule>,
    pub delivery: Vec<DeliveryRule>,
    pub language: LanguageModel,
    pub ruleset: RuleSet,
}

impl Pipeline {
    /// The rule set compiled into the binary.
    pub fn builtin() -> Result<Pipeline, PipelineError> {
        Self::load(None)
    }

    /// Loads the rule set, each file from `dir` when it exists there, else the built-in copy.
    pub fn load(dir: Option<&Path>) -> Result<Pipeline, PipelineError> {
        let mut sources: BTreeMap<String, (PathBuf, String)> = BTreeMap::new();
        let mut put = |name: &str, default: &str| -> Result<(), PipelineError> {
            let builtin = PathBuf::from(format!("<built-in>/pipeline/{name}"));
            let entry = match dir.map(|d| d.join(name)) {
                Some(p) if p.exists() => {
                    let text = std::fs::read_to_string(&p).map_err(|source| PipelineError::Io {
                        path: p.clone(),
                        source,
                    })?;
                    (p, text)
                }
                _ => (builtin, default.to_string()),
            };
            sources.insert(name.to_string(), entry);
            Ok(())
        };
        put("ocr.toml", DEFAULT_OCR)?;
        put("scoring.toml", DEFAULT_SCORING)?;
        put("language-model.toml", DEFAULT_LANGUAGE)?;
        let lexicon_dir = dir.map(|d| d.join("lexicon")).filter(|d| d.is_dir());
        match lexicon_dir {
            Some(ld) => {
                let mut names: Vec<PathBuf> = std::fs::read_dir(&ld)
                    .map_err(|source| PipelineError::Io {
                        path: ld.clone(),
                        source,
                    })?
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                    .collect();
                names.sort();
                for p in names {
                    let text = std::fs::read_to_string(&p).map_err(|source| PipelineError::Io {
                        path: p.clone(),
                        source,
                    })?;
                    let name = format!(
                        "lexicon/{}",
                        p.file_name().unwrap_or_default().to_string_lossy()
                    );
                    sources.insert(name, (p, text));
                }
            }
            None => {
                for (name, text) in DEFAULT_LEXICONS {
                    put(name, text)?;
                }
            }
        }
        Self::from_sources(&sources)
    }

    fn from_sources(
        sources: &BTreeMap<String, (PathBuf, String)>,
    ) -> Result<Pipeline, PipelineError> {
        let parse_err = |path: &Path, source| PipelineError::Toml {
            path: path.to_path_buf(),
            source,
        };
        let (ocr_path, ocr_text) = &sources["ocr.toml"];
        let ocr: OcrSettings = toml::from_str(ocr_text).map_err(|e| parse_err(ocr_path, e))?;
        let (sc_path, sc_text) = &sources["scoring.toml"];
        let scoring: Scoring = toml::from_str(sc_text).map_err(|e| parse_err(sc_path, e))?;
        let (lm_path, lm_text) = &sources["language-model.toml"];
        let language: LanguageModel = toml::from_str(lm_text).map_err(|e| parse_err(lm_path, e))?;
        if let Some((k, _)) = language.weights.iter().find(|(_, w)| !w.is_finite()) {
            return Err(invalid(lm_path, format!("weight of '{k}' is not a number")));
        }
        let mut phrases = Vec::new();
        let mut near = Vec::new();
        let mut delivery = Vec::new();
        for (_, (path, text)) in sources.iter().filter(|(n, _)| n.starts_with("lexicon/")) {
            let file: LexiconFile = toml::from_str(text).map_err(|e| parse_err(path, e))?;
            validate_phrases(path, &file.phrase)?;
            validate_near(path, &file.near)?;
            validate_delivery(path, &file.delivery)?;
            phrases.extend(file.phrase);
            near.extend(file.near);
            delivery.extend(file.delivery);
        }
        validate_ocr(ocr_path, &ocr)?;
        validate_scoring(sc_path, &scoring)?;
        let mut seen = BTreeSet::new();
        for id in phrases
            .iter()
            .map(|p| &p.id)
            .chain(near.iter().map(|n| &n.id))
            .chain(delivery.iter().map(|d| &d.id))
        {
            if !seen.insert(id.clone()) {
                return Err(invalid(
                    Path::new("pipeline/lexicon"),
                    format!("rule id {id} is used twice"),
                ));
            }
        }
        let mut hasher = Sha256::new();
        for (name, (_, text)) in sources {
            hasher.update(name.as_bytes());
            hasher.update([0]);
            hasher.update(text.as_bytes());
            hasher.update([0]);
        }
        let ruleset = RuleSet {
            version: scoring.version.clone(),
            sha256: hex::encode(hasher.finalize()),
        };
        Ok(Pipeline {
            ocr,
            scoring,
            phrases,
            near,
            delivery,
            language,
            ruleset,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_rules_load_and_hash_stably() {
        let a = Pipeline::builtin().unwrap();
        let b = Pipeline::builtin().unwrap();
        assert_eq!(a.ruleset, b.ruleset);
        assert_eq!(a.ruleset.sha256.len(), 64);
        assert!(a.phrases.iter().any(|p| p.category == "exposure"));
    }

    #[test]
    fn delivery_rule_without_words_that_keep_the_threat_is_rejected() {
        let dir = tempfile::tempdir().unwrap();
        let lex = dir.path().join("lexicon");
        std::fs::create_dir(&lex).unwrap();
        let rule = "[[delivery]]\nid = \"x.delivery\"\nwindow = 4\ngroups = [[\"once paid\"]]\n";
        let file = |keeps: &str| {
            format!(
                "language = \"en\"\n[[phrase]]\nid = \"x.p\"\ncategory = \"payment\"\n\
                 weight = 0.2\nvariants = [\"pay\"]\n{rule}keeps_threat = [{keeps}]\n"
            )
        };
        std::fs::write(lex.join("x.toml"), file("\"not\"")).unwrap();
        assert_eq!(Pipeline::load(Some(dir.path())).unwrap().delivery.len(), 1);
        std::fs::write(lex.join("x.toml"), file("")).unwrap();
        let err = Pipeline::load(Some(dir.path())).unwrap_err().to_string();
        assert!(
            err.contains("x.toml") && err.contains("x.delivery"),
            "{err}"
        );
    }

    #[test]
    fn override_changes_hash_and_bad_weight_is_rejected() {
        let dir = tempfile::tempdir().unwrap();
        let base = DEFAULT_SCORING.replace("flag_threshold = 0.6", "flag_threshold = 0.7");
        std::fs::write(dir.path().join("scoring.toml"), &base).unwrap();
        let p = Pipeline::load(Some(dir.path())).unwrap();
        assert_eq!(p.scoring.flag_threshold, 0.7);
        assert_ne!(p.ruleset, Pipeline::builtin().unwrap().ruleset);

        std::fs::write(
            dir.path().join("scoring.toml"),
            base.replace("wallet = 0.20", "wallet = 2.0"),
        )
        .unwrap();
        let err = Pipeline::load(Some(dir.path())).unwrap_err().to_string();
        assert!(
            err.contains("scoring.toml") && err.contains("evidence.wallet"),
            "{err}"
        );
    }

    #[test]
    fn a_sure_reading_below_the_reading_threshold_is_rejected() {
        let dir = tempfile::tempdir().unwrap();
        assert!(DEFAULT_SCORING.contains("\nsure = 0.98\n"));
        std::fs::write(
            dir.path().join("scoring.toml"),
            DEFAULT_SCORING.replace("\nsure = 0.98\n", "\nsure = 0.5\n"),
        )
        .unwrap();
        let err = Pipeline::load(Some(dir.path())).unwrap_err().to_string();
        assert!(err.contains("language.sure"), "{err}");
        // left out, no reading is sure: scoring files written before it still load
        std::fs::write(
            dir.path().join("scoring.toml"),
            DEFAULT_SCORING.replace("\nsure = 0.98\n", "\n"),
        )
        .unwrap();
        assert_eq!(
            Pipeline::load(Some(dir.path()))
                .unwrap()
                .scoring
                .language
                .sure,
            None
        );
    }
}
