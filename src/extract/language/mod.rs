//! A learned reading of a page's language: logistic regression over the page's folded word
//! unigrams and bigrams (numbers as `#`), trained on the labelled letters by
//! `make train-language` (examples/train_language_model.rs, `train`) into
//! `pipeline/language-model.toml`.
//!
//! The lexicon states ideas a person wrote down; each round of rules caught the phrasings of
//! the last blind set and about half of the next. This model reads every word instead, so an
//! extortion letter whose threat no rule names still reads as one. It stays explainable — a
//! linear model's verdict is the sum of its words' weights, and the words that pushed hardest
//! are the reason shown — and it is data like the lexicon: a police unit can retrain it on its
//! own seized letters and review the weights. Folding and tokens are those of the phrase
//! matcher, so training (on typed text) and scanning (on OCR text) see the same features.

pub mod train;

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::text::{fold, TokenText};
use crate::page::Word;

/// The model file: written by the trainer, reviewed, not edited by hand.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageModel {
    /// What it was trained on, and how.
    pub about: String,
    pub bias: f64,
    /// Weight of each feature (a folded word, or two words joined by a space).
    pub weights: BTreeMap<String, f64>,
}

/// The model's reading of one page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LanguageScore {
    pub page: usize,
    /// Probability that the page is an extortion letter, by the model.
    pub probability: f64,
    /// The features that pushed hardest towards extortion, with their weights (at most five).
    pub top: Vec<(String, f64)>,
}

/// The distinct features of a text: folded words and adjacent word pairs, any token holding a
/// digit read as `#` (amounts, dates and wallet strings differ from letter to letter). E-mail
/// addresses are left out: their hosts are not language, and a model that learned "com" from
/// them would judge letters by their senders' providers.
pub fn features(words: &[Word]) -> BTreeSet<String> {
    let words: Vec<Word> = words
        .iter()
        .filter(|w| !w.text.contains('@'))
        .cloned()
        .collect();
    let tt = TokenText::build(&words, fold);
    let toks: Vec<&str> = tt
        .spans
        .iter()
        .map(|&(s, e, _)| {
            let t = &tt.text[s..e];
            if t.bytes().any(|b| b.is_ascii_digit()) {
                "#"
            } else {
                t
            }
        })
        .collect();
    let mut out = BTreeSet::new();
    for (i, t) in toks.iter().enumerate() {
        out.insert((*t).to_string());
        if let Some(n) = toks.get(i + 1) {
            out.insert(format!("{t} {n}"));
        }
    }
    out
}

/// The logistic function.
pub fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

impl LanguageModel {
    pub fn logit(&self, features: &BTreeSet<String>) -> f64 {
        self.bias
            + features
                .iter()
                .filter_map(|f| self.weights.get(f))
                .sum::<f64>()
    }

    pub fn score(&self, page: usize, words: &[Word]) -> LanguageScore {
        let f = features(words);
        let mut top: Vec<(String, f64)> = f
            .iter()
            .filter_map(|k| self.weights.get(k).map(|w| (k.clone(), *w)))
            .filter(|(_, w)| *w > 0.0)
            .collect();
        top.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        top.truncate(5);
        LanguageScore {
            page,
            probability: (sigmoid(self.logit(&f)) * 1000.0).round() / 1000.0,
            top,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::PageText;

    #[test]
    fn features_are_folded_words_and_pairs_with_numbers_as_hash() {
        let p = PageText::from_plain_text("Chuyển 5.000 USDT vào ví, email an.b@proton.me");
        let f = features(&p.words);
        for k in [
            "chuyen", "#", "usdt", "chuyen #", "# #", "# usdt", "usdt vao", "vi", "email",
        ] {
            assert!(f.contains(k), "{k} in {f:?}");
        }
        assert!(!f.contains("5"));
        assert!(!f.contains("proton") && !f.contains("me"), "{f:?}");
    }

    #[test]
    fn score_is_the_logistic_of_the_weights_present() {
        let m = LanguageModel {
            about: String::new(),
            bias: -1.0,
            weights: [("usdt".to_string(), 2.0), ("canh giac".to_string(), -3.0)]
                .into_iter()
                .collect(),
        };
        let p = PageText::from_plain_text("gửi USDT");
        let s = m.score(0, &p.words);
        assert!((s.probability - 0.731).abs() < 1e-9, "{s:?}");
        assert_eq!(s.top, vec![("usdt".to_string(), 2.0)]);
        let p = PageText::from_plain_text("Cảnh giác: USDT");
        assert!(m.score(0, &p.words).probability < 0.2);
    }
}
