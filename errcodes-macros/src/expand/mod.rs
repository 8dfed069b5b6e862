//! The expander: model in, tokens out. It knows nothing of YAML or attributes.
//!
//! Everything is table-driven. Per enum it emits the variant list, one static
//! array of the variants, static tables of literals, and one `match` from
//! variant to ordinal (the only per-code `match`: a code-to-variant `match` is
//! what makes large catalogs slow to compile). `Debug` is hand-written over the
//! tables for the same reason.

mod definition;
mod docs;
mod impls;
mod tables;
#[cfg(test)]
mod tests;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::model::{Catalog, CodeSpace, Meta};

/// What the expansion of one enum needs besides the model.
pub struct Target<'a> {
    /// The enum.
    pub space: &'a CodeSpace,
    /// Its catalog's metadata.
    pub meta: &'a Meta,
    /// Path of the errcodes facade (`::errcodes` unless renamed).
    pub krate: &'a TokenStream,
    /// Span for generated identifiers that have no origin of their own.
    pub span: Span,
    /// How a variant finds its position in the tables.
    pub ordinal: Ordinal,
}

/// How a variant finds its ordinal (its position in spec order), which every table lookup
/// starts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ordinal {
    /// A `match` with an arm per variant: `const fn`, but rustc needs about a third of a
    /// millisecond per arm to check it.
    Match,
    /// The variant's implicit discriminant, read safely through `core::mem::Discriminant`
    /// (`errcodes::__private::ordinal_of`): no per-variant code, not `const`.
    /// Only for enums the macro defines itself, whose discriminants are their ordinals.
    Discriminant,
}

/// Enums up to this many variants get the `match` and `const fn` methods; larger ones read
/// the discriminant, which keeps their compile time linear and small.
pub const CONST_FN_LIMIT: usize = 512;

impl Target<'_> {
    /// An identifier with the span of its origin, or the target's span.
    fn ident(&self, name: &str, origin: &crate::diag::Origin) -> Ident {
        Ident::new(name, origin.span().unwrap_or(self.span))
    }

    /// The enum's type name.
    fn ty(&self) -> Ident {
        self.ident(&self.space.ident, &self.space.origin)
    }

    /// The catch-all variant's name.
    fn unknown(&self) -> Ident {
        self.ident(&self.space.unknown, &self.space.unknown_origin)
    }
}

/// Every enum of a spec: definitions and implementations.
pub fn catalog(catalog: &Catalog, krate: &TokenStream, span: Span) -> TokenStream {
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
            krate,
            span,
            ordinal,
        };
        tokens.extend(definition::enum_item(&target));
        tokens.extend(implementation(&target));
    }
    tokens
}

/// Everything but the enum's definition: what `#[derive(ErrorCode)]` emits for a user's enum.
pub fn implementation(target: &Target<'_>) -> TokenStream {
    let tables = tables::statics(target);
    let impls = impls::all(target);
    quote! {
        const _: () = {
            #tables
            #impls
        };
    }
}
