//! `mailscreen extract`: the analyst's entry point for a transcribed letter, no OCR involved.

use std::io::Write;
use std::process::{Output, Stdio};

use serde_json::Value;

use crate::common::{bin, text};

/// Runs `mailscreen [global] extract -` on `input`; with `close_stdout`, the reader of its
/// output is gone before it writes (it writes only after reading all input).
fn run_extract(global: &[&str], input: &str, close_stdout: bool) -> Output {
    let mut child = bin()
        .args(global)
        .args(["extract", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if close_stdout {
        drop(child.stdout.take());
    }
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

pub(crate) fn extract_stdin(input: &str) -> Value {
    extract_with(&[], input)
}

fn extract_with(global: &[&str], input: &str) -> Value {
    let out = run_extract(global, input, false);
    assert!(out.status.success(), "{}", text(&out.stderr));
    serde_json::from_str(&text(&out.stdout)).unwrap()
}

/// Whether one of the result's reasons contains `needle` (a rule id with its separators).
pub(crate) fn has_reason(v: &Value, needle: &str) -> bool {
    v["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r.as_str().unwrap().contains(needle))
}

/// `letter` is flagged, and `rule` is among its reasons.
pub(crate) fn assert_flagged_by(letter: &str, rule: &str) {
    let v = extract_stdin(letter);
    assert_eq!(v["flagged"], true, "{letter}\n{v}");
    assert!(
        has_reason(&v, &format!(" {rule}: ")),
        "{rule} not among the reasons: {v}"
    );
}

/// A letter that must stay unflagged with none of `reasons` (rule ids with their `: `) given.
pub(crate) fn assert_held(letter: &str, reasons: &[&str]) {
    let v = extract_stdin(letter);
    for reason in reasons {
        assert!(!has_reason(&v, reason), "{v}");
    }
    assert_eq!(v["flagged"], false, "{v}");
}

#[test]
fn transcribed_letter_without_diacritics_is_flagged_with_its_evidence() {
    let v = extract_stdin(
        "Chung toi co hinh anh nhay cam cua anh. Neu anh khong chuyen 10.000 USDT vao vi\n\
         TXmVpin5vq5gdZsciyyjdZgKRUju4st1wM trong vong 48 gio, chung toi se phat tan cho dong nghiep.\n\
         Lien he: kebimat@proton.me",
    );
    assert_eq!(v["flagged"], true, "{v}");
    assert_eq!(
        v["wallets"][0]["address"],
        "TXmVpin5vq5gdZsciyyjdZgKRUju4st1wM"
    );
    assert_eq!(v["wallets"][0]["chain"], "tron");
    assert_eq!(v["emails"][0]["address"], "kebimat@proton.me");
    assert!(v["reasons"].as_array().unwrap().iter().any(|r| r
        .as_str()
        .unwrap()
        .contains(": exposure \"phat tan")
        || r.as_str()
            .unwrap()
            .contains(": exposure \"chung toi se phat tan")));
}

#[test]
fn police_warning_text_is_not_flagged() {
    let v = extract_stdin(
        "Cong an tinh khuyen cao can bo cong chuc canh giac voi thu doan cua cac doi tuong lua dao: gui thu co anh \
         nhay cam, de doa phat tan cho dong nghiep, yeu cau chuyen tien USDT. Tuyet doi khong chuyen tien, trinh bao ngay.",
    );
    assert_eq!(v["flagged"], false, "{v}");
}

#[test]
fn regression_letter_naming_only_a_telegram_contact_is_flagged_with_it() {
    // blind12: no wallet, no amount, no e-mail; the Telegram user name was not evidence, so
    // the letter read as one quoting a threat, and "photographs of you" / "means publication"
    // were not in the lexicon
    let v = extract_stdin(
        "Mr Nguyen,\nContact me on Telegram @quietdeal within two days. I have photographs of you \
         that your ministry will find interesting.\nI will give you the wallet and the amount there. \
         No reply means publication.",
    );
    assert_eq!(v["flagged"], true, "{v}");
    assert_eq!(v["messengers"][0]["service"], "telegram");
    assert_eq!(v["messengers"][0]["handle"], "@quietdeal");
}

#[test]
fn police_warning_quoting_a_telegram_contact_is_not_flagged() {
    let v = extract_stdin(
        "CONG AN PHUONG BEN NGHE\nMot so can bo nhan duoc thu de doa phat tan anh nhay cam, yeu cau lien he \
         Telegram @baomat_2026 va chuyen tien. Day la thu doan lua dao. Khong lien he, khong chuyen tien, \
         bao ngay cho cong an phuong.",
    );
    assert_eq!(v["messengers"][0]["handle"], "@baomat_2026", "{v}");
    assert_eq!(v["flagged"], false, "{v}");
}

#[test]
fn regression_crypto_giveaway_with_a_zalo_contact_is_not_flagged() {
    // blind15: an amount of USDT, a deadline, a Zalo number and "send a photo of your ID" read
    // as extortion to the model (0.90); a giveaway's voice is counter-evidence
    let v = extract_stdin(
        "QUÀ TẶNG USDT\nKính gửi anh Trần Văn Nam,\nAnh được nhận 100 USDT miễn phí. Kết bạn Zalo \
         0933 000 111 và gửi ảnh căn cước để nhận quà trong 24 giờ.",
    );
    assert_eq!(v["messengers"][0]["handle"], "0933000111", "{v}");
    assert_eq!(v["flagged"], false, "{v}");
}

#[test]
fn missing_input_file_is_named_in_the_error() {
    let out = bin()
        .args(["extract", "/nonexistent/letter.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("/nonexistent/letter.txt"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn regression_closed_output_pipe_panicked_with_a_backtrace() {
    let out = run_extract(
        &[],
        "Chuyen 5.000 USDT vao vi TXmVpin5vq5gdZsciyyjdZgKRUju4st1wM",
        true,
    );
    let err = text(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(out.status.signal(), Some(libc::SIGPIPE), "{:?}", out.status);
}

/// A rule-set override in which every letter "reads like extortion" to the model (threshold
/// 0): the model's weights change with each retraining, so tests of what the scoring does
/// with its reading force the reading instead of relying on the current weights.
fn forced_model_reading() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let scoring = std::fs::read_to_string(crate::common::repo().join("pipeline/scoring.toml"))
        .unwrap()
        .replace("threshold = 0.65", "threshold = 0.0");
    std::fs::write(dir.path().join("scoring.toml"), scoring).unwrap();
    dir
}

#[test]
fn regression_money_moving_letters_the_model_reads_as_extortion_are_not_flagged() {
    // blind22: a P2P trade and an exchange's withdrawal notice, each with a wallet, an amount
    // of USDT and a deadline (0.65, 0.80): the model's reading stood in for a threat that no
    // picture, audience or phrase supports
    let dir = forced_model_reading();
    let global = ["--pipeline", dir.path().to_str().unwrap()];
    for text in [
        "Anh Trần Văn Nam,\nAnh chuyển 25 triệu vào tài khoản ngân hàng của tôi, tôi chuyển 1.000 \
         USDT vào ví TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL trong 15 phút.\nGiao dịch P2P trên sàn, có \
         đánh giá.",
        "Dear Mr. Peter Walsh,\nYour withdrawal of 2,000 USDT to \
         0x742d35Cc6634C0532925a3b844Bc454e4438f44e is pending. If you did not request it, \
         contact support@exchange.example within 24 hours.\nSecurity team.",
    ] {
        let v = extract_with(&global, text);
        let reasons = v["reasons"].to_string();
        assert!(reasons.contains("language.extortion"), "{v}");
        assert_eq!(v["flagged"], false, "{v}");
        assert!(reasons.contains("gate.coercion"), "{v}");
    }
    // the same forced reading on a letter that names its pictures is a threat
    let v = extract_with(
        &global,
        "Tôi có ảnh chụp anh ở khách sạn. Anh chuyển 3.000 USDT vào ví \
         TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL trong 3 ngày.",
    );
    assert!(
        v["reasons"].to_string().contains("combo.language_pictures"),
        "{v}"
    );
    assert!(!v["reasons"].to_string().contains("gate.coercion"), "{v}");
}

#[test]
fn the_models_reading_stands_for_the_threat_when_pictures_are_named() {
    // blind12's letter states no threat a rule knows; the pictures it names ("chụp được",
    // blind22's gap) let the model's reading count as the threat (with the audience and the
    // wallet they also imply one, so the shipped rules flag it whatever the weights read)
    let letter = "Anh Vũ Văn Hưng,\nCái đêm ở Sa Pa, anh say, còn tôi thì tỉnh. Tôi chụp được nhiều \
                  thứ.\n3.000 USDT vào ví 3BZECeAH8gSKkjrTx8PwMrNQBLG18yHpvf. Anh không trả thì ảnh \
                  đến bàn của bí thư.";
    assert_eq!(extract_stdin(letter)["flagged"], true);
    let dir = forced_model_reading();
    let v = extract_with(&["--pipeline", dir.path().to_str().unwrap()], letter);
    assert!(
        v["reasons"].to_string().contains("combo.language_pictures"),
        "{v}"
    );
}
