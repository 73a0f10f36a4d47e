//! Unit tests of the threat matcher on plain text, apart from OCR: each category with and
//! without diacritics, proximity rules, cancelling words, OCR near-misses and polarity, as the
//! built-in lexicon finds them. Kept beside `threat.rs` so that file stays the matcher.

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
    // blind70's: a threat asserted without its content
    ("menace", "Chị chỉ cần biết tôi không đùa."),
    ("menace", "You only need to know that I am not joking."),
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
    assert!(!cats("Nếu ông không chuyển tiền trong vòng 3 ngày").contains(&"warning".to_string()));
    assert!(!cats("If you do not pay, I will send the pictures").contains(&"warning".to_string()));
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
    let c = cats("Our records show your address as 12 Elm Street. Please tell us if it changed.");
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

#[test]
fn a_word_right_after_a_term_can_cancel_it() {
    // `unless_before`: what a picture is of, whom "ơi" calls
    assert!(!cats("Ảnh chụp giao dịch mình gửi rồi.").contains(&"pictures".to_string()));
    assert!(!cats("Anh chup man hinh giao dich gui roi.").contains(&"pictures".to_string()));
    assert!(cats("Ảnh chụp hôm đó vẫn còn.").contains(&"pictures".to_string()));
    assert!(!cats("Screenshot of the transfer is attached.").contains(&"pictures".to_string()));
    assert!(cats("Screenshots of your chats are attached.").contains(&"pictures".to_string()));
    assert!(!cats("Bố mẹ ơi, con khỏe.").contains(&"audience".to_string()));
    assert!(cats("Tôi sẽ nói với bố mẹ anh.").contains(&"audience".to_string()));
}

#[test]
fn a_negation_inside_a_match_can_cancel_it() {
    // `unless_within`: a pity if someone learned is a threat; a pity if they did not know, an
    // offer's
    let exposure = |t: &str| cats(t).contains(&"exposure".to_string());
    assert!(exposure(
        "Sẽ thật tiếc nếu hội đồng biết anh là người thế nào."
    ));
    assert!(exposure(
        "Se that tiec neu hoi dong biet anh la nguoi the nao."
    ));
    assert!(!exposure(
        "Sẽ thật tiếc nếu gia đình anh không biết chương trình này."
    ));
    assert!(exposure(
        "It would be a pity if the board learned what you did."
    ));
    assert!(!exposure(
        "It would be a pity if your family did not know about our offer."
    ));
}
