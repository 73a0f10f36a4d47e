//! The threat lexicon's wording, blind62 to blind70: the letters those sets missed on first
//! sight, run through `mailscreen extract` with the built-in rules, so a later change that loses
//! one fails under the name of what broke (`threat_wording_latest` holds blind49 to blind61,
//! `threat_wording_blind7x` blind71 and later).

use crate::extract_text::{assert_flagged_by, assert_held, extract_stdin, has_reason};

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
        assert_held(letter, &["clearer_ones_kept: "]);
    }
}

#[test]
fn regression_threats_of_blind63_a_cash_envelope_a_reason_known_a_recording_and_a_private_album() {
    // blind63's misses: a taxi driver's found bag "with an envelope of cash and a contractor's
    // business card", naming a wallet (0.45: the gate held the model's reading); and, naming
    // none, "I know who you sent money to last month, and why" (0.45), a former maid's stories
    // "all recorded" (0.45) and an old phone's "Private album" (0.30)
    for (letter, rule) in [
        (
            "Dear Chief of Office Ms. Laura Bennett,\nI drove the taxi on the night of the 9th. \
             You left a bag in my car with an envelope of cash and a contractor's business card \
             in it.\n2,500 USDT to 1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mo within five days.",
            "en.compromising.cash_envelope",
        ),
        (
            "Anh Đặng Quốc Bảo,\nTôi biết tháng trước anh chuyển tiền cho ai, và vì sao.\nNhắn \
             Telegram @biet_vi_sao trong 3 ngày.",
            "vi.surveillance.known_why",
        ),
        (
            "Chị Bùi Thị Thu,\nNgười giúp việc cũ của chị kể cho tôi nghe nhiều chuyện về nhà \
             chị. Tôi ghi âm lại cả rồi.\nViết cho silentpay47@tutanota.com trong 4 ngày.",
            "vi.compromising.writer_recorded",
        ),
        (
            "Chị Bùi Thị Thu,\nChiếc điện thoại cũ chị bán vẫn còn đăng nhập iCloud. Album Riêng \
             tư có 212 ảnh.\nGửi thư về thuongluong8817@proton.me trong 3 ngày.",
            "vi.compromising.images",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // the taxi firm's own notice names an envelope, not its cash; a wedding's money envelope
    // names no contractor
    for letter in [
        "Dear Ms Bennett,\nOur driver found a bag you left in the taxi on the night of the 9th, \
         with an envelope and a business card in it. Please collect it from our office within \
         fifteen days.\nTaxi company.",
        "Chị Thu thân mến,\nPhong bì tiền mừng cưới của cơ quan em gửi kèm thư này. Chúc anh chị \
         trăm năm hạnh phúc.",
    ] {
        assert_held(letter, &["cash_envelope: "]);
    }
}

#[test]
fn regression_threats_of_blind64_a_recording_named_and_whatsapp_contacted() {
    // blind64's misses, in Vietnamese, naming no wallet: the restaurant's next table and "my
    // phone was recording" (0.45: "ghi âm" was no picture named, where the English twin's
    // "recording" is, so the gate held the model's reading)
    assert_flagged_by(
        "Ông Hoàng Văn Nam,\nTối thứ Sáu tôi ngồi bàn bên cạnh ông ở nhà hàng hải sản. Ông nói \
         chuyện to quá, và điện thoại của tôi thì đang bật ghi âm.\nViết cho \
         hopdong.bimat35@tutanota.com trong 5 ngày.",
        "vi.pictures.named",
    );
    // and a spa card's history printed (0.40): "Liên hệ WhatsApp" was no instruction, where
    // "Liên hệ Zalo" is. The scan flags with its printed photo; the text alone names no
    // pictures, so here the instruction, and the combination it makes, are what is checked
    let v = extract_stdin(
        "Chị Bùi Thị Thu,\nThẻ hội viên spa mang tên chị có lịch sử sử dụng rất thú vị. Tôi đã in \
         ra.\nLiên hệ WhatsApp +84 937 204 618 trong 5 ngày.",
    );
    assert!(
        has_reason(&v, "vi.contact.write: contact \"Liên hệ WhatsApp\""),
        "{v}"
    );
    assert!(has_reason(&v, "combo.language_write_deadline: "), "{v}");
    // a meeting recorded for the minutes names a recording too, and stays ordinary mail
    let v = extract_stdin(
        "Kính gửi anh Nam,\nCuộc họp trực tuyến tối thứ Ba đã được ghi âm để làm biên bản. Bản \
         ghi sẽ được xóa sau 30 ngày.\nVăn phòng.",
    );
    assert_eq!(v["flagged"], false, "{v}");
}

#[test]
fn regression_threats_of_blind65_what_the_writer_has_and_a_false_price() {
    // blind65's misses, naming no wallet: "I only need you to know what I have", undiacritised
    // (0.55 with the model's confident reading, nothing else counting), and a tender's approval
    // signature with "the price is not the real price; I have both price lists" (0.45: the gate
    // held the model's reading)
    for (letter, rule) in [
        (
            "Ong Hoang Van Nam,\nToi khong can tien cua ong ngay. Toi chi can ong biet rang toi co \
             nhung gi.\nLien he Signal +84 968 205 713 trong 7 ngay.",
            "vi.compromising.what_i_have",
        ),
        (
            "Mr. Daniel Brooks,\nI do not need your money yet. I only need you to know what I \
             have.\nWrite to quiet.deal41@proton.me within seven days.",
            "en.compromising.what_i_have",
        ),
        (
            "Anh Đặng Quốc Bảo,\nTrong hồ sơ thầu gói số 9, chữ ký phê duyệt là của anh, còn giá \
             thì không phải giá thật. Tôi có cả hai bảng giá.\nGửi thư về \
             private.matter33@gmail.com trong 6 ngày.",
            "vi.compromising.false_price",
        ),
        (
            "Mr. Daniel Brooks,\nOn tender package no. 9 the approval signature is yours, and \
             the price is not the real price. I have both price lists.\nWrite to \
             private.matter33@gmail.com within six days.",
            "en.compromising.false_price",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // what someone has to bring, and a tender office's two price lists, are no such claim
    for letter in [
        "Dear Mr Brooks,\nPlease let me know what I have to bring to the meeting, within three \
         days.\nSecretariat.",
        "Kính gửi anh Bảo,\nTrong hồ sơ thầu gói số 9 có hai bảng giá khác nhau. Đề nghị anh xác \
         nhận bảng giá đúng và gửi lại trong 6 ngày.",
    ] {
        assert_held(letter, &["what_i_have: ", "false_price: "]);
    }
}

#[test]
fn regression_threats_of_blind66_both_documents_held_and_what_the_writer_holds() {
    // blind66's misses, naming no wallet: a subcontractor's payment receipt dated before its
    // contract and "I have both", undiacritised (0.45) and in English (0.45); and "you also
    // know what I am holding", undiacritised (0.55), which blind65's rule did not know
    for (letter, rule) in [
        (
            "Ong Hoang Van Nam,\nBien lai chuyen tien cho nha thau phu ghi ngay 3 thang 4. Hop \
             dong thi ky ngay 10. Toi giu ca hai.\nGui thu ve giaiquyet24741@proton.me trong 5 \
             ngay.",
            "vi.compromising.holds_both",
        ),
        (
            "Mr. Daniel Brooks,\nThe payment receipt for the subcontractor is dated 3 April. The \
             contract was signed on the 10th. I have both.\nWrite to thuongluong883@proton.me \
             within five days.",
            "en.compromising.holds_both",
        ),
        (
            "Ong Hoang Van Nam,\nThu nay khong co chu ky, vi ong biet toi la ai. Ong cung biet \
             toi dang giu gi.\nViet cho lienhe.anh97@tutanota.com trong 4 ngay.",
            "vi.compromising.what_i_have",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // an ordinary letter may hold both papers too: the rule fires, the model's ordinary
    // reading holds it; and an audit query about the same dates names no holding
    let v = extract_stdin(
        "Dear Mr Brooks,\nThank you for the contract and the invoice; I have both now. Write to \
         me at lan.tran@gmail.com within a week about the start date.",
    );
    assert!(has_reason(&v, "en.compromising.holds_both: "), "{v}");
    assert_eq!(v["flagged"], false, "{v}");
    let v = extract_stdin(
        "Dear Mr Brooks,\nThe payment receipt for the subcontractor is dated 3 April, before the \
         contract was signed on the 10th. Please explain the dates to the audit team within five \
         days.\nInternal audit.",
    );
    assert!(!has_reason(&v, "holds_both: "), "{v}");
    assert_eq!(v["flagged"], false, "{v}");
}

#[test]
fn regression_threats_of_blind67_papers_all_held_and_phone_copied() {
    // blind67's misses: a village road contract's scoring sheet and the message sent the night
    // before, "tôi có đủ", undiacritised, with a wallet (0.45: the model's p 0.97 is short of
    // sure and nothing named a threat); and a phone left on a café table, "once was enough for
    // me to copy everything on it", in Vietnamese and English, naming no wallet (0.45 each)
    for (letter, rule) in [
        (
            "Kinh gui ong Chu tich UBND xa Hoang Van Nam,\nOng cho em vo trung thau con duong \
             lien thon. Bien ban cham thau va tin nhan ong gui em vo dem truoc, toi co du.\n3.000 \
             USDT vao vi TTRjVyHu1Lv3DjBPTgzCwsjCvsQaHKQcmN trong 5 ngay.",
            "vi.compromising.holds_all",
        ),
        (
            "Anh Đặng Quốc Bảo,\nAnh hay để điện thoại trên bàn khi đi uống cà phê. Một lần là \
             đủ để tôi sao chép mọi thứ trong đó.\nNhắn Telegram @sao_luu_may trong 3 ngày.",
            "vi.surveillance.device_copied",
        ),
        (
            "Mr. Daniel Brooks,\nYou leave your phone on the table when you go for coffee. Once \
             was enough for me to copy everything on it.\nMessage Telegram @backup_copy within \
             three days.",
            "en.surveillance.device_copied",
        ),
        (
            "Mr. Daniel Brooks,\nThe scoring sheet, the minutes and the messages to your \
             brother-in-law: I have them all.\nWrite to thuongluong883@proton.me within five \
             days.",
            "en.compromising.holds_all",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // a repair shop that copied a phone as asked is no such claim
    for letter in [
        "Kinh gui anh Bao,\nMay cua anh da sua xong. Theo yeu cau, chung toi da sao chep toan bo \
         danh ba va anh sang may moi. Anh den nhan trong 3 ngay.",
        "Dear Mr Brooks,\nYour phone is repaired. As you asked, we have copied everything on your \
         old phone to the new one. Please collect it within three days.",
    ] {
        assert_held(letter, &["device_copied: "]);
    }
    // an ordinary letter may name a contract and say "tôi có đủ" (the deposit): the rule fires,
    // the model's ordinary reading holds it
    let v = extract_stdin(
        "Con chào bố mẹ,\nHợp đồng thuê nhà con ký rồi, tiền cọc tôi có đủ, bố mẹ đừng gửi thêm. \
         Con gọi Zalo cho bố mẹ trong 3 ngày.",
    );
    assert!(has_reason(&v, "vi.compromising.holds_all: "), "{v}");
    assert_eq!(v["flagged"], false, "{v}");
}

#[test]
fn regression_threats_of_blind68_proof_addresses_forgetting_tickets_and_the_online_press() {
    // blind68's misses, all held at 0.45 by the gate: "the first with proof" (Telegram), "I
    // have the addresses" of undeclared houses, undiacritised (e-mail), "just enough to forget
    // what I saw" (Viber), "I have the second boarding pass" (English, WhatsApp), and a watch
    // worth ten years' salary that "online newspapers love", undiacritised, with its wallet
    for (letter, rule) in [
        (
            "Anh Đặng Quốc Bảo,\nTôi không phải người đầu tiên biết chuyện anh và cô kế toán. \
             Nhưng tôi là người đầu tiên có bằng chứng.\nNhắn Telegram @bang_chung_ok trong 3 \
             ngày.",
            "vi.compromising.has_proof",
        ),
        (
            "Ong Hoang Van Nam,\nBan ke khai tai san cua ong thieu ba can nha. Toi co dia chi va \
             ten nguoi dung ten ca ba can.\nGui thu ve hotro.kin55@tutanota.com trong 6 ngay.",
            "vi.surveillance.address",
        ),
        (
            "Chị Phạm Thị Lan,\nTôi không cần nhiều. Chỉ cần đủ để tôi quên những gì đã thấy.\n\
             Liên hệ Viber 0938 527 146 trong 3 ngày.",
            "vi.surveillance.forget_what_seen",
        ),
        (
            "Mr. Daniel Brooks,\nLast month's Singapore trip: two of you flew, one was reported. \
             I have the second boarding pass.\nMessage WhatsApp +84 918 462 035 within three \
             days.",
            "en.compromising.ticket_held",
        ),
        (
            "Ong Hoang Van Nam,\nChiec dong ho ong deo trong anh hop bao gia bang muoi nam luong \
             cua ong. Bao dien tu rat thich nhung so sanh nhu the.\n3.000 USDT vao vi \
             36j4NfKv6Akva9amjWrLG6MuSQym1GuEmm trong 5 ngay.",
            "vi.audience.named",
        ),
        (
            "Mrs. Helen Carter,\nI do not need much. Just enough to forget what I saw.\nMessage \
             Viber +84 938 527 146 within three days.",
            "en.surveillance.forget_what_seen",
        ),
        (
            "Mr. Daniel Brooks,\nI know about you and the accountant, and I have the proof.\n\
             Write to thuongluong883@proton.me within five days.",
            "en.compromising.has_proof",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // a police letter's proof, a customer's proof of purchase, an address to write to, a travel
    // agency's boarding passes and a newspaper's photos for approval are no such claim
    for (letter, rule) in [
        (
            "Kính gửi ông Nam,\nNếu ông có bằng chứng về kẻ gửi thư, chúng tôi có bằng chứng để \
             đối chiếu. Ông không chuyển tiền; mang thư đến Công an phường.",
            "has_proof: ",
        ),
        (
            "Dear Sir,\nI have proof of purchase for the kettle. Please refund me within five \
             days.",
            "has_proof: ",
        ),
        (
            "Kính gửi anh Bảo,\nTôi có địa chỉ email của anh rồi, tuần sau tôi gửi ảnh cưới qua \
             email trong 5 ngày.",
            "surveillance.address: ",
        ),
        (
            "Kính gửi anh Bảo,\nChúng tôi gửi lại thẻ lên máy bay của hai người trong đoàn đi \
             Singapore tháng trước, để anh làm thủ tục thanh toán công tác.",
            "ticket_held: ",
        ),
    ] {
        assert_held(letter, &[rule]);
    }
    let v = extract_stdin(
        "BÁO ĐIỆN TỬ HÀ NỘI\nKính gửi ông Nam,\nBáo gửi ông bộ ảnh buổi họp báo tuần trước để \
         ông duyệt trước khi đăng. Ông phản hồi trong 5 ngày; sau thời hạn, báo sẽ dùng ảnh đã \
         chọn.",
    );
    assert_eq!(v["flagged"], false, "{v}");
}

#[test]
fn regression_threats_of_blind69_fear_known_mailbox_hinted_and_envelope_taken() {
    // blind69's misses: "I know what you fear most; do not let it happen" (Viber, 0.55), an
    // official mailbox whose password the writer knows and "holds many interesting things"
    // (English, Telegram, 0.45), and "the envelope you took at the golf course", with someone
    // holding a phone ten metres away (English, with its wallet, 0.45)
    for (letter, rule) in [
        (
            "Chị Phạm Thị Lan,\nTôi biết chị sợ điều gì nhất. Đừng để nó xảy ra.\nLiên hệ Viber \
             0912 375 048 trong 3 ngày.",
            "vi.surveillance.known_fear",
        ),
        (
            "Mr. Daniel Brooks,\nThe password to your official e-mail is your daughter's name and \
             year of birth. The mailbox holds many interesting things.\nMessage Telegram \
             @old_mailbox within three days.",
            "en.surveillance.private_store_hinted",
        ),
        (
            "Mr. Daniel Brooks,\nThe envelope you took at the golf course on Sunday: someone \
             stood ten metres away holding a phone.\n2,500 USDT to \
             0x8617E340B3D01FA5F11F306F4090FD50E238070D within seven days.",
            "en.compromising.envelope_taken",
        ),
        (
            "Ong Hoang Van Nam,\nChiec phong bi ong nhan o san golf hom Chu nhat, co nguoi dung \
             cach ong muoi met, cam dien thoai.\nGui thu ve giaiquyet24741@proton.me trong 7 \
             ngay.",
            "vi.compromising.envelope_taken",
        ),
        (
            "Mrs. Helen Carter,\nI know what you fear most. Do not let it happen.\nMessage Viber \
             +84 912 375 048 within three days.",
            "en.surveillance.known_fear",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // a helpline quoting the phrase fires the rule and stays a warning; an IT password reset and a
    // golf club's found envelope are no such claim
    let v = extract_stdin(
        "Dear Ms Carter,\nBlackmail letters often say 'I know what you fear most' without naming \
         anything. Do not reply or pay; take the letter to the police.\nVictim support helpline.",
    );
    assert!(has_reason(&v, "en.surveillance.known_fear: "), "{v}");
    assert_eq!(v["flagged"], false, "{v}");
    for letter in [
        "Dear Mr Brooks,\nYour official e-mail password has not been changed for a year and may \
         be easy to guess. Please set a new one within three days.\nIT department.",
        "Kính gửi ông Nam,\nNhân viên tìm thấy một phong bì ghi tên ông ở khu sân tập hôm Chủ \
         nhật. Ông đến quầy lễ tân nhận lại trong 7 ngày.",
    ] {
        assert_held(letter, &["private_store_hinted: ", "envelope_taken: "]);
    }
}

#[test]
fn regression_threats_of_blind70_noticed_and_noted_and_first_draft_kept() {
    // blind70's misses that rules now read: union fund withdrawals "you think nobody noticed; I
    // noticed, and I wrote down the dates", in Vietnamese and English (e-mail, 0.45 each), and an
    // inspection conclusion rewritten after a dinner, "I still have the first draft, with your
    // notes in the margin" (English, with its wallet, 0.45)
    for (letter, rule) in [
        (
            "Chị Phạm Thị Lan,\nChị nghĩ không ai để ý chị rút tiền quỹ công đoàn vào cuối mỗi \
             quý. Tôi để ý, và tôi ghi lại từng ngày.\nViết cho baomat.rieng74@yandex.com trong \
             5 ngày.",
            "vi.surveillance.noticed_and_noted",
        ),
        (
            "Mrs. Helen Carter,\nYou think nobody noticed you drawing on the union fund at the end \
             of every quarter. I noticed, and I wrote down the dates.\nWrite to \
             thuongluong8818@gmail.com within five days.",
            "en.surveillance.noticed_and_noted",
        ),
        (
            "Mr. Daniel Brooks,\nThe inspection conclusion on the new urban area was rewritten \
             after a dinner at the Song Hong restaurant. I still have the first draft, with your \
             notes in the margin.\n2,500 USDT to 0x3599689E6292b81B2d85451025146515070129Bb \
             within five days.",
            "en.compromising.draft_kept",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // an inspectorate sending its draft for margin notes, and a union's quarterly report, are no
    // such claim
    for letter in [
        "Dear Mr Brooks,\nPlease find the first draft of the inspection conclusion; add your notes \
         in the margin and return it within ten days.\nInspectorate office.",
        "Kính gửi chị Lan,\nBáo cáo thu chi quỹ công đoàn quý này đã xong. Chị ký xác nhận và nộp \
         lại cho văn phòng trong 5 ngày.",
    ] {
        assert_held(letter, &["noticed_and_noted: ", "draft_kept: "]);
    }
}
