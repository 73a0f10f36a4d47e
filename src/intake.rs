//! Intake: turns the directories named on the command line into a sorted list of mail items.
//!
//! An item is an image file directly in a scanned directory, a multi-page TIFF (one item, its
//! pages in order), or a sub-folder (its image files, in natural name order, are the pages: an
//! envelope and a letter scanned as separate files). Intake is deterministic: the same tree
//! gives the same items, ids and page order on every machine, because results, golden tests and
//! case de-duplication depend on it. It does not decode images (that is the OCR workers' job,
//! in parallel); it only lists, and counts TIFF pages so progress can be shown in pages.
//!
//! Files that are plainly not scans (documentation and data beside the scans: `.md`, `.txt`,
//! `.json`, ...) are skipped and counted; every other file becomes an item, and one that turns
//! out not to be a readable image is reported as a failed item, never dropped.

use std::cmp::Ordering;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::error::IntakeError;

/// Extensions read as scans.
pub const IMAGE_EXTENSIONS: &[&str] = &["png", "jpg", "jpeg", "tif", "tiff"];
/// Extensions of side files that are skipped, not reported as failed scans.
pub const SIDECAR_EXTENSIONS: &[&str] = &[
    "md", "txt", "json", "jsonl", "toml", "csv", "py", "sh", "db",
];

/// Where one page comes from: a file, and for multi-page TIFFs the page number in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageSource {
    pub path: PathBuf,
    /// The file's path as shown in results: relative to the scanned directory, `/`-separated.
    pub file: String,
    pub frame: u32,
}

/// One mail item: a letter, an envelope, or a folder holding both.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Stable id: the item's path relative to the scanned directory, `/`-separated.
    pub id: String,
    pub pages: Vec<PageSource>,
    /// Set when intake already knows the item cannot be read (e.g. an empty folder).
    pub error: Option<String>,
}

/// What intake found.
#[derive(Debug, Default)]
pub struct Intake {
    pub items: Vec<Item>,
    /// Side files that were skipped, for the operator's summary.
    pub skipped: Vec<PathBuf>,
}

impl Intake {
    pub fn page_count(&self) -> usize {
        self.items.iter().map(|i| i.pages.len()).sum()
    }
}

/// Lists the items under each of `roots` (a directory, or a single file).
pub fn collect(roots: &[PathBuf]) -> Result<Intake, IntakeError> {
    let mut intake = Intake::default();
    let prefix_with_root = roots.len() > 1;
    for root in roots {
        if !root.exists() {
            return Err(IntakeError::Missing { path: root.clone() });
        }
        let label = root
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| root.display().to_string());
        let id_of = |rel: &str| {
            if prefix_with_root {
                format!("{label}/{rel}")
            } else {
                rel.to_string()
            }
        };
        if root.is_file() {
            let name = label.clone();
            intake.items.push(file_item(root, &name, name.clone()));
            continue;
        }
        for entry in sorted_children(root)? {
            let name = entry
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if name.starts_with('.') {
                continue;
            }
            if entry.is_dir() {
                intake.items.push(folder_item(
                    &entry,
                    &name,
                    id_of(&name),
                    &mut intake.skipped,
                )?);
            } else if is_sidecar(&entry) {
                intake.skipped.push(entry);
            } else {
                intake.items.push(file_item(&entry, &name, id_of(&name)));
            }
        }
    }
    intake.items.sort_by(|a, b| natural_cmp(&a.id, &b.id));
    Ok(intake)
}

fn sorted_children(dir: &Path) -> Result<Vec<PathBuf>, IntakeError> {
    let mut out = Vec::new();
    for e in WalkDir::new(dir).min_depth(1).max_depth(1) {
        let e = e.map_err(|source| IntakeError::Walk {
            path: dir.to_path_buf(),
            source,
        })?;
        out.push(e.into_path());
    }
    out.sort_by(|a, b| natural_cmp(&a.to_string_lossy(), &b.to_string_lossy()));
    Ok(out)
}

fn extension(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

fn is_sidecar(path: &Path) -> bool {
    SIDECAR_EXTENSIONS.contains(&extension(path).as_str())
}

fn is_tiff(path: &Path) -> bool {
    matches!(extension(path).as_str(), "tif" | "tiff")
}

fn file_item(path: &Path, file: &str, id: String) -> Item {
    Item {
        id,
        pages: pages_of(path, file),
        error: None,
    }
}

/// A file's pages: one per TIFF directory, else one.
fn pages_of(path: &Path, file: &str) -> Vec<PageSource> {
    let frames = if is_tiff(path) {
        tiff_frame_count(path).unwrap_or(1)
    } else {
        1
    };
    (0..frames.max(1))
        .map(|frame| PageSource {
            path: path.to_path_buf(),
            file: file.to_string(),
            frame,
        })
        .collect()
}

/// Counts the pages of a TIFF by walking its directory chain without decoding pixel data. A
/// file that cannot be parsed counts as one page; decoding it later reports the real error.
fn tiff_frame_count(path: &Path) -> Option<u32> {
    let f = std::fs::File::open(path).ok()?;
    let mut dec = tiff::decoder::Decoder::new(std::io::BufReader::new(f)).ok()?;
    let mut n = 1;
    while dec.more_images() {
        dec.next_image().ok()?;
        n += 1;
        if n > 10_000 {
            return None;
        }
    }
    Some(n)
}

fn folder_item(
    dir: &Path,
    name: &str,
    id: String,
    skipped: &mut Vec<PathBuf>,
) -> Result<Item, IntakeError> {
    let mut files = Vec::new();
    for e in WalkDir::new(dir).min_depth(1) {
        let e = e.map_err(|source| IntakeError::Walk {
            path: dir.to_path_buf(),
            source,
        })?;
        let hidden = e.file_name().to_string_lossy().starts_with('.');
        if e.file_type().is_file() && !hidden {
            files.push(e.into_path());
        }
    }
    files.sort_by(|a, b| natural_cmp(&a.to_string_lossy(), &b.to_string_lossy()));
    let mut pages = Vec::new();
    for f in files {
        if is_sidecar(&f) {
            skipped.push(f);
            continue;
        }
        let rel = f
            .strip_prefix(dir)
            .unwrap_or(&f)
            .to_string_lossy()
            .replace('\\', "/");
        pages.extend(pages_of(&f, &format!("{name}/{rel}")));
    }
    let error = pages
        .is_empty()
        .then(|| format!("{}: folder holds no scans", dir.display()));
    Ok(Item { id, pages, error })
}

/// Natural order: digit runs compare by value, so `page2` sorts before `page10`.
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    let (mut a, mut b) = (a.as_bytes(), b.as_bytes());
    loop {
        match (a.first(), b.first()) {
            (None, None) => return Ordering::Equal,
            (None, _) => return Ordering::Less,
            (_, None) => return Ordering::Greater,
            (Some(x), Some(y)) if x.is_ascii_digit() && y.is_ascii_digit() => {
                let da = a.iter().take_while(|c| c.is_ascii_digit()).count();
                let db = b.iter().take_while(|c| c.is_ascii_digit()).count();
                let (na, nb) = (trim_zeros(&a[..da]), trim_zeros(&b[..db]));
                let ord = na
                    .len()
                    .cmp(&nb.len())
                    .then_with(|| na.cmp(nb))
                    .then(da.cmp(&db));
                if ord != Ordering::Equal {
                    return ord;
                }
                a = &a[da..];
                b = &b[db..];
            }
            (Some(x), Some(y)) => {
                let ord = x.cmp(y);
                if ord != Ordering::Equal {
                    return ord;
                }
                a = &a[1..];
                b = &b[1..];
            }
        }
    }
}

fn trim_zeros(d: &[u8]) -> &[u8] {
    let n = d.iter().take_while(|c| **c == b'0').count();
    &d[n.min(d.len().saturating_sub(1))..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn natural_order_puts_page2_before_page10() {
        let mut v = vec!["page10.png", "page2.png", "page1.png", "envelope.png"];
        v.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(v, ["envelope.png", "page1.png", "page2.png", "page10.png"]);
    }

    #[test]
    fn folders_are_items_and_sidecars_are_skipped() {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir(d.path().join("case-b")).unwrap();
        std::fs::write(d.path().join("case-b/p10.png"), b"x").unwrap();
        std::fs::write(d.path().join("case-b/p2.png"), b"x").unwrap();
        std::fs::write(d.path().join("a.png"), b"x").unwrap();
        std::fs::write(d.path().join("README.md"), b"x").unwrap();
        std::fs::write(d.path().join("weird.bin"), b"x").unwrap();
        std::fs::create_dir(d.path().join("empty")).unwrap();
        let got = collect(&[d.path().to_path_buf()]).unwrap();
        let ids: Vec<_> = got.items.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids, ["a.png", "case-b", "empty", "weird.bin"]);
        let files: Vec<_> = got.items[1].pages.iter().map(|p| p.file.as_str()).collect();
        assert_eq!(files, ["case-b/p2.png", "case-b/p10.png"]);
        assert!(got.items[2].error.is_some());
        assert_eq!(got.skipped.len(), 1);
    }
}
