//! Trains the learned language model (`pipeline/language-model.toml`) on labelled letter sets
//! (folders holding a truth.json, as tests/data/threat-letters/*), with
//! `mailscreen::extract::language::train`.
//!
//! `cargo run --release --example train_language_model -- [--evaluate [--at P]] SET...`
//! Without `--evaluate` it writes the model file to stdout. With it, it trains on all sets but
//! one and reports recall and false positives on the one left out, for each set in turn: how
//! well the model reads letters it has not seen, before a blind set is spent. `--at P` counts a
//! reading at or above P (default 0.5), to choose a threshold such as scoring.toml's
//! `[language] sure` from readings of letters the model has not seen.

use std::path::PathBuf;

use anyhow::Result;
use mailscreen::extract::language::train::{evaluate, load_set, model_file, train, Letter};

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let leave_one_out = args.iter().any(|a| a == "--evaluate");
    let at = match args.iter().position(|a| a == "--at") {
        Some(i) => {
            let p = args.get(i + 1).map(|p| p.parse::<f64>());
            match p {
                Some(Ok(p)) if (0.0..=1.0).contains(&p) => p,
                _ => anyhow::bail!("--at needs a probability between 0 and 1"),
            }
        }
        None => 0.5,
    };
    let sets: Vec<PathBuf> = args
        .iter()
        .enumerate()
        .filter(|(i, a)| !a.starts_with("--") && (*i == 0 || args[i - 1] != "--at"))
        .map(|(_, a)| PathBuf::from(a))
        .collect();
    anyhow::ensure!(
        !sets.is_empty(),
        "usage: train_language_model [--evaluate [--at P]] SET..."
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
            let [caught, ex, fp, bn] = evaluate(&train(&rest), &data[i], at);
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
