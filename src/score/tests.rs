//! Unit tests of the scorer on plain text, apart from OCR: a wallet alone, implied threats,
//! warning notices and quoted threats, the model's confident reading, as the built-in pipeline
//! scores them. Kept beside `score.rs` so that file stays the scorer.

use super::*;
use crate::extract::wallet::Recovery;
use crate::extract::Extractors;
use crate::page::PageText;
use crate::pipeline::Pipeline;

fn score(text: &str) -> Assessment {
    let p = Pipeline::builtin().unwrap();
    let f = Extractors::new(&p).text_findings(0, &PageText::from_plain_text(text), Recovery::Off);
    assess(&f, &p.scoring)
}

#[test]
fn extortion_letter_is_flagged_with_reasons() {
    let a = score(
        "Tôi có hình ảnh nhạy cảm của anh. Nếu anh không chuyển 5000 USDT (TRC20) vào ví \
         TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t trong vòng 48 giờ, tôi sẽ phát tán cho đồng nghiệp. \
         Liên hệ qua email hacker99@proton.me. Đừng báo công an.",
    );
    assert!(a.flagged, "{a:?}");
    assert!(a
        .reasons
        .iter()
        .any(|r| r.rule == "combo.demand_exposure_channel"));
    assert!(a
        .reason_lines()
        .iter()
        .any(|l| l.contains("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")));
}

#[test]
fn wallet_alone_is_weak() {
    let a = score("Donations: TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
    assert!(!a.flagged && a.score <= 0.25, "{a:?}");
}

#[test]
fn regression_threat_implied_by_pictures_audience_and_wallet_is_flagged() {
    // no phrase states the threat: the pictures, who would see them and the wallet do
    let a = score(
        "Chú Hùng, cháu biết chuyện chú với cô thư ký, có cả ảnh chụp lẫn video. \
         Mong chú chuyển giúp cháu 5.000 USDT, ví TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t. \
         Cô nhà và cơ quan chú chắc cũng muốn biết.",
    );
    assert!(a.flagged, "{a:?}");
    assert!(a
        .reasons
        .iter()
        .any(|r| r.rule == "combo.picture_audience_channel"));
    assert!(
        !a.reasons.iter().any(|r| r.rule == "gate.coercion"),
        "{a:?}"
    );
}

#[test]
fn family_letter_with_photos_and_an_email_is_not_flagged() {
    let a = score(
        "Anh Hùng ơi, em gửi anh mấy tấm hình cả gia đình đi Đà Lạt. \
         Anh xem rồi chia sẻ cho bố mẹ nhé. Email mới của em: lan.nguyen@gmail.com",
    );
    assert!(!a.flagged, "{a:?}");
}

#[test]
fn police_warning_notice_is_not_flagged() {
    let a = score(
        "THÔNG BÁO. Công an tỉnh đề nghị cán bộ công chức cảnh giác với thủ đoạn lừa đảo, tống tiền: \
         đối tượng gửi thư có ảnh ghép nhạy cảm, đe dọa phát tán cho đồng nghiệp, yêu cầu chuyển tiền \
         USDT vào ví điện tử. Không chuyển tiền, trình báo ngay cho cơ quan công an.",
    );
    assert!(!a.flagged, "{a:?}");
}

#[test]
fn regression_judgment_quoting_the_threat_is_not_flagged() {
    // a court judgment states the threat, the pictures and the USDT demand in full (blind6
    // flagged it at 1.00); it gives the reader no wallet and no address to write to
    let a = score(
        "TRÍCH LỤC BẢN ÁN. Bị cáo đã gửi thư cho 14 cán bộ, kèm ảnh ghép, yêu cầu chuyển USDT \
         vào ví điện tử, nếu không sẽ gửi ảnh cho gia đình họ. Tòa tuyên phạt bị cáo 9 năm tù \
         về tội cưỡng đoạt tài sản.",
    );
    assert!(!a.flagged, "{a:?}");
    assert!(
        a.reasons.iter().any(|r| r.rule == "gate.quoted_threat"),
        "{a:?}"
    );
}

#[test]
fn regression_police_notice_quoting_the_criminals_address_is_not_flagged() {
    // blind8: the address it quotes passes the quoted-threat gate, so the notice's own
    // voice (a district police unit, "do not contact", "some officials") must damp it
    let a = score(
        "CÔNG AN HUYỆN ĐÔNG ANH. THÔNG BÁO KHẨN. Thời gian qua, một số cán bộ nhận thư đe dọa \
         phát tán ảnh nhạy cảm, yêu cầu liên hệ địa chỉ quiet.deal77@proton.me và chuyển USDT \
         vào ví điện tử. Ai nhận được thư như vậy không liên hệ địa chỉ trên, không chuyển \
         tiền, báo ngay cho Công an huyện.",
    );
    assert!(!a.flagged, "{a:?}");
    assert!(a.reasons.iter().any(|r| r.rule == "warning.damping"));
}

#[test]
fn quoted_threat_gate_spares_a_letter_that_gives_a_way_to_pay() {
    // every reading made "ordinary": the gate must still pass a letter with an address
    let p = Pipeline::builtin().unwrap();
    let mut s = p.scoring.clone();
    s.language.threshold = 1.01;
    s.language.against_below = 1.01;
    s.language.against = 0.0;
    let text = |contact: &str| {
        format!(
            "Tôi có video nhạy cảm của anh. Nếu anh không chuyển 5000 USDT, tôi sẽ gửi cho vợ \
             anh và đồng nghiệp. {contact}"
        )
    };
    let run = |t: &str| {
        let f = Extractors::new(&p).text_findings(0, &PageText::from_plain_text(t), Recovery::Off);
        assess(&f, &s)
    };
    let with = run(&text("Liên hệ hacker99@proton.me."));
    assert!(with.flagged, "{with:?}");
    let without = run(&text("Liên hệ tôi."));
    assert!(!without.flagged, "{without:?}");
    assert!(without
        .reasons
        .iter()
        .any(|r| r.rule == "gate.quoted_threat"));
}

#[test]
fn a_sure_reading_stands_for_the_threat_without_pictures_named() {
    // a letter that only moves money: the model's reading (forced) is no threat unless it
    // reaches `sure`, whatever the lexicon knows of pictures
    let p = Pipeline::builtin().unwrap();
    let text = "Chuyển 5.000 USDT vào ví TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t trong 3 ngày.";
    let run = |sure: Option<f64>| {
        let mut s = p.scoring.clone();
        s.language.threshold = 0.0;
        s.language.sure = sure;
        let f =
            Extractors::new(&p).text_findings(0, &PageText::from_plain_text(text), Recovery::Off);
        assess(&f, &s)
    };
    let plain = run(None);
    assert!(!plain.flagged, "{plain:?}");
    assert!(plain.reasons.iter().any(|r| r.rule == "gate.coercion"));
    let sure = run(Some(0.0));
    assert!(sure.flagged, "{sure:?}");
    assert!(sure.reasons.iter().any(|r| r.rule == "combo.language_sure"));
    assert!(!sure.reasons.iter().any(|r| r.rule == "gate.coercion"));
}
