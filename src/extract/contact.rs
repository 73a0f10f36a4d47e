//! Contacts: the e-mail addresses a letter tells the victim to write to. Addresses are found per
//! OCR word (an address is one word on the page), with the common OCR split around `@` joined
//! back, lower-cased, and de-duplicated per page.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::page::{BBox, Word};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EmailFinding {
    pub address: String,
    pub page: usize,
    pub bbox: BBox,
}

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[a-z0-9][a-z0-9._%+\-]*@[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)*\.[a-z]{2,24}$")
        .expect("static regex")
});

fn trim(w: &str) -> &str {
    let w = w.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '@');
    // a label glued on: "Email:abc@x.com"
    match w.rfind(':') {
        Some(p) => &w[p + 1..],
        None => w,
    }
}

/// Finds e-mail addresses among a page's words.
pub fn find(page: usize, words: &[Word]) -> Vec<EmailFinding> {
    let mut out: Vec<EmailFinding> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut text = trim(&words[i].text).to_string();
        let mut bbox = words[i].bbox;
        let mut used = 1;
        // OCR sometimes splits "name @ host" into two or three words.
        if !text.contains('@') || text.ends_with('@') {
            for k in 1..=2 {
                let Some(next) = words.get(i + k).filter(|n| n.line == words[i].line) else {
                    break;
                };
                let t = trim(&next.text);
                if !(text.ends_with('@') || t.starts_with('@') || (k == 2 && text.ends_with('@'))) {
                    break;
                }
                text.push_str(t);
                bbox = bbox.union(next.bbox);
                used = k + 1;
                if text.contains('@') && !text.ends_with('@') {
                    break;
                }
            }
        }
        if EMAIL.is_match(&text) {
            let address = text.to_ascii_lowercase();
            if !out.iter().any(|e| e.address == address) {
                out.push(EmailFinding {
                    address,
                    page,
                    bbox,
                });
            }
            i += used;
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::PageText;

    fn addrs(t: &str) -> Vec<String> {
        find(0, &PageText::from_plain_text(t).words)
            .into_iter()
            .map(|e| e.address)
            .collect()
    }

    #[test]
    fn finds_labelled_and_split_addresses() {
        assert_eq!(
            addrs("Liên hệ qua email: Hoang.Long88@Proton.me."),
            ["hoang.long88@proton.me"]
        );
        assert_eq!(
            addrs("write to secret.deal @ tutanota.com now"),
            ["secret.deal@tutanota.com"]
        );
        assert_eq!(
            addrs("Email:abc@gmail.com and again abc@gmail.com"),
            ["abc@gmail.com"]
        );
    }

    #[test]
    fn rejects_non_addresses() {
        assert!(addrs("@username a@b user@localhost 10@20.30").is_empty());
    }
}
