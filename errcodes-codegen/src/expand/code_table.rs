//! The table of codes that opens a spec enum's documentation, the way the vendor's page
//! shows them: one line per variant with its code, a link to it, the message, billing and
//! retry class, so a reader scans one table instead of scrolling variant by variant.

use std::fmt::Write as _;

use super::docs::text;
use crate::model::{Billing, CodeSpace, Row, Value};

/// Enums with more codes than this get their count and a pointer to `errcodes export`
/// instead of a table of codes in their docs: a page of thousands of rows helps nobody,
/// and costs rustdoc time.
pub const TABLE_LIMIT: usize = 300;

/// The table of `space`'s codes as rustdoc Markdown; spec text is escaped by [`text`], on
/// one line, so no cell can break the table (`|` is escaped too).
pub fn code_table(space: &CodeSpace) -> String {
    let count = space.variants.len();
    if count > TABLE_LIMIT {
        return format!(
            "{count} codes, too many for a table here: `errcodes export --spec <spec file> \
             --format markdown` (from the `errcodes-cli` package) writes them as one."
        );
    }
    let mut table =
        String::from("| Code | Variant | Message | Billing | Retry |\n|---|---|---|---|---|\n");
    for variant in &space.variants {
        let Some(row) = space.rows.get(variant.row) else {
            continue;
        };
        let code = match &variant.value {
            Value::Code(code) => format!("`{code}`"),
            Value::Range { min, max } => format!("`{min}..={max}`"),
            // Spec text: in backticks only when it cannot close them or the cell.
            Value::Str(code) if !code.contains(['`', '|', '\n', '\r']) => format!("`{code}`"),
            Value::Str(code) => one_line(code),
        };
        let _ = writeln!(
            table,
            "| {code} | [`{0}`](Self::{0}) | {1} | {2} | {3} |",
            variant.ident,
            one_line(&row.message),
            billing(row),
            row.retry.as_str(),
        );
    }
    table
}

fn one_line(spec_text: &str) -> String {
    text(&spec_text.replace(['\r', '\n'], " "))
}

/// `charged`, `free (charged before 2021-07-19)`, or `-` when the source does not say.
fn billing(row: &Row) -> String {
    let word = |billing: Billing| match billing {
        Billing::Unspecified => "-",
        known => known.as_str(),
    };
    let mut cell = word(row.billing).to_owned();
    if !row.billing_history.is_empty() {
        let earlier: Vec<String> = row
            .billing_history
            .iter()
            .map(|period| format!("{} before {}", word(period.billing), period.until))
            .collect();
        let _ = write!(cell, " ({})", earlier.join(", "));
    }
    cell
}
