//! Proximity rules of the lexicon (`[[near]]`): an idea matched as a term of every group
//! within a few words, in any order — "a spreading verb near an audience", "a medium near a
//! sensitive word" — so that a threat is found in phrasings no list of phrases foresaw. A rule
//! marked `ordered` needs its groups in the order written, for ideas whose parts mean something
//! only in sequence ("liên hệ", an address, then a time limit).
//!
//! Terms are folded and matched as whole words by an Aho-Corasick automaton over the page's
//! folded token text (the same text the phrase matcher uses); a term written `=ảnh` keeps its
//! diacritics and is matched on lower-cased text instead, because its folded form is another
//! common word ("anh", "bo", "do") — except on a page of Vietnamese written without diacritics,
//! where the writer left no other way to say it. A term ending in `*` is a prefix ("publish*"
//! for publish, published, publishing); `#number` is any token of digits, `#address` any token
//! of an e-mail address or a messenger handle. Each hit is turned into token positions, and for
//! each rule the smallest windows holding one hit of every group are found by trying every hit
//! as the leftmost one. A window its rule's cancelling words refuse is retried with the other
//! hits from the same first word, smallest first ("I will not" refused before "be", "I will not
//! be silent" kept). Rules and hits are few, so this stays cheap.

use std::ops::ControlFlow;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::text::{fold, lower, pattern, TokenText};
use crate::pipeline::NearRule;

/// A term hit: tokens `[start, end)` of the page.
#[derive(Debug, Clone, Copy)]
struct Hit {
    start: usize,
    end: usize,
    /// (mode, term index)
    term: (usize, usize),
}

/// A rule match: tokens `[start, end)`, and the terms that made it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NearMatch {
    pub rule: usize,
    pub start: usize,
    pub end: usize,
    pub terms: Vec<String>,
}

/// The terms of one matching mode and their automaton.
#[derive(Default)]
struct Terms {
    ac: Option<AhoCorasick>,
    /// Pattern text of each distinct term.
    text: Vec<String>,
    /// For each term, the (rule, group) pairs it belongs to.
    owners: Vec<Vec<(usize, usize)>>,
}

impl Terms {
    fn add(&mut self, p: String, owner: (usize, usize)) {
        let i = match self.text.iter().position(|x| *x == p) {
            Some(i) => i,
            None => {
                self.text.push(p);
                self.owners.push(Vec::new());
                self.text.len() - 1
            }
        };
        self.owners[i].push(owner);
    }

    fn build(mut self) -> Terms {
        self.ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&self.text)
            .ok();
        self
    }

    /// Adds this mode's hits on `tt` to `hits[rule][group]`; `mode` tags the hit's term.
    fn hits(&self, tt: &TokenText, mode: usize, hits: &mut [Vec<Vec<Hit>>]) {
        let Some(ac) = &self.ac else { return };
        for m in ac.find_overlapping_iter(&tt.text) {
            // a pattern is " tok tok ": its tokens start one byte in and end one byte early
            // (a prefix term ends inside its last token)
            let start = tt.spans.partition_point(|s| s.0 < m.start() + 1);
            let end = tt.spans.partition_point(|s| s.0 < m.end());
            let term = (mode, m.pattern().as_usize());
            for &(r, g) in &self.owners[term.1] {
                hits[r][g].push(Hit { start, end, term });
            }
        }
    }
}

pub struct NearMatcher {
    rules: Vec<NearRule>,
    /// [folded terms, diacritic terms, diacritic terms folded (for undiacritised pages)]
    modes: [Terms; 3],
    /// The (mode tag, (rule, group)) of every special term: a kind of token no automaton can
    /// list.
    specials: Vec<(usize, (usize, usize))>,
}

/// The term that stands for any number: any token of digits ("6,000" is the tokens 6 and 000).
pub const NUMBER_TERM: &str = "#number";
/// The term that stands for any address to write to: a token of an e-mail address or a
/// messenger handle ("viết cho hoangvu@proton.me" is an instruction; "viết cho bà" is not).
pub const ADDRESS_TERM: &str = "#address";
/// The special terms a lexicon may name.
pub const SPECIAL_TERMS: [&str; 2] = [NUMBER_TERM, ADDRESS_TERM];
/// Mode tags of special-term hits (the three automaton modes are 0, 1 and 2).
const NUMBER: usize = 3;
const ADDRESS: usize = 4;

/// The mode tag of special term `t`, if it is one.
fn special_mode(t: &str) -> Option<usize> {
    match t {
        NUMBER_TERM => Some(NUMBER),
        ADDRESS_TERM => Some(ADDRESS),
        _ => None,
    }
}

/// Whether token `i` of `tt` is what the special term of mode tag `mode` stands for.
fn special_hit(tt: &TokenText, i: usize, mode: usize) -> bool {
    match mode {
        NUMBER => {
            let (a, b, _) = tt.spans[i];
            tt.text[a..b].bytes().all(|c| c.is_ascii_digit())
        }
        ADDRESS => tt.address.get(i).copied().unwrap_or(false),
        _ => false,
    }
}

/// A term's pattern: whole words, or a prefix of its last word when it ends in `*`.
fn term_pattern(t: &str, norm: fn(&str) -> String) -> String {
    match t.strip_suffix('*') {
        Some(stem) => pattern(stem, norm).trim_end().to_string(),
        None => pattern(t, norm),
    }
}

impl NearMatcher {
    pub fn new(rules: &[NearRule]) -> NearMatcher {
        let [mut folded, mut exact, mut exact_folded] =
            [Terms::default(), Terms::default(), Terms::default()];
        let mut specials = Vec::new();
        for (r, rule) in rules.iter().enumerate() {
            for (g, group) in rule.groups.iter().enumerate() {
                for t in group {
                    if let Some(mode) = special_mode(t) {
                        specials.push((mode, (r, g)));
                        continue;
                    }
                    match t.strip_prefix('=') {
                        // "==ảnh": its diacritics even where a page has none (never folded)
                        Some(t) if t.starts_with('=') => {
                            exact.add(term_pattern(&t[1..], lower), (r, g));
                        }
                        Some(t) => {
                            exact.add(term_pattern(t, lower), (r, g));
                            exact_folded.add(term_pattern(t, fold), (r, g));
                        }
                        None => folded.add(term_pattern(t, fold), (r, g)),
                    }
                }
            }
        }
        NearMatcher {
            rules: rules.to_vec(),
            modes: [folded.build(), exact.build(), exact_folded.build()],
            specials,
        }
    }

    pub fn rule(&self, i: usize) -> &NearRule {
        &self.rules[i]
    }

    /// Every smallest window of every rule on the page that `keep` accepts, given its folded and
    /// its lower-cased token texts (built from the same words, so token positions agree);
    /// windows of one rule do not overlap. A window `keep` refuses (its rule's cancelling words
    /// stand next to it) is retried with the other terms found from the same first word, the
    /// smallest first, so "I will not be silent" still matches when "I will not" followed by
    /// "be" is cancelled; when none is accepted, the refused window still ends the search there.
    pub fn find(
        &self,
        folded: &TokenText,
        lowered: &TokenText,
        undiacritised: bool,
        keep: &dyn Fn(&NearMatch) -> bool,
    ) -> Vec<NearMatch> {
        // hits[rule][group]
        let mut hits: Vec<Vec<Vec<Hit>>> = self
            .rules
            .iter()
            .map(|r| vec![Vec::new(); r.groups.len()])
            .collect();
        self.modes[0].hits(folded, 0, &mut hits);
        if undiacritised {
            self.modes[2].hits(folded, 2, &mut hits);
        } else if lowered.spans.len() == folded.spans.len() {
            self.modes[1].hits(lowered, 1, &mut hits);
        }
        if !self.specials.is_empty() {
            // each token is tested once per kind, not once per rule naming it
            for i in 0..folded.spans.len() {
                let kinds = [NUMBER, ADDRESS].map(|m| special_hit(folded, i, m));
                for &(mode, (r, g)) in &self.specials {
                    if kinds[mode - NUMBER] {
                        hits[r][g].push(Hit {
                            start: i,
                            end: i + 1,
                            term: (mode, 0),
                        });
                    }
                }
            }
        }
        let mut out = Vec::new();
        for (r, groups) in hits.iter().enumerate() {
            if groups.iter().any(Vec::is_empty) {
                continue;
            }
            let (window, ordered) = (self.rules[r].window, self.rules[r].ordered);
            let mut last_end = 0;
            let mut anchors: Vec<Hit> = groups.iter().flatten().copied().collect();
            anchors.sort_by_key(|h| (h.start, h.end));
            for a in anchors {
                if a.start < last_end {
                    continue;
                }
                let mut refused_end = None;
                let mut offered = 0;
                let mut accept = |used: &[Hit]| {
                    let m = NearMatch {
                        rule: r,
                        start: a.start,
                        end: used.iter().map(|h| h.end).max().unwrap_or(a.end),
                        terms: self.terms(used),
                    };
                    offered += 1;
                    if keep(&m) {
                        return ControlFlow::Break(Some(m));
                    }
                    refused_end.get_or_insert(m.end);
                    if offered == MAX_OFFERED {
                        return ControlFlow::Break(None);
                    }
                    ControlFlow::Continue(())
                };
                let search = Search {
                    groups,
                    a,
                    limit: a.start + window,
                    ordered,
                };
                match search.place(0, &mut Vec::new(), false, &mut accept) {
                    ControlFlow::Break(Some(m)) => {
                        last_end = m.end;
                        out.push(m);
                    }
                    _ => last_end = refused_end.unwrap_or(last_end),
                }
            }
        }
        out
    }

    /// The terms that made a window, as the lexicon spells them.
    fn terms(&self, used: &[Hit]) -> Vec<String> {
        used.iter()
            .map(|h| match h.term.0 {
                NUMBER => NUMBER_TERM.to_string(),
                ADDRESS => ADDRESS_TERM.to_string(),
                m => self.modes[m].text[h.term.1].trim().to_string(),
            })
            .collect()
    }
}

/// The windows of one rule that start with hit `a` and end by `limit`: `a` serves one group
/// only, and no two groups share a word; an `ordered` rule's window starts with a hit of its
/// first group, and each next group's hit starts after the last one ends.
struct Search<'g> {
    groups: &'g [Vec<Hit>],
    a: Hit,
    limit: usize,
    ordered: bool,
}

/// How many windows from one first word are offered before the search gives up: terms of a
/// group rarely overlap more than two or three ways, so this bounds only a pathological page.
const MAX_OFFERED: usize = 16;

impl Search<'_> {
    /// Places a hit of group `g` and of every later one, the hit ending first tried first (so
    /// the first window offered is the smallest), until `accept` breaks: with a window it took,
    /// or with `None` when it gives up.
    fn place<T>(
        &self,
        g: usize,
        used: &mut Vec<Hit>,
        a_placed: bool,
        accept: &mut dyn FnMut(&[Hit]) -> ControlFlow<Option<T>>,
    ) -> ControlFlow<Option<T>> {
        let Some(group) = self.groups.get(g) else {
            return accept(used);
        };
        let a = self.a;
        if !a_placed && group.iter().any(|h| h.start == a.start && h.term == a.term) {
            if a.end > self.limit {
                return ControlFlow::Continue(());
            }
            used.push(a);
            let flow = self.place(g + 1, used, true, accept);
            used.pop();
            return flow;
        }
        if self.ordered && !a_placed {
            return ControlFlow::Continue(());
        }
        let from = match used.last() {
            Some(last) if self.ordered => last.end,
            _ => a.start,
        };
        let mut options: Vec<Hit> = group
            .iter()
            .filter(|h| {
                h.start >= from
                    && h.end <= self.limit
                    && !overlaps(h, &a)
                    && !used.iter().any(|u| overlaps(u, h))
            })
            .copied()
            .collect();
        options.sort_by_key(|h| h.end);
        for h in options {
            used.push(h);
            let flow = self.place(g + 1, used, a_placed, accept);
            used.pop();
            flow?;
        }
        ControlFlow::Continue(())
    }
}

fn overlaps(a: &Hit, b: &Hit) -> bool {
    a.start < b.end && b.start < a.end
}

#[cfg(test)]
mod tests;
