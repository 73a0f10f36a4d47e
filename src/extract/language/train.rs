//! Training the language model: logistic regression with L2 regularisation over the features
//! of `super::features`, by full-batch gradient descent from zero, so the same letters give the
//! same model byte for byte — the integration test retrains and compares with the built-in
//! file, and an auditor can do the same. Used by examples/train_language_model.rs.
//!
//! It trains on the typed text of labelled letters (truth.json), not on OCR output: the
//! features are folded words, which OCR of a letter mostly preserves, and the typed text is
//! the label's ground truth.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::path::Path;

use super::{features, sigmoid, LanguageModel};
use crate::error::PipelineError;
use crate::page::PageText;

const L2: f64 = 0.002;
const EPOCHS: usize = 400;
const RATE: f64 = 0.5;
/// A feature must appear in this many training letters (one letter's name is not a pattern).
const MIN_LETTERS: usize = 2;
/// Weights smaller than this are left out of the file.
const KEEP: f64 = 0.01;

/// One labelled letter, as features.
pub struct Letter {
    pub features: BTreeSet<String>,
    pub extortion: bool,
}

/// The letters of a labelled set: its `truth.json` (`pages[].text`, `pages[].label`).
pub fn load_set(dir: &Path) -> Result<Vec<Letter>, PipelineError> {
    let path = dir.join("truth.json");
    let bad = |detail: String| PipelineError::Invalid {
        path: path.clone(),
        detail,
    };
    let text = std::fs::read_to_string(&path).map_err(|source| PipelineError::Io {
        path: path.clone(),
        source,
    })?;
    let truth: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| bad(format!("not JSON: {e}")))?;
    let pages = truth["pages"]
        .as_array()
        .ok_or_else(|| bad("no `pages` array".into()))?;
    Ok(pages
        .iter()
        .map(|p| {
            let lines: Vec<&str> = p["text"]
                .as_array()
                .map(|a| a.iter().filter_map(|l| l.as_str()).collect())
                .unwrap_or_default();
            Letter {
                features: features(&PageText::from_plain_text(&lines.join("\n")).words),
                extortion: p["label"] == "extortion",
            }
        })
        .collect())
}

/// Fits the model to `letters`.
pub fn train(letters: &[&Letter]) -> LanguageModel {
    let mut df: BTreeMap<&str, usize> = BTreeMap::new();
    for l in letters {
        for f in &l.features {
            *df.entry(f.as_str()).or_default() += 1;
        }
    }
    let vocab: Vec<&str> = df
        .into_iter()
        .filter(|&(_, n)| n >= MIN_LETTERS)
        .map(|(f, _)| f)
        .collect();
    let index: BTreeMap<&str, usize> = vocab.iter().enumerate().map(|(i, f)| (*f, i)).collect();
    let rows: Vec<(Vec<usize>, f64)> = letters
        .iter()
        .map(|l| {
            let x = l
                .features
                .iter()
                .filter_map(|f| index.get(f.as_str()).copied())
                .collect();
            (x, if l.extortion { 1.0 } else { 0.0 })
        })
        .collect();
    let n = rows.len().max(1) as f64;
    let mut w = vec![0.0; vocab.len()];
    let mut b = 0.0;
    for _ in 0..EPOCHS {
        let mut gw: Vec<f64> = w.iter().map(|x| L2 * x).collect();
        let mut gb = 0.0;
        for (x, y) in &rows {
            let z = b + x.iter().map(|&j| w[j]).sum::<f64>();
            let e = (sigmoid(z) - y) / n;
            gb += e;
            for &j in x {
                gw[j] += e;
            }
        }
        b -= RATE * gb;
        for (wj, g) in w.iter_mut().zip(gw) {
            *wj -= RATE * g;
        }
    }
    LanguageModel {
        about: String::new(),
        bias: b,
        weights: vocab
            .iter()
            .zip(w)
            .filter(|(_, x)| x.abs() >= KEEP)
            .map(|(f, x)| (f.to_string(), x))
            .collect(),
    }
}

/// The model file's text; `about` says what it was trained on. Features are folded
/// alphanumeric words, `#` and single spaces, so they need no escaping as TOML keys.
pub fn render(m: &LanguageModel, about: &str) -> String {
    let mut out = String::from(
        "# The learned language model, read by src/extract/language.rs. Written by\n\
         # examples/train_language_model.rs (`make train-language`); review it, do not edit it.\n\
         # A positive weight reads as extortion, a negative one as ordinary or warning mail.\n",
    );
    let _ = writeln!(out, "about = \"{}\"", about.replace(['"', '\\'], "'"));
    let _ = writeln!(out, "bias = {:.4}\n\n[weights]", m.bias);
    for (k, w) in &m.weights {
        let _ = writeln!(out, "\"{k}\" = {w:.4}");
    }
    out
}

/// The model file trained on the sets in `dirs` (folders holding a truth.json), in order.
pub fn model_file(dirs: &[std::path::PathBuf]) -> Result<String, PipelineError> {
    let data = dirs
        .iter()
        .map(|d| load_set(d))
        .collect::<Result<Vec<_>, _>>()?;
    let all: Vec<&Letter> = data.iter().flatten().collect();
    let names: Vec<String> = dirs
        .iter()
        .filter_map(|s| s.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    let about = format!(
        "logistic regression, L2 {L2}, {EPOCHS} epochs, features in >= {MIN_LETTERS} letters; \
         trained on tests/data/threat-letters/{{{}}}: {} letters, {} extortion",
        names.join(","),
        all.len(),
        all.iter().filter(|l| l.extortion).count()
    );
    Ok(render(&train(&all), &about))
}

/// Recall and false positives of `m` on `letters` at `threshold`: (caught, extortion, false
/// alarms, benign).
pub fn evaluate(m: &LanguageModel, letters: &[Letter], threshold: f64) -> [usize; 4] {
    let mut r = [0; 4];
    for l in letters {
        let hit = usize::from(sigmoid(m.logit(&l.features)) >= threshold);
        if l.extortion {
            r[0] += hit;
            r[1] += 1;
        } else {
            r[2] += hit;
            r[3] += 1;
        }
    }
    r
}
