//! The errcodes code generator as a library: what `include_errcodes!` and
//! `#[derive(ErrorCode)]` do, for any program to use (the macros in `errcodes-macros` are
//! thin glue over it; command-line tools and fuzzers link it directly).
//!
//! One pipeline, read top to bottom:
//!
//! 1. **source**: [`Source`] finds and reads a spec (crate directory, then beside the
//!    invoking file, then the [`source::SHIPPED`] specs; size limit; UTF-8);
//! 2. **front end**: [`yaml::read`] turns spec text into a [`model::Catalog`]; the
//!    attribute front end does the same for a derive input;
//! 3. **validate**: [`validate`] checks the catalog whole (names, codes, ranges, layout,
//!    messages, billing histories);
//! 4. **expand**: [`expand`] turns a catalog into tokens.
//!
//! Every stage pushes its problems into one [`Diagnostics`] collector instead of stopping
//! at the first, and nothing panics on bad input. [`load`], [`include()`] and [`derive()`] are
//! the [`driver`] that runs the stages and decides what survives a problem.
//!
//! ```
//! use errcodes_codegen::{load, Source};
//!
//! let spec = "catalog: { title: Demo }\nenums:\n  - name: DemoCode\n    entries:\n      - { name: Busy, code: 1, message: busy }\n      - { name: Again, code: 1, message: again }\n";
//! let (catalog, diagnostics) = load(&Source::from_text("demo.yaml", spec));
//! assert_eq!(catalog.unwrap().enums[0].variants.len(), 2);
//! let problems = diagnostics.messages(Some("demo.yaml"));
//! assert_eq!(problems.len(), 1);
//! assert!(problems[0].1.starts_with("demo.yaml:6:9: entry `Again` (code 1): duplicate code 1"));
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod attrs;
pub mod diagnostics;
pub mod driver;
mod expand;
pub mod lookup;
pub mod model;
pub mod source;
pub mod yaml;

pub use diagnostics::{Diagnostic, Diagnostics};
pub use driver::{derive, facade, include, load, Expansion};
pub use expand::{Impl, Impls, Options, ASSOCIATED_ITEMS, DOC_TABLE_LIMIT, MATCH_CHUNK};
pub use model::validate;
pub use source::Source;

/// Every enum of `catalog`, defined and implemented, as `include_errcodes!` generates them.
/// The catalog should be free of problems ([`validate`]); the expander does not check it.
pub fn expand(catalog: &model::Catalog, options: &Options) -> proc_macro2::TokenStream {
    expand::catalog(catalog, options)
}
