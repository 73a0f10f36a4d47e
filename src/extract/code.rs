//! QR codes on a page, decoded with `rqrr`. A QR code is how some letters carry the wallet
//! (scanned by the victim's phone); its payload is kept verbatim in the results and, when it is
//! a wallet or payment URI, also reported as a wallet with `via: "qr"`.

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
        let xs = grid.bounds.iter().map(|p| p.x.max(0) as u32);
        let ys = grid.bounds.iter().map(|p| p.y.max(0) as u32);
        let (x0, x1) = (xs.clone().min().unwrap_or(0), xs.max().unwrap_or(0));
        let (y0, y1) = (ys.clone().min().unwrap_or(0), ys.max().unwrap_or(0));
        out.push(CodeFinding {
            kind: "qr".into(),
            text,
            page,
            bbox: BBox::new(x0, y0, x1 - x0, y1 - y0),
        });
    }
    out.sort_by_key(|c| (c.bbox.y, c.bbox.x));
    out
}
