//! The threat lexicon's wording, blind62 and later: the letters those sets missed on first
//! sight, run through `mailscreen extract` with the built-in rules, so a later change that loses
//! one fails under the name of what broke (`threat_wording_latest` holds blind49 to blind61).

use crate::extract_text::{assert_flagged_by, extract_stdin, has_reason};

#[test]
fn regression_threats_of_blind62_clearer_photos_kept_and_not_sitting_alone() {
    // blind62's misses, none naming a wallet: a photo in the envelope and "the others show your
    // face much more clearly", in English (0.45, its "Write to" read "Wtite to" by OCR) and in
    // undiacritised Vietnamese (0.30); a ride-hail dashcam and "on the back seat you were not
    // sitting alone", undiacritised (0.50)
    for (letter, rule) in [
        (
            "Mrs. Helen Carter,\nLook at the photo in this envelope. The others show your face \
             much more clearly.\nWtite to resolve.now63@outlook.com within three days.",
            "en.contact.address_by_deadline",
        ),
        (
            "Mrs. Helen Carter,\nLook at the photo in this envelope. The others show your face \
             much more clearly.\nWrite to resolve.now63@outlook.com within three days.",
            "en.compromising.clearer_ones_kept",
        ),
        (
            "Ong Hoang Van Nam,\nOng xem tam anh trong phong bi nay. Nhung tam con lai ro mat \
             hon nhieu.\nGui thu ve baomat.rieng75@yandex.com trong 3 ngay.",
            "vi.compromising.clearer_ones_kept",
        ),
        (
            "Anh Dang Quoc Bao,\nXe cong nghe cho anh dem 20 co camera hanh trinh. O ghe sau \
             anh khong ngoi mot minh.\nLien he WhatsApp +84 903 118 264 trong 3 ngay.",
            "vi.compromising.not_alone",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // a studio's proofs that show faces more clearly, and an ID photo's rule, are no threat
    for letter in [
        "Dear Ms Carter,\nThe proofs in this envelope are small prints. The full-size photos \
         show faces much more clearly; tell us which ones you want within seven days.\nPhoto \
         studio.",
        "Kính gửi ông Nam,\nẢnh thẻ nộp kèm hồ sơ phải rõ mặt, nền trắng. Ông vui lòng nộp lại \
         trong 7 ngày.",
    ] {
        let v = extract_stdin(letter);
        assert!(!has_reason(&v, "clearer_ones_kept: "), "{v}");
        assert_eq!(v["flagged"], false, "{v}");
    }
}
