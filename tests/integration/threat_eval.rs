//! The labelled threat-language letters (tests/data/threat-letters, made by its
//! make_threat_letters.py): recall on extortion letters and false-positive rate on benign ones,
//! per set. `tuning` shaped the lexicon; `heldout` to `blind94` were each unseen until their
//! first measurement, then shaped a round of rules or trained the language model (`blind87`
//! was committed during blind86's round, after its first rule, and measured once after it);
//! `blind88` was committed after blind87's round and measured once with its rules; `blind89`
//! was committed during the retraining with blind86 to blind88 and measured once after it;
//! `blind90` was committed during blind89's round, after its rules, and measured once with them;
//! `blind91` was committed after blind90's rules and measured once with them; `blind92` was
//! committed during the retraining with blind89 to blind91 and measured once after it;
//! `blind93` was committed after blind92's rules and measured once with them, `blind94` after
//! blind93's.
//! The floors below are what each set measured when its rules and model were fixed, so a
//! change that loses ground fails; the figures go to target/test-artifacts/threat-eval.txt and
//! the README, the first runs of blind5 to blind94 being the honest estimate for unseen letters.

use std::fmt::Write;

use serde_json::Value;

use crate::common::{repo, require_ocr, scan_results};

struct Rates {
    extortion: usize,
    caught: usize,
    benign: usize,
    false_alarms: usize,
    wrong: Vec<String>,
}

fn evaluate(set: &str) -> Rates {
    let dir = repo().join("tests/data/threat-letters").join(set);
    let truth: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("truth.json")).unwrap()).unwrap();
    let results = scan_results(&dir);
    let pages = truth["pages"].as_array().unwrap();
    assert_eq!(results.len(), pages.len(), "every letter has a result");
    let mut r = Rates {
        extortion: 0,
        caught: 0,
        benign: 0,
        false_alarms: 0,
        wrong: Vec::new(),
    };
    for p in pages {
        let file = p["file"].as_str().unwrap();
        let res = results.iter().find(|x| x["item"] == file).unwrap();
        let flagged = res["flagged"].as_bool().unwrap();
        let extortion = p["label"] == "extortion";
        if extortion {
            r.extortion += 1;
            r.caught += usize::from(flagged);
        } else {
            r.benign += 1;
            r.false_alarms += usize::from(flagged);
        }
        if flagged != extortion {
            r.wrong.push(format!("{set}/{file} score {}", res["score"]));
        }
    }
    r
}

#[test]
fn threat_language_recall_and_false_positive_rate_per_set() {
    require_ocr();
    // (set, minimum recall, maximum false-positive rate)
    let floors = [
        ("tuning", 0.98, 0.01),
        ("heldout", 0.95, 0.01),
        ("blind", 0.95, 0.01),
        ("blind2", 0.95, 0.01),
        ("blind3", 0.95, 0.01),
        ("blind4", 0.95, 0.01),
        ("blind5", 0.96, 0.07),
        ("blind6", 0.96, 0.14),
        ("blind7", 0.96, 0.01),
        ("blind8", 0.93, 0.07),
        ("blind9", 0.96, 0.01),
        ("blind10", 0.96, 0.01),
        ("blind11", 0.96, 0.01),
        ("blind12", 0.93, 0.01),
        ("blind13", 0.90, 0.01),
        ("blind14", 0.90, 0.07),
        ("blind15", 0.96, 0.07),
        ("blind16", 0.96, 0.04),
        ("blind17", 0.86, 0.04),
        ("blind18", 0.96, 0.07),
        ("blind19", 0.93, 0.04),
        ("blind20", 0.96, 0.07),
        ("blind21", 0.93, 0.01),
        ("blind22", 0.90, 0.14),
        ("blind23", 0.83, 0.01),
        ("blind24", 0.93, 0.01),
        ("blind25", 0.90, 0.01),
        ("blind26", 0.86, 0.07),
        ("blind27", 0.93, 0.01),
        ("blind28", 0.96, 0.01),
        ("blind29", 0.90, 0.01),
        ("blind30", 0.93, 0.07),
        ("blind31", 0.83, 0.14),
        ("blind32", 0.90, 0.14),
        ("blind33", 0.83, 0.07),
        ("blind34", 0.83, 0.10),
        ("blind35", 0.83, 0.01),
        ("blind36", 0.86, 0.04),
        ("blind37", 0.90, 0.14),
        ("blind38", 0.83, 0.17),
        ("blind39", 0.93, 0.01),
        ("blind40", 0.93, 0.01),
        ("blind41", 0.90, 0.01),
        ("blind42", 0.86, 0.01),
        ("blind43", 0.83, 0.10),
        ("blind44", 0.86, 0.01),
        ("blind45", 0.80, 0.01),
        ("blind46", 0.86, 0.01),
        ("blind47", 0.86, 0.01),
        ("blind48", 0.90, 0.01),
        ("blind49", 0.86, 0.01),
        ("blind50", 0.86, 0.01),
        ("blind51", 0.93, 0.01),
        ("blind52", 0.96, 0.01),
        ("blind53", 0.90, 0.01),
        ("blind54", 0.90, 0.01),
        ("blind55", 0.96, 0.01),
        ("blind56", 0.96, 0.07),
        ("blind57", 0.86, 0.01),
        ("blind58", 0.93, 0.01),
        ("blind59", 0.90, 0.01),
        ("blind60", 0.96, 0.01),
        ("blind61", 0.86, 0.01),
        ("blind62", 0.86, 0.01),
        ("blind63", 0.86, 0.01),
        ("blind64", 0.93, 0.01),
        ("blind65", 0.93, 0.01),
        ("blind66", 0.86, 0.01),
        ("blind67", 0.90, 0.01),
        ("blind68", 0.83, 0.01),
        ("blind69", 0.90, 0.01),
        ("blind70", 0.83, 0.01),
        ("blind71", 0.90, 0.01),
        ("blind72", 0.93, 0.01),
        ("blind73", 0.96, 0.01),
        ("blind74", 0.93, 0.01),
        ("blind75", 0.90, 0.01),
        ("blind76", 0.96, 0.01),
        ("blind77", 0.93, 0.01),
        ("blind78", 0.96, 0.01),
        ("blind79", 0.96, 0.01),
        ("blind80", 0.96, 0.01),
        ("blind81", 0.86, 0.01),
        ("blind82", 0.93, 0.01),
        ("blind83", 0.86, 0.01),
        ("blind84", 0.93, 0.01),
        ("blind85", 0.96, 0.01),
        ("blind86", 0.96, 0.01),
        ("blind87", 0.90, 0.01),
        ("blind88", 0.96, 0.01),
        ("blind89", 0.90, 0.01),
        ("blind90", 0.80, 0.01),
        ("blind91", 0.96, 0.01),
        ("blind92", 0.96, 0.01),
        ("blind93", 0.96, 0.01),
        ("blind94", 0.86, 0.01),
    ];
    let mut report = String::new();
    let mut failures = Vec::new();
    for (set, min_recall, max_fpr) in floors {
        let r = evaluate(set);
        let recall = r.caught as f64 / r.extortion as f64;
        let fpr = r.false_alarms as f64 / r.benign as f64;
        writeln!(
            report,
            "{set}: recall {}/{} ({:.1} %), false positives {}/{} ({:.1} %)",
            r.caught,
            r.extortion,
            recall * 100.0,
            r.false_alarms,
            r.benign,
            fpr * 100.0
        )
        .unwrap();
        for w in &r.wrong {
            writeln!(report, "  wrong: {w}").unwrap();
        }
        if recall < min_recall || fpr > max_fpr {
            failures.push(format!(
                "{set}: recall {recall:.3} (floor {min_recall}), false-positive rate {fpr:.3} (ceiling {max_fpr})"
            ));
        }
    }
    let artifacts = repo().join("target/test-artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    std::fs::write(artifacts.join("threat-eval.txt"), &report).unwrap();
    assert!(failures.is_empty(), "{}\n{report}", failures.join("\n"));
}
