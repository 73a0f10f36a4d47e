//! The threat lexicon's wording, blind71 to blind79: the letters those sets missed on first
//! sight, run through `mailscreen extract` with the built-in rules, so a later change that loses
//! one fails under the name of what broke (`threat_wording_blind6x` holds blind62 to blind70).

use crate::extract_text::{assert_flagged_by, assert_held, extract_stdin, has_reason};

#[test]
fn regression_threats_of_blind71_secret_if_you_want_false_spending_and_unearned_degree() {
    // blind71's misses, none naming a wallet, each held by the gate at 0.45: "a secret between
    // the two of us, if you want it so" (undiacritised, e-mail), hospitality expenses that never
    // happened "checked invoice by invoice" (Viber), and a 2009 degree from a university that
    // never had the reader's name on a class list (English, e-mail)
    for (letter, rule) in [
        (
            "Ong Pham Thi Lan,\nChuyen nay se chi la bi mat giua hai chung ta, neu ong muon nhu \
             vay.\nGui thu ve lienhe.anh28@yandex.com trong 3 ngay.",
            "vi.secrecy.between_us_if",
        ),
        (
            "Mr. Daniel Price,\nThis will only be a secret between the two of us, if you want it \
             so.\nWrite to quiet.deal86@outlook.com within three days.",
            "en.secrecy.between_us_if",
        ),
        (
            "Chị Phạm Thị Lan,\nCác khoản chi tiếp khách không có thật trong năm 2023, tôi đã đối \
             chiếu từng hóa đơn.\nLiên hệ Viber 0912 647 385 trong 5 ngày.",
            "vi.compromising.false_spending_checked",
        ),
        (
            "Mrs. Helen Carter,\nThe hospitality expenses that never happened in 2023, I have \
             checked them invoice by invoice.\nMessage Viber +84 912 647 385 within five days.",
            "en.compromising.false_spending_checked",
        ),
        (
            "Mr. Daniel Price,\nYour degree was issued in 2009 by a university that never had your \
             name on a class list.\nWrite to quiet.deal86@outlook.com within five days.",
            "en.compromising.degree_unearned",
        ),
        (
            "Chị Lê Quang Vinh,\nBằng đại học của chị được cấp năm 2009 bởi một trường chưa từng có \
             tên chị trong danh sách lớp.\nViết cho hopdong.bimat8@proton.me trong 5 ngày.",
            "vi.compromising.degree_unearned",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // a friend's secret with no condition, an audit asking for invoices, an accountant who checked
    // every invoice and found them right, and a degree verification request are no such claim
    for letter in [
        "Chị Lan thân mến,\nChuyện em có bầu là bí mật giữa hai chúng ta nhé, chị đừng kể với mẹ. \
         Tuần sau em về.\nEm Hòa.",
        "Dear Mrs. Carter,\nThe audit found hospitality expenses for 2023 without matching \
         invoices. Please provide the invoices within ten days.\nInternal audit.",
        "Kính gửi chị Lan,\nTôi đã đối chiếu từng hóa đơn tiếp khách năm 2023, số liệu khớp với sổ \
         sách. Chị ký xác nhận trong 5 ngày.\nKế toán trưởng.",
        "Dear Mr. Reed,\nAs part of the promotion review, please submit a certified copy of your \
         degree issued in 2009 within two weeks.\nHuman resources.",
    ] {
        assert_held(
            letter,
            &[
                "between_us_if: ",
                "false_spending_checked: ",
                "degree_unearned: ",
            ],
        );
    }
}

#[test]
fn regression_threats_of_blind70_not_joking_are_menace() {
    // blind70's two in-sample misses: "you do not need to know who I am; you only need to know
    // that I am not joking", in Vietnamese and English (Viber, 0.55 each): a threat asserted
    // without its content, category `menace`, which the coercion gate accepts
    for (letter, rule) in [
        (
            "Chị Phạm Thị Lan,\nChị không cần biết tôi là ai. Chị chỉ cần biết tôi không đùa.\n\
             Liên hệ Viber 0907 431 269 trong 3 ngày.",
            "vi.menace.not_joking",
        ),
        (
            "Mrs. Helen Carter,\nYou do not need to know who I am. You only need to know that I am \
             not joking.\nMessage Viber +84 907 431 269 within three days.",
            "en.menace.not_joking",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // a bank's warning quoting the opening fires the rule and stays a warning; a friend's "I am
    // not joking" about a wedding asks for nothing
    let v = extract_stdin(
        "Dear Ms Carter,\nLetters that say 'you do not need to know who I am, only that I am not \
         joking' are a common blackmail opening. Do not pay any USDT; report the letter to the \
         police.\nFraud prevention team.",
    );
    assert!(has_reason(&v, "en.menace.not_joking: "), "{v}");
    assert_eq!(v["flagged"], false, "{v}");
    assert_held(
        "Chị Lan thân mến,\nEm cưới vào tháng sau, tôi không đùa đâu! Chị nhớ về dự nhé, em gửi \
         thiệp trong 5 ngày nữa.\nEm Hòa.",
        &[],
    );
}

#[test]
fn regression_a_court_judgment_quoting_the_letter_is_a_warning() {
    // blind22's court judgment, undiacritised, quotes its defendant's letter (USDT, a deadline,
    // composite photos to the wife and the agency); only the model's ordinary reading (p 0.348)
    // held it, and the retraining with blind70 lifted that to 0.352: flagged, 1.00. A court's
    // voice ("bản án", "bị cáo", "tuyên phạt") is warning language now
    let v = extract_stdin(
        "TOA AN NHAN DAN TINH NGHE AN\nBan an: bi cao gui thu cho ong Do Manh Cuong, yeu cau \
         chuyen 3.000 USDT trong 3 ngay, neu khong se gui anh ghep cho vo va co quan ong.\n\
         Tuyen phat bi cao 7 nam tu ve toi cuong doat tai san.",
    );
    assert!(has_reason(&v, "warning.damping: "), "{v}");
    assert_eq!(v["flagged"], false, "{v}");
    let v = extract_stdin(
        "Dear Mr. Reed,\nThe defendant sent you a letter demanding 3,000 USDT within three days, \
         or the edited photos would go to your wife and your office. He pleaded guilty and was \
         sentenced to seven years.\nProvincial People's Court.",
    );
    assert!(has_reason(&v, "warning.damping: "), "{v}");
    assert_eq!(v["flagged"], false, "{v}");
}

#[test]
fn regression_threats_of_blind72_address_split_before_at_and_present_each_time() {
    // blind72's misses, both naming no wallet: "Viết cho quiet.deal87 @outlook.com", an address
    // OCR split before its @, was no instruction to write (0.45); "you accepted gifts from the
    // contractor at Tet, three times; I was there every time", its address read
    // "giaiquyet24737(@outlook.com" and not found (English, 0.35)
    for (letter, rule) in [
        (
            "Chị Lê Quang Vinh,\nChị có biết con gái chị đăng gì lên tài khoản phụ không? Tôi biết. \
             Và tôi biết cả\nnhững gì chị không muốn chồng biết.\nViết cho quiet.deal87 \
             @outlook.com trong 4 ngày.",
            "vi.contact.write_to_address",
        ),
        (
            "Mr. Peter Walsh,\nYou accepted gifts from the contractor at Tet, three times. I was \
             there every time.\nWrite to giaiquyet24737(@outlook.com within five days.",
            "en.surveillance.present_each_time",
        ),
        (
            "Ong Ngo Thanh Tung,\nOng da nhan qua cua nha thau dip Tet, ba lan. Lan nao toi cung \
             co mat.\nGui thu ve quiet.deal50@gmail.com trong 5 ngay.",
            "vi.surveillance.present_each_time",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    let v = extract_stdin(
        "Mr. Peter Walsh,\nYou accepted gifts from the contractor at Tet, three times. I was there \
         every time.\nWrite to giaiquyet24737(@outlook.com within five days.",
    );
    assert_eq!(
        v["emails"][0]["address"], "giaiquyet24737@outlook.com",
        "{v}"
    );
    // a friend who visited every time asks for a letter, and a Tet gift declaration asks for a
    // form: neither is flagged
    assert_held(
        "Dear Minh,\nWhen you were in hospital I was there every time, and I will come again. \
         Write to me at lan.tran@gmail.com within a week.\nLan.",
        &[],
    );
    assert_held(
        "Kính gửi ông Tùng,\nĐề nghị các phòng kê khai quà Tết nhận từ doanh nghiệp và nộp về văn \
         phòng trong 7 ngày.",
        &["present_each_time: "],
    );
}

#[test]
fn regression_threats_of_blind73_reader_decides_sending_and_nobody_knows_yet() {
    // blind73's miss, naming no wallet: "the denunciation is written, waiting only for a
    // signature and the post; you decide whether it goes" (e-mail, 0.45: no threat phrase, the
    // threat being the sending); and its "nobody knows yet; keeping it that way is up to you",
    // which flagged only because its contact channel, Zalo, counted as an audience (Vietnamese)
    // or a picture was printed on it (English)
    for (letter, rule) in [
        (
            "Chị Đỗ Thị Hạnh,\nTờ đơn tố cáo đã viết xong, chỉ còn chờ ký tên và gửi đi. Chị quyết \
             định có gửi hay không.\nGửi thư về quiet.deal99@yandex.com trong 4 ngày.",
            "vi.exposure.reader_decides_sending",
        ),
        (
            "Chi Do Thi Hanh,\nTo don to cao da viet xong, chi con cho ky ten va gui di. Chi quyet \
             dinh co gui hay khong.\nGui thu ve quiet.deal99@yandex.com trong 4 ngay.",
            "vi.exposure.reader_decides_sending",
        ),
        (
            "Mrs. Helen Carter,\nThe denunciation is written, waiting only for a signature and a \
             stamp. You decide whether I send it.\nWrite to quiet.deal99@yandex.com within four \
             days.",
            "en.exposure.reader_decides_sending",
        ),
        (
            "Chị Đỗ Thị Hạnh,\nChị đừng lo, chưa ai biết. Việc giữ cho điều đó tiếp tục như vậy tùy \
             chị.\nGửi thư về hotro.kin59@proton.me trong 4 ngày.",
            "vi.exposure.not_known_yet",
        ),
        (
            "Mrs. Helen Carter,\nDon't worry, nobody knows yet. Keeping it that way is up to \
             you.\nWrite to hotro.kin59@proton.me within four days.",
            "en.exposure.not_known_yet",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // a lawyers' leaflet and an embassy advisory quoting them, a school's choice of lunchtime
    // care, a courier's choice of route and a surprise party are not flagged
    assert_held(
        "HỘI LUẬT GIA TỈNH NAM ĐỊNH\nKính gửi ông Hải,\nKẻ gian thường viết 'tờ đơn tố cáo đã viết \
         xong, ông quyết định có gửi hay không'. Đó là thủ đoạn gây sợ hãi. Ông không trả tiền, \
         giữ nguyên thư và báo cơ quan Công an.",
        &[],
    );
    // the advisory read 0.45 with the new rule, held only by the quoted-threat gate, until its
    // advice ("do not write back", "bring the letter to") counted as warning language
    let v = extract_stdin(
        "Dear Mr. Hill,\nCitizens abroad have received letters saying 'nobody knows yet; keeping \
         it that way is up to you', with a wallet address. Do not pay and do not write back; \
         bring the letter to the consular section.\nConsular section.",
    );
    assert!(has_reason(&v, "warning.damping: "), "{v}");
    assert_eq!(v["flagged"], false, "{v}");
    assert_held(
        "TRƯỜNG TIỂU HỌC HÒA BÌNH\nKính gửi chị Lan,\nNhà trường mở lớp bán trú từ tháng 12. Chị \
         quyết định có gửi con ở lại buổi trưa hay không và báo cho cô chủ nhiệm trong 5 ngày qua \
         email hoctap@thhb.edu.vn.",
        &["reader_decides_sending: "],
    );
    assert_held(
        "Dear Mrs. Hill,\nYour parcel is ready. You decide whether it goes by air or by sea; reply \
         to booking@fastship.com within three days and pay the fee.\nCustomer service.",
        &["reader_decides_sending: "],
    );
    assert_held(
        "Gửi anh Nam,\nChưa ai biết chuyện bữa tiệc bất ngờ cho mẹ đâu. Tổ chức ở nhà hay nhà hàng \
         là tùy anh; anh nhắn em trong 3 ngày nhé.\nEm Hòa.",
        &["not_known_yet: "],
    );
}

#[test]
fn regression_threats_of_blind74_original_elsewhere_unless_and_child_outside_marriage() {
    // blind74's misses, both naming no wallet and held by gate.coercion at 0.45: "this letter is
    // a copy; the original is on its way somewhere else, unless you get in touch"
    // (undiacritised) and "people say you have a child outside your marriage; I have the birth
    // certificate" (English); each one's twin had flagged only because a picture was printed on
    // it
    for (letter, rule) in [
        (
            "Ong Ngo Thanh Tung,\nThu nay la ban sao. Ban chinh dang tren duong den mot noi khac, \
             tru khi ong lien he.\nGui thu ve thuongluong8820@yandex.com trong 2 ngay.",
            "vi.exposure.original_elsewhere_unless",
        ),
        (
            "Mr. Daniel Ortiz,\nThis letter is a copy. The original is on its way somewhere else, \
             unless you get in touch.\nWrite to silentpay47@tutanota.com within two days.",
            "en.exposure.original_elsewhere_unless",
        ),
        (
            "Mrs. Helen Carter,\nPeople say you have a child outside your marriage. I have the \
             birth certificate; it is no rumour.\nWrite to hopdong.bimat89@gmail.com within five \
             days.",
            "en.compromising.child_outside_marriage",
        ),
        (
            "Anh Đặng Quốc Bảo,\nNgười ta đồn anh có con riêng. Tôi có giấy khai sinh, không phải \
             tin đồn.\nGửi thư về private.matter54@proton.me trong 5 ngày.",
            "vi.compromising.child_outside_marriage",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // an archive that moved the originals (its "nếu không" another condition) and a friend's
    // note about a stepchild keep the rules silent
    assert_held(
        "LƯU TRỮ TỈNH\nKính gửi ông Tùng,\nBản chính hồ sơ đã được chuyển đến nơi khác lưu trữ. \
         Nếu không tìm thấy bản sao, ông liên hệ phòng lưu trữ trong 5 ngày qua email \
         luutru@tinh.gov.vn.",
        &["original_elsewhere_unless: "],
    );
    assert_held(
        "Gửi anh Nam,\nChị Hoa có con riêng học lớp 5, cháu rất ngoan. Anh nhắn em trong 3 ngày \
         để hẹn gặp nhé.\nEm Hòa.",
        &["child_outside_marriage: "],
    );
}

#[test]
fn regression_retraining_with_blind73_lost_blind52s_new_boss_could_send_a_few_things() {
    // the retraining with blind73 lowered the model's reading of blind52's English "your new
    // boss is an old classmate of mine; I could send him a few things" (p 0.654 -> 0.645, under
    // the 0.65 of `[language] threshold`) and it fell to 0.40; blind66's "your mother … I can
    // send her a few things" flagged only because a picture was printed on it
    for letter in [
        "Mrs. Helen Carter,\nYour new boss is an old classmate of mine. I could send him a few \
         things.\nWrite to resolve.now37@proton.me this week if you would rather I did not.",
        "Mr. Peter Walsh,\nYour mother back home still thinks you are a decent man. I can send her \
         a few things to show her otherwise.\nMessage Telegram @home_truths within five days.",
    ] {
        assert_flagged_by(letter, "en.exposure.could_send_a_few");
    }
    // a friend sending food from the market to the reader's son
    assert_held(
        "Dear Lan,\nYour son says he misses Hanoi food. I could send him a few things from the \
         market; write to me at mai.tran@gmail.com this week with his new address.\nMai.",
        &["could_send_a_few: "],
    );
}

#[test]
fn regression_threats_of_blind75_minutes_to_send_and_audience_would_want_it() {
    // blind75's misses, each held by gate.coercion at 0.45: "you can go to the police; they will
    // take three months, I need three minutes to send it" (Vietnamese, with a wallet), a bought
    // degree "the provincial Party organisation board will surely want to see" (undiacritised)
    // and a psychiatric file "many people at the coming congress would like to read it"
    // (English); the last one's Vietnamese twin had flagged only on a printed picture
    for (letter, rule) in [
        (
            "Anh Trần Văn Hùng,\nAnh có thể báo công an. Họ sẽ mất ba tháng, tôi chỉ cần ba phút \
             để gửi.\n7.000 USDT vào ví TDbNE1VajxjpgM5p7FyGNDASt3UVoFbiD3 trong 24 giờ.",
            "vi.exposure.minutes_to_send",
        ),
        (
            "Mr. Daniel Price,\nYou can go to the police. They will take three months; I need \
             three minutes to send it.\n2,500 USDT to TU1ntBzpGPp7GJkzxLTKwYsneJ9JKUmBCK within \
             24 hours.",
            "en.exposure.minutes_to_send",
        ),
        (
            "Ong Do Manh Cuong,\nBang thac si cua ong mua o trung tam nao, toi co hoa don. Ban To \
             chuc Tinh uy chac muon xem.\nGui thu ve private.matter93@outlook.com trong 5 ngay.",
            "vi.exposure.audience_would_want_it",
        ),
        (
            "Ong Le Van Tam,\nHo so benh an cua ong o benh vien tam than nam 2015, toi co ban sao. \
             Dai hoi sap toi se co nhieu nguoi muon doc.\nGui thu ve resolve.now32@tutanota.com \
             trong 4 ngay.",
            "vi.exposure.audience_would_want_it",
        ),
        (
            "Mr. Peter Walsh,\nYour medical file from the psychiatric hospital in 2015 is in my \
             hands. Many people at the coming congress would like to read it.\nWrite to \
             silentpay75@gmail.com within four days.",
            "en.exposure.audience_would_want_it",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // a clerk sending papers, an organiser wanting drawings at an exhibition, a university's
    // verification for the organisation board keep the rules silent
    assert_held(
        "Kính gửi anh Hùng,\nTôi chỉ cần năm phút để gửi hồ sơ cho anh. Anh xác nhận giúp trong 3 \
         ngày qua hoso@congty.vn.",
        &["minutes_to_send: "],
    );
    assert_held(
        "Dear Ms Carter,\nI have your drawings from the life class. The committee would like to \
         see them at the exhibition; please confirm within a week at art@centre.org.",
        &["audience_would_want_it: "],
    );
    assert_held(
        "TRƯỜNG ĐẠI HỌC KINH TẾ\nKính gửi ông Cường,\nTheo đề nghị của Ban Tổ chức Tỉnh ủy, nhà \
         trường đã xác minh bằng thạc sĩ của ông. Kết quả xác minh sẽ được gửi trong 5 ngày.",
        &["audience_would_want_it: "],
    );
}

#[test]
fn regression_threat_of_blind76_pity_if_the_board_learned() {
    // blind76's miss, naming no wallet and held by gate.coercion at 0.45: "it would be a pity if
    // the board learned what kind of man her brother is" (Vietnamese, Telegram); its English
    // twin flagged only because "board" counts as someone to show things to
    for (letter, rule) in [
        (
            "Anh Lê Văn Nam,\nEm gái anh đang nộp hồ sơ xin việc ở Sở. Sẽ thật tiếc nếu hội đồng \
             biết anh trai cô ấy là người thế nào.\nNhắn Telegram @that_tiec trong 3 ngày.",
            "vi.exposure.pity_if_they_learned",
        ),
        (
            "Mr. Peter Walsh,\nYour sister is applying for a job at the Department. It would be a \
             pity if the board learned what kind of man her brother is.\nMessage Telegram \
             @such_a_pity within three days.",
            "en.exposure.pity_if_they_learned",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // an offer that would be a pity to miss, its negation inside the match
    assert_held(
        "CÔNG TY BẢO HIỂM AN TÂM\nKính gửi anh Nam,\nSẽ thật tiếc nếu gia đình anh không biết \
         chương trình bảo hiểm mới. Liên hệ Zalo 0909 123 456 trong 3 ngày để đăng ký.",
        &["pity_if_they_learned: "],
    );
}

#[test]
fn regression_threats_of_blind77_original_thought_destroyed_and_copies_if_found() {
    // blind77's misses, each held by gate.coercion at 0.45: "I have the original you thought was
    // destroyed" (undiacritised, with a wallet) and "if you think of asking someone to find me,
    // copies are already in three places" (English, e-mail; its twin flagged on the model alone)
    for (letter, rule) in [
        (
            "Ong Nguyen Van Hai,\nBien ban hop dan ve du an duong lien thon da bi sua chu ky. Toi \
             co ban goc ma anh tuong da huy.\n7.000 USDT vao vi \
             0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB trong 5 ngay.",
            "vi.compromising.kept_what_was_destroyed",
        ),
        (
            "Mr. Peter Walsh,\nThe minutes of the residents' meeting had their signatures \
             altered. I have the original you thought was destroyed.\nWrite to \
             resolve.now37@proton.me within five days.",
            "en.compromising.kept_what_was_destroyed",
        ),
        (
            "Mr. Daniel Price,\nIf you think of asking someone to find me, remember that copies \
             are already in three places.\nWrite to thuongluong8849@gmail.com within three days.",
            "en.exposure.copies_if_found",
        ),
        (
            "Ong Pham Van Duc,\nNeu ong nghi den viec nho nguoi tim toi, hay nho rang ban sao da \
             nam o ba noi.\nGui thu ve private.matter54@proton.me trong 3 ngay.",
            "vi.exposure.copies_if_found",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // an office that found a file thought lost, a memo saying where the copies are
    assert_held(
        "VĂN PHÒNG MỘT CỬA\nKính gửi anh Nam,\nChúng tôi đã tìm thấy hồ sơ anh tưởng đã mất. Anh \
         đến nhận trong 5 ngày, liên hệ hoso@vanphong.vn.",
        &["kept_what_was_destroyed: "],
    );
    assert_held(
        "Dear Mr Walsh,\nIf you need to find me, copies of the report are on my desk. Write to \
         office@firm.com within three days.",
        &["copies_if_found: "],
    );
}

#[test]
fn regression_threat_of_blind79_keep_quiet_i_will_not() {
    // blind79's miss: "you can keep quiet; I will not" (undiacritised, e-mail; held by the gate
    // at 0.45; its English twin flagged on the model's reading alone)
    for (letter, rule) in [
        (
            "Ong Tran Van Minh,\nOng cu tiep tuc im lang, con toi thi khong.\nGui thu ve \
             lienhe.anh45@proton.me trong 5 ngay.",
            "vi.exposure.not_silent_myself",
        ),
        (
            "Mr. Daniel Price,\nYou can keep quiet. I will not.\nWrite to \
             silentpay30@yandex.com within five days.",
            "en.exposure.not_silent_myself",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // silence kept on both sides: what the writer will not do follows
    assert_held(
        "Kính gửi chị Lan,\nChị cứ im lặng nếu muốn, còn tôi thì không hỏi lại chuyện cũ. Gửi thư \
         về hoso@vanphong.vn trong 5 ngày.",
        &["not_silent_myself: "],
    );
    assert_held(
        "Dear Mr Walsh,\nYou may keep quiet about the party; I will not tell anyone either. Write \
         to office@firm.com within three days.",
        &["not_silent_myself: "],
    );
}
