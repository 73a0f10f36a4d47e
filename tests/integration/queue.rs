//! The case queue: flagged items become cases, rescans and concurrent scans never duplicate a
//! case, cases show their evidence, and the audit chain verifies and catches tampering.

use std::path::Path;

use serde_json::Value;

use crate::common::{bin, repo, require_ocr, run, text};

fn two_letters(dir: &Path) -> std::path::PathBuf {
    let scans = dir.join("scans");
    std::fs::create_dir_all(&scans).unwrap();
    for f in ["vn-letter-02-nodiacritics.jpg", "invoice.png"] {
        std::fs::copy(repo().join("samples").join(f), scans.join(f)).unwrap();
    }
    scans
}

fn queue_json(db: &Path) -> Vec<Value> {
    let o = run(bin().arg("queue").arg("--json").arg("--db").arg(db));
    assert!(o.status.success(), "{}", text(&o.stderr));
    serde_json::from_str::<Value>(&text(&o.stdout))
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn rescans_and_concurrent_scans_make_one_case_per_letter() {
    require_ocr();
    let d = tempfile::tempdir().unwrap();
    let scans = two_letters(d.path());
    let db = d.path().join("cases.db");
    // two scans at once into one new database, then a third afterwards
    let spawn = || {
        bin()
            .arg("scan")
            .arg(&scans)
            .arg("--db")
            .arg(&db)
            .arg("--quiet")
            .arg("-j1")
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn(), spawn());
    for mut c in [a, b] {
        assert!(c.wait().unwrap().success());
    }
    let o = run(bin().arg("scan").arg(&scans).arg("--db").arg(&db));
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(
        text(&o.stderr).contains("0 new case(s)"),
        "{}",
        text(&o.stderr)
    );
    let cases = queue_json(&db);
    assert_eq!(cases.len(), 1, "one flagged letter, one case: {cases:?}");
    assert_eq!(cases[0]["item"], "vn-letter-02-nodiacritics.jpg");
    assert_eq!(cases[0]["state"], "open");

    let id = cases[0]["id"].as_i64().unwrap();
    let o = run(bin()
        .arg("case")
        .arg(id.to_string())
        .arg("--db")
        .arg(&db)
        .arg("--actor")
        .arg("clerk.lan"));
    let shown = text(&o.stdout);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert!(
        shown.contains("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
            && shown.contains("dichvu.xoaanh@tutanota.com"),
        "{shown}"
    );
    assert!(shown.contains("sha256"), "chain of custody shown: {shown}");

    let o = run(bin().args(["audit", "show"]).arg("--db").arg(&db));
    let entries: Vec<Value> = text(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let actions: Vec<&str> = entries
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["created", "viewed"]);
    assert_eq!(entries[1]["actor"], "clerk.lan");
    let o = run(bin().args(["audit", "verify"]).arg("--db").arg(&db));
    assert!(o.status.success(), "{}", text(&o.stdout));
}

#[test]
fn audit_verify_names_the_first_tampered_entry() {
    require_ocr();
    let d = tempfile::tempdir().unwrap();
    let scans = two_letters(d.path());
    let db = d.path().join("cases.db");
    assert!(run(bin()
        .arg("scan")
        .arg(&scans)
        .arg("--db")
        .arg(&db)
        .arg("--quiet"))
    .status
    .success());
    for actor in ["a", "b"] {
        assert!(run(bin()
            .args(["case", "1", "--actor", actor])
            .arg("--db")
            .arg(&db))
        .status
        .success());
    }
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute("UPDATE audit SET actor = 'someone-else' WHERE seq = 2", [])
        .unwrap();
    drop(conn);
    let o = run(bin().args(["audit", "verify"]).arg("--db").arg(&db));
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stdout).contains("entry 2"), "{}", text(&o.stdout));

    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute("UPDATE audit SET actor = 'a' WHERE seq = 2", [])
        .unwrap();
    conn.execute("DELETE FROM audit WHERE seq = 2", []).unwrap();
    drop(conn);
    let o = run(bin().args(["audit", "verify"]).arg("--db").arg(&db));
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stdout).contains("entry 3"),
        "deleted entry 2 breaks the chain at 3: {}",
        text(&o.stdout)
    );
}
