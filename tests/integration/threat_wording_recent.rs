//! The threat lexicon's wording, continued: the letters of blind33 and later sets that were
//! missed on first sight, run through `mailscreen extract` with the built-in rules, so a later
//! change that loses one fails under the name of what broke (`threat_wording` holds the earlier
//! sets; the benign letters first runs flagged are in `false_alarms`).

use crate::extract_text::{assert_flagged_by, extract_stdin, has_reason};

#[test]
fn regression_threats_of_blind33_without_a_wallet_or_a_sending_verb() {
    // blind33's misses: a video "will be on" a YouTube channel (0.50); a secret the wife
    // "still doesn't know", in two languages (0.45, 0.55: the Vietnamese one is reported by
    // vi.surveillance.kept_from_family since blind55's round, the wife before "vẫn chưa biết";
    // same category and weight as vi.surveillance.watching, which matches too); "an envelope
    // exactly like this one" (0.45)
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
            "vi.surveillance.kept_from_family",
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

#[test]
fn regression_threats_of_blind38_kept_no_longer_and_an_articles_removal_sold() {
    // blind38: "I will wait for your letter at … until the end of Saturday; after Saturday I
    // stop waiting, and I stop keeping it" (0.25, 0.20); a news site's "you may request its
    // removal for a fee" (0.30, 0.20); "after 48 hours it is no longer yours alone" (0.50)
    for (letter, rule) in [
        (
            "Anh Hùng,\nNhìn kỹ tấm ảnh trong phong bì. Anh nhận ra căn phòng chứ?\nTôi sẽ chờ \
             thư của anh ở địa chỉ thuongluong8832@yandex.com đến hết thứ Bảy. Sau thứ Bảy, tôi \
             không chờ nữa, và tôi cũng không giữ nữa.",
            "vi.exposure.spread",
        ),
        (
            "Dr. Samuel Ortiz,\nLook closely at the photo in the envelope. Do you recognise the \
             room?\nI will wait for your letter at baomat.rieng51@yandex.com until the end of \
             Saturday. After Saturday, I stop waiting, and I stop keeping it.",
            "en.exposure.spread",
        ),
        (
            "Kinh gui ong Vinh,\nBan bien tap trang tin Su That Dia Phuong da nhan duoc anh va \
             tai lieu ve ong.\nBai viet du kien dang ngay 15. Ong co the de nghi go bai voi phi \
             7.000 USDT, chuyen vao vi TFuC2Qge4GxA2U9abKxk1pw3YZvGM5XRir truoc ngay 12.",
            "vi.exposure.spread",
        ),
        (
            "Dear Mr. Thomas Reed,\nThe editors of the Local Truth news site have received photos \
             and documents about you.\nThe article is scheduled for the 15th. You may request its \
             removal for a fee of 2,500 USDT, paid to TCf5cqLffPccEY7hcsabiFnMfdipfyryvr before \
             the 12th.",
            "en.exposure.spread",
        ),
        (
            "Ông Bảo,\nLiên hệ Telegram @hosokin_88 trong 48 giờ. Chỉ ông biết chuyện này, và nên \
             giữ như vậy.\nQuá 48 giờ, chuyện này không còn của riêng ông.",
            "vi.exposure.spread",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
}

#[test]
fn regression_threats_of_blind39_a_wifes_number_held_and_who_else_has_the_photo() {
    // blind39: "message Signal … before tomorrow night; no message, and you will understand why
    // I have your wife's phone number" (0.45); "if you want to know who else has this photo,
    // write to … before Friday" (0.35)
    for (letter, rule) in [
        (
            "Anh Minh,\nNhắn Signal số +84 912 000 111 trước tối mai. Một chữ thôi: Đồng ý.\nKhông \
             nhắn, anh sẽ hiểu vì sao tôi có số điện thoại của vợ anh.",
            "vi.surveillance.watching",
        ),
        (
            "Anh Minh,\nNếu anh muốn biết ai khác đã có tấm ảnh này, viết cho \
             thuongluong8856@outlook.com trước thứ Sáu.\nSau thứ Sáu, anh sẽ biết theo cách khác.",
            "vi.exposure.spread",
        ),
        (
            "Mr. Reed,\nIf you want to know who else has this photo, write to a.b@proton.me before \
             Friday. After Friday, you will find out another way.",
            "en.exposure.spread",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
}

#[test]
fn regression_threat_of_blind40_the_directors_desk() {
    // blind40: "copies of the photos in this envelope will be on the director's desk" (0.20): a
    // director was no audience in English (its Vietnamese twin, "giám đốc", flagged)
    assert_flagged_by(
        "Mr. Reed,\nWrite to silentpay27@gmail.com to learn what you must do.\nIf no letter from \
         you arrives within five days, copies of the photos in this envelope will be on the \
         director's desk.",
        "en.exposure.media_to_audience",
    );
}

#[test]
fn regression_threats_of_blind41_a_residents_group_and_a_schools_page() {
    // blind41, all naming no wallet: photos "posted in your building's residents' group" in two
    // languages (0.55, 0.45) and "posted on the page of the school where you teach" (0.35)
    for (letter, rule) in [
        (
            "Anh Minh,\nTìm @giumkin_vn trên Telegram trước thứ Sáu.\nSau thứ Sáu, tập ảnh sẽ được \
             đăng vào nhóm cư dân chung cư nhà anh.",
            "vi.exposure.media_to_audience",
        ),
        (
            "Mr. Reed,\nFind @keepitquiet_uk on Telegram before Friday.\nAfter Friday, the photos \
             are posted in your building's residents' group.",
            "en.exposure.media_to_audience",
        ),
        (
            "Chị Lan,\nViết cho thuongluong8838@tutanota.com trong 3 ngày để nhận lại những tấm \
             ảnh chị gửi cho người yêu cũ.\nKhông có thư, chúng sẽ được đăng lên trang của trường \
             nơi chị dạy.",
            "vi.exposure.media_to_audience",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
}

#[test]
fn regression_threats_of_blind42_silence_as_wanting_everyone_to_know_and_messages_read() {
    // blind42: "silence means you want everyone to know" (0.45 in Vietnamese; its English twin
    // 0.20) and "if you do not, tonight your wife will call you, after she has read the
    // messages" (0.25): wanting everyone to know was no exposure, nor messages being read, and
    // "call WhatsApp" no instruction
    for (letter, rule) in [
        (
            "Anh Minh,\nGửi email đến giaiquyet24781@yandex.com, tiêu đề \"Tôi đồng ý\", trước 20 \
             giờ thứ Năm.\nIm lặng nghĩa là anh muốn mọi người đều biết.",
            "vi.exposure.otherwise_have",
        ),
        (
            "Mr. Reed,\nCall WhatsApp +44 7700 900123 today.\nIf you do not, tonight your wife will \
             call you, after she has read the messages.",
            "en.exposure.media_to_audience",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
}

#[test]
fn regression_threat_of_blind43_writing_to_other_people_about_the_reader() {
    // blind43: "this wallet receives only once …; if not, I write to other people about you" in
    // two languages (0.45 in English): telling others about the reader was no exposure
    for (letter, rule) in [
        (
            "Mr. Reed,\nThis wallet receives only once: TAFPPQK2NaqSPwKcaomLXJmwbxLB34x8Lr. Amount: \
             6,000 USDT.\nOnce paid, I never write to you again. If not, I write to other people \
             about you.",
            "en.exposure.spread",
        ),
        (
            "Anh Minh,\nVí này chỉ nhận một lần: TAFPPQK2NaqSPwKcaomLXJmwbxLB34x8Lr. Số tiền: 7.000 \
             USDT.\nNhận được, tôi sẽ không bao giờ viết cho anh nữa. Không nhận được, tôi sẽ viết \
             cho người khác về anh.",
            "vi.exposure.spread",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
}

#[test]
fn regression_threat_of_blind44_the_full_version_going_elsewhere() {
    // blind44: "reply to … within 48 hours; the full version goes elsewhere if you stay silent",
    // in two languages (0.40, 0.15): going elsewhere, to no one named, was no exposure, and
    // "trả lời tới" no instruction. Since blind74 the condition makes it
    // `original_elsewhere_unless` too, the reason an exposure shows; the spreading stays found.
    for (letter, rule) in [
        (
            "Anh Minh,\nBản xem trước đã được gửi vào hộp thư cá nhân của anh.\nTrả lời tới \
             quiet.deal58@gmail.com trong 48 giờ. Bản đầy đủ sẽ đi nơi khác nếu anh im lặng.",
            "vi.exposure.spread",
        ),
        (
            "Mr. Reed,\nA preview has been sent to your private inbox.\nReply to \
             giaiquyet24719@tutanota.com within 48 hours. The full version goes elsewhere if you \
             stay silent.",
            "en.exposure.spread",
        ),
    ] {
        let v = extract_stdin(letter);
        assert_eq!(v["flagged"], true, "{v}");
        let found = v["threats"].as_array().unwrap();
        assert!(found.iter().any(|t| t["rule"] == rule), "{rule}: {v}");
        let lang = &rule[..2];
        assert!(
            has_reason(&v, &format!(" {lang}.exposure.original_elsewhere_unless: ")),
            "{v}"
        );
    }
}

#[test]
fn regression_threats_of_blind45_the_next_to_see_doctored_pictures_and_the_other_place() {
    // blind45: "contact … before Sunday; if you stay silent, your colleagues will be the next to
    // see it", undiacritised (0.50); "edited so nobody can tell real from fake; people believe
    // what they see; contact Telegram @… to negotiate" in two languages (0.55, 0.40); a cadre
    // "with a woman not his wife … after the deadline the documents go to the Central
    // Inspection Commission" (0.30); "next time I will send it to the other place" in English
    // (0.45)
    for (letter, rule) in [
        (
            "Anh Minh,\nTam anh kem theo chi la mot trong so nhieu tam. Khuon mat anh rat ro.\nLien \
             he private.matter59@gmail.com truoc Chu nhat. Im lang thi dong nghiep cua anh se la \
             nguoi xem tiep theo.",
            "vi.exposure.spread",
        ),
        (
            "Chào anh Minh,\nBộ ảnh này đã được chỉnh rất kỹ, không ai phân biệt được thật giả.\n\
             Người ta sẽ tin điều họ thấy. Liên hệ Telegram @xoaanh_vip trong 48 giờ để thương \
             lượng.",
            "vi.compromising.images",
        ),
        (
            "Mr. Reed,\nThe pictures have been edited with great care; nobody can tell real from \
             fake.\nPeople believe what they see. Message Telegram @eraseit_vip within 48 hours \
             to negotiate.",
            "en.exposure.spread",
        ),
        (
            "Kính gửi đồng chí Minh,\nChúng tôi có trong tay hình ảnh đồng chí tại khách sạn cùng \
             một phụ nữ không phải vợ.\nĐể giữ gìn danh dự, đồng chí liên hệ \
             quiet.deal24@outlook.com trong vòng 5 ngày. Quá hạn, tài liệu sẽ được chuyển tới \
             Ủy ban Kiểm tra Trung ương.",
            "vi.exposure.media_to_audience",
        ),
        (
            "Mr. Reed,\nDo you read this at work or at home? Next time I will send it to the \
             other place.\nUnless 6,000 USDT is in TXLAQ63Xg1NAzckPwKHvzw7CSEmLMEqcdj within seven \
             days.",
            "en.exposure.spread",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
}

#[test]
fn regression_threats_of_blind46_a_recording_heard_a_third_letter_and_a_post_about_the_reader() {
    // blind46, its four letters without a wallet: "add Zalo …; if not, your husband gets to hear
    // all of it" (0.55); "the second letter; you ignored the first; the third goes to your wife;
    // write to … before Friday" in two languages (0.40, 0.50); undiacritised "go to Telegram @…
    // before 8 pm Thursday; after 8 pm the ward's Zalo group will have a new post about you"
    // (0.20; written here with its diacritics, where only the new phrase finds the threat)
    for (letter, rule) in [
        (
            "Chị Lan,\nTôi có đoạn ghi âm cuộc gọi của chị với anh ấy.\nKết bạn Zalo 0977 318 264, \
             nhắn chữ ĐỒNG Ý trong 2 ngày. Không thì chồng chị sẽ được nghe toàn bộ.",
            "vi.exposure.otherwise_have",
        ),
        (
            "Ông Minh,\nĐây là lá thư thứ hai. Lá thư đầu ông đã bỏ qua. Lá thư thứ ba sẽ gửi cho \
             bà nhà.\nViết cho giaiquyet24711@gmail.com trước thứ Sáu.",
            "vi.exposure.media_to_audience",
        ),
        (
            "Mr. Reed,\nThis is the second letter. You ignored the first. The third goes to your \
             wife.\nWrite to silentpay79@proton.me before Friday.",
            "en.exposure.media_to_audience",
        ),
        (
            "Anh Minh,\nVào Telegram @baidang_moi, gửi chữ OK trước 20 giờ thứ Năm.\nSau 20 giờ, \
             nhóm Zalo của phường sẽ có một bài đăng mới về anh.",
            "vi.exposure.spread",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
}

#[test]
fn regression_threats_of_blind47_a_known_password_someone_to_talk_to_and_the_readers_own_photo() {
    // blind47, again its four letters without a wallet: "I know your Zalo password; your family
    // group has 34 members; message me on Zalo before tomorrow night" (0.55); "write to … before
    // Wednesday, or I will find someone else to talk to about you" in two languages (0.35,
    // 0.50); "find Telegram @…; if not, you will see your photo on the provincial paper's front
    // page" (0.45)
    for (letter, rule) in [
        (
            "Anh Minh,\nTôi biết mật khẩu Zalo của anh. Nhóm gia đình của anh có 34 thành viên.\n\
             Nhắn cho tôi qua Zalo 0903 555 781 trước tối mai.",
            "vi.surveillance.watching",
        ),
        (
            "Anh Minh,\nTôi không cần tiền của anh ngay. Tôi cần anh trả lời.\nGửi thư về \
             private.matter87@yandex.com trước thứ Tư, nếu không tôi sẽ tự tìm người để nói \
             chuyện về anh.",
            "vi.exposure.spread",
        ),
        (
            "Mr. Reed,\nI do not need your money yet. I need your answer.\nWrite to \
             lienhe.anh70@tutanota.com before Wednesday, or I will find someone else to talk to \
             about you.",
            "en.exposure.spread",
        ),
        (
            "Anh Minh,\nTìm Telegram @giulaibimat, nhắn mã 4412 trong 3 ngày.\nKhông nhắn, anh sẽ \
             thấy ảnh của mình trên trang nhất báo tỉnh.",
            "vi.exposure.spread",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
}

#[test]
fn regression_threats_of_blind48_deleted_messages_kept_and_a_call_to_the_wife() {
    // blind48: "you deleted the messages, but I did not; write to … before 9 pm Monday if you
    // want me to delete mine" (0.40: no deadline before an hour, the messages kept no material);
    // "last reminder on paper: WhatsApp +44 …, before Tuesday; after that I call your wife"
    // (0.35)
    for (letter, rule) in [
        (
            "Anh Minh,\nAnh đã xóa tin nhắn, nhưng tôi thì chưa.\nViết cho \
             private.matter1@outlook.com trước 9 giờ tối thứ Hai nếu anh muốn tôi xóa theo.",
            "vi.compromising.images",
        ),
        (
            "Mr. Reed,\nI called you on WhatsApp three times. This is the last reminder on paper: \
             WhatsApp +44 7700 900461, before Tuesday.\nAfter that I call your wife.",
            "en.exposure.spread",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
}
