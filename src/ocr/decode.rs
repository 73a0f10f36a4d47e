//! Decoding a page file into an 8-bit grey image, in pure Rust (`image`, `tiff`), not in
//! Leptonica: scans are untrusted input, and a corrupt file must become a clear error naming it,
//! not a crash in C. Grey is all the later stages need (Tesseract binarises anyway; photo and QR
//! detection work on luminance), and it keeps one A4 page at 300 dpi under 9 MB.

use std::io::Cursor;
use std::path::Path;

use image::GrayImage;
use sha2::{Digest, Sha256};
use tiff::decoder::{Decoder, DecodingResult, Limits};
use tiff::ColorType;

use crate::error::PageError;

/// A decoded page image and what is known of its source file.
pub struct Decoded {
    pub image: GrayImage,
    /// Resolution from the file's metadata, if it states a credible one.
    pub dpi: Option<u32>,
    /// sha256 of the whole file (shared by the pages of one multi-page TIFF).
    pub sha256: String,
}

/// Reads and decodes page `frame` of `path`.
pub fn decode(path: &Path, frame: u32, max_pixels: u64) -> Result<Decoded, PageError> {
    let bytes = std::fs::read(path).map_err(|source| PageError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let sha256 = hex::encode(Sha256::digest(&bytes));
    if bytes.is_empty() {
        return Err(PageError::Empty {
            path: path.to_path_buf(),
        });
    }
    let (image, dpi) = match sniff(&bytes) {
        Some(Format::Tiff) => decode_tiff(path, &bytes, frame, max_pixels)?,
        Some(f @ (Format::Png | Format::Jpeg)) => {
            if frame != 0 {
                return Err(PageError::NoSuchFrame {
                    path: path.to_path_buf(),
                    frame,
                });
            }
            decode_raster(path, &bytes, f, max_pixels)?
        }
        None => {
            return Err(PageError::Unsupported {
                path: path.to_path_buf(),
                detail: describe_unknown(&bytes),
            });
        }
    };
    Ok(Decoded { image, dpi, sha256 })
}

#[derive(Clone, Copy)]
enum Format {
    Png,
    Jpeg,
    Tiff,
}

fn sniff(b: &[u8]) -> Option<Format> {
    if b.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(Format::Png)
    } else if b.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(Format::Jpeg)
    } else if b.starts_with(b"II*\0")
        || b.starts_with(b"MM\0*")
        || b.starts_with(b"II+\0")
        || b.starts_with(b"MM\0+")
    {
        Some(Format::Tiff)
    } else {
        None
    }
}

fn describe_unknown(b: &[u8]) -> String {
    if b.starts_with(b"%PDF") {
        "a PDF document (export its pages as images first)".into()
    } else if b
        .iter()
        .take(512)
        .all(|c| c.is_ascii_graphic() || c.is_ascii_whitespace())
    {
        "a text file".into()
    } else {
        format!("unknown file signature {:02x?}", &b[..b.len().min(4)])
    }
}

fn too_large(path: &Path, w: u32, h: u32, max_pixels: u64) -> Result<(), PageError> {
    if w == 0 || h == 0 {
        return Err(PageError::Decode {
            path: path.to_path_buf(),
            detail: format!("image has no pixels ({w}x{h})"),
        });
    }
    if u64::from(w) * u64::from(h) > max_pixels {
        return Err(PageError::TooLarge {
            path: path.to_path_buf(),
            width: w,
            height: h,
        });
    }
    Ok(())
}

fn decode_raster(
    path: &Path,
    bytes: &[u8],
    f: Format,
    max_pixels: u64,
) -> Result<(GrayImage, Option<u32>), PageError> {
    let fmt = match f {
        Format::Png => image::ImageFormat::Png,
        _ => image::ImageFormat::Jpeg,
    };
    let derr = |e: image::ImageError| PageError::Decode {
        path: path.to_path_buf(),
        detail: e.to_string(),
    };
    let reader = image::ImageReader::with_format(Cursor::new(bytes), fmt);
    let (w, h) = reader.into_dimensions().map_err(derr)?;
    too_large(path, w, h, max_pixels)?;
    let img = image::load_from_memory_with_format(bytes, fmt).map_err(derr)?;
    let dpi = match f {
        Format::Png => png_dpi(bytes),
        _ => jpeg_dpi(bytes),
    };
    Ok((img.into_luma8(), dpi))
}

/// DPI from a PNG `pHYs` chunk (pixels per metre).
fn png_dpi(b: &[u8]) -> Option<u32> {
    let pos = b.windows(4).take(4096).position(|w| w == b"pHYs")?;
    let d = b.get(pos + 4..pos + 13)?;
    let ppm = u32::from_be_bytes([d[0], d[1], d[2], d[3]]);
    (d[8] == 1)
        .then(|| (f64::from(ppm) * 0.0254).round() as u32)
        .filter(|v| credible(*v))
}

/// DPI from a JPEG JFIF APP0 segment.
fn jpeg_dpi(b: &[u8]) -> Option<u32> {
    if b.get(6..11)? != b"JFIF\0" {
        return None;
    }
    let unit = *b.get(13)?;
    let x = u32::from(u16::from_be_bytes([*b.get(14)?, *b.get(15)?]));
    let dpi = match unit {
        1 => x,
        2 => (f64::from(x) * 2.54).round() as u32,
        _ => return None,
    };
    credible(dpi).then_some(dpi)
}

fn credible(dpi: u32) -> bool {
    (70..=2400).contains(&dpi)
}

fn decode_tiff(
    path: &Path,
    bytes: &[u8],
    frame: u32,
    max_pixels: u64,
) -> Result<(GrayImage, Option<u32>), PageError> {
    let derr = |e: tiff::TiffError| PageError::Decode {
        path: path.to_path_buf(),
        detail: e.to_string(),
    };
    let mut dec = Decoder::new(Cursor::new(bytes))
        .map_err(derr)?
        .with_limits(Limits::default());
    if frame > 0 {
        dec.seek_to_image(frame as usize)
            .map_err(|_| PageError::NoSuchFrame {
                path: path.to_path_buf(),
                frame,
            })?;
    }
    let (w, h) = dec.dimensions().map_err(derr)?;
    too_large(path, w, h, max_pixels)?;
    let ct = dec.colortype().map_err(derr)?;
    let dpi = tiff_dpi(&mut dec);
    let data = dec.read_image().map_err(derr)?;
    let (wu, hu) = (w as usize, h as usize);
    let grey: Vec<u8> = match (ct, data) {
        (ColorType::Gray(1), DecodingResult::U8(v)) => {
            let stride = wu.div_ceil(8);
            let mut out = Vec::with_capacity(wu * hu);
            for row in v.chunks(stride).take(hu) {
                out.extend((0..wu).map(|x| {
                    if row.get(x / 8).is_some_and(|b| b & (0x80 >> (x % 8)) != 0) {
                        255
                    } else {
                        0
                    }
                }));
            }
            out
        }
        (ColorType::Gray(8), DecodingResult::U8(v)) => v,
        (ColorType::Gray(16), DecodingResult::U16(v)) => v.iter().map(|p| (p >> 8) as u8).collect(),
        (ColorType::GrayA(8), DecodingResult::U8(v)) => v.chunks(2).map(|p| p[0]).collect(),
        (ColorType::RGB(8), DecodingResult::U8(v)) => v.chunks(3).map(luma).collect(),
        (ColorType::RGBA(8), DecodingResult::U8(v)) => v.chunks(4).map(luma).collect(),
        (ColorType::RGB(16), DecodingResult::U16(v)) => v
            .chunks(3)
            .map(|p| luma(&[(p[0] >> 8) as u8, (p[1] >> 8) as u8, (p[2] >> 8) as u8]))
            .collect(),
        (ct, _) => {
            return Err(PageError::Unsupported {
                path: path.to_path_buf(),
                detail: format!("TIFF colour type {ct:?}"),
            });
        }
    };
    let image = GrayImage::from_raw(w, h, grey).ok_or_else(|| PageError::Decode {
        path: path.to_path_buf(),
        detail: "pixel data shorter than the image".into(),
    })?;
    Ok((image, dpi))
}

fn luma(p: &[u8]) -> u8 {
    ((u32::from(p[0]) * 299 + u32::from(p[1]) * 587 + u32::from(p[2]) * 114) / 1000) as u8
}

fn tiff_dpi<R: std::io::Read + std::io::Seek>(dec: &mut Decoder<R>) -> Option<u32> {
    use tiff::tags::Tag;
    let v = dec.find_tag(Tag::YResolution).ok()??;
    let dpi = match v {
        tiff::decoder::ifd::Value::Rational(n, d) if d != 0 => n / d,
        other => other.into_u32().ok()?,
    };
    let unit = dec
        .find_tag(Tag::ResolutionUnit)
        .ok()
        .flatten()
        .and_then(|u| u.into_u16().ok())
        .unwrap_or(2);
    let dpi = if unit == 3 {
        (f64::from(dpi) * 2.54).round() as u32
    } else {
        dpi
    };
    credible(dpi).then_some(dpi)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncated_png_is_a_decode_error_naming_the_file() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("cut.png");
        let mut buf = Vec::new();
        GrayImage::from_pixel(50, 50, image::Luma([200]))
            .write_to(&mut Cursor::new(&mut buf), image::ImageFormat::Png)
            .unwrap();
        std::fs::write(&p, &buf[..buf.len() / 2]).unwrap();
        let e = decode(&p, 0, 1 << 30).err().unwrap().to_string();
        assert!(e.contains("cut.png") && e.contains("corrupt"), "{e}");
    }

    #[test]
    fn text_file_with_image_name_is_unsupported() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("letter.jpg");
        std::fs::write(&p, "hello").unwrap();
        let e = decode(&p, 0, 1 << 30).err().unwrap().to_string();
        assert!(e.contains("letter.jpg") && e.contains("text file"), "{e}");
    }
}
