//! The threat lexicon's wording, blind81 and later: the letters those sets missed on first
//! sight, run through `mailscreen extract` with the built-in rules, so a later change that loses
//! one fails under the name of what broke (`threat_wording_blind7x` holds blind71 to blind79).

use crate::extract_text::{assert_flagged_by, assert_held};

#[test]
fn regression_threat_of_blind81_waited_for_a_confession() {
    // two of blind81's four misses, each naming no wallet and held by the gate at 0.45: the
    // writer "has waited long enough to know you will not say it yourself" (Vietnamese and
    // English, e-mail)
    for (letter, rule) in [
        (
            "Anh Nguyễn Văn Hải,\nTôi đã đợi đủ lâu để biết anh sẽ không tự nói ra.\nGửi thư về \
             lienhe.anh4@yandex.com trong 3 ngày.",
            "vi.exposure.waited_for_a_confession",
        ),
        (
            "Mr. Daniel Price,\nI have waited long enough to know you will not say it \
             yourself.\nWrite to thuongluong8868@proton.me within three days.",
            "en.exposure.waited_for_a_confession",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // no waiting named: a manager asking for an account of a mistake
    assert_held(
        "Kính gửi anh Nam,\nNếu anh không tự nói ra, phòng sẽ hỏi lại từng người. Gửi thư về \
         hr@congty.vn trong 3 ngày.",
        &["waited_for_a_confession: "],
    );
    assert_held(
        "Dear Mr Walsh,\nIf you do not say it yourself, HR will ask each of the team. Write to \
         hr@firm.com within three days.",
        &["waited_for_a_confession: "],
    );
}
