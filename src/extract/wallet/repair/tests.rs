//! The repair steps on garbled readings, each named after what it recovers or refuses.

use super::*;
use crate::page::PageText;

const TRON: &str = "TMVQGm1qAQYVdetCeGRRkTWYYrLXuHK2HC";

fn fix(raw: &str) -> Result<String, String> {
    let words = PageText::from_plain_text(raw).words;
    let span: Vec<usize> = (0..words.len()).collect();
    let joined: String = words.iter().map(|w| w.text.as_str()).collect();
    repair(&joined, &span, &words, None).map(|a| a.address)
}

#[test]
fn regression_word_glued_to_the_address_is_cut_off() {
    // "keeps them private: 6,000 USDT to TFUD8…" read as "toTFUD8…" on a 1-bit scan
    assert_eq!(fix(&format!("to{TRON}")).unwrap(), TRON);
    assert_eq!(fix(&format!("{TRON}at")).unwrap(), TRON);
    assert_eq!(
        fix("toTFUD8x3iAZ9dF7NDCGBtSjznemEomESrP9").unwrap(),
        "TFUD8x3iAZ9dF7NDCGBtSjznemEomE5rP9",
        "glued and a look-alike (5 read as S)"
    );
}

#[test]
fn regression_glued_word_and_5r_read_as_st_lost_a_tron_address() {
    // blind92: "6,000 USDT to TWKZN1JJPFydd5rMg…" read "toTWKZN1JJPFyddStMg…" by the page
    // and by both whitelisted re-readings: a glued word, a look-alike and another letter
    assert_eq!(
        fix("toTWKZN1JJPFyddStMgMCV5aZTSiwmoksSZv").unwrap(),
        "TWKZN1JJPFydd5rMgMCV5aZTSiwmoksSZv"
    );
    // of the wrong length, two errors are still not guessed
    assert!(fix("toTWKZN1JJPFyddStMgMCV5aZTSiwmoksSZvv").is_err());
}

#[test]
fn one_inserted_or_dropped_character_is_repaired() {
    assert_eq!(fix("TMVQGm1qAQYVdetCeGRRkKTWYYrLXuHK2HC").unwrap(), TRON);
    assert_eq!(fix("TMVQGm1qAQYVdetCeGRRkTWYYrLXuHK2C").unwrap(), TRON);
    assert_eq!(
        fix("Oxde709f2102306220921060314715629080e2fb77").ok(),
        None,
        "one-case EVM needs a second reading"
    );
    assert_eq!(
        fix("9x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed").unwrap(),
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    );
    assert_eq!(
        fix("Ox5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed").unwrap(),
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
    );
}

#[test]
fn regression_f_read_as_e_next_to_a_bracket_read_for_j() {
    // blind8: "TWKZN 1]JPEydd…" for "TWKZN1JJPFydd…" lost the letter its wallet
    assert_eq!(
        fix("TWKZN 1]JPEydd5rMgMCV5aZTSiwmoksSZv").unwrap(),
        "TWKZN1JJPFydd5rMgMCV5aZTSiwmoksSZv"
    );
}

#[test]
fn any_single_substitution_is_one_edit_for_checksummed_alphabets() {
    // blind13: both readings gave "…P7Viw6…" for "…P7Vfw6…" (blind10 had 'f' read as 'Í');
    // 'f'/'i' is now a look-alike, and any other single substitution in a base58 or bech32
    // alphabet is one edit too ('v' read as 'w' below)
    assert_eq!(
        fix("TYPG8VeuoVAh2hP7Viw6ww7vK98nvXXXUG").unwrap(),
        "TYPG8VeuoVAh2hP7Vfw6ww7vK98nvXXXUG"
    );
    assert_eq!(
        fix("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4").unwrap(),
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    );
    assert_eq!(
        fix("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kw8f3t4").unwrap(),
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    );
}

#[test]
fn regression_f_read_as_i_next_to_8_read_as_b() {
    // blind13, the page's reading; the whitelisted re-readings had three errors each
    assert_eq!(
        fix("TYPGBVeuoVAh2hP7Viw6ww7vK98nvXXXUG").unwrap(),
        "TYPG8VeuoVAh2hP7Vfw6ww7vK98nvXXXUG"
    );
}

#[test]
fn regression_1_read_as_capital_l_and_m_as_capital_m() {
    // blind75: "to TU1ntBzp…JKUmBCK" read "TULntBzp…JKUMBCK" by the page and by the
    // whitelisted re-readings alike; two look-alikes, neither one then, lost the wallet
    assert_eq!(
        fix("TULntBzpGPp7GJkzxLTKwYsneJ9JKUMBCK").unwrap(),
        "TU1ntBzpGPp7GJkzxLTKwYsneJ9JKUmBCK"
    );
}

#[test]
fn two_errors_are_not_guessed() {
    assert!(fix("TMVQGm1qAQYVdetCeGRRkTWYYrLXuHK3HD").is_err());
}
