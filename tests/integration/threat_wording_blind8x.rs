//! The threat lexicon's wording, blind81 to blind89: the letters those sets missed on first
//! sight, run through `mailscreen extract` with the built-in rules, so a later change that loses
//! one fails under the name of what broke (`threat_wording_blind7x` holds blind71 to blind79,
//! `threat_wording_blind9x` blind90 and later).

use crate::extract_text::{assert_flagged_by, assert_held};

#[test]
fn regression_threat_of_blind81_waited_for_a_confession() {
    // two of blind81's four misses, each naming no wallet and held by the gate at 0.45: the
    // writer "has waited long enough to know you will not say it yourself" (Vietnamese and
    // English, e-mail)
    for (letter, rule) in [
        (
            "Anh Nguyễn Văn Hải,\nTôi đã đợi đủ lâu để biết anh sẽ không tự nói ra.\nGửi thư về \
             lienhe.anh4@yandex.com trong 3 ngày.",
            "vi.exposure.waited_for_a_confession",
        ),
        (
            "Mr. Daniel Price,\nI have waited long enough to know you will not say it \
             yourself.\nWrite to thuongluong8868@proton.me within three days.",
            "en.exposure.waited_for_a_confession",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // no waiting named: a manager asking for an account of a mistake
    assert_held(
        "Kính gửi anh Nam,\nNếu anh không tự nói ra, phòng sẽ hỏi lại từng người. Gửi thư về \
         hr@congty.vn trong 3 ngày.",
        &["waited_for_a_confession: "],
    );
    assert_held(
        "Dear Mr Walsh,\nIf you do not say it yourself, HR will ask each of the team. Write to \
         hr@firm.com within three days.",
        &["waited_for_a_confession: "],
    );
}

#[test]
fn regression_threat_of_blind82_an_article_at_a_bad_time() {
    // one of blind82's two misses, naming no wallet and held by the gate at 0.45 (the model's
    // reading p 0.87): "before next month's election, an article like this would come at a bad
    // time" (undiacritised, e-mail); its English twin flagged on the model's reading and photo
    for (letter, rule) in [
        (
            "Ong Do Manh Cuong,\nTruoc cuoc bau cu thang sau, mot bai bao nhu the nay se den \
             khong dung luc.\nGui thu ve thuongluong8866@proton.me trong 5 ngay.",
            "vi.exposure.article_at_a_bad_time",
        ),
        (
            "Ông Đỗ Mạnh Cường,\nTrước cuộc bầu cử tháng sau, một bài báo như thế này sẽ đến \
             không đúng lúc.\nGửi thư về thuongluong8866@proton.me trong 5 ngày.",
            "vi.exposure.article_at_a_bad_time",
        ),
        (
            "Mr. Peter Walsh,\nBefore next month's election, an article like this would come \
             at a bad time.\nWrite to resolve.now6@outlook.com within five days.",
            "en.exposure.article_at_a_bad_time",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // no article "like this": an editor's regret about the paper's own timing
    assert_held(
        "Kính gửi ông Cường,\nBài báo của chúng tôi ra không đúng lúc, ngay trước cuộc bầu cử. \
         Xin ông phản hồi qua banbientap@baotinh.vn trong 5 ngày.",
        &["article_at_a_bad_time: "],
    );
    assert_held(
        "Dear Mr Walsh,\nOur story ran at a bad time, just before the election. Please reply \
         to editor@localpaper.com within five days.",
        &["article_at_a_bad_time: "],
    );
}

#[test]
fn regression_not_silent_myself_missed_i_will_not_be_silent() {
    // "be" cancels the rule after "I will not" ("I will not be asking again"), and a cancelled
    // window was not retried with the longer term "I will not be silent": the matcher now
    // tries the other terms from the same first word before giving the place up
    assert_flagged_by(
        "Mr. Daniel Price,\nYou can keep quiet. I will not be silent.\nWrite to \
         thuongluong8868@proton.me within three days.",
        "en.exposure.not_silent_myself",
    );
    assert_held(
        "Dear Mr Price,\nYou can keep quiet about the party. I will not be asking again. \
         Write to events@firm.com within three days.",
        &["not_silent_myself: "],
    );
}

#[test]
fn regression_threat_of_blind83_messages_of_the_small_hours_read() {
    // two of blind83's four misses, each naming no wallet and held by the gate at 0.45: "the
    // messages you sent her at two in the morning: I have read them all" (Vietnamese and
    // English, e-mail); messages of the small hours are as secret as a second account's
    for (letter, rule) in [
        (
            "Anh Hoàng Minh Tuấn,\nTin nhắn anh gửi cô ấy lúc hai giờ sáng, tôi đọc cả rồi.\n\
             Gửi thư về resolve.now27@gmail.com trong 3 ngày.",
            "vi.compromising.chats_read",
        ),
        (
            "Mr. Daniel Price,\nThe messages you sent her at two in the morning: I have read \
             them all.\nWrite to lienhe.anh14@tutanota.com within three days.",
            "en.compromising.chats_read",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // a colleague who read the messages in the morning: no small hours, no secret
    assert_held(
        "Dear Mr Price,\nI have read all your messages about the trip this morning. Please \
         write to lan.tran@firm.com within three days.",
        &["chats_read: "],
    );
    assert_held(
        "Kính gửi anh Tuấn,\nTôi đã đọc hết tin nhắn của anh về chuyến công tác sáng nay. Anh \
         gửi thư về lan.tran@congty.vn trong 3 ngày.",
        &["chats_read: "],
    );
}

#[test]
fn regression_threat_of_blind83_name_in_the_news_unless_agreed() {
    // one of blind83's four misses, naming no wallet (0.35: the model did not read it as
    // extortion): "your name will be on the Friday evening news, unless we come to an
    // arrangement" (English, e-mail); its undiacritised twin flagged on the model's reading
    for (letter, rule) in [
        (
            "Mr. Peter Walsh,\nYour name will be on the Friday evening news, unless we come to \
             an arrangement.\nWrite to quiet.deal11@tutanota.com within five days.",
            "en.exposure.news_unless_agreed",
        ),
        (
            "Ong Do Manh Cuong,\nTen ong se xuat hien trong ban tin toi thu Sau, tru khi chung \
             ta thoa thuan duoc.\nGui thu ve giaiquyet24794@gmail.com trong 5 ngay.",
            "vi.exposure.news_unless_agreed",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // no bargain: a privacy notice's opt-out, a station's interview notice
    assert_held(
        "Dear Mr Walsh,\nYour name will appear in the staff newsletter unless you opt out. \
         Write to hr@firm.com within five days.",
        &["news_unless_agreed: "],
    );
    assert_held(
        "Kính gửi ông Cường,\nTên ông sẽ xuất hiện trong bản tin tối thứ Sáu về dự án cầu mới. \
         Mời ông phản hồi qua bientap@dai.vn trong 5 ngày.",
        &["news_unless_agreed: "],
    );
}

#[test]
fn regression_threat_of_blind84_ask_the_witness() {
    // blind84's two misses, one letter in two languages naming no wallet, held by the gate at
    // 0.45 (the model's reading p 0.87 and 0.91): "if this letter reaches your secretary
    // first, ask her what she saw" (undiacritised Vietnamese and English, e-mail)
    for (letter, rule) in [
        (
            "Ong Ngo Thanh Tung,\nNeu thu nay den tay thu ky cua ong truoc, hay hoi co ay da \
             xem thay gi.\nGui thu ve hotro.kin43@proton.me trong 5 ngay.",
            "vi.surveillance.ask_the_witness",
        ),
        (
            "Ông Ngô Thanh Tùng,\nNếu thư này đến tay thư ký của ông trước, hãy hỏi cô ấy đã \
             xem thấy gì.\nGửi thư về hotro.kin43@proton.me trong 5 ngày.",
            "vi.surveillance.ask_the_witness",
        ),
        (
            "Mr. Daniel Price,\nIf this letter reaches your secretary first, ask her what she \
             saw.\nWrite to silentpay87@yandex.com within five days.",
            "en.surveillance.ask_the_witness",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // the police asking the reader to ask a witness: the rule fires, the letter stays under
    assert_held(
        "Dear Mr Price,\nPlease ask your secretary what she saw on the evening of the \
         break-in and call the ward police station on 028 3829 1140 within three days.",
        &[],
    );
    assert_held(
        "Kính gửi ông Tùng,\nĐề nghị ông hỏi thư ký đã thấy gì tối hôm xảy ra vụ trộm và gọi \
         cho Công an phường theo số 028 3829 1140 trong 3 ngày.",
        &[],
    );
}

#[test]
fn regression_threat_of_blind85_interested_in_what_i_know() {
    // blind85's miss, naming no wallet, held by the gate at 0.45 (the model's reading p 0.94):
    // "the disciplinary council would be very interested in what I know" (undiacritised
    // Vietnamese, e-mail); its English twin flagged on the model's reading and its photo
    for (letter, rule) in [
        (
            "Ong Dang Quoc Bao,\nHoi dong ky luat se rat quan tam den nhung gi toi biet.\nGui \
             thu ve lienhe.anh68@outlook.com trong 5 ngay.",
            "vi.exposure.interested_in_what_i_know",
        ),
        (
            "Dr. Samuel Ortiz,\nThe disciplinary council would be very interested in what I \
             know.\nWrite to lienhe.anh11@outlook.com within five days.",
            "en.exposure.interested_in_what_i_know",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // a witness offering testimony, writing to the council's own address: the rule fires, the
    // letter stays under
    assert_held(
        "Dear Dr Ortiz,\nAs a witness I think the disciplinary council would be interested in \
         what I saw at the meeting. Please reply to hr@hospital.org within five days.",
        &[],
    );
    assert_held(
        "Kính gửi ông Bảo,\nTôi nghĩ Hội đồng sẽ rất quan tâm đến những gì tôi biết về dự án. \
         Xin trả lời qua email hoidong@sonoivu.gov.vn trong 5 ngày.",
        &[],
    );
}

#[test]
fn regression_threat_of_blind86_car_known() {
    // blind86's miss, naming no wallet, held by the gate at 0.45 (the model's reading p 0.94):
    // "I know your number plate and where you park every evening" (Vietnamese, Telegram; no
    // English twin in the set, the English wording written here)
    for (letter, rule) in [
        (
            "Chị Vũ Thị Hương,\nTôi biết biển số xe của chị và chỗ chị đỗ xe mỗi tối.\nNhắn \
             Telegram @bien_so_xe trong 2 ngày.",
            "vi.surveillance.car_known",
        ),
        (
            "Ms. Laura Chen,\nI know your number plate and where you park every evening.\n\
             Message Telegram @plates_known within two days.",
            "en.surveillance.car_known",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // a building's car park registering the plate: the rule stays silent
    assert_held(
        "BAN QUẢN LÝ TÒA NHÀ\nKính gửi chị Hương,\nBiển số xe của chị đã được đăng ký vào bãi \
         đỗ buổi tối. Thẻ gửi xe gửi kèm thư này.",
        &["car_known: "],
    );
    // a neighbour who noted the plate of a car that hit the reader's: the rule fires, the letter
    // stays under
    assert_held(
        "Dear Ms Chen,\nI have the number plate of the van that scratched your car last night; \
         call me on 0912 408 375 within two days if you want it for the insurance.",
        &[],
    );
}

#[test]
fn regression_threat_of_blind87_just_business() {
    // blind87's misses in two languages, naming no wallet: "nothing personal, this is just
    // business" (English held by the gate at 0.45, p 0.88; the undiacritised Vietnamese at 0.30
    // on its scan, where OCR lost "Gui thu ve", so it stays missed there)
    for (letter, rule) in [
        (
            "Ong Ngo Thanh Tung,\nKhong co gi ca nhan ca. Day chi la cong viec.\nGui thu ve \
             lienhe.anh68@tutanota.com trong 3 ngay.",
            "vi.menace.just_business",
        ),
        (
            "Dr. Samuel Ortiz,\nNothing personal. This is just business.\nWrite to \
             silentpay17@proton.me within three days.",
            "en.menace.just_business",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // a supplier turned down: both halves, the rule fires, the letter stays under
    assert_held(
        "Dear Ms Chen,\nWe chose another supplier. It is nothing personal, just business; \
         please collect your samples within seven days.",
        &[],
    );
    // "nothing personal" alone does not fire it
    assert_held(
        "Kính gửi chị Hương,\nQuyết định điều chuyển không có gì cá nhân. Chị vui lòng bàn giao \
         hồ sơ trong 3 ngày.",
        &["just_business: "],
    );
}

#[test]
fn regression_threat_of_blind87_paid_before_pay_again() {
    // blind87's English miss, with its wallet, held by the gate at 0.45 (p 0.978, under
    // `sure`): "You paid last time. This time will be no different." (its Vietnamese twin
    // flagged on its printed photo). Typed, the model reads the English at `sure` and flags it
    // without the rule; the rule must be among the reasons, and the Vietnamese below, with an
    // address for its wallet, is held at 0.45 without it
    assert_flagged_by(
        "Mr. Tran Minh Hung,\nYou paid last time. This time will be no different.\n2,500 USDT \
         to TG3XXyExBkPp9nzdajDZsozEu4BkaSJozs within 48 hours.",
        "en.menace.paid_before_pay_again",
    );
    assert_flagged_by(
        "Anh Nguyễn Văn Hùng,\nLần trước anh đã trả. Lần này cũng sẽ như vậy.\nGửi thư về \
         lienhe.anh68@tutanota.com trong 48 giờ.",
        "vi.menace.paid_before_pay_again",
    );
    // a bill naming the last payment and offering another way: silent
    assert_held(
        "Dear customer,\nYou paid last time by bank transfer; this time you can also pay \
         online. Please pay 450,000 VND within 10 days.",
        &["paid_before_pay_again: "],
    );
}

#[test]
fn regression_threat_of_blind88_password_known() {
    // blind88's miss, English with its wallet, held by the gate at 0.45 (p 0.967): the writer
    // knows the reader's password as a family fact; its Vietnamese twin flagged on the model.
    // Typed, both are held at 0.45 without the rule (the Vietnamese here with an e-mail address)
    assert_flagged_by(
        "Mr. Nguyen Van Tuan,\nThe password of your official mailbox is your daughter's name \
         and her year of birth.\n6,000 USDT to TGqFJPFiEqdZx52ZR4QcKHz4Zr3QXA24VL within 24 \
         hours.",
        "en.surveillance.password_known",
    );
    assert_flagged_by(
        "Anh Nguyễn Văn Tuấn,\nHộp thư công vụ của anh có mật khẩu là tên con gái anh cộng năm \
         sinh.\nGửi thư về lienhe.anh68@tutanota.com trong 24 giờ.",
        "vi.surveillance.password_known",
    );
    // an IT department's default password and its advice are not a claim
    assert_held(
        "Dear Mr Tuan,\nYour initial password is your date of birth; change it at first login \
         within 7 days.\nIT department.",
        &["password_known: "],
    );
    assert_held(
        "Kính gửi anh Tuấn,\nMật khẩu mặc định là ngày sinh của anh; anh đổi mật khẩu trong 7 \
         ngày. Không dùng tên con hay năm sinh làm mật khẩu.\nPhòng Công nghệ thông tin.",
        &["password_known: "],
    );
}

#[test]
fn regression_threat_of_blind89_wrongdoing_known() {
    // blind89's three misses, each held by the gate at 0.45 with no threat said: copies of all
    // four land-use certificates (undiacritised, wallet), a master's degree from a school that
    // does not exist (e-mail), an MRI scanner at three times the list price (wallet); and the
    // English wording of each. Typed, the Vietnamese degree and scanner letters are held at 0.45
    // without their rules; the model reads the others at `sure` and flags them without one, so
    // the rule must be among the reasons
    for (letter, rule) in [
        (
            "Ong Pham Van Loi,\nBon giay chung nhan quyen su dung dat o xa Tan Phu duoc cap cho \
             nguoi nha ong trong cung mot tuan. Toi co ban chup ca bon.\n7.000 USDT vao vi \
             TUznHJfHe6gdYY7gvWmf6bNZHuPHDZtowf trong 5 ngay.",
            "vi.compromising.copies_of_all",
        ),
        (
            "Mr. Pham Van Loi,\nFour land-use certificates in Tan Phu commune went to your \
             relatives in the same week. I have copies of all four.\n7,000 USDT to \
             TUznHJfHe6gdYY7gvWmf6bNZHuPHDZtowf within five days.",
            "en.compromising.copies_of_all",
        ),
        (
            "Ông Lê Văn Thành,\nBằng thạc sĩ của ông do một trường không có thật cấp. Tôi có thư \
             xác minh.\nGửi thư về baomat.rieng89@gmail.com trong 5 ngày.",
            "vi.compromising.degree_unearned",
        ),
        (
            "Mr. Le Van Thanh,\nYour master's degree was issued by a school that does not exist. \
             I have the verification letter.\nWrite to baomat.rieng89@gmail.com within five days.",
            "en.compromising.degree_unearned",
        ),
        (
            "Ông Trần Văn Hòa,\nMáy chụp cộng hưởng từ bệnh viện mua với giá gấp ba giá niêm yết \
             của hãng.\n3.000 USDT vào ví bc1qhxt04s5xnpy0kxw4x99n5hpdf5pmtzpqs52es2 trong 5 \
             ngày.",
            "vi.compromising.price_multiple",
        ),
        (
            "Mr. Tran Van Hoa,\nThe hospital's MRI scanner was bought at three times the \
             manufacturer's list price.\n3,000 USDT to bc1qhxt04s5xnpy0kxw4x99n5hpdf5pmtzpqs52es2 \
             within five days.",
            "en.compromising.price_multiple",
        ),
    ] {
        assert_flagged_by(letter, rule);
    }
    // a citizen's complaint holding copies of all its papers: the rule fires, nothing is
    // demanded, the letter stays under
    assert_held(
        "Kính gửi Ủy ban nhân dân xã,\nTôi có bản sao tất cả giấy tờ liên quan và xin gửi kèm đơn \
         này. Đề nghị trả lời trong 15 ngày.",
        &[],
    );
    // a tender names the list price, not a multiple of it; a verification request names no gap
    assert_held(
        "Dear supplier,\nThe tender for the MRI scanner is open; bids at or under the list price \
         are due within 30 days.\nHospital procurement office.",
        &["price_multiple: "],
    );
    assert_held(
        "Kính gửi ông Thành,\nĐề nghị ông nộp bản sao bằng thạc sĩ để cơ quan gửi thư xác minh \
         đến trường cấp bằng trong 15 ngày.",
        &["degree_unearned: "],
    );
}

#[test]
fn regression_surname_do_read_as_dollars() {
    // undiacritised, "đô" (dollar) folds to "do", which is also the surname Đỗ and the everyday
    // "do" (because, that): "Gui anh Do Manh Cuong" was a payment demand (+0.20), and a
    // neighbour's complaint about karaoke with a video and an audience reached 0.45. "đô" now
    // counts only with its diacritics
    let v = crate::extract_text::extract_stdin(
        "Gui anh Do Manh Cuong phong 1204,\nToi da quay video tieng hat karaoke nha anh luc 1 gio \
         sang ba dem lien.\nNeu tuan nay con tiep dien, toi se gui video cho Ban quan tri toa nha \
         va to dan pho.",
    );
    assert!(
        !crate::extract_text::has_reason(&v, " vi.payment.crypto_amount: "),
        "{v}"
    );
    assert_eq!(v["flagged"], false, "{v}");
    // with its diacritics, dollars still are an amount to pay
    assert_flagged_by(
        "Anh Đỗ Mạnh Cường,\nẢnh nhạy cảm của anh sẽ được gửi cho cơ quan. Chuyển 2.000 đô vào \
         ví TGqFJPFiEqdZx52ZR4QcKHz4Zr3QXA24VL trong 48 giờ.",
        "vi.payment.crypto_amount",
    );
}
