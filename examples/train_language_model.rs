//! Trains the learned language model (`pipeline/language-model.toml`) on labelled letter sets
//! (folders holding a truth.json, as tests/data/threat-letters/*), with
//! `mailscreen::extract::language::train`.
//!
//! `cargo run --release --example train_language_model -- [--evaluate] SET...`
//! Without `--evaluate` it writes the model file to stdout. With it, it trains on all sets but
//! one and reports recall and false positives on the one left out, for each set in turn: how
//! well the model reads letters it has not seen, before a blind set is spent.

use std::path::PathBuf;

use anyhow::Result;
use mailscreen::extract::language::train::{evaluate, load_set, model_file, train, Letter};

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let leave_one_out = args.iter().any(|a| a == "--evaluate");
    let sets: Vec<PathBuf> = args
        .iter()
        .filter(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .collect();
    anyhow::ensure!(
        !sets.is_empty(),
        "usage: train_language_model [--evaluate] SET..."
    );
    if leave_one_out {
        let data = sets
            .iter()
            .map(|s| load_set(s))
            .collect::<Result<Vec<_>, _>>()?;
        for (i, set) in sets.iter().enumerate() {
            let rest: Vec<&Letter> = data
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .flat_map(|(_, d)| d)
                .collect();
            let [caught, ex, fp, bn] = evaluate(&train(&rest), &data[i], 0.5);
            println!(
                "{}: trained without it, recall {caught}/{ex}, false positives {fp}/{bn}",
                set.display()
            );
        }
        return Ok(());
    }
    print!("{}", model_file(&sets)?);
    Ok(())
}
