//! Campaigns: cases that share a wallet, an e-mail address, a messenger contact (Telegram user
//! name, Zalo number), or a near-identical letter text are
//! one campaign. Texts are compared by MinHash over word 3-shingles of the folded OCR text
//! (diacritics and case removed, so a re-typed copy without accents still matches); groups are
//! the connected components of "shares an indicator or estimated Jaccard >= threshold".
//! Computed on demand from the stored cases, so the grouping always reflects the current queue.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use serde::Serialize;

use super::Queue;
use crate::error::QueueError;
use crate::extract::text::fold;

const HASHES: usize = 64;

#[derive(Debug, Clone, Serialize)]
pub struct Campaign {
    /// Stable id: `C` and the lowest case id in the group.
    pub id: String,
    pub cases: Vec<i64>,
    pub items: Vec<String>,
    pub shared_wallets: Vec<String>,
    pub shared_emails: Vec<String>,
    /// Telegram user names (`@name`) and messenger numbers.
    pub shared_messengers: Vec<String>,
    /// Case pairs linked by letter text, with their estimated similarity.
    pub similar_texts: Vec<(i64, i64, f64)>,
    pub first_seen: String,
    pub last_seen: String,
}

fn fnv1a(seed: u64, data: &[u8]) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64 ^ seed.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    for b in data {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// MinHash signature of a text's word 3-shingles; `None` for texts too short to compare.
pub fn signature(text: &str) -> Option<[u64; HASHES]> {
    let folded = fold(text);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() < 12 {
        return None;
    }
    let shingles: HashSet<String> = words.windows(3).map(|w| w.join(" ")).collect();
    let mut sig = [u64::MAX; HASHES];
    for s in &shingles {
        for (i, slot) in sig.iter_mut().enumerate() {
            *slot = (*slot).min(fnv1a(i as u64 + 1, s.as_bytes()));
        }
    }
    Some(sig)
}

pub fn similarity(a: &[u64; HASHES], b: &[u64; HASHES]) -> f64 {
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / HASHES as f64
}

fn find(parent: &mut [usize], i: usize) -> usize {
    let mut r = i;
    while parent[r] != r {
        r = parent[r];
    }
    parent[i] = r;
    r
}

impl Queue {
    /// Groups of two or more linked cases, oldest group first.
    pub fn campaigns(&self, text_threshold: f64) -> Result<Vec<Campaign>, QueueError> {
        let mut st = self
            .conn
            .prepare("SELECT id, item, created_at, ocr_text FROM cases ORDER BY id")
            .map_err(|e| self.err(e))?;
        let cases: Vec<(i64, String, String, String)> = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .map_err(|e| self.err(e))?
            .collect::<Result<_, _>>()
            .map_err(|e| self.err(e))?;
        let index: BTreeMap<i64, usize> = cases.iter().enumerate().map(|(i, c)| (c.0, i)).collect();
        let mut parent: Vec<usize> = (0..cases.len()).collect();
        let mut by_value: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
        for (case, kind, value, _) in self.indicators(false)? {
            if let Some(&i) = index.get(&case) {
                by_value.entry((kind, value)).or_default().push(i);
            }
        }
        for members in by_value.values() {
            for w in members.windows(2) {
                let (a, b) = (find(&mut parent, w[0]), find(&mut parent, w[1]));
                parent[a] = b;
            }
        }
        let sigs: Vec<Option<[u64; HASHES]>> = cases.iter().map(|c| signature(&c.3)).collect();
        let mut similar = Vec::new();
        for i in 0..cases.len() {
            for j in i + 1..cases.len() {
                if let (Some(a), Some(b)) = (&sigs[i], &sigs[j]) {
                    let s = similarity(a, b);
                    if s >= text_threshold {
                        similar.push((i, j, s));
                        let (ra, rb) = (find(&mut parent, i), find(&mut parent, j));
                        parent[ra] = rb;
                    }
                }
            }
        }
        let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in 0..cases.len() {
            let r = find(&mut parent, i);
            groups.entry(r).or_default().push(i);
        }
        let mut out: Vec<Campaign> = groups
            .into_values()
            .filter(|g| g.len() > 1)
            .map(|g| {
                let members: BTreeSet<usize> = g.iter().copied().collect();
                let shared = |kind: &str| -> Vec<String> {
                    by_value
                        .iter()
                        .filter(|((k, _), m)| {
                            k == kind && m.iter().filter(|i| members.contains(i)).count() > 1
                        })
                        .map(|((_, v), _)| v.clone())
                        .collect()
                };
                let dates: Vec<&String> = g.iter().map(|&i| &cases[i].2).collect();
                Campaign {
                    id: format!("C{}", cases[g[0]].0),
                    cases: g.iter().map(|&i| cases[i].0).collect(),
                    items: g.iter().map(|&i| cases[i].1.clone()).collect(),
                    shared_wallets: shared("wallet"),
                    shared_emails: shared("email"),
                    shared_messengers: shared("messenger"),
                    similar_texts: similar
                        .iter()
                        .filter(|(a, _, _)| members.contains(a))
                        .map(|&(a, b, s)| (cases[a].0, cases[b].0, (s * 100.0).round() / 100.0))
                        .collect(),
                    first_seen: dates
                        .iter()
                        .min()
                        .map(|s| s.to_string())
                        .unwrap_or_default(),
                    last_seen: dates
                        .iter()
                        .max()
                        .map(|s| s.to_string())
                        .unwrap_or_default(),
                }
            })
            .collect();
        out.sort_by_key(|c| c.cases[0]);
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retyped_letter_without_diacritics_is_similar_and_another_letter_is_not() {
        let a = "Tôi có hình ảnh nhạy cảm của anh. Nếu anh không chuyển 30.000 USDT vào ví dưới đây trong vòng 72 giờ, tôi sẽ phát tán cho đồng nghiệp và gia đình anh.";
        let b = "Toi co hinh anh nhay cam cua anh. Neu anh khong chuyen 50.000 USDT vao vi duoi day trong vong 72 gio, toi se phat tan cho dong nghiep va gia dinh anh.";
        let c = "Kính gửi ông Vũ Đức Thắng. Theo hợp đồng tín dụng số 2291, khoản vay của ông đã quá hạn 45 ngày, đề nghị ông thanh toán.";
        let (sa, sb, sc) = (
            signature(a).unwrap(),
            signature(b).unwrap(),
            signature(c).unwrap(),
        );
        assert!(similarity(&sa, &sb) >= 0.6, "{}", similarity(&sa, &sb));
        assert!(similarity(&sa, &sc) < 0.2, "{}", similarity(&sa, &sc));
        assert!(signature("quá ngắn").is_none());
    }
}
