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
        // English), so the token itself is tried too when they make no address, and then each
        // start between ("to bel qvyq…": the address starts at the misread `bc1`)
        let lead = leading_groups(&toks, words, i, floor);
        let mut starts = vec![lead, i];
        starts.extend(lead + 1..i);
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
mod tests;
