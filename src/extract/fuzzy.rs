//! OCR-tolerant phrase matching: finds lexicon phrases that OCR misread by a character or two
//! ("phat tan" read "phat tam", "colleagues" read "colleaques", a lost space).
//!
//! Exact matching (Aho-Corasick over folded text) runs first and finds most phrases; this pass
//! only looks for near misses, so it must be cheap and must not turn one word into another.
//! Hence: only phrases of two or more words and at least ten letters are eligible (short
//! Vietnamese syllables are one edit from unrelated words: "tien"/"tin"/"tieu"); a candidate is
//! anchored on a word of the phrase that OCR read exactly (with one or two errors in a phrase
//! of several words, one always survives), then compared by Levenshtein distance over the same
//! number of page tokens, or one more or one fewer (a split or merged word). A word that
//! differs must have five or more letters on both sides: Vietnamese syllables of four letters
//! are too often one edit from another ("tien"/"lien"), so an edit must not make one another.

use std::collections::{HashMap, HashSet};

/// A phrase variant as eligible for fuzzy matching.
struct Entry {
    /// Index into the owner's list of (phrase, variant) pairs.
    owner: usize,
    tokens: Vec<String>,
    joined: String,
    max_edits: usize,
}

/// A near-miss match: page tokens `[start, end)` read `edits` characters off the variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NearMiss {
    pub owner: usize,
    pub start: usize,
    pub end: usize,
    pub edits: usize,
}

#[derive(Default)]
pub struct FuzzyIndex {
    entries: Vec<Entry>,
    /// token -> (entry, position of the token in the entry)
    anchors: HashMap<String, Vec<(usize, usize)>>,
}

/// Edits a phrase of this many characters may carry; 0 means it must match exactly.
fn allowed_edits(tokens: &[String], joined: &str) -> usize {
    let letters = joined.chars().filter(|c| *c != ' ').count();
    match (tokens.len(), letters) {
        (n, _) if n < 2 => 0,
        (_, l) if l < 10 => 0,
        (_, l) if l < 20 => 1,
        _ => 2,
    }
}

impl FuzzyIndex {
    /// `variants` are the folded tokens of each (phrase, variant) pair, in owner order.
    pub fn new(variants: impl IntoIterator<Item = Vec<String>>) -> FuzzyIndex {
        let mut ix = FuzzyIndex::default();
        for (owner, tokens) in variants.into_iter().enumerate() {
            let joined = tokens.join(" ");
            let max_edits = allowed_edits(&tokens, &joined);
            if max_edits == 0 {
                continue;
            }
            let e = ix.entries.len();
            for (pos, t) in tokens.iter().enumerate() {
                ix.anchors.entry(t.clone()).or_default().push((e, pos));
            }
            ix.entries.push(Entry {
                owner,
                tokens,
                joined,
                max_edits,
            });
        }
        ix
    }

    /// Near misses among `page` tokens; exact matches (0 edits) are left to the exact pass.
    pub fn find(&self, page: &[&str]) -> Vec<NearMiss> {
        let mut seen: HashSet<(usize, usize)> = HashSet::new();
        let mut out = Vec::new();
        for (i, tok) in page.iter().enumerate() {
            let Some(list) = self.anchors.get(*tok) else {
                continue;
            };
            for &(e, pos) in list {
                let Some(start) = i.checked_sub(pos) else {
                    continue;
                };
                if !seen.insert((e, start)) {
                    continue;
                }
                if let Some(m) = self.compare(e, page, start) {
                    out.push(m);
                }
            }
        }
        out.sort_by_key(|m| (m.start, m.owner));
        out
    }

    fn compare(&self, e: usize, page: &[&str], start: usize) -> Option<NearMiss> {
        let entry = &self.entries[e];
        let n = entry.tokens.len();
        let mut best: Option<NearMiss> = None;
        for len in [n, n - 1, n + 1] {
            let end = start + len;
            if len == 0 || end > page.len() {
                continue;
            }
            let window = &page[start..end];
            let d = strsim::levenshtein(&window.join(" "), &entry.joined);
            if d == 0 || d > entry.max_edits || best.is_some_and(|b| b.edits <= d) {
                continue;
            }
            if len == n && !short_words_intact(&entry.tokens, window) {
                continue;
            }
            best = Some(NearMiss {
                owner: entry.owner,
                start,
                end,
                edits: d,
            });
        }
        best
    }
}

/// Word for word, every differing word has five or more letters on both sides.
fn short_words_intact(want: &[String], got: &[&str]) -> bool {
    want.iter()
        .zip(got)
        .all(|(w, g)| w == g || (w.chars().count() >= 5 && g.chars().count() >= 5))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ix(phrases: &[&str]) -> FuzzyIndex {
        FuzzyIndex::new(
            phrases
                .iter()
                .map(|p| p.split(' ').map(str::to_string).collect()),
        )
    }

    fn find(ix: &FuzzyIndex, text: &str) -> Vec<NearMiss> {
        let toks: Vec<&str> = text.split(' ').collect();
        ix.find(&toks)
    }

    #[test]
    fn one_ocr_error_in_a_long_phrase_is_found() {
        let i = ix(&["gui cho dong nghiep", "send the photos to"]);
        let m = find(&i, "toi se gui cho dong nqhiep cua anh");
        assert_eq!(
            m,
            vec![NearMiss {
                owner: 0,
                start: 2,
                end: 6,
                edits: 1
            }]
        );
        assert_eq!(find(&i, "we will send the phot0s to your boss")[0].edits, 1);
    }

    #[test]
    fn split_and_merged_words_are_found() {
        let i = ix(&["hinh anh nhay cam"]);
        assert_eq!(find(&i, "co hinh anh nhaycam cua anh")[0].end, 4);
        assert_eq!(find(&i, "co hinh anh nh ay cam cua")[0].end, 6);
    }

    #[test]
    fn short_words_do_not_turn_into_other_words() {
        // "chuyen tin" (forward news) is one edit from "chuyen tien" but is not it
        let i = ix(&["chuyen tien vao vi", "phat tan"]);
        assert!(find(&i, "chuyen tin vao vi").is_empty());
        // regression: "chuyển. Liên hệ" was read as "chuyển tiền"
        assert!(find(&i, "chuyen lien vao vi").is_empty());
        assert!(
            find(&i, "phat tam").is_empty(),
            "short phrases match exactly only"
        );
    }

    #[test]
    fn exact_matches_and_far_misses_are_not_near_misses() {
        let i = ix(&["gui cho dong nghiep"]);
        assert!(find(&i, "gui cho dong nghiep").is_empty());
        assert!(find(&i, "gui cho ong nghe").is_empty());
    }
}
