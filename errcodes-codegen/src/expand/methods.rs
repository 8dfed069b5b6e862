//! The inherent methods of a generated enum, all `const fn` reading the static tables.

use proc_macro2::TokenStream;
use quote::quote;

use super::chain::Chain;
use super::{strings, Target};
use crate::model::Value;

/// The inherent `impl`.
pub fn inherent(target: &Target<'_>) -> TokenStream {
    let ty = target.ty();
    let krate = target.krate;
    let table_type = if target.is_string() {
        quote! { #krate::__private::StrTable }
    } else {
        quote! { #krate::__private::Table }
    };
    let ordinal = ordinal(target);
    let (from_ordinal, conversions) = if target.is_string() {
        (strings::from_ordinal(target), strings::conversions(target))
    } else {
        (from_ordinal(target), conversions(target))
    };
    let row_data = row_data(target);
    let classes = classes(target);
    quote! {
        impl #ty {
            /// Every known variant in spec order: one per code, aliases included; a range
            /// entry appears once, holding the range's first code.
            pub const VARIANTS: &'static [Self] = &VARIANTS;

            /// The lookup tables (for tests that check them against the generator's).
            #[doc(hidden)]
            pub const __TABLE: &'static #table_type = &TABLE;

            #ordinal
            #from_ordinal
            #conversions
            #row_data
            #classes
        }
    }
}

/// `__ordinal`, the variant's position in spec order: a `match` with one arm per variant in
/// declaration order (chained in chunks, see [`Chain`]), the catch-all last: its arm is the
/// `_` that ends the chain. A spec enum's variants are declared in spec order, so an
/// optimizing build reduces it to reading the discriminant.
///
/// Arms name variants by the enum's own name, `Enum::Variant`, never `Self::Variant`: rustc
/// resolves `Self::Variant` during type checking by a linear search of the variants, so a
/// `match` over all of them costs time quadratic in their number (4.9 of 9.2 s of type
/// checking at 30,000 variants), where the enum's name resolves through a name table.
fn ordinal(target: &Target<'_>) -> TokenStream {
    let ty = target.ty();
    let count = target.space.variants.len();
    let arms: Vec<TokenStream> = target
        .space
        .variants
        .iter()
        .enumerate()
        .map(|(ordinal, variant)| {
            let ident = target.ident(&variant.ident, &variant.origin);
            match variant.value {
                Value::Code(_) | Value::Str(_) => quote! { #ty::#ident => #ordinal, },
                Value::Range { .. } => quote! { #ty::#ident(_) => #ordinal, },
            }
        })
        .collect();
    let chain = Chain {
        name: "__ordinal",
        params: quote!(&self),
        args: quote!(self),
        output: quote!(usize),
        scrutinee: quote!(self),
    };
    chain.functions(&arms, &quote! { _ => #count, })
}

/// `__from_ordinal`, the variant at an ordinal (a range variant or the catch-all holding
/// `code`): a `match` with one arm per variant, chained like [`ordinal`]. Values are built
/// by it rather than copied out of `VARIANTS`, so the enum needs no `Copy`. The caller
/// passes the ordinal `code` belongs to; a range arm checks it all the same (`InRange::new`)
/// and keeps a code outside the range in the catch-all, so no value is ever built that
/// `from_code` would not give. Variants are named as in [`ordinal`], by the enum's name.
fn from_ordinal(target: &Target<'_>) -> TokenStream {
    let ty = target.ty();
    let krate = target.krate;
    let unknown = target.unknown();
    let unlisted = quote! { Self::#unknown(#krate::__private::unlisted(code)) };
    let arms: Vec<TokenStream> = target
        .space
        .variants
        .iter()
        .enumerate()
        .map(|(ordinal, variant)| {
            let ident = target.ident(&variant.ident, &variant.origin);
            match variant.value {
                Value::Code(_) | Value::Str(_) => quote! { #ordinal => #ty::#ident, },
                Value::Range { .. } => quote! {
                    #ordinal => match #krate::InRange::new(code) {
                        ::core::option::Option::Some(value) => #ty::#ident(value),
                        ::core::option::Option::None => #unlisted,
                    },
                },
            }
        })
        .collect();
    let chain = Chain {
        name: "__from_ordinal",
        params: quote!(ordinal: usize, code: i64),
        args: quote!(ordinal, code),
        output: quote!(Self),
        scrutinee: quote!(ordinal),
    };
    chain.functions(&arms, &quote! { _ => #unlisted, })
}

/// The arms of `code()` for the variants that hold their code: the catch-all and the ranges.
pub fn held_codes(target: &Target<'_>) -> TokenStream {
    let unknown = target.unknown();
    let ranges = target
        .space
        .variants
        .iter()
        .filter(|variant| matches!(variant.value, Value::Range { .. }))
        .map(|variant| {
            let ident = target.ident(&variant.ident, &variant.origin);
            quote! { Self::#ident(value) => value.get(), }
        });
    quote! {
        Self::#unknown(value) => value.code(),
        #(#ranges)*
    }
}

/// From a code to a variant and back, the name, the row and the range.
fn conversions(target: &Target<'_>) -> TokenStream {
    let krate = target.krate;
    let held_codes = held_codes(target);
    // A link to the facade's error type, by the path generated code names the facade with.
    let facade = krate.to_string().replace(' ', "");
    let errors = format!(
        " [`UnknownCode`]({facade}::UnknownCode) carrying `code` if the catalog does not list it."
    );
    quote! {
        /// The variant for `code`; a code the catalog does not list is kept in the catch-all.
        /// Never fails and never loses the code: `Self::from_code(x).code() == x`.
        #[inline]
        pub const fn from_code(code: i64) -> Self {
            Self::__from_ordinal(TABLE.find(code), code)
        }

        /// The variant for a code the catalog lists.
        ///
        /// # Errors
        #[doc = #errors]
        #[inline]
        pub const fn try_from_code(code: i64) -> ::core::result::Result<Self, #krate::UnknownCode> {
            let ordinal = TABLE.find(code);
            if ordinal < TABLE.codes.len() {
                ::core::result::Result::Ok(Self::__from_ordinal(ordinal, code))
            } else {
                ::core::result::Result::Err(#krate::__private::unknown_code(code, TABLE.type_name))
            }
        }

        /// The integer code.
        #[inline]
        pub const fn code(&self) -> i64 {
            match self {
                #held_codes
                _ => TABLE.codes[self.__ordinal()],
            }
        }

        /// The variant's name, e.g. `FaceTooClose`.
        #[inline]
        pub const fn name(&self) -> &'static str {
            TABLE.name(self.__ordinal())
        }

        /// The index of the source row this code belongs to, in spec order; aliases share
        /// their row. `None` for unknown codes.
        #[inline]
        pub const fn row(&self) -> ::core::option::Option<usize> {
            TABLE.row(self.__ordinal())
        }

        /// Everything the catalog says about this code; `None` for unknown codes.
        #[inline]
        pub const fn entry(&self) -> ::core::option::Option<#krate::Entry> {
            ROWS.entry(self.row())
        }

        /// For a range variant, every code it covers; `None` for other variants.
        #[inline]
        pub const fn range(&self) -> ::core::option::Option<::core::ops::RangeInclusive<i64>> {
            TABLE.range(self.__ordinal())
        }
    }
}

/// The row that classifies the value (billing, retry, section): its own, or for an unknown
/// string code, its longest known ancestor's.
fn class_row(target: &Target<'_>) -> TokenStream {
    if target.is_string() {
        quote! { self.__class_row() }
    } else {
        quote! { self.row() }
    }
}

/// The texts of the variant's row.
fn row_data(target: &Target<'_>) -> TokenStream {
    let krate = target.krate;
    let class_row = class_row(target);
    quote! {
        /// The message in the source language, verbatim; a fixed English text for unknown codes.
        #[inline]
        pub const fn message(&self) -> &'static str {
            ROWS.message(self.row())
        }

        /// The English message, if the catalog has one.
        #[inline]
        pub const fn message_en(&self) -> ::core::option::Option<&'static str> {
            ROWS.message_en(self.row())
        }

        /// The explanation, if the catalog has one.
        #[inline]
        pub const fn description(&self) -> ::core::option::Option<&'static str> {
            ROWS.description(self.row())
        }

        /// What to do about the code, if the catalog says.
        #[inline]
        pub const fn remedy(&self) -> ::core::option::Option<&'static str> {
            ROWS.remedy(self.row())
        }

        /// The section of the document the code is listed in.
        #[inline]
        pub const fn section(&self) -> ::core::option::Option<&'static #krate::Section> {
            ROWS.section(#class_row)
        }
    }
}

/// Billing, retry class, success, and the layout's fields.
fn classes(target: &Target<'_>) -> TokenStream {
    let krate = target.krate;
    let unknown = target.unknown();
    let class_row = class_row(target);
    let (billing_doc, retry_doc) = if target.is_string() {
        (
            " Whether the call is billed today; for an unknown code, its longest listed ancestor's (`Unspecified` without one).",
            " What retrying can achieve; for an unknown code, its longest listed ancestor's (`Never` without one).",
        )
    } else {
        (
            " Whether the call is billed today; `Unspecified` for unknown codes.",
            " What retrying can achieve; `Never` for unknown codes.",
        )
    };
    let layout_parts = (!target.is_string()).then(|| {
        quote! {
            /// The code split into the fields of the enum's layout, if it declares one.
            #[inline]
            pub const fn layout_parts(&self) -> ::core::option::Option<#krate::LayoutParts> {
                #krate::__private::layout_parts(&SPACE, self.code())
            }
        }
    });
    quote! {
        #[doc = #billing_doc]
        #[inline]
        pub const fn billing(&self) -> #krate::Billing {
            ROWS.billing(#class_row)
        }

        /// Whether the call was billed on `date`.
        #[inline]
        pub const fn billing_on(&self, date: #krate::Date) -> #krate::Billing {
            ROWS.billing_on(#class_row, date)
        }

        /// True if the call is billed today.
        #[inline]
        pub const fn is_billable(&self) -> bool {
            ::core::matches!(self.billing(), #krate::Billing::Charged)
        }

        #[doc = #retry_doc]
        #[inline]
        pub const fn retry(&self) -> #krate::Retry {
            ROWS.retry(#class_row)
        }

        /// True only where an automatic retry of the same request is safe.
        #[inline]
        pub const fn is_retryable(&self) -> bool {
            self.retry().is_retryable()
        }

        /// True if the code means success.
        #[inline]
        pub const fn is_success(&self) -> bool {
            ROWS.is_success(self.row())
        }

        /// True if the catalog does not list the code.
        #[inline]
        pub const fn is_unknown(&self) -> bool {
            ::core::matches!(self, Self::#unknown(_))
        }

        #layout_parts
    }
}
