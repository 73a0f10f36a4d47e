//! Threat language: matches the lexicon phrases of `pipeline/lexicon/` against a page's words.
//!
//! All phrases compile once per run into two Aho-Corasick automata, one over folded text
//! (diacritics, case and `đ` folded) and one over lower-cased text that keeps diacritics (for
//! short words like "mật" whose folded form "mat" means other things). Both texts are
//! word-aligned with a space around each token, and so are the patterns, so a phrase matches
//! only whole words, across line breaks and punctuation.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Serialize;

use super::text::{fold, lower, pattern, TokenText};
use crate::page::{BBox, Word};
use crate::pipeline::{MatchMode, Phrase};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ThreatFinding {
    /// The lexicon entry id, e.g. `vi.exposure.spread`.
    pub rule: String,
    pub category: String,
    pub weight: f64,
    /// The words on the page that matched, as OCR read them.
    pub text: String,
    pub page: usize,
    pub bbox: BBox,
}

/// The compiled lexicon.
pub struct ThreatMatcher {
    phrases: Vec<Phrase>,
    folded: Option<(AhoCorasick, Vec<usize>)>,
    exact: Option<(AhoCorasick, Vec<usize>)>,
}

impl std::fmt::Debug for ThreatMatcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ThreatMatcher({} phrases)", self.phrases.len())
    }
}

fn automaton(phrases: &[Phrase], mode: MatchMode, norm: fn(&str) -> String) -> Option<(AhoCorasick, Vec<usize>)> {
    let mut pats = Vec::new();
    let mut owner = Vec::new();
    for (i, p) in phrases.iter().enumerate().filter(|(_, p)| p.mode == mode) {
        for v in &p.variants {
            pats.push(pattern(v, norm));
            owner.push(i);
        }
    }
    if pats.is_empty() {
        return None;
    }
    let ac = AhoCorasickBuilder::new().match_kind(MatchKind::Standard).build(&pats).ok()?;
    Some((ac, owner))
}

impl ThreatMatcher {
    pub fn new(phrases: &[Phrase]) -> ThreatMatcher {
        ThreatMatcher {
            folded: automaton(phrases, MatchMode::Folded, fold),
            exact: automaton(phrases, MatchMode::Exact, lower),
            phrases: phrases.to_vec(),
        }
    }

    /// Every phrase occurrence on the page; the same rule at the same place is reported once.
    pub fn find(&self, page: usize, words: &[Word]) -> Vec<ThreatFinding> {
        let mut out: Vec<ThreatFinding> = Vec::new();
        for (ac, norm) in [(&self.folded, fold as fn(&str) -> String), (&self.exact, lower)] {
            let Some((ac, owner)) = ac else { continue };
            let tt = TokenText::build(words, norm);
            for m in ac.find_overlapping_iter(&tt.text) {
                let p = &self.phrases[owner[m.pattern().as_usize()]];
                let ws = tt.words_in(m.start(), m.end());
                if ws.is_empty() {
                    continue;
                }
                let bbox = ws.iter().fold(BBox::default(), |b, &w| b.union(words[w].bbox));
                if out.iter().any(|f| f.rule == p.id && f.bbox == bbox) {
                    continue;
                }
                let text = ws.iter().map(|&w| words[w].text.as_str()).collect::<Vec<_>>().join(" ");
                out.push(ThreatFinding { rule: p.id.clone(), category: p.category.clone(), weight: p.weight, text, page, bbox });
            }
        }
        out.sort_by(|a, b| (a.bbox.y, a.bbox.x, &a.rule).cmp(&(b.bbox.y, b.bbox.x, &b.rule)));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::PageText;
    use crate::pipeline::Pipeline;

    fn cats(text: &str) -> Vec<String> {
        let m = ThreatMatcher::new(&Pipeline::builtin().unwrap().phrases);
        let mut c: Vec<String> = m.find(0, &PageText::from_plain_text(text).words).into_iter().map(|f| f.category).collect();
        c.sort();
        c.dedup();
        c
    }

    #[test]
    fn vietnamese_with_and_without_diacritics() {
        let with = cats("Nếu anh không chuyển tiền, tôi sẽ phát tán hình ảnh nhạy cảm cho đồng nghiệp.");
        let without = cats("Neu anh khong chuyen tien, toi se phat tan hinh anh nhay cam cho dong nghiep.");
        assert_eq!(with, without);
        for c in ["payment", "exposure", "compromising", "demand"] {
            assert!(with.contains(&c.to_string()), "{c} missing from {with:?}");
        }
    }

    #[test]
    fn phrases_match_across_line_breaks_but_only_whole_words() {
        assert!(cats("hãy chuyển\ntiền ngay").contains(&"payment".to_string()));
        assert!(!cats("chuyển tiềnxx").contains(&"payment".to_string()));
    }

    #[test]
    fn short_diacritic_words_need_their_diacritics() {
        assert!(cats("MẬT - KHẨN").contains(&"envelope".to_string()));
        assert!(!cats("mat khan").contains(&"envelope".to_string()));
    }

    #[test]
    fn english_threat() {
        let c = cats("Pay 2000 USDT within 48 hours or we will send the photos to your colleagues. Do not contact the police.");
        for k in ["crypto", "deadline", "demand", "exposure", "secrecy"] {
            assert!(c.contains(&k.to_string()), "{k} missing from {c:?}");
        }
    }
}
