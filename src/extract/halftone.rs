//! Halftone photos on 1-bit scans, by leptonica's halftone mask (`pixGenerateHalftoneMask`,
//! reached through the leptonica that Tesseract already links; no second image library).
//!
//! On a bilevel page a printed photo is a pattern of dots with paper between them, which the
//! tone-texture detector in `photo` reads as text. Leptonica's mask finds halftone texture by
//! morphology at reduced scale. Two things are done first, both learnt from real pages: solid
//! black runs touching the page edge (scanner borders) are whitened, because a border joined to
//! a photo made the whole page one region; and a grey page is thresholded relative to its paper
//! tone, since a photo printed as a screen of dots and scanned in grey keeps its dots.

use image::GrayImage;
use leptess::capi as lept;

use crate::page::BBox;

/// Whether the page holds only black and white (a 1-bit scan, decoded to 0 and 255).
pub fn is_bilevel(img: &GrayImage) -> bool {
    let raw = img.as_raw();
    let step = (raw.len() / 100_000).max(1);
    let (mut mid, mut n) = (0usize, 0usize);
    for v in raw.iter().step_by(step) {
        mid += usize::from(*v > 16 && *v < 240);
        n += 1;
    }
    n > 0 && mid * 1000 <= n
}

/// Black (1) pixels of the page (darker than `level`), with edge-connected black runs whitened.
fn bits(img: &GrayImage, level: u8) -> Vec<bool> {
    let (w, h) = (img.width() as usize, img.height() as usize);
    let mut b: Vec<bool> = img.as_raw().iter().map(|v| *v < level).collect();
    for row in b.chunks_mut(w) {
        for px in row.iter_mut().take_while(|p| **p) {
            *px = false;
        }
        for px in row.iter_mut().rev().take_while(|p| **p) {
            *px = false;
        }
    }
    for x in 0..w {
        for y in 0..h {
            if !b[y * w + x] {
                break;
            }
            b[y * w + x] = false;
        }
        for y in (0..h).rev() {
            if !b[y * w + x] {
                break;
            }
            b[y * w + x] = false;
        }
    }
    b
}

/// Boxes of the halftone regions of a page thresholded at `level`, at least `min_side` pixels
/// on each side.
pub fn regions(img: &GrayImage, level: u8, min_side: u32) -> Vec<BBox> {
    let (w, h) = img.dimensions();
    if w < 64 || h < 64 || w > i32::MAX as u32 || h > i32::MAX as u32 {
        return Vec::new();
    }
    let b = bits(img, level);
    let mut out = Vec::new();
    // SAFETY: every pointer comes from leptonica and is checked for null before use; the pixel
    // buffer is written within `wpl * h` words, as pixCreate allocated; each object leptonica
    // returns is destroyed exactly once, on every path.
    unsafe {
        let pix = lept::pixCreate(w as i32, h as i32, 1);
        if pix.is_null() {
            return out;
        }
        let wpl = lept::pixGetWpl(pix) as usize;
        let data = lept::pixGetData(pix);
        if !data.is_null() {
            let words = std::slice::from_raw_parts_mut(data, wpl * h as usize);
            for y in 0..h as usize {
                for x in 0..w as usize {
                    if b[y * w as usize + x] {
                        words[y * wpl + x / 32] |= 1 << (31 - (x % 32));
                    }
                }
            }
            let mut found: i32 = 0;
            let mut mask = lept::pixGenerateHalftoneMask(
                pix,
                std::ptr::null_mut(),
                &mut found,
                std::ptr::null_mut(),
            );
            if !mask.is_null() {
                if found != 0 {
                    let mut boxa = lept::pixConnComp(mask, std::ptr::null_mut(), 8);
                    if !boxa.is_null() {
                        for i in 0..lept::boxaGetCount(boxa) {
                            let (mut x, mut y, mut bw, mut bh) = (0, 0, 0, 0);
                            if lept::boxaGetBoxGeometry(boxa, i, &mut x, &mut y, &mut bw, &mut bh)
                                == 0
                                && bw as u32 >= min_side
                                && bh as u32 >= min_side
                            {
                                out.push(BBox::new(x as u32, y as u32, bw as u32, bh as u32));
                            }
                        }
                        lept::boxaDestroy(&mut boxa);
                    }
                }
                lept::pixDestroy(&mut mask);
            }
        }
        let mut pix = pix;
        lept::pixDestroy(&mut pix);
    }
    out
}
