//! Shared helpers: the binary under test, the Tesseract check, and one scan of `samples/`
//! shared by the tests that read its results (OCR of the whole set takes seconds).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use serde_json::Value;

pub fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_mailscreen"));
    // the binary must guarantee the OpenMP limit itself
    c.env_remove("OMP_THREAD_LIMIT");
    c
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("cannot start mailscreen")
}

pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Panics, loudly, when Tesseract or its language data is missing.
pub fn require_ocr() {
    static CHECK: OnceLock<Result<(), String>> = OnceLock::new();
    let r = CHECK.get_or_init(|| {
        let out = run(bin().arg("doctor"));
        if out.status.success() {
            Ok(())
        } else {
            Err(format!("{}{}", text(&out.stdout), text(&out.stderr)))
        }
    });
    if let Err(e) = r {
        panic!("Tesseract with vie+eng language data is required for this test (run `make deps`):\n{e}");
    }
}

pub fn parse_jsonl(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l}: {e}")))
        .collect()
}

/// `mailscreen scan DIR --no-queue`: every item's result, the run having succeeded.
pub fn scan_results(dir: &Path) -> Vec<Value> {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("results.jsonl");
    let o = run(bin()
        .arg("scan")
        .arg(dir)
        .args(["--no-queue", "--quiet", "--json-out"])
        .arg(&out));
    assert!(o.status.success(), "{}: {}", dir.display(), text(&o.stderr));
    parse_jsonl(&out)
}

pub struct SampleScan {
    pub results: Vec<Value>,
    pub stdout: String,
    pub status: Option<i32>,
    pub dir: tempfile::TempDir,
}

/// `mailscreen scan samples --json-out …`, once per test run.
pub fn sample_scan() -> &'static SampleScan {
    static SCAN: OnceLock<SampleScan> = OnceLock::new();
    SCAN.get_or_init(|| {
        require_ocr();
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("r.jsonl");
        let o = run(bin()
            .arg("scan")
            .arg(repo().join("samples"))
            .arg("--json-out")
            .arg(&out)
            .arg("--db")
            .arg(dir.path().join("q.db"))
            .arg("--quiet"));
        assert!(out.exists(), "no results file; stderr: {}", text(&o.stderr));
        SampleScan {
            results: parse_jsonl(&out),
            stdout: text(&o.stdout),
            status: o.status.code(),
            dir,
        }
    })
}

/// The `key` text of every entry in an item's `list` (the `address` of each of its `wallets`).
pub fn texts<'a>(r: &'a Value, list: &str, key: &str) -> Vec<&'a str> {
    r[list]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x[key].as_str().unwrap())
        .collect()
}

pub fn item<'a>(results: &'a [Value], id: &str) -> &'a Value {
    results
        .iter()
        .find(|r| r["item"] == id)
        .unwrap_or_else(|| panic!("no result for item {id}"))
}
