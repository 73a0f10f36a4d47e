//! Wallet strings: finds addresses in a page's OCR words, proves them by checksum, and recovers
//! those OCR garbled.
//!
//! Letters print wallets whole, grouped in fours, split over two lines, or glued to a label
//! ("ví:TR7N…"). Candidates are therefore built by joining consecutive tokens until a join
//! validates. A candidate that looks like a wallet but fails is repaired in bounded steps:
//! drop characters foreign to its alphabet (the Vietnamese model inserts `]`), re-read its boxes
//! with the restricted `eng` engine, then single OCR look-alike substitutions. A repair is
//! accepted only when exactly one address validates; anything else is reported as an
//! unverified wallet-like string, never as a wallet, so police never chase a wrong address.

pub mod chains;

use std::collections::BTreeSet;

use serde::Serialize;

pub use chains::{validate, Address, Chain, Network};
use chains::{BASE58_ALPHABET, BECH32_CHARSET, HEX_ALPHABET};

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

/// Re-reads a candidate's boxes (one per text line) with only the given characters allowed.
pub type Reread<'a> = dyn FnMut(&[BBox], &str) -> Option<String> + 'a;

/// OCR look-alikes tried one at a time during repair.
const CONFUSION_GROUPS: &[&str] = &[
    "0Oo", "1lIi", "5Ss", "8B", "2Zz", "6Gb", "9gq", "uvUV", "cC", "kK", "pP", "wW", "xX", "yY",
    "jJ", "aA", "eE", "fF", "dD",
];
const CONFUSION_PAIRS: &[(&str, &str)] = &[("rn", "m"), ("vv", "w"), ("cl", "d")];

struct Tok {
    text: String,
    word: usize,
}

/// Finds the wallets on one page.
pub fn find(
    page: usize,
    words: &[Word],
    mut reread: Option<&mut Reread>,
) -> (Vec<WalletFinding>, Vec<UnverifiedWallet>) {
    let toks: Vec<Tok> = words
        .iter()
        .enumerate()
        .map(|(i, w)| Tok {
            text: clean(&w.text),
            word: i,
        })
        .collect();
    let (mut found, mut unverified) = (Vec::new(), Vec::new());
    let mut i = 0;
    while i < toks.len() {
        if !starts_like_wallet(&toks[i].text) {
            i += 1;
            continue;
        }
        if let Some((addr, j, raw)) = join_valid(&toks, i) {
            let span: Vec<usize> = (i..=j).map(|k| toks[k].word).collect();
            found.push(finding(addr, raw, false, page, words, &span));
            i = j + 1;
            continue;
        }
        let (raw, j) = candidate(&toks, i);
        if !wallet_like(&raw) {
            i += 1;
            continue;
        }
        let span: Vec<usize> = (i..=j).map(|k| toks[k].word).collect();
        match repair(&raw, &span, words, reread.as_deref_mut()) {
            Ok(addr) => found.push(finding(addr, raw, true, page, words, &span)),
            Err(reason) => unverified.push(UnverifiedWallet {
                text: raw,
                reason,
                page,
                bbox: union(words, &span),
            }),
        }
        i = j + 1;
    }
    (found, unverified)
}

/// Strips label text and punctuation around a word: `ví:TR7N…,` -> `TR7N…`.
fn clean(w: &str) -> String {
    let after_label = match w.rfind(':') {
        Some(p) if p + 1 < w.len() && !w[..p].contains("//") => &w[p + 1..],
        _ => w,
    };
    after_label
        .trim_matches(|c: char| !c.is_ascii_alphanumeric())
        .to_string()
}

fn starts_like_wallet(t: &str) -> bool {
    if t.len() < 4 || !t.is_ascii() {
        return false;
    }
    let l = t.to_ascii_lowercase();
    l.starts_with("0x")
        || ["bc1", "tb1", "ltc1", "bcrt1"]
            .iter()
            .any(|p| l.starts_with(p))
        // base58 version prefixes; Monero 4/8 (main), 5/7 (stage), 9/A/B (test); CashAddr q/p
        || t.starts_with(|c: char| "T13LMDmn2A94578BqpQP".contains(c))
}

/// Joins tokens from `i` on (hyphens dropped) until the join validates.
fn join_valid(toks: &[Tok], i: usize) -> Option<(Address, usize, String)> {
    let mut s = String::new();
    let mut raw = String::new();
    for (j, t) in toks.iter().enumerate().skip(i).take(12) {
        let piece: String = t.text.chars().filter(|c| *c != '-').collect();
        if piece.is_empty() || !piece.chars().all(|c| c.is_ascii_alphanumeric()) {
            return None;
        }
        s.push_str(&piece);
        if !raw.is_empty() {
            raw.push(' ');
        }
        raw.push_str(&t.text);
        if s.len() > 130 {
            return None;
        }
        if let Some(a) = validate(&s) {
            return Some((a, j, raw));
        }
    }
    None
}

/// The extent of a wallet-like candidate: one long token, or a run of equal-length groups
/// (`TR7N Hqje KQxG …`; only the last may be shorter). Requiring equal groups keeps ordinary
/// words that happen to follow a `T` or a `1` from being glued into a "wallet".
fn candidate(toks: &[Tok], i: usize) -> (String, usize) {
    let first = &toks[i].text;
    if first.len() >= 25 || !(3..=8).contains(&first.len()) {
        return (first.clone(), i);
    }
    let group = first.len();
    let mut s = first.clone();
    let mut j = i;
    while j + 1 < toks.len() && s.len() < 64 {
        let n = &toks[j + 1].text;
        let whole = n.len() == group;
        if n.is_empty() || n.len() > group || !n.chars().all(|c| c.is_ascii_alphanumeric()) {
            break;
        }
        s.push_str(n);
        j += 1;
        if !whole {
            break;
        }
    }
    if j - i < 3 {
        return (first.clone(), i);
    }
    (s, j)
}

/// Plausible as a garbled address: right prefix and length, mixed letters and digits.
fn wallet_like(s: &str) -> bool {
    let n = s.chars().count();
    let alnum = s.chars().filter(|c| c.is_ascii_alphanumeric()).count();
    if alnum * 10 < n * 9
        || !s.chars().any(|c| c.is_ascii_digit())
        || !s.chars().any(|c| c.is_ascii_alphabetic())
    {
        return false;
    }
    let l = s.to_ascii_lowercase();
    if l.starts_with("0x") {
        (40..=45).contains(&n)
    } else if l.starts_with("bc1") || l.starts_with("ltc1") || l.starts_with("tb1") {
        (40..=66).contains(&n)
    } else if s.starts_with('T') {
        (32..=37).contains(&n)
    } else if l.starts_with('q') || l.starts_with('p') {
        (41..=44).contains(&n)
    } else if (93..=108).contains(&n) {
        s.starts_with(['4', '8', '5', '7', '9', 'A', 'B'])
    } else {
        (25..=36).contains(&n)
    }
}

/// The alphabet an address with this prefix is written in.
fn alphabet(raw: &str) -> String {
    let l = raw.to_ascii_lowercase();
    if l.starts_with("0x") {
        format!("x{HEX_ALPHABET}")
    } else if ["bc1", "tb1", "ltc1", "bcrt1"]
        .iter()
        .any(|p| l.starts_with(p))
        || ((l.starts_with('q') || l.starts_with('p')) && raw.len() >= 40)
    {
        format!("{BECH32_CHARSET}bcltr1BCLTR")
    } else {
        BASE58_ALPHABET.to_string()
    }
}

fn repair(
    raw: &str,
    span: &[usize],
    words: &[Word],
    reread: Option<&mut Reread>,
) -> Result<Address, String> {
    let alpha = alphabet(raw);
    let keep = |s: &str| -> String {
        let s: String = s.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
        // keep the `0x` prefix intact even though `0` is foreign to base58
        s.chars()
            .filter(|c| alpha.contains(*c) || c.is_ascii_digit() || c.is_ascii_alphabetic())
            .collect()
    };
    let cleaned = keep(raw);
    if let Some(a) = validate(&cleaned) {
        return Ok(a);
    }
    let mut bases = vec![cleaned];
    if let Some(rr) = reread {
        let boxes = line_boxes(words, span);
        if let Some(text) = rr(&boxes, &alpha) {
            let text = keep(&text);
            if let Some(a) = validate(&text) {
                return Ok(a);
            }
            bases.push(text);
        }
    }
    let mut hits: BTreeSet<String> = BTreeSet::new();
    let mut by_text = Vec::new();
    for b in &bases {
        for v in single_confusions(b) {
            if let Some(a) = validate(&v) {
                if hits.insert(a.address.clone()) {
                    by_text.push(a);
                }
            }
        }
    }
    match by_text.len() {
        1 => Ok(by_text.remove(0)),
        0 => Err("checksum fails and no single look-alike repair validates".into()),
        n => Err(format!(
            "checksum fails and {n} different repairs validate (ambiguous)"
        )),
    }
}

fn single_confusions(s: &str) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    for (p, c) in chars.iter().enumerate() {
        for g in CONFUSION_GROUPS.iter().filter(|g| g.contains(*c)) {
            for alt in g.chars().filter(|a| a != c) {
                let mut v = chars.clone();
                v[p] = alt;
                out.push(v.into_iter().collect());
            }
        }
    }
    for (a, b) in CONFUSION_PAIRS {
        for (from, to) in [(a, b), (b, a)] {
            for (p, _) in s.match_indices(from) {
                out.push(format!("{}{}{}", &s[..p], to, &s[p + from.len()..]));
            }
        }
    }
    out
}

fn line_boxes(words: &[Word], span: &[usize]) -> Vec<BBox> {
    let mut out: Vec<(u32, BBox)> = Vec::new();
    for &w in span {
        let word = &words[w];
        match out.last_mut() {
            Some((line, b)) if *line == word.line => *b = b.union(word.bbox),
            _ => out.push((word.line, word.bbox)),
        }
    }
    out.into_iter().map(|(_, b)| b).collect()
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
        asset: asset_hint(a.chain, words, span.first().copied().unwrap_or(0)),
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
fn asset_hint(chain: Chain, words: &[Word], first: usize) -> Option<String> {
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
    let _ = chain;
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
        find(0, &PageText::from_plain_text(text).words, None)
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
        let (w, _) = find(0, &words, Some(&mut rr));
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
        ] {
            let (w, u) = run(text);
            assert!(w.is_empty() && u.is_empty(), "{text}: {u:?}");
        }
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
