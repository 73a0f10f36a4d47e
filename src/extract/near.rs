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
//! as the leftmost one. Rules and hits are few, so this stays cheap.

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

    /// Every smallest window of every rule on the page, given its folded and its lower-cased
    /// token texts (built from the same words, so token positions agree); windows of one rule
    /// do not overlap.
    pub fn find(
        &self,
        folded: &TokenText,
        lowered: &TokenText,
        undiacritised: bool,
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
                if let Some((end, terms)) = self.window_from(groups, a, window, ordered) {
                    last_end = end;
                    out.push(NearMatch {
                        rule: r,
                        start: a.start,
                        end,
                        terms,
                    });
                }
            }
        }
        out
    }

    /// The smallest window that starts with `a` and holds a hit of every group; `a` serves
    /// one group only, and no two groups share a word. An `ordered` rule's window starts with
    /// a hit of its first group, and each next group's hit starts after the last one ends.
    fn window_from(
        &self,
        groups: &[Vec<Hit>],
        a: Hit,
        window: usize,
        ordered: bool,
    ) -> Option<(usize, Vec<String>)> {
        let mut used: Vec<Hit> = Vec::new();
        let mut a_placed = false;
        for group in groups {
            let from = match used.last() {
                Some(last) if ordered => last.end,
                _ => a.start,
            };
            let h = if !a_placed && group.iter().any(|h| h.start == a.start && h.term == a.term) {
                a_placed = true;
                a
            } else if ordered && !a_placed {
                return None;
            } else {
                *group
                    .iter()
                    .filter(|h| {
                        h.start >= from && !overlaps(h, &a) && !used.iter().any(|u| overlaps(u, h))
                    })
                    .min_by_key(|h| h.end)?
            };
            used.push(h);
        }
        let end = used.iter().map(|h| h.end).max()?;
        let terms = used
            .iter()
            .map(|h| match h.term.0 {
                NUMBER => NUMBER_TERM.to_string(),
                ADDRESS => ADDRESS_TERM.to_string(),
                m => self.modes[m].text[h.term.1].trim().to_string(),
            })
            .collect();
        (end - a.start <= window).then_some((end, terms))
    }
}

fn overlaps(a: &Hit, b: &Hit) -> bool {
    a.start < b.end && b.start < a.end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::PageText;

    fn rule(window: usize, groups: &[&[&str]]) -> NearRule {
        NearRule {
            id: "t".into(),
            category: "exposure".into(),
            weight: 0.3,
            window,
            groups: groups
                .iter()
                .map(|g| g.iter().map(|t| t.to_string()).collect())
                .collect(),
            unless_after: Vec::new(),
            unless_before: Vec::new(),
            unless_within: Vec::new(),
            ordered: false,
        }
    }

    fn find(m: &NearMatcher, text: &str) -> Vec<NearMatch> {
        let p = PageText::from_plain_text(text);
        m.find(
            &TokenText::build(&p.words, fold),
            &TokenText::build(&p.words, lower),
            false,
        )
    }

    #[test]
    fn marked_terms_need_their_diacritics() {
        let m = NearMatcher::new(&[rule(6, &[&["=ảnh", "video"], &["=bồ", "ngoại tình"]])]);
        assert_eq!(find(&m, "ảnh anh với bồ").len(), 1);
        assert!(
            find(&m, "gửi mấy tấm ảnh cho bố").is_empty(),
            "regression: 'bố' (father) folded to 'bo' and read as 'bồ' (mistress)"
        );
        assert!(find(&m, "anh va bo").is_empty());
        assert_eq!(find(&m, "video ngoai tinh").len(), 1);
    }

    #[test]
    fn an_ordered_rule_needs_its_groups_in_the_order_written() {
        let mut r = rule(9, &[&["liên hệ"], &["#address"], &["trong 3"]]);
        r.ordered = true;
        let m = NearMatcher::new(&[r]);
        assert_eq!(find(&m, "Liên hệ hotro@quy.example trong 3 ngày.").len(), 1);
        assert!(
            find(
                &m,
                "Xử lý trong 3 ngày. Liên hệ hotro@quy.example nếu có sai sót."
            )
            .is_empty(),
            "regression: a deadline before 'liên hệ' is another sentence's"
        );
        assert!(find(&m, "hotro@quy.example liên hệ trong 3 ngày").is_empty());
    }

    #[test]
    fn terms_of_every_group_within_the_window_match_in_any_order() {
        let m = NearMatcher::new(&[rule(6, &[&["gửi", "đến tay"], &["vợ", "cơ quan"]])]);
        let hit = find(&m, "thì ảnh sẽ đến tay vợ anh");
        assert_eq!(hit.len(), 1);
        assert_eq!(hit[0].terms, vec!["den tay", "vo"]);
        assert_eq!(find(&m, "vợ anh sẽ được gửi ảnh").len(), 1);
        assert!(find(
            &m,
            "gửi thư này tới anh vì anh là người có trách nhiệm với vợ"
        )
        .is_empty());
        assert!(find(&m, "gửi thư qua bưu điện").is_empty());
    }

    #[test]
    fn number_term_matches_any_amount() {
        let m = NearMatcher::new(&[rule(2, &[&["#number"], &["usdt"]])]);
        let hit = find(&m, "6,000 USDT to the wallet");
        assert_eq!(hit.len(), 1);
        assert_eq!(hit[0].terms, vec!["#number", "usdt"]);
        assert_eq!(find(&m, "gửi 500 usdt").len(), 1);
        assert!(find(&m, "six USDT").is_empty());
        assert!(find(&m, "5000 đồng, không phải USDT").is_empty());
    }

    #[test]
    fn address_term_matches_an_email_or_a_handle_only() {
        let m = NearMatcher::new(&[rule(3, &[&["viết cho"], &["#address"]])]);
        let hit = find(&m, "Viết cho hoangvu.88@proton.me trong 3 ngày");
        assert_eq!(hit.len(), 1);
        assert_eq!(hit[0].terms, vec!["viet cho", "#address"]);
        assert_eq!(find(&m, "viết cho @giumkin_vn trên Telegram").len(), 1);
        assert!(find(&m, "Cháu viết cho bà mấy dòng").is_empty());
        assert!(find(&m, "viết cho bà, địa chỉ hoangvu@proton.me").is_empty());
        assert!(find(&m, "viết cho @ nhà").is_empty());
    }

    #[test]
    fn prefix_terms_match_word_forms() {
        let m = NearMatcher::new(&[rule(5, &[&["publish*"], &["employer"]])]);
        assert_eq!(
            find(&m, "published to your employer")[0].terms[0],
            "publish"
        );
        assert_eq!(find(&m, "publishing for your employer").len(), 1);
        assert!(find(&m, "republish for your employer").is_empty());
    }

    #[test]
    fn marked_terms_fold_on_undiacritised_pages() {
        let m = NearMatcher::new(&[rule(6, &[&["=ảnh"], &["=vợ"]])]);
        let p = PageText::from_plain_text("anh se den tay vo anh");
        let (f, l) = (
            TokenText::build(&p.words, fold),
            TokenText::build(&p.words, lower),
        );
        assert!(m.find(&f, &l, false).is_empty());
        assert_eq!(m.find(&f, &l, true).len(), 1);
    }

    #[test]
    fn doubly_marked_terms_never_fold() {
        let m = NearMatcher::new(&[rule(6, &[&["==ảnh"], &["=vợ"]])]);
        for (text, undiacritised, n) in [
            ("anh se den tay vo anh", true, 0),
            ("ảnh sẽ đến tay vợ anh", false, 1),
        ] {
            let p = PageText::from_plain_text(text);
            let (f, l) = (
                TokenText::build(&p.words, fold),
                TokenText::build(&p.words, lower),
            );
            assert_eq!(m.find(&f, &l, undiacritised).len(), n, "{text}");
        }
    }

    #[test]
    fn one_word_cannot_serve_two_groups() {
        let m = NearMatcher::new(&[rule(4, &[&["mạng"], &["mạng", "facebook"]])]);
        assert!(find(&m, "lên mạng").is_empty());
        assert_eq!(find(&m, "lên mạng facebook").len(), 1);
    }

    #[test]
    fn windows_of_one_rule_do_not_overlap() {
        let m = NearMatcher::new(&[rule(5, &[&["send"], &["wife", "employer"]])]);
        assert_eq!(find(&m, "send to your wife and employer").len(), 1);
        assert_eq!(
            find(&m, "send to your wife. Later I send it to your employer").len(),
            2
        );
    }
}
