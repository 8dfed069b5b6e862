//! The expander: model in, tokens out. It knows nothing of YAML or attributes.
//!
//! Everything is table-driven. Per enum it emits the enum itself (`enum_item`, for specs;
//! a derive input has its own), static tables of literals (`tables`, with the row
//! arrays in `rows`), the inherent methods (`methods`) and the trait impls (`traits`),
//! all reading the tables. The only per-code `match` maps a variant to its ordinal, and
//! only for enums of up to [`CONST_FN_LIMIT`] variants: a code-to-variant `match` is what
//! makes large catalogs slow to compile. `Debug` is hand-written over the tables for the
//! same reason.

mod docs;
mod enum_item;
mod methods;
mod rows;
mod tables;
mod traits;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::diagnostics::Origin;
use crate::model::{Catalog, CodeSpace, Meta, Value};

/// How generated code is written, besides the model.
#[derive(Clone, Debug)]
pub struct Options {
    /// Path of the errcodes facade in generated code: `::errcodes` unless the facade is
    /// renamed (`crate = path`).
    pub facade: TokenStream,
    /// Span of generated identifiers that have no origin of their own, such as the enums
    /// of a spec: the macro's argument, so errors in generated code point at it.
    pub span: Span,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            facade: quote!(::errcodes),
            span: Span::call_site(),
        }
    }
}

/// Enums up to this many variants get a `match` for their ordinal and `const fn` methods;
/// larger ones read the discriminant, which keeps their compile time linear and small.
pub const CONST_FN_LIMIT: usize = 512;

/// How a variant finds its ordinal (its position in spec order), which every table lookup
/// starts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ordinal {
    /// A `match` with an arm per variant: `const fn`, but rustc needs about a third of a
    /// millisecond per arm to check it.
    Match,
    /// The variant's implicit discriminant, read safely through `core::mem::Discriminant`
    /// (`errcodes::__private::ordinal_of`): no per-variant code, not `const`.
    /// Only for enums the macro defines itself, whose discriminants are their ordinals.
    Discriminant,
}

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
    /// How a variant finds its position in the tables.
    ordinal: Ordinal,
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

    /// Each range variant with its ordinal.
    fn range_variants(&self) -> Vec<(usize, Ident)> {
        self.space
            .variants
            .iter()
            .enumerate()
            .filter(|(_, variant)| matches!(variant.value, Value::Range { .. }))
            .map(|(ordinal, variant)| (ordinal, self.ident(&variant.ident, &variant.origin)))
            .collect()
    }

    /// The pattern of every variant that carries its code, binding it as `code`:
    /// `Self::Unknown(code) | Self::Low(code) | ...`.
    fn carriers(&self) -> TokenStream {
        let unknown = self.unknown();
        let ranges = self.range_variants();
        let ranges = ranges.iter().map(|(_, ident)| ident);
        quote! { Self::#unknown(code) #(| Self::#ranges(code))* }
    }
}

/// Every enum of `catalog`, defined and implemented: what `include_errcodes!` generates.
pub fn catalog(catalog: &Catalog, options: &Options) -> TokenStream {
    let mut tokens = TokenStream::new();
    for space in &catalog.enums {
        let ordinal = if space.variants.len() <= CONST_FN_LIMIT {
            Ordinal::Match
        } else {
            Ordinal::Discriminant
        };
        let target = Target {
            space,
            meta: &catalog.meta,
            krate: &options.facade,
            span: options.span,
            ordinal,
        };
        tokens.extend(enum_item::enum_item(&target));
        tokens.extend(implementation(&target));
    }
    tokens
}

/// The implementations of every enum of `catalog`, which the user has defined: what
/// `#[derive(ErrorCode)]` generates. A hand-written enum may set its own discriminants,
/// so its ordinal is always the `match`.
pub fn implementations(catalog: &Catalog, options: &Options) -> TokenStream {
    let mut tokens = TokenStream::new();
    for space in &catalog.enums {
        let target = Target {
            space,
            meta: &catalog.meta,
            krate: &options.facade,
            span: options.span,
            ordinal: Ordinal::Match,
        };
        tokens.extend(implementation(&target));
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
