//! Address validation per chain, each by its real checksum: base58check (Bitcoin, TRON,
//! Litecoin, Dogecoin), bech32/bech32m with segwit rules (BIP-173/350), EIP-55 (Ethereum and
//! EVM chains), CashAddr (Bitcoin Cash, BCH polymod), Monero (block base58, Keccak checksum). A string that passes is an address of that chain and network; nothing else is
//! ever reported as a wallet. Private keys (WIF) also pass base58check and are rejected here:
//! they are not payment addresses.

use serde::Serialize;
use sha3::{Digest, Keccak256};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Chain {
    Bitcoin,
    Tron,
    Ethereum,
    Litecoin,
    Dogecoin,
    #[serde(rename = "bitcoincash")]
    BitcoinCash,
    Monero,
}

impl Chain {
    pub fn as_str(self) -> &'static str {
        match self {
            Chain::Bitcoin => "bitcoin",
            Chain::Tron => "tron",
            Chain::Ethereum => "ethereum",
            Chain::Litecoin => "litecoin",
            Chain::Dogecoin => "dogecoin",
            Chain::BitcoinCash => "bitcoincash",
            Chain::Monero => "monero",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Network {
    Mainnet,
    Testnet,
    Regtest,
    Stagenet,
}

/// A string proven to be an address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    pub chain: Chain,
    pub network: Network,
    /// The address in its canonical printed form (bech32 lower-cased).
    pub address: String,
    /// False only for EVM addresses printed all-lower or all-upper, which carry no checksum.
    pub checksummed: bool,
}

pub const BASE58_ALPHABET: &str = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
pub const BECH32_CHARSET: &str = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
pub const HEX_ALPHABET: &str = "0123456789abcdefABCDEF";

/// Validates `s` as an address of any supported chain.
pub fn validate(s: &str) -> Option<Address> {
    // the longest: CashAddr with prefix and a 64-byte hash (124), Monero integrated (106)
    if !s.is_ascii() || s.len() > 130 {
        return None;
    }
    if let Some(hex) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        return evm(hex);
    }
    // segwit programs may be as short as 2 bytes (v1+), so bech32 starts at 14 characters
    if s.len() >= 14 && bech32_prefix(s) {
        return segwit(s);
    }
    if s.len() == 95 || s.len() == 106 {
        if let Some(a) = monero(s) {
            return Some(a);
        }
    }
    cashaddr(s).or_else(|| base58(s))
}

fn bech32_prefix(s: &str) -> bool {
    let l = s.to_ascii_lowercase();
    ["bc1", "tb1", "bcrt1", "ltc1", "tltc1", "rltc1"]
        .iter()
        .any(|p| l.starts_with(p))
}

fn base58(s: &str) -> Option<Address> {
    if !(25..=35).contains(&s.len()) {
        return None;
    }
    let payload = bs58::decode(s).with_check(None).into_vec().ok()?;
    if payload.len() != 21 {
        return None; // WIF keys (33/34 bytes) and other payloads are not addresses
    }
    use Chain::*;
    use Network::*;
    let (chain, network) = match payload[0] {
        0x00 | 0x05 => (Bitcoin, Mainnet),
        0x6f | 0xc4 => (Bitcoin, Testnet),
        0x41 => (Tron, Mainnet),
        0xa0 => (Tron, Testnet),
        0x30 | 0x32 => (Litecoin, Mainnet),
        0x3a => (Litecoin, Testnet),
        0x1e | 0x16 => (Dogecoin, Mainnet),
        0x71 => (Dogecoin, Testnet),
        _ => return None,
    };
    Some(Address {
        chain,
        network,
        address: s.to_string(),
        checksummed: true,
    })
}

fn segwit(s: &str) -> Option<Address> {
    let (hrp, _version, _program) = bech32::segwit::decode(s).ok()?;
    let (chain, network) = match hrp.to_lowercase().as_str() {
        "bc" => (Chain::Bitcoin, Network::Mainnet),
        "tb" => (Chain::Bitcoin, Network::Testnet),
        "bcrt" => (Chain::Bitcoin, Network::Regtest),
        "ltc" => (Chain::Litecoin, Network::Mainnet),
        "tltc" => (Chain::Litecoin, Network::Testnet),
        "rltc" => (Chain::Litecoin, Network::Regtest),
        _ => return None,
    };
    Some(Address {
        chain,
        network,
        address: s.to_ascii_lowercase(),
        checksummed: true,
    })
}

fn evm(hex: &str) -> Option<Address> {
    if hex.len() != 40 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let has_lower = hex.bytes().any(|b| b.is_ascii_lowercase());
    let has_upper = hex.bytes().any(|b| b.is_ascii_uppercase());
    let address = format!("0x{hex}");
    if has_lower && has_upper {
        if eip55(hex) != hex {
            return None;
        }
        return Some(Address {
            chain: Chain::Ethereum,
            network: Network::Mainnet,
            address,
            checksummed: true,
        });
    }
    Some(Address {
        chain: Chain::Ethereum,
        network: Network::Mainnet,
        address,
        checksummed: false,
    })
}

const CASHADDR_PREFIXES: &[(&str, Network)] = &[
    ("bitcoincash", Network::Mainnet),
    ("bchtest", Network::Testnet),
    ("bchreg", Network::Regtest),
];

fn cashaddr_polymod(values: impl Iterator<Item = u8>) -> u64 {
    const GEN: [u64; 5] = [
        0x98f2bc8e61,
        0x79b76d99e2,
        0xf33e5fb3c4,
        0xae2eabe2a8,
        0x1e4f43e470,
    ];
    let mut c: u64 = 1;
    for d in values {
        let c0 = c >> 35;
        c = ((c & 0x07_ffff_ffff) << 5) ^ u64::from(d);
        for (i, g) in GEN.iter().enumerate() {
            if c0 & (1 << i) != 0 {
                c ^= g;
            }
        }
    }
    c ^ 1
}

/// Bitcoin Cash CashAddr, with or without its `bitcoincash:` / `bchtest:` / `bchreg:` prefix.
fn cashaddr(s: &str) -> Option<Address> {
    if s.bytes().any(|b| b.is_ascii_lowercase()) && s.bytes().any(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let l = s.to_ascii_lowercase();
    let (given, payload) = match l.split_once(':') {
        Some((p, rest)) => (Some(p), rest),
        None => (None, l.as_str()),
    };
    if !(42..=120).contains(&payload.len()) {
        return None;
    }
    let values: Vec<u8> = payload
        .chars()
        .map(|c| BECH32_CHARSET.find(c).map(|i| i as u8))
        .collect::<Option<_>>()?;
    for (prefix, network) in CASHADDR_PREFIXES
        .iter()
        .filter(|(p, _)| given.is_none_or(|g| g == *p))
    {
        let input = prefix
            .bytes()
            .map(|b| b & 0x1f)
            .chain([0])
            .chain(values.iter().copied());
        if cashaddr_polymod(input) != 0 {
            continue;
        }
        // 5-bit groups (without the 8 checksum groups) to bytes; padding must be zero
        let data = &values[..values.len() - 8];
        let (mut acc, mut bits, mut bytes) = (0u32, 0u32, Vec::new());
        for v in data {
            acc = (acc << 5) | u32::from(*v);
            bits += 5;
            if bits >= 8 {
                bits -= 8;
                bytes.push((acc >> bits) as u8);
                acc &= (1 << bits) - 1;
            }
        }
        if bits >= 5 || acc != 0 {
            return None;
        }
        let version = *bytes.first()?;
        let sizes = [20, 24, 28, 32, 40, 48, 56, 64];
        // the type bits (P2KH, P2SH, token-aware forms) are not restricted: the spec reserves them
        if version & 0x80 != 0 || bytes.len() - 1 != sizes[usize::from(version & 7)] {
            return None;
        }
        return Some(Address {
            chain: Chain::BitcoinCash,
            network: *network,
            address: format!("{prefix}:{payload}"),
            checksummed: true,
        });
    }
    None
}

/// Monero standard, subaddress and integrated addresses (mainnet, testnet, stagenet).
fn monero(s: &str) -> Option<Address> {
    let bytes = base58_monero::decode(s).ok()?;
    let (tag, want) = match bytes.first()? {
        18 | 42 => (Network::Mainnet, 69),
        19 => (Network::Mainnet, 77),
        53 | 63 => (Network::Testnet, 69),
        54 => (Network::Testnet, 77),
        24 | 36 => (Network::Stagenet, 69),
        25 => (Network::Stagenet, 77),
        _ => return None,
    };
    if bytes.len() != want {
        return None;
    }
    let (body, check) = bytes.split_at(want - 4);
    if Keccak256::digest(body)[..4] != *check {
        return None;
    }
    Some(Address {
        chain: Chain::Monero,
        network: tag,
        address: s.to_string(),
        checksummed: true,
    })
}

/// The EIP-55 mixed-case form of 40 hex digits.
pub fn eip55(hex: &str) -> String {
    let lower = hex.to_ascii_lowercase();
    let hash = Keccak256::digest(lower.as_bytes());
    lower
        .chars()
        .enumerate()
        .map(|(i, c)| {
            let nibble = (hash[i / 2] >> if i % 2 == 0 { 4 } else { 0 }) & 0xf;
            if c.is_ascii_alphabetic() && nibble >= 8 {
                c.to_ascii_uppercase()
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_addresses() {
        let t = validate("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t").unwrap();
        assert_eq!((t.chain, t.network), (Chain::Tron, Network::Mainnet));
        assert!(validate("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6T").is_none());
        let e = validate("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed").unwrap();
        assert!(e.checksummed);
        assert!(validate("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD").is_none());
        assert!(
            !validate("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")
                .unwrap()
                .checksummed
        );
        assert_eq!(
            validate("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")
                .unwrap()
                .chain,
            Chain::Bitcoin
        );
        let b = validate("36j4NfKv6Akva9amjWrLG6MuSQym1GuEmm").unwrap();
        assert_eq!((b.chain, b.network), (Chain::Bitcoin, Network::Mainnet));
        let t = validate("mzK2FFDEhxqHcmrJw1ysqFkVyhUULo45hZ").unwrap();
        assert_eq!((t.chain, t.network), (Chain::Bitcoin, Network::Testnet));
    }
}
