//! Recovering addresses OCR garbled, in bounded steps, each accepted only when exactly one
//! address validates:
//!
//! 1. drop characters foreign to the address's alphabet (the Vietnamese model inserts `]`) and
//!    read a leading `Ox` as `0x`, a segwit `bel`/`bci` as `bc1`, and in bech32 an `O` as `0`;
//! 2. re-read the candidate's boxes with the restricted `eng` engine and a whitelist, once on
//!    the tight boxes and once on boxes widened by half a line height (a character OCR dropped
//!    at the edge falls outside the word box);
//! 3. one edit on each reading: an OCR look-alike substitution, any other substitution within a
//!    base58 or bech32 alphabet ('f' read as 'i'), one deleted character (a stray inserted by
//!    OCR), or one inserted alphabet character (one dropped); or a short word OCR glued on at
//!    either end when it lost the space ("toTFUD8…" for "to TFUD8…");
//! 4. failing that, two edits of which one is a look-alike substitution; on a TRON reading of
//!    the address's fixed length (a glued word cut off), the other any base58 character;
//! 5. failing that, two readings combined (base58 and bech32 only): at each place two of them
//!    disagree, either one's text (up to 8 places, see `consensus`), and with the page's
//!    reading and a re-reading disagreeing in up to 4 places, one edit more on each choice
//!    (blind36: the page's `3` for `J` and a dropped last `f`, the re-reading's `t` for `f`).
//!
//! With a 4-byte checksum the chance that a wrong edit validates is ~2^-32 per try; steps 3 and
//! 4 make some 10 000 tries per reading (about 40 000 for an unrecoverable candidate read four
//! ways), step 5 some 130 000 more for a 34-character address, so a string OCR garbled beyond
//! repair "repairs" to a wrong address with a chance under one in twenty thousand (bech32's
//! 30-bit checksum over a longer address: about one in five thousand); a TRON candidate adds
//! some 90 000 tries per reading of its length in step 4 (up to about 360 000), which puts its
//! chance near one in eight thousand. Such a find is marked `repaired` with OCR's `raw` text for
//! a person to confirm. A true address one edit away that a second one also reaches is refused
//! as ambiguous. Addresses without a checksum (one-case EVM) are never repaired: any hex string
//! would "validate". EIP-55's mixed case is one bit per letter, some fifteen, against thousands
//! of edits: a repaired EVM address stands only when a re-reading agrees on its 40 digits (or on
//! them with one stray character more, see `consensus::same_evm_digits_but_a_stray`), and no
//! edit changes a letter's case alone (the case follows from the digits; digits the page's
//! reading and a re-reading agree on give the address in its checksummed form, if the page
//! printed that case but for `c`/`C`).

use std::collections::BTreeSet;

use super::candidates::{bech32_prefix_misread, evm_like};
use super::chains::{eip55, validate, Address, BASE58_ALPHABET, BECH32_CHARSET, HEX_ALPHABET};
use super::consensus::{self, same_evm_digits, same_evm_digits_but_a_stray};
use super::Reread;
use crate::page::{BBox, Word};

/// OCR look-alikes tried one at a time (`fi`: a small `f` at 200 dpi read as `i` or `í`, in
/// blind10 and blind13; `1L`, a sans-serif `1` with its foot, and `mM`, in blind75, where the
/// page and both re-readings gave `TULn…UMBCK` for `TU1n…UmBCK`; `9o`, in blind84, where the
/// page and the re-reading gave `…GGmoyzwkibb6…` for `…GGm9yzwKibb6…`; `ij`, the same dot, the
/// descender lost, in blind86, where the page gave `…KCJqj59…` for `…KCJqi59…` beside an `f`
/// read as `i`).
const CONFUSION_GROUPS: &[&str] = &[
    "0Oo", "1lIi", "5Ss", "8B", "2Zz", "6Gb", "9gq", "uvUV", "cC", "kK", "pP", "wW", "xX", "yY",
    "jJ", "aA", "eE", "fF", "dD", "EF", "fi", "1L", "mM", "9o", "ij",
];
const CONFUSION_PAIRS: &[(&str, &str)] = &[("rn", "m"), ("vv", "w"), ("cl", "d")];

/// The alphabet an address with this prefix is written in (the whitelist for re-reading).
pub(super) fn alphabet(raw: &str) -> String {
    let l = raw.to_ascii_lowercase();
    if evm_like(raw) {
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

/// Keeps only characters of `alpha`, reading an OCR'd `0x` prefix (`Ox`, `9x`) as `0x`.
/// With `map`, characters foreign to the alphabet become their usual look-alike in it instead
/// of being dropped (`l` -> `1` in base58, `O` -> `0` in hex, `]` -> `J`).
fn keep(s: &str, alpha: &str, map: bool) -> String {
    let evm = evm_like(s);
    let body = if evm { &s[2..] } else { s };
    let hex = alpha.starts_with('x');
    let bech = alpha.starts_with(BECH32_CHARSET);
    let out: String = body
        .chars()
        .filter_map(|c| {
            if alpha.contains(c) && !(hex && c == 'x') {
                return Some(c);
            }
            if !map {
                return None;
            }
            if bech {
                // bech32 is written in one case and has no `o`: an `O` among lower-case
                // characters is a zero, any other capital the same letter in lower case
                let to = match c.to_ascii_lowercase() {
                    'o' => '0',
                    l => l,
                };
                return alpha.contains(to).then_some(to);
            }
            let to = match (c, hex) {
                ('O' | 'o' | 'Q' | 'D', true) => '0',
                ('l' | 'I' | '|' | 'i', true) => '1',
                ('S' | 's', true) => '5',
                ('G', true) => '6',
                ('Z' | 'z', true) => '2',
                ('l' | 'I' | '|' | '!', false) => '1',
                ('0' | 'O', false) => 'o',
                (']' | ')', false) => 'J',
                _ => return None,
            };
            alpha.contains(to).then_some(to)
        })
        .collect();
    if evm {
        format!("0x{out}")
    } else {
        out
    }
}

/// A segwit address's `bc1` as written, when OCR misread it (`bel`, `bci`: see
/// `bech32_prefix_misread`); anything else unchanged.
fn bech32_prefix(raw: &str) -> String {
    let l = raw.to_ascii_lowercase();
    if bech32_prefix_misread(&l) && !l.starts_with("bc1") && raw.is_ascii() {
        format!("bc1{}", &raw[3..])
    } else {
        raw.to_string()
    }
}

/// A checksum-proven address (a one-case EVM string proves nothing and does not count).
fn proven(s: &str) -> Option<Address> {
    // a TRON address is 34 characters, always: a guess of another length is not worth a
    // checksum (half the tries of an edit search; `TB1…` is a testnet segwit address in
    // capitals, not TRON)
    let tron_len = s.starts_with('T') && !s.starts_with("TB1") && s.len() != 34;
    if tron_len {
        return None;
    }
    validate(s).filter(|a| a.checksummed)
}

/// The boxes to re-read a candidate in: tight, then widened by half a line height.
fn reread_boxes(span: &[usize], words: &[Word]) -> [Vec<BBox>; 2] {
    let tight = line_boxes(words, span);
    let wide: Vec<BBox> = tight
        .iter()
        .map(|b| {
            let m = b.h / 2;
            BBox::new(b.x.saturating_sub(m), b.y, b.w + 2 * m, b.h)
        })
        .collect();
    [tight, wide]
}

/// Both re-readings of a candidate (for confirming; repair stops at the first that validates).
fn rereadings(span: &[usize], words: &[Word], alpha: &str, reread: &mut Reread) -> Vec<String> {
    reread_boxes(span, words)
        .iter()
        .filter_map(|boxes| reread(boxes, alpha))
        .map(|t| keep(&t, alpha, false))
        .collect()
}

/// Recovers the address a garbled candidate prints, or says why it cannot.
pub(super) fn repair(
    raw: &str,
    span: &[usize],
    words: &[Word],
    mut reread: Option<&mut Reread>,
) -> Result<Address, String> {
    let raw = &bech32_prefix(raw);
    let alpha = alphabet(raw);
    // an EVM address: its checksum is letters' case, too weak for guesses (below)
    let evm = alpha.starts_with('x');
    let mut bases = vec![keep(raw, &alpha, false), keep(raw, &alpha, true)];
    bases.dedup();
    for b in &bases {
        if let Some(a) = proven(b) {
            return Ok(a);
        }
        // a one-case EVM string needs a second reading that agrees, never a guess
        if let Some(a) = validate(b).filter(|a| !a.checksummed) {
            return match reread.as_deref_mut() {
                Some(rr) => confirm_unchecksummed(&a.address, span, words, rr).map(|_| a),
                None => Err(
                    "EVM address printed without checksum, not confirmed by a second reading"
                        .into(),
                ),
            };
        }
    }
    let mut rereads = Vec::new();
    if let Some(rr) = reread {
        for boxes in reread_boxes(span, words) {
            let Some(text) = rr(&boxes, &alpha).map(|t| keep(&t, &alpha, false)) else {
                continue;
            };
            if let Some(a) = proven(&text) {
                return Ok(a);
            }
            rereads.push(text.clone());
            bases.push(text);
        }
    }
    // EVM digits two readings agree on, the case wrong somewhere: EIP-55's case follows from
    // the digits, so the address is theirs in its checksummed form, no edit guessed — when the
    // case it asks for is the page's but for letters OCR reads in either case. Both readings
    // can share one error (blind55: an `f` read as `1` twice); then the checksum asks for
    // another case elsewhere, and that is the sign the digits are wrong.
    if evm {
        let page = bases
            .iter()
            .filter(|b| b.len() == 42 && !rereads.contains(b));
        for b in page {
            if rereads.iter().any(|r| same_evm_digits(r, b)) {
                let cased = format!("0x{}", eip55(&b[2..]));
                if !case_fits(&cased, b) {
                    continue;
                }
                if let Some(a) = proven(&cased) {
                    return Ok(a);
                }
            }
        }
    }
    bases.dedup();
    let mut found: BTreeSet<String> = BTreeSet::new();
    let mut first = Vec::new();
    for b in &bases {
        // an unglued reading may carry a look-alike too ("toTFUD8…EomESrP9" for "…EomE5rP9")
        let unglued: Vec<String> = unglued(b)
            .into_iter()
            .flat_map(|u| {
                let mut v = substitutions(&u);
                v.push(u);
                v
            })
            .collect();
        for v in one_edit(b, &alpha).into_iter().chain(unglued) {
            if let Some(a) = proven(&v) {
                if found.insert(a.address.clone()) {
                    first.push(a);
                }
            }
        }
    }
    if first.is_empty() {
        // two edits, at least one a look-alike substitution (no double insertions: too many)
        for b in &bases {
            for v in substitutions(b) {
                for w in one_edit(&v, "") {
                    if let Some(a) = proven(&w) {
                        if found.insert(a.address.clone()) {
                            first.push(a);
                        }
                    }
                }
            }
        }
    }
    if first.is_empty() && !evm {
        // a TRON address's length is fixed, so a reading of that length (a glued word cut off)
        // lacks no character: two wrong ones, one a look-alike (blind92: "to" glued on and
        // "…dd5rMg…" read "…ddStMg…" by the page and both re-readings)
        let shaped: BTreeSet<String> = bases.iter().flat_map(|b| tron_shaped(b)).collect();
        for b in &shaped {
            for v in substitutions(b) {
                for w in any_substitution(&v, &alpha) {
                    if let Some(a) = proven(&w) {
                        if found.insert(a.address.clone()) {
                            first.push(a);
                        }
                    }
                }
            }
        }
    }
    if first.is_empty() && !evm {
        // an EIP-55 checksum covers only its letters' case: too few bits for combined guesses
        for (i, a) in bases.iter().enumerate() {
            for b in &bases[i + 1..] {
                let combined = consensus::combinations(a, b, 8);
                let page_and_reread = i == 0 && rereads.contains(b);
                let edited = if page_and_reread && combined.len() <= 16 {
                    combined.iter().flat_map(|c| one_edit(c, &alpha)).collect()
                } else {
                    Vec::new()
                };
                for v in combined.iter().chain(&edited) {
                    if let Some(a) = proven(v) {
                        if found.insert(a.address.clone()) {
                            first.push(a);
                        }
                    }
                }
            }
        }
    }
    if evm {
        // an EIP-55 checksum is one bit per letter, some fifteen: the thousands of edits above
        // make a wrong address validate every few candidates (blind, blind16, blind23). A
        // repaired EVM address stands only when a whitelisted re-reading agrees on its digits,
        // or on all of them with one stray character more (blind63: the page and two
        // re-readings each added one, each in another place, and the same address was left)
        first.retain(|a| {
            rereads.iter().any(|r| {
                same_evm_digits(r, &a.address) || same_evm_digits_but_a_stray(r, &a.address)
            })
        });
        if first.is_empty() && found.len() == 1 {
            return Err(
                "EVM address repaired to a checksum, but no second reading agrees on its digits"
                    .into(),
            );
        }
    }
    match first.len() {
        1 => Ok(first.remove(0)),
        0 => Err("checksum fails and no repair of up to two OCR edits validates".into()),
        n => Err(format!(
            "checksum fails and {n} different repairs validate (ambiguous)"
        )),
    }
}

/// Whether a one-case EVM address (no checksum) is confirmed by a second, restricted reading.
pub(super) fn confirm_unchecksummed(
    address: &str,
    span: &[usize],
    words: &[Word],
    reread: &mut Reread,
) -> Result<(), String> {
    let alpha = alphabet(address);
    let readings = rereadings(span, words, &alpha, reread);
    if readings.iter().any(|r| same_evm_digits(r, address)) {
        Ok(())
    } else {
        Err(format!(
            "EVM address printed without checksum and a second reading differs ({})",
            readings.first().map(String::as_str).unwrap_or("unreadable")
        ))
    }
}

/// Whether the checksummed form of an EVM address differs from the page's reading of it only
/// in the case of letters OCR reads either way (`c`/`C`: the same shape, another size).
fn case_fits(cased: &str, page: &str) -> bool {
    cased
        .bytes()
        .zip(page.bytes())
        .all(|(a, b)| a == b || (a.eq_ignore_ascii_case(&b) && a.eq_ignore_ascii_case(&b'c')))
}

/// The candidate without up to four characters at its start or its end: a short word ("to",
/// "ví", "at") OCR joined to the address. EVM addresses start at their `0x` and need no such help.
fn unglued(s: &str) -> Vec<String> {
    if evm_like(s) || !s.is_ascii() {
        return Vec::new();
    }
    (1..=4.min(s.len().saturating_sub(25)))
        .flat_map(|k| [s[k..].to_string(), s[..s.len() - k].to_string()])
        .collect()
}

/// The reading, or the reading with a short glued word cut off (see `unglued`), where it has a
/// TRON address's shape: 34 characters from its `T`.
fn tron_shaped(s: &str) -> Vec<String> {
    std::iter::once(s.to_string())
        .chain(unglued(s))
        .filter(|v| v.len() == 34 && v.starts_with('T') && !v.starts_with("TB1"))
        .collect()
}

/// Every look-alike substitution of one character. In an EVM address a letter's case is its
/// checksum, so a change of case alone is no repair there: it would only fit the checksum.
fn substitutions(s: &str) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let evm = evm_like(s);
    let mut out = Vec::new();
    for (p, c) in chars.iter().enumerate() {
        for g in CONFUSION_GROUPS.iter().filter(|g| g.contains(*c)) {
            for alt in g
                .chars()
                .filter(|a| a != c && !(evm && a.eq_ignore_ascii_case(c)))
            {
                let mut v = chars.clone();
                v[p] = alt;
                out.push(v.into_iter().collect());
            }
        }
    }
    out
}

/// Every string one OCR edit away: a look-alike substitution, one deletion, or one insertion of
/// a character of `alpha` (none when `alpha` is empty); with a base58 or bech32 `alpha`, any
/// substitution by one of its characters too (hex is left out: an EIP-55 address checks only
/// the case of its letters, too few bits to stand in for a guessed character).
fn one_edit(s: &str, alpha: &str) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = substitutions(s);
    out.extend(any_substitution(s, alpha));
    for p in 0..chars.len() {
        let mut v = chars.clone();
        v.remove(p);
        out.push(v.into_iter().collect());
    }
    for p in 0..=chars.len() {
        for a in alpha.chars() {
            let mut v = chars.clone();
            v.insert(p, a);
            out.push(v.into_iter().collect());
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

/// Every substitution of one character by another of a base58 or bech32 `alpha` (none in hex:
/// see `one_edit`).
fn any_substitution(s: &str, alpha: &str) -> Vec<String> {
    if alpha.starts_with('x') {
        return Vec::new();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    for p in 0..chars.len() {
        for a in alpha.chars().filter(|a| *a != chars[p]) {
            let mut v = chars.clone();
            v[p] = a;
            out.push(v.into_iter().collect());
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

#[cfg(test)]
mod tests;
