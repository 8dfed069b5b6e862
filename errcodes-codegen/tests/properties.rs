//! Property tests over randomly generated specs: whatever the codes, names and ranges, the
//! loader either reports problems or yields a model whose lookup table finds every code and
//! nothing else.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use errcodes_codegen::lookup::HashTable;
use errcodes_codegen::model::{Catalog, Value};
use errcodes_codegen::{Diagnostic, Diagnostics, Source};
use proptest::prelude::*;

/// Loads a spec: its catalog if it has no problem, else every problem.
fn load(text: &str) -> Result<Catalog, Diagnostics> {
    match errcodes_codegen::load(&Source::from_text("random.yaml", text)) {
        (Some(catalog), diagnostics) if diagnostics.is_empty() => Ok(catalog),
        (_, diagnostics) => Err(diagnostics),
    }
}

/// A generated entry: name index, code, optional alias code, optional range width.
type Row = (u8, i64, Option<i64>, Option<u8>);

fn code() -> impl Strategy<Value = i64> {
    prop_oneof![
        -100_i64..100,
        66_660_000_i64..66_660_050,
        any::<i64>(),
        Just(i64::MIN),
        Just(i64::MAX),
    ]
}

fn spec(rows: &[Row]) -> String {
    let mut text =
        String::from("catalog: { title: Random }\nenums:\n  - name: Random\n    entries:\n");
    for (index, (name, code, alias, width)) in rows.iter().enumerate() {
        let _ = write!(text, "      - name: N{name}\n        message: m{index}\n");
        match width {
            Some(width) => {
                let max = code.saturating_add(i64::from(*width));
                let _ = writeln!(text, "        range: [{code}, {max}]");
            }
            None => {
                let _ = writeln!(text, "        code: {code}");
            }
        }
        if let Some(alias) = alias {
            let _ = writeln!(
                text,
                "        aliases: [{{ code: {alias}, name: A{index} }}]"
            );
        }
    }
    text
}

/// Whether the generated rows are free of clashes, computed independently of the validator.
fn clean(rows: &[Row]) -> bool {
    let mut names = HashSet::new();
    let mut spans: Vec<(i64, i64)> = Vec::new();
    for (index, (name, code, alias, width)) in rows.iter().enumerate() {
        if !names.insert(format!("N{name}")) || !names.insert(format!("A{index}")) {
            return false;
        }
        match width {
            Some(_) if alias.is_some() => return false,
            Some(width) => spans.push((*code, code.saturating_add(i64::from(*width)))),
            None => spans.push((*code, *code)),
        }
        if let Some(alias) = alias {
            spans.push((*alias, *alias));
        }
    }
    spans.sort_unstable();
    spans.windows(2).all(|pair| pair[0].1 < pair[1].0)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn loader_accepts_exactly_the_clean_specs(rows in prop::collection::vec((0_u8..40, code(), prop::option::of(code()), prop::option::weighted(0.2, 0_u8..5)), 1..30)) {
        let text = spec(&rows);
        match load(&text) {
            Ok(catalog) => {
                prop_assert!(clean(&rows), "accepted a spec with clashes:\n{text}");
                let space = &catalog.enums[0];
                let hashed: Vec<Option<i64>> = space.variants.iter().map(|v| match v.value {
                    Value::Code(code) => Some(code),
                    Value::Range { .. } | Value::Str(_) => None,
                }).collect();
                let table = HashTable::build(&hashed).expect("placed");
                let mut expected: HashMap<i64, usize> = HashMap::new();
                for (ordinal, code) in hashed.iter().enumerate() {
                    if let Some(code) = code {
                        expected.insert(*code, ordinal);
                        prop_assert_eq!(table.find(*code), Some(ordinal));
                    }
                }
                for probe in [0_i64, 1, -1, i64::MIN, i64::MAX, 66_660_025] {
                    prop_assert_eq!(table.find(probe), expected.get(&probe).copied());
                }
            }
            Err(problems) => {
                prop_assert!(!clean(&rows), "rejected a clean spec: {:?}", problems.iter().map(Diagnostic::text).collect::<Vec<_>>());
            }
        }
    }

    #[test]
    fn loader_reports_or_accepts_arbitrary_text(text in ".{0,400}") {
        // Never a panic; and a refusal always comes with a problem to show.
        if let Err(problems) = load(&text) {
            prop_assert!(problems.count() > 0);
        }
    }
}
