//! The one driver both macros run: front end -> (model, diagnostics) -> validate -> expand,
//! or report. What survives a problem (the recovery policy) is decided here and nowhere
//! else:
//!
//! - a spec's enums that no problem concerns are still generated next to the errors, so
//!   that one broken enum does not take code using the others down with it;
//! - a derive whose input has problems is still implemented, over a placeholder of the
//!   input's shape built from the same parse, so that uses of the enum do not fail too.

use proc_macro2::{Ident, Span, TokenStream};
use proc_macro_crate::FoundCrate;
use quote::quote;
use syn::DeriveInput;

use crate::diagnostics::{Diagnostics, Origin, Seg};
use crate::expand::{self, Options};
use crate::model::{self, Catalog};
use crate::source::Source;
use crate::{attrs, yaml};

/// How many bytes of spec text may be parsed again to find the positions of problems.
///
/// Locating a problem re-reads the document (see [`yaml::locate`]), so a huge spec with
/// many problems would take minutes. Within this budget problems get `line:column`; past
/// it they keep their path in the document (`enums[0].entries[4711]`), which is as precise.
pub const LOCATE_BUDGET_BYTES: usize = 16 * 1024 * 1024;

/// What a macro expands to: the generated items and the problems to report beside them.
#[derive(Debug)]
pub struct Expansion {
    /// The generated items: everything when there is no problem, otherwise what the
    /// recovery policy keeps (possibly nothing).
    pub tokens: TokenStream,
    /// Every problem found, positions resolved.
    pub diagnostics: Diagnostics,
    /// How many codes (variants) the generated enums have, for reports.
    pub codes: usize,
}

/// Loads a spec: parses and reads it (the YAML front end), validates the catalog and
/// locates every problem in the text. The catalog is `None` only when the text is not YAML;
/// otherwise it holds whatever could be read, problems or not.
pub fn load(source: &Source) -> (Option<Catalog>, Diagnostics) {
    let mut diagnostics = Diagnostics::new();
    let catalog = yaml::read(&source.text, &mut diagnostics);
    if let Some(catalog) = &catalog {
        model::validate(catalog, &mut diagnostics);
    }
    locate_problems(&source.text, &mut diagnostics);
    diagnostics.sort_by_position();
    (catalog, diagnostics)
}

/// Everything `include_errcodes!` generates for a spec: its enums with their
/// implementations, or, when there are problems, the enums no problem concerns.
pub fn include(source: &Source, options: &Options) -> Expansion {
    let (catalog, diagnostics) = load(source);
    let kept = catalog.map(|catalog| untouched_enums(catalog, &diagnostics));
    let codes = kept.as_ref().map_or(0, codes);
    let tokens = kept.map_or_else(TokenStream::new, |catalog| {
        expand::catalog(&catalog, options)
    });
    Expansion {
        tokens,
        diagnostics,
        codes,
    }
}

/// Everything `#[derive(ErrorCode)]` generates for `input`: the implementations of the
/// enum, or, when there are problems, the implementations over a placeholder of its shape.
pub fn derive(input: &DeriveInput) -> Expansion {
    let mut diagnostics = Diagnostics::new();
    let derived = attrs::read(input, &mut diagnostics);
    if let Some(catalog) = &derived.catalog {
        // Whole-enum checks run even after attribute errors, so every problem shows at once;
        // the model marks itself incomplete so the gaps do not produce follow-on errors.
        model::validate(catalog, &mut diagnostics);
    }
    diagnostics.sort_by_position();
    let implemented = if diagnostics.is_empty() {
        derived.catalog
    } else {
        derived.placeholder
    };
    let options = Options {
        facade: derived.facade.unwrap_or_else(facade),
        span: Span::call_site(),
        impls: derived.impls,
    };
    let codes = implemented.as_ref().map_or(0, codes);
    let tokens = implemented.map_or_else(TokenStream::new, |catalog| {
        expand::implementations(&catalog, &options)
    });
    Expansion {
        tokens,
        diagnostics,
        codes,
    }
}

/// The path of the errcodes facade as the crate being compiled names it, from its
/// `Cargo.toml` (`ec = { package = "errcodes" }` gives `::ec`): what generated code uses
/// unless the macro is given `crate = path`. `::errcodes` inside the facade itself (which
/// declares `extern crate self as errcodes`) and whenever the manifest does not tell.
pub fn facade() -> TokenStream {
    match proc_macro_crate::crate_name("errcodes") {
        Ok(FoundCrate::Name(name)) => {
            let name = Ident::new(&name, Span::call_site());
            quote!(::#name)
        }
        Ok(FoundCrate::Itself) | Err(_) => quote!(::errcodes),
    }
}

fn codes(catalog: &Catalog) -> usize {
    catalog.enums.iter().map(|space| space.variants.len()).sum()
}

/// The enums of `catalog` that no problem concerns. Nothing survives a problem outside any
/// enum, nor a dropped (uncounted) one.
fn untouched_enums(mut catalog: Catalog, diagnostics: &Diagnostics) -> Catalog {
    let mut broken = Vec::new();
    for diagnostic in diagnostics.iter() {
        let Some(index) = enum_of(&diagnostic.origin) else {
            catalog.enums.clear();
            return catalog;
        };
        broken.push(index);
    }
    if diagnostics.dropped() > 0 {
        catalog.enums.clear();
    }
    catalog
        .enums
        .retain(|space| enum_of(&space.origin).is_some_and(|index| !broken.contains(&index)));
    catalog
}

/// The index of the enum a YAML origin lies in: `enums[index]...`.
fn enum_of(origin: &Origin) -> Option<usize> {
    match origin.path()? {
        [Seg::Key(key), Seg::Index(index), ..] if key == "enums" => Some(*index),
        _ => None,
    }
}

/// Gives every problem at a YAML node its line and column, as far as the budget allows.
fn locate_problems(text: &str, diagnostics: &mut Diagnostics) {
    let mut budget = LOCATE_BUDGET_BYTES;
    for diagnostic in diagnostics.iter_mut() {
        if let Origin::Node { path, at } = &mut diagnostic.origin {
            if budget < text.len() {
                return;
            }
            budget -= text.len();
            *at = yaml::locate(text, path);
        }
    }
}
