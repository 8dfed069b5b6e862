//! The expander: model in, tokens out. It knows nothing of YAML or attributes.
//!
//! Everything is table-driven. Per enum it emits the enum itself (`enum_item`, for specs;
//! a derive input has its own), static tables of literals (`tables`, with the row
//! arrays in `rows`), the inherent methods (`methods`) and the trait impls (`traits`),
//! all reading the tables. The only per-variant `match` maps a variant to its ordinal,
//! split into chained functions of at most [`MATCH_CHUNK`] arms; a code-to-variant `match`
//! is what makes large catalogs slow to compile. `Debug` is hand-written over the tables
//! for the same reason.

mod chain;
mod code_table;
mod docs;
mod enum_item;
mod impls;
mod methods;
mod rows;
mod strings;
mod tables;
mod traits;

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

pub use code_table::TABLE_LIMIT as DOC_TABLE_LIMIT;
pub use impls::{Impl, Impls};

use crate::diagnostics::Origin;
use crate::model::{Catalog, CodeKind, CodeSpace, Meta};

/// How generated code is written, besides the model.
#[derive(Clone, Debug)]
pub struct Options {
    /// Path of the errcodes facade in generated code: `::errcodes` unless the facade is
    /// renamed (`crate = path`).
    pub facade: TokenStream,
    /// Span of generated identifiers that have no origin of their own, such as the enums
    /// of a spec: the macro's argument, so errors in generated code point at it.
    pub span: Span,
    /// The standard traits to implement besides `ErrorCode` and the inherent API: all of
    /// them by default (what a spec gets); a derive's `impls(...)`.
    pub impls: Impls,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            facade: quote!(::errcodes),
            span: Span::call_site(),
            impls: Impls::all(),
        }
    }
}

/// Every associated item the generated API defines on an enum, inherent or of a trait it
/// implements (`ErrorCode` and the standard traits of [`Impls`]), by name; the chained
/// helpers add `_1`, `_2`, ... to theirs. A variant of the same name would hide the item
/// (`E::VARIANTS` would name the variant), so validation rejects such variant names. Of
/// these, only `VARIANTS` and `Err` can pass for a variant name at all.
pub const ASSOCIATED_ITEMS: &[&str] = &[
    // Inherent.
    "VARIANTS",
    "__TABLE",
    "__ordinal",
    "__from_ordinal",
    "from_code",
    "try_from_code",
    "code",
    "name",
    "row",
    "entry",
    "range",
    "message",
    "message_en",
    "description",
    "remedy",
    "section",
    "billing",
    "billing_on",
    "is_billable",
    "retry",
    "is_retryable",
    "is_success",
    "is_unknown",
    "layout_parts",
    // Inherent, string enums only.
    "ancestor",
    // `ErrorCode`, besides the methods above.
    "CODE_SPACE",
    "Code",
    "__ROWS",
    "__class_row",
    // The standard traits.
    "fmt",
    "Err",
    "from_str",
    "from",
    "partial_cmp",
    "cmp",
    "serialize",
    "deserialize",
];

/// The most arms one generated `match` over the variants gets; larger enums chain several
/// functions, each ending in an arm `_` that calls the next. rustc and LLVM handle one
/// `match` in time that grows faster than its arm count, so chunks keep the whole linear in
/// the variants. Measured on a crate of 30,000 codes (release): 44 s in one `match`, 20.4 s
/// in chunks of 4,096, 16.9 s of 2,048, 15.3 s of 1,024, 13.8 s of 512 and no faster below;
/// an optimised build still folds the whole chain into one read of the discriminant.
pub const MATCH_CHUNK: usize = 512;

/// What the expansion of one enum needs besides the model.
struct Target<'a> {
    /// The enum.
    space: &'a CodeSpace,
    /// Its catalog's metadata.
    meta: &'a Meta,
    /// Path of the errcodes facade.
    krate: &'a TokenStream,
    /// Span for generated identifiers that have no origin of their own.
    span: Span,
    /// The standard traits to implement.
    impls: Impls,
}

impl Target<'_> {
    /// An identifier with the span of its origin, or the target's span.
    fn ident(&self, name: &str, origin: &Origin) -> Ident {
        Ident::new(name, origin.first_span().unwrap_or(self.span))
    }

    /// The enum's type name.
    fn ty(&self) -> Ident {
        self.ident(&self.space.ident, &self.space.origin)
    }

    /// The catch-all variant's name.
    fn unknown(&self) -> Ident {
        self.ident(&self.space.unknown, &self.space.unknown_origin)
    }

    /// Whether the enum's codes are strings.
    fn is_string(&self) -> bool {
        self.space.kind == CodeKind::String
    }

    /// The type of the catch-all's value: `Unlisted<Self>`, or `UnlistedStr<Self>`.
    fn unlisted_type(&self) -> TokenStream {
        let krate = self.krate;
        if self.is_string() {
            quote! { #krate::UnlistedStr<Self> }
        } else {
            quote! { #krate::Unlisted<Self> }
        }
    }

    /// `tokens`, which a string enum's generated code is: behind the facade's
    /// `__string_codes!`, which reports one error instead when its `alloc` feature is off.
    fn needs_alloc(&self, tokens: TokenStream) -> TokenStream {
        if self.is_string() {
            let krate = self.krate;
            quote! { #krate::__string_codes! { #tokens } }
        } else {
            tokens
        }
    }

    /// The type of a range variant's value: `InRange<MIN, MAX>`, a negative bound braced.
    fn in_range_type(&self, min: i64, max: i64) -> TokenStream {
        let krate = self.krate;
        let bound = |value: i64| {
            let literal = Literal::i64_suffixed(value);
            if value < 0 {
                quote! { { #literal } }
            } else {
                quote! { #literal }
            }
        };
        let (min, max) = (bound(min), bound(max));
        quote! { #krate::InRange<#min, #max> }
    }
}

/// Every enum of `catalog`, defined and implemented: what `include_errcodes!` generates.
pub fn catalog(catalog: &Catalog, options: &Options) -> TokenStream {
    let mut tokens = TokenStream::new();
    for space in &catalog.enums {
        let target = Target {
            space,
            meta: &catalog.meta,
            krate: &options.facade,
            span: options.span,
            impls: options.impls,
        };
        let mut generated = enum_item::enum_item(&target);
        generated.extend(implementation(&target));
        tokens.extend(target.needs_alloc(generated));
    }
    tokens
}

/// The implementations of every enum of `catalog`, which the user has defined: what
/// `#[derive(ErrorCode)]` generates.
pub fn implementations(catalog: &Catalog, options: &Options) -> TokenStream {
    let mut tokens = TokenStream::new();
    for space in &catalog.enums {
        let target = Target {
            space,
            meta: &catalog.meta,
            krate: &options.facade,
            span: options.span,
            impls: options.impls,
        };
        tokens.extend(target.needs_alloc(implementation(&target)));
    }
    tokens
}

/// Everything but the enum's definition, inside `const _: () = { ... };` so that two
/// catalogs in one module never clash.
fn implementation(target: &Target<'_>) -> TokenStream {
    let tables = tables::statics(target);
    let methods = methods::inherent(target);
    let traits = traits::all(target);
    quote! {
        const _: () = {
            #tables
            #methods
            #traits
        };
    }
}
