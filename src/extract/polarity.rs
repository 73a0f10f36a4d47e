//! A condition's polarity: whether exposure wording is what *refusing* brings (a threat) or what
//! *paying* brings (a delivery). "If you do not pay, the photos go to both families" and "once
//! the balance is paid, the photos go to both families" share every word the exposure rules
//! look at; a photographer writes the second, and read as the first it flags.
//!
//! The lexicon's `[[delivery]]` rules find a condition of having paid as proximity rules; an
//! exposure or audience finding in the same sentence becomes a `delivery` finding worth no
//! points, unless that sentence also holds one of the rule's `keeps_threat` words — a negation
//! or a promise to delete ("once I am paid, the video is deleted and your wife never sees it"
//! still speaks of the threat). The scope is one sentence because that is where a condition
//! governs: the next sentence of an extortion letter ("If not, your colleagues see them") stays
//! a threat.

use super::near::NearMatcher;
use super::text::{fold, pattern, TokenText};
use super::threat::ThreatFinding;
use crate::page::Word;
use crate::pipeline::DeliveryRule;

/// What a condition of having paid turns into a delivery in its sentence: the exposure wording,
/// and the audience named, who are the delivery's recipients rather than someone to show the
/// pictures to (blind37: "Nhận đủ, em gửi album cho cả hai bên gia đình qua Zalo" made an
/// implied threat of pictures, an audience and a way to pay).
const TURNED: &[&str] = &["exposure", "audience"];

/// Words ending in a full stop that do not end a sentence.
const ABBREVIATIONS: &[&str] = &["mr.", "mrs.", "ms.", "dr.", "st.", "no.", "tp.", "q.", "p."];

/// The sentence number of each word: a word ending in `.`, `!` or `?` (closing quotes and
/// brackets aside) closes its sentence, unless it is a title or a one-letter initial.
fn sentences(words: &[Word]) -> Vec<usize> {
    let mut n = 0;
    words
        .iter()
        .map(|w| {
            let here = n;
            let t = w
                .text
                .trim_end_matches(['"', '\'', ')', ']', '\u{201d}', '\u{2019}', '\u{bb}']);
            let initial = t.chars().count() == 2 && t.starts_with(char::is_uppercase);
            let abbreviation = ABBREVIATIONS.iter().any(|a| t.eq_ignore_ascii_case(a));
            if t.ends_with(['.', '!', '?']) && !initial && !abbreviation {
                n += 1;
            }
            here
        })
        .collect()
}

pub(super) struct Polarity {
    conditions: NearMatcher,
    /// Folded `keeps_threat` patterns per rule.
    keeps: Vec<Vec<String>>,
}

impl Polarity {
    pub fn new(rules: &[DeliveryRule]) -> Polarity {
        let near: Vec<_> = rules.iter().map(DeliveryRule::condition).collect();
        Polarity {
            conditions: NearMatcher::new(&near),
            keeps: rules
                .iter()
                .map(|r| r.keeps_threat.iter().map(|k| pattern(k, fold)).collect())
                .collect(),
        }
    }

    /// Turns each exposure or audience finding (with the index of its first word) that shares a
    /// sentence with a condition of having paid, and no `keeps_threat` word, into a `delivery`
    /// finding.
    pub fn apply(
        &self,
        words: &[Word],
        folded: &TokenText,
        lowered: &TokenText,
        plain: bool,
        found: &mut [(ThreatFinding, usize)],
    ) {
        if !found
            .iter()
            .any(|(f, _)| TURNED.contains(&f.category.as_str()))
        {
            return;
        }
        // a condition of having paid has no cancelling words of its own (`keeps_threat` is checked
        // over its sentence below)
        let matches = self.conditions.find(folded, lowered, plain, &|_| true);
        if matches.is_empty() {
            return;
        }
        let sentence = sentences(words);
        for m in matches {
            let s = sentence[folded.spans[m.start].2];
            let in_sentence = |t: &&(usize, usize, usize)| sentence[t.2] == s;
            let first = folded.spans.iter().find(in_sentence);
            let last = folded.spans.iter().rev().find(in_sentence);
            let (Some(first), Some(last)) = (first, last) else {
                continue;
            };
            // the sentence's text with the spaces around its first and last token
            let text = &folded.text[first.0 - 1..=last.1];
            if self.keeps[m.rule].iter().any(|k| text.contains(k.as_str())) {
                continue;
            }
            let rule = self.conditions.rule(m.rule);
            for (f, w) in found.iter_mut() {
                if TURNED.contains(&f.category.as_str()) && sentence[*w] == s {
                    f.phrase = format!("{} ⇒ {}", m.terms.join(" … "), f.phrase);
                    f.rule = rule.id.clone();
                    f.category = rule.category.clone();
                    f.weight = rule.weight;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::wallet::Recovery;
    use crate::extract::Extractors;
    use crate::page::PageText;
    use crate::pipeline::Pipeline;
    use crate::score::assess;

    /// The categories and rules of the exposure and delivery findings, and whether it flags.
    fn read(text: &str) -> (Vec<(String, String)>, bool) {
        let p = Pipeline::builtin().unwrap();
        let f =
            Extractors::new(&p).text_findings(0, &PageText::from_plain_text(text), Recovery::Off);
        let cats = f
            .threats
            .iter()
            .filter(|t| t.category == "exposure" || t.category == "delivery")
            .map(|t| (t.category.clone(), t.rule.clone()))
            .collect();
        (cats, assess(&f, &p.scoring).flagged)
    }

    fn categories(text: &str) -> Vec<String> {
        let mut c: Vec<String> = read(text).0.into_iter().map(|(c, _)| c).collect();
        c.dedup();
        c
    }

    #[test]
    fn photos_sent_once_the_balance_is_paid_are_a_delivery_not_a_threat() {
        let vi = "Chào anh Hùng, ảnh cưới đã chỉnh xong. Sau khi anh thanh toán nốt 3 triệu, \
                  studio sẽ gửi ảnh cho hai bên gia đình và đăng lên trang Facebook của studio. \
                  Anh nhắn Zalo 0905 111 222 khi chuyển khoản.";
        for text in [vi.to_string(), crate::extract::text::fold(vi)] {
            let (found, flagged) = read(&text);
            assert!(
                found.iter().all(|(c, _)| c == "delivery") && !found.is_empty(),
                "{text}: {found:?}"
            );
            assert!(!flagged, "{text}");
        }
        let en = "Dear Ms. Reed, once the balance of $450 is paid, we will send the photos to \
                  you and prints to your parents. Message us on WhatsApp +44 7700 900654.";
        assert_eq!(categories(en), ["delivery"]);
        // the condition may follow the exposure in its sentence
        assert_eq!(
            categories("We will send the photos to your family once the balance of $600 is paid."),
            ["delivery"]
        );
    }

    #[test]
    fn a_threat_in_the_next_sentence_or_negated_in_the_same_stays_a_threat() {
        assert_eq!(
            categories(
                "Once I am paid, I delete everything. If not, the photos go to your wife and \
                 your colleagues."
            ),
            ["exposure"]
        );
        assert_eq!(
            categories("Sau khi nhận đủ tiền tôi sẽ xóa, nếu không ảnh sẽ gửi cho vợ anh."),
            ["exposure"]
        );
        assert_eq!(
            categories("After payment your wife will not receive the photos of you."),
            ["exposure"]
        );
        // an extortion letter's own "after you pay" sentence has no exposure to turn
        let (found, flagged) = read(
            "Tôi có ảnh nóng của anh. Chuyển 3.000 USDT vào ví TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t. \
             Sau khi chuyển, gửi mã giao dịch về baomat@proton.me. Nếu không, ảnh sẽ được gửi \
             cho vợ và cơ quan anh.",
        );
        assert!(
            !found.is_empty() && found.iter().all(|(c, _)| c == "exposure"),
            "{found:?}"
        );
        assert!(flagged);
    }

    #[test]
    fn sentences_end_at_full_stops_but_not_after_titles_or_initials() {
        let p = PageText::from_plain_text(
            "Dear Ms. Bennett, once paid. We send J. Smith the files! Ok",
        );
        assert_eq!(
            sentences(&p.words),
            vec![0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2]
        );
    }
}
