//! Courier tracking numbers: the UPU S10 identifiers of registered and express post (EMS), as
//! Vietnam Post and most postal operators print them on labels — two letters of service, eight
//! digits, a check digit, the two-letter country ("EE123456785VN"). A tracking number leads
//! police to the counter where the letter was posted.
//!
//! Only S10 is recognised: its check digit makes a chance match on OCR text or a product
//! barcode unlikely. Private couriers' numbers have no public check and are left as plain codes.

use serde::Serialize;

use crate::page::{BBox, Word};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrackingNumber {
    pub number: String,
    /// `upu-s10`
    pub standard: &'static str,
    /// Service indicator, e.g. `EE` (EMS), `RR` (registered letter).
    pub service: String,
    /// Country of the posting operator (ISO 3166 alpha-2).
    pub country: String,
    /// `barcode` or `text`
    pub via: &'static str,
    pub page: usize,
    pub bbox: BBox,
}

/// The S10 check digit of eight serial digits (UPU S10 weights 8 6 4 2 3 5 9 7).
fn check_digit(serial: &[u8]) -> u8 {
    let sum: u32 = serial
        .iter()
        .zip([8, 6, 4, 2, 3, 5, 9, 7])
        .map(|(d, w)| u32::from(*d) * w)
        .sum();
    match 11 - sum % 11 {
        10 => 0,
        11 => 5,
        c => c as u8,
    }
}

/// `s` as an S10 identifier (spaces ignored), if its form and check digit hold.
pub fn s10(s: &str) -> Option<(String, String, String)> {
    let n: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let b = n.as_bytes();
    if b.len() != 13
        || !b[..2].iter().all(u8::is_ascii_uppercase)
        || !b[2..11].iter().all(u8::is_ascii_digit)
        || !b[11..].iter().all(u8::is_ascii_uppercase)
    {
        return None;
    }
    let digits: Vec<u8> = b[2..11].iter().map(|d| d - b'0').collect();
    (check_digit(&digits[..8]) == digits[8]).then(|| (n.clone(), n[..2].into(), n[11..].into()))
}

fn number(s: &str, via: &'static str, page: usize, bbox: BBox) -> Option<TrackingNumber> {
    s10(s).map(|(number, service, country)| TrackingNumber {
        number,
        standard: "upu-s10",
        service,
        country,
        via,
        page,
        bbox,
    })
}

/// Tracking numbers printed as text: one word, or split in groups over up to three words on a
/// line ("EE 123 456 785 VN").
pub fn from_words(page: usize, words: &[Word]) -> Vec<TrackingNumber> {
    let mut out: Vec<TrackingNumber> = Vec::new();
    for i in 0..words.len() {
        for k in 1..=5 {
            let run = &words[i..(i + k).min(words.len())];
            if run.len() < k || run.iter().any(|w| w.line != words[i].line) {
                break;
            }
            let text: String = run.iter().map(|w| w.text.as_str()).collect();
            let text = text.trim_matches(|c: char| !c.is_ascii_alphanumeric());
            let bbox = run.iter().fold(BBox::default(), |b, w| b.union(w.bbox));
            if let Some(t) = number(text, "text", page, bbox) {
                if !out.iter().any(|o| o.number == t.number) {
                    out.push(t);
                }
                break;
            }
        }
    }
    out
}

/// A tracking number carried by a decoded barcode.
pub fn from_code(text: &str, page: usize, bbox: BBox) -> Option<TrackingNumber> {
    number(text.trim(), "barcode", page, bbox)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::PageText;

    #[test]
    fn s10_check_digit() {
        // the worked example of UPU S10: serial 47312482, check digit 9
        assert!(s10("RA473124829GB").is_some());
        assert!(s10("RA473124828GB").is_none(), "wrong check digit");
        assert!(s10("RA47312482GB").is_none(), "too short");
        assert_eq!(s10("EE 123 456 785 VN").map(|t| t.2), Some("VN".into()));
    }

    #[test]
    fn tracking_numbers_in_text_alone_or_in_groups() {
        let p = PageText::from_plain_text(
            "EMS: EE123456785VN\nMã vận đơn RR 473 124 829 VN\nSĐT 0912345678",
        );
        let t = from_words(0, &p.words);
        let n: Vec<&str> = t.iter().map(|t| t.number.as_str()).collect();
        assert_eq!(n, ["EE123456785VN", "RR473124829VN"]);
    }
}
