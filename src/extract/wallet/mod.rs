//! Wallet strings: finds addresses in a page's OCR words, proves them by checksum, and recovers
//! those OCR garbled.
//!
//! Letters print wallets whole, grouped in fours, split over two lines, or glued to a label
//! ("ví:TR7N…"). Candidates are therefore built by joining consecutive tokens until a join
//! validates. A candidate that looks like a wallet but fails is repaired in bounded steps:
//! drop characters foreign to its alphabet (the Vietnamese model inserts `]`), re-read its boxes
//! with the restricted `eng` engine, then bounded OCR edits and the readings combined (see
//! `repair`; Ethereum's weak case checksum needs a second reading of the digits). A repair is
//! accepted only when exactly one address validates; anything else is reported as an
//! unverified wallet-like string, never as a wallet, so police never chase a wrong address.

mod candidates;
pub mod chains;
mod consensus;
mod repair;

use serde::Serialize;

use candidates::{clean, extents, join_valid, leading_groups, starts_like_wallet};
pub use chains::{validate, Address, Chain, Network};
use repair::repair;

use crate::page::{BBox, Word};

/// How a wallet reached us.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Via {
    Text,
    Qr,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WalletFinding {
    pub chain: Chain,
    pub network: Network,
    pub address: String,
    /// False for EVM addresses printed in one case (no EIP-55 checksum to prove them).
    pub checksummed: bool,
    /// The token/network named next to the wallet, e.g. `USDT-TRC20`.
    pub asset: Option<String>,
    pub via: Via,
    /// True when the address differs from what OCR read; `raw` keeps the OCR text.
    pub repaired: bool,
    pub raw: String,
    pub page: usize,
    pub bbox: BBox,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnverifiedWallet {
    pub text: String,
    pub reason: String,
    pub page: usize,
    pub bbox: BBox,
}

/// Re-reads a candidate's boxes (one per text line) with only the given characters allowed;
/// the words read are separated by single spaces.
pub type Reread<'a> = dyn FnMut(&[BBox], &str) -> Option<String> + 'a;

/// How far wallet candidates that fail their checksum are pursued.
pub enum Recovery<'r, 'a> {
    /// Typed text: a string that fails is reported unverified, never edited into an address.
    Off,
    /// OCR text without its page image: look-alike and one/two-character edits.
    Edits,
    /// OCR text with its page: edits, and re-reading the candidate's boxes.
    Reread(&'r mut Reread<'a>),
}

pub(super) struct Tok {
    pub(super) text: String,
    pub(super) word: usize,
}

/// Finds the wallets on one page.
pub fn find(
    page: usize,
    words: &[Word],
    recovery: Recovery,
) -> (Vec<WalletFinding>, Vec<UnverifiedWallet>) {
    let edits = !matches!(recovery, Recovery::Off);
    let mut reread = match recovery {
        Recovery::Reread(rr) => Some(rr),
        _ => None,
    };
    let toks: Vec<Tok> = words
        .iter()
        .enumerate()
        .map(|(i, w)| Tok {
            text: clean(&w.text),
            word: i,
        })
        .collect();
    let (mut found, mut unverified) = (Vec::new(), Vec::new());
    let (mut i, mut floor) = (0, 0);
    let mut pending: Vec<(Vec<usize>, UnverifiedWallet)> = Vec::new();
    let mut found_spans: Vec<usize> = Vec::new();
    while i < toks.len() {
        if !starts_like_wallet(&toks[i].text) {
            i += 1;
            continue;
        }
        if let Some((addr, j, raw)) = join_valid(&toks, i) {
            let span: Vec<usize> = (i..=j).map(|k| toks[k].word).collect();
            // an address without checksum is believed only when a second reading agrees
            let check = match reread.as_deref_mut() {
                Some(rr) if !addr.checksummed => {
                    repair::confirm_unchecksummed(&addr.address, &span, words, rr)
                }
                _ => Ok(()),
            };
            found_spans.extend(&span);
            match check {
                Ok(()) => found.push(finding(addr, raw, false, page, words, &span)),
                Err(reason) => unverified.push(UnverifiedWallet {
                    text: raw,
                    reason,
                    page,
                    bbox: union(words, &span),
                }),
            }
            i = j + 1;
            floor = i;
            continue;
        }
        // a first group OCR misread may stand before the token that starts like a wallet; the
        // "groups" may also be words ("vao vi T…", "to T…" in Vietnamese without diacritics or
        // English), so the token itself is tried too when they make no address
        let mut starts = vec![leading_groups(&toks, words, i, floor), i];
        starts.dedup();
        let attempts: Vec<(usize, Vec<(String, usize)>)> = starts
            .into_iter()
            .map(|s| (s, extents(&toks, words, s)))
            .filter(|(_, c)| !c.is_empty())
            .collect();
        let Some((start, candidates)) = attempts.first() else {
            i += 1;
            continue;
        };
        let (start, shortest) = (*start, candidates[0].0.clone());
        // first from the OCR text alone, every extent; then re-reading the page image (the
        // costly step) for the two longest extents only
        let mut outcome = None;
        'attempts: for (start, candidates) in &attempts {
            let tries = candidates
                .iter()
                .map(|c| (c, false))
                .chain(candidates.iter().rev().take(2).map(|c| (c, true)));
            for ((raw, j), with_reread) in tries.filter(|_| edits) {
                if with_reread && reread.is_none() {
                    break;
                }
                let span: Vec<usize> = (*start..=*j).map(|k| toks[k].word).collect();
                let rr = if with_reread {
                    reread.as_deref_mut()
                } else {
                    None
                };
                if let Ok(addr) = repair(raw, &span, words, rr) {
                    found_spans.extend(&span);
                    outcome = Some((finding(addr, raw.clone(), true, page, words, &span), *j));
                    break 'attempts;
                }
            }
        }
        let j = match outcome {
            Some((f, j)) => {
                found.push(f);
                j
            }
            None => {
                let (_, j) = candidates[0];
                let span: Vec<usize> = (start..=j).map(|k| toks[k].word).collect();
                let reason = if edits {
                    repair(&shortest, &span, words, None)
                        .err()
                        .unwrap_or_default()
                } else {
                    "checksum fails (typed text is not repaired)".to_string()
                };
                let bbox = union(words, &span);
                pending.push((
                    span,
                    UnverifiedWallet {
                        text: shortest,
                        reason,
                        page,
                        bbox,
                    },
                ));
                // a failed candidate consumes nothing: a real address may start inside it
                i += 1;
                continue;
            }
        };
        i = j + 1;
        floor = i;
    }
    // unverified strings that overlap a wallet, or an earlier unverified string, are dropped
    let mut taken: Vec<usize> = found_spans;
    for (span, u) in pending {
        if span.iter().all(|w| !taken.contains(w)) {
            taken.extend(&span);
            unverified.push(u);
        }
    }
    (found, unverified)
}

fn union(words: &[Word], span: &[usize]) -> BBox {
    span.iter()
        .fold(BBox::default(), |b, &w| b.union(words[w].bbox))
}

fn finding(
    a: Address,
    raw: String,
    repair_tried: bool,
    page: usize,
    words: &[Word],
    span: &[usize],
) -> WalletFinding {
    // bech32 is canonically lower case, so an upper-case print is not a repair
    let compact: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    let repaired =
        repair_tried && compact != a.address && compact.to_ascii_lowercase() != a.address;
    WalletFinding {
        asset: asset_hint(words, span.first().copied().unwrap_or(0)),
        chain: a.chain,
        network: a.network,
        address: a.address,
        checksummed: a.checksummed,
        via: Via::Text,
        repaired,
        raw,
        page,
        bbox: union(words, span),
    }
}

/// The token and network named on the wallet's line or the line before: `USDT-TRC20`, `BTC`.
fn asset_hint(words: &[Word], first: usize) -> Option<String> {
    let line = words.get(first)?.line;
    let near = words
        .iter()
        .filter(|w| w.line + 1 >= line && w.line <= line);
    let mut token = None;
    let mut net = None;
    for w in near {
        let t: String = w
            .text
            .to_ascii_uppercase()
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect();
        match t.as_str() {
            "USDT" | "TETHER" => token = Some("USDT"),
            "BTC" | "BITCOIN" => token = token.or(Some("BTC")),
            "ETH" | "ETHER" => token = token.or(Some("ETH")),
            "TRX" => token = token.or(Some("TRX")),
            "BCH" => token = token.or(Some("BCH")),
            "XMR" | "MONERO" => token = token.or(Some("XMR")),
            "LTC" | "LITECOIN" => token = token.or(Some("LTC")),
            "DOGE" | "DOGECOIN" => token = token.or(Some("DOGE")),
            "TRC20" => net = Some("TRC20"),
            "ERC20" => net = Some("ERC20"),
            "BEP20" => net = Some("BEP20"),
            _ => {}
        }
    }
    match (token, net) {
        (Some(t), Some(n)) => Some(format!("{t}-{n}")),
        (Some(t), None) => Some(t.to_string()),
        (None, Some(n)) => Some(n.to_string()),
        (None, None) => None,
    }
}

/// Reads a wallet out of a QR payload: a bare address or a payment URI
/// (`bitcoin:ADDR?amount=…`, `ethereum:0x…@1/transfer?…`, `tron:T…`).
pub fn from_qr_payload(text: &str) -> Option<Address> {
    let t = text.trim();
    let body = match t.find(':') {
        Some(p) if t[..p].chars().all(|c| c.is_ascii_alphabetic()) => &t[p + 1..],
        _ => t,
    };
    let addr: String = body
        .trim_start_matches("//")
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    validate(&addr).or_else(|| validate(t))
}

#[cfg(test)]
mod tests {
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
        let (w, u) = run(
            "Chỉ cần chuyển 3.000 USDT vào ví\n1G9A9j6WðTLuh6dEeVwWeyibK1Uc5MfVEV trong 48 giờ.",
        );
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
}
