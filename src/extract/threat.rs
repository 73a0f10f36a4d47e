//! Threat language: matches the lexicon phrases of `pipeline/lexicon/` against a page's words.
//!
//! All phrases compile once per run into two Aho-Corasick automata, one over folded text
//! (diacritics, case and `đ` folded) and one over lower-cased text that keeps diacritics (for
//! stamps like "MẬT" whose other forms are ordinary words). Both texts are word-aligned with a
//! space around each token, and so are the patterns, so a phrase matches only whole words,
//! across line breaks and punctuation. A phrase may name words that cancel it when they come
//! just before it (`unless_after`): the cheapest context rule that tells advice ("không chuyển
//! tiền") from a conditional threat ("nếu ông không chuyển tiền"); a proximity rule may also
//! name words that cancel it when they come right after it (`unless_before`: "ảnh chụp giao
//! dịch" is a receipt, not a picture) or inside it (`unless_within`: a negation between its
//! terms). Phrases OCR misread by a character or two are found by a second, anchored pass
//! (`fuzzy`) and say how many edits they took. Exposure wording that is what paying brings
//! becomes a delivery (`polarity`).

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Serialize;

use super::fuzzy::FuzzyIndex;
use super::near::{NearMatch, NearMatcher};
use super::polarity::Polarity;
use super::text::{exact, fold, lower, pattern, tokens, undiacritised_vietnamese, TokenText};
use crate::page::{BBox, Word};
use crate::pipeline::{DeliveryRule, MatchMode, NearRule, Phrase};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ThreatFinding {
    /// The lexicon entry id, e.g. `vi.exposure.spread`.
    pub rule: String,
    pub category: String,
    pub weight: f64,
    /// The lexicon variant that matched.
    pub phrase: String,
    /// The words on the page that matched, as OCR read them.
    pub text: String,
    pub page: usize,
    pub bbox: BBox,
    /// Characters OCR got wrong inside the phrase (0: matched as written, after folding).
    #[serde(skip_serializing_if = "is_zero")]
    pub edits: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// Places finding `f` on the page words `ws` and adds it with its first word, unless it is
/// empty or the same rule was already found at the same place.
fn push(
    out: &mut Vec<(ThreatFinding, usize)>,
    mut f: ThreatFinding,
    page: usize,
    words: &[Word],
    ws: &[usize],
) {
    if ws.is_empty() {
        return;
    }
    f.bbox = ws
        .iter()
        .fold(BBox::default(), |b, &w| b.union(words[w].bbox));
    if out
        .iter()
        .any(|(o, _)| o.rule == f.rule && o.bbox == f.bbox)
    {
        return;
    }
    f.text = ws
        .iter()
        .map(|&w| words[w].text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    f.page = page;
    out.push((f, ws[0]));
}

/// The compiled lexicon.
pub struct ThreatMatcher {
    phrases: Vec<Phrase>,
    /// Folded `unless_after` patterns per phrase.
    cancel: Vec<Vec<String>>,
    automata: Vec<Automaton>,
    fuzzy: FuzzyIndex,
    /// (phrase, variant) of each fuzzy owner index.
    fuzzy_owner: Vec<(usize, usize)>,
    near: NearMatcher,
    /// Folded `unless_after` patterns per proximity rule.
    near_cancel: Vec<Vec<String>>,
    /// Folded `unless_before` patterns per proximity rule.
    near_cancel_next: Vec<Vec<String>>,
    /// Folded `unless_within` patterns per proximity rule.
    near_cancel_within: Vec<Vec<String>>,
    /// Exposure wording that is what paying brings becomes a delivery.
    polarity: Polarity,
}

impl std::fmt::Debug for ThreatMatcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ThreatMatcher({} phrases)", self.phrases.len())
    }
}

/// An automaton over one mode's variants; pattern i belongs to (phrase, variant) `owner[i]`.
struct Automaton {
    ac: AhoCorasick,
    owner: Vec<(usize, usize)>,
    mode: MatchMode,
}

fn automaton(phrases: &[Phrase], mode: MatchMode, norm: fn(&str) -> String) -> Option<Automaton> {
    let mut pats = Vec::new();
    let mut owner = Vec::new();
    for (i, p) in phrases.iter().enumerate().filter(|(_, p)| p.mode == mode) {
        for (k, v) in p.variants.iter().enumerate() {
            pats.push(pattern(v, norm));
            owner.push((i, k));
        }
    }
    if pats.is_empty() {
        return None;
    }
    let ac = AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .build(&pats)
        .ok()?;
    Some(Automaton { ac, owner, mode })
}

/// Whether one of `cancel` (folded patterns) stands within the three tokens before `start`.
fn cancelled(tt: &TokenText, start: usize, cancel: &[String]) -> bool {
    if cancel.is_empty() {
        return false;
    }
    let before = tt.spans.iter().filter(|(_, e, _)| *e < start).count();
    let from = tt
        .spans
        .get(before.saturating_sub(3))
        .map(|s| s.0)
        .unwrap_or(start);
    let window = &tt.text[from.saturating_sub(1)..start];
    cancel.iter().any(|c| window.contains(c.as_str()))
}

/// Whether one of `cancel` (folded patterns) begins at token `next`, right after a match.
fn cancelled_next(tt: &TokenText, next: usize, cancel: &[String]) -> bool {
    tt.spans.get(next).is_some_and(|&(s, _, _)| {
        let rest = &tt.text[s.saturating_sub(1)..];
        cancel.iter().any(|c| rest.starts_with(c.as_str()))
    })
}

/// One list of cancelling words per proximity rule, folded into patterns once for the run.
fn cancel_patterns(near: &[NearRule], words: fn(&NearRule) -> &Vec<String>) -> Vec<Vec<String>> {
    near.iter()
        .map(|r| words(r).iter().map(|u| pattern(u, fold)).collect())
        .collect()
}

/// Whether one of `cancel` (folded patterns) stands among tokens `start..end`, inside a match.
fn cancelled_within(tt: &TokenText, start: usize, end: usize, cancel: &[String]) -> bool {
    let (Some(first), Some(last)) = (tt.spans.get(start), tt.spans.get(end.wrapping_sub(1))) else {
        return false;
    };
    // the text is word-aligned with a space around each token, as the patterns are
    let inside = &tt.text[first.0.saturating_sub(1)..(last.1 + 1).min(tt.text.len())];
    cancel.iter().any(|c| inside.contains(c.as_str()))
}

impl ThreatMatcher {
    /// The finding of phrase variant `(pi, vi)`.
    fn phrase_finding(&self, (pi, vi): (usize, usize), edits: usize) -> ThreatFinding {
        let p = &self.phrases[pi];
        ThreatFinding {
            rule: p.id.clone(),
            category: p.category.clone(),
            weight: p.weight,
            phrase: p.variants[vi].clone(),
            text: String::new(),
            page: 0,
            bbox: BBox::default(),
            edits,
        }
    }

    pub fn new(phrases: &[Phrase], near: &[NearRule], delivery: &[DeliveryRule]) -> ThreatMatcher {
        let fuzzy_owner: Vec<(usize, usize)> = phrases
            .iter()
            .enumerate()
            .filter(|(_, p)| p.mode == MatchMode::Folded)
            .flat_map(|(i, p)| (0..p.variants.len()).map(move |k| (i, k)))
            .collect();
        let fuzzy = FuzzyIndex::new(
            fuzzy_owner
                .iter()
                .map(|&(i, k)| tokens(&phrases[i].variants[k], fold)),
        );
        ThreatMatcher {
            near: NearMatcher::new(near),
            polarity: Polarity::new(delivery),
            near_cancel: cancel_patterns(near, |r| &r.unless_after),
            near_cancel_next: cancel_patterns(near, |r| &r.unless_before),
            near_cancel_within: cancel_patterns(near, |r| &r.unless_within),
            fuzzy,
            fuzzy_owner,
            automata: [
                automaton(phrases, MatchMode::Folded, fold),
                automaton(phrases, MatchMode::Exact, exact),
            ]
            .into_iter()
            .flatten()
            .collect(),
            cancel: phrases
                .iter()
                .map(|p| p.unless_after.iter().map(|u| pattern(u, fold)).collect())
                .collect(),
            phrases: phrases.to_vec(),
        }
    }

    /// Every phrase occurrence on the page; the same rule at the same place is reported once.
    pub fn find(&self, page: usize, words: &[Word]) -> Vec<ThreatFinding> {
        let mut out: Vec<(ThreatFinding, usize)> = Vec::new();
        // each page text is tokenised once per mode; the folded one also serves `unless_after`
        let folded = TokenText::build(words, fold);
        let mut exact_text = None;
        let mut read_exactly: Vec<(usize, Vec<usize>)> = Vec::new();
        for a in &self.automata {
            let tt = match a.mode {
                MatchMode::Folded => &folded,
                MatchMode::Exact => {
                    exact_text.get_or_insert_with(|| TokenText::build(words, exact))
                }
            };
            for m in a.ac.find_overlapping_iter(&tt.text) {
                let (pi, vi) = a.owner[m.pattern().as_usize()];
                let ws = tt.words_in(m.start(), m.end());
                // the cancel window is looked up in folded text, whatever the phrase's mode
                let start = ws
                    .first()
                    .and_then(|w| folded.spans.iter().find(|s| s.2 == *w))
                    .map(|s| s.0)
                    .unwrap_or(0);
                if cancelled(&folded, start, &self.cancel[pi]) {
                    continue;
                }
                push(&mut out, self.phrase_finding((pi, vi), 0), page, words, &ws);
                read_exactly.push((pi, ws));
            }
        }
        let toks: Vec<&str> = folded
            .spans
            .iter()
            .map(|&(s, e, _)| &folded.text[s..e])
            .collect();
        for m in self.fuzzy.find(&toks) {
            let (pi, vi) = self.fuzzy_owner[m.owner];
            let ws = folded.words_of_tokens(m.start, m.end);
            // a phrase already read exactly on these words needs no near-miss reading
            if read_exactly
                .iter()
                .any(|(p, e)| *p == pi && e.iter().any(|w| ws.contains(w)))
            {
                continue;
            }
            if cancelled(&folded, folded.spans[m.start].0, &self.cancel[pi]) {
                continue;
            }
            push(
                &mut out,
                self.phrase_finding((pi, vi), m.edits),
                page,
                words,
                &ws,
            );
        }
        let lowered = TokenText::build(words, lower);
        let plain = undiacritised_vietnamese(words, &folded);
        let keep = |m: &NearMatch| {
            !(cancelled(&folded, folded.spans[m.start].0, &self.near_cancel[m.rule])
                || cancelled_next(&folded, m.end, &self.near_cancel_next[m.rule])
                || cancelled_within(&folded, m.start, m.end, &self.near_cancel_within[m.rule]))
        };
        for m in self.near.find(&folded, &lowered, plain, &keep) {
            let rule = self.near.rule(m.rule);
            let f = ThreatFinding {
                rule: rule.id.clone(),
                category: rule.category.clone(),
                weight: rule.weight,
                phrase: m.terms.join(" … "),
                text: String::new(),
                page: 0,
                bbox: BBox::default(),
                edits: 0,
            };
            push(
                &mut out,
                f,
                page,
                words,
                &folded.words_of_tokens(m.start, m.end),
            );
        }
        self.polarity
            .apply(words, &folded, &lowered, plain, &mut out);
        let mut out: Vec<ThreatFinding> = out.into_iter().map(|(f, _)| f).collect();
        out.sort_by(|a, b| (a.bbox.y, a.bbox.x, &a.rule).cmp(&(b.bbox.y, b.bbox.x, &b.rule)));
        out
    }
}

#[cfg(test)]
mod tests;
