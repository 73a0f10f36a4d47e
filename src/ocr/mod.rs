//! OCR: the only module that touches Tesseract. It decodes page files (`decode`), reads a page
//! into words with boxes and confidences, and re-reads small regions with a restricted engine
//! (for wallet strings, which the Vietnamese model garbles).
//!
//! A Tesseract engine is not `Sync` and costs ~0.3 s to load, so each worker thread owns one
//! for the whole run (`with_engine`): rayon's `map_init` would build one per job. The process
//! must also run with `OMP_THREAD_LIMIT=1` set before it starts (see `main.rs`), or OpenMP
//! threads inside Tesseract fight the rayon workers and parallel OCR gets ~6x slower.

pub mod decode;

use std::cell::RefCell;
use std::ffi::CString;
use std::path::Path;

use image::GrayImage;
use leptess::tesseract::TessApi;

use crate::error::{EngineError, PageError};
use crate::page::{BBox, PageText, Word};
use crate::pipeline::OcrSettings;

/// What an engine needs to be built; two runs with equal options share thread engines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OcrOptions {
    pub languages: String,
    pub wallet_languages: String,
    pub psm: u32,
    pub variables: Vec<(String, String)>,
    /// Tesseract's tessdata directory; `None` lets Tesseract use its built-in default.
    pub datapath: Option<String>,
}

impl OcrOptions {
    pub fn from_settings(s: &OcrSettings, lang_override: Option<&str>) -> OcrOptions {
        OcrOptions {
            languages: lang_override.unwrap_or(&s.languages).to_string(),
            wallet_languages: s.wallet_languages.clone(),
            psm: s.page_segmentation_mode,
            variables: s
                .variables
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            datapath: std::env::var("TESSDATA_PREFIX")
                .ok()
                .filter(|s| !s.is_empty()),
        }
    }
}

/// One thread's Tesseract engines: the page reader and, built on first use, the restricted
/// re-reader for wallet strings.
pub struct Engine {
    opts: OcrOptions,
    page: TessApi,
    reread: Option<TessApi>,
}

fn new_api(opts: &OcrOptions, lang: &str) -> Result<TessApi, EngineError> {
    let mut api = TessApi::new(opts.datapath.as_deref(), lang).map_err(|_| EngineError::Init {
        lang: lang.to_string(),
        datapath: opts.datapath.clone(),
    })?;
    for (k, v) in &opts.variables {
        set_var(&mut api, k, v)?;
    }
    Ok(api)
}

fn set_var(api: &mut TessApi, name: &str, value: &str) -> Result<(), EngineError> {
    let err = || EngineError::Variable {
        name: name.to_string(),
        value: value.to_string(),
    };
    let (n, v) = (
        CString::new(name).map_err(|_| err())?,
        CString::new(value).map_err(|_| err())?,
    );
    api.raw.set_variable(&n, &v).map_err(|_| err())
}

impl Engine {
    pub fn new(opts: &OcrOptions) -> Result<Engine, EngineError> {
        let mut page = new_api(opts, &opts.languages)?;
        set_var(&mut page, "tessedit_pageseg_mode", &opts.psm.to_string())?;
        Ok(Engine {
            opts: opts.clone(),
            page,
            reread: None,
        })
    }

    /// Reads a whole page into words in reading order.
    pub fn read_page(
        &mut self,
        path: &Path,
        img: &GrayImage,
        dpi: u32,
    ) -> Result<PageText, PageError> {
        let oerr = |detail: String| PageError::Ocr {
            path: path.to_path_buf(),
            detail,
        };
        set_gray(&mut self.page, img).map_err(oerr)?;
        self.page.set_source_resolution(dpi as i32);
        self.page
            .raw
            .recognize()
            .map_err(|_| oerr("recognition failed".into()))?;
        let tsv = self
            .page
            .get_tsv_text(0)
            .map_err(|e| oerr(format!("TSV output is not UTF-8: {e}")))?;
        Ok(parse_tsv(&tsv))
    }

    /// Re-reads the given boxes (one per text line of a candidate) as single lines with only
    /// `whitelist` characters allowed, and returns their words separated by single spaces
    /// (a wallet's reader drops them; a user name's reader stops at the first).
    pub fn reread(
        &mut self,
        img: &GrayImage,
        boxes: &[BBox],
        whitelist: &str,
        dpi: u32,
    ) -> Option<String> {
        if self.reread.is_none() {
            let mut api = new_api(&self.opts, &self.opts.wallet_languages).ok()?;
            set_var(&mut api, "tessedit_pageseg_mode", "7").ok()?;
            self.reread = Some(api);
        }
        let api = self.reread.as_mut()?;
        set_var(api, "tessedit_char_whitelist", whitelist).ok()?;
        let mut out = String::new();
        for b in boxes {
            let crop = crop_padded(img, *b);
            set_gray(api, &crop).ok()?;
            api.set_source_resolution(dpi as i32);
            let text = api.get_utf8_text().ok()?;
            for w in text.split_whitespace() {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(w);
            }
        }
        Some(out)
    }
}

fn set_gray(api: &mut TessApi, img: &GrayImage) -> Result<(), String> {
    let (w, h) = img.dimensions();
    let (w, h) = (
        i32::try_from(w).map_err(|e| e.to_string())?,
        i32::try_from(h).map_err(|e| e.to_string())?,
    );
    api.raw
        .set_image(img.as_raw(), w, h, 1, w)
        .map_err(|e| format!("{e:?}"))
}

/// The box grown by a margin of half its height (Tesseract needs white space around a line),
/// clipped to the page.
fn crop_padded(img: &GrayImage, b: BBox) -> GrayImage {
    let pad = (b.h / 2).max(4);
    let x0 = b.x.saturating_sub(pad);
    let y0 = b.y.saturating_sub(pad);
    let x1 = (b.x + b.w + pad).min(img.width());
    let y1 = (b.y + b.h + pad).min(img.height());
    image::imageops::crop_imm(
        img,
        x0,
        y0,
        x1.saturating_sub(x0).max(1),
        y1.saturating_sub(y0).max(1),
    )
    .to_image()
}

/// Parses Tesseract's TSV output: level-5 rows are words; a line id counts distinct
/// (block, paragraph, line) triples in order.
pub fn parse_tsv(tsv: &str) -> PageText {
    let mut words = Vec::new();
    let mut last_line: Option<(u32, u32, u32)> = None;
    let mut line_id = 0u32;
    for row in tsv.lines() {
        let f: Vec<&str> = row.splitn(12, '\t').collect();
        if f.len() < 12 || f[0] != "5" {
            continue;
        }
        let num = |i: usize| f[i].trim().parse::<u32>().unwrap_or(0);
        let text = f[11].trim();
        if text.is_empty() {
            continue;
        }
        let key = (num(2), num(3), num(4));
        if last_line.is_some_and(|k| k != key) {
            line_id += 1;
        }
        last_line = Some(key);
        words.push(Word {
            text: text.to_string(),
            bbox: BBox::new(num(6), num(7), num(8), num(9)),
            conf: f[10].trim().parse().unwrap_or(0.0),
            line: line_id,
        });
    }
    PageText { words }
}

/// The linked Tesseract's version string.
pub fn tesseract_version() -> String {
    // SAFETY: TessVersion returns a pointer to a static NUL-terminated string.
    unsafe {
        let p = leptess::capi::TessVersion();
        if p.is_null() {
            return "unknown".into();
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    }
}

thread_local! {
    static ENGINE: RefCell<Option<Engine>> = const { RefCell::new(None) };
}

/// Runs `f` with this thread's engine, building it on first use (or when the options changed).
pub fn with_engine<T>(
    opts: &OcrOptions,
    f: impl FnOnce(&mut Engine) -> T,
) -> Result<T, EngineError> {
    ENGINE.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.as_ref().is_none_or(|e| &e.opts != opts) {
            *slot = Some(Engine::new(opts)?);
        }
        let engine = slot.as_mut().ok_or_else(|| EngineError::Init {
            lang: opts.languages.clone(),
            datapath: None,
        })?;
        Ok(f(engine))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_words_and_lines() {
        let tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n\
                   5\t1\t1\t1\t1\t1\t10\t20\t30\t40\t96.5\tHello\n\
                   5\t1\t1\t1\t1\t2\t50\t20\t30\t40\t90\tworld\n\
                   4\t1\t1\t1\t2\t0\t10\t70\t30\t40\t-1\t\n\
                   5\t1\t1\t1\t2\t1\t10\t70\t30\t40\t80\tagain\n";
        let p = parse_tsv(tsv);
        assert_eq!(p.words.len(), 3);
        assert_eq!(p.words[1].bbox, BBox::new(50, 20, 30, 40));
        assert_eq!(
            (p.words[0].line, p.words[1].line, p.words[2].line),
            (0, 0, 1)
        );
        assert_eq!(p.text(), "Hello world\nagain");
    }
}
