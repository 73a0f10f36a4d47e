//! The values that flow from OCR into the extractors: a page's words with their boxes and
//! confidences, in reading order. Extractors see only this (plus, for re-reading, a seam in
//! `ocr`), so they can be tested on plain text without Tesseract.

use serde::Serialize;

/// A rectangle in pixels of the page image as stored on disk: `[x, y, w, h]` in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BBox {
    pub x: u32,
    pub y: u32,
    pub w: u32,
    pub h: u32,
}

impl BBox {
    pub fn new(x: u32, y: u32, w: u32, h: u32) -> BBox {
        BBox { x, y, w, h }
    }

    /// The smallest box holding both.
    pub fn union(self, o: BBox) -> BBox {
        if self.w == 0 || self.h == 0 {
            return o;
        }
        if o.w == 0 || o.h == 0 {
            return self;
        }
        let x0 = self.x.min(o.x);
        let y0 = self.y.min(o.y);
        let x1 = (self.x + self.w).max(o.x + o.w);
        let y1 = (self.y + self.h).max(o.y + o.h);
        BBox::new(x0, y0, x1 - x0, y1 - y0)
    }

    pub fn area(self) -> u64 {
        u64::from(self.w) * u64::from(self.h)
    }

    /// Intersection over union, for comparing detected regions with ground truth.
    pub fn iou(self, o: BBox) -> f64 {
        let x0 = self.x.max(o.x);
        let y0 = self.y.max(o.y);
        let x1 = (self.x + self.w).min(o.x + o.w);
        let y1 = (self.y + self.h).min(o.y + o.h);
        if x1 <= x0 || y1 <= y0 {
            return 0.0;
        }
        let inter = u64::from(x1 - x0) * u64::from(y1 - y0);
        inter as f64 / (self.area() + o.area() - inter) as f64
    }
}

impl Serialize for BBox {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        [self.x, self.y, self.w, self.h].serialize(s)
    }
}

/// One OCR word.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub text: String,
    pub bbox: BBox,
    /// Tesseract's confidence, 0-100.
    pub conf: f32,
    /// Index of the text line the word is on, counted over the page in reading order.
    pub line: u32,
}

/// One page's text.
#[derive(Debug, Clone, Default)]
pub struct PageText {
    pub words: Vec<Word>,
}

impl PageText {
    /// Builds a page from plain text: one word per whitespace-separated token, one line per
    /// text line, with synthetic boxes (used by `mailscreen extract` and unit tests).
    pub fn from_plain_text(text: &str) -> PageText {
        let mut words = Vec::new();
        for (ln, line) in text.lines().enumerate() {
            let mut col = 0u32;
            for tok in line.split_whitespace() {
                let len = tok.chars().count() as u32;
                words.push(Word {
                    text: tok.to_string(),
                    bbox: BBox::new(col * 10, ln as u32 * 20, len * 10, 18),
                    conf: 100.0,
                    line: ln as u32,
                });
                col += len + 1;
            }
        }
        PageText { words }
    }

    /// The page as text, words separated by spaces and lines by newlines.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for (i, w) in self.words.iter().enumerate() {
            if i > 0 {
                out.push(if self.words[i - 1].line == w.line {
                    ' '
                } else {
                    '\n'
                });
            }
            out.push_str(&w.text);
        }
        out
    }
}
