//! The trait implementations of a generated enum: one-liners into the inherent methods
//! and `errcodes::__private`.

use proc_macro2::TokenStream;
use quote::quote;

use super::Target;

/// Every trait `impl`: `ErrorCode`, the conversions from and to `i64`, `Display`, `Debug`,
/// `FromStr`, `Error`, and serde's through the facade's `__impl_serde!`.
pub fn all(target: &Target<'_>) -> TokenStream {
    let krate = target.krate;
    let ty = target.ty();
    let core = quote! { #krate::__private::core };
    let carriers = target.carriers();

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
            fn code(&self) -> i64 {
                Self::code(self)
            }

            #[inline]
            fn name(&self) -> &'static str {
                Self::name(self)
            }

            const __TABLE: &'static #krate::__private::Table = &TABLE;

            #[inline]
            fn row(&self) -> #core::option::Option<usize> {
                Self::row(self)
            }

            #[inline]
            fn range(&self) -> #core::option::Option<#core::ops::RangeInclusive<i64>> {
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
                match self {
                    #carriers => #krate::__private::debug(f, self.name(), #core::option::Option::Some(*code)),
                    _ => #krate::__private::debug(f, self.name(), #core::option::Option::None),
                }
            }
        }

        #[automatically_derived]
        impl #core::str::FromStr for #ty {
            type Err = #krate::UnknownName;

            fn from_str(text: &str) -> #core::result::Result<Self, #krate::UnknownName> {
                match TABLE.parse(text) {
                    #core::result::Result::Ok((ordinal, code)) => #core::result::Result::Ok(Self::__from_ordinal(ordinal, code)),
                    #core::result::Result::Err(error) => #core::result::Result::Err(error),
                }
            }
        }

        #[automatically_derived]
        impl #core::error::Error for #ty {}

        #krate::__impl_serde!(#ty);
    }
}
