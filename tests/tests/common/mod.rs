//! Helpers shared by the catalog tests: counting rows per section, and collecting every
//! disagreement with a source document before failing.
#![allow(dead_code, reason = "each test binary uses a different subset")]

use std::fmt::Debug;

use errcodes::{Date, ErrorCode};

/// Groups `E::VARIANTS` by `section()` display string (in order of first appearance),
/// counting distinct rows (`row()`) and codes (variants) of each section.
pub fn census<E: ErrorCode + Debug>() -> Vec<(String, usize, usize)> {
    let mut sections: Vec<(String, Vec<usize>, usize)> = Vec::new();
    for variant in E::VARIANTS {
        let row = variant
            .row()
            .unwrap_or_else(|| panic!("{variant:?} in VARIANTS has no row"));
        let title = variant
            .section()
            .map_or_else(String::new, ToString::to_string);
        let index = if let Some(index) = sections.iter().position(|(t, ..)| *t == title) {
            index
        } else {
            sections.push((title, Vec::new(), 0));
            sections.len() - 1
        };
        let (_, rows, codes) = &mut sections[index];
        if !rows.contains(&row) {
            rows.push(row);
        }
        *codes += 1;
    }
    sections
        .into_iter()
        .map(|(title, rows, codes)| (title, rows.len(), codes))
        .collect()
}

/// Collects every disagreement with the document, then fails listing all of them.
#[derive(Default)]
pub struct Disagreements(Vec<String>);

impl Disagreements {
    #[allow(clippy::needless_pass_by_value, reason = "called with temporaries")]
    pub fn check<T: PartialEq + Debug>(&mut self, what: impl std::fmt::Display, got: T, want: T) {
        if got != want {
            self.0.push(format!(
                "{what}: spec gives {got:?}, document says {want:?}"
            ));
        }
    }

    pub fn finish(self) {
        assert!(
            self.0.is_empty(),
            "{} disagreement(s) with the document:\n{}",
            self.0.len(),
            self.0.join("\n")
        );
    }
}

pub fn dates() -> [Date; 3] {
    [
        Date::new(2000, 1, 1).unwrap(),
        Date::new(2021, 7, 18).unwrap(),
        Date::new(2021, 7, 19).unwrap(),
    ]
}
