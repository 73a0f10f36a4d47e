//! Bad input never stops a batch and is never lost: each corrupt, truncated, empty, non-image
//! or unreadable file is an item (or page) with its error naming the file, the good items are
//! screened as usual, and the exit status (2) says some items failed.

use std::fs;

use crate::common::{bin, item, parse_jsonl, repo, require_ocr, run, text};

#[test]
fn corrupt_and_non_image_files_are_reported_and_the_batch_goes_on() {
    require_ocr();
    let d = tempfile::tempdir().unwrap();
    let scans = d.path().join("scans");
    fs::create_dir(&scans).unwrap();
    let good = fs::read(repo().join("samples/vn-letter-02-nodiacritics.jpg")).unwrap();
    fs::write(scans.join("good.jpg"), &good).unwrap();
    let png = fs::read(repo().join("samples/invoice.png")).unwrap();
    fs::write(scans.join("truncated.png"), &png[..png.len() / 3]).unwrap();
    fs::write(scans.join("empty.png"), b"").unwrap();
    fs::write(scans.join("letter.jpg"), "this is not a picture\n").unwrap();
    fs::write(scans.join("scan.pdf"), b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n").unwrap();
    fs::write(
        scans.join("noise.tif"),
        [0x49u8, 0x49, 0x2a, 0x00, 0xff, 0xff, 0xff, 0x7f, 1, 2, 3],
    )
    .unwrap();
    fs::write(scans.join("notes.md"), "side file, skipped\n").unwrap();
    // a folder item with one good and one corrupt page keeps the good page's findings
    fs::create_dir(scans.join("mixed")).unwrap();
    fs::write(scans.join("mixed/1.jpg"), &good).unwrap();
    fs::write(scans.join("mixed/2.png"), &png[..100]).unwrap();
    let unreadable = scans.join("zz-unreadable.png");
    fs::write(&unreadable, &png).unwrap();
    let as_root = unsafe_is_root();
    if !as_root {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&unreadable, fs::Permissions::from_mode(0o000)).unwrap();
    }

    let out_path = d.path().join("r.jsonl");
    let o = run(bin()
        .arg("scan")
        .arg(&scans)
        .arg("--json-out")
        .arg(&out_path)
        .arg("--no-queue")
        .arg("--quiet"));
    let stderr = text(&o.stderr);
    assert_eq!(
        o.status.code(),
        Some(2),
        "exit status must say some items failed; stderr:\n{stderr}"
    );
    let r = parse_jsonl(&out_path);
    let ids: Vec<&str> = r.iter().map(|v| v["item"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "empty.png",
            "good.jpg",
            "letter.jpg",
            "mixed",
            "noise.tif",
            "scan.pdf",
            "truncated.png",
            "zz-unreadable.png"
        ]
    );

    for (id, words) in [
        ("empty.png", &["empty.png", "empty file"][..]),
        ("letter.jpg", &["letter.jpg", "text file"]),
        ("scan.pdf", &["scan.pdf", "PDF"]),
        ("noise.tif", &["noise.tif", "corrupt"]),
        ("truncated.png", &["truncated.png", "corrupt"]),
    ] {
        let e = item(&r, id)["error"]
            .as_str()
            .unwrap_or_else(|| panic!("{id} has no error"));
        for w in words {
            assert!(e.contains(w), "{id}: error {e:?} lacks {w:?}");
        }
        assert!(
            stderr.lines().any(|l| l.contains(id)),
            "stderr does not name {id}:\n{stderr}"
        );
    }
    if !as_root {
        assert!(item(&r, "zz-unreadable.png")["error"]
            .as_str()
            .unwrap()
            .contains("cannot read"));
    }
    let g = item(&r, "good.jpg");
    assert!(g["error"].is_null());
    assert_eq!(g["flagged"], true);
    let m = item(&r, "mixed");
    assert!(
        m["error"].as_str().unwrap().contains("mixed/2.png"),
        "{}",
        m["error"]
    );
    assert_eq!(
        m["wallets"][0]["address"], g["wallets"][0]["address"],
        "good page of a mixed item still screened"
    );
    assert_eq!(m["pages"].as_array().unwrap().len(), 2);
    assert!(
        !stderr.contains("notes.md"),
        "side files are skipped quietly"
    );
}

fn unsafe_is_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .map(|o| text(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

#[test]
fn missing_directory_is_a_clear_error() {
    let o = run(bin().args(["scan", "/nonexistent/mailbag", "--no-queue"]));
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("/nonexistent/mailbag"),
        "{}",
        text(&o.stderr)
    );
}
