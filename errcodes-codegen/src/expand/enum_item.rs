//! The enum item itself, for specs (a derive input already has one).

use proc_macro2::TokenStream;
use quote::quote;

use super::{docs, Target};
use crate::model::Value;

/// `pub enum Name { ... }` with its docs and the cheap derives.
pub fn enum_item(target: &Target<'_>) -> TokenStream {
    let space = target.space;
    let ty = target.ty();
    let unknown = target.unknown();
    let doc = docs::enum_doc(space, target.meta);
    let by_row = space.variants_by_row();
    let variants = space.variants.iter().map(|variant| {
        let ident = target.ident(&variant.ident, &variant.origin);
        let doc = docs::variant_doc(space, variant, &by_row[variant.row]);
        match variant.value {
            Value::Code(_) | Value::Str(_) => quote! { #[doc = #doc] #ident, },
            Value::Range { min, max } => {
                let value = target.in_range_type(min, max);
                quote! { #[doc = #doc] #ident(#value), }
            }
        }
    });
    let unlisted = target.unlisted_type();
    let unknown_doc = "A code the catalog does not list, kept as it was received.";
    // Clone, Copy, PartialEq, Eq and Hash derive to code that reads the discriminant and
    // does not grow with the number of variants; Debug would, so it is written by hand.
    // Non-exhaustive: a vendor's new code becomes a new variant in a minor release. A
    // string enum's catch-all owns its text, so it is Clone but not Copy.
    let copy = (!target.is_string()).then(|| quote! { ::core::marker::Copy, });
    quote! {
        #[doc = #doc]
        #[non_exhaustive]
        #[derive(
            ::core::clone::Clone,
            #copy
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash,
        )]
        pub enum #ty {
            #(#variants)*
            #[doc = #unknown_doc]
            #unknown(#unlisted),
        }
    }
}
