//! QR codes, barcodes and courier tracking numbers: a real photo of an upside-down EAN-13
//! (tests/data/realscans/barcodetest1.jpg), and envelope labels made by
//! tests/data/codes/make_codes.py — an EMS label whose Code 128 carries a UPU S10 tracking
//! number, and a private courier's Code 39 reference that is no S10 number.

use mailscreen::extract::code;
use mailscreen::ocr::decode;
use serde_json::Value;

use crate::common::{repo, require_ocr, scan_results};

fn codes_of(rel: &str) -> Vec<(String, String)> {
    let d = decode::decode(&repo().join(rel), 0, 200_000_000).unwrap_or_else(|e| panic!("{e}"));
    code::find(0, &d.image)
        .into_iter()
        .map(|c| (c.kind, c.text))
        .collect()
}

#[test]
fn upside_down_ean13_on_a_real_photo_is_read() {
    assert_eq!(
        codes_of("tests/data/realscans/barcodetest1.jpg"),
        [("ean13".to_string(), "9780895298690".to_string())]
    );
}

#[test]
fn text_only_real_pages_carry_no_code() {
    for f in ["pageseg4.tif", "feyn.tif", "linn.png", "shearer.148.tif"] {
        let got = codes_of(&format!("tests/data/realscans/{f}"));
        assert!(got.is_empty(), "{f}: {got:?}");
    }
}

#[test]
fn courier_labels_give_their_codes_and_the_s10_tracking_number_once() {
    require_ocr();
    let r = scan_results(&repo().join("tests/data/codes"));
    let item = |id: &str| r.iter().find(|x| x["item"] == id).unwrap().clone();

    let ems: Value = item("ems-label.jpg");
    assert_eq!(ems["codes"][0]["kind"], "code128");
    assert_eq!(ems["codes"][0]["text"], "EE123456785VN");
    let tracking = ems["tracking"].as_array().unwrap();
    assert_eq!(
        tracking.len(),
        1,
        "printed and barcoded, reported once: {tracking:?}"
    );
    assert_eq!(tracking[0]["number"], "EE123456785VN");
    assert_eq!(tracking[0]["via"], "barcode");
    assert_eq!(tracking[0]["service"], "EE");
    assert!(ems["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .any(|x| x.as_str().unwrap().contains("evidence.tracking")));

    let courier = item("courier-label.jpg");
    assert_eq!(courier["codes"][0]["kind"], "code39");
    assert_eq!(courier["codes"][0]["text"], "GHN2611ZX8");
    assert_eq!(courier["tracking"], serde_json::json!([]));
}
