//! Two readings of one address: whether they agree on an EVM address's digits (a check that
//! takes no guess), and the two combined. The page's reading and a whitelisted re-reading err
//! in different places (the Vietnamese model reads a `J` as `3` that `eng` reads right; `eng`
//! reads an `f` as `t` that the page's reading has right), so where they disagree each may hold
//! the true characters. The candidates are every choice of one reading's text at each
//! disagreement, found by a Levenshtein alignment: each substituted character is one, a run of
//! dropped (or of inserted) characters is one. Bounded by the number of disagreements, since
//! each doubles the tries.

/// Every string made by taking, at each place `a` and `b` disagree, the text of one of them
/// (`a` and `b` themselves included); none when they disagree in more than `max` places.
pub(super) fn combinations(a: &str, b: &str, max: usize) -> Vec<String> {
    let pieces = align(a, b);
    let k = pieces.iter().filter(|p| p.1.is_some()).count();
    if k > max {
        return Vec::new();
    }
    let mut out: Vec<String> = (0..1u32 << k)
        .map(|mask| {
            let mut s = String::new();
            let mut bit = 0;
            for (left, right) in &pieces {
                match right {
                    Some(r) => {
                        s.push_str(if mask >> bit & 1 == 1 { r } else { left });
                        bit += 1;
                    }
                    None => s.push_str(left),
                }
            }
            s
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// `a` cut into pieces it shares with `b` (`(text, None)`) and pieces where they differ
/// (`(a's text, Some(b's text))`), in order.
fn align(a: &str, b: &str) -> Vec<(String, Option<String>)> {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (n, m) = (a.len(), b.len());
    let mut d = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=n {
        for j in 1..=m {
            let sub = d[i - 1][j - 1] + usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = sub.min(d[i - 1][j] + 1).min(d[i][j - 1] + 1);
        }
    }
    // walk back from the end: (a's char, b's char), either side absent for an indel. Among
    // equally short alignments a match comes first, then an indel, then a substitution: "QVW"
    // against "QWtr" is a dropped V and an added "tr", not V/W and W/t substituted
    let mut cols: Vec<(Option<char>, Option<char>)> = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        if i > 0 && j > 0 && a[i - 1] == b[j - 1] && d[i][j] == d[i - 1][j - 1] {
            cols.push((Some(a[i - 1]), Some(b[j - 1])));
            (i, j) = (i - 1, j - 1);
        } else if i > 0 && d[i][j] == d[i - 1][j] + 1 {
            cols.push((Some(a[i - 1]), None));
            i -= 1;
        } else if j > 0 && d[i][j] == d[i][j - 1] + 1 {
            cols.push((None, Some(b[j - 1])));
            j -= 1;
        } else {
            cols.push((Some(a[i - 1]), Some(b[j - 1])));
            (i, j) = (i - 1, j - 1);
        }
    }
    cols.reverse();
    let mut pieces: Vec<(String, Option<String>)> = Vec::new();
    let mut last_indel = None;
    for (x, y) in cols {
        let indel = match (x, y) {
            (Some(_), None) => Some(false),
            (None, Some(_)) => Some(true),
            _ => None,
        };
        match pieces.last_mut() {
            Some((l, None)) if x == y => l.extend(x),
            // a run of dropped or of inserted characters is one disagreement; substituted
            // characters are each their own, since each reading may be right about one of them
            Some((l, Some(r))) if indel.is_some() && indel == last_indel => {
                l.extend(x);
                r.extend(y);
            }
            _ if x == y => pieces.push((x.into_iter().collect(), None)),
            _ => pieces.push((x.into_iter().collect(), Some(y.into_iter().collect()))),
        }
        last_indel = indel;
    }
    pieces
}

/// Whether a second reading agrees with an EVM address on its 40 hex digits, in any case. The
/// `0x` before them is known from the first reading; the whitelisted re-read often gives `00`
/// or drops the `x`, which says nothing about the digits.
pub(super) fn same_evm_digits(reading: &str, address: &str) -> bool {
    (40..=42).contains(&reading.len()) && reading.is_ascii() && last_40(reading) == last_40(address)
}

/// Whether a second reading agrees with an EVM address on its 40 hex digits with one character
/// more among them, a stray OCR added: the digits without it, in any case. Only one place can
/// be the stray's, so this is some forty tries against the checksum, not thousands of edits.
pub(super) fn same_evm_digits_but_a_stray(reading: &str, address: &str) -> bool {
    let body = reading.strip_prefix("0x").unwrap_or(reading);
    let Some(digits) = last_40(address) else {
        return false;
    };
    body.len() == 41
        && body.is_ascii()
        && (0..41).any(|i| {
            let without = format!("{}{}", &body[..i], &body[i + 1..]);
            without.eq_ignore_ascii_case(&digits)
        })
}

fn last_40(s: &str) -> Option<String> {
    s.len().checked_sub(40).map(|k| s[k..].to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::super::repair::repair;
    use super::*;

    #[test]
    fn regression_confirming_reading_of_an_upper_case_evm_address_may_garble_its_0x() {
        // blind8: the whitelisted re-read gave "008617…" for "0x8617…"; the 40 digits agreed
        let a = "0x8617E340B3D01FA5F11F306F4090FD50E238070D";
        assert!(same_evm_digits(
            "008617E340B3D01FA5F11F306F4090FD50E238070D",
            a
        ));
        assert!(same_evm_digits(
            "08617e340b3d01fa5f11f306f4090fd50e238070d",
            a
        ));
        assert!(!same_evm_digits(
            "008617E340B3D01FA5F11F306F4090FD50E238070B",
            a
        ));
        assert!(!same_evm_digits(
            "8617E340B3D01FA5F11F306F4090FD50E23807",
            a
        ));
    }

    #[test]
    fn regression_evm_readings_each_with_a_stray_character_agree_on_the_rest() {
        // blind63: "…DDDC8C6FB" read "…C6FEB" on the page, "…C6FB1" and "…C8CE6FB" re-read
        let a = "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB";
        for r in [
            "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB1",
            "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8CE6FB",
            "dbF03B407c01E7cD3CBea99509d93f8DDDC8C6FEB",
        ] {
            assert!(same_evm_digits_but_a_stray(r, a), "{r}");
        }
        // the same length is `same_evm_digits`' question; two more, or one changed, is not a stray
        for r in [
            "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
            "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FEB1",
            "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6EB1",
        ] {
            assert!(!same_evm_digits_but_a_stray(r, a), "{r}");
        }
    }
    use crate::page::{BBox, PageText};

    /// Repairs the page's reading `raw` with `rereads` as the re-readings of its boxes.
    fn fix_with(raw: &str, rereads: [&str; 2]) -> Result<String, String> {
        let words = PageText::from_plain_text(raw).words;
        let span: Vec<usize> = (0..words.len()).collect();
        let mut next = rereads.into_iter();
        let mut rr = |_: &[BBox], _: &str| next.next().map(String::from);
        repair(raw, &span, &words, Some(&mut rr)).map(|a| a.address)
    }

    #[test]
    fn regression_readings_that_each_err_twice_are_combined() {
        // blind36: the page read `J` as `3` and dropped the last `f`; the re-readings read that
        // `J` right but `f` as `t` and more. No reading is two edits from the address.
        let tron = "TUznHJfHe6gdYY7gvWmf6bNZHuPHDZtowf";
        let page = "TUznH3fHe6gdYY7gvWmf6bNZHuPHDZtow";
        let rereads = [
            "TUznHJtHe6gdYY7qvWmf6bNZHuPHDZtowT4",
            "TUznHitHe6gdYY7gvWmf6bNZHUPHDZtowtH",
        ];
        assert!(
            fix_with(page, ["", ""]).is_err(),
            "the page's reading alone"
        );
        assert_eq!(fix_with(page, rereads), Ok(tron.to_string()));
        // blind36: `C` read as `G` and `W` as `VW` on the page, every `5` as `S` re-read
        let tron = "TC1ZCj9Ne3j5v3TLx5ZCDLD55MU9g3XqQW";
        let page = "TC1ZGj9Ne3j5v3TLx5ZCDLD55MU9g3XqQVW";
        let rereads = [
            "TC1ZCj9Ne3jSv3TLxSZCDLDSSMU9g3XqQwt",
            "viTC1ZCj9Ne3jSv3TLxSZCDLDSSMU9g3XqQWtr",
        ];
        assert!(
            fix_with(page, ["", ""]).is_err(),
            "the page's reading alone"
        );
        assert_eq!(fix_with(page, rereads), Ok(tron.to_string()));
    }

    #[test]
    fn regression_evm_repairs_need_a_second_reading_of_their_digits() {
        // blind16 and blind23: edits until EIP-55's one bit per letter fit gave wrong addresses
        let evm = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
        let page = "0x5aAebb053F3E94C9b9A09f33669435E7Ef1BeAed"; // 6 read as b
        assert!(
            fix_with(page, ["", ""]).is_err(),
            "no second reading of the digits"
        );
        let lower = "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed";
        assert_eq!(fix_with(page, [lower, ""]), Ok(evm.to_string()));
        // a case flip that fits the checksum says nothing of the digits (blind: one kept the
        // digit OCR misread): with no second reading of them, no address
        let page = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD";
        assert!(fix_with(page, ["0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe0", ""]).is_err());
        // the digits two readings agree on, with the case of a `c` wrong: their checksummed
        // form (OCR reads `c` and `C` alike)
        let page = "0x5aAeb6053F3E94c9b9A09f33669435E7Ef1BeAed";
        assert_eq!(fix_with(page, [lower, ""]), Ok(evm.to_string()));
        // with another letter's case misread the digits may still be right, but a case the
        // page did not print is also what a shared digit error looks like: no address (the
        // letter keeps it as an unverified string)
        let page = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD";
        assert!(fix_with(page, [lower, ""]).is_err());
    }

    #[test]
    fn regression_two_readings_sharing_one_error_give_no_address() {
        // blind55: "…b98452f434…" read "…b984521434…" on the page and again on the re-read;
        // the agreed digits, checksummed, asked for a `d` where the page printed `D`, and the
        // wrong address was reported as repaired
        let page = "0x42712D45473476b984521434e72461577D686318";
        let reread = "0x42712D45473476b984521434e72461577D686318".to_ascii_lowercase();
        assert!(fix_with(page, [&reread, ""]).is_err());
    }

    #[test]
    fn each_disagreement_is_taken_from_either_reading() {
        let c = combinations("ab3dXf", "abJdf", 8);
        // "3"/"J" and "X"/"" disagree: four strings
        assert_eq!(c, ["ab3dXf", "ab3df", "abJdXf", "abJdf"]);
        assert!(combinations("abc", "abc", 0) == ["abc"]);
    }

    #[test]
    fn too_many_disagreements_give_nothing() {
        assert!(combinations("a1b2c3", "a9b8c7", 2).is_empty());
        assert_eq!(combinations("a1b2c3", "a9b8c7", 3).len(), 8);
    }

    #[test]
    fn a_run_of_dropped_characters_is_one_disagreement_a_substitution_each() {
        // "vi" glued before one reading is one choice; "3f" against "Jt" two ("Jf" is one)
        assert_eq!(combinations("abc", "viabc", 1), ["abc", "viabc"]);
        let c = combinations("x3fy", "xJty", 2);
        assert_eq!(c, ["x3fy", "x3ty", "xJfy", "xJty"]);
        assert_eq!(
            combinations("QVW", "QWtr", 2),
            ["QVW", "QVWtr", "QW", "QWtr"]
        );
    }
}
