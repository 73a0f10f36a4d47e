//! QR codes and barcodes on a page. A QR code is how some letters carry the wallet (scanned by
//! the victim's phone); its payload is kept verbatim in the results and, when it is a wallet or
//! payment URI, also reported as a wallet with `via: "qr"`. 1-D barcodes — courier labels
//! (Code 128, Code 39, Code 93, ITF, Codabar) and product codes (EAN, UPC) — are decoded with
//! `rxing` (a port of ZXing); a UPU S10 tracking number among them is reported as such.
//!
//! QR codes are located by rxing's finder-pattern scan at full resolution and read again by
//! `rqrr` on the code's area for its exact corners. (rqrr over the whole page on every other
//! pixel cost as much and missed 2 cm codes with 5-pixel modules.) 1-D codes come from rxing's
//! multi-format reader ("try harder": every row, both directions, so an upside-down EAN-13
//! reads) on the page with every eight rows averaged into one — bars keep their full horizontal
//! resolution and the work drops eightfold — and every code seen there must decode again, to
//! the same text, from the full-resolution rows around it (averaged text rows once passed for a
//! UPC-E). DataMatrix and PDF417 are not searched: on A4 letters their detectors doubled the
//! time of all code detection (from 8 % to 20 % of OCR time), for codes these letters do not
//! carry.

use image::GrayImage;
use serde::Serialize;

use crate::page::BBox;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CodeFinding {
    /// `qr`, `code128`, `code39`, `code93`, `itf`, `codabar`, `ean13`, `ean8`, `upca`, `upce`
    pub kind: String,
    pub text: String,
    pub page: usize,
    pub bbox: BBox,
}

/// Decodes every QR code and barcode on the page.
pub fn find(page: usize, img: &GrayImage) -> Vec<CodeFinding> {
    let mut out = qr(page, img);
    out.extend(barcodes(page, img));
    out.sort_by(|a, b| (a.bbox.y, a.bbox.x, &a.kind).cmp(&(b.bbox.y, b.bbox.x, &b.kind)));
    out
}

/// QR codes: located by rxing's finder-pattern scan at full resolution (it sees 2 cm codes with
/// 5-pixel modules, which rqrr on every other pixel missed, at about the cost of that rqrr
/// pass), then read by rqrr on the code's own area for its exact corners; if rqrr cannot read
/// it there, rxing's reading stands.
fn qr(page: usize, img: &GrayImage) -> Vec<CodeFinding> {
    use rxing::{BarcodeFormat, DecodeHintValue, DecodeHints};
    let mut hints = DecodeHints::default()
        .with(DecodeHintValue::PossibleFormats(
            [BarcodeFormat::QR_CODE].into_iter().collect(),
        ))
        .with(DecodeHintValue::TryHarder(false));
    let (w, h) = img.dimensions();
    let Ok(found) =
        rxing::helpers::detect_multiple_in_luma_with_hints(img.as_raw().clone(), w, h, &mut hints)
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for r in found {
        let pts: Vec<(f32, f32)> = r.getPoints().iter().map(|p| (p.x, p.y)).collect();
        let c = span(&pts, 1);
        // finder-pattern centres: widen by a margin to hold the whole code and its quiet zone
        let m = c.w.max(c.h) / 3 + 8;
        let (x0, y0) = (c.x.saturating_sub(m), c.y.saturating_sub(m));
        let bx = BBox::new(
            x0,
            y0,
            (c.x + c.w + m).min(w) - x0,
            (c.y + c.h + m).min(h) - y0,
        );
        let crop = image::imageops::crop_imm(img, bx.x, bx.y, bx.w, bx.h).to_image();
        let read = read_qr(page, &crop)
            .into_iter()
            .find(|c| c.text == r.getText());
        let c = match read {
            Some(mut c) => {
                c.bbox = BBox::new(bx.x + c.bbox.x, bx.y + c.bbox.y, c.bbox.w, c.bbox.h);
                c
            }
            None => CodeFinding {
                kind: "qr".into(),
                text: r.getText().to_string(),
                page,
                bbox: bx,
            },
        };
        if !out
            .iter()
            .any(|o: &CodeFinding| o.text == c.text && o.bbox == c.bbox)
        {
            out.push(c);
        }
    }
    out
}

/// Whether the code decodes again, to the same text, from the page at full resolution around
/// where it was seen: averaged rows of text can pass for the bars of a short code (a UPC-E was
/// read on a page of pure text), real bars read the same either way.
fn confirmed(img: &GrayImage, format: rxing::BarcodeFormat, c: &CodeFinding) -> bool {
    use rxing::{DecodeHintValue, DecodeHints};
    let (w, h) = img.dimensions();
    // the strip of rows around the scan line, full width: a reader's end points need not
    // be the ends of the code (Code 39's are not)
    let margin = 24 * SQUASH;
    let (x0, x1) = (0, w);
    let y0 = c.bbox.y.saturating_sub(margin);
    let y1 = (c.bbox.y + c.bbox.h + margin).min(h);
    if x1 <= x0 || y1 <= y0 {
        return false;
    }
    let crop = image::imageops::crop_imm(img, x0, y0, x1 - x0, y1 - y0).to_image();
    let mut hints = DecodeHints::default()
        .with(DecodeHintValue::PossibleFormats(
            [format].into_iter().collect(),
        ))
        .with(DecodeHintValue::TryHarder(true));
    rxing::helpers::detect_in_luma_with_hints(
        crop.into_raw(),
        x1 - x0,
        y1 - y0,
        Some(format),
        &mut hints,
    )
    .is_ok_and(|r| r.getText() == c.text)
}

/// Rows averaged into one before barcode detection.
const SQUASH: u32 = 8;

/// 1-D barcodes by rxing, on the page squashed vertically.
fn barcodes(page: usize, img: &GrayImage) -> Vec<CodeFinding> {
    use rxing::{BarcodeFormat as F, DecodeHintValue, DecodeHints};
    let kinds = [
        (F::CODE_128, "code128"),
        (F::CODE_39, "code39"),
        (F::CODE_93, "code93"),
        (F::ITF, "itf"),
        (F::CODABAR, "codabar"),
        (F::EAN_13, "ean13"),
        (F::EAN_8, "ean8"),
        (F::UPC_A, "upca"),
        (F::UPC_E, "upce"),
    ];
    let mut hints = DecodeHints::default()
        .with(DecodeHintValue::PossibleFormats(
            kinds.iter().map(|(f, _)| *f).collect(),
        ))
        .with(DecodeHintValue::TryHarder(true));
    // bars need the full horizontal resolution, not the vertical one: averaging every
    // SQUASH rows cuts the binarizer's and the row scans' work by that factor
    let (w, h) = img.dimensions();
    let sh = h / SQUASH;
    if w == 0 || sh == 0 {
        return Vec::new();
    }
    let raw = img.as_raw();
    let mut luma = vec![0u8; (w * sh) as usize];
    for y in 0..sh as usize {
        for x in 0..w as usize {
            let sum: u32 = (0..SQUASH as usize)
                .map(|k| u32::from(raw[(y * SQUASH as usize + k) * w as usize + x]))
                .sum();
            luma[y * w as usize + x] = (sum / SQUASH) as u8;
        }
    }
    let Ok(found) = rxing::helpers::detect_multiple_in_luma_with_hints(luma, w, sh, &mut hints)
    else {
        return Vec::new();
    };
    let mut out: Vec<CodeFinding> = Vec::new();
    for r in found {
        let Some((_, kind)) = kinds.iter().find(|(f, _)| f == r.getBarcodeFormat()) else {
            continue;
        };
        let pts: Vec<(f32, f32)> = r.getPoints().iter().map(|p| (p.x, p.y)).collect();
        let line = span(&pts, SQUASH);
        let c = CodeFinding {
            kind: kind.to_string(),
            text: r.getText().to_string(),
            page,
            // a 1-D code's points lie on one scan line: its box is that line, SQUASH rows high
            bbox: BBox::new(line.x, line.y, line.w.max(1), line.h.max(SQUASH)),
        };
        if !out.iter().any(|o| o.kind == c.kind && o.text == c.text)
            && confirmed(img, *r.getBarcodeFormat(), &c)
        {
            out.push(c);
        }
    }
    out
}

/// The QR codes rqrr reads on `img` (a code's own area), with their corners' box.
fn read_qr(page: usize, img: &GrayImage) -> Vec<CodeFinding> {
    let (w, h) = img.dimensions();
    let raw = img.as_raw();
    let mut prepared =
        rqrr::PreparedImage::prepare_from_greyscale(w as usize, h as usize, |x, y| {
            raw[y * w as usize + x]
        });
    let mut out = Vec::new();
    for grid in prepared.detect_grids() {
        let Ok((_meta, text)) = grid.decode() else {
            continue;
        };
        let corners = grid.bounds.map(|p| (p.x.max(0) as f32, p.y.max(0) as f32));
        out.push(CodeFinding {
            kind: "qr".into(),
            text,
            page,
            bbox: span(&corners, 1),
        });
    }
    out
}

/// The box spanned by `points`, their y scaled by `y_scale`.
fn span(points: &[(f32, f32)], y_scale: u32) -> BBox {
    let xs = points.iter().map(|p| p.0.max(0.0) as u32);
    let ys = points.iter().map(|p| p.1.max(0.0) as u32 * y_scale);
    let (x0, x1) = (xs.clone().min().unwrap_or(0), xs.max().unwrap_or(0));
    let (y0, y1) = (ys.clone().min().unwrap_or(0), ys.max().unwrap_or(0));
    BBox::new(x0, y0, x1 - x0, y1 - y0)
}
