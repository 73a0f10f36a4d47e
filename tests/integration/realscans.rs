//! Photo regions on real scans from public test suites (tests/data/realscans, provenance and
//! ground truth in its README): continuous-tone photos found where they are, and none on
//! text-only pages, grey, colour or 1-bit; halftone photos on 1-bit pages, including one joined
//! to a scanner border. Runs the detector through the library on decoded pages (no OCR needed).
//! Hard cases that fail are reported in the README, not asserted as working.

use mailscreen::extract::photo;
use mailscreen::ocr::decode;
use mailscreen::page::BBox;

use crate::common::repo;

fn photos(file: &str) -> Vec<BBox> {
    let p = repo().join("tests/data/realscans").join(file);
    let d = decode::decode(&p, 0, 200_000_000).unwrap_or_else(|e| panic!("{e}"));
    photo::find(0, &d.image, d.dpi.unwrap_or(300))
        .into_iter()
        .map(|f| f.bbox)
        .collect()
}

#[test]
fn colour_photos_are_found_at_their_known_boxes() {
    // regression: the yellowed paper of wet-day.jpg was read as one page-sized photo
    let cases = [("wet-day.jpg", BBox::new(150, 450, 900, 1060))];
    let mut report = Vec::new();
    for (file, truth) in cases {
        let got = photos(file);
        let best = got.iter().map(|b| b.iou(truth)).fold(0.0, f64::max);
        report.push(format!("{file}: best IoU {best:.2} over {got:?}"));
    }
    println!("{}", report.join("\n"));
    for line in &report {
        let iou: f64 = line
            .split("IoU ")
            .nth(1)
            .unwrap()
            .split(' ')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert!(iou >= 0.5, "{}", report.join("\n"));
    }
}

/// Best IoU of the detected regions of `file` with `truth`.
fn best_iou(file: &str, truth: BBox) -> (f64, Vec<BBox>) {
    let got = photos(file);
    (got.iter().map(|b| b.iou(truth)).fold(0.0, f64::max), got)
}

#[test]
fn halftone_photos_on_1bit_pages_are_found_at_their_known_boxes() {
    let cases = [
        ("pageseg1.tif", BBox::new(616, 1980, 638, 440)),
        ("rabi.png", BBox::new(310, 56, 1696, 1772)),
        ("8087_054.3B.tif", BBox::new(874, 1034, 804, 1240)),
        ("pageseg3.tif", BBox::new(204, 110, 2234, 424)),
        // regression: the scanner border joined to the photo made the whole page one region
        ("8071_093.3B.tif", BBox::new(0, 380, 890, 1670)),
    ];
    let mut failures = Vec::new();
    for (file, truth) in cases {
        let (iou, got) = best_iou(file, truth);
        println!("{file}: best IoU {iou:.2} over {got:?}");
        if iou < 0.5 {
            failures.push(format!("{file}: best IoU {iou:.2} over {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn text_only_pages_have_no_photo() {
    for file in [
        "pageseg4.tif",
        "feyn.tif",
        "linn.png",
        "zanotti-78.jpg",
        "shearer.148.tif",
    ] {
        let got = photos(file);
        assert!(got.is_empty(), "{file}: {got:?}");
    }
}

/// A real photograph pasted into a letter, as these letters are made: the photo region is found
/// and both faces in it are detected, in page coordinates.
#[test]
fn faces_in_a_pasted_photo_are_found() {
    let p = repo().join("tests/data/realscans/juditharismax.jpg");
    let photo_img = decode::decode(&p, 0, 200_000_000).unwrap().image;
    let pasted =
        image::imageops::resize(&photo_img, 900, 675, image::imageops::FilterType::Triangle);
    let mut page = image::GrayImage::from_pixel(1654, 2339, image::Luma([248]));
    image::imageops::replace(&mut page, &pasted, 300, 900);
    let regions = photo::find(0, &page, 200);
    let truth = BBox::new(300, 900, 900, 675);
    assert!(
        regions.iter().any(|r| r.bbox.iou(truth) >= 0.8),
        "{regions:?}"
    );
    // the picture's hash catalogues it: stable, and different from another picture's
    assert_eq!(regions, photo::find(0, &page, 200));
    let mut other = page.clone();
    other.put_pixel(700, 1200, image::Luma([0]));
    assert_ne!(regions[0].sha256, photo::find(0, &other, 200)[0].sha256);
    let faces = mailscreen::extract::face::find(0, &page, &regions);
    // the two faces, scaled from the original's 1044,242 441x441 and 377,557 431x431
    let want = [
        BBox::new(300 + 587, 900 + 136, 248, 248),
        BBox::new(300 + 212, 900 + 313, 242, 242),
    ];
    for w in want {
        assert!(
            faces.iter().any(|f| f.bbox.iou(w) >= 0.4),
            "face near {w:?} not found in {faces:?}"
        );
    }
    assert_eq!(faces.len(), 2, "{faces:?}");
    // no face is looked for outside photos
    assert!(mailscreen::extract::face::find(0, &page, &[]).is_empty());
}

/// A face in a 1-bit halftone photo: Rabi at his blackboard (tests/data/realscans/README.md).
#[test]
fn face_in_a_halftone_photo_is_found() {
    let p = repo().join("tests/data/realscans/rabi.png");
    let d = decode::decode(&p, 0, 200_000_000).unwrap_or_else(|e| panic!("{e}"));
    let regions = photo::find(0, &d.image, d.dpi.unwrap_or(300));
    let faces = mailscreen::extract::face::find(0, &d.image, &regions);
    let truth = BBox::new(998, 354, 398, 398);
    assert!(faces.iter().any(|f| f.bbox.iou(truth) >= 0.4), "{faces:?}");
}
