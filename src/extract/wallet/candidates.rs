//! Where a wallet might be in a page's words: tokens that start like an address, the joins
//! that continue it (groups, a stray space, a line break), and the shape tests that keep ordinary
//! words from being glued into a "wallet". Kept apart from validation (`chains`) and recovery
//! (`repair`) because it is the part tuned on real OCR output.

use super::chains::{validate, Address};
use super::Tok;
use crate::extract::text::unmark;
use crate::page::Word;

/// Strips label text and punctuation around a word: `ví:TR7N…,` -> `TR7N…`. A mark the
/// Vietnamese model put on a letter inside a code (`RLÍNzp` for `RLfNzp`) is dropped, keeping
/// case, so the token can still be a candidate and be re-read; Vietnamese words folded the
/// same way never have an address's length and texture.
pub(super) fn clean(w: &str) -> String {
    let after_label = match w.rfind(':') {
        Some(p) if p + 1 < w.len() && !w[..p].contains("//") => &w[p + 1..],
        _ => w,
    };
    let t: String = unmark(after_label.trim_matches(|c: char| !c.is_ascii_alphanumeric()))
        .filter(|c| !stray_char(*c))
        .collect();
    strip_doubled_zero(t)
}

/// `O0x…` -> `0x…`: OCR put a round stroke before an EVM address's `0x` (blind60, where the
/// stray `O` kept the token from starting like an address and the letter lost its wallet).
/// No address starts with two zeros before its `x`.
fn strip_doubled_zero(t: String) -> String {
    let b = t.as_bytes();
    if b.len() >= 41 && b"0oO".contains(&b[0]) && evm_like(&t[1..]) {
        t[1..].to_string()
    } else {
        t
    }
}

/// A character outside ASCII that OCR reads into a code where a letter or digit was
/// (`TNP©eaa…`, `rP¢9`, `TLCi¡mH6…`, `1G9A9j6WðTLuh…` for `…W8TLuh…`): dropped, so the token
/// stays a candidate and the re-reading and repair restore it. Only after `unmark`, which has
/// made every Vietnamese letter ASCII: what is left (`ð`, `ø`, `ß`) is no letter of a word this
/// tool reads. ASCII marks stay for the repair to map (`]` is the Vietnamese model's `J`).
fn stray_char(c: char) -> bool {
    !c.is_ascii()
}

/// `0x…` as OCR prints it: the zero read as `O`, `o` or `9`.
pub(super) fn evm_like(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() >= 4
        && b"0oO9".contains(&b[0])
        && (b[1] == b'x' || b[1] == b'X')
        && b[2..].iter().filter(|c| c.is_ascii_hexdigit()).count() * 10 >= (b.len() - 2) * 8
}

/// Looks like a piece of an encoding rather than a word: has a digit, or a capital letter after
/// the first character (`GRRkKTWYY`, `rLXuHK2HC`), where words are lower case or Capitalised.
pub(super) fn code_like(t: &str) -> bool {
    t.chars().any(|c| c.is_ascii_digit()) || t.chars().skip(1).any(|c| c.is_ascii_uppercase())
}

/// Network labels that look like the start of an address (`TRC20` starts like TRON).
pub(super) fn is_label(t: &str) -> bool {
    let u = t.to_ascii_uppercase().replace('-', "");
    matches!(
        u.as_str(),
        "TRC20"
            | "ERC20"
            | "BEP20"
            | "TRX"
            | "TRON"
            | "BTC"
            | "BCH"
            | "LTC"
            | "DOGE"
            | "XMR"
            | "USDT"
    )
}

pub(super) fn starts_like_wallet(t: &str) -> bool {
    if is_label(t) {
        return false;
    }
    if t.len() < 4 || !t.is_ascii() {
        return false;
    }
    let l = t.to_ascii_lowercase();
    l.starts_with("0x")
        || evm_like(t)
        || ["bc1", "tb1", "ltc1", "bcrt1", "tltc1", "rltc1"]
            .iter()
            .any(|p| l.starts_with(p))
        // a segwit `bc1` OCR read as `be1`, `bel`, `bci`
        || (t.len() >= 14 && bech32_prefix_misread(&l))
        // base58 version prefixes; Monero 4/8 (main), 5/7 (stage), 9/A/B (test); CashAddr q/p
        || t.starts_with(|c: char| "T13LMDmn2A94578BqpQP".contains(c))
}

/// Joins tokens from `i` on (hyphens dropped) until the join validates.
pub(super) fn join_valid(toks: &[Tok], i: usize) -> Option<(Address, usize, String)> {
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

/// The longest printed form of an address starting like `t` (alphanumeric characters).
pub(super) fn max_len(t: &str) -> usize {
    let l = t.to_ascii_lowercase();
    if evm_like(t) {
        42
    } else if l.starts_with("bc1") || l.starts_with("tb1") || bech32_prefix_misread(&l) {
        62
    } else if l.starts_with("ltc1")
        || l.starts_with("tltc1")
        || l.starts_with("rltc1")
        || l.starts_with("bcrt1")
    {
        76
    } else if l.starts_with('q') || l.starts_with('p') {
        42
    } else if t.starts_with(['4', '8', '5', '7', '9', 'A', 'B']) {
        // Monero; base58 `9…`/`A…` Dogecoin P2SH is 34, and longer joins simply fail to validate
        106
    } else {
        34
    }
}

/// The possible extents of a wallet-like candidate, shortest first: the first token, then the
/// tokens that continue it on its line (groups of four, a stray space OCR inserted) or on the
/// next line (an address broken over two or three lines), up to the address's longest length.
/// Several extents are kept because where the address ends is not known: the next line may
/// hold its second half, or the next sentence.
pub(super) fn extents(toks: &[Tok], words: &[Word], i: usize) -> Vec<(String, usize)> {
    let target = max_len(&toks[i].text);
    let alnum = |s: &str| s.chars().filter(char::is_ascii_alphanumeric).count();
    let mut s = toks[i].text.clone();
    let mut out = vec![(s.clone(), i)];
    let mut lens = vec![s.len()];
    let mut long_piece = s.len() >= 8;
    let mut j = i;
    while j + 1 < toks.len() && alnum(&s) < target && j - i < 16 {
        let (cur, next) = (&words[toks[j].word], &words[toks[j + 1].word]);
        let n = &toks[j + 1].text;
        let continues = next.line == cur.line || next.line == cur.line + 1;
        // pieces of an encoding: code-like, or short groups on one line (`jyle fxq2`); a first
        // token that is a word (`Bitcoin`, `Planning`) is never extended
        let first = &toks[i].text;
        let pieces = (code_like(first) || first.len() <= 5)
            && (code_like(n) || (next.line == cur.line && n.len() <= 5));
        // a sentence's end ends the address: `…2lhv. Anh khong` must not become `…2lhvAnh`
        let sentence_end = cur.text.ends_with(['.', ',', ';', '!', '?']) && !code_like(n);
        // a word with letters outside ASCII is the sentence going on (`… vào ví`), unless what
        // is left of it once cleaned is code-like: a group with a stray mark in it (`1¢26` for
        // `1c26`, blind59), whose cleaning already dropped the mark
        let foreign = !next.text.is_ascii() && !code_like(n);
        // a `+` starts a phone number (`Lien he WhatsApp +84 903 …`, blind62), never a piece
        // of an address: no encoding has one
        let phone = next.text.starts_with('+');
        if !continues
            || !pieces
            || sentence_end
            || foreign
            || phone
            || is_label(n)
            || alnum(&s) + alnum(n) > target + 2
        {
            break;
        }
        s.push_str(n);
        j += 1;
        lens.push(n.len());
        // a run of short pieces must be regular groups (all but the first and last of one
        // length), as printed addresses are; `A4 paper 80 gsm` is not. A long code-like piece
        // without punctuation (not `3,750,000`) makes it an address OCR broke with stray
        // spaces, where the pieces have any lengths (`33GA3Z Xbw5o5…FY Y ZmdxGRRP`)
        long_piece |= n.len() >= 8 && n.chars().all(|c| c.is_ascii_alphanumeric());
        let middle = &lens[1..lens.len() - 1];
        if long_piece || middle.windows(2).all(|w| w[0] == w[1]) {
            out.push((s.clone(), j));
        }
    }
    out.retain(|(s, _)| wallet_like(s));
    out
}

/// Steps back over short code-like groups on the same line before token `i` (`Wq 4vME YB2y…`
/// where OCR misread the first group), so the candidate and its re-reading cover them.
pub(super) fn leading_groups(toks: &[Tok], words: &[Word], mut i: usize, floor: usize) -> usize {
    let line = words[toks[i].word].line;
    while i > floor {
        let t = &toks[i - 1].text;
        let w = &words[toks[i - 1].word];
        let groupish = (2..=4).contains(&t.len())
            && t.chars().all(|c| c.is_ascii_alphanumeric())
            && !is_label(t);
        if w.line != line || !groupish || !w.text.chars().all(|c| c.is_ascii_alphanumeric()) {
            break;
        }
        i -= 1;
    }
    i
}

/// `bc1` as OCR misreads it at a (lower-cased) word's start: `c` as `e`, `1` as `l` or `i`
/// (`bel qvyq…`), followed by the witness version of a segwit (`q`) or taproot (`p`) address
/// when there is more.
pub(super) fn bech32_prefix_misread(l: &str) -> bool {
    let b = l.as_bytes();
    b.len() >= 3
        && b[0] == b'b'
        && b"ce".contains(&b[1])
        && b"1li".contains(&b[2])
        && b.get(3).is_none_or(|v| b"qp".contains(v))
}

/// Plausible as a garbled address: right prefix and length, and the texture of an encoding
/// (letters and digits interleaved), which ordinary words glued together do not have.
pub(super) fn wallet_like(s: &str) -> bool {
    let n = s.chars().count();
    let alnum = s.chars().filter(|c| c.is_ascii_alphanumeric()).count();
    let transitions = s
        .as_bytes()
        .windows(2)
        .filter(|w| {
            w[0].is_ascii_digit() != w[1].is_ascii_digit()
                && w[0].is_ascii_alphanumeric()
                && w[1].is_ascii_alphanumeric()
        })
        .count();
    // an address whose digits OCR read as letters (`Hu1L` as `HulL`) keeps little of the
    // digit/letter texture, but base58 keeps its mixed case: capitals and small letters in
    // like numbers, capitals side by side, a digit inside; words glued together (one capital
    // per word) and headings in capitals do not have it
    let (upper, lower) = (
        s.bytes().filter(u8::is_ascii_uppercase).count(),
        s.bytes().filter(u8::is_ascii_lowercase).count(),
    );
    let upper_pairs = s
        .as_bytes()
        .windows(2)
        .filter(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase())
        .count();
    let mixed_case = upper * 3 >= upper + lower && lower * 3 >= upper + lower && upper_pairs >= 2;
    // a TRON address's shape is texture enough: `T` and 33 more letters and digits, some capitals
    // among them and a digit (`TCfScqLffPccEY7hcsabiFnMfdipfyryvr`, OCR's `S` for `5` leaving a
    // single digit); words glued together do not reach 34 characters with a digit inside
    let tron_shaped = (33..=35).contains(&n)
        && s.starts_with('T')
        && alnum == n
        && s.bytes().any(|c| c.is_ascii_digit())
        && upper >= 4;
    if alnum * 10 < n * 9 || (transitions < 4 && !(transitions >= 2 && mixed_case) && !tron_shaped)
    {
        return false;
    }
    let l = s.to_ascii_lowercase();
    if evm_like(s) {
        (40..=45).contains(&n)
    } else if l.starts_with("bc1")
        || l.starts_with("ltc1")
        || l.starts_with("tb1")
        || bech32_prefix_misread(&l)
    {
        (40..=66).contains(&n)
    } else if s.starts_with('T') {
        (32..=37).contains(&n)
    } else if l.starts_with('q') || l.starts_with('p') {
        (41..=44).contains(&n)
    } else if (90..=110).contains(&n) {
        s.starts_with(['4', '8', '5', '7', '9', 'A', 'B'])
    } else {
        (25..=36).contains(&n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regression_symbols_ocr_reads_into_an_address_are_dropped() {
        // blind36, blind34: `©` and `¢` inside an address made it no candidate
        assert_eq!(
            clean("TNP©eaaFB7K9cmo4uQpcU32zGK8G1NYqeL"),
            "TNPeaaFB7K9cmo4uQpcU32zGK8G1NYqeL"
        );
        assert_eq!(clean("7NDCGBtSjznemEomE5rP¢9."), "7NDCGBtSjznemEomE5rP9");
        // `]` is left for the repair, which reads it as `J`
        assert_eq!(clean("TfJ]QAWDm"), "TfJ]QAWDm");
        // a number's or an address's own punctuation stays
        assert_eq!(clean("3,750,000"), "3,750,000");
        assert_eq!(clean("ai@proton.me"), "ai@proton.me");
    }

    #[test]
    fn regression_a_foreign_letter_ocr_reads_into_an_address_is_dropped() {
        // blind50: `8` read as `ð` ("1G9A9j6WðTLuh…") made a Bitcoin address no candidate, so
        // it was never re-read and the letter lost its wallet
        assert_eq!(
            clean("1G9A9j6WðTLuh6dEeVwWeyibK1Uc5MfVEV"),
            "1G9A9j6WTLuh6dEeVwWeyibK1Uc5MfVEV"
        );
        assert!(starts_like_wallet(&clean(
            "1G9A9j6WðTLuh6dEeVwWeyibK1Uc5MfVEV"
        )));
        // Vietnamese letters are folded, not dropped: a word stays a word
        assert_eq!(clean("chuyển"), "chuyen");
    }

    #[test]
    fn regression_a_tron_address_left_with_one_digit_is_still_a_candidate() {
        // blind38: `5` read as `S` left "TCfScq…EY7hcsabi…" one digit, too little texture
        assert!(wallet_like("TCfScqLffPccEY7hcsabiFnMfdipfyryvr"));
        assert!(!wallet_like("TheProvincialPeoplesCommitteeOfHue"));
        assert!(!wallet_like("ThuongvuTinhuysenhanduoctoanboanh"));
    }

    #[test]
    fn regression_a_segwit_prefix_read_as_be1_starts_a_candidate() {
        // blind37: "be1qvyq0cc6…" was never tried
        assert!(starts_like_wallet(
            "be1qvyq0cc6rahyvsazfdje0tw7ez82ndmuac2lhv"
        ));
        assert!(!starts_like_wallet("because"));
        assert!(!starts_like_wallet("bel"));
    }
}
