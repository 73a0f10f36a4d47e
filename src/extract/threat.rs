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
//! dịch" is a receipt, not a picture). Phrases OCR misread by a character or two are found by a
//! second, anchored pass (`fuzzy`) and say how many edits they took. Exposure wording that is
//! what paying brings becomes a delivery (`polarity`).

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Serialize;

use super::fuzzy::FuzzyIndex;
use super::near::NearMatcher;
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
            near_cancel: near
                .iter()
                .map(|r| r.unless_after.iter().map(|u| pattern(u, fold)).collect())
                .collect(),
            near_cancel_next: near
                .iter()
                .map(|r| r.unless_before.iter().map(|u| pattern(u, fold)).collect())
                .collect(),
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
        for m in self.near.find(&folded, &lowered, plain) {
            if cancelled(&folded, folded.spans[m.start].0, &self.near_cancel[m.rule])
                || cancelled_next(&folded, m.end, &self.near_cancel_next[m.rule])
            {
                continue;
            }
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
mod tests {
    use super::*;
    use crate::page::PageText;
    use crate::pipeline::Pipeline;

    fn cats(text: &str) -> Vec<String> {
        let p = Pipeline::builtin().unwrap();
        let m = ThreatMatcher::new(&p.phrases, &p.near, &p.delivery);
        let mut c: Vec<String> = m
            .find(0, &PageText::from_plain_text(text).words)
            .into_iter()
            .map(|f| f.category)
            .collect();
        c.sort();
        c.dedup();
        c
    }

    /// One sentence per category, as a letter would put it; each must be found with its
    /// diacritics and with them stripped (fold() strips them and lower-cases).
    const PER_CATEGORY: &[(&str, &str)] = &[
        ("payment", "Anh phải chuyển tiền vào ví này."),
        ("crypto", "Thanh toán bằng USDT mạng TRC20."),
        ("contact", "Liên hệ với tôi qua email."),
        ("deadline", "Anh có 3 ngày kể từ khi nhận thư."),
        ("exposure", "Những tấm ảnh này sẽ đến tay vợ con anh."),
        ("exposure", "Tôi sẽ phát tán toàn bộ lên mạng."),
        // the medium inside the verb, an audience by title
        ("exposure", "Tôi gửi clip cho chồng chị."),
        ("exposure", "Hình ảnh của anh sẽ được gửi tới Ban Giám đốc."),
        // blind17's misses: a school, closed groups, changing clothes, "contact e-mail"
        ("exposure", "Những tấm ảnh đó sẽ đến trường của con chị."),
        (
            "exposure",
            "Không nhắn trong 3 ngày, video lên các nhóm kín.",
        ),
        (
            "compromising",
            "Video chị thay đồ ở phòng thử đã được quay.",
        ),
        ("contact", "Chị liên hệ email này trong 48 giờ."),
        // blind19's and blind20's: a page, a group
        ("exposure", "Nếu không, tấm ảnh đó lên trang cơ quan chị."),
        (
            "exposure",
            "Nếu không, tấm ảnh đó lên nhóm Zalo của cơ quan.",
        ),
        (
            "compromising",
            "Tôi có clip nóng, hình ảnh nhạy cảm của anh.",
        ),
        // blind21's: any count of days, "write to", forums, private photos (said plainly: a
        // letter about the harm names them too)
        ("deadline", "Chị trả lời trong 2 ngày."),
        ("contact", "Chị viết cho địa chỉ này."),
        ("exposure", "Nếu không, ảnh lên các diễn đàn với tên chị."),
        ("pictures", "Tôi có toàn bộ ảnh riêng tư của chị."),
        ("deadline", "Reply within two days."),
        // blind22's: pictures taken, nude pictures
        ("pictures", "Tôi chụp được nhiều thứ."),
        ("compromising", "Ảnh nude chị gửi qua Messenger đã bị lộ."),
        // blind23's: the secret left unsaid, a contact list, a recording heard
        ("surveillance", "Anh biết tôi đang nói về chuyện gì."),
        ("surveillance", "You know what you did."),
        (
            "exposure",
            "No reply, and your husband hears the recordings.",
        ),
        ("secrecy", "Đừng báo công an, tôi biết hết."),
        ("surveillance", "Chúng tôi đã theo dõi anh nhiều tháng."),
        ("repeat", "Đây là lần thứ hai tôi gửi thư."),
        ("demand", "Nếu anh không làm theo, anh tự chịu."),
        ("payment", "You must pay 2,000 USDT to this wallet."),
        (
            "exposure",
            "Ignore this and your wife gets the full set of pictures.",
        ),
        ("compromising", "I have intimate photos of you."),
        ("secrecy", "Do not go to the police."),
        ("surveillance", "We have been watching you."),
        ("deadline", "You have 48 hours."),
    ];

    #[test]
    fn every_category_with_and_without_diacritics() {
        for (cat, sentence) in PER_CATEGORY {
            for text in [sentence.to_string(), fold(sentence)] {
                assert!(
                    cats(&text).contains(&cat.to_string()),
                    "{cat} not found in {text:?}: {:?}",
                    cats(&text)
                );
            }
        }
    }

    #[test]
    fn an_ocr_error_inside_a_long_phrase_still_matches_and_says_so() {
        let p = Pipeline::builtin().unwrap();
        let m = ThreatMatcher::new(&p.phrases, &p.near, &p.delivery);
        let f = m.find(
            0,
            &PageText::from_plain_text("tôi sẽ gửi cho đồng nqhiệp của anh").words,
        );
        let hit = f.iter().find(|f| f.rule == "vi.exposure.spread").unwrap();
        assert_eq!((hit.edits, hit.phrase.as_str()), (1, "gửi cho đồng nghiệp"));
    }

    #[test]
    fn known_limit_undiacritised_anh_is_not_read_as_a_photo() {
        // "ảnh" (photo) without its marks is "anh" (you): a proximity rule cannot use it, so
        // "anh se den tay vo anh" (ảnh sẽ đến tay vợ anh) is not an exposure threat here.
        assert!(cats("Ảnh sẽ đến tay vợ anh và cả cơ quan.").contains(&"exposure".to_string()));
        assert!(!cats("anh se den tay vo anh va ca co quan").contains(&"exposure".to_string()));
    }

    #[test]
    fn vietnamese_with_and_without_diacritics() {
        let with =
            cats("Nếu anh không chuyển tiền, tôi sẽ phát tán hình ảnh nhạy cảm cho đồng nghiệp.");
        let without =
            cats("Neu anh khong chuyen tien, toi se phat tan hinh anh nhay cam cho dong nghiep.");
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
        assert!(!cats("MAT KHAN").contains(&"envelope".to_string()));
        assert!(
            !cats("ví có bảo mật hai lớp").contains(&"envelope".to_string()),
            "regression: 'bảo mật' read as a MẬT stamp"
        );
    }

    #[test]
    fn regression_conditional_threat_is_not_advice() {
        assert!(
            !cats("Nếu ông không chuyển tiền trong vòng 3 ngày").contains(&"warning".to_string())
        );
        assert!(
            !cats("If you do not pay, I will send the pictures").contains(&"warning".to_string())
        );
        assert!(cats("Tuyệt đối không chuyển tiền cho đối tượng").contains(&"warning".to_string()));
    }

    #[test]
    fn english_threat() {
        let c = cats("Pay 2000 USDT within 48 hours or we will send the photos to your colleagues. Do not contact the police.");
        for k in ["crypto", "deadline", "demand", "exposure", "secrecy"] {
            assert!(c.contains(&k.to_string()), "{k} missing from {c:?}");
        }
    }

    #[test]
    fn regression_knowing_the_family_address_is_surveillance() {
        // blind9: "your wife's address is on my list" was the only threat of a letter that
        // named no wallet (Telegram only), and was missed
        let c = cats("The photos are real and your wife's address is on my list.");
        assert!(c.contains(&"surveillance".to_string()), "{c:?}");
        assert!(c.contains(&"audience".to_string()), "{c:?}");
        let c =
            cats("Our records show your address as 12 Elm Street. Please tell us if it changed.");
        assert!(!c.contains(&"surveillance".to_string()), "{c:?}");
    }

    #[test]
    fn regression_exposure_wordings_of_blind14_to_blind16() {
        // "tôi gửi ảnh chụp màn hình cho vợ anh": the sending verb stands apart from "cho",
        // undiacritised too; "the photos of you and your driver go to your ministry": the
        // ministry was an audience word but not one the pictures could go to
        for text in [
            "Không kết bạn, tôi gửi ảnh chụp màn hình cho vợ anh.",
            "Anh nghi tai khoan hen ho cua anh la bi mat. No khong con la bi mat voi toi. Ket ban \
             Zalo de thuong luong. Khong ket ban, toi gui anh chup man hinh cho vo anh.",
            "If you do not, the photos of you and your driver go to your ministry.",
        ] {
            assert!(
                cats(text).contains(&"exposure".to_string()),
                "{text}: {:?}",
                cats(text)
            );
        }
        // blind15: "bản ghi sẽ gửi tới danh bạ của ông" (the recording, the address book)
        let c = cats("Không nhắn trong 2 ngày, bản ghi sẽ gửi tới danh bạ của ông.");
        assert!(c.contains(&"exposure".to_string()), "{c:?}");
        // blind16: "gửi ảnh gốc qua Zalo" is a studio's delivery channel, not an audience;
        // the group of a ward on Zalo still is one
        let c = cats("Sau khi chị thanh toán, studio sẽ gửi album về nhà và gửi ảnh gốc qua Zalo.");
        assert!(!c.contains(&"exposure".to_string()), "{c:?}");
        let c = cats("Không trả thì ảnh của ông sẽ được đăng lên mọi nhóm Zalo của phường.");
        assert!(c.contains(&"exposure".to_string()), "{c:?}");
        // "gửi anh" is "send you" when written with diacritics
        let c = cats("Tôi gửi anh bản in, vợ anh chưa biết gì.");
        assert!(!c.contains(&"exposure".to_string()), "{c:?}");
    }

    #[test]
    fn regression_pictures_reaching_the_director_without_a_verb_of_sending() {
        // blind21: "Không viết, ảnh đến Giám đốc Sở" named no sending verb (0.25); bringing a
        // photo somewhere is no threat
        let c = cats("Không viết, ảnh đến Giám đốc Sở và nhóm Zalo của phòng.");
        assert!(c.contains(&"exposure".to_string()), "{c:?}");
        let c = cats("Anh mang hai ảnh 3x4 đến cơ quan để làm thẻ.");
        assert!(!c.contains(&"exposure".to_string()), "{c:?}");
    }
}
