//! Contacts: the e-mail addresses a letter tells the victim to write to, and its messenger
//! contacts (a Telegram user name, a Zalo or WhatsApp number). Addresses are found per OCR word
//! (an address is one word on the page), with the common OCR split around `@` joined back,
//! lower-cased, and de-duplicated per page. A messenger contact is believed only next to the
//! service's name (or as a `t.me/` link): a bare `@name` is as often a newsletter's social-media
//! account, and a bare number a hotline. The Vietnamese model reads the underscore of a user
//! name as a space (`@nguoiquen 2024`), as it garbles wallets, so with the page at hand a user
//! name is re-read by the restricted `eng` engine, as wallet strings are.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::extract::text::unmark;
use crate::extract::wallet::Reread;
use crate::page::{BBox, Word};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EmailFinding {
    pub address: String,
    /// What the page's OCR read, when a comma in it was taken for the address's dot, its domain
    /// for a mail provider's that a second reading gave, or the word before it joined on (see
    /// `joined_at_a_dot`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub raw: Option<String>,
    /// A second reading of the address's box (the `eng` engine) that disagrees with the page's
    /// in the part before `@`: no checksum says which is right, so a person must look.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub second_reading: Option<String>,
    pub page: usize,
    pub bbox: BBox,
}

/// Mail providers whose domains extortion letters give. A domain OCR misread is taken for one of
/// these only when a second reading of the box gives it (blind85: `outlock.com` read for
/// `outlook.com`; blind9: `bproton.me` for `proton.me`), never by likeness alone: `ymail.com`
/// and `gmail.ru` are real domains too.
const PROVIDERS: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "hotmail.com",
    "live.com",
    "yahoo.com",
    "ymail.com",
    "yandex.com",
    "yandex.ru",
    "proton.me",
    "protonmail.com",
    "pm.me",
    "tutanota.com",
    "tuta.io",
    "icloud.com",
    "mail.ru",
    "gmx.com",
    "aol.com",
    "zoho.com",
];

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[a-z0-9][a-z0-9._%+\-]*@[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)*\.[a-z]{2,24}$")
        .expect("static regex")
});

/// A messenger contact: `service` is `telegram`, `zalo`, `whatsapp`, `signal` or `viber`;
/// `handle` is `@name` (lower case: user names are case-insensitive) or a phone number as
/// digits, with the `+` when one was written.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MessengerFinding {
    pub service: &'static str,
    pub handle: String,
    /// What the page's OCR read, when the re-reading gave a longer user name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub raw: Option<String>,
    pub page: usize,
    pub bbox: BBox,
}

// Telegram's rule for user names: 5 to 32 letters, digits and underscores, starting with a letter
static USER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^@([A-Za-z][A-Za-z0-9_]{4,31})$").expect("static regex"));
// the head of one OCR cut at an underscore before its fifth character (`@home truths`)
static SHORT_USER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^@([A-Za-z][A-Za-z0-9]{0,3})$").expect("static regex"));
/// The characters of a user name, for re-reading the head of one.
const NAME_CHARS: &str = "@_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
static LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:https?://)?(?:t|telegram)\.me/([a-z][a-z0-9_]{4,31})$")
        .expect("static regex")
});

/// The services a contact is named by, and the words that name them.
const SERVICES: &[(&str, &str)] = &[
    ("telegram", "telegram"),
    ("tg", "telegram"),
    ("zalo", "zalo"),
    ("whatsapp", "whatsapp"),
    ("signal", "signal"),
    ("viber", "viber"),
];

// called on every word of a page: compared without allocating
fn service(word: &str) -> Option<&'static str> {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    SERVICES
        .iter()
        .find(|(name, _)| w.eq_ignore_ascii_case(name))
        .map(|(_, s)| *s)
}

/// A Telegram user name at `word`; a mark the Vietnamese model put on one of its letters
/// (`@giu_kìn_24h`) is dropped, as it is inside wallets: user names are ASCII.
fn user_name(word: &str) -> Option<String> {
    name_by(&USER, word)
}

/// What may be the head of a user name OCR cut at its underscore too soon to be one alone;
/// only its re-reading can make it a contact (see `reread_user`).
fn short_user_name(word: &str) -> Option<String> {
    name_by(&SHORT_USER, word)
}

fn name_by(re: &Regex, word: &str) -> Option<String> {
    let word: String = unmark(word).collect();
    let w = word.trim_end_matches(|c: char| !c.is_ascii_alphanumeric() && c != '_');
    let w = w.trim_start_matches(|c: char| c != '@' && !c.is_ascii_alphanumeric());
    re.captures(w)
        .map(|c| format!("@{}", c[1].to_ascii_lowercase()))
}

/// A phone number written over words `i..` ("0912 345 678", "+84 912.345.678"): the handle and
/// how many words it took. Nine to twelve digits, as national and international numbers have.
fn phone(words: &[Word], i: usize) -> Option<(String, usize)> {
    let mut digits = String::new();
    let mut used = 0;
    for w in words.iter().skip(i).take(5) {
        let t = w.text.trim_end_matches(['.', ',', ';', ')']);
        let t = t.trim_start_matches('(');
        if t.is_empty() || !t.chars().all(|c| c.is_ascii_digit() || "+.-()".contains(c)) {
            break;
        }
        if t.contains('+') && (used > 0 || !t.starts_with('+')) {
            break;
        }
        if used == 0 && t.starts_with('+') {
            digits.push('+');
        }
        digits.extend(t.chars().filter(char::is_ascii_digit));
        used += 1;
        if w.line != words[i].line {
            break;
        }
    }
    let n = digits.chars().filter(char::is_ascii_digit).count();
    (used > 0 && (9..=12).contains(&n)).then_some((digits, used))
}

/// The user name word `k` starts, re-read over it and the next word on its line (where an
/// underscore read as a space left the rest): kept, with the box read, when it continues what
/// OCR read with an underscore. Nothing else: the re-reading may drop the space before the next
/// word (`@hoso_phuquoc. Moi` read as `@hoso_phuquocMoi`), and a name OCR ended with
/// punctuation is whole. The re-reading is unrestricted (English, no whitelist): restricted to
/// the characters of a user name, it had no space to give and read the gap before the next
/// word as an underscore (`@da_lat_shoot within` as `@da_lat_shoot_within`, blind62), while
/// the unrestricted one read the three real underscores of the sets and samples right; what it
/// adds at the box's edges (`| @nguoiquen_2024`, `-@sister_told`) is not part of the name.
/// A head too short to be a name alone (`@home truths`, blind66: both readings took the
/// underscore for a space) is re-read restricted to the name's characters: it is no name
/// unless the next word continues it, so the gap cannot be a space.
fn reread_user(words: &[Word], k: usize, handle: &str, rr: &mut Reread) -> Option<(String, BBox)> {
    let w = &words[k];
    if !w.text.ends_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    let n = words.get(k + 1).filter(|n| n.line == w.line)?;
    let bbox = w.bbox.union(n.bbox);
    let whitelist = if user_name(handle).is_some() {
        ""
    } else {
        NAME_CHARS
    };
    let text = rr(&[bbox], whitelist)?;
    let longer = text.split_whitespace().find_map(user_name)?;
    let rest = longer.strip_prefix(handle)?;
    (rest.len() > 1 && rest.starts_with('_')).then_some((longer, bbox))
}

/// A contact at word `k` (and the words after it, for a number): its handle and box.
fn contact_at(words: &[Word], k: usize) -> Option<(String, BBox)> {
    if let Some(h) = user_name(&words[k].text) {
        return Some((h, words[k].bbox));
    }
    let (h, n) = phone(words, k)?;
    let b = words[k + 1..k + n]
        .iter()
        .fold(words[k].bbox, |b, x| b.union(x.bbox));
    Some((h, b))
}

/// Finds messenger contacts among a page's words: a user name or number within four words
/// after the service's name (`Telegram: @baomat_2026`, `Zalo 0912 345 678`), a user name just
/// before it (`@quietdeal on Telegram`), and `t.me/` links. `reread`, given the page, re-reads
/// user names.
pub fn find_messengers(
    page: usize,
    words: &[Word],
    mut reread: Option<&mut Reread>,
) -> Vec<MessengerFinding> {
    let mut out: Vec<MessengerFinding> = Vec::new();
    let can_reread = reread.is_some();
    for (i, w) in words.iter().enumerate() {
        // (service, handle, word it starts at, box)
        // the link pattern runs only on words that can hold one
        let link = w
            .text
            .as_bytes()
            .windows(4)
            .any(|b| b.eq_ignore_ascii_case(b".me/"));
        let found = if let Some(c) = link
            .then(|| LINK.captures(w.text.trim_end_matches(['.', ',', ';', ')'])))
            .flatten()
        {
            Some((
                "telegram",
                format!("@{}", c[1].to_ascii_lowercase()),
                None,
                w.bbox,
            ))
        } else if let Some(svc) = service(&w.text) {
            let near = |k: &usize| words[*k].line.abs_diff(w.line) <= 1;
            (i + 1..words.len().min(i + 5))
                .filter(near)
                .find_map(|k| contact_at(words, k).map(|(h, b)| (h, k, b)))
                .or_else(|| {
                    (i.saturating_sub(3)..i)
                        .rev()
                        .filter(near)
                        .find_map(|k| user_name(&words[k].text).map(|h| (h, k, words[k].bbox)))
                })
                .or_else(|| {
                    // the head of a name cut at its underscore, for its re-reading to make whole
                    (i + 1..words.len().min(i + 5))
                        .filter(|k| can_reread && near(k))
                        .find_map(|k| {
                            short_user_name(&words[k].text).map(|h| (h, k, words[k].bbox))
                        })
                })
                .map(|(h, k, b)| (svc, h, Some(k), b))
        } else {
            None
        };
        let Some((service, mut handle, k, mut bbox)) = found else {
            continue;
        };
        // a link is read whole or not at all; a user name OCR cut short is re-read
        let mut raw = None;
        if let (Some(k), Some(rr), true) = (k, reread.as_deref_mut(), handle.starts_with('@')) {
            if let Some((longer, read)) = reread_user(words, k, &handle, rr) {
                raw = Some(std::mem::replace(&mut handle, longer));
                bbox = read;
            }
        }
        // the head of a name the re-reading did not make whole is no contact
        if handle.starts_with('@') && user_name(&handle).is_none() {
            continue;
        }
        if !out
            .iter()
            .any(|o| o.service == service && o.handle == handle)
        {
            out.push(MessengerFinding {
                service,
                handle,
                raw,
                page,
                bbox,
            });
        }
    }
    out
}

fn trim(w: &str) -> &str {
    let w = w.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '@');
    // a label glued on: "Email:abc@x.com"
    match w.rfind(':') {
        Some(p) => &w[p + 1..],
        None => w,
    }
}

/// `a,b` -> `a.b` where the comma stands between two ASCII letters or digits.
fn comma_as_dot(t: &str) -> String {
    let b = t.as_bytes();
    t.char_indices()
        .map(|(i, c)| {
            let flanked = i > 0
                && i + 1 < b.len()
                && b[i - 1].is_ascii_alphanumeric()
                && b[i + 1].is_ascii_alphanumeric();
            if c == ',' && flanked {
                '.'
            } else {
                c
            }
        })
        .collect()
}

/// `name(@host` -> `name@host`: OCR reads the curl of an `@` as a bracket or a bar of its own
/// ("giaiquyet24737(@outlook.com", blind72). One touching the `@` between it and a letter or
/// digit, inside one word, is no punctuation of a sentence.
fn mark_at_at(t: &str) -> String {
    let c: Vec<char> = t.chars().collect();
    let stray = |i: usize| {
        matches!(c[i], '(' | ')' | '[' | ']' | '{' | '}' | '|')
            && ((i > 0 && c[i - 1].is_ascii_alphanumeric() && c.get(i + 1) == Some(&'@'))
                || (i > 0
                    && c[i - 1] == '@'
                    && c.get(i + 1).is_some_and(|n| n.is_ascii_alphanumeric())))
    };
    (0..c.len()).filter(|&i| !stray(i)).map(|i| c[i]).collect()
}

/// An address as OCR text gives it: a comma for its dot and a bracket by its `@` mended (`raw`
/// keeps the reading when they were), and lower-cased; `None` when it is no address.
fn address_in(text: &str) -> Option<(String, Option<String>)> {
    let read = mark_at_at(&comma_as_dot(text));
    let raw = (read != text).then(|| text.to_ascii_lowercase());
    EMAIL
        .is_match(&read)
        .then(|| (read.to_ascii_lowercase(), raw))
}

/// The addresses a re-reading gives, in its order (words without an `@` skipped).
fn addresses_read(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split_whitespace()
        .map(trim)
        .filter(|w| w.contains('@'))
        .filter_map(|w| address_in(w).map(|(a, _)| a))
}

/// The address's box read again (unrestricted `eng`, as a cut user name is: what it adds at the
/// box's edges is separate words) and compared with the page's reading. The same address:
/// nothing to say. A mail provider's domain where the page read none within two characters of
/// it (an OCR slip, not another domain): the provider's, the page's kept as `raw`. Otherwise
/// the page's domain stands. A second reading that differs before the `@` is kept for a person
/// to check against the image; it is a prompt to look, not a better reading: over the letter
/// sets the page's reading was the right one for 24 of the 30 addresses the two readings
/// disagreed on, the second for 3.
fn second_look(e: &mut EmailFinding, rr: &mut Reread) {
    let Some(text) = rr(&[e.bbox], "") else {
        return;
    };
    let Some(again) = addresses_read(&text).next() else {
        return;
    };
    if again == e.address {
        return;
    }
    let (name, domain) = e.address.split_once('@').unwrap_or((&e.address, ""));
    let (name2, domain2) = again.split_once('@').unwrap_or((&again, ""));
    let mut address = e.address.clone();
    if domain != domain2
        && !PROVIDERS.contains(&domain)
        && PROVIDERS.contains(&domain2)
        && strsim::levenshtein(domain, domain2) <= 2
    {
        address = format!("{name}@{domain2}");
    }
    // a reading shorter or longer by more than a character is a part of the address (the
    // re-reading split "hopdong. bimat30@…" at its dot) or junk from the box's edge, no
    // alternative to it
    if name != name2 && name.len().abs_diff(name2.len()) <= 1 {
        e.second_reading = Some(again.clone());
    }
    if address != e.address {
        e.raw.get_or_insert_with(|| e.address.clone());
        e.address = address;
    }
}

/// The address with the word before it joined at its dot, when the page read the two as words
/// of their own ("hopdong." and "bimat37@outlook.com" for "hopdong.bimat37@outlook.com": the
/// gap after a dot looks like a space, seven times over the letter sets) and a reading of both
/// words' box gives them as one address, exactly, with no space: the re-reading, not the page's
/// layout, says they are one word. A sentence's end before an address ("… right away.
/// lienhe.anh46@gmail.com", twice in the 727 addresses the letter sets print) is read with its
/// space, and both stayed whole; the re-reading joined two of the seven split addresses, and
/// the rest keep the part after the dot. Gives the joined address and the two words' box.
fn joined_at_a_dot(
    words: &[Word],
    i: usize,
    e: &EmailFinding,
    rr: &mut Reread,
) -> Option<(String, BBox)> {
    let before = words.get(i.checked_sub(1)?)?;
    let stem = before.text.strip_suffix('.')?;
    let name_like = !stem.is_empty()
        && stem
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '+'));
    if before.line != words[i].line || !name_like {
        return None;
    }
    let joined = format!("{}.{}", stem.to_ascii_lowercase(), e.address);
    let bbox = before.bbox.union(e.bbox);
    let text = rr(&[bbox], "")?;
    let agrees = addresses_read(&text).any(|a| a == joined);
    agrees.then_some((joined, bbox))
}

/// Finds e-mail addresses among a page's words. `reread`, given the page, reads each address's
/// box a second time (see `second_look`).
pub fn find(page: usize, words: &[Word], mut reread: Option<&mut Reread>) -> Vec<EmailFinding> {
    let mut out: Vec<EmailFinding> = Vec::new();
    // the addresses as the page read them, before a second reading mended any
    let mut read: Vec<String> = Vec::new();
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
        // OCR reads an address's dot as a comma ("baomat,rieng12@tutanota.com", blind60); a
        // comma between two letters or digits of one word is no punctuation of a sentence; and
        // the curl of its `@` as a bracket
        let found = text.contains('@').then(|| address_in(&text)).flatten();
        if let Some((address, raw)) = found {
            // an address the page repeats is read a second time once: its first finding stands
            // for it, mended or not
            if read.contains(&address) {
                i += used;
                continue;
            }
            read.push(address.clone());
            let mut e = EmailFinding {
                address,
                raw,
                second_reading: None,
                page,
                bbox,
            };
            if let Some(rr) = reread.as_deref_mut() {
                // a reading that joined the word before agrees with the page on the address,
                // so it is the second look too
                match joined_at_a_dot(words, i, &e, rr) {
                    Some((joined, bbox)) => {
                        e.raw.get_or_insert_with(|| e.address.clone());
                        e.address = joined;
                        e.bbox = bbox;
                    }
                    None => second_look(&mut e, rr),
                }
            }
            if !out.iter().any(|o| o.address == e.address) {
                out.push(e);
            }
            i += used;
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests;
