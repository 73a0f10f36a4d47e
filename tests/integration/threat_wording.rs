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
fn regression_threats_of_blind33_without_a_wallet_or_a_sending_verb() {
    // blind33's misses: a video "will be on" a YouTube channel (0.50); a secret the wife
    // "still doesn't know", in two languages (0.45, 0.55); "an envelope exactly like this
    // one" (0.45)
    for (letter, rule) in [
        (
            "Ông Đặng Quốc Bảo,\nTôi có video ông nhận tiền của doanh nghiệp trong xe.\nHãy liên \
             hệ qua Zalo 0912 334 556 trước chủ nhật để thương lượng, nếu không video sẽ có trên \
             kênh YouTube chống tham nhũng.",
            "vi.exposure.media_to_audience",
        ),
        (
            "Anh Nguyễn Văn Hùng,\nMình là người quen cũ của vợ anh. Chị ấy vẫn chưa biết chuyện \
             anh và cô thư ký.\nMuốn giữ nguyên như vậy, anh nhắn Telegram @nguoiquencu trong 2 \
             ngày.",
            "vi.surveillance.watching",
        ),
        (
            "Mr. Peter Walsh,\nI am an old friend of your wife's. She still doesn't know about you \
             and your assistant.\nTo keep it that way, message me on Telegram @oldfriend_77 \
             within two days.",
            "en.surveillance.watching",
        ),
        (
            "Mrs. Helen Carter,\nEmail: hotro.kin74@proton.me. Deadline: Friday. Subject line: I \
             agree.\nNo email, and your wife receives an envelope exactly like this one.",
            "en.exposure.media_to_audience",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
}

#[test]
fn regression_what_the_cameras_caught_names_pictures() {
    // blind33: "the cameras caught all of it … 2,500 USDT to T…" named no pictures, so the
    // model's reading (p 0.974) could not stand for the threat: capped at 0.45
    let v = extract_stdin(
        "Mrs. Helen Carter,\nThat night at the karaoke bar, the cameras caught all of it.\nIf you \
         want it deleted, 2,500 USDT to TDxka3zetrpWsWoeWWjSAQDwM186UmzwQn. If you want to be \
         famous, stay silent.",
    );
    assert!(has_reason(&v, " en.pictures.named: "), "{v}");
    assert_eq!(v["flagged"], true, "{v}");
}

#[test]
fn regression_threats_of_blind34_in_vietnamese() {
    // blind34's Vietnamese misses, whose English twins flagged: "the photos still go out as
    // promised" (a photo named only as "ảnh"), "I know where you were and with whom", a child's
    // school hours with "do nothing foolish", "room 305 will be famous online" (0.45 to 0.55)
    for (letter, rule) in [
        (
            "Anh Trần Minh,\nLần trước anh chuyển thiếu. Còn thiếu 3.000 USDT.\nChuyển nốt vào ví \
             TDxka3zetrpWsWoeWWjSAQDwM186UmzwQn trong 48 giờ, không thì coi như chưa chuyển đồng \
             nào, ảnh vẫn gửi đi như đã nói.",
            "vi.pictures.named",
        ),
        (
            "Anh Trần Minh,\nHôm 14/2 anh không ở nhà như anh nói với vợ.\nTôi biết anh ở đâu và \
             với ai. Nhắn Zalo 0968 221 337 trước thứ Tư.",
            "vi.surveillance.watching",
        ),
        (
            "Chị Lan,\nCon chị học lớp 5A trường Kim Đồng, tan học lúc 4 giờ 30.\nChuyển 3.000 USDT \
             vào ví TDxka3zetrpWsWoeWWjSAQDwM186UmzwQn trong 3 ngày và đừng làm gì dại dột.",
            "vi.secrecy.police",
        ),
        (
            "Anh Minh,\nDan kem la anh anh trong phong khach san 305.\nLien he Telegram @phong305 \
             trong 3 ngay. Khong lien he, phong 305 se noi tieng tren mang.",
            "vi.exposure.spread",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // "ảnh hưởng" is influence, not a photo
    let v = extract_stdin("Ảnh hưởng của cơn bão rất lớn.");
    assert!(!has_reason(&v, ".pictures."), "{v}");
}

#[test]
fn regression_threats_of_blind35_naming_no_recipient_or_watching_the_office() {
    // blind35: "who is about to receive them" named the spreading with no audience (0.55, 0.45
    // undiacritised); "everything you do in your office … is on camera" (0.55)
    for (letter, rule) in [
        (
            "Mrs. Helen Carter,\nHere is one photo, to introduce myself.\nTo know how many more \
             there are, and who is about to receive them, write to lienhe.anh32@outlook.com \
             within three days.",
            "en.exposure.spread",
        ),
        (
            "Anh Do Manh Cuong,\nGui anh tam anh nay de lam quen.\nMuon biet con bao nhieu tam \
             nua, va ai sap nhan duoc, hay viet thu cho baomat.rieng12@yandex.com trong 3 ngay.",
            "vi.exposure.spread",
        ),
        (
            "Anh Trần Minh,\nMọi thứ anh làm trong phòng làm việc sau 7 giờ tối đều có camera.\n\
             Nhắn Telegram @phongsau7gio trước thứ Sáu nếu anh muốn biết ai đang giữ.",
            "vi.surveillance.watching",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // a thank-you letter's "everything you do" watches no one
    let v = extract_stdin("Dear Ann, thank you for everything you do for the shelter.");
    assert!(!has_reason(&v, ".surveillance."), "{v}");
}

#[test]
fn regression_threats_of_blind36_front_page_where_it_goes_next_and_copies_kept() {
    // blind36: "you will see yourself on the front page, next to pictures you would rather
    // nobody saw" (0.40, 0.00 in English); "where the original goes next" (0.45); "the copies
    // still exist" after a payment, naming no pictures (0.45, held back by the pictures
    // condition)
    for (letter, rule) in [
        (
            "Anh Trần Minh,\nHãy viết thư cho baomat.rieng81@proton.me trước ngày 20, tiêu đề: \
             Đồng ý.\nKhông có thư, anh sẽ thấy mình trên trang nhất, cạnh những tấm ảnh anh \
             không muốn ai thấy.",
            "vi.exposure.spread",
        ),
        (
            "Mr. David Lee,\nWrite to hopdong.bimat69@proton.me before the 20th with the subject \
             line Agree.\nNo e-mail, and you will see yourself on the front page, next to \
             pictures you would rather nobody saw.",
            "en.compromising.images",
        ),
        (
            "Anh Trần Minh,\nGửi kèm một tấm ảnh in màu. Bản gốc nét hơn nhiều.\nMuốn biết bản \
             gốc sẽ đi đâu tiếp theo, viết thư cho private.matter27@outlook.com trong 4 ngày.",
            "vi.exposure.spread",
        ),
        (
            "Anh Đỗ Mạnh Cường,\nLần trước anh đã trả, cảm ơn anh. Bản sao thì vẫn còn.\nLần này \
             là 7.000 USDT. Ví cũ không dùng nữa, ví mới: TUznHJfHe6gdYY7gvWmf6bNZHuPHDZtowf. Hạn \
             như cũ, 5 ngày.",
            "vi.pictures.held",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    let v = extract_stdin("Please reply before the 20th.");
    assert!(has_reason(&v, "en.deadline.date: "), "{v}");
}

#[test]
fn regression_threats_of_blind37_addressed_envelopes_everyone_let_see_and_a_contract() {
    // blind37: forty envelopes already bearing the colleagues' names (0.50); "silence means
    // you choose to let everyone see …, email … for instructions" (0.35); a "confidentiality
    // service contract" damped as a business's voice, "dịch vụ" counted again inside "hợp đồng
    // dịch vụ" (0.57)
    for (letter, rule) in [
        (
            "Anh Minh,\nTrong phong bi la anh anh o quan bia, in tren giay anh.\nToi con 40 ban \
             nhu vay va 40 phong bi ghi san ten cac dong nghiep cua anh. Lien he Telegram \
             @bonmuoi_banin trong 3 ngay.",
            "vi.exposure.media_to_audience",
        ),
        (
            "Mr. David Lee,\nEmail giaiquyet24710@yandex.com with your ID number as the subject \
             line for instructions.\nSilence means you choose to let everyone see what I am \
             looking at.",
            "en.exposure.spread",
        ),
        (
            "HỢP ĐỒNG DỊCH VỤ BẢO MẬT\nBên A: ông Nam. Bên B: người giữ tài liệu hình ảnh của Bên \
             A.\nBên A thanh toán phí bảo mật 3.000 USDT vào ví TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL \
             trong 7 ngày. Bên B cam kết không công bố.",
            "vi.payment.crypto_amount",
        ),
    ] {
        assert_flagged_by(letter, rule);
        let v = extract_stdin(letter);
        assert!(!has_reason(&v, "warning.damping"), "{v}");
    }
}
