//! QR codes on a page, decoded with `rqrr`. A QR code is how some letters carry the wallet
//! (scanned by the victim's phone); its payload is kept verbatim in the results and, when it is
//! a wallet or payment URI, also reported as a wallet with `via: "qr"`.
//!
//! Detection runs on every other pixel first (a quarter of the work: on a 200 dpi page it was
//! 13 % of OCR time at full resolution), which still resolves a printed code's modules; only
//! when a code is seen there but does not decode is the page searched again at full resolution.

use image::GrayImage;
use serde::Serialize;

use crate::page::BBox;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CodeFinding {
    /// `qr` for now; barcodes will add `ean13`, `code128`, ...
    pub kind: String,
    pub text: String,
    pub page: usize,
    pub bbox: BBox,
}

/// Decodes every QR code on the page.
pub fn find(page: usize, img: &GrayImage) -> Vec<CodeFinding> {
    let step = if img.width().min(img.height()) >= 1000 {
        2
    } else {
        1
    };
    let (mut out, undecoded) = detect(page, img, step);
    if undecoded && step > 1 {
        out = detect(page, img, 1).0;
    }
    out.sort_by_key(|c| (c.bbox.y, c.bbox.x));
    out
}

/// Codes found sampling every `step`-th pixel, and whether a grid was seen that did not decode.
fn detect(page: usize, img: &GrayImage, step: u32) -> (Vec<CodeFinding>, bool) {
    let (w, h) = img.dimensions();
    let (sw, sh) = ((w / step) as usize, (h / step) as usize);
    let raw = img.as_raw();
    let s = step as usize;
    let mut prepared =
        rqrr::PreparedImage::prepare_from_greyscale(sw, sh, |x, y| raw[y * s * w as usize + x * s]);
    let mut out = Vec::new();
    let mut undecoded = false;
    for grid in prepared.detect_grids() {
        let Ok((_meta, text)) = grid.decode() else {
            undecoded = true;
            continue;
        };
        let xs = grid.bounds.iter().map(|p| p.x.max(0) as u32 * step);
        let ys = grid.bounds.iter().map(|p| p.y.max(0) as u32 * step);
        let (x0, x1) = (xs.clone().min().unwrap_or(0), xs.max().unwrap_or(0));
        let (y0, y1) = (ys.clone().min().unwrap_or(0), ys.max().unwrap_or(0));
        out.push(CodeFinding {
            kind: "qr".into(),
            text,
            page,
            bbox: BBox::new(x0, y0, x1 - x0, y1 - y0),
        });
    }
    (out, undecoded)
}
