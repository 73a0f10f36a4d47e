//! Evidence thumbnails for the case queue and reports: each page of a flagged item, scaled down,
//! with the findings' boxes drawn (wallets red, e-mails blue, threat phrases orange, codes green)
//! and every photo region blurred beyond recognition. The blur is applied here, before anything
//! is stored, so no report or screen can show an embedded photo unblurred by accident; seeing one
//! takes the original scan, whose hash the case keeps.

use std::io::Cursor;

use image::{GrayImage, Rgb, RgbImage};

use crate::ocr::decode;
use crate::page::BBox;
use crate::results::ItemResult;

/// Thumbnail width in pixels.
pub const THUMB_WIDTH: u32 = 640;

const RED: Rgb<u8> = Rgb([220, 20, 20]);
const BLUE: Rgb<u8> = Rgb([20, 80, 220]);
const ORANGE: Rgb<u8> = Rgb([240, 140, 0]);
const GREEN: Rgb<u8> = Rgb([0, 150, 60]);
const PURPLE: Rgb<u8> = Rgb([150, 40, 180]);

/// JPEG thumbnails of every page of `r` (None for a page that cannot be decoded).
pub fn thumbnails(r: &ItemResult, max_pixels: u64) -> Vec<Option<Vec<u8>>> {
    r.evidence
        .sources
        .iter()
        .enumerate()
        .map(|(i, (path, frame))| {
            let d = decode::decode(path, *frame, max_pixels).ok()?;
            Some(render(r, i, &d.image))
        })
        .collect()
}

fn render(r: &ItemResult, page: usize, img: &GrayImage) -> Vec<u8> {
    let scale = f64::from(THUMB_WIDTH) / f64::from(img.width().max(1));
    let h = ((f64::from(img.height()) * scale).round() as u32).max(1);
    let small = image::imageops::resize(img, THUMB_WIDTH, h, image::imageops::FilterType::Triangle);
    let mut rgb: RgbImage = image::DynamicImage::ImageLuma8(small).into_rgb8();
    let sc = |b: BBox| {
        BBox::new(
            (f64::from(b.x) * scale) as u32,
            (f64::from(b.y) * scale) as u32,
            ((f64::from(b.w) * scale).ceil() as u32).max(1),
            ((f64::from(b.h) * scale).ceil() as u32).max(1),
        )
    };
    for p in r.findings.photos.iter().filter(|p| p.page == page) {
        let b = sc(p.bbox);
        blur_region(&mut rgb, b);
        rect(&mut rgb, b, PURPLE, 2);
    }
    let boxes = r
        .findings
        .wallets
        .iter()
        .filter(|w| w.page == page)
        .map(|w| (w.bbox, RED))
        .chain(
            r.findings
                .emails
                .iter()
                .filter(|e| e.page == page)
                .map(|e| (e.bbox, BLUE)),
        )
        .chain(
            r.findings
                .threats
                .iter()
                .filter(|t| t.page == page)
                .map(|t| (t.bbox, ORANGE)),
        )
        .chain(
            r.findings
                .codes
                .iter()
                .filter(|c| c.page == page)
                .map(|c| (c.bbox, GREEN)),
        );
    for (b, colour) in boxes {
        let b = sc(b);
        rect(
            &mut rgb,
            BBox::new(
                b.x.saturating_sub(2),
                b.y.saturating_sub(2),
                b.w + 4,
                b.h + 4,
            ),
            colour,
            2,
        );
    }
    let mut out = Vec::new();
    // JPEG: scans carry sensor noise that PNG cannot compress (a page thumbnail is ~400 KB as PNG,
    // ~50 KB as JPEG), and the HTML report embeds every one
    let enc = image::codecs::jpeg::JpegEncoder::new_with_quality(Cursor::new(&mut out), 75);
    // encoding an in-memory RGB image cannot fail short of allocation failure
    let _ = rgb.write_with_encoder(enc);
    out
}

/// Pixelates, then blurs, the region: nothing of a face survives at thumbnail size.
fn blur_region(img: &mut RgbImage, b: BBox) {
    let x1 = (b.x + b.w).min(img.width());
    let y1 = (b.y + b.h).min(img.height());
    if x1 <= b.x || y1 <= b.y {
        return;
    }
    let crop = image::imageops::crop_imm(img, b.x, b.y, x1 - b.x, y1 - b.y).to_image();
    let tiny = image::imageops::resize(
        &crop,
        ((x1 - b.x) / 24).max(1),
        ((y1 - b.y) / 24).max(1),
        image::imageops::FilterType::Triangle,
    );
    let back = image::imageops::resize(
        &tiny,
        x1 - b.x,
        y1 - b.y,
        image::imageops::FilterType::Nearest,
    );
    let blurred = image::imageops::blur(&back, 6.0);
    image::imageops::replace(img, &blurred, i64::from(b.x), i64::from(b.y));
}

fn rect(img: &mut RgbImage, b: BBox, c: Rgb<u8>, t: u32) {
    let (w, h) = img.dimensions();
    let x1 = (b.x + b.w).min(w.saturating_sub(1));
    let y1 = (b.y + b.h).min(h.saturating_sub(1));
    for k in 0..t {
        for x in b.x.min(x1)..=x1 {
            for y in [b.y.saturating_add(k).min(y1), y1.saturating_sub(k)] {
                img.put_pixel(x, y, c);
            }
        }
        for y in b.y.min(y1)..=y1 {
            for x in [b.x.saturating_add(k).min(x1), x1.saturating_sub(k)] {
                img.put_pixel(x, y, c);
            }
        }
    }
}

/// Why a photo could not be revealed.
#[derive(Debug, thiserror::Error)]
pub enum RevealError {
    #[error(transparent)]
    Page(#[from] crate::error::PageError),
    #[error("{path}: the scan has changed since the case was made (sha256 {found}, case records {expected}); not revealed")]
    Changed {
        path: std::path::PathBuf,
        found: String,
        expected: String,
    },
}

/// The unblurred crop of a photo region as PNG, read from the original scan, which must still
/// be the file the case recorded (same sha256): the chain of custody holds or nothing is shown.
pub fn reveal(
    path: &std::path::Path,
    frame: u32,
    expected_sha256: &str,
    b: BBox,
    max_pixels: u64,
) -> Result<Vec<u8>, RevealError> {
    let d = decode::decode(path, frame, max_pixels)?;
    if d.sha256 != expected_sha256 {
        return Err(RevealError::Changed {
            path: path.to_path_buf(),
            found: d.sha256,
            expected: expected_sha256.to_string(),
        });
    }
    let x1 = (b.x + b.w).min(d.image.width());
    let y1 = (b.y + b.h).min(d.image.height());
    let crop = image::imageops::crop_imm(
        &d.image,
        b.x.min(x1),
        b.y.min(y1),
        x1 - b.x.min(x1),
        y1 - b.y.min(y1),
    )
    .to_image();
    let mut out = Vec::new();
    let _ = crop.write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn photo_region_is_blurred_beyond_recognition() {
        // a sharp checkerboard "photo": after blurring, its contrast is gone
        let mut img = RgbImage::from_pixel(400, 400, Rgb([255, 255, 255]));
        for y in 100..300 {
            for x in 100..300 {
                let v = if (x / 4 + y / 4) % 2 == 0 { 0 } else { 255 };
                img.put_pixel(x, y, Rgb([v, v, v]));
            }
        }
        blur_region(&mut img, BBox::new(100, 100, 200, 200));
        let vals: Vec<u8> = (120..280)
            .flat_map(|y| (120..280).map(move |x| (x, y)))
            .map(|(x, y)| img.get_pixel(x, y)[0])
            .collect();
        let (min, max) = (vals.iter().min().unwrap(), vals.iter().max().unwrap());
        assert!(
            max - min < 40,
            "contrast left in the blurred region: {min}..{max}"
        );
    }
}
