//! Extraction: from a page's words (and, for photos and codes, its pixels) to typed findings,
//! one module per evidence kind. Each is a plain function of its input; the lexicon automaton is
//! the only state, compiled once per run in `Extractors`.

pub mod code;
pub mod contact;
pub mod face;
mod fuzzy;
mod halftone;
pub mod language;
pub(crate) mod near;
pub mod photo;
mod polarity;
pub mod text;
pub mod threat;
pub mod tracking;
pub mod wallet;

use serde::Serialize;

use crate::page::PageText;
use crate::pipeline::Pipeline;

pub use code::CodeFinding;
pub use contact::{EmailFinding, MessengerFinding};
pub use face::FaceFinding;
pub use photo::PhotoFinding;
pub use threat::{ThreatFinding, ThreatMatcher};
pub use wallet::{UnverifiedWallet, WalletFinding};

/// Everything found on one item (or one page, before merging).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Findings {
    pub wallets: Vec<WalletFinding>,
    pub unverified_wallets: Vec<UnverifiedWallet>,
    pub emails: Vec<EmailFinding>,
    pub messengers: Vec<MessengerFinding>,
    pub threats: Vec<ThreatFinding>,
    pub photos: Vec<PhotoFinding>,
    pub faces: Vec<FaceFinding>,
    pub codes: Vec<CodeFinding>,
    pub tracking: Vec<tracking::TrackingNumber>,
    /// The learned model's reading of each page.
    pub language: Vec<language::LanguageScore>,
}

impl Findings {
    /// Appends another page's findings (pages are merged in page order).
    pub fn extend(&mut self, o: Findings) {
        self.wallets.extend(o.wallets);
        self.unverified_wallets.extend(o.unverified_wallets);
        self.emails.extend(o.emails);
        self.messengers.extend(o.messengers);
        self.threats.extend(o.threats);
        self.photos.extend(o.photos);
        self.faces.extend(o.faces);
        self.codes.extend(o.codes);
        self.tracking.extend(o.tracking);
        self.language.extend(o.language);
    }
}

/// The compiled extractors of one run.
#[derive(Debug)]
pub struct Extractors {
    pub threats: ThreatMatcher,
    pub language: language::LanguageModel,
}

impl Extractors {
    pub fn new(p: &Pipeline) -> Extractors {
        Extractors {
            threats: ThreatMatcher::new(&p.phrases, &p.near, &p.delivery),
            language: p.language.clone(),
        }
    }

    /// The text findings of one page: its evidence, then its wording. `recovery` says how
    /// garbled wallet candidates are pursued.
    pub fn text_findings(
        &self,
        page: usize,
        text: &PageText,
        recovery: wallet::Recovery,
    ) -> Findings {
        let mut f = self.evidence_findings(page, text, recovery);
        self.read_wording(page, text, &mut f);
        f
    }

    /// The evidence a page's text names: wallets, e-mail addresses, messenger contacts,
    /// tracking numbers. Apart from the wording so that a scan can time the two apart (the
    /// wording's matching has a cost target of its own).
    pub fn evidence_findings(
        &self,
        page: usize,
        text: &PageText,
        mut recovery: wallet::Recovery,
    ) -> Findings {
        let mut reread = match &mut recovery {
            wallet::Recovery::Reread(rr) => Some(&mut **rr),
            _ => None,
        };
        let messengers = contact::find_messengers(page, &text.words, reread.as_deref_mut());
        let emails = contact::find(page, &text.words, reread);
        let (wallets, unverified_wallets) = wallet::find(page, &text.words, recovery);
        Findings {
            wallets,
            unverified_wallets,
            emails,
            messengers,
            threats: Vec::new(),
            photos: Vec::new(),
            faces: Vec::new(),
            codes: Vec::new(),
            tracking: tracking::from_words(page, &text.words),
            language: Vec::new(),
        }
    }

    /// The wording of a page's text into `f`: threat phrases, fuzzy and proximity rules, and
    /// the language model's reading.
    pub fn read_wording(&self, page: usize, text: &PageText, f: &mut Findings) {
        f.threats = self.threats.find(page, &text.words);
        f.language = vec![self.language.score(page, &text.words)];
    }
}

/// Tracking numbers carried by barcodes (text ones come from `text_findings`).
pub fn tracking_from_codes(codes: &[CodeFinding]) -> Vec<tracking::TrackingNumber> {
    codes
        .iter()
        .filter(|c| c.kind != "qr")
        .filter_map(|c| tracking::from_code(&c.text, c.page, c.bbox))
        .collect()
}

/// QR payloads that are wallets become wallet findings with `via: "qr"`.
pub fn wallets_from_codes(codes: &[CodeFinding]) -> Vec<WalletFinding> {
    codes
        .iter()
        .filter_map(|c| {
            let a = wallet::from_qr_payload(&c.text)?;
            Some(WalletFinding {
                chain: a.chain,
                network: a.network,
                address: a.address,
                checksummed: a.checksummed,
                asset: None,
                via: wallet::Via::Qr,
                repaired: false,
                raw: c.text.clone(),
                page: c.page,
                bbox: c.bbox,
            })
        })
        .collect()
}
