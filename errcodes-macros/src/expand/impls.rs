//! Inherent methods and trait implementations, all reading the static tables.

use proc_macro2::TokenStream;
use quote::quote;

use super::{Ordinal, Target};
use crate::model::Value;

/// The inherent `impl` and every trait `impl`.
pub fn all(target: &Target<'_>) -> TokenStream {
    let inherent = inherent(target);
    let traits = traits(target);
    quote! { #inherent #traits }
}

#[allow(
    clippy::too_many_lines,
    reason = "a quote! template of the generated methods"
)]
fn inherent(target: &Target<'_>) -> TokenStream {
    let krate = target.krate;
    let ty = target.ty();
    let unknown = target.unknown();
    let core = quote! { #krate::__private::core };
    let count = target.space.variants.len();

    // The one per-variant `match`: variant to ordinal. Arms are in discriminant order, so
    // an optimizing build reduces it to reading the discriminant.
    let ordinal_arms = target
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
    let range_idents: Vec<_> = target
        .space
        .variants
        .iter()
        .enumerate()
        .filter(|(_, variant)| matches!(variant.value, Value::Range { .. }))
        .map(|(ordinal, variant)| (ordinal, target.ident(&variant.ident, &variant.origin)))
        .collect();
    let from_range_arms = range_idents
        .iter()
        .map(|(ordinal, ident)| quote! { #ordinal => Self::#ident(code), });
    let carriers = range_idents.iter().map(|(_, ident)| ident);
    let carriers = quote! { Self::#unknown(code) #(| Self::#carriers(code))* };
    let (constness, ordinal) = match target.ordinal {
        Ordinal::Match => (
            quote!(const),
            quote! {
                const fn __ordinal(self) -> usize {
                    match self {
                        #(#ordinal_arms)*
                        Self::#unknown(_) => #count,
                    }
                }
            },
        ),
        Ordinal::Discriminant => {
            let range_arms = range_idents
                .iter()
                .map(|(ordinal, ident)| quote! { Self::#ident(_) => #ordinal, });
            (
                quote!(),
                quote! {
                    fn __ordinal(self) -> usize {
                        match self {
                            Self::#unknown(_) => #count,
                            #(#range_arms)*
                            unit => #krate::__private::ordinal_of(unit, &VARIANTS).unwrap_or(#count),
                        }
                    }
                },
            )
        }
    };

    quote! {
        impl #ty {
            /// Every known variant in spec order: one per code, aliases included; a range
            /// entry appears once, holding the range's first code.
            pub const VARIANTS: &'static [Self] = &VARIANTS;

            #ordinal

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
}

fn traits(target: &Target<'_>) -> TokenStream {
    let krate = target.krate;
    let ty = target.ty();
    let unknown = target.unknown();
    let core = quote! { #krate::__private::core };
    let carriers = target
        .space
        .variants
        .iter()
        .filter(|variant| matches!(variant.value, Value::Range { .. }))
        .map(|variant| target.ident(&variant.ident, &variant.origin));
    let carriers = quote! { Self::#unknown(code) #(| Self::#carriers(code))* };

    quote! {
        #[automatically_derived]
        impl #krate::ErrorCode for #ty {
            const CODE_SPACE: &'static #krate::CodeSpace = &SPACE;
            const VARIANTS: &'static [Self] = &VARIANTS;

            #[inline]
            fn from_code(code: i64) -> Self {
                Self::from_code(code)
            }

            #[inline]
            fn code(self) -> i64 {
                Self::code(self)
            }

            #[inline]
            fn name(self) -> &'static str {
                Self::name(self)
            }

            const __TABLE: &'static #krate::__private::Table = &TABLE;

            #[inline]
            fn row(self) -> #core::option::Option<usize> {
                Self::row(self)
            }

            #[inline]
            fn range(self) -> #core::option::Option<#core::ops::RangeInclusive<i64>> {
                Self::range(self)
            }
        }

        #[automatically_derived]
        impl #core::convert::From<i64> for #ty {
            #[inline]
            fn from(code: i64) -> Self {
                Self::from_code(code)
            }
        }

        #[automatically_derived]
        impl #core::convert::From<#ty> for i64 {
            #[inline]
            fn from(value: #ty) -> i64 {
                value.code()
            }
        }

        #[automatically_derived]
        impl #core::fmt::Display for #ty {
            fn fmt(&self, f: &mut #core::fmt::Formatter<'_>) -> #core::fmt::Result {
                #krate::__private::display(f, self.code(), self.row().map(|_| self.message()))
            }
        }

        #[automatically_derived]
        impl #core::fmt::Debug for #ty {
            fn fmt(&self, f: &mut #core::fmt::Formatter<'_>) -> #core::fmt::Result {
                match *self {
                    #carriers => #krate::__private::debug(f, self.name(), #core::option::Option::Some(code)),
                    _ => #krate::__private::debug(f, self.name(), #core::option::Option::None),
                }
            }
        }

        #[automatically_derived]
        impl #core::str::FromStr for #ty {
            type Err = #krate::UnknownName;

            fn from_str(text: &str) -> #core::result::Result<Self, #krate::UnknownName> {
                match TABLE.parse(text) {
                    #core::result::Result::Ok(#krate::__private::Named::Variant(ordinal)) => #core::result::Result::Ok(VARIANTS[ordinal]),
                    #core::result::Result::Ok(#krate::__private::Named::Range(ordinal, code)) => #core::result::Result::Ok(Self::__from_range(ordinal, code)),
                    #core::result::Result::Ok(#krate::__private::Named::Unknown(code)) => #core::result::Result::Ok(Self::#unknown(code)),
                    #core::result::Result::Err(error) => #core::result::Result::Err(error),
                }
            }
        }

        #[automatically_derived]
        impl #core::error::Error for #ty {}

        #krate::__impl_serde!(#ty);
    }
}
