//! Text folding shared by the extractors: how OCR words become comparable tokens.
//!
//! Vietnamese letters arrive with diacritics, without them (writers omit them, OCR drops them)
//! or half-and-half, so phrases are compared on a folded form: Unicode-decomposed, combining
//! marks removed, `đ` to `d`, lower case, and everything that is not a letter or digit a word
//! break. Each token remembers the OCR word it came from, so a match points at a page box.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::page::Word;

/// Folds diacritics, case and `đ`: "Chuyển TIỀN" -> "chuyen tien".
pub fn fold(s: &str) -> String {
    unmark(s).flat_map(char::to_lowercase).collect()
}

/// The letters of `s` without their diacritics, `đ` as `d`, case kept: "Chuyển ĐỒ" -> "Chuyen DO".
pub fn unmark(s: &str) -> impl Iterator<Item = char> + '_ {
    s.nfd().filter(|c| !is_combining_mark(*c)).map(|c| match c {
        'đ' => 'd',
        'Đ' => 'D',
        _ => c,
    })
}

/// Marks OCR leaves inside a word (`chuy]ển`, `ti|ền`) or a writer puts there (`don't`): dropped
/// when a letter or digit stands on both sides, so the word stays one token.
const IN_WORD_NOISE: &[char] = &['[', ']', '|', '\'', '\u{2019}', '`', '^', '~'];

/// The tokens of a text after `norm`: an English possessive `'s` dropped ("your wife's
/// address" speaks of "your wife"), other noise inside words dropped, every other
/// non-alphanumeric character a break.
pub fn tokens(s: &str, norm: fn(&str) -> String) -> Vec<String> {
    let n: Vec<char> = norm(s).chars().collect();
    let mut cleaned = String::with_capacity(n.len());
    let mut skip = 0;
    for (i, &c) in n.iter().enumerate() {
        if skip > 0 {
            skip -= 1;
            continue;
        }
        let after_letter = i > 0 && n[i - 1].is_alphanumeric();
        let possessive = after_letter
            && matches!(c, '\'' | '\u{2019}')
            && matches!(n.get(i + 1), Some('s' | 'S'))
            && !n.get(i + 2).is_some_and(|d| d.is_alphanumeric());
        if possessive {
            skip = 1;
            continue;
        }
        let inside = after_letter && n.get(i + 1).is_some_and(|d| d.is_alphanumeric());
        if !(inside && IN_WORD_NOISE.contains(&c)) {
            cleaned.push(c);
        }
    }
    cleaned
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// Common Vietnamese words as they look without diacritics.
const VI_FUNCTION_WORDS: &[&str] = &[
    "cua", "va", "la", "cho", "toi", "khong", "nhung", "duoc", "nay", "se", "da", "neu", "thi",
    "voi", "trong", "mot", "cac", "nguoi",
];

/// Whether a page is Vietnamese written without diacritics: its folded tokens are full of
/// Vietnamese function words while almost no letter carries a mark. Such a writer left "ảnh"
/// and "anh" looking the same, so words that need their diacritics elsewhere are read folded.
/// "Almost no" is under 4 % of letters: the Vietnamese model puts a stray mark on a word or
/// two of an undiacritised page ("chục", "chỉ"), while diacritised Vietnamese marks about a
/// quarter of its letters.
pub fn undiacritised_vietnamese(words: &[Word], folded: &TokenText) -> bool {
    let (mut letters, mut marked) = (0usize, 0usize);
    for c in words
        .iter()
        .flat_map(|w| w.text.chars())
        .filter(|c| c.is_alphabetic())
    {
        letters += 1;
        marked += usize::from(!c.is_ascii());
    }
    let n = folded.spans.len();
    let vi = folded
        .spans
        .iter()
        .filter(|&&(s, e, _)| VI_FUNCTION_WORDS.contains(&&folded.text[s..e]))
        .count();
    n >= 20 && vi * 10 >= n && marked * 25 < letters
}

/// Composed form, lower case, diacritics kept: for words whose undiacritised form is another
/// word ("ảnh"/"anh", "vợ"/"vô", "bồ"/"bố").
pub fn lower(s: &str) -> String {
    s.nfc().flat_map(char::to_lowercase).collect()
}

/// Composed form, case and diacritics kept.
pub fn exact(s: &str) -> String {
    s.nfc().collect()
}

/// A word-aligned text: ` tok tok tok ` with one space around every token, and for each token
/// its byte span and the index of the OCR word it came from.
#[derive(Debug, Default)]
pub struct TokenText {
    pub text: String,
    /// (start byte, end byte, word index)
    pub spans: Vec<(usize, usize, usize)>,
    /// For each token, whether its word is an address to write to (an e-mail address or a
    /// messenger handle: an `@` with a name after it), which tokenising splits into plain words.
    pub address: Vec<bool>,
}

/// An e-mail address or a messenger handle as OCR read it: an `@` followed by a letter or digit.
/// Looser than the contact extractor's checks on purpose: an address OCR garbled is still where
/// the letter tells the reader to write.
fn is_address(word: &str) -> bool {
    word.split_once('@')
        .is_some_and(|(_, rest)| rest.chars().next().is_some_and(char::is_alphanumeric))
}

/// Which of `words` are addresses, counting an address OCR split after its `@`
/// (`quiet.deal13@ gmail.com`, blind61) or before it (`quiet.deal87 @outlook.com`, blind72): the
/// name and the host, as the contact extractor joins them. Split before the `@`, the name must
/// be an address's own characters and the host a domain, so "Telegram @name." stays a word and a
/// handle.
fn address_words(words: &[Word]) -> Vec<bool> {
    let mut out: Vec<bool> = words.iter().map(|w| is_address(&w.text)).collect();
    for i in 0..words.len().saturating_sub(1) {
        let (w, next) = (&words[i].text, &words[i + 1].text);
        let split_after = w.len() > 1
            && w.ends_with('@')
            && next.chars().next().is_some_and(char::is_alphanumeric)
            && next.contains('.');
        // the next word is looked at first: one starting with `@` is rare, a name is any word
        let split_before = next.strip_prefix('@').is_some_and(|host| {
            host.starts_with(|c: char| c.is_ascii_alphanumeric())
                && host
                    .split_once('.')
                    .is_some_and(|(_, tld)| tld.starts_with(|c: char| c.is_ascii_alphabetic()))
        }) && !w.contains('@')
            && w.ends_with(|c: char| c.is_ascii_alphanumeric())
            && w.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '+'));
        if (split_after || split_before) && words[i + 1].line == words[i].line {
            out[i] = true;
            out[i + 1] = true;
        }
    }
    out
}

/// Whether word `i` is a `!` standing alone before a lower-case word on its line: a capital I as
/// the Vietnamese model reads it ("! still have"), where a real `!` ends what comes before it.
fn lone_bang_before_lower_case(words: &[Word], i: usize) -> bool {
    words[i].text == "!"
        && words.get(i + 1).is_some_and(|n| {
            n.line == words[i].line && n.text.chars().next().is_some_and(char::is_lowercase)
        })
}

impl TokenText {
    /// Tokenises `words` through `norm`; a word ending in `-` at a line end is joined to the
    /// next word (hyphenation), other punctuation breaks tokens.
    pub fn build(words: &[Word], norm: fn(&str) -> String) -> TokenText {
        let mut t = TokenText {
            text: String::from(" "),
            spans: Vec::new(),
            address: Vec::new(),
        };
        let addresses = address_words(words);
        let mut i = 0;
        while i < words.len() {
            let w = &words[i];
            let hyphenated = w.text.ends_with('-')
                && w.text.chars().filter(|c| c.is_alphanumeric()).count() > 0
                && words.get(i + 1).is_some_and(|n| n.line != w.line);
            let joined;
            let source: &str = if hyphenated {
                joined = format!("{}{}", w.text.trim_end_matches('-'), words[i + 1].text);
                &joined
            } else if w.text == "|" || lone_bang_before_lower_case(words, i) {
                // OCR's commonest readings of a lone capital I ("If you do not, | tell your
                // wife", "restaurant. ! still have the first draft"); a bar standing alone is
                // no word in either language, and a `!` starts no sentence
                "I"
            } else {
                &w.text
            };
            let address = addresses[i] || is_address(source);
            for tok in tokens(source, norm) {
                let start = t.text.len();
                t.text.push_str(&tok);
                t.spans.push((start, t.text.len(), i));
                t.address.push(address);
                t.text.push(' ');
            }
            i += if hyphenated { 2 } else { 1 };
        }
        t
    }

    /// The word indices of tokens `[a, b)`.
    pub fn words_of_tokens(&self, a: usize, b: usize) -> Vec<usize> {
        let mut out: Vec<usize> = self.spans[a..b].iter().map(|s| s.2).collect();
        out.dedup();
        out
    }

    /// The word indices a byte range `[s, e)` of `text` covers.
    pub fn words_in(&self, s: usize, e: usize) -> Vec<usize> {
        let mut out: Vec<usize> = self
            .spans
            .iter()
            .filter(|(a, b, _)| *a < e && *b > s)
            .map(|(_, _, w)| *w)
            .collect();
        out.dedup();
        out
    }
}

/// A phrase as a pattern for `TokenText`: its tokens, space-delimited on both sides so that
/// only whole words match.
pub fn pattern(phrase: &str, norm: fn(&str) -> String) -> String {
    format!(" {} ", tokens(phrase, norm).join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::PageText;

    #[test]
    fn folds_vietnamese() {
        assert_eq!(
            fold("Chuyển TIỀN vào Ví ĐIỆN tử"),
            "chuyen tien vao vi dien tu"
        );
        assert_eq!(fold("đồng nghiệp"), "dong nghiep");
        assert_eq!(exact("MA\u{0323}\u{0302}T"), "MẬT");
    }

    #[test]
    fn tokens_remember_words_and_join_hyphenation() {
        let p = PageText::from_plain_text("send to your col-\nleagues, now");
        let t = TokenText::build(&p.words, fold);
        assert_eq!(t.text, " send to your colleagues now ");
        let s = t.text.find("colleagues").unwrap();
        assert_eq!(t.words_in(s, s + 10), vec![3]);
        assert_eq!(
            pattern("Gửi cho đồng-nghiệp!", fold),
            " gui cho dong nghiep "
        );
    }

    /// The folded tokens of `text` that belong to an address to write to.
    fn address_tokens(text: &str) -> Vec<String> {
        let p = PageText::from_plain_text(text);
        let t = TokenText::build(&p.words, fold);
        t.spans
            .iter()
            .zip(&t.address)
            .filter(|(_, a)| **a)
            .map(|((s, e, _), _)| t.text[*s..*e].to_string())
            .collect()
    }

    #[test]
    fn regression_an_address_split_after_its_at_sign_is_an_address() {
        // blind61: "Gửi thư về quiet.deal13@ gmail.com" was no instruction to write to an
        // address, since neither word alone was one
        assert_eq!(
            address_tokens("Gửi thư về quiet.deal13@ gmail.com trong 2 ngày. Hẹn @ 5"),
            ["quiet", "deal13", "gmail", "com"]
        );
    }

    #[test]
    fn regression_an_address_split_before_its_at_sign_is_an_address() {
        // blind72: "Viết cho quiet.deal87 @outlook.com" was no instruction to write to an
        // address, since the name alone was none; a messenger handle after its service's name
        // and a host without a name stay as they were
        assert_eq!(
            address_tokens(
                "Viết cho quiet.deal87 @outlook.com trong 4 ngày. Telegram @hoso_mat. Gặp tại @ 5"
            ),
            ["quiet", "deal87", "outlook", "com", "hoso", "mat"]
        );
    }

    #[test]
    fn regression_a_lone_bar_read_for_i_is_the_word_i() {
        // blind27: "If you do not, | tell your wife everything" lost its "I tell"
        let p = PageText::from_plain_text("If you do not, | tell your wife. a|b");
        let t = TokenText::build(&p.words, fold);
        assert_eq!(t.text, " if you do not i tell your wife ab ");
    }

    #[test]
    fn regression_a_lone_bang_read_for_i_before_a_lower_case_word_is_the_word_i() {
        // blind70: "the Song Hong restaurant. ! still have the first draft" lost its "I still
        // have" to the Vietnamese model; a `!` before a capital or at a line's end stays a mark
        let p = PageText::from_plain_text("restaurant. ! still have it. Hay ! Nam ! \nnow");
        let t = TokenText::build(&p.words, fold);
        assert_eq!(t.text, " restaurant i still have it hay nam now ");
    }

    #[test]
    fn tells_undiacritised_vietnamese_from_english_and_from_vietnamese() {
        let check = |s: &str| {
            let p = PageText::from_plain_text(s);
            undiacritised_vietnamese(&p.words, &TokenText::build(&p.words, fold))
        };
        let vi = "Toi co nhung tam anh cua anh. Neu anh khong chuyen tien thi toi se gui cho vo \
                  anh va co quan cua anh trong mot tuan nay.";
        assert!(check(vi));
        assert!(!check(&fold_keep_case(vi)));
        assert!(!check(
            "If you do not pay within three days the pictures will go to your wife and to \
             everyone at your office, and I will not write to you again about this."
        ));
    }

    #[test]
    fn regression_possessive_s_leaves_the_noun_whole() {
        // blind9: "your wife's address" was the token "wifes", so the letter had no audience
        assert_eq!(
            tokens("your wife's address, the boss\u{2019}s car, don't", fold),
            ["your", "wife", "address", "the", "boss", "car", "dont"]
        );
    }

    #[test]
    fn regression_stray_ocr_marks_keep_a_short_undiacritised_page_undiacritised() {
        // OCR of an undiacritised letter (blind7): two stray marks in 176 letters made it
        // "diacritised", so "vo anh" (your wife) was not read as an audience and it was missed
        let p = PageText::from_plain_text(
            "Gui anh Hoang Van Nam, Toi gui kem vai tam de anh biet toi khong noi suong. Con hon \
             hai chục tam nua, ro mat. Anh viet thu cho toi qua hopdong.bimat9@outlook.com de \
             nhan dia chỉ vi. Im lang qua 5 ngay thi nguoi nhan tiep theo la vo anh.",
        );
        assert!(undiacritised_vietnamese(
            &p.words,
            &TokenText::build(&p.words, fold)
        ));
    }

    /// Test helper: puts diacritics back on a few words, as a diacritised letter has them.
    fn fold_keep_case(s: &str) -> String {
        s.replace("Toi", "Tôi")
            .replace("nhung", "những")
            .replace("cua", "của")
            .replace("khong", "không")
            .replace("tien", "tiền")
            .replace("gui", "gửi")
    }

    #[test]
    fn regression_stray_bracket_inside_a_word_splits_it() {
        let p = PageText::from_plain_text("chuy]ển ti|ền vào ví, don't [note]");
        let t = TokenText::build(&p.words, fold);
        assert_eq!(t.text, " chuyen tien vao vi dont note ");
    }
}
