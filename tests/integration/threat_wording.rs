//! The threat lexicon's wording, letter by letter: each test is a letter from a blind set that
//! was missed on first sight (or a wording a fix must leave alone), run through `mailscreen
//! extract` with the built-in rules, so a later change that loses it fails under the name of
//! what broke. The benign letters first runs flagged are in `false_alarms`.

use crate::extract_text::{assert_flagged_by, extract_stdin, has_reason};

#[test]
fn regression_write_on_telegram_or_the_photos_go_up_is_flagged_without_a_wallet() {
    // blind19: no wallet and no amount, the money left for the reply; "lên trang" was no
    // spreading verb and the demand was never read (0.55)
    let v = extract_stdin(
        "Chị Hoàng Thị Lan,\nTôi giữ ảnh chị với sếp trong chuyến công tác Hà Nội.\nChị liên lạc qua \
         Telegram @chuyen_congtac trong 3 ngày. Nếu không, ảnh lên trang cơ quan chị.",
    );
    assert_eq!(v["flagged"], true, "{v}");
    assert!(
        v["reasons"]
            .to_string()
            .contains("combo.contact_exposure_address"),
        "{v}"
    );
}

#[test]
fn regression_write_within_two_days_or_the_photo_reaches_the_director_is_flagged() {
    // blind21: no wallet; "viết cho", "trong 2 ngày" and "ảnh đến Giám đốc" were not found
    // (0.25)
    let v = extract_stdin(
        "Chị Nguyễn Thị Hoa,\nChị làm ở Sở mà đi khách sạn giờ hành chính. Ảnh tôi chụp có cả giờ.\n\
         Chị viết cho lienhe.anh6@proton.me trong 2 ngày để thương lượng. Không viết, ảnh đến \
         Giám đốc Sở và nhóm Zalo của phòng.",
    );
    assert_eq!(v["flagged"], true, "{v}");
}

#[test]
fn regression_letters_naming_only_an_e_mail_address_with_an_unlisted_threat_are_flagged() {
    // blind24 and blind25: no wallet, an e-mail address to write to and a threat in words the
    // rules did not know — an album as the medium, a weekday as the deadline, pictures "shared
    // with" friends (undiacritised), pictures reaching "every official", "reply by email", a
    // recording that "reaches your minister's office" (0.20 to 0.55)
    for (letter, rule) in [
        (
            "Kính gửi anh Ngô Thanh Tùng,\nAnh đã gặp cô ấy ở Vũng Tàu ba lần. Lần nào tôi cũng \
             có mặt, với máy ảnh.\nGửi email tới quiet.deal71@proton.me trước thứ Tư để biết cần \
             làm gì. Nếu không, vợ anh sẽ nhận được album.",
            "vi.deadline.weekday",
        ),
        (
            "Anh Pham Thi Lan,\nDien thoai anh mang di sua co nhieu thu thu vi.\nAnh viet thu ve \
             hopdong.bimat89@proton.me trong 2 ngay de thuong luong. Im lang thi anh trong may se \
             duoc chia se cho ban be anh.",
            "vi.exposure.media_to_audience",
        ),
        (
            "Ông Vũ Thị Hương,\nHãy nhìn kỹ tấm ảnh kèm theo. Khuôn mặt là của ông.\nÔng gửi email \
             cho resolve.now20@proton.me trong 24 giờ. Nếu không, ảnh này cùng mười tấm khác đến \
             toàn bộ cán bộ trong Sở.",
            "vi.exposure.media_to_audience",
        ),
        (
            "Mr. Peter Walsh,\nReply by email to silentpay61@yandex.com by Sunday.\nOtherwise the \
             recording from the hotel bar reaches your minister's office.",
            "en.deadline.weekday",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
}

#[test]
fn regression_blind26_threats_in_unlisted_words_are_flagged() {
    // a photo "handed" to the husband, pictures "uploaded with your name", a photo "published
    // with your name and title" (0.45 to 0.55)
    for (letter, rule) in [
        (
            "Chị Đặng Quốc Bảo,\nTôi đã theo chị từ cơ quan về nhà trọ của người kia.\nChị nhắn \
             Zalo 0933 275 140 trong 2 ngày. Không nhắn, tôi sẽ đưa ảnh cho chồng chị tận tay.",
            "vi.exposure.send_media_to",
        ),
        (
            "Dear Ms. Laura Bennett,\nI found your private photos on an old laptop I bought.\n\
             Message me on WhatsApp +84 912 330 481 within two days. Otherwise I upload them with \
             your name.",
            "en.exposure.media_to_audience",
        ),
        (
            "Chị Vũ Thị Hương,\nTôi đã chụp ảnh chị ở bãi tắm tiên tại Ninh Thuận.\n7.000 USDT vào \
             ví TFuC2Qge4GxA2U9abKxk1pw3YZvGM5XRir trong 7 ngày. Không trả, ảnh được đăng kèm tên và \
             chức vụ của chị.",
            "vi.exposure.media_to_audience",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
}

#[test]
fn regression_telling_the_wife_everything_with_pictures_is_flagged() {
    // blind27: one letter in two languages; telling someone was no spreading verb (0.40, 0.55)
    assert_flagged_by(
        "Kính gửi ông Lê Văn Nam,\nTôi từng là lái xe của ông. Tôi biết ông đưa ai về nhà riêng.\n\
         Ông gửi thư điện tử cho private.matter76@proton.me trong 3 ngày. Nếu không, tôi kể hết \
         với bà nhà, kèm ảnh.",
        "vi.exposure.media_to_audience",
    );
    assert_flagged_by(
        "Dear Mr. Tom Reed,\nI was your driver. I know who you take home.\nEmail \
         baomat.rieng59@yandex.com within three days. If you do not, I tell your wife \
         everything, with pictures.",
        "en.exposure.media_to_audience",
    );
}

#[test]
fn regression_a_camera_that_will_tell_the_family_everything_is_flagged() {
    // blind28, undiacritised: a camera was no medium (0.40)
    assert_flagged_by(
        "Ong Tran Van Minh,\nToi lam viec o khach san ong thuong den.\nViet email cho \
         hopdong.bimat67@yandex.com trong 3 ngay de noi chuyen. Neu khong, camera hanh lang se ke \
         moi thu cho gia dinh ong.",
        "vi.exposure.media_to_audience",
    );
}

#[test]
fn regression_pictures_counted_or_on_a_desk_are_spread() {
    // blind29: "cả ba mươi tấm" named the pictures by their count only, the reader's own page
    // was no audience (0.45); a desk was no place to spread to (0.45 in English)
    for (letter, rule) in [
        (
            "Anh Trần Minh Đức,\nTấm ảnh kèm theo chỉ là một trong ba mươi tấm.\nLiên hệ ngay qua \
             Signal số 0912 345 678 trong vòng 48 giờ. Quá hạn, cả ba mươi tấm được đăng lên trang \
             cá nhân của anh.",
            "vi.exposure.media_to_audience",
        ),
        (
            "Mr. Daniel Price,\nThis letter is for your eyes only.\nEmail hopdong.bimat99@proton.me \
             within four days with your phone number. If you stay silent, the photo set will be on \
             the mayor's desk.",
            "en.exposure.media_to_audience",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
}

#[test]
fn regression_who_will_have_the_pictures_after_a_condition_is_a_threat() {
    // blind30: "sẽ có ảnh" (will have the photos) was no way to spread, the class no audience
    // (0.45)
    assert_flagged_by(
        "Chị Trần Thị Lan,\nChị có thư từ một người chị không quen.\nViết thư vào hộp thư \
         giaiquyet24725@yandex.com trước Chủ nhật. Nếu không có thư, cả lớp học cao cấp lý luận \
         của chị sẽ có ảnh.",
        "vi.exposure.otherwise_have",
    );
    // and no condition, no threat: a yearbook's promise
    let v = extract_stdin("Cả lớp sẽ có ảnh kỷ yếu vào tháng Sáu. Quỹ lớp đóng trước ngày 10.");
    assert!(!has_reason(&v, "otherwise_have"), "{v}");
}

#[test]
fn regression_a_demand_for_no_money_with_a_threat_is_flagged() {
    // blind31: "withdraw your complaint, or the photos go out" asked for no money, wallet or
    // address, so gate.demand capped it (0.45 in each language)
    for (letter, rule) in [
        (
            "Ông Phạm Văn Long,\nTôi không cần tiền của ông.\nÔng rút đơn tố cáo ông Hải trước \
             ngày 20. Nếu không, ảnh ông ở nhà nghỉ sẽ được gửi cho Ủy ban Kiểm tra và gia đình ông.",
            "vi.decision.demanded",
        ),
        (
            "Dear Mr. Mark Hill,\nI do not want your money.\nWithdraw your complaint against Mr \
             Hale by the 20th. If not, the motel photos go to the ethics committee and your family.",
            "en.decision.demanded",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // a court's letter about withdrawing a suit threatens nothing
    let v = extract_stdin(
        "TÒA ÁN NHÂN DÂN\nKính gửi ông Lê Văn Nam,\nNếu ông rút đơn khởi kiện, đề nghị nộp văn \
         bản trước ngày 15.",
    );
    assert_eq!(v["flagged"], false, "{v}");
}

#[test]
fn regression_who_will_know_after_the_deadline_is_a_threat() {
    // blind31: no pictures named, only who will know or see (0.40, 0.45)
    assert_flagged_by(
        "Chị Võ Thị Mai,\nChị nhớ tối thứ Bảy ở quán bar chứ? Tôi nhớ, và điện thoại tôi cũng \
         nhớ.\nNhắn Zalo 0933 445 566 trong 2 ngày. Sau đó, chồng chị sẽ được xem lại tối hôm ấy.",
        "vi.exposure.otherwise_have",
    );
    let v = extract_stdin(
        "Mr. Alan Ross,\nThe mailbox quiet.deal90@outlook.com will wait three days for you.\nAfter \
         that, the whole street will know what kind of man you are.",
    );
    assert!(has_reason(&v, " en.exposure.otherwise_have: "), "{v}");
}

#[test]
fn regression_lexicon_terms_with_an_apostrophe_match() {
    // "i ll tell" and "don t" were written apart, but OCR text drops an apostrophe inside a
    // word ("I'll" is "ill"), so they never matched; written as text is, they do
    let v = extract_stdin("Write to me. Otherwise I'll tell your husband everything, with photos.");
    assert!(has_reason(&v, "en.exposure.media_to_audience: "), "{v}");
    let v = extract_stdin("Nobody must know; don't involve the police.");
    assert!(has_reason(&v, "en.secrecy.police_near: "), "{v}");
}

#[test]
fn a_weekday_is_a_deadline_only_after_a_word_of_one() {
    // "thứ hai" is also "second": "lần thứ hai" (the second time) is no deadline
    for (letter, deadline) in [
        ("Anh nộp hồ sơ trước thứ Sáu.", true),
        ("Chi nop ho so truoc chu nhat.", true),
        ("Please return the form by Friday.", true),
        ("Đây là lần thứ hai tôi viết thư cho anh.", false),
        ("We met on Friday at the gallery.", false),
    ] {
        let v = extract_stdin(letter);
        assert_eq!(
            has_reason(&v, ".deadline.weekday: "),
            deadline,
            "{letter}\n{v}"
        );
    }
}

#[test]
fn regression_everything_published_when_the_reader_stays_silent_is_a_threat() {
    // blind32: "silence means you agree to us publishing everything we have" and "… chúng tôi
    // công bố toàn bộ hình ảnh", with only an address to write to (0.40, 0.50)
    for (letter, rule) in [
        (
            "Ông Trần Văn Hòa,\nLiên hệ qua email hopdong.bimat7@proton.me để nhận hướng dẫn.\n\
             Không liên hệ trong 48 giờ nghĩa là ông đồng ý để chúng tôi công bố toàn bộ hình ảnh.",
            "vi.exposure.spread",
        ),
        (
            "Mr. Alan Ross,\nWrite to lienhe.anh35@proton.me within two days for instructions.\n\
             Silence means you agree to us publishing everything we have.",
            "en.exposure.spread",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
}

#[test]
fn identity_a_name_and_feelings_are_no_province_or_district() {
    // "tỉnh" and "huyện" as audiences need their diacritics: folded, they are also "danh tính"
    // (identity), the name Huyền and "tình" (feelings); each of these was read as spreading
    for letter in [
        "Tôi sẽ gửi ảnh căn cước để xác minh danh tính.",
        "Em sẽ gửi ảnh cưới cho chị Huyền xem.",
        "Hình ảnh sẽ được chia sẻ trong buổi họp lớp, rất nhiều tình cảm.",
    ] {
        let v = extract_stdin(letter);
        assert!(!has_reason(&v, ".exposure."), "{letter}\n{v}");
    }
    assert_flagged_by(
        "Ông chuyển 3.000 USDT vào ví TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL trong 3 ngày. Nếu không, \
         hình ảnh sẽ được gửi cho cả tỉnh.",
        "vi.exposure.media_to_audience",
    );
}

#[test]
fn regression_a_messenger_code_by_a_deadline_read_as_extortion_is_flagged_with_no_threat_stated() {
    // blind44: "on Telegram find @…, type code 7781, deadline Tuesday; after Tuesday this code
    // opens to everyone" (0.35 as scanned, 0.45 as text): no wallet and no phrase for its
    // threat. An instruction to write to a messenger name by a deadline, in a letter the model
    // reads as extortion, is what no benign letter of the 49 sets carries
    assert_flagged_by(
        "Anh Minh,\nVào Telegram, tìm @phongbimat_2024, gõ mã 7781. Hạn chót thứ Ba.\nSau thứ Ba, \
         mã này sẽ mở cho tất cả mọi người.",
        "combo.language_write_deadline",
    );
}
