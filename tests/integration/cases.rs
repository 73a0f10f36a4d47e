//! Working cases: every life-cycle transition and refusal, the double-claim race between two
//! processes, service levels, campaigns, exports and the audit trail's coverage of them all.
//! Cases are made through the library from transcribed letters (no OCR needed to test the
//! queue); the commands under test are the real binary's.

use std::path::{Path, PathBuf};

use mailscreen::extract::Extractors;
use mailscreen::page::PageText;
use mailscreen::pipeline::Pipeline;
use mailscreen::queue::Queue;
use mailscreen::results::{ItemEvidence, ItemResult, PageInfo};
use mailscreen::score;
use serde_json::Value;

use crate::common::{bin, run, text};

/// A flagged case made from a transcribed letter, as a scan would make it.
pub fn letter(item: &str, body: &str) -> ItemResult {
    let p = Pipeline::builtin().unwrap();
    let page = PageText::from_plain_text(body);
    let f = Extractors::new(&p).text_findings(0, &page, mailscreen::extract::wallet::Recovery::Off);
    let a = score::assess(&f, &p.scoring);
    let sha = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(
        format!("{item}\n{body}").as_bytes(),
    ));
    let info = PageInfo {
        file: item.into(),
        frame: 0,
        sha256: sha,
        width: 1000,
        height: 1400,
        dpi: 300,
        dpi_from_file: false,
        error: None,
    };
    let mut r = ItemResult::new(item.into(), vec![info], f, p.ruleset.clone());
    (r.score, r.flagged, r.reasons) = (a.score, a.flagged, a.reason_lines());
    r.evidence = ItemEvidence {
        texts: vec![page.text()],
        sources: Vec::new(),
    };
    r
}

pub const LETTER_A: &str = "Tôi có hình ảnh nhạy cảm của anh. Nếu anh không chuyển 30.000 USDT vào ví \
    TXmVpin5vq5gdZsciyyjdZgKRUju4st1wM trong vòng 72 giờ, tôi sẽ phát tán cho đồng nghiệp và gia đình anh. \
    Liên hệ qua email hoangtu.bimat88@proton.me. Đừng báo công an.";
const LETTER_B: &str = "Chung toi co video nhay cam cua ong. Neu ong khong chuyen 2 BTC vao vi \
    1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mo trong vong 5 ngay, chung toi se phat tan cho lanh dao co quan. \
    Lien he kebimat.two@tutanota.com. Khong bao cong an.";

fn db_with(dir: &Path, letters: &[(&str, &str)]) -> PathBuf {
    let db = dir.join("cases.db");
    let mut q = Queue::open(&db).unwrap();
    for (item, body) in letters {
        let r = letter(item, body);
        assert!(
            r.flagged,
            "{item} must be flagged to become a case: {:?}",
            r.reasons
        );
        q.add(&r, &[], "scan:test").unwrap();
    }
    db
}

fn ms(db: &Path, actor: &str, args: &[&str]) -> (bool, String) {
    let o = run(bin()
        .args(args)
        .arg("--db")
        .arg(db)
        .arg("--actor")
        .arg(actor));
    (
        o.status.success(),
        format!("{}{}", text(&o.stdout), text(&o.stderr)),
    )
}

fn state(db: &Path, id: i64) -> Value {
    let o = run(bin()
        .args(["case", "show", &id.to_string(), "--json"])
        .arg("--db")
        .arg(db));
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn every_transition_and_every_refusal() {
    let d = tempfile::tempdir().unwrap();
    let db = db_with(d.path(), &[("a.png", LETTER_A)]);
    let steps: &[(&str, &[&str], bool, &str)] = &[
        (
            "lan",
            &["case", "close", "1", "--disposition", "extortion"],
            false,
            "is open",
        ),
        (
            "lan",
            &["case", "escalate", "1", "--ref", "X"],
            false,
            "is open",
        ),
        (
            "lan",
            &["case", "reopen", "1", "--reason", "r"],
            false,
            "is open",
        ),
        ("lan", &["case", "claim", "1"], true, "claimed by lan"),
        (
            "minh",
            &["case", "claim", "1"],
            false,
            "already claimed by lan",
        ),
        ("minh", &["case", "release", "1"], false, "held by lan"),
        ("lan", &["case", "release", "1"], true, "released"),
        ("minh", &["case", "claim", "1"], true, "claimed by minh"),
        (
            "minh",
            &[
                "case",
                "note",
                "1",
                "called the addressee; letter kept in safe",
            ],
            true,
            "noted",
        ),
        (
            "lan",
            &["case", "escalate", "1", "--ref", "PC02-118"],
            false,
            "held by minh",
        ),
        (
            "minh",
            &["case", "escalate", "1", "--ref", "PC02-118"],
            true,
            "escalated",
        ),
        ("minh", &["case", "claim", "1"], false, "is escalated"),
        (
            "minh",
            &["case", "close", "1", "--disposition", "maybe"],
            false,
            "unknown disposition",
        ),
        (
            "minh",
            &[
                "case",
                "close",
                "1",
                "--disposition",
                "extortion",
                "--note",
                "police confirmed",
            ],
            true,
            "closed",
        ),
        (
            "minh",
            &["case", "close", "1", "--disposition", "extortion"],
            false,
            "is closed",
        ),
        (
            "sup",
            &["case", "reopen", "1", "--reason", "second letter arrived"],
            true,
            "reopened",
        ),
        ("lan", &["case", "claim", "1"], true, "claimed by lan"),
        (
            "lan",
            &["case", "close", "1", "--disposition", "duplicate"],
            true,
            "closed",
        ),
        ("lan", &["case", "claim", "99"], false, "no case with id 99"),
    ];
    for (actor, args, ok, says) in steps {
        let (success, out) = ms(&db, actor, args);
        assert_eq!(success, *ok, "{actor} {args:?}: {out}");
        assert!(
            out.contains(says),
            "{actor} {args:?}: expected {says:?} in {out:?}"
        );
    }
    let c = state(&db, 1);
    assert_eq!(
        (
            c["state"].as_str(),
            c["disposition"].as_str(),
            c["police_ref"].as_str()
        ),
        (Some("closed"), Some("duplicate"), Some("PC02-118"))
    );
    let actions: Vec<&str> = c["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "created", "claim", "release", "claim", "note", "escalate", "close", "reopen", "claim",
            "close", "viewed"
        ]
    );
    let (ok, out) = ms(&db, "auditor", &["audit", "verify"]);
    assert!(ok, "{out}");
}

#[test]
fn two_processes_racing_to_claim_get_one_winner() {
    let d = tempfile::tempdir().unwrap();
    let db = db_with(d.path(), &[("a.png", LETTER_A), ("b.png", LETTER_B)]);
    for id in ["1", "2"] {
        for round in 0..5 {
            let spawn = |actor: &str| {
                bin()
                    .args(["case", "claim", id, "--actor", actor])
                    .arg("--db")
                    .arg(&db)
                    .output()
            };
            let (a, b) = std::thread::scope(|s| {
                let ta = s.spawn(|| spawn("lan").unwrap());
                let tb = s.spawn(|| spawn("minh").unwrap());
                (ta.join().unwrap(), tb.join().unwrap())
            });
            let wins = [&a, &b].iter().filter(|o| o.status.success()).count();
            assert_eq!(
                wins,
                1,
                "case {id} round {round}: {} / {}",
                text(&a.stderr),
                text(&b.stderr)
            );
            let loser = if a.status.success() { &b } else { &a };
            assert!(
                text(&loser.stderr).contains("already claimed"),
                "{}",
                text(&loser.stderr)
            );
            let winner = if a.status.success() { "lan" } else { "minh" };
            assert!(ms(&db, winner, &["case", "release", id]).0);
        }
    }
    assert!(ms(&db, "auditor", &["audit", "verify"]).0);
}

#[test]
fn overdue_cases_follow_the_service_level_in_the_rules() {
    let d = tempfile::tempdir().unwrap();
    let db = db_with(d.path(), &[("a.png", LETTER_A), ("b.png", LETTER_B)]);
    let q = |extra: &[&str], pipeline: Option<&Path>| -> Vec<Value> {
        let mut c = bin();
        c.args(["queue", "--json"]).args(extra).arg("--db").arg(&db);
        if let Some(p) = pipeline {
            c.arg("--pipeline").arg(p);
        }
        serde_json::from_slice::<Value>(&run(&mut c).stdout)
            .unwrap()
            .as_array()
            .unwrap()
            .clone()
    };
    assert!(
        q(&["--overdue"], None).is_empty(),
        "fresh cases are not overdue at 48 h"
    );
    let rules = d.path().join("rules");
    std::fs::create_dir(&rules).unwrap();
    let scoring =
        std::fs::read_to_string(crate::common::repo().join("pipeline/scoring.toml")).unwrap();
    std::fs::write(
        rules.join("scoring.toml"),
        scoring.replace("sla_hours = 48", "sla_hours = 0"),
    )
    .unwrap();
    assert_eq!(q(&["--overdue"], Some(&rules)).len(), 2);
    assert!(ms(&db, "lan", &["case", "claim", "1"]).0);
    assert!(ms(&db, "lan", &["case", "escalate", "1", "--ref", "R1"]).0);
    let overdue = q(&["--overdue"], Some(&rules));
    assert_eq!(overdue.len(), 1, "an escalated case is no longer overdue");
    assert_eq!(q(&["--state", "escalated"], None)[0]["id"], 1);
    assert_eq!(q(&["--state", "all"], None).len(), 2);
    assert_eq!(q(&["--min-score", "1.01"], None).len(), 0);
}

#[test]
fn campaigns_link_shared_indicators_and_retyped_letters() {
    let d = tempfile::tempdir().unwrap();
    let same_wallet = LETTER_B
        .replace("kebimat.two@tutanota.com", "other.contact@proton.me")
        .replace("lanh dao co quan", "gia dinh ong");
    let retyped = "Toi co hinh anh nhay cam cua anh. Neu anh khong chuyen 30.000 USDT vao vi \
        TLsV52sRDL79HXGGm9yzwKibb6BeruhUzy trong vong 72 gio, toi se phat tan cho dong nghiep va gia dinh anh. \
        Lien he qua email nguoikhac@proton.me. Dung bao cong an.";
    let db = db_with(
        d.path(),
        &[
            ("a.png", LETTER_A),
            ("b.png", LETTER_B),
            ("c.png", &same_wallet),
            ("d.png", retyped),
        ],
    );
    let o = run(bin().args(["campaigns", "--json"]).arg("--db").arg(&db));
    let groups: Vec<Value> = serde_json::from_slice::<Value>(&o.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(groups.len(), 2, "{groups:?}");
    assert_eq!(
        groups[0]["cases"],
        serde_json::json!([1, 4]),
        "retyped letter without diacritics joins case 1"
    );
    assert!(groups[0]["similar_texts"][0][2].as_f64().unwrap() >= 0.5);
    assert_eq!(groups[1]["cases"], serde_json::json!([2, 3]));
    assert_eq!(
        groups[1]["shared_wallets"],
        serde_json::json!(["1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mo"])
    );
    assert!(groups[1]["first_seen"].as_str().unwrap() <= groups[1]["last_seen"].as_str().unwrap());
}

#[test]
fn campaigns_link_letters_sharing_only_a_telegram_contact() {
    // different wallets, languages and wording; one Telegram user name
    let d = tempfile::tempdir().unwrap();
    let vi = "Chung toi co anh nong cua ong. Chuyen 20.000 USDT vao vi TXmVpin5vq5gdZsciyyjdZgKRUju4st1wM \
        trong 48 gio, neu khong anh se duoc gui cho co quan va gia dinh ong. Lien he Telegram @chuyenkin_88.";
    let en = "We have intimate photos of you. Send 5,000 USDT to 1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mo within \
        72 hours or your colleagues and your wife will see them. Message me on Telegram @chuyenkin_88.";
    let db = db_with(d.path(), &[("a.png", vi), ("b.png", en)]);
    let o = run(bin().args(["campaigns", "--json"]).arg("--db").arg(&db));
    let groups: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(groups.as_array().unwrap().len(), 1, "{groups}");
    assert_eq!(groups[0]["cases"], serde_json::json!([1, 2]), "{groups}");
    assert_eq!(
        groups[0]["shared_messengers"],
        serde_json::json!(["@chuyenkin_88"]),
        "{groups}"
    );
    assert_eq!(
        groups[0]["shared_wallets"],
        serde_json::json!([]),
        "{groups}"
    );
}

#[test]
fn exports_carry_only_confirmed_indicators_and_are_audited() {
    let d = tempfile::tempdir().unwrap();
    let db = db_with(d.path(), &[("a.png", LETTER_A), ("b.png", LETTER_B)]);
    let path = |n: &str| d.path().join(n);
    let export = |extra: &[&str]| {
        let o = run(bin()
            .arg("report")
            .arg("--stix")
            .arg(path("stix.json"))
            .arg("--chainabuse")
            .arg(path("ca.json"))
            .args(extra)
            .arg("--db")
            .arg(&db));
        assert!(o.status.success(), "{}", text(&o.stderr));
        let stix: Value =
            serde_json::from_slice(&std::fs::read(path("stix.json")).unwrap()).unwrap();
        let ca: Value = serde_json::from_slice(&std::fs::read(path("ca.json")).unwrap()).unwrap();
        (stix, ca)
    };
    let (stix, ca) = export(&[]);
    assert_eq!(
        stix["objects"].as_array().unwrap().len(),
        1,
        "nothing confirmed yet: identity only"
    );
    assert!(ca["reports"].as_array().unwrap().is_empty());
    assert!(ms(&db, "lan", &["case", "claim", "1"]).0);
    assert!(
        ms(
            &db,
            "lan",
            &["case", "close", "1", "--disposition", "extortion"]
        )
        .0
    );
    let (stix, ca) = export(&[]);
    let patterns: Vec<&str> = stix["objects"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|o| o["pattern"].as_str())
        .collect();
    assert_eq!(
        patterns,
        [
            "[email-addr:value = 'hoangtu.bimat88@proton.me']",
            "[x-cryptocurrency-wallet:address = 'TXmVpin5vq5gdZsciyyjdZgKRUju4st1wM']"
        ]
    );
    assert_eq!(stix["type"], "bundle");
    let r = &ca["reports"][0];
    assert_eq!(r["category"], "SEXTORTION");
    assert_eq!(r["addresses"][0]["chain"], "TRON");
    assert_eq!(
        r["accusedScammers"][0]["email"],
        "hoangtu.bimat88@proton.me"
    );
    let (stix, _) = export(&["--all-indicators"]);
    assert_eq!(
        stix["objects"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|o| o["type"] == "indicator")
            .count(),
        4
    );

    let o = run(bin()
        .arg("report")
        .arg("--csv")
        .arg(path("r.csv"))
        .arg("--json")
        .arg(path("r.json"))
        .arg("--all")
        .arg("--db")
        .arg(&db));
    assert!(o.status.success(), "{}", text(&o.stderr));
    let csv = std::fs::read_to_string(path("r.csv")).unwrap();
    assert_eq!(csv.lines().count(), 3, "{csv}");
    assert!(csv.starts_with("case,item,state,score"));
    let all: Value = serde_json::from_slice(&std::fs::read(path("r.json")).unwrap()).unwrap();
    assert_eq!(all.as_array().unwrap().len(), 2);

    let audit = text(&run(bin().args(["audit", "show"]).arg("--db").arg(&db)).stdout);
    assert_eq!(
        audit
            .lines()
            .filter(|l| l.contains("\"action\":\"exported\""))
            .count(),
        8,
        "{audit}"
    );
    assert!(ms(&db, "auditor", &["audit", "verify"]).0);
}

#[test]
fn audit_verify_catches_reordered_entries() {
    let d = tempfile::tempdir().unwrap();
    let db = db_with(d.path(), &[("a.png", LETTER_A), ("b.png", LETTER_B)]);
    assert!(ms(&db, "lan", &["case", "claim", "1"]).0);
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch("UPDATE audit SET seq = 100 WHERE seq = 2; UPDATE audit SET seq = 2 WHERE seq = 3; UPDATE audit SET seq = 3 WHERE seq = 100;").unwrap();
    drop(conn);
    let (ok, out) = ms(&db, "auditor", &["audit", "verify"]);
    assert!(!ok);
    assert!(out.contains("BROKEN at entry 2"), "{out}");
}

#[test]
fn revealing_a_photo_needs_a_name_is_audited_and_checks_the_scan() {
    crate::common::require_ocr();
    let d = tempfile::tempdir().unwrap();
    let scans = d.path().join("scans");
    std::fs::create_dir(&scans).unwrap();
    let scan = scans.join("vn-letter-01.png");
    std::fs::copy(
        crate::common::repo().join("samples/vn-letter-01.png"),
        &scan,
    )
    .unwrap();
    let db = d.path().join("cases.db");
    assert!(run(bin()
        .arg("scan")
        .arg(&scans)
        .arg("--db")
        .arg(&db)
        .arg("--quiet"))
    .status
    .success());
    let out = d.path().join("photo.png");
    let o = run(bin()
        .args(["case", "reveal", "1", "--out"])
        .arg(&out)
        .arg("--db")
        .arg(&db));
    assert!(
        !o.status.success() && text(&o.stderr).contains("--actor"),
        "{}",
        text(&o.stderr)
    );
    assert!(!out.exists());

    let (ok, said) = ms(
        &db,
        "analyst.tuan",
        &[
            "case",
            "reveal",
            "1",
            "--photo",
            "0",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(ok, "{said}");
    let c = state(&db, 1);
    let b = &c["result"]["photos"][0]["bbox"];
    let img = image::open(&out).unwrap();
    assert_eq!(
        (u64::from(img.width()), u64::from(img.height())),
        (b[2].as_u64().unwrap(), b[3].as_u64().unwrap())
    );
    let revealed: Vec<&Value> = c["history"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["action"] == "photo_revealed")
        .collect();
    assert_eq!(revealed.len(), 1);
    assert_eq!(revealed[0]["actor"], "analyst.tuan");

    // the original changed after the case was made: nothing is revealed
    let mut bytes = std::fs::read(&scan).unwrap();
    bytes.push(0);
    std::fs::write(&scan, bytes).unwrap();
    let (ok, said) = ms(
        &db,
        "analyst.tuan",
        &[
            "case",
            "reveal",
            "1",
            "--out",
            d.path().join("p2.png").to_str().unwrap(),
        ],
    );
    assert!(!ok && said.contains("has changed"), "{said}");
    assert!(ms(&db, "auditor", &["audit", "verify"]).0);
}
