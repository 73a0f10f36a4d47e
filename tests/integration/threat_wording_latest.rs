//! The threat lexicon's wording, latest rounds: the letters of blind49 and later sets missed on
//! first sight, run through `mailscreen extract` with the built-in rules, so a later change that
//! loses one fails under the name of what broke (`threat_wording_recent` holds blind33 to
//! blind48, `threat_wording` the earlier sets).

use crate::extract_text::{assert_flagged_by, extract_stdin, has_reason};

#[test]
fn regression_threats_of_blind49_kept_secrets_keepsakes_and_a_photo_sent_to_an_ex() {
    // blind49's misses, none naming a wallet: keepsakes sent to the wife "this week" (0.30,
    // undiacritised); a secret kept for a year whose price went up, "contact Signal … before the
    // end of the month", in two languages (0.50, 0.25); a photo sent to an ex, now the writer's
    // (0.40: the material, a photo sent to an ex, was no wording the rules knew)
    for (letter, rule) in [
        (
            "Anh Dang Quoc Bao,\nEm la nguoi anh gap o quan bar thang truoc. Em co giu vai ky \
             niem cua anh.\nAnh viet cho em qua resolve.now35@yandex.com trong tuan nay nhe, \
             khong thi em gui ky niem cho chi nha.",
            "vi.exposure.send_media_to",
        ),
        (
            "Anh Minh,\nTôi đã giữ bí mật cho anh suốt một năm. Năm nay giá đã tăng.\nLiên hệ \
             Signal +84 912 553 708 trước cuối tháng.",
            "vi.exposure.spread",
        ),
        (
            "Mr. Reed,\nI have kept your secret for a year. This year the price went up.\nContact \
             Signal +44 7700 900733 before the end of the month.",
            "en.exposure.spread",
        ),
        (
            // the letter as it was: the model's reading of it is near the line of ordinary mail
            // (p 0.35 on the scan), and addressed to another name it falls under it
            "Mr. Daniel Price,\nThe photo you sent your ex is still on his phone. Now it is on \
             mine too.\nWrite to hopdong.bimat4@proton.me before Saturday.",
            "en.compromising.images",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
}

#[test]
fn regression_keepsakes_sent_with_a_medal_and_a_kept_secret_promised_are_not_threats() {
    // the wordings above stay narrow: a commemorative medal is sent ("gửi kỷ niệm chương cho"),
    // a hotline promises to keep the caller's secret
    for letter in [
        "Kính gửi đồng chí Minh,\nBan liên lạc gửi kỷ niệm chương cho các đồng chí cán bộ hưu \
         trí trong tuần này.",
        "Kính gửi anh Minh,\nChúng tôi giữ bí mật cho anh. Gọi đường dây nóng 1900 6868.",
        "Dear Mr. Reed,\nWe keep your secret safe. Call our hotline before the end of the month.",
    ] {
        let v = extract_stdin(letter);
        assert!(
            !has_reason(&v, ".exposure."),
            "no exposure threat expected in {letter:?}, got:\n{v}"
        );
    }
}

#[test]
fn material_held_with_an_address_to_write_to_by_a_deadline_is_a_demand() {
    // combo.material_write_deadline: the photo letter above flags by it (0.55 without); the same
    // letter with no deadline stays under the flag
    let letter = "Mr. Daniel Price,\nThe photo you sent your ex is still on his phone. Now it is \
                  on mine too.\nWrite to hopdong.bimat4@proton.me before Saturday.";
    assert_flagged_by(letter, "combo.material_write_deadline");
    let v = extract_stdin(&letter.replace(" before Saturday", ""));
    assert_eq!(v["flagged"], false, "{v}");
    assert!(!has_reason(&v, " combo.material_write_deadline: "), "{v}");
}
