//! The photo-collage letters (tests/data/collages, made by its make_collages.py): pasted
//! pictures in grey, colour, an AM halftone screen scanned in grey, and error-diffusion dither on
//! 1-bit scans; text-only letters in grey and 1-bit; letters whose only wallet is a QR code.
//! Photo regions: recall at IoU >= 0.5 of at least 95 %, and no region on a text-only letter or
//! anywhere a picture is not. QR wallets: every one recovered.

use std::fmt::Write;

use mailscreen::page::BBox;
use serde_json::Value;

use crate::common::{repo, require_ocr, scan_results};

fn bbox(v: &Value) -> BBox {
    let n = |i: usize| v[i].as_u64().unwrap() as u32;
    BBox::new(n(0), n(1), n(2), n(3))
}

#[test]
fn collage_photos_95_percent_at_iou_half_none_on_text_and_every_qr_wallet() {
    require_ocr();
    let dir = repo().join("tests/data/collages");
    let truth: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("truth.json")).unwrap()).unwrap();
    let results = scan_results(&dir);
    let (mut pictures, mut found, mut report) = (0, 0, String::new());
    let mut stray = Vec::new();
    let mut qr_missed = Vec::new();
    for p in truth["pages"].as_array().unwrap() {
        let file = p["file"].as_str().unwrap();
        let r = results.iter().find(|x| x["item"] == file).unwrap();
        let got: Vec<BBox> = r["photos"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| bbox(&x["bbox"]))
            .collect();
        let want: Vec<BBox> = p["photos"].as_array().unwrap().iter().map(bbox).collect();
        for w in &want {
            pictures += 1;
            let best = got.iter().map(|g| g.iou(*w)).fold(0.0, f64::max);
            if best >= 0.5 {
                found += 1;
            } else {
                writeln!(report, "missed {file} {w:?} (best IoU {best:.2})").unwrap();
            }
        }
        stray.extend(
            got.iter()
                .filter(|g| want.iter().all(|w| g.iou(*w) < 0.5))
                .map(|g| format!("{file}: {g:?}")),
        );
        if let Some(addr) = p["qr_wallet"]["address"].as_str() {
            let ok = r["wallets"]
                .as_array()
                .unwrap()
                .iter()
                .any(|w| w["address"] == addr && w["via"] == "qr");
            if !ok {
                qr_missed.push(file.to_string());
            }
        }
    }
    let recall = found as f64 / pictures as f64;
    writeln!(report, "photo regions at IoU >= 0.5: {found}/{pictures}").unwrap();
    let artifacts = repo().join("target/test-artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    std::fs::write(artifacts.join("collages.txt"), &report).unwrap();
    assert!(recall >= 0.95, "{report}");
    assert!(stray.is_empty(), "regions where no picture is: {stray:?}");
    assert!(
        qr_missed.is_empty(),
        "QR wallets not recovered: {qr_missed:?}"
    );
}
