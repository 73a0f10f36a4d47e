//! Whole-run behaviour: the OpenMP guard, deterministic output whatever the thread count,
//! item ids with several input folders.

use crate::common::{bin, repo, require_ocr, run, text};

#[test]
fn binary_sets_omp_thread_limit_itself() {
    let o = run(bin().arg("doctor"));
    let out = text(&o.stdout);
    assert!(
        out.lines().any(|l| l == "OMP_THREAD_LIMIT=1"),
        "the re-exec guard did not set OMP_THREAD_LIMIT:\n{out}"
    );
    // a value the user chose is respected
    let o = run(bin().arg("doctor").env("OMP_THREAD_LIMIT", "2"));
    assert!(text(&o.stdout).contains("OMP_THREAD_LIMIT=2"));
}

#[test]
fn same_input_same_bytes_with_one_or_two_threads() {
    require_ocr();
    let d = tempfile::tempdir().unwrap();
    let scans = d.path().join("in");
    std::fs::create_dir(&scans).unwrap();
    for f in ["vn-letter-05-multipage.tif", "warning-notice-police.png"] {
        std::fs::copy(repo().join("samples").join(f), scans.join(f)).unwrap();
    }
    let mut outs = Vec::new();
    for jobs in ["1", "2"] {
        let p = d.path().join(format!("r{jobs}.jsonl"));
        let o = run(bin()
            .arg("scan")
            .arg(&scans)
            .args(["--no-queue", "--quiet", "-j", jobs, "--json-out"])
            .arg(&p));
        assert!(o.status.success(), "{}", text(&o.stderr));
        outs.push(std::fs::read(&p).unwrap());
    }
    assert!(!outs[0].is_empty());
    assert!(outs[0] == outs[1], "results differ between -j1 and -j2");
}

#[test]
fn several_roots_prefix_item_ids_with_the_folder_name() {
    require_ocr();
    let d = tempfile::tempdir().unwrap();
    for (dir, f) in [("monday", "invoice.png"), ("tuesday", "invoice.png")] {
        std::fs::create_dir(d.path().join(dir)).unwrap();
        std::fs::copy(repo().join("samples").join(f), d.path().join(dir).join(f)).unwrap();
    }
    let o = run(bin()
        .arg("scan")
        .arg(d.path().join("tuesday"))
        .arg(d.path().join("monday"))
        .args(["--no-queue", "--quiet", "--json-out", "-"]));
    assert!(o.status.success(), "{}", text(&o.stderr));
    let ids: Vec<String> = text(&o.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["item"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids, ["monday/invoice.png", "tuesday/invoice.png"]);
}
