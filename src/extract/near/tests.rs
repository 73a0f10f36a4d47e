//! Unit tests of the proximity matcher on plain text: term kinds, order, windows, and the
//! retry of a window its rule's cancelling words refuse. Kept beside `near.rs` so that file
//! stays the matcher.

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

/// A plain text's folded and lower-cased token texts, as `NearMatcher::find` takes them.
fn texts(text: &str) -> (TokenText, TokenText) {
    let p = PageText::from_plain_text(text);
    (
        TokenText::build(&p.words, fold),
        TokenText::build(&p.words, lower),
    )
}

fn find(m: &NearMatcher, text: &str) -> Vec<NearMatch> {
    let (folded, lowered) = texts(text);
    m.find(&folded, &lowered, false, &|_| true)
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
    let (f, l) = texts("anh se den tay vo anh");
    assert!(m.find(&f, &l, false, &|_| true).is_empty());
    assert_eq!(m.find(&f, &l, true, &|_| true).len(), 1);
}

#[test]
fn doubly_marked_terms_never_fold() {
    let m = NearMatcher::new(&[rule(6, &[&["==ảnh"], &["=vợ"]])]);
    for (text, undiacritised, n) in [
        ("anh se den tay vo anh", true, 0),
        ("ảnh sẽ đến tay vợ anh", false, 1),
    ] {
        let (f, l) = texts(text);
        assert_eq!(m.find(&f, &l, undiacritised, &|_| true).len(), n, "{text}");
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

#[test]
fn a_refused_window_is_retried_with_a_longer_term_of_its_group() {
    let m = NearMatcher::new(&[NearRule {
        ordered: true,
        ..rule(
            8,
            &[&["keep quiet"], &["i will not", "i will not be silent"]],
        )
    }]);
    let (folded, lowered) = texts("You can keep quiet. I will not be silent.");
    // refuses a window whose next token is "be", as a rule cancelled by "be" after it would
    let be_next = |m: &NearMatch| folded.spans.get(m.end).map(|&(s, e, _)| &folded.text[s..e]);
    let keep = |m: &NearMatch| be_next(m) != Some("be");
    let found = m.find(&folded, &lowered, false, &keep);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].terms, ["keep quiet", "i will not be silent"]);
    // with nothing longer to try, the refused window is no match
    let m = NearMatcher::new(&[NearRule {
        ordered: true,
        ..rule(8, &[&["keep quiet"], &["i will not"]])
    }]);
    assert!(m.find(&folded, &lowered, false, &keep).is_empty());
}

#[test]
fn a_refused_window_still_ends_the_search_for_overlapping_ones() {
    // as before retries existed: a first word inside a refused window starts no window of
    // the same rule ("wife send" would), the next one after it does ("send employer")
    let m = NearMatcher::new(&[rule(6, &[&["send"], &["wife", "employer"]])]);
    let (folded, lowered) = texts("send wife send employer");
    let found = m.find(&folded, &lowered, false, &|m| m.start != 0);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].start, found[0].end), (2, 4));
    assert_eq!(found[0].terms, ["send", "employer"]);
}
