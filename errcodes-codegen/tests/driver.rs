//! The driver's recovery policy on specs: the enums no problem concerns are still
//! generated; a problem outside any enum, or one past the cap, generates nothing.

use std::fmt::Write as _;

use errcodes_codegen::diagnostics::{Origin, MAX_DIAGNOSTICS};
use errcodes_codegen::{include, load, Options, Source};

const TWO_ENUMS: &str = "\
catalog: { title: t }
enums:
  - name: GoodCode
    entries:
      - { name: Ok, code: 0, message: ok }
  - name: BadCode
    entries:
      - { name: One, code: 1, message: one }
      - { name: Again, code: 1, message: again }
";

fn generated(text: &str) -> (String, usize) {
    let expansion = include(&Source::from_text("t.yaml", text), &Options::default());
    (expansion.tokens.to_string(), expansion.diagnostics.count())
}

#[test]
fn a_clean_spec_is_generated_whole() {
    let fixed = TWO_ENUMS.replace("code: 1, message: again", "code: 2, message: again");
    let (tokens, problems) = generated(&fixed);
    assert_eq!(problems, 0);
    assert!(tokens.contains("pub enum GoodCode") && tokens.contains("pub enum BadCode"));
}

#[test]
fn enums_no_problem_concerns_are_still_generated() {
    let (tokens, problems) = generated(TWO_ENUMS);
    assert_eq!(problems, 1);
    assert!(tokens.contains("pub enum GoodCode"));
    assert!(!tokens.contains("BadCode"));
}

#[test]
fn a_problem_outside_the_enums_generates_nothing() {
    let fixed = TWO_ENUMS.replace("code: 1, message: again", "code: 2, message: again");
    let (tokens, problems) = generated(&fixed.replace("title: t", "colour: red"));
    assert_eq!(problems, 1, "an unknown key");
    assert!(tokens.is_empty(), "{tokens}");
}

#[test]
fn problems_past_the_cap_generate_nothing() {
    let mut text = String::from(TWO_ENUMS);
    text.push_str("  - name: Many\n    entries:\n");
    for index in 0..=MAX_DIAGNOSTICS {
        let _ = writeln!(text, "      - {{ name: M{index}, code: 5, message: m }}");
    }
    let (tokens, problems) = generated(&text);
    assert!(problems > MAX_DIAGNOSTICS);
    assert!(tokens.is_empty(), "{tokens}");
}

#[test]
fn load_keeps_the_path_of_every_located_problem() {
    let (catalog, diagnostics) = load(&Source::from_text("t.yaml", TWO_ENUMS));
    assert_eq!(catalog.map(|catalog| catalog.enums.len()), Some(2));
    let problem = diagnostics.iter().next().unwrap();
    let Origin::Node { path, at } = &problem.origin else {
        panic!("{problem:?}")
    };
    assert_eq!(
        errcodes_codegen::diagnostics::PathDisplay(path).to_string(),
        "enums[1].entries[1]"
    );
    assert_eq!(at.map(|at| (at.line, at.column)), Some((9, 9)));
}

#[test]
fn text_that_is_not_yaml_has_no_catalog_and_one_problem() {
    let (catalog, diagnostics) = load(&Source::from_text("t.yaml", "enums: [\n"));
    assert!(catalog.is_none());
    assert_eq!(diagnostics.count(), 1);
}
