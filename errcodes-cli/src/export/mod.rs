//! `errcodes export`: a catalog as JSON (one object per enum, one per row) or as a
//! vendor-style Markdown page that `errcodes import` reads back to the same rows.

pub mod json;
pub mod markdown;

use errcodes_codegen::model::{CodeSpace, Row, Variant};

use crate::specs::{self, Selection, Spec};
use crate::Output;

/// What `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A JSON array with one object per enum: `catalog`, `enum` and its `entries`.
    Json,
    /// A vendor-style page: a title, the notes, a heading per enum and section, tables.
    Markdown,
}

/// Exports the selected specs.
pub fn run(selection: &Selection, format: Format) -> Output {
    let specs = match specs::select(selection) {
        Ok(specs) => specs,
        Err(output) => return output,
    };
    Output::answer(match format {
        Format::Json => format!("{:#}\n", json::catalogs(&specs)),
        Format::Markdown => specs
            .iter()
            .map(markdown::page)
            .collect::<Vec<_>>()
            .join("\n"),
    })
}

/// A row of an enum with the variants that stand for it, the first one the row's own.
#[derive(Debug)]
pub struct Entry<'a> {
    /// The row.
    pub row: &'a Row,
    /// Its variants: the entry's own, then its aliases, in spec order.
    pub variants: Vec<&'a Variant>,
}

/// The rows of `space` in spec order, each with its variants; rows without a variant (a
/// model with problems) are left out.
pub fn entries(space: &CodeSpace) -> Vec<Entry<'_>> {
    space
        .variants_by_row()
        .into_iter()
        .zip(&space.rows)
        .filter(|(variants, _)| !variants.is_empty())
        .map(|(mut variants, row)| {
            variants.sort_by_key(|variant| variant.alias_of.is_some());
            Entry { row, variants }
        })
        .collect()
}

/// The specs' enums, with the name of the catalog of each.
pub fn enums(specs: &[Spec]) -> impl Iterator<Item = (&str, &CodeSpace)> {
    specs.iter().flat_map(|spec| {
        spec.catalog
            .enums
            .iter()
            .map(move |space| (spec.name.as_str(), space))
    })
}
