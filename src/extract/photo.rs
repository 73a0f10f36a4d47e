//! Printed photographs on a page: the victim's face pasted onto pictures is the core of these
//! letters, and police want every one catalogued.
//!
//! This is a tone-texture detector on a grid of ~1.5 mm cells. Text on paper is mostly white
//! background with dark strokes; a photograph (continuous tone or halftone-dithered) has little
//! white and many grey or mixed pixels; a scanner border or black rule is nearly solid black. Photo
//! cells are grouped (with a one-cell closing to bridge light patches of the picture) into
//! connected regions, and regions smaller than a postage stamp are dropped. It works on grey,
//! colour (after luminance) and 1-bit scans alike because it reads only how much of a cell is
//! paper-white and how much is solid black.

use image::GrayImage;
use serde::Serialize;

use crate::page::BBox;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PhotoFinding {
    pub page: usize,
    pub bbox: BBox,
    /// The region's share of the page area, 0-1.
    pub area_share: f64,
    /// sha256 of the region's 8-bit grey pixels (row by row, as decoded): catalogues the picture
    /// across letters and cases without keeping or showing it.
    pub sha256: String,
}

const BLACK: u8 = 50;

/// Finds photo regions on a page scanned at `dpi`: by tone texture; by leptonica's halftone
/// mask (`halftone`) for photos printed as dots, which have paper between the dots; and on
/// 1-bit pages by dither texture, for pictures a scanner dithered.
pub fn find(page: usize, img: &GrayImage, dpi: u32) -> Vec<PhotoFinding> {
    let paper = paper_level(img);
    let mut out = find_grey(page, img, dpi, paper);
    let bilevel = super::halftone::is_bilevel(img);
    let mut more = if bilevel {
        find_dither(page, img, dpi)
    } else {
        Vec::new()
    };
    let level = if bilevel {
        128
    } else {
        paper.saturating_sub(70).max(60)
    };
    let page_area = f64::from(img.width()) * f64::from(img.height());
    let min_area = (f64::from(dpi) * f64::from(dpi) * 1.5) as u64;
    more.extend(
        super::halftone::regions(img, level, dpi * 4 / 5)
            .into_iter()
            .filter(|b| b.area() >= min_area)
            .map(|b| finding(page, img, b, page_area)),
    );
    // a picture found two ways is reported once, as first found
    for f in more {
        if !out.iter().any(|p| p.bbox.iou(f.bbox) > 0.3) {
            out.push(f);
        }
    }
    out.sort_by_key(|p| (p.bbox.y, p.bbox.x));
    out
}

/// The paper's tone: the 90th percentile of luminance, so tinted or yellowed paper and grey
/// scanner backgrounds are read as paper, not as a photo covering the page.
fn paper_level(img: &GrayImage) -> u8 {
    let raw = img.as_raw();
    let step = (raw.len() / 50_000).max(1);
    let mut hist = [0usize; 256];
    let mut n = 0;
    for v in raw.iter().step_by(step) {
        hist[usize::from(*v)] += 1;
        n += 1;
    }
    let mut acc = 0;
    for (v, c) in hist.iter().enumerate() {
        acc += c;
        if acc * 10 >= n * 9 {
            return v as u8;
        }
    }
    255
}

fn find_grey(page: usize, img: &GrayImage, dpi: u32, paper: u8) -> Vec<PhotoFinding> {
    // "white" is anything within 45 levels of the paper (and never darker than mid-grey)
    let white_level = paper.saturating_sub(45).max(128);
    let raw = img.as_raw();
    let w = img.width();
    grid_regions(page, img, dpi, |x0, y0, x1, y1| {
        let (mut white, mut black, mut n) = (0u32, 0u32, 0u32);
        for y in y0..y1 {
            let row = &raw[(y * w) as usize..(y * w + w) as usize];
            for &v in &row[x0 as usize..x1 as usize] {
                white += u32::from(v >= white_level);
                black += u32::from(v <= BLACK);
            }
            n += x1 - x0;
        }
        let (white, black) = (white as f64 / n as f64, black as f64 / n as f64);
        white < 0.45 && black < 0.85
    })
}

/// Regions of a page whose grid cells (~1.5 mm) pass `is_photo(x0, y0, x1, y1)`: closed by one
/// cell, at least postage-stamp size and at least half filled.
fn grid_regions(
    page: usize,
    img: &GrayImage,
    dpi: u32,
    is_photo: impl Fn(u32, u32, u32, u32) -> bool,
) -> Vec<PhotoFinding> {
    let cell = (dpi / 16).max(6);
    let (w, h) = img.dimensions();
    let (gw, gh) = (w.div_ceil(cell) as usize, h.div_ceil(cell) as usize);
    let mut grid = vec![false; gw * gh];
    for gy in 0..gh {
        for gx in 0..gw {
            let (x0, y0) = (gx as u32 * cell, gy as u32 * cell);
            grid[gy * gw + gx] = is_photo(x0, y0, (x0 + cell).min(w), (y0 + cell).min(h));
        }
    }
    let grid = close(&grid, gw, gh);
    let min_side = (dpi as f64 * 0.8 / cell as f64).ceil() as usize;
    let min_cells = ((dpi as f64 * dpi as f64 * 1.5) / (cell as f64 * cell as f64)).ceil() as usize;
    let page_area = f64::from(w) * f64::from(h);
    let mut out = Vec::new();
    for (gx0, gy0, gx1, gy1, count) in components(&grid, gw, gh) {
        let (cw, ch) = (gx1 - gx0 + 1, gy1 - gy0 + 1);
        let fill = count as f64 / (cw * ch) as f64;
        if cw < min_side || ch < min_side || count < min_cells || fill < 0.5 {
            continue;
        }
        let x = gx0 as u32 * cell;
        let y = gy0 as u32 * cell;
        let bw = ((gx1 as u32 + 1) * cell).min(w) - x;
        let bh = ((gy1 as u32 + 1) * cell).min(h) - y;
        out.push(finding(page, img, BBox::new(x, y, bw, bh), page_area));
    }
    out
}

fn finding(page: usize, img: &GrayImage, bbox: BBox, page_area: f64) -> PhotoFinding {
    PhotoFinding {
        page,
        bbox,
        area_share: (bbox.area() as f64 / page_area * 1000.0).round() / 1000.0,
        sha256: crop_hash(img, bbox),
    }
}

/// On a 1-bit page, cells of error-diffusion dither (how document-mode scanners render a
/// picture): black and white both present, and colour changes dense in both directions — dots
/// a pixel or two wide — where text has strokes and long white gaps.
fn find_dither(page: usize, img: &GrayImage, dpi: u32) -> Vec<PhotoFinding> {
    let raw = img.as_raw();
    let w = img.width() as usize;
    let dark = |x: u32, y: u32| raw[y as usize * w + x as usize] < 128;
    grid_regions(page, img, dpi, |x0, y0, x1, y1| {
        let (mut black, mut changes, mut n) = (0u32, 0u32, 0u32);
        for y in y0..y1 {
            for x in x0..x1 {
                let d = dark(x, y);
                black += u32::from(d);
                if x + 1 < x1 {
                    changes += u32::from(d != dark(x + 1, y));
                }
                if y + 1 < y1 {
                    changes += u32::from(d != dark(x, y + 1));
                }
                n += 1;
            }
        }
        let f = black as f64 / n as f64;
        (0.03..=0.97).contains(&f) && changes as f64 / (2 * n) as f64 >= DITHER_CHANGES
    })
}

/// Share of neighbour pairs that differ, above which a 1-bit cell is dither rather than text.
const DITHER_CHANGES: f64 = 0.25;

fn crop_hash(img: &GrayImage, b: BBox) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    let w = img.width() as usize;
    for y in b.y..b.y + b.h {
        let start = y as usize * w + b.x as usize;
        h.update(&img.as_raw()[start..start + b.w as usize]);
    }
    hex::encode(h.finalize())
}

/// Morphological closing by one cell (dilate, then erode), 8-connected.
fn close(g: &[bool], w: usize, h: usize) -> Vec<bool> {
    let pass = |src: &[bool], want: bool| -> Vec<bool> {
        let mut out = src.to_vec();
        for y in 0..h {
            for x in 0..w {
                let mut hit = false;
                for dy in -1i64..=1 {
                    for dx in -1i64..=1 {
                        let (nx, ny) = (x as i64 + dx, y as i64 + dy);
                        let v = if nx < 0 || ny < 0 || nx >= w as i64 || ny >= h as i64 {
                            !want
                        } else {
                            src[ny as usize * w + nx as usize]
                        };
                        hit |= v == want;
                    }
                }
                out[y * w + x] = if want { hit } else { !hit };
            }
        }
        out
    };
    pass(&pass(g, true), false)
}

/// 4-connected components: (min x, min y, max x, max y, cell count), in raster order.
fn components(g: &[bool], w: usize, h: usize) -> Vec<(usize, usize, usize, usize, usize)> {
    let mut seen = vec![false; g.len()];
    let mut out = Vec::new();
    for start in 0..g.len() {
        if !g[start] || seen[start] {
            continue;
        }
        let mut stack = vec![start];
        seen[start] = true;
        let (mut x0, mut y0, mut x1, mut y1, mut n) = (usize::MAX, usize::MAX, 0, 0, 0);
        while let Some(i) = stack.pop() {
            let (x, y) = (i % w, i / w);
            (x0, y0, x1, y1, n) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y), n + 1);
            let mut push = |j: usize| {
                if g[j] && !seen[j] {
                    seen[j] = true;
                    stack.push(j);
                }
            };
            if x > 0 {
                push(i - 1);
            }
            if x + 1 < w {
                push(i + 1);
            }
            if y > 0 {
                push(i - w);
            }
            if y + 1 < h {
                push(i + w);
            }
        }
        out.push((x0, y0, x1, y1, n));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grey_block_is_a_photo_and_black_border_and_text_are_not() {
        let mut img = GrayImage::from_pixel(2480, 3508, image::Luma([250]));
        // a continuous-tone picture, 2x2 inches at 300 dpi
        for y in 1000..1600 {
            for x in 500..1100 {
                img.put_pixel(x, y, image::Luma([((x + y) % 160 + 40) as u8]));
            }
        }
        // solid black scanner border
        for y in 0..3508 {
            for x in 0..60 {
                img.put_pixel(x, y, image::Luma([5]));
            }
        }
        // "text": thin dark strokes on white lines
        for line in 0..20 {
            for y in (2000 + line * 50)..(2000 + line * 50 + 30) {
                for x in (300..2000).step_by(12) {
                    for dx in 0..3 {
                        img.put_pixel(x + dx, y as u32, image::Luma([20]));
                    }
                }
            }
        }
        let p = find(0, &img, 300);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(
            p[0].bbox.iou(BBox::new(500, 1000, 600, 600)) > 0.8,
            "{:?}",
            p[0].bbox
        );
    }
}
