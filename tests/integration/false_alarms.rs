//! Benign letters that a blind set's first run flagged, letter by letter: police and press
//! letters quoting the threat, money-moving letters naming a wallet, families and groups sharing
//! photos with crypto in the letter. Each runs through `mailscreen extract` with the built-in
//! rules, so a later change that flags it again fails under the name of what broke. The threats
//! the same rounds missed are in `threat_wording`.

use crate::extract_text::{extract_stdin, has_reason};

#[test]
fn regression_police_letter_quoting_the_threat_and_the_seized_wallet_is_not_flagged() {
    // blind17: a letter to a victim quotes the threat and the wallet; it flagged at 1.00
    let v = extract_stdin(
        "Dear Dr. Samuel Ortiz,\nThe man who demanded Bitcoin and threatened to send your photos \
         to your employer has been charged.\nThe wallet he gave, \
         1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2, has been seized. Do not send anything to it.",
    );
    assert_eq!(v["flagged"], false, "{v}");
    assert_eq!(
        v["wallets"][0]["address"],
        "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"
    );
    // and a letter that makes the threat, with the same wallet, still flags
    let v = extract_stdin(
        "I have your photos. Send 0.5 Bitcoin to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 within three \
         days, or I send your photos to your employer. If you stay silent, your wife sees them.",
    );
    assert_eq!(v["flagged"], true, "{v}");
}

#[test]
fn regression_newspaper_asking_a_victim_for_an_interview_is_not_flagged() {
    // blind18: the quoted threat and the paper's own address to reply to flagged at 0.70
    let v = extract_stdin(
        "THE EVENING POST\nDear Ms. Laura Bennett, we are writing about letters that demand crypto \
         and threaten to send photos to colleagues.\nWould you speak to us anonymously? Reply to \
         news@eveningpost.example.",
    );
    assert_eq!(v["flagged"], false, "{v}");
}

#[test]
fn regression_parish_collecting_usdt_and_sending_photos_of_the_works_is_not_flagged() {
    // blind19: a wallet next to "photos … will be sent to the families" flagged at 0.70
    let v = extract_stdin(
        "GIÁO XỨ AN BÌNH\nKính gửi anh Trần Văn Nam,\nGiáo xứ nhận đóng góp sửa nhà thờ bằng USDT tại \
         ví TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL. Ảnh công trình sẽ gửi cho các gia đình đóng góp.",
    );
    assert_eq!(v["flagged"], false, "{v}");
}

#[test]
fn regression_margin_call_with_a_wallet_and_a_deadline_is_not_flagged() {
    // blind20: the model read "deposit 500 USDT to 0x… within 24 hours" as extortion (0.75)
    let v = extract_stdin(
        "Dear Mr. Peter Walsh,\nYour margin account is below the limit. Deposit 500 USDT to \
         0x742d35Cc6634C0532925a3b844Bc454e4438f44e within 24 hours or positions will be closed.\n\
         Risk team.",
    );
    assert_eq!(v["flagged"], false, "{v}");
}

#[test]
fn regression_investment_pitch_posting_profit_screenshots_is_not_flagged() {
    // blind30: pictures ("screenshots"), an audience ("group") and a wallet made an implied
    // threat (0.75); promised returns are a scheme's voice
    let v = extract_stdin(
        "Dear Mr. Paul Green,\nDeposit 500 USDT to TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL before the \
         30th to earn 8% a month. Screenshots of members' profits are posted daily in our \
         Telegram group.\nInvestment club.",
    );
    assert_eq!(v["flagged"], false, "{v}");
}

#[test]
fn regression_a_relatives_wedding_gift_in_usdt_is_not_flagged() {
    // blind31: a gift to the reader's own wallet, the photos asked for the family (1.00, 0.80)
    for letter in [
        "Dear Sarah,\nI could not come to the wedding, so I sent 200 USDT to your wallet \
         TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL. Please send the wedding photos to the whole family.\n\
         Love, Aunt May.",
        "Cháu Lan thân mến,\nCô ở xa không về dự đám cưới được, cô gửi quà 200 USDT vào ví \
         TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL của cháu rồi nhé.\nẢnh cưới cháu gửi cả nhà qua Zalo \
         cho cô xem với.",
    ] {
        let v = extract_stdin(letter);
        assert_eq!(v["flagged"], false, "{letter}\n{v}");
    }
}

#[test]
fn regression_helpline_leaflet_reporting_the_threat_is_not_flagged() {
    // blind26: "if someone threatens to send intimate images to your family" with the
    // helpline's own address read as a threat made (0.60)
    let v = extract_stdin(
        "HELPLINE\nDear Mr. John Smith, if someone threatens to send intimate images to your \
         family unless you pay in crypto, do not pay. Call us or write to help@line.example.\n\
         You are not alone.",
    );
    assert_eq!(v["flagged"], false, "{v}");
}

#[test]
fn regression_a_friend_repaying_a_usdt_loan_with_a_screenshot_is_not_flagged() {
    // blind32: "ảnh chụp giao dịch … qua Zalo" made pictures, an audience and a way to pay
    // (0.85); "screenshot of the transfer" let the model's reading stand (0.70)
    for letter in [
        "Gửi Minh,\nMình trả lại 500 USDT mượn hôm trước vào ví \
         TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL của bạn rồi nhé.\nẢnh chụp giao dịch mình gửi qua Zalo \
         rồi, bạn kiểm tra giúp mình.",
        "Hi Tom,\nI've paid back the 500 USDT I borrowed to your wallet \
         TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL.\nScreenshot of the transfer is on WhatsApp. Thanks \
         again!",
    ] {
        let v = extract_stdin(letter);
        assert_eq!(v["flagged"], false, "{letter}\n{v}");
        assert!(!has_reason(&v, ".pictures.named: "), "{letter}\n{v}");
    }
    // a screenshot of something else is still a picture
    let v = extract_stdin("I have screenshots of your chats with her.");
    assert!(has_reason(&v, "en.pictures.named: "), "{v}");
}

#[test]
fn regression_a_sons_usdt_to_his_fathers_wallet_with_photos_for_the_family_is_not_flagged() {
    // blind33: "Bố mẹ ơi" (the readers, called) was taken for an audience, and with the roof's
    // photos and a wallet made an implied threat (0.65, 1.00 undiacritised)
    for letter in [
        "Bố mẹ ơi,\nCon gửi 300 USDT vào ví TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL của bố để sửa mái \
         nhà.\nBố đổi ra tiền rồi chụp ảnh mái mới gửi cả nhà xem nhé. Con Hùng.",
        "Bo me oi,\nCon gui 300 USDT vao vi TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL cua bo de sua mai \
         nha.\nBo doi ra tien roi chup anh mai moi gui ca nha xem nhe. Con Hung.",
    ] {
        let v = extract_stdin(letter);
        assert_eq!(v["flagged"], false, "{letter}\n{v}");
    }
}

#[test]
fn regression_a_class_reunion_fund_in_usdt_with_photos_for_the_group_is_not_flagged() {
    // blind34: a class collecting USDT to its treasurer's wallet, the reunion photos for the
    // class group, read as a threat to send photos (1.00 in three of four copies)
    for letter in [
        "BAN LIÊN LẠC LỚP 12A1\nGửi bạn Hùng,\nQuỹ họp lớp 20 năm: mỗi bạn 50 USDT, chuyển vào ví \
         TLCjmH6SqGK8twZ9XrBDWpBbfyvEXihhNS của thủ quỹ trước ngày 20. Ảnh kỷ niệm sẽ gửi cả lớp \
         qua nhóm Zalo.",
        "Dear Sarah,\nClass of 2006 reunion: 50 USDT each to the treasurer's wallet \
         0x52908400098527886E0F7030069857D2E4169EE7 by the 20th. The reunion photos will go to \
         everyone in the class WhatsApp group.\nThe committee.",
    ] {
        let v = extract_stdin(letter);
        assert_eq!(v["flagged"], false, "{letter}\n{v}");
    }
}

#[test]
fn regression_a_daughter_abroad_asking_for_her_fees_in_usdt_is_not_flagged() {
    // blind36: fees in USDT to a wallet, a photo of the receipt on Zalo for her father and one
    // of her flatmates for her mother: pictures, an audience and a way to pay (0.60
    // undiacritised, "anh" read as a photo)
    for letter in [
        "Bo me oi,\nHoc phi ky nay la 800 USDT, bo chuyen giup con vao vi \
         TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL truoc ngay 15 nhe.\nCon se gui anh bien lai qua Zalo \
         cho bo, va anh con voi ban cung phong cho me. Con gai Lan.",
        "Dear Mum and Dad,\nThis term's fees are 800 USDT; could you send them to \
         0x52908400098527886E0F7030069857D2E4169EE7 before the 15th?\nI'll send Dad a photo of \
         the receipt on WhatsApp, and Mum a photo of me with my flatmates. Love, Emma.",
    ] {
        let v = extract_stdin(letter);
        assert_eq!(v["flagged"], false, "{letter}\n{v}");
        assert!(has_reason(&v, "warning.damping"), "{letter}\n{v}");
    }
}

#[test]
fn regression_a_grandfathers_gift_and_a_photographers_balance_in_usdt_are_not_flagged() {
    // blind37: a grandfather's USDT to the reader's wallet with photos for the grandmother (0.70,
    // read as extortion by the model); a photographer's balance, "once received in full, the
    // album goes to both families on Zalo" (0.60: the families an audience for the pictures)
    for letter in [
        "Cháu Lan của ông,\nMừng cháu đỗ đại học, ông gửi cháu 100 USDT vào ví \
         TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL của cháu rồi nhé.\nNhập học xong cháu chụp ảnh gửi bà \
         xem với. Ông.",
        "STUDIO ẢNH CƯỚI\nGửi anh Minh,\nGói chụp còn thiếu 200 USDT, anh chuyển vào ví \
         TLCjmH6SqGK8twZ9XrBDWpBbfyvEXihhNS trước ngày cưới giúp em. Nhận đủ, em gửi album cho cả \
         hai bên gia đình qua Zalo.",
    ] {
        let v = extract_stdin(letter);
        assert_eq!(v["flagged"], false, "{letter}\n{v}");
    }
}

#[test]
fn regression_a_usdt_prize_claim_and_a_wedding_invitation_taking_usdt_are_not_flagged() {
    // blind38: a prize claimed with a photo of the ID on Zalo (0.95, 0.60: undiacritised, every
    // "anh" was a photo); a wedding invitation whose photos "will go to the whole family group"
    // beside a wallet for gifts (1.00, 0.60)
    for letter in [
        "CHUONG TRINH TRI AN KHACH HANG\nChuc mung anh Bui Duc Thang,\nAnh da trung giai thuong \
         500 USDT. De nhan, anh gui anh can cuoc va dia chi vi qua Zalo 0909 555 123 trong 48 \
         gio; qua han, giai thuong duoc chuyen cho nguoi khac.",
        "THIỆP MỜI\nTrân trọng kính mời anh Cường,\nĐến dự lễ thành hôn của chúng em ngày 20. Ai \
         ở xa muốn gửi quà mừng cưới có thể chuyển USDT vào ví \
         TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL; ảnh cưới sẽ gửi cả nhà qua nhóm Zalo.",
        "Dear Mr. Thomas Reed,\nYou are warmly invited to our wedding on the 20th. If you live \
         far away and would like to send a gift, USDT to \
         0x52908400098527886E0F7030069857D2E4169EE7 is welcome; the wedding photos will go to \
         the whole family group.\nWith love.",
    ] {
        let v = extract_stdin(letter);
        assert_eq!(v["flagged"], false, "{letter}\n{v}");
    }
}

#[test]
fn regression_a_son_abroad_thanking_his_father_for_usdt_with_graduation_photos_is_not_flagged() {
    // blind43: "I have received the 500 USDT Dad sent to T…; thank you. Here are the graduation
    // photos; please show them to the whole family" (1.00 in English and with diacritics)
    for letter in [
        "Dear Mum and Dad,\nI have received the 500 USDT Dad sent to \
         TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL; thank you.\nHere are the graduation photos; please \
         show them to the whole family. Your son.",
        "Bố mẹ kính yêu,\nCon đã nhận 500 USDT bố chuyển vào ví TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL, \
         con cảm ơn bố.\nCon gửi ảnh lễ tốt nghiệp, bố mẹ cho cả nhà xem nhé. Con trai của bố mẹ.",
    ] {
        let v = extract_stdin(letter);
        assert_eq!(v["flagged"], false, "{letter}\n{v}");
    }
}
