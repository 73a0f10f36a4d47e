//! The learned language model: the built-in `pipeline/language-model.toml` must be exactly what
//! training gives on the sets `make train-language` names, so the model an auditor reads is
//! the one the labelled letters produce (and blind92, the set it is measured on, stays out).

use mailscreen::extract::language::train::model_file;
use mailscreen::pipeline::Pipeline;

use crate::common::repo;

/// The sets of the Makefile's TRAIN_SETS, in order.
const TRAIN_SETS: &[&str] = &[
    "tuning", "heldout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7",
    "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15",
    "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22", "blind23",
    "blind24", "blind25", "blind26", "blind27", "blind28", "blind29", "blind30", "blind31",
    "blind32", "blind33", "blind34", "blind35", "blind36", "blind37", "blind38", "blind39",
    "blind40", "blind41", "blind42", "blind43", "blind44", "blind45", "blind46", "blind47",
    "blind48", "blind49", "blind50", "blind51", "blind52", "blind53", "blind54", "blind55",
    "blind56", "blind57", "blind58", "blind59", "blind60", "blind61", "blind62", "blind63",
    "blind64", "blind65", "blind66", "blind67", "blind68", "blind69", "blind70", "blind71",
    "blind72", "blind73", "blind74", "blind75", "blind76", "blind77", "blind78", "blind79",
    "blind80", "blind81", "blind82", "blind83", "blind84", "blind85", "blind86", "blind87",
    "blind88", "blind89", "blind90", "blind91",
];

#[test]
fn builtin_model_is_what_training_on_its_sets_gives() {
    let dirs: Vec<_> = TRAIN_SETS
        .iter()
        .map(|s| repo().join("tests/data/threat-letters").join(s))
        .collect();
    let trained = model_file(&dirs).unwrap();
    let shipped = std::fs::read_to_string(repo().join("pipeline/language-model.toml")).unwrap();
    assert!(
        trained == shipped,
        "pipeline/language-model.toml differs from training on {TRAIN_SETS:?}: run `make train-language`"
    );
    assert!(
        !shipped.contains("blind92"),
        "the measuring set must not be trained on"
    );
    let makefile = std::fs::read_to_string(repo().join("Makefile")).unwrap();
    assert!(
        makefile.contains(&format!(
            "TRAIN_SETS := $(addprefix tests/data/threat-letters/,{})",
            TRAIN_SETS.join(" ")
        )),
        "the Makefile trains on other sets than this test checks"
    );
}

#[test]
fn builtin_model_separates_a_demand_from_a_warning() {
    let p = Pipeline::builtin().unwrap();
    let read = |t: &str| {
        let words = mailscreen::page::PageText::from_plain_text(t).words;
        p.language.score(0, &words).probability
    };
    let extortion = read(
        "Tôi biết anh đã làm gì. Tôi có video. Gửi 5.000 USDT vào ví của tôi, \
         nếu không vợ anh sẽ biết.",
    );
    let warning = read(
        "Công an tỉnh đề nghị cán bộ cảnh giác: đối tượng gửi thư đe dọa, yêu cầu chuyển \
         USDT. Không chuyển tiền, báo ngay cơ quan công an.",
    );
    assert!(
        extortion > 0.65 && warning < 0.35,
        "{extortion} vs {warning}"
    );
}
