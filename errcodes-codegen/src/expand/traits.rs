//! The trait implementations of a generated enum: one-liners into the inherent methods
//! and `errcodes::__private`. `ErrorCode` always; the standard traits of [`Impls`].

use proc_macro2::TokenStream;
use quote::quote;

use super::{Impl, Target};
use crate::model::Value;

/// Every trait `impl` of the target: `ErrorCode`, then each standard trait its `impls` ask
/// for.
pub fn all(target: &Target<'_>) -> TokenStream {
    let mut tokens = error_code(target);
    for one in Impl::ALL {
        if target.impls.contains(one) {
            tokens.extend(match one {
                Impl::Debug => debug(target),
                Impl::Display => display(target),
                Impl::Error => error(target),
                Impl::FromStr => from_str(target),
                Impl::From => from(target),
                Impl::Ord => ord(target),
                Impl::Serde => serde(target),
            });
        }
    }
    tokens
}

fn error_code(target: &Target<'_>) -> TokenStream {
    let krate = target.krate;
    let ty = target.ty();
    // `Self::Code` is not written: a variant named `Code` would make it ambiguous.
    let by_kind = if target.is_string() {
        quote! {
            type Code = str;

            #[inline]
            fn from_code(code: &str) -> Self {
                Self::from_code(code)
            }

            #[inline]
            fn code(&self) -> &str {
                Self::code(self)
            }

            #[inline]
            fn __class_row(&self) -> ::core::option::Option<usize> {
                Self::__class_row(self)
            }
        }
    } else {
        let held = held_code_refs(target);
        quote! {
            type Code = i64;

            #[inline]
            fn from_code(code: &i64) -> Self {
                Self::from_code(*code)
            }

            #[inline]
            fn code(&self) -> &i64 {
                match self {
                    #held
                    _ => &TABLE.codes[self.__ordinal()],
                }
            }

            #[inline]
            fn range(&self) -> ::core::option::Option<::core::ops::RangeInclusive<i64>> {
                Self::range(self)
            }
        }
    };
    quote! {
        #[automatically_derived]
        impl #krate::ErrorCode for #ty {
            const CODE_SPACE: &'static #krate::CodeSpace = &SPACE;
            const VARIANTS: &'static [Self] = &VARIANTS;
            const __ROWS: &'static #krate::__private::Rows = &ROWS;

            #by_kind

            #[inline]
            fn name(&self) -> &'static str {
                Self::name(self)
            }

            #[inline]
            fn row(&self) -> ::core::option::Option<usize> {
                Self::row(self)
            }
        }
    }
}

/// The arms of `ErrorCode::code()` for the variants that hold their code, borrowing it.
fn held_code_refs(target: &Target<'_>) -> TokenStream {
    let krate = target.krate;
    let unknown = target.unknown();
    let ranges = target
        .space
        .variants
        .iter()
        .filter(|variant| matches!(variant.value, Value::Range { .. }))
        .map(|variant| {
            let ident = target.ident(&variant.ident, &variant.origin);
            quote! { Self::#ident(value) => #krate::__private::in_range_code(value), }
        });
    quote! {
        Self::#unknown(value) => #krate::__private::unlisted_code(value),
        #(#ranges)*
    }
}

fn from(target: &Target<'_>) -> TokenStream {
    let ty = target.ty();
    if target.is_string() {
        return quote! {
            #[automatically_derived]
            impl ::core::convert::From<&str> for #ty {
                #[inline]
                fn from(code: &str) -> Self {
                    Self::from_code(code)
                }
            }
        };
    }
    quote! {
        #[automatically_derived]
        impl ::core::convert::From<i64> for #ty {
            #[inline]
            fn from(code: i64) -> Self {
                Self::from_code(code)
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<#ty> for i64 {
            #[inline]
            fn from(value: #ty) -> i64 {
                value.code()
            }
        }
    }
}

fn display(target: &Target<'_>) -> TokenStream {
    let ty = target.ty();
    quote! {
        #[automatically_derived]
        impl ::core::fmt::Display for #ty {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                TABLE.display(f, self.__ordinal(), self.code())
            }
        }
    }
}

fn debug(target: &Target<'_>) -> TokenStream {
    let ty = target.ty();
    quote! {
        #[automatically_derived]
        impl ::core::fmt::Debug for #ty {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                TABLE.debug(f, self.__ordinal(), self.code())
            }
        }
    }
}

fn from_str(target: &Target<'_>) -> TokenStream {
    let krate = target.krate;
    let ty = target.ty();
    if target.is_string() {
        // The strict parse of the code: what a string code is written as is the code.
        return quote! {
            #[automatically_derived]
            impl ::core::str::FromStr for #ty {
                type Err = #krate::UnknownCode<#krate::__private::Box<str>>;

                #[inline]
                fn from_str(code: &str) -> ::core::result::Result<Self, Self::Err> {
                    Self::try_from_code(code)
                }
            }
        };
    }
    quote! {
        #[automatically_derived]
        impl ::core::str::FromStr for #ty {
            type Err = #krate::UnknownName;

            fn from_str(text: &str) -> ::core::result::Result<Self, #krate::UnknownName> {
                match TABLE.parse(text) {
                    ::core::result::Result::Ok((ordinal, code)) => ::core::result::Result::Ok(Self::__from_ordinal(ordinal, code)),
                    ::core::result::Result::Err(error) => ::core::result::Result::Err(error),
                }
            }
        }
    }
}

fn error(target: &Target<'_>) -> TokenStream {
    let ty = target.ty();
    quote! {
        #[automatically_derived]
        impl ::core::error::Error for #ty {}
    }
}

/// By code, which agrees with `Eq`: every value is the one `from_code` gives for its code.
fn ord(target: &Target<'_>) -> TokenStream {
    let ty = target.ty();
    quote! {
        #[automatically_derived]
        impl ::core::cmp::PartialOrd for #ty {
            #[inline]
            fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
            }
        }

        #[automatically_derived]
        impl ::core::cmp::Ord for #ty {
            #[inline]
            fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                ::core::cmp::Ord::cmp(&self.code(), &other.code())
            }
        }
    }
}

/// Through the facade's `__impl_serde!`, which is empty unless its `serde` feature is on.
fn serde(target: &Target<'_>) -> TokenStream {
    let krate = target.krate;
    let ty = target.ty();
    if target.is_string() {
        quote! { #krate::__impl_serde!(#ty, str); }
    } else {
        quote! { #krate::__impl_serde!(#ty); }
    }
}
