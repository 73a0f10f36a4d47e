//! Public wallet-address test vectors (tests/data/vectors, provenance in its README): every
//! valid address of a supported chain is accepted with the right chain and network, every
//! invalid string rejected, private keys never taken for addresses. Checked both through the
//! library and through `mailscreen extract` (the path an analyst's pasted text takes).

use mailscreen::extract::wallet::{validate, Chain, Network};
use serde_json::Value;

use crate::common::{bin, repo, text};

fn load(rel: &str) -> Value {
    let p = repo().join("tests/data/vectors").join(rel);
    serde_json::from_str(
        &std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display())),
    )
    .unwrap()
}

fn network_ok(chain: &str, got: Network, bech32: bool) -> bool {
    match chain {
        "main" => got == Network::Mainnet,
        // base58 regtest addresses share testnet's version bytes; only bech32 tells them apart
        "regtest" if bech32 => got == Network::Regtest,
        _ => got == Network::Testnet || got == Network::Regtest,
    }
}

fn key_io(rel: &str, want_chain: Chain) -> usize {
    let mut checked = 0;
    for v in load(rel).as_array().unwrap() {
        let s = v[0].as_str().unwrap();
        let meta = &v[2];
        let got = validate(s);
        if meta["isPrivkey"].as_bool().unwrap() {
            assert!(got.is_none(), "{rel}: private key {s} taken for an address");
            continue;
        }
        let a = got.unwrap_or_else(|| panic!("{rel}: valid address {s} rejected"));
        let chain = meta["chain"].as_str().unwrap();
        let bech32 = s.to_ascii_lowercase().contains('1')
            && !s.starts_with(['1', '3', 'm', 'n', '2', 'L', 'M', 'Q']);
        // Litecoin shares Bitcoin's version bytes for `3…` P2SH and every testnet base58 form
        let chain_ok = a.chain == want_chain
            || (want_chain == Chain::Litecoin
                && !bech32
                && a.chain == Chain::Bitcoin
                && (chain != "main" || s.starts_with('3')));
        assert!(chain_ok, "{rel}: {s} read as {:?}", a.chain);
        assert!(
            network_ok(chain, a.network, bech32),
            "{rel}: {s} ({chain}) read as {:?}",
            a.network
        );
        checked += 1;
    }
    checked
}

#[test]
fn bitcoin_core_valid_addresses_and_keys() {
    assert!(key_io("bitcoin-core/key_io_valid.json", Chain::Bitcoin) >= 50);
}

#[test]
fn litecoin_core_valid_addresses_and_keys() {
    assert!(key_io("litecoin-core/key_io_valid.json", Chain::Litecoin) >= 40);
}

#[test]
fn invalid_strings_are_rejected() {
    for rel in [
        "bitcoin-core/key_io_invalid.json",
        "litecoin-core/key_io_invalid.json",
    ] {
        for v in load(rel).as_array().unwrap() {
            let s = v[0].as_str().unwrap();
            assert!(validate(s).is_none(), "{rel}: invalid {s} accepted");
        }
    }
}

#[test]
fn bip173_and_bip350_segwit_addresses() {
    for rel in ["bips/bip173_bech32.json", "bips/bip350_bech32m.json"] {
        let d = load(rel);
        for v in d["valid_segwit_addresses"].as_array().unwrap() {
            let s = v["address"].as_str().unwrap();
            let still = v
                .get("still_valid_under_bip350")
                .and_then(Value::as_bool)
                .unwrap_or(true);
            assert_eq!(validate(s).is_some(), still, "{rel}: {s}");
            if let Some(a) = validate(s) {
                assert_eq!(a.chain, Chain::Bitcoin, "{s}");
                assert_eq!(a.address, s.to_ascii_lowercase());
            }
        }
        for v in d["invalid_segwit_addresses"].as_array().unwrap() {
            let s = v["address"]
                .as_str()
                .or_else(|| v["string"].as_str())
                .unwrap();
            assert!(
                validate(s).is_none(),
                "{rel}: invalid {s} accepted ({})",
                v["reason"]
            );
        }
    }
}

#[test]
fn tron_addresses() {
    let d = load("tron/tron_addresses.json");
    let mut n = 0;
    for v in d["vectors"].as_array().unwrap() {
        let s = v["address"].as_str().unwrap();
        let got = validate(s);
        if v["valid"].as_bool().unwrap() {
            let a = got.unwrap_or_else(|| panic!("valid TRON {s} rejected"));
            assert_eq!((a.chain, a.network), (Chain::Tron, Network::Mainnet), "{s}");
            n += 1;
        } else {
            assert!(got.is_none(), "invalid TRON {s} accepted ({})", v["reason"]);
        }
    }
    assert!(n >= 50);
}

#[test]
fn eip55_addresses() {
    let d = load("ethereum/eip55.json");
    for v in d["vectors"]
        .as_array()
        .unwrap()
        .iter()
        .chain(d["derived_vectors"].as_array().unwrap())
    {
        let s = v["address"].as_str().unwrap();
        let hex = &s[2..];
        let one_case = !(hex.chars().any(|c| c.is_ascii_lowercase())
            && hex.chars().any(|c| c.is_ascii_uppercase()));
        let got = validate(s);
        if v["eip55_valid"].as_bool().unwrap() || one_case {
            let a = got.unwrap_or_else(|| panic!("{s} rejected"));
            assert_eq!(a.chain, Chain::Ethereum);
            assert_eq!(a.checksummed, !one_case, "{s}");
        } else {
            assert!(got.is_none(), "EIP-55-invalid {s} accepted");
        }
    }
}

/// Every valid address of every chain and every invalid string, one per line of a typed letter:
/// `mailscreen extract` must report exactly the valid ones, in order, in canonical form.
#[test]
fn vectors_through_mailscreen_extract() {
    let mut valid: Vec<String> = Vec::new();
    let mut invalid: Vec<String> = Vec::new();
    for rel in [
        "bitcoin-core/key_io_valid.json",
        "litecoin-core/key_io_valid.json",
    ] {
        for v in load(rel)
            .as_array()
            .unwrap()
            .iter()
            .filter(|v| v[2]["isPrivkey"] == false)
        {
            valid.push(v[0].as_str().unwrap().to_string());
        }
    }
    for rel in [
        "bitcoin-core/key_io_invalid.json",
        "litecoin-core/key_io_invalid.json",
    ] {
        invalid.extend(
            load(rel)
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v[0].as_str().unwrap().to_string()),
        );
    }
    let tron = load("tron/tron_addresses.json");
    let eth = load("ethereum/eip55.json");
    let xmr = load("monero/monero_addresses.json");
    for v in tron["vectors"]
        .as_array()
        .unwrap()
        .iter()
        .chain(xmr["vectors"].as_array().unwrap())
    {
        let a = v["address"].as_str().unwrap().to_string();
        if v["valid"] == true {
            valid.push(a)
        } else {
            invalid.push(a)
        }
    }
    for v in eth["vectors"]
        .as_array()
        .unwrap()
        .iter()
        .chain(eth["derived_vectors"].as_array().unwrap())
    {
        let a = v["address"].as_str().unwrap().to_string();
        // one-case addresses carry no checksum and are accepted (marked unchecksummed)
        let hex = &a[2..];
        let one_case = !(hex.chars().any(|c| c.is_ascii_lowercase())
            && hex.chars().any(|c| c.is_ascii_uppercase()));
        if v["eip55_valid"] == true || one_case {
            valid.push(a)
        } else {
            invalid.push(a)
        }
    }
    for v in load("bitcoincash/cashaddr.json")["legacy_translation"]
        .as_array()
        .unwrap()
    {
        valid.push(v["cashaddr"].as_str().unwrap().to_string());
    }
    // whitespace-free strings only: a letter line holds one token
    invalid.retain(|s| !s.is_empty() && !s.contains(char::is_whitespace));
    let mut input = String::from("Ví USDT / BTC / XMR:\n");
    for (k, a) in valid.iter().enumerate() {
        input.push_str(&format!("{a}\n"));
        if let Some(bad) = invalid.get(k) {
            input.push_str(&format!("{bad}\n"));
        }
    }
    for bad in invalid.iter().skip(valid.len()) {
        input.push_str(&format!("{bad}\n"));
    }
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("letter.txt");
    std::fs::write(&f, input).unwrap();
    let out = bin().arg("extract").arg(&f).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: Value = serde_json::from_str(&text(&out.stdout)).unwrap();
    let got: Vec<String> = v["wallets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["address"].as_str().unwrap().to_string())
        .collect();
    let want: Vec<String> = valid.iter().map(|a| validate(a).unwrap().address).collect();
    let missing: Vec<&String> = want.iter().filter(|w| !got.contains(w)).collect();
    let extra: Vec<&String> = got.iter().filter(|g| !want.contains(g)).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing {missing:?}\nextra {extra:?}"
    );
    assert_eq!(got, want);
    assert!(want.len() >= 150, "{}", want.len());
}

#[test]
fn cashaddr_vectors() {
    let d = load("bitcoincash/cashaddr.json");
    let mut n = 0;
    for v in d["legacy_translation"].as_array().unwrap() {
        let s = v["cashaddr"].as_str().unwrap();
        let a = validate(s).unwrap_or_else(|| panic!("{s} rejected"));
        assert_eq!(
            (a.chain, a.network, a.address.as_str()),
            (Chain::BitcoinCash, Network::Mainnet, s)
        );
        // the legacy form of the same key is a Bitcoin-format address
        assert!(validate(v["legacy"].as_str().unwrap()).is_some());
        n += 1;
    }
    for v in d["larger_test_vectors"].as_array().unwrap() {
        let s = v["cashaddr"].as_str().unwrap();
        let prefix = s.split(':').next().unwrap();
        let known = matches!(prefix, "bitcoincash" | "bchtest");
        assert_eq!(
            validate(s).is_some(),
            known,
            "{s}: only Bitcoin Cash prefixes are Bitcoin Cash addresses"
        );
        if known {
            let net = if prefix == "bitcoincash" {
                Network::Mainnet
            } else {
                Network::Testnet
            };
            assert_eq!(validate(s).unwrap().network, net, "{s}");
            n += 1;
        }
    }
    for v in d["checksum_only_vectors"].as_array().unwrap() {
        let s = v["address"].as_str().unwrap();
        assert!(validate(s).is_none(), "{s} has no valid payload");
    }
    for v in d["derived_vectors"].as_array().unwrap() {
        let s = v["address"].as_str().unwrap();
        assert_eq!(
            validate(s).is_some(),
            v["valid"].as_bool().unwrap(),
            "{s}: {}",
            v["note"]
        );
        if let Some(a) = validate(s) {
            assert_eq!(a.chain, Chain::BitcoinCash);
            assert!(
                a.address.starts_with("bitcoincash:"),
                "canonical form keeps the prefix: {}",
                a.address
            );
        }
    }
    assert!(n >= 20);
}

#[test]
fn monero_vectors() {
    let d = load("monero/monero_addresses.json");
    let mut n = 0;
    for v in d["vectors"].as_array().unwrap() {
        let s = v["address"].as_str().unwrap();
        let got = validate(s);
        if v["valid"].as_bool().unwrap() {
            let a = got.unwrap_or_else(|| panic!("valid Monero {s} rejected"));
            let net = match v["network"].as_str().unwrap() {
                "mainnet" => Network::Mainnet,
                "testnet" => Network::Testnet,
                _ => Network::Stagenet,
            };
            assert_eq!((a.chain, a.network), (Chain::Monero, net), "{s}");
            n += 1;
        } else {
            assert!(got.is_none(), "invalid Monero {s:?} accepted");
        }
    }
    assert!(n >= 15);
}
