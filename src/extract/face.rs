//! Faces inside printed photos, with the SeetaFace frontal detector of the `rustface` crate.
//! The model (models/, 1.2 MB, BSD-2-Clause) is compiled into the binary, so nothing is loaded
//! at run time. A photo with a face next to a payment demand is the core of these letters.
//!
//! Only photo regions are searched (faces in text would be false alarms, and the detector is the
//! costliest step per pixel), each scaled so its longer side is at most 800 pixels. Like the
//! Tesseract engines, a detector is built once per worker thread. Known limit: tiny faces in
//! 1-bit halftone prints are not found.

use std::cell::RefCell;

use image::GrayImage;
use rustface::{Detector, ImageData};
use serde::Serialize;

use super::PhotoFinding;
use crate::page::BBox;

static MODEL: &[u8] = include_bytes!("../../models/seeta_fd_frontal_v1.0.bin");
const MAX_SIDE: u32 = 800;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FaceFinding {
    pub page: usize,
    pub bbox: BBox,
    /// The detector's score (2.0 is its threshold; clear faces score 10 and more).
    pub score: f64,
}

thread_local! {
    static DETECTOR: RefCell<Option<Box<dyn Detector>>> = const { RefCell::new(None) };
}

fn with_detector<T>(f: impl FnOnce(&mut dyn Detector) -> T) -> Option<T> {
    DETECTOR.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            let model = rustface::read_model(MODEL).ok()?;
            let mut d = rustface::create_detector_with_model(model);
            d.set_min_face_size(20);
            d.set_score_thresh(2.0);
            d.set_pyramid_scale_factor(0.8);
            d.set_slide_window_step(4, 4);
            *slot = Some(d);
        }
        slot.as_mut().map(|d| f(d.as_mut()))
    })
}

/// Faces in the photo regions of one page, in page pixels.
pub fn find(page: usize, img: &GrayImage, photos: &[PhotoFinding]) -> Vec<FaceFinding> {
    let mut out = Vec::new();
    for p in photos.iter().filter(|p| p.page == page) {
        let b = p.bbox;
        let (x1, y1) = ((b.x + b.w).min(img.width()), (b.y + b.h).min(img.height()));
        if x1 <= b.x || y1 <= b.y {
            continue;
        }
        let crop = image::imageops::crop_imm(img, b.x, b.y, x1 - b.x, y1 - b.y).to_image();
        let scale = (f64::from(MAX_SIDE) / f64::from(crop.width().max(crop.height()))).min(1.0);
        let small = if scale < 1.0 {
            let w = ((f64::from(crop.width()) * scale) as u32).max(1);
            let h = ((f64::from(crop.height()) * scale) as u32).max(1);
            image::imageops::resize(&crop, w, h, image::imageops::FilterType::Triangle)
        } else {
            crop
        };
        let faces = with_detector(|d| {
            d.detect(&ImageData::new(
                small.as_raw(),
                small.width(),
                small.height(),
            ))
        })
        .unwrap_or_default();
        for f in faces {
            let r = f.bbox();
            let un = |v: f64| (v / scale).round().max(0.0) as u32;
            out.push(FaceFinding {
                page,
                bbox: BBox::new(
                    b.x + un(f64::from(r.x())),
                    b.y + un(f64::from(r.y())),
                    un(f64::from(r.width())),
                    un(f64::from(r.height())),
                ),
                score: (f.score() * 10.0).round() / 10.0,
            });
        }
    }
    out
}
