//! The threat lexicon's wording, blind90 and later: the letters those sets missed on first
//! sight and the wrong readings they showed, run through `mailscreen extract` with the built-in
//! rules, so a later change that loses one fails under the name of what broke
//! (`threat_wording_blind8x` holds blind81 to blind89).

use crate::extract_text::{assert_flagged_by, assert_held, extract_stdin, has_reason};

#[test]
fn regression_threat_of_blind90_complaint_ready() {
    // two of blind90's six misses, a letter in two languages naming no wallet (Telegram), each
    // held by the gate at 0.45: a denunciation written, "it only needs a signature and a stamp"
    for (letter, rule) in [
        (
            "Chị Trần Thu Hà,\nĐơn tố cáo đã viết xong, chỉ còn thiếu chữ ký và con tem.\nNhắn \
             Telegram @con_tem_cuoi trong 3 ngày.",
            "vi.exposure.complaint_ready",
        ),
        (
            "Ms. Tran Thu Ha,\nThe complaint is written. It only needs a signature and a \
             stamp.\nMessage Telegram @con_tem_cuoi within three days.",
            "en.exposure.complaint_ready",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // the reader's own complaint, drafted by a lawyer
    assert_held(
        "Kính gửi ông Bình,\nĐơn tố cáo của ông đã soạn xong; mời ông đến văn phòng ký trong 3 \
         ngày. Liên hệ luatsu@vanphong.vn.",
        &["complaint_ready: "],
    );
    assert_held(
        "Dear Mr Binh,\nYour complaint is written and only needs a signature; please come to the \
         office within three days or write to office@lawfirm.vn.",
        &["complaint_ready: "],
    );
}

#[test]
fn regression_threat_of_blind90_money_known() {
    // three more, each naming no wallet (e-mail) and held at 0.45: a savings book in a
    // housemaid's name, "I know which bank and which branch" (undiacritised and English), and a
    // flat in a mother's name paid in cash in one afternoon
    for (letter, rule) in [
        (
            "Ong Le Van Binh,\nSo tiet kiem 4 ty dung ten nguoi giup viec nha ong. Ngan hang nao, \
             chi nhanh nao, toi deu biet.\nGui thu ve resolve.now94@yandex.com trong 5 ngay.",
            "vi.surveillance.know_which",
        ),
        (
            "Mr. Le Van Binh,\nA savings book of 4 billion is in your housemaid's name. I know \
             which bank and which branch.\nWrite to lienhe.anh64@proton.me within five days.",
            "en.surveillance.know_which",
        ),
        (
            "Chị Phạm Lan,\nCăn hộ ở Thảo Điền đứng tên mẹ chị được trả bằng tiền mặt, trong một \
             buổi chiều.\nGửi thư về thuongluong882@outlook.com trong 4 ngày.",
            "vi.compromising.nominee_cash",
        ),
        (
            "Ms. Pham Lan,\nThe flat in Thao Dien in your mother's name was paid in cash, in one \
             afternoon.\nWrite to thuongluong882@outlook.com within four days.",
            "en.compromising.nominee_cash",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // a bank's notice naming the owner and, further on, a withdrawal in cash: held (the cash
    // stands outside the rule's window here; were it inside, nothing is demanded)
    assert_held(
        "Kính gửi chị Lan,\nSổ tiết kiệm đứng tên mẹ chị đã đến hạn; chị có thể rút bằng tiền mặt \
         tại quầy. Liên hệ hotro@nganhang.vn trong 7 ngày.",
        &[],
    );
    // a flat's handover names the owner, not the cash
    assert_held(
        "Kính gửi chị Lan,\nCăn hộ tại Thảo Điền đứng tên mẹ chị sẽ được bàn giao vào chiều thứ \
         Sáu; xin mang theo giấy tờ. Liên hệ banquanly@toanha.vn trong 3 ngày.",
        &["nominee_cash: "],
    );
}

#[test]
fn regression_threat_of_blind90_routine_watched() {
    // the sixth, English, Telegram, held at 0.45 (its Vietnamese twin flagged on its printed
    // photo): "You still go to the night market every Thursday evening, white shirt, alone."
    assert_flagged_by(
        "Mr. Do Quang Huy,\nYou still go to the night market every Thursday evening, white shirt, \
         alone.\nMessage Telegram @toi_thu_nam within two days.",
        "en.surveillance.routine_known",
    );
    assert_flagged_by(
        "Anh Đỗ Quang Huy,\nAnh vẫn đi chợ đêm mỗi tối thứ Năm, áo sơ mi trắng, một mình.\nNhắn \
         Telegram @toi_thu_nam trong 2 ngày.",
        "vi.surveillance.routine_known",
    );
    // a friend asking after the reader's Thursday gym notes no one's absence
    assert_held(
        "Dear Mr Huy,\nYou still go to the gym every Thursday evening? The team would love to see \
         you at the match. Message me on Telegram @coach_minh within two days.",
        &["routine_known: "],
    );
}

#[test]
fn regression_threat_of_blind91_followed_home() {
    // blind91's miss, English, Telegram, held by the gate at 0.45 (p 0.90; its Vietnamese twin
    // flagged at 0.60 on the model's reading alone): "I followed you from the office to your
    // home three times this week"
    assert_flagged_by(
        "Ms. Vu Thi Mai,\nI followed you from the office to your home three times this \
         week.\nMessage Telegram @ba_lan_tuan_nay within two days.",
        "en.surveillance.followed_home",
    );
    assert_flagged_by(
        "Chi Vu Thi Mai,\nToi da theo chi tu co quan ve nha ba lan trong tuan nay.\nNhan \
         Telegram @ba_lan_tuan_nay trong 2 ngay.",
        "vi.surveillance.followed_home",
    );
    // advice followed home, and papers taken to the ward's cultural house: no one followed
    assert_held(
        "Dear Ms Mai,\nI followed your advice and went home early; the fever is gone. Message me \
         on Telegram @lan_ban within two days about Saturday.",
        &["followed_home: "],
    );
    assert_held(
        "Kính gửi chị Mai,\nTôi theo ý kiến của chị, đã chuyển hồ sơ về nhà văn hóa phường. Nhắn \
         Zalo 0912 345 678 trong 3 ngày.",
        &["followed_home: "],
    );
}

#[test]
fn regression_courier_tracking_read_as_watching() {
    // "theo dõi" was a surveillance phrase on its own: a courier's "Chúng tôi đã theo dõi đơn
    // hàng và giao đến nhà chị", with a Zalo number and a deadline, reached the flag (0.60). What
    // is tracked now cancels it; watching said without an object still counts
    assert_held(
        "Kính gửi chị Mai,\nChúng tôi đã theo dõi đơn hàng và giao đến nhà chị vào thứ Ba. Liên hệ \
         Zalo 0912 345 678 trong 3 ngày nếu chưa nhận.",
        &["vi.surveillance.watched: ", "vi.surveillance.watching: "],
    );
    assert_flagged_by(
        "Anh Trần Văn Nam,\nChúng tôi đã theo dõi từ lâu và có đủ ảnh của anh với cô ấy. Nhắn \
         Telegram @da_lau_roi trong 3 ngày, nếu không ảnh sẽ được gửi cho vợ anh.",
        "vi.surveillance.watched",
    );
}

#[test]
fn regression_threat_of_blind92_booked_as() {
    // blind92's miss, Vietnamese, with its wallet, held by the gate at 0.45 (p 0.96): money
    // borrowed from the trade union fund and booked as support for members
    for (letter, rule) in [
        (
            "Anh Nguyễn Văn Hùng,\nAnh vay 300 triệu của quỹ công đoàn rồi ghi vào sổ là chi hỗ \
             trợ đoàn viên.\n3.000 USDT vào ví TRMP6SKeFUt5NtMLzJv8kdpYuHRnEGjGfe trong 4 ngày.",
            "vi.compromising.booked_as",
        ),
        (
            "Anh Nguyen Van Hung,\nAnh vay 300 trieu cua quy cong doan roi ghi vao so la chi ho \
             tro doan vien.\nGui thu ve quy.congdoan@proton.me trong 4 ngay.",
            "vi.compromising.booked_as",
        ),
        (
            "Mr. Nguyen Van Hung,\nYou borrowed 300 million from the trade union fund and booked \
             it as support for members.\nWrite to quy.congdoan@proton.me within four days.",
            "en.compromising.booked_as",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // a loan acknowledged, and a form's instruction to "take a slip, then write" (to "anh chị",
    // folded "anh chi"): nothing taken, nothing booked
    assert_held(
        "Kính gửi anh Hùng,\nAnh vay 30 triệu của quỹ tương trợ rồi ghi nhận đã nhận đủ; đề nghị \
         hoàn trả trong 6 tháng. Liên hệ quy@coquan.vn.",
        &["booked_as: "],
    );
    assert_held(
        "Kính gửi anh chị,\nAnh chị vui lòng lấy phiếu ở quầy rồi ghi họ tên; phí 50.000 đồng nộp \
         trong 3 ngày qua congdoan@coquan.vn.",
        &["booked_as: "],
    );
}

#[test]
fn regression_press_send_read_as_the_press() {
    // blind92: "Once I press send, no one can take it back" scored as an exposure to "press",
    // the newspapers; the threat is the send button's, and a form's button is no threat
    let letter = "Ms. Laura Bennett,\nOnce I press send, no one can take it back.\n6,000 USDT to \
                  TWKZN1JJPFydd5rMgMCV5aZTSiwmoksSZv within three days.";
    assert_flagged_by(letter, "en.exposure.send_button");
    let v = extract_stdin(letter);
    assert!(!has_reason(&v, "audience \"press\""), "{v}");
    assert_flagged_by(
        "Ông Lê Văn Bình,\nMột khi tôi bấm gửi, không ai rút lại được nữa.\nGửi thư về \
         quy.congdoan@proton.me trong 3 ngày.",
        "vi.exposure.send_button",
    );
    assert_held(
        "Dear Mr Reed,\nOnce you press send, the form cannot be changed, so please check it \
         first. Write to registry@office.gov within three days.",
        &["send_button: ", "media_to_audience: "],
    );
}

#[test]
fn regression_threat_of_blind93_signed_fraud() {
    // blind93's miss, undiacritised, naming no wallet (e-mail), 0.25 (p 0.61): three consignments
    // declared under the wrong code to cut duty, "and you signed all three declarations"
    for (letter, rule) in [
        (
            "Ong Tran Van Nam,\nBa lo hang nhap qua cang bi khai sai ma de giam thue, va ong da \
             ky ca ba to khai.\nGui thu ve thuongluong8874@proton.me trong 4 ngay.",
            "vi.compromising.signed_fraud",
        ),
        (
            "Mr. Tran Van Nam,\nThree consignments were declared under the wrong code to cut \
             duty, and you signed all three declarations.\nWrite to thuongluong8874@proton.me \
             within four days.",
            "en.compromising.signed_fraud",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // customs asking for a corrected declaration to be signed, and a file corrected since
    assert_held(
        "Kính gửi ông Nam,\nBa lô hàng nhập qua cảng được khai nhầm mã HS; đề nghị ông ký tờ khai \
         bổ sung trong 5 ngày làm việc. Liên hệ haiquan@cang.gov.vn.",
        &["signed_fraud: "],
    );
    assert_held(
        "Kính gửi ông Nam,\nHồ sơ khai sai mã đã được chỉnh; ông đã ký biên bản ngày 3. Đề nghị \
         nộp bổ sung trong 5 ngày qua haiquan@cang.gov.vn.",
        &["signed_fraud: "],
    );
}

#[test]
fn regression_threat_of_blind94_promise_and_file() {
    // two of blind94's four misses, each naming no wallet and held by the gate at 0.45: the
    // reader's promise of grades for a price, kept in a chat (Viber), and a drink-driving record
    // the promotion file leaves out (e-mail)
    for (letter, rule) in [
        (
            "Anh Phạm Quốc Huy,\nTôi có đoạn chat anh hứa lo điểm cho học sinh lớp 12 với giá 20 \
             triệu một em.\nLiên hệ Viber 0987 642 135 trong 2 ngày.",
            "vi.compromising.promise_kept",
        ),
        (
            "Mr. Pham Quoc Huy,\nI have the chat where you promised grades to year 12 pupils at 20 \
             million each.\nContact Viber 0987 642 135 within two days.",
            "en.compromising.promise_kept",
        ),
        (
            "Anh Phạm Quốc Huy,\nBằng lái của anh bị tạm giữ hai lần vì nồng độ cồn, nhưng hồ sơ \
             đề bạt không ghi dòng nào.\nGửi thư về hopdong.bimat41@outlook.com trong 4 ngày.",
            "vi.compromising.file_omits",
        ),
        (
            "Mr. Pham Quoc Huy,\nYour licence was held twice for drink-driving, but your promotion \
             file does not mention it.\nWrite to hopdong.bimat41@outlook.com within four days.",
            "en.compromising.file_omits",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // a creditor's "you promised to repay" names no price paid for a favour
    assert_held(
        "Kính gửi anh Huy,\nTôi có tin nhắn anh hứa trả 20 triệu trước Tết. Đề nghị anh thanh \
         toán trong 30 ngày; liên hệ luatsu@vanphong.vn.",
        &["promise_kept: "],
    );
    // personnel asking for a disciplinary decision missing from the file: the rule fires, the
    // model reads ordinary mail, and the letter is held
    assert_held(
        "Kính gửi anh Huy,\nAnh bị kỷ luật khiển trách năm 2019 nhưng hồ sơ bổ nhiệm không ghi; \
         đề nghị anh bổ sung trong 5 ngày qua tccb@coquan.vn.",
        &[],
    );
}
