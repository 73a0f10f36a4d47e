//! The threat lexicon's wording, latest rounds: the letters of blind49 to blind61 missed on
//! first sight, run through `mailscreen extract` with the built-in rules, so a later change that
//! loses one fails under the name of what broke (`threat_wording_recent` holds blind33 to
//! blind48, `threat_wording` the earlier sets; `threat_wording_blind6x` blind62 and later).

use crate::extract_text::{assert_flagged_by, extract_stdin, has_reason};

#[test]
fn regression_threats_of_blind49_kept_secrets_keepsakes_and_a_photo_sent_to_an_ex() {
    // blind49's misses, none naming a wallet: keepsakes sent to the wife "this week" (0.30,
    // undiacritised); a secret kept for a year whose price went up, "contact Signal … before the
    // end of the month", in two languages (0.50, 0.25); a photo sent to an ex, now the writer's
    // (0.40: the material, a photo sent to an ex, was no wording the rules knew)
    for (letter, rule) in [
        (
            "Anh Dang Quoc Bao,\nEm la nguoi anh gap o quan bar thang truoc. Em co giu vai ky \
             niem cua anh.\nAnh viet cho em qua resolve.now35@yandex.com trong tuan nay nhe, \
             khong thi em gui ky niem cho chi nha.",
            "vi.exposure.send_media_to",
        ),
        (
            "Anh Minh,\nTôi đã giữ bí mật cho anh suốt một năm. Năm nay giá đã tăng.\nLiên hệ \
             Signal +84 912 553 708 trước cuối tháng.",
            "vi.exposure.spread",
        ),
        (
            "Mr. Reed,\nI have kept your secret for a year. This year the price went up.\nContact \
             Signal +44 7700 900733 before the end of the month.",
            "en.exposure.spread",
        ),
        (
            // the letter as it was: at blind49's round the model read it near the line of ordinary
            // mail (p 0.35 on the scan; 0.34, under it, addressed to another name); retrained
            // with blind49 it no longer reads it as ordinary under either name
            "Mr. Daniel Price,\nThe photo you sent your ex is still on his phone. Now it is on \
             mine too.\nWrite to hopdong.bimat4@proton.me before Saturday.",
            "en.compromising.images",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
}

#[test]
fn regression_threats_of_blind50_a_series_held_back_printed_leaflets_and_a_reply_via() {
    // blind50's misses, none naming a wallet: "page 1 of 12 … write to … to learn who gets page
    // 2", undiacritised and in English (0.45, 0.25); 200 leaflets with the reader's photo and
    // "call Signal" (0.45); a signature for photos that "stay put", "trả lời qua" an address
    // (0.45)
    for (letter, rule) in [
        (
            "Anh Minh,\nDay la trang 1 trong 12 trang. Muoi mot trang con lai dang o cho toi.\nViet \
             cho silentpay28@outlook.com trong 3 ngay de biet ai se nhan trang 2.",
            "vi.exposure.spread",
        ),
        (
            "Mr. Reed,\nThis is page 1 of 12. The other eleven pages are with me.\nWrite to \
             hotro.kin38@proton.me within three days to learn who gets page 2.",
            "en.exposure.spread",
        ),
        (
            "Ông Hùng,\nTôi đã in 200 tờ rơi có ảnh ông. Chúng đang chờ ở cổng chợ phường.\nGọi \
             Signal +84 935 662 190 trước 18 giờ thứ Năm.",
            "vi.contact.write",
        ),
        (
            "Ông Nguyễn Văn Hùng,\nTôi chỉ cần chữ ký của ông vào hồ sơ đấu thầu số 17. Đổi lại, \
             bộ ảnh ở Đà Nẵng sẽ nằm yên.\nTrả lời qua thuongluong8885@tutanota.com trong 4 ngày.",
            "vi.contact.write_to_address",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
}

#[test]
fn regression_threats_of_blind51_a_schedule_of_addresses_starting_monday() {
    // blind51's misses, one letter in two languages naming no wallet: "three photos and three
    // addresses … one address a week, starting Monday, unless you write to …" (0.50 each: the
    // day the schedule starts was no deadline, so the instruction to write did not count)
    for (letter, rule) in [
        (
            "Anh Phạm Văn Tùng,\nTôi có 3 tấm ảnh và 3 địa chỉ: nhà anh, cơ quan anh, nhà bố mẹ vợ \
             anh.\nMỗi tuần một địa chỉ, bắt đầu từ thứ Hai, trừ khi anh viết cho \
             hotro.kin35@outlook.com.",
            "combo.language_write_deadline",
        ),
        (
            "Mr. Daniel Price,\nI have three photos and three addresses: your home, your office, \
             your in-laws.\nOne address a week, starting Monday, unless you write to \
             quiet.deal59@tutanota.com.",
            "combo.language_write_deadline",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
}

#[test]
fn regression_keepsakes_sent_with_a_medal_and_a_kept_secret_promised_are_not_threats() {
    // the wordings above stay narrow: a commemorative medal is sent ("gửi kỷ niệm chương cho"),
    // a hotline promises to keep the caller's secret, a print shop's leaflets show the shop, a
    // raffle names its next recipient
    for letter in [
        "Kính gửi đồng chí Minh,\nBan liên lạc gửi kỷ niệm chương cho các đồng chí cán bộ hưu \
         trí trong tuần này.",
        "Kính gửi anh Minh,\nChúng tôi giữ bí mật cho anh. Gọi đường dây nóng 1900 6868.",
        "Dear Mr. Reed,\nWe keep your secret safe. Call our hotline before the end of the month.",
        "Kính gửi ông Hùng,\n200 tờ rơi có ảnh cửa hàng của ông đã in xong. Ông nhận trước thứ \
         Năm.",
        "Dear Mr. Reed,\nThe 200 leaflets with photos of your shop are printed. Collect them \
         before Thursday.",
        // blind51: a raffle asks the reader to write "to learn who gets first prize"; the
        // series phrase of blind50 ("to learn who gets") took it for a threat
        "Kính gửi chị Lan,\nCảm ơn chị đã mua vé xổ số gây quỹ. Viết cho ban tổ chức qua \
         quyxoso.phuhuynh@gmail.com trong 3 ngày để biết ai sẽ nhận giải nhất.",
        "Dear Mrs. Carter,\nThank you for buying raffle tickets. Write to the committee within \
         three days to learn who gets first prize.",
    ] {
        let v = extract_stdin(letter);
        assert!(
            !has_reason(&v, ".exposure."),
            "no exposure threat expected in {letter:?}, got:\n{v}"
        );
    }
}

#[test]
fn material_held_with_an_address_to_write_to_by_a_deadline_is_a_demand() {
    // combo.material_write_deadline: the photo letter above flags by it (0.55 without); the same
    // letter with no deadline stays under the flag
    let letter = "Mr. Daniel Price,\nThe photo you sent your ex is still on his phone. Now it is \
                  on mine too.\nWrite to hopdong.bimat4@proton.me before Saturday.";
    assert_flagged_by(letter, "combo.material_write_deadline");
    let v = extract_stdin(&letter.replace(" before Saturday", ""));
    assert_eq!(v["flagged"], false, "{v}");
    assert!(!has_reason(&v, " combo.material_write_deadline: "), "{v}");
}

#[test]
fn this_week_is_a_deadline_in_english_as_in_vietnamese() {
    // blind52's English miss gained its deadline ("this week", as "trong tuần này" was for
    // blind49); the letter itself stays under the flag (no threat the rules can read)
    for (letter, rule) in [
        (
            "Ms. Laura Bennett,\nYour new boss is an old classmate of mine. I could send him a \
             few things.\nWrite to resolve.now37@proton.me this week if you would rather I did \
             not.",
            " en.deadline.within: ",
        ),
        (
            "Chị Lan,\nSếp mới của chị là bạn học cũ của tôi. Tôi có thể gửi cho anh ấy vài \
             thứ.\nViết cho private.matter45@yandex.com trong tuần này, nếu chị không muốn vậy.",
            " vi.deadline.within: ",
        ),
    ] {
        let v = extract_stdin(letter);
        assert!(has_reason(&v, rule), "{rule} not among the reasons: {v}");
    }
}

#[test]
fn regression_threats_of_blind53_a_story_the_husband_believes_and_the_weekend() {
    // blind53's misses, naming no wallet: "your husband thinks you are at English class …;
    // write to … before the weekend" in two languages (0.45, 0.30). The undiacritised one flags
    // now; the English one gains its deadline and the surveillance but stays under (0.55: the
    // model reads it as neither, and a deception known is no threat of spreading)
    assert_flagged_by(
        "Chi Le Quang Vinh,\nChong chi tuong chi di hoc them tieng Anh toi thu Ba va thu Nam.\n\
         Viet cho lienhe.anh98@outlook.com truoc cuoi tuan.",
        "vi.surveillance.watching",
    );
    let v = extract_stdin(
        "Ms. Laura Bennett,\nYour husband thinks you are at English class on Tuesday and \
         Thursday evenings.\nWrite to hopdong.bimat17@gmail.com before the weekend.",
    );
    for rule in [" en.surveillance.watching: ", " en.deadline.within: "] {
        assert!(has_reason(&v, rule), "{rule} not among the reasons: {v}");
    }
}

#[test]
fn regression_threats_of_blind54_a_photo_sent_at_night_and_a_hotel_room() {
    // blind54's misses: "the photo you sent on Messenger at 2 a.m. is still on my phone; contact
    // … within three days" in two languages, naming no wallet (0.30 each: the hour said nothing
    // to the rules, and a bare "contact" before an address was no instruction); "room 1208, the
    // night of the 14th; the receptionist still remembers you", paying to a wallet (0.45: no
    // threat, so the coercion gate capped it)
    for (letter, rule) in [
        (
            "Chị Phạm Thu Hà,\nTấm ảnh chị gửi qua Messenger lúc 2 giờ sáng vẫn còn trong máy \
             tôi.\nLiên hệ hopdong.bimat74@yandex.com trong 3 ngày.",
            "vi.compromising.sent_at_night",
        ),
        (
            "Ms. Laura Bennett,\nThe photo you sent on Messenger at 2 a.m. is still on my \
             phone.\nContact hopdong.bimat40@proton.me within three days.",
            "en.contact.address_by_deadline",
        ),
        (
            "Mr. Daniel Price,\nRoom 1208, the night of the 14th. The receptionist still \
             remembers you.\n6,000 USDT to TNGoca1VHC6Y5Jd2B1VFpFEhizVk92Rz85 within four days.",
            "en.surveillance.room_night",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
}

#[test]
fn regression_a_photo_asked_for_by_8_am_or_a_hotel_stay_is_no_threat() {
    // the hours are named, not any "giờ sáng"/"a.m.": an office asks for photos by 8 a.m.; and
    // a hotel's thanks for a night in room 1208 is surveillance's words with nothing to pay
    for letter in [
        "Kính gửi anh Minh,\nAnh gửi ảnh thẻ về văn phòng trước 8 giờ sáng thứ Hai. Mọi thắc \
         mắc liên hệ vanphong.so@gmail.com trong giờ hành chính.",
        "Dear Mr. Price,\nThank you for staying in room 1208 on the night of the 14th. Our \
         reception team would love to hear your feedback.\nGuest relations.",
        "Kính gửi anh Minh,\nCảm ơn anh đã lưu trú tại phòng 1208 khách sạn Mường Thanh đêm 14. \
         Lễ tân chúng tôi rất mong nhận ý kiến của anh.",
    ] {
        let v = extract_stdin(letter);
        assert_eq!(v["flagged"], false, "{letter}\n{v}");
        for rule in [
            " vi.compromising.sent_at_night: ",
            " vi.contact.address_by_deadline: ",
        ] {
            assert!(!has_reason(&v, rule), "{rule} for {letter}\n{v}");
        }
    }
}

#[test]
fn regression_threats_of_blind55_a_son_who_need_not_know_yet() {
    // blind55's miss, naming no wallet: "your son is fifteen; he need not know yet what his
    // mother does at hotels; message Telegram … within three days" (0.45: the model read it as
    // extortion, but with no pictures and no one named to show them to, the coercion gate held
    // it). "Not yet" kept from the family is surveillance, as "still doesn't know" is
    for (letter, rule) in [
        (
            "Chi Bui Thi Thao,\nCon trai chi 15 tuoi. No chua can biet me no lam gi o khach \
             san.\nNhan Telegram @me_khachsan trong 3 ngay.",
            "vi.surveillance.kept_from_family",
        ),
        (
            "Mrs. Helen Carter,\nYour son is fifteen. He does not need to know yet what his \
             mother does at hotels.\nMessage Telegram @mum_hotel within three days.",
            "en.surveillance.kept_from_family",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // the writer's own not knowing is no secret kept
    let v = extract_stdin(
        "Dear Mrs. Carter,\nWe don't know yet whether your daughter's school trip goes ahead. \
         Please pay the 50 dollar deposit before Friday.",
    );
    assert!(
        !has_reason(&v, " en.surveillance.kept_from_family: "),
        "{v}"
    );
}

#[test]
fn regression_blind56_the_holder_of_the_originals_and_a_daughter_writing_home() {
    // blind56's miss, naming no wallet, undiacritised: "you paid me once last month … the one
    // holding the originals wants his share; write to … within three days for instructions"
    // (0.45: the originals were no pictures, so the model's reading, p 0.92, could not count)
    assert_flagged_by(
        "Anh Pham Duc Long,\nThang truoc anh da chuyen tien cho toi mot lan. Cam on anh.\nNhung \
         nguoi giu ban goc khong phai la toi, va anh ta doi phan cua minh.\nAnh viet cho \
         silentpay86@yandex.com trong 3 ngay de nhan huong dan.\nLan nay neu anh khong tra, toi \
         khong giu duoc anh ta nua.",
        "vi.pictures.held",
    );
    // and its false alarm, both copies: a daughter abroad asking for USDT "to my wallet" with
    // a photo "with my friends" for her grandmother (0.65: pictures, an audience and a way to
    // pay); a child writing home is a family's voice, as the son's Vietnamese letter was
    let v = extract_stdin(
        "Dear Mum and Dad,\nI am well in Germany and my studies are going fine. I had to pay the \
         rent early this month, so money is a little tight.\nCould you send 300 USDT to my \
         wallet like last time? I will change it into euros. I have enclosed a photo of me with \
         my friends at university for Grandma.\nLook after yourselves. I will video call \
         everyone on Sunday.\nYour daughter.",
    );
    assert_eq!(v["flagged"], false, "{v}");
    assert!(has_reason(&v, " warning.damping: "), "{v}");
}

#[test]
fn regression_threats_of_blind57_an_invoice_for_silence_and_an_unlocked_phone() {
    // blind57's misses: an "invoice" for a privacy service whose set of photos "is made public"
    // if unpaid (0.51: "được công khai" said of the pictures was no spreading, and the invoice's
    // business words damp); "the phone you lost at the airport is with me; I have unlocked it"
    // (0.45, undiacritised: no threat, so the coercion gate held the model's reading); "someone
    // on the Singapore trip told me, and gave me photos" (0.45, undiacritised: "đưa tôi ảnh"
    // named no pictures on a page without diacritics)
    for (letter, rule) in [
        (
            "HÓA ĐƠN DỊCH VỤ\nKhách hàng: Trần Văn Nam\nDịch vụ: bảo mật hình ảnh cá nhân (01 bộ, \
             22 ảnh).\nSố tiền: 3.000 USDT. Thanh toán: ví \
             bc1qhxt04s5xnpy0kxw4x99n5hpdf5pmtzpqs52es2. Hạn: 7 ngày.\nKhông thanh toán, dịch \
             vụ bảo mật chấm dứt và bộ ảnh được công khai.",
            "vi.exposure.spread",
        ),
        (
            "Anh Ngo Minh Tuan,\nChiec dien thoai anh danh roi o san bay thang truoc dang o cho \
             toi. Toi da mo duoc no.\nNhan Telegram @dienthoai_roi trong 3 ngay neu anh muon no \
             khong mo ra cho nguoi khac.",
            "vi.surveillance.watching",
        ),
        (
            "Anh Vu Hoang Nam,\nMot nguoi trong doan cong tac Singapore da ke cho toi nghe. \
             Nguoi do con dua toi anh.\nLien he Signal +84 986 440 173 trong 4 ngay.",
            "vi.pictures.held",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // a finder who could not open the phone is no one watching
    let v = extract_stdin(
        "Dear Mr. Price,\nI found your phone on the bus. I could not unlock it, so I am writing \
         to the address on its case. Write to me within a week and I will post it back.",
    );
    assert!(!has_reason(&v, " en.surveillance.watching: "), "{v}");
}

#[test]
fn regression_threats_of_blind58_chats_read_and_a_closed_meeting_recorded() {
    // blind58's misses, neither naming a wallet: "your second Facebook account has 11
    // conversations; I have read all 11" (0.40: reading the reader's chats was no threat, so the
    // coercion gate held the letter), and "I have the recording of the closed meeting; your part
    // about the tender is very clear" (0.40: a recording named, nothing compromising about it)
    for (letter, rule) in [
        (
            "Anh Ngô Thanh Tùng,\nTài khoản Facebook phụ của anh có 11 cuộc trò chuyện. Tôi đã \
             đọc cả 11.\nGửi thư về silentpay68@yandex.com trong 4 ngày.",
            "vi.compromising.chats_read",
        ),
        (
            "Anh Ngo Thanh Tung,\nTai khoan Facebook phu cua anh co 11 cuoc tro chuyen. Toi da \
             doc ca 11.\nGui thu ve silentpay68@yandex.com trong 4 ngay.",
            "vi.compromising.chats_read",
        ),
        (
            "Mr. Thomas Reed,\nI have the recording of the closed meeting on the 12th. Your part \
             about the tender is very clear.\nWrite to lienhe.anh89@yandex.com before Thursday.",
            "en.compromising.closed_meeting",
        ),
        (
            "Ông Phạm Thị Lan,\nTôi có bản ghi cuộc họp kín hôm 12. Phần ông nói về gói thầu \
             nghe rất rõ.\nViết cho thuongluong8840@yandex.com trước thứ Năm.",
            "vi.compromising.closed_meeting",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // a friend who read every message of a trip (an address and a deadline too: 0.65 when any
    // chats read in full counted), and a meeting's minutes, are no leverage
    let v = extract_stdin(
        "Dear Anna,\nI have read all your messages from the trip, thank you! Write to me at \
         anna.friend@example.com when you are back, before Sunday if you can.",
    );
    assert_eq!(v["flagged"], false, "{v}");
    let v = extract_stdin(
        "Minutes of the tender committee meeting of 12 March. The recording of the meeting is \
         kept by the secretariat. Comments to tender@city.gov.vn within 5 days.",
    );
    assert!(!has_reason(&v, " en.compromising.closed_meeting: "), "{v}");
}

#[test]
fn regression_threats_of_blind59_a_grandchild_school_a_notebook_and_a_dashcam_card() {
    // blind59's misses, none naming a wallet: "your granddaughter is in Year 3 at Kim Dong
    // School; I mention it so that you know I am serious" (0.35: a child's school told was no
    // threat the rules knew, and the model read it as neither); "your notebook's figures are
    // interesting; I have photographed every page" and "your car's dashcam saw more than you
    // think; I have the memory card" (0.45 each: the model read both as extortion, p 0.93, but
    // the coercion gate held it for want of pictures named)
    for (letter, rule) in [
        (
            "Ông Nguyễn Văn Hùng,\nCuốn sổ tay của ông ghi những con số rất thú vị. Tôi đã chụp \
             từng trang.\nViết cho giaiquyet2474@outlook.com trong 5 ngày.",
            "vi.pictures.named",
        ),
        (
            "Mr. Thomas Reed,\nYour car's dashcam saw more than you think. I have the memory \
             card.\nMessage Telegram @dashcam_card within three days.",
            "en.pictures.named",
        ),
        (
            "Mr. Thomas Reed,\nYour granddaughter is in Year 3 at Kim Dong School. I mention it \
             so that you know I am serious.\nWrite to private.matter94@gmail.com within three \
             days.",
            "en.surveillance.child_school",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // the Vietnamese letter, with and without diacritics: the school told is surveillance, and
    // with an address to write to by a deadline it scores the combination (0.55 on text; the
    // scanned letter's printed photo takes it over the line, 0.65)
    for letter in [
        "Ông Nguyễn Văn Hùng,\nCháu gái ông học lớp 3 trường Kim Đồng. Tôi nói ra để ông hiểu \
         tôi nghiêm túc.\nGửi thư về private.matter94@gmail.com trong 3 ngày.",
        "Ong Nguyen Van Hung,\nChau gai ong hoc lop 3 truong Kim Dong. Toi noi ra de ong hieu \
         toi nghiem tuc.\nGui thu ve private.matter94@gmail.com trong 3 ngay.",
    ] {
        let v = extract_stdin(letter);
        assert!(has_reason(&v, " vi.surveillance.child_school: "), "{v}");
        assert!(
            has_reason(&v, " combo.surveillance_write_deadline: "),
            "{v}"
        );
    }
    // a school writing to a parent names the child's class too, and asks for a message by a
    // deadline: the rule and the combination fire, and the model's ordinary reading holds the
    // letter (0.25)
    let v = extract_stdin(
        "TRƯỜNG TIỂU HỌC KIM ĐỒNG\nKính gửi anh Nguyễn Văn Hùng,\nCon anh học lớp 3A năm nay. \
         Anh vui lòng nhắn Zalo 0912 345 678 cho giáo viên chủ nhiệm trong 3 ngày để xác nhận \
         lịch họp phụ huynh.",
    );
    assert!(has_reason(&v, " vi.surveillance.child_school: "), "{v}");
    assert!(has_reason(&v, " language.ordinary: "), "{v}");
    assert_eq!(v["flagged"], false, "{v}");
}

#[test]
fn regression_threats_of_blind60_both_sent_to_the_inspectorate() {
    // blind60's miss, naming no wallet: "the bridge project's file and the photos at the
    // restaurant go well together; I will send both to the Government Inspectorate, unless you
    // write to … before Saturday" (0.45: "both" was nothing to be spread, and OCR read the
    // address's dot as a comma, so no address was found either)
    assert_flagged_by(
        "Ông Trần Minh Đức,\nHồ sơ dự án cầu Bến Lức và mấy tấm ảnh ở nhà hàng Phố Biển đi cùng \
         nhau rất hợp. Tôi sẽ gửi cả hai cho Thanh tra Chính phủ,\ntrừ khi ông viết cho \
         baomat,rieng12@tutanota.com trước thứ Bảy.",
        "vi.exposure.media_to_audience",
    );
    // a firm sending both copies of a contract to the reader's office says the same words; the
    // model's ordinary reading holds it (0.30)
    let v = extract_stdin(
        "Kính gửi ông Hùng,\nChúng tôi sẽ gửi cả hai bản hợp đồng cho cơ quan ông trước thứ Sáu. \
         Mọi thắc mắc xin liên hệ hopdong@congty.vn.",
    );
    assert!(has_reason(&v, " vi.exposure.media_to_audience: "), "{v}");
    assert!(has_reason(&v, " language.ordinary: "), "{v}");
    assert_eq!(v["flagged"], false, "{v}");
}

#[test]
fn regression_threats_of_blind61_a_recorded_video_call_and_everything_kept() {
    // blind61's misses, none naming a wallet: a video call "recorded from start to finish; would
    // you like to watch it again?" (0.45 in Vietnamese, its address split after the `@` by OCR
    // so "write to" had no address; 0.30 in English), and a dating app match's "everything you
    // sent me, I still have" (0.45: the model's reading held by the coercion gate)
    for (letter, rule) in [
        (
            "Chị Bùi Thị Thu,\nCuộc gọi video tối thứ Năm được ghi lại từ đầu đến cuối. Chị có \
             muốn xem lại không?\nGửi thư về quiet.deal13@ gmail.com trong 2 ngày.",
            "vi.contact.write_to_address",
        ),
        (
            "Chị Bùi Thị Thu,\nCuộc gọi video tối thứ Năm được ghi lại từ đầu đến cuối. Chị có \
             muốn xem lại không?\nGửi thư về quiet.deal13@gmail.com trong 2 ngày.",
            "vi.compromising.call_recorded",
        ),
        (
            "Ms Helen Carter,\nThe video call on Thursday night was recorded from start to \
             finish. Would you like to watch it again?\nWrite to quiet.deal61@tutanota.com \
             within two days.",
            "en.compromising.call_recorded",
        ),
        (
            "Mr Thomas Reed,\nI am the person you matched with on a dating app last month. \
             Everything you sent me, I still have.\nMessage Telegram @your_match within three \
             days.",
            "en.pictures.held",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // a call announced as to be recorded is a notice's, not a threat
    let v = extract_stdin(
        "Dear staff,\nThe video call with the auditors will be recorded for the minutes. Please \
         send questions to audit@corp.example within two days.",
    );
    assert!(!has_reason(&v, " en.compromising.call_recorded: "), "{v}");
    assert_eq!(v["flagged"], false, "{v}");
}
