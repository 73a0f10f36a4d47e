//! Indicator exports for sharing with police and threat-intelligence platforms.
//!
//! - A STIX 2.1 bundle: one `indicator` per wallet, e-mail or messenger contact, a `campaign`
//!   per campaign group with `indicates` relationships. E-mails use the standard `email-addr`
//!   pattern, messenger contacts the standard `user-account` (the service as `account_type`);
//!   STIX 2.1 has no wallet observable, so wallets use the custom `x-cryptocurrency-wallet` type
//!   (with the chain in `x_chain`), as custom observables are allowed by the specification.
//! - Chainabuse-style reports: one per case, category `SEXTORTION`, each wallet with its chain
//!   and the e-mail addresses as the accused's contacts (messenger contacts have no field of
//!   their own there; they travel in the STIX bundle).
//!
//! Object ids are name-based UUIDs (sha256 of the content), so exporting the same indicators
//! twice gives the same ids and a recipient can de-duplicate.

use std::collections::BTreeMap;

use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::queue::Campaign;

/// An exportable indicator: (case id, kind `wallet`|`email`|`messenger`, value, chain for
/// wallets or service for messenger contacts).
pub type Indicator = (i64, String, String, String);

fn uuid(kind: &str, key: &str) -> String {
    let d = Sha256::digest(format!("mailscreen:{kind}:{key}").as_bytes());
    let mut b = [0u8; 16];
    b.copy_from_slice(&d[..16]);
    b[6] = (b[6] & 0x0f) | 0x50;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = hex::encode(b);
    format!(
        "{kind}--{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    )
}

fn pattern(kind: &str, value: &str, detail: &str) -> String {
    // STIX pattern string literals escape \ and '
    let esc = |s: &str| s.replace('\\', "\\\\").replace('\'', "\\'");
    let v = esc(value);
    match kind {
        "email" => format!("[email-addr:value = '{v}']"),
        // a messenger account is a STIX user-account of the service's type
        "messenger" => format!(
            "[user-account:account_type = '{}' AND user-account:account_login = '{v}']",
            esc(detail)
        ),
        _ => format!("[x-cryptocurrency-wallet:address = '{v}']"),
    }
}

/// A STIX 2.1 bundle of `indicators`, grouped by `campaigns`; `created` is the export time.
pub fn stix_bundle(indicators: &[Indicator], campaigns: &[Campaign], created: &str) -> Value {
    let identity = uuid("identity", "mailscreen");
    let mut objects = vec![json!({
        "type": "identity", "spec_version": "2.1", "id": identity, "created": created, "modified": created,
        "name": "mailscreen", "identity_class": "system",
    })];
    let mut by_value: BTreeMap<(&str, &str), (String, Vec<i64>)> = BTreeMap::new();
    for (case, kind, value, chain) in indicators {
        by_value
            .entry((kind.as_str(), value.as_str()))
            .or_insert_with(|| (chain.clone(), Vec::new()))
            .1
            .push(*case);
    }
    let mut ids: BTreeMap<(&str, &str), String> = BTreeMap::new();
    for ((kind, value), (chain, cases)) in &by_value {
        let id = uuid("indicator", &format!("{kind}:{value}"));
        let mut o = json!({
            "type": "indicator", "spec_version": "2.1", "id": id, "created": created, "modified": created,
            "created_by_ref": identity,
            "name": format!("{} used in postal extortion letters", match *kind {
                "email" => "E-mail address".to_string(),
                "messenger" => format!("{chain} contact"),
                _ => "Wallet".to_string(),
            }),
            "indicator_types": ["malicious-activity"], "pattern_type": "stix", "pattern": pattern(kind, value, chain),
            "valid_from": created, "labels": ["sextortion", "postal-mail"],
            "x_mailscreen_cases": cases,
        });
        if *kind == "wallet" {
            o["x_chain"] = json!(chain);
        }
        objects.push(o);
        ids.insert((kind, value), id);
    }
    for c in campaigns {
        let members: Vec<&String> = ids
            .iter()
            .filter(|(_, _)| true)
            .filter(|((k, v), _)| by_value[&(*k, *v)].1.iter().any(|id| c.cases.contains(id)))
            .map(|(_, id)| id)
            .collect();
        if members.is_empty() {
            continue;
        }
        let cid = uuid("campaign", &c.id);
        objects.push(json!({
            "type": "campaign", "spec_version": "2.1", "id": cid, "created": created, "modified": created,
            "created_by_ref": identity, "name": format!("Postal extortion campaign {}", c.id),
            "first_seen": c.first_seen, "last_seen": c.last_seen, "x_mailscreen_cases": c.cases,
        }));
        for m in members {
            objects.push(json!({
                "type": "relationship", "spec_version": "2.1", "id": uuid("relationship", &format!("{m}:{cid}")),
                "created": created, "modified": created, "relationship_type": "indicates",
                "source_ref": m, "target_ref": cid,
            }));
        }
    }
    let key: Vec<&str> = objects.iter().filter_map(|o| o["id"].as_str()).collect();
    json!({ "type": "bundle", "id": uuid("bundle", &key.join(",")), "objects": objects })
}

fn chain_code(chain: &str) -> &str {
    match chain {
        "tron" => "TRON",
        "ethereum" => "ETH",
        "bitcoin" => "BTC",
        "litecoin" => "LTC",
        "dogecoin" => "DOGE",
        "bitcoincash" => "BCH",
        "monero" => "XMR",
        other => other,
    }
}

/// One Chainabuse-style report per case that has at least one indicator.
pub fn chainabuse(indicators: &[Indicator], items: &BTreeMap<i64, String>) -> Value {
    let mut by_case: BTreeMap<i64, Vec<&Indicator>> = BTreeMap::new();
    for i in indicators {
        by_case.entry(i.0).or_default().push(i);
    }
    let reports: Vec<Value> = by_case
        .iter()
        .map(|(case, inds)| {
            let addresses: Vec<Value> = inds
                .iter()
                .filter(|i| i.1 == "wallet")
                .map(|i| json!({ "address": i.2, "chain": chain_code(&i.3) }))
                .collect();
            let contacts: Vec<Value> = inds.iter().filter(|i| i.1 == "email").map(|i| json!({ "email": i.2 })).collect();
            json!({
                "category": "SEXTORTION",
                "description": format!("Extortion letter received by post (mailscreen case {case}, item {}): threatens to send compromising pictures to colleagues and family unless cryptocurrency is paid.", items.get(case).map(String::as_str).unwrap_or("?")),
                "addresses": addresses,
                "accusedScammers": contacts,
                "source": format!("mailscreen case {case}"),
            })
        })
        .collect();
    json!({ "reports": reports })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stix_ids_are_stable_and_patterns_escape_quotes() {
        let inds = vec![
            (
                1,
                "wallet".to_string(),
                "TXmVpin5vq5gdZsciyyjdZgKRUju4st1wM".to_string(),
                "tron".to_string(),
            ),
            (
                1,
                "email".to_string(),
                "a'b@x.com".to_string(),
                String::new(),
            ),
            (
                1,
                "messenger".to_string(),
                "@quiet_deal".to_string(),
                "telegram".to_string(),
            ),
        ];
        let a = stix_bundle(&inds, &[], "2026-01-01T00:00:00.000Z");
        let b = stix_bundle(&inds, &[], "2026-01-01T00:00:00.000Z");
        assert_eq!(a, b);
        let pats: Vec<&str> = a["objects"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|o| o["pattern"].as_str())
            .collect();
        assert!(
            pats.contains(&"[email-addr:value = 'a\\'b@x.com']"),
            "{pats:?}"
        );
        assert!(
            pats.contains(&"[user-account:account_type = 'telegram' AND user-account:account_login = '@quiet_deal']"),
            "{pats:?}"
        );
        assert!(a["objects"][1]["id"]
            .as_str()
            .unwrap()
            .starts_with("indicator--"));
    }
}
