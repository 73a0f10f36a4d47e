//! Unit tests of wallet finding on plain text, apart from OCR: each chain, the joins OCR makes
//! necessary, and the regressions real scans taught, named after what broke. Kept beside
//! `mod.rs` so that file stays the stage.

use super::*;
use crate::page::PageText;

const TRON: &str = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";

fn run(text: &str) -> (Vec<WalletFinding>, Vec<UnverifiedWallet>) {
    find(0, &PageText::from_plain_text(text).words, Recovery::Edits)
}

/// `text` holds exactly one wallet, `address`, repaired from what OCR read, and no
/// unverified string.
fn repaired_to(text: &str, address: &str) {
    let (w, u) = run(text);
    assert!(u.is_empty(), "{u:?}");
    assert_eq!(w.len(), 1, "{w:?}");
    assert_eq!(w[0].address, address);
    assert!(w[0].repaired);
}

#[test]
fn labelled_grouped_and_split_addresses() {
    let (w, _) = run(&format!("USDT (TRC20) ví:{TRON}."));
    assert_eq!(w[0].address, TRON);
    assert_eq!(w[0].asset.as_deref(), Some("USDT-TRC20"));
    assert!(!w[0].repaired);
    let grouped = "TR7N Hqje KQxG TCi8 q8ZY 4pL8 otSz gjLj 6t";
    assert_eq!(run(grouped).0[0].address, TRON);
    let (w, _) = run("Send BTC to 1BvBMSEYstWetq\nTFn5Au4m4GFg7xJaNVN2 now");
    assert_eq!(w[0].address, "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2");
}

#[test]
fn regression_vie_model_inserts_bracket_into_tron_address() {
    let (w, u) = run("Ví USDT: TR7NHqjeKQ]xGTCi8q8ZY4pL8otSzgjLj6t");
    assert!(u.is_empty(), "{u:?}");
    assert_eq!(w[0].address, TRON);
    assert!(w[0].repaired);
    assert_eq!(w[0].raw, "TR7NHqjeKQ]xGTCi8q8ZY4pL8otSzgjLj6t");
}

#[test]
fn regression_short_word_before_a_garbled_address_is_not_part_of_it() {
    // "vao vi T…": "vi" looked like a first address group, the join "viT…" like no
    // address at all, and the letter lost its wallet (undiacritised Vietnamese, OCR
    // inserted an 'i')
    let (w, _) = run("chuyen vao vi TXLAQ63Xgi1NAzckPwKHvzw7CSEmLMEqcdj, em tu lo");
    assert_eq!(w.len(), 1, "{w:?}");
    assert_eq!(w[0].address, "TXLAQ63Xg1NAzckPwKHvzw7CSEmLMEqcdj");
    assert!(w[0].repaired);
}

#[test]
fn regression_short_word_before_an_address_split_by_ocr_is_not_part_of_it() {
    // "to T…": "to" made a wallet-like join with the first half only ("toTLCu…ZKw1"),
    // which failed, so the address itself (split in two, a '/' inserted, 'K' read as
    // 'k') was never tried (English letter of blind6)
    repaired_to(
        "Pay 2,500 USDT to TLCuBEirVzB6V4menL/ZKw1 jfBTFMZbuKq7. You know",
        "TLCuBEirVzB6V4menLZKw1jfBTFMZbuKq7",
    );
}

#[test]
fn regression_a_foreign_letter_inside_an_address_keeps_it_a_candidate() {
    // blind50's page reading, `8` as `ð` and `F` as `E`: no candidate, so the scan never
    // re-read the word box (which reads it right) and the letter lost its wallet. From the
    // text alone (a dropped digit and a substitution) it is at least reported unverified.
    let (w, u) =
        run("Chỉ cần chuyển 3.000 USDT vào ví\n1G9A9j6WðTLuh6dEeVwWeyibK1Uc5MfVEV trong 48 giờ.");
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(u.len(), 1, "{u:?}");
    assert_eq!(u[0].text, "1G9A9j6WTLuh6dEeVwWeyibK1Uc5MfVEV");
}

#[test]
fn regression_a_diacritic_ocr_put_inside_an_address_keeps_it_a_candidate() {
    // blind10: 'f' read as 'Í' made the token non-ASCII and the letter had no wallet at
    // all; now it is a candidate and repaired, and Vietnamese words folded the same way
    // stay words
    repaired_to(
        "7.000 USDT vào THRR7uvFbRLÍNzpKPXEyQa8KCJqi59V59e. Không thì cả khu phố sẽ biết.",
        "THRR7uvFbRLfNzpKPXEyQa8KCJqi59V59e",
    );
    let (w, u) = run("Trước thứ Năm, Thường vụ Tỉnh ủy sẽ nhận được toàn bộ ảnh của ông.");
    assert!(w.is_empty() && u.is_empty(), "{w:?} {u:?}");
}

#[test]
fn regression_segwit_prefix_read_as_a_word_and_zeros_as_capital_o() {
    // blind17: "bc1" read as a separate "bel", two zeros as 'O', and the next sentence's
    // "Anh" glued on after the full stop made a 42-character "CashAddr" candidate
    repaired_to(
        "USDT vao vi\nbel qvyqO0cc6rahyvsazfdjeOtwl7ez82ndmuac2lhv. Anh khong gui thi",
        "bc1qvyq0cc6rahyvsazfdje0twl7ez82ndmuac2lhv",
    );
}

#[test]
fn regression_stray_spaces_around_a_one_letter_piece_end_the_join() {
    // blind12: OCR split a P2SH address as "33GA3Z Xbw5o5…FY Y ZmdxGRRP" ('o' read as
    // '0'); the long middle piece and the one-letter piece were taken for irregular
    // groups, the join stopped short and the letter lost its wallet
    repaired_to(
        "7.000 USDT, chuyen vao 33GA3Z Xbw505HeUrBEaqkWXFY Y ZmdxGRRP.\nKhong tra",
        "33GA3ZXbw5o5HeUrBEaqkWXFYYZmdxGRRP",
    );
}

#[test]
fn regression_a_digit_read_as_a_letter_leaves_a_mixed_case_candidate() {
    // blind22: "Hu1L" read as "HulL" left one digit in the address, too little of an
    // encoding's letter/digit texture, and the letter had no wallet at all; words glued
    // together with a digit stay words
    repaired_to(
        "Ông chuyển 3.000 USDT vào vi TTRjVyHulLv3DjBPTgzCwsjCvsQaHKQcmN. Quá 7 ngày",
        "TTRjVyHu1Lv3DjBPTgzCwsjCvsQaHKQcmN",
    );
    let (w, u) = run("Tran3NgayNuaHetHanNopPhatTaiPhuongBa");
    assert!(w.is_empty() && u.is_empty(), "{w:?} {u:?}");
}

#[test]
fn single_confusion_is_repaired_only_when_unique() {
    let (w, _) = run("TR7NHqjEKQxGTCi8q8ZY4pL8otSzgjLj6t");
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].address, TRON);
    let (w, u) = run("TR7NHqjEKQxGTCi8q8ZY4pL8otSzgjLjXX");
    assert!(w.is_empty());
    assert_eq!(u.len(), 1);
}

#[test]
fn reread_is_used_when_ocr_text_fails() {
    let words = PageText::from_plain_text("TR7NHqjeKQxGTCiBqBZY4pLBotSzgjLj6t").words;
    let mut rr = |_b: &[BBox], alpha: &str| -> Option<String> {
        assert!(!alpha.contains('0'));
        Some(TRON.to_string())
    };
    let (w, _) = find(0, &words, Recovery::Reread(&mut rr));
    assert_eq!(w[0].address, TRON);
    assert!(w[0].repaired);
}

#[test]
fn ordinary_words_are_not_candidates() {
    let (w, u) = run("Thanh toán trong 3 ngày 1234567890123456789012345 Telegram:@abc");
    assert!(w.is_empty());
    assert!(u.is_empty(), "{u:?}");
    // regression: these were glued into "unverified wallets"
    for text in [
        "INVOICE No. 2026-0418 Saigon Office Supplies Co., Ltd.",
        "District 1, Ho Chi Minh City Bill to",
        "dong nghiep va gia dinh ong. Vi USDT ERC20:",
        "A4 paper, 80 gsm, 50 reams 3,750,000 VND",
        "Department of Planning and Investment",
    ] {
        let (w, u) = run(text);
        assert!(w.is_empty() && u.is_empty(), "{text}: {u:?}");
    }
    // regression: a label glued to the address hid the address behind an "unverified" string
    let (w, u) = run("Bitcoin wallet: 1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mo If you do not pay");
    assert_eq!(w.len(), 1);
    assert!(u.is_empty(), "{u:?}");
}

#[test]
fn monero_and_cashaddr_in_letters() {
    let xmr = "42ey1afDFnn4886T7196doS9GPMzexD9gXpsZJDwVjeRVdFCSoHnv7KPbBeGpzJBzHRCAs9UxqeoyFQMYbqSWYTfJJQAWDm";
    // printed over two lines, as a 95-character address usually is
    let (w, _) = run(&format!("Send XMR to:\n{}\n{}", &xmr[..48], &xmr[48..]));
    assert_eq!((w[0].chain, w[0].address.as_str()), (Chain::Monero, xmr));
    assert_eq!(w[0].asset.as_deref(), Some("XMR"));
    let (w, _) = run("BCH: bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a");
    assert_eq!(w[0].chain, Chain::BitcoinCash);
    assert_eq!(
        w[0].address,
        "bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a"
    );
    let (w, _) = run("qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a");
    assert_eq!(
        w[0].address,
        "bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a"
    );
}

#[test]
fn qr_payment_uris() {
    assert_eq!(
        from_qr_payload(&format!("tron:{TRON}?amount=100"))
            .unwrap()
            .address,
        TRON
    );
    assert_eq!(
        from_qr_payload("bitcoin:1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2?amount=0.5")
            .unwrap()
            .chain,
        Chain::Bitcoin
    );
    assert!(from_qr_payload("https://example.com/").is_none());
}

#[test]
fn regression_a_stray_mark_in_a_later_group_ends_no_address() {
    // blind59's page reading: OCR split a one-case Ethereum address and read its `c` as `¢`
    // ("0x27b1…ach04556 1¢26"); the group with the mark ended the candidate before it, the first
    // part was too short for an address, and the letter showed no wallet-like string at all.
    // Now the group joins (its mark dropped) and the string is at least reported unverified.
    let (w, u) = run("7.000 USDT vào ví 0x27b1fdb04752bbc536007a920d24ach04556 1¢26 trong 5 ngày.");
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(u.len(), 1, "{u:?}");
    assert_eq!(u[0].text, "0x27b1fdb04752bbc536007a920d24ach04556126");
    // the Vietnamese words after an address still end it, the folded "vi" before it too
    let (w, u) = run("7.000 USDT vào ví THRR7uvFbRLfNzpKPXEyQa8KCJqi59V59e trong 5 ngày.");
    assert!(u.is_empty(), "{u:?}");
    assert_eq!(w.len(), 1, "{w:?}");
    assert_eq!(w[0].address, "THRR7uvFbRLfNzpKPXEyQa8KCJqi59V59e");
}

#[test]
fn regression_a_round_stroke_before_0x_hid_the_address() {
    // blind60's page reading: "O0xA0b8…" (a stray `O` before `0x`) started like no address
    let (w, u) = run("2,500 USDT to\nO0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48 within five days");
    assert!(u.is_empty(), "{u:?}");
    assert_eq!(w.len(), 1, "{w:?}");
    assert_eq!(w[0].address, "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48");
}

#[test]
fn regression_a_messenger_number_was_glued_into_a_wallet_like_string() {
    // blind62: "Lien he WhatsApp +84 903 118 264 trong 3 ngay" was reported as the wallet-like
    // string `LienheWhatsApp84903118264trong3ngay`
    let (w, u) = run("Lien he WhatsApp +84 903 118 264 trong 3 ngay.");
    assert!(w.is_empty() && u.is_empty(), "{u:?}");
}

#[test]
fn regression_segwit_prefix_read_as_a_word_after_a_short_word_on_its_line() {
    // blind82: "to bel qvyq…" — the leading groups began at "to" and the token tried too was
    // "qvyq…"; neither makes the address, which starts at the misread "bc1" between them
    repaired_to(
        "6,000 USDT to bel qvyq0cc6rahyvsazfdjeOtwl7ez82ndmuac2lhv within 48 hours.",
        "bc1qvyq0cc6rahyvsazfdje0twl7ez82ndmuac2lhv",
    );
}

#[test]
fn regression_nine_read_as_o_next_to_a_case_slip_in_an_address_split_by_ocr() {
    // blind84's English letter on a clean 1-bit page: `9` read as `o` and `K` as `k`, the
    // address split in two; the page and the whitelisted re-reading agreed on both errors, and
    // `o` for `9` was no look-alike, so two edits were needed where only one may be any letter
    repaired_to(
        "2,500 USDT to TLsV52sRDL79HXGGmoyzwkibb6 BeruhUzy within five days.",
        "TLsV52sRDL79HXGGm9yzwKibb6BeruhUzy",
    );
}

#[test]
fn regression_j_read_for_i_beside_an_f_read_as_i() {
    // blind86's Vietnamese letter: `f` read as `i` and `i` as `j` in one TRON address; `i` for
    // `j` was no look-alike, so the two edits were one look-alike and one any letter, which
    // step 4 does not try
    repaired_to(
        "3.000 USDT (TRC20) vào ví THRR7uvFbRLiNzpKPXEyQa8KCJqj59V59e trong 48 giờ.",
        "THRR7uvFbRLfNzpKPXEyQa8KCJqi59V59e",
    );
}
