//! The HTML report in a real browser (Debian's headless Chromium): it renders offline with the
//! evidence, shows letter text that contains markup as text, and nothing in a letter can inject
//! a script or an element. The screenshot is kept in target/test-artifacts/ for a person to look.

use std::path::Path;
use std::process::Command;

use mailscreen::queue::Queue;

use crate::cases::{letter, LETTER_A};
use crate::common::{bin, repo, require_ocr, run, text};

fn chromium() -> &'static str {
    for c in ["/usr/bin/chromium", "/usr/bin/chromium-browser"] {
        if Path::new(c).exists() {
            return c;
        }
    }
    panic!("Chromium is required for the HTML report test: install Debian's `chromium` package (make test does)");
}

fn headless(profile: &Path) -> Command {
    let mut c = Command::new(chromium());
    c.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1200,3000",
    ])
    .arg(format!("--user-data-dir={}", profile.display()));
    c
}

const PAYLOAD: &str = "<script>document.title='PWNED'</script>";

#[test]
fn report_renders_evidence_and_letter_markup_cannot_inject() {
    require_ocr();
    let d = tempfile::tempdir().unwrap();
    let db = d.path().join("cases.db");
    // a real scanned letter: thumbnails with evidence boxes and a blurred photo
    let scans = d.path().join("scans");
    std::fs::create_dir(&scans).unwrap();
    std::fs::copy(
        repo().join("samples/vn-letter-01.png"),
        scans.join("vn-letter-01.png"),
    )
    .unwrap();
    let o = run(bin()
        .arg("scan")
        .arg(&scans)
        .arg("--db")
        .arg(&db)
        .arg("--quiet"));
    assert!(o.status.success(), "{}", text(&o.stderr));
    // a hostile letter: markup in its file name, its text and its matched phrases
    let body = format!("{LETTER_A} {PAYLOAD} phát<img/src=x/onerror=document.title='PWNED2'>tán ");
    let mut r = letter("<img src=x onerror=alert(1)>.png", &body);
    r.item = "\"><img src=x onerror=document.title='PWNED3'>.png".into();
    Queue::open(&db).unwrap().add(&r, &[], "scan:test").unwrap();

    let html_path = d.path().join("report.html");
    let o = run(bin()
        .arg("report")
        .arg("--html")
        .arg(&html_path)
        .arg("--db")
        .arg(&db));
    assert!(o.status.success(), "{}", text(&o.stderr));
    let html = std::fs::read_to_string(&html_path).unwrap();
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "the report must not load anything remote"
    );
    assert!(
        html.contains("data:image/jpeg;base64,"),
        "page thumbnails are embedded"
    );

    let profile = d.path().join("profile");
    let url = format!("file://{}", html_path.display());
    let dom = headless(&profile)
        .arg("--dump-dom")
        .arg(&url)
        .output()
        .unwrap();
    let dom = text(&dom.stdout);
    assert!(
        dom.contains("<title>mailscreen case report</title>"),
        "title changed by an injected script:\n{}",
        &dom[..dom.len().min(500)]
    );
    assert!(!dom.contains("PWNED</title>"));
    assert!(
        !dom.to_lowercase().contains("<script"),
        "a script element reached the DOM"
    );
    assert!(
        !regex::Regex::new(r"(?i)<img[^>]*onerror")
            .unwrap()
            .is_match(&dom),
        "an injected element reached the DOM"
    );
    assert!(
        dom.contains("&lt;script&gt;document.title='PWNED'&lt;/script&gt;"),
        "the letter's markup is shown as text"
    );
    assert!(
        dom.contains("TXmVpin5vq5gdZsciyyjdZgKRUju4st1wM")
            && dom.contains("hoangtu.bimat88@proton.me")
    );
    assert!(dom.contains("photo (blurred)"));

    let artifacts = repo().join("target/test-artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let shot = artifacts.join("report.png");
    let _ = std::fs::remove_file(&shot);
    let o = headless(&profile)
        .arg(format!("--screenshot={}", shot.display()))
        .arg(&url)
        .output()
        .unwrap();
    let size = std::fs::metadata(&shot).map(|m| m.len()).unwrap_or(0);
    assert!(
        size > 20_000,
        "no screenshot taken ({size} bytes): {}",
        text(&o.stderr)
    );
}
