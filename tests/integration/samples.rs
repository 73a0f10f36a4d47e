//! The sample mail set: every extortion letter flagged with its wallet and e-mail, no benign
//! item flagged, every line in the `mailscreen.item/1` contract, and a golden summary that
//! catches any change of verdict, score or evidence (update with MAILSCREEN_UPDATE_GOLDEN=1).

use serde_json::{json, Value};

use crate::common::{item, repo, sample_scan, texts};

/// (chain, address, via) of each wallet in a results or expected list.
fn wallet_keys(list: &Value) -> Vec<(String, String, String)> {
    let f = |w: &Value, k: &str| w[k].as_str().unwrap_or("").to_string();
    list.as_array()
        .unwrap()
        .iter()
        .map(|w| (f(w, "chain"), f(w, "address"), f(w, "via")))
        .collect()
}

fn expected() -> Vec<Value> {
    let v: Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("samples/expected.json")).unwrap(),
    )
    .unwrap();
    v["items"].as_array().unwrap().clone()
}

#[test]
fn every_sample_gets_its_expected_verdict_and_evidence() {
    let scan = sample_scan();
    assert_eq!(scan.status, Some(0), "samples must scan without failures");
    let exp = expected();
    assert_eq!(scan.results.len(), exp.len(), "one result per sample item");
    let mut problems = Vec::new();
    for e in &exp {
        let id = e["item"].as_str().unwrap();
        let r = item(&scan.results, id);
        if r["flagged"] != e["flagged"] {
            problems.push(format!(
                "{id}: flagged {} (score {}), expected {}; reasons {}",
                r["flagged"], r["score"], e["flagged"], r["reasons"]
            ));
        }
        let (got, want) = (wallet_keys(&r["wallets"]), wallet_keys(&e["wallets"]));
        if got != want {
            problems.push(format!("{id}: wallets {got:?}, expected {want:?}"));
        }
        let emails = texts(r, "emails", "address");
        for m in e["emails"].as_array().unwrap() {
            if !emails.contains(&m.as_str().unwrap()) {
                problems.push(format!("{id}: e-mail {m} not found (got {emails:?})"));
            }
        }
        let contacts = |v: &Value| -> Vec<(String, String)> {
            v["messengers"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| (m["service"].to_string(), m["handle"].to_string()))
                .collect()
        };
        let (messengers, want) = (contacts(r), contacts(e));
        if messengers != want {
            problems.push(format!(
                "{id}: messengers {messengers:?}, expected {want:?}"
            ));
        }
        let photos = r["photos"].as_array().unwrap().len() as u64;
        let min = e["min_photos"].as_u64().unwrap();
        if photos < min || (min == 0 && photos > 0) {
            problems.push(format!(
                "{id}: {photos} photo regions, expected {}",
                if min == 0 {
                    "none".to_string()
                } else {
                    format!("at least {min}")
                }
            ));
        }
        let cats: Vec<&str> = r["threats"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["category"].as_str().unwrap())
            .collect();
        for c in e["categories"].as_array().unwrap() {
            if !cats.contains(&c.as_str().unwrap()) {
                problems.push(format!(
                    "{id}: threat category {c} not found (got {cats:?})"
                ));
            }
        }
        let kinds: Vec<&str> = r["codes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["kind"].as_str().unwrap())
            .collect();
        let want_kinds: Vec<&str> = e["codes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap())
            .collect();
        if kinds != want_kinds {
            problems.push(format!("{id}: codes {kinds:?}, expected {want_kinds:?}"));
        }
        if !r["unverified_wallets"].as_array().unwrap().is_empty() {
            problems.push(format!(
                "{id}: unexpected unverified wallet-like strings {}",
                r["unverified_wallets"]
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

fn is_bbox(v: &Value) -> bool {
    v.as_array()
        .is_some_and(|a| a.len() == 4 && a.iter().all(|n| n.is_u64()))
}

#[test]
fn every_result_line_matches_the_item_contract() {
    for r in &sample_scan().results {
        let id = r["item"].as_str().unwrap_or("?");
        assert_eq!(r["schema"], "mailscreen.item/1", "{id}");
        assert!(r["flagged"].is_boolean() && r["score"].is_number(), "{id}");
        let s = r["score"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&s), "{id}: score {s}");
        assert!(
            r["reasons"]
                .as_array()
                .unwrap()
                .iter()
                .all(Value::is_string),
            "{id}"
        );
        assert!(r["error"].is_null() || r["error"].is_string(), "{id}");
        let pages = r["pages"].as_array().unwrap();
        assert!(!pages.is_empty(), "{id}");
        for p in pages {
            assert!(
                p["file"].is_string() && p["width"].is_u64() && p["height"].is_u64(),
                "{id}: {p}"
            );
            assert_eq!(p["sha256"].as_str().unwrap().len(), 64, "{id}");
        }
        let n_pages = pages.len() as u64;
        for key in ["wallets", "emails", "messengers", "threats", "photos"] {
            for f in r[key].as_array().unwrap() {
                assert!(
                    f["page"].as_u64().unwrap() < n_pages,
                    "{id}: {key} page out of range: {f}"
                );
                assert!(is_bbox(&f["bbox"]), "{id}: {key} bbox: {f}");
            }
        }
        for w in r["wallets"].as_array().unwrap() {
            assert!(
                w["chain"].is_string() && w["address"].is_string(),
                "{id}: {w}"
            );
        }
        for p in r["photos"].as_array().unwrap() {
            assert_eq!(p["sha256"].as_str().unwrap().len(), 64, "{id}: {p}");
        }
        for t in r["threats"].as_array().unwrap() {
            assert!(
                t["category"].is_string() && t["text"].is_string(),
                "{id}: {t}"
            );
        }
        for c in r["codes"].as_array().unwrap() {
            assert!(
                c["kind"].is_string() && c["text"].is_string() && c["page"].is_u64(),
                "{id}: {c}"
            );
        }
        assert_eq!(r["ruleset"]["sha256"].as_str().unwrap().len(), 64, "{id}");
    }
}

#[test]
fn results_are_in_sorted_item_order_and_the_table_lists_every_item() {
    let scan = sample_scan();
    let ids: Vec<&str> = scan
        .results
        .iter()
        .map(|r| r["item"].as_str().unwrap())
        .collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
    for id in ids {
        assert!(
            scan.stdout.contains(id),
            "{id} missing from the table:\n{}",
            scan.stdout
        );
    }
}

/// A stable projection of the results: verdicts, scores, evidence and the rules that fired.
fn summary(results: &[Value]) -> Value {
    Value::Array(
        results
            .iter()
            .map(|r| {
                let mut cats: Vec<&str> = r["threats"].as_array().unwrap().iter().map(|t| t["category"].as_str().unwrap()).collect();
                cats.sort();
                cats.dedup();
                let rules: Vec<String> = r["reasons"].as_array().unwrap().iter().map(|s| s.as_str().unwrap().split(':').next().unwrap().to_string()).collect();
                json!({
                    "item": r["item"], "flagged": r["flagged"], "score": r["score"],
                    "wallets": r["wallets"].as_array().unwrap().iter().map(|w| json!([w["chain"], w["address"], w["via"], w["repaired"], w["asset"]])).collect::<Vec<_>>(),
                    "emails": r["emails"].as_array().unwrap().iter().map(|e| e["address"].clone()).collect::<Vec<_>>(),
                    "messengers": r["messengers"].as_array().unwrap().iter().map(|m| format!("{} {}", m["service"].as_str().unwrap(), m["handle"].as_str().unwrap())).collect::<Vec<_>>(),
                    "photos": r["photos"].as_array().unwrap().len(),
                    "codes": r["codes"].as_array().unwrap().iter().map(|c| c["text"].clone()).collect::<Vec<_>>(),
                    "categories": cats,
                    "reasons": rules,
                })
            })
            .collect(),
    )
}

#[test]
fn golden_summary_of_the_samples() {
    let got = summary(&sample_scan().results);
    let path = repo().join("tests/golden/samples.json");
    if std::env::var_os("MAILSCREEN_UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, serde_json::to_string_pretty(&got).unwrap() + "\n").unwrap();
        return;
    }
    let want: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!("{} is missing: run `MAILSCREEN_UPDATE_GOLDEN=1 cargo test --release golden` and review the diff", path.display())
    }))
    .unwrap();
    if got != want {
        let g = serde_json::to_string_pretty(&got).unwrap();
        let w = serde_json::to_string_pretty(&want).unwrap();
        let first = g
            .lines()
            .zip(w.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        panic!(
            "sample results changed (first difference at line {first}).\ngot:  {}\nwant: {}\nIf intended, re-run with MAILSCREEN_UPDATE_GOLDEN=1 and commit the diff of {}",
            g.lines().nth(first).unwrap_or(""),
            w.lines().nth(first).unwrap_or(""),
            path.display()
        );
    }
}

#[test]
fn the_flagged_samples_and_only_they_are_open_cases() {
    let scan = sample_scan();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_mailscreen"))
        .args(["queue", "--json", "--db"])
        .arg(scan.dir.path().join("q.db"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let cases: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut queued: Vec<&str> = cases
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["item"].as_str().unwrap())
        .collect();
    queued.sort();
    let flagged: Vec<&str> = scan
        .results
        .iter()
        .filter(|r| r["flagged"] == true)
        .map(|r| r["item"].as_str().unwrap())
        .collect();
    assert_eq!(queued, flagged);
    assert!(!queued.is_empty());
}
