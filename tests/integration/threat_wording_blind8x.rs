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

#[test]
fn regression_threat_of_blind82_an_article_at_a_bad_time() {
    // one of blind82's two misses, naming no wallet and held by the gate at 0.45 (the model's
    // reading p 0.87): "before next month's election, an article like this would come at a bad
    // time" (undiacritised, e-mail); its English twin flagged on the model's reading and photo
    for (letter, rule) in [
        (
            "Ong Do Manh Cuong,\nTruoc cuoc bau cu thang sau, mot bai bao nhu the nay se den \
             khong dung luc.\nGui thu ve thuongluong8866@proton.me trong 5 ngay.",
            "vi.exposure.article_at_a_bad_time",
        ),
        (
            "Ông Đỗ Mạnh Cường,\nTrước cuộc bầu cử tháng sau, một bài báo như thế này sẽ đến \
             không đúng lúc.\nGửi thư về thuongluong8866@proton.me trong 5 ngày.",
            "vi.exposure.article_at_a_bad_time",
        ),
        (
            "Mr. Peter Walsh,\nBefore next month's election, an article like this would come \
             at a bad time.\nWrite to resolve.now6@outlook.com within five days.",
            "en.exposure.article_at_a_bad_time",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // no article "like this": an editor's regret about the paper's own timing
    assert_held(
        "Kính gửi ông Cường,\nBài báo của chúng tôi ra không đúng lúc, ngay trước cuộc bầu cử. \
         Xin ông phản hồi qua banbientap@baotinh.vn trong 5 ngày.",
        &["article_at_a_bad_time: "],
    );
    assert_held(
        "Dear Mr Walsh,\nOur story ran at a bad time, just before the election. Please reply \
         to editor@localpaper.com within five days.",
        &["article_at_a_bad_time: "],
    );
}

#[test]
fn regression_not_silent_myself_missed_i_will_not_be_silent() {
    // "be" cancels the rule after "I will not" ("I will not be asking again"), and a cancelled
    // window was not retried with the longer term "I will not be silent": the matcher now
    // tries the other terms from the same first word before giving the place up
    assert_flagged_by(
        "Mr. Daniel Price,\nYou can keep quiet. I will not be silent.\nWrite to \
         thuongluong8868@proton.me within three days.",
        "en.exposure.not_silent_myself",
    );
    assert_held(
        "Dear Mr Price,\nYou can keep quiet about the party. I will not be asking again. \
         Write to events@firm.com within three days.",
        &["not_silent_myself: "],
    );
}
