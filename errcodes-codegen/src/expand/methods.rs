//! The inherent methods of a generated enum, all reading the static tables. For enums of
//! up to `CONST_FN_LIMIT` variants they are `const fn`.

use proc_macro2::TokenStream;
use quote::quote;

use super::{Ordinal, Target};
use crate::model::Value;

/// The inherent `impl`.
pub fn inherent(target: &Target<'_>) -> TokenStream {
    let ty = target.ty();
    let (constness, ordinal) = ordinal(target);
    let conversions = conversions(target, &constness);
    let row_data = row_data(target, &constness);
    let classes = classes(target, &constness);
    quote! {
        impl #ty {
            /// Every known variant in spec order: one per code, aliases included; a range
            /// entry appears once, holding the range's first code.
            pub const VARIANTS: &'static [Self] = &VARIANTS;

            #ordinal
            #conversions
            #row_data
            #classes
        }
    }
}

/// `__ordinal`, the variant's position in spec order, and whether the methods built on it
/// can be `const`. The one per-variant `match` maps variant to ordinal; its arms are in
/// discriminant order, so an optimizing build reduces it to reading the discriminant.
/// Large enums read the discriminant instead (see [`Ordinal`]).
fn ordinal(target: &Target<'_>) -> (TokenStream, TokenStream) {
    let krate = target.krate;
    let unknown = target.unknown();
    let count = target.space.variants.len();
    match target.ordinal {
        Ordinal::Match => {
            let arms = target
                .space
                .variants
                .iter()
                .enumerate()
                .map(|(ordinal, variant)| {
                    let ident = target.ident(&variant.ident, &variant.origin);
                    match variant.value {
                        Value::Code(_) => quote! { Self::#ident => #ordinal, },
                        Value::Range { .. } => quote! { Self::#ident(_) => #ordinal, },
                    }
                });
            let ordinal = quote! {
                const fn __ordinal(self) -> usize {
                    match self {
                        #(#arms)*
                        Self::#unknown(_) => #count,
                    }
                }
            };
            (quote!(const), ordinal)
        }
        Ordinal::Discriminant => {
            let ranges = target.range_variants();
            let range_arms = ranges
                .iter()
                .map(|(ordinal, ident)| quote! { Self::#ident(_) => #ordinal, });
            let ordinal = quote! {
                fn __ordinal(self) -> usize {
                    match self {
                        Self::#unknown(_) => #count,
                        #(#range_arms)*
                        unit => #krate::__private::ordinal_of(unit, &VARIANTS).unwrap_or(#count),
                    }
                }
            };
            (quote!(), ordinal)
        }
    }
}

/// From a code to a variant and back, the name, the row and the range.
fn conversions(target: &Target<'_>, constness: &TokenStream) -> TokenStream {
    let krate = target.krate;
    let unknown = target.unknown();
    let core = quote! { #krate::__private::core };
    let ranges = target.range_variants();
    let from_range_arms = ranges
        .iter()
        .map(|(ordinal, ident)| quote! { #ordinal => Self::#ident(code), });
    let carriers = target.carriers();
    quote! {
        const fn __from_range(ordinal: usize, code: i64) -> Self {
            match ordinal {
                #(#from_range_arms)*
                _ => Self::#unknown(code),
            }
        }

        /// The variant for `code`; a code the catalog does not list is kept in the catch-all.
        /// Never fails and never loses the code: `i64::from(Self::from_code(x)) == x`.
        #[inline]
        pub const fn from_code(code: i64) -> Self {
            match TABLE.find(code) {
                #krate::__private::Found::Code(ordinal) => VARIANTS[ordinal],
                #krate::__private::Found::Range(ordinal) => Self::__from_range(ordinal, code),
                #krate::__private::Found::Unknown => Self::#unknown(code),
            }
        }

        /// The variant for a code the catalog lists.
        ///
        /// # Errors
        /// [`UnknownCode`](#krate::UnknownCode) carrying `code` if the catalog does not list it.
        #[inline]
        pub const fn try_from_code(code: i64) -> #core::result::Result<Self, #krate::UnknownCode> {
            match Self::from_code(code) {
                Self::#unknown(code) => #core::result::Result::Err(#krate::UnknownCode { code, type_name: TABLE.type_name }),
                known => #core::result::Result::Ok(known),
            }
        }

        /// The integer code.
        #[inline]
        pub #constness fn code(self) -> i64 {
            match self {
                #carriers => code,
                _ => TABLE.codes[self.__ordinal()],
            }
        }

        /// The variant's name, e.g. `FaceTooClose`.
        #[inline]
        pub #constness fn name(self) -> &'static str {
            TABLE.name(self.__ordinal())
        }

        /// The index of the source row this code belongs to, in spec order; aliases share
        /// their row. `None` for unknown codes.
        #[inline]
        pub #constness fn row(self) -> #core::option::Option<usize> {
            TABLE.row(self.__ordinal())
        }

        /// Everything the catalog says about this code; `None` for unknown codes.
        #[inline]
        pub #constness fn entry(self) -> #core::option::Option<#krate::Entry> {
            ROWS.entry(self.row())
        }

        /// For a range variant, every code it covers; `None` for other variants.
        #[inline]
        pub #constness fn range(self) -> #core::option::Option<#core::ops::RangeInclusive<i64>> {
            TABLE.range(self.__ordinal())
        }
    }
}

/// The texts of the variant's row.
fn row_data(target: &Target<'_>, constness: &TokenStream) -> TokenStream {
    let krate = target.krate;
    let core = quote! { #krate::__private::core };
    quote! {
        /// The message in the source language, verbatim; a fixed English text for unknown codes.
        #[inline]
        pub #constness fn message(self) -> &'static str {
            ROWS.message(self.row())
        }

        /// The English message, if the catalog has one.
        #[inline]
        pub #constness fn message_en(self) -> #core::option::Option<&'static str> {
            ROWS.message_en(self.row())
        }

        /// The explanation, if the catalog has one.
        #[inline]
        pub #constness fn description(self) -> #core::option::Option<&'static str> {
            ROWS.description(self.row())
        }

        /// What to do about the code, if the catalog says.
        #[inline]
        pub #constness fn remedy(self) -> #core::option::Option<&'static str> {
            ROWS.remedy(self.row())
        }

        /// The section of the document the code is listed in.
        #[inline]
        pub #constness fn section(self) -> #core::option::Option<&'static #krate::Section> {
            ROWS.section(self.row())
        }
    }
}

/// Billing, retry class, success, and the layout's fields.
fn classes(target: &Target<'_>, constness: &TokenStream) -> TokenStream {
    let krate = target.krate;
    let unknown = target.unknown();
    let core = quote! { #krate::__private::core };
    quote! {
        /// Whether the call is billed today; `Unspecified` for unknown codes.
        #[inline]
        pub #constness fn billing(self) -> #krate::Billing {
            ROWS.billing(self.row())
        }

        /// Whether the call was billed on `date`.
        #[inline]
        pub #constness fn billing_on(self, date: #krate::Date) -> #krate::Billing {
            ROWS.billing_on(self.row(), date)
        }

        /// True if the call is billed today.
        #[inline]
        pub #constness fn is_billable(self) -> bool {
            ::core::matches!(self.billing(), #krate::Billing::Charged)
        }

        /// What retrying can achieve; `Never` for unknown codes.
        #[inline]
        pub #constness fn retry(self) -> #krate::Retry {
            ROWS.retry(self.row())
        }

        /// True only where an automatic retry of the same request is safe.
        #[inline]
        pub #constness fn is_retryable(self) -> bool {
            self.retry().is_retryable()
        }

        /// True if the code means success.
        #[inline]
        pub #constness fn is_success(self) -> bool {
            ROWS.is_success(self.row())
        }

        /// True if the catalog does not list the code.
        #[inline]
        pub const fn is_unknown(self) -> bool {
            ::core::matches!(self, Self::#unknown(_))
        }

        /// The code split into the fields of the enum's layout, if it declares one.
        #[inline]
        pub #constness fn layout_parts(self) -> #core::option::Option<#krate::LayoutParts> {
            #krate::__private::layout_parts(&SPACE, self.code())
        }
    }
}
