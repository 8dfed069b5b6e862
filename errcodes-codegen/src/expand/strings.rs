//! The inherent methods that differ for a string enum: building values from a string code
//! and reading it back, the longest known ancestor of an unknown code, and the row that
//! classifies it. The rest of the inherent API is the integer enum's (`methods`).

use proc_macro2::TokenStream;
use quote::quote;

use super::chain::Chain;
use super::Target;

/// `__from_ordinal`, the known variant at an ordinal: `None` past the last one (the
/// catch-all, which needs the code's text and is built by `from_code`). A `match` with one
/// arm per variant, chained like `__ordinal`.
pub fn from_ordinal(target: &Target<'_>) -> TokenStream {
    let arms: Vec<TokenStream> = target
        .space
        .variants
        .iter()
        .enumerate()
        .map(|(ordinal, variant)| {
            let ident = target.ident(&variant.ident, &variant.origin);
            quote! { #ordinal => ::core::option::Option::Some(Self::#ident), }
        })
        .collect();
    let chain = Chain {
        name: "__from_ordinal",
        params: quote!(ordinal: usize),
        args: quote!(ordinal),
        output: quote!(::core::option::Option<Self>),
        scrutinee: quote!(ordinal),
    };
    chain.functions(&arms, &quote! { _ => ::core::option::Option::None, })
}

/// From a string code to a variant and back, the name, the row, the ancestor.
pub fn conversions(target: &Target<'_>) -> TokenStream {
    let krate = target.krate;
    let unknown = target.unknown();
    let facade = krate.to_string().replace(' ', "");
    let errors = format!(
        " [`UnknownCode`]({facade}::UnknownCode) carrying `code` if the catalog does not list it."
    );
    quote! {
        /// The variant for `code`; a code the catalog does not list is kept in the catch-all,
        /// its text copied (the only allocation), filed under its longest known ancestor.
        /// Never fails and never loses the code: `Self::from_code(x).code() == x`.
        #[inline]
        pub fn from_code(code: &str) -> Self {
            match Self::__from_ordinal(TABLE.find(code)) {
                ::core::option::Option::Some(known) => known,
                ::core::option::Option::None => Self::#unknown(TABLE.unlisted(code)),
            }
        }

        /// The variant for a code the catalog lists; allocates nothing.
        ///
        /// # Errors
        #[doc = #errors]
        #[inline]
        pub fn try_from_code(
            code: &str,
        ) -> ::core::result::Result<Self, #krate::UnknownCode<#krate::__private::Box<str>>> {
            match Self::__from_ordinal(TABLE.find(code)) {
                ::core::option::Option::Some(known) => ::core::result::Result::Ok(known),
                ::core::option::Option::None => ::core::result::Result::Err(
                    #krate::__private::unknown_str_code(code, TABLE.type_name),
                ),
            }
        }

        /// The string code, verbatim.
        #[inline]
        pub fn code(&self) -> &str {
            match self {
                Self::#unknown(value) => value.code(),
                _ => TABLE.codes[self.__ordinal()],
            }
        }

        /// The variant's name, e.g. `AuthFailureSignatureExpire`.
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

        /// For a code the catalog does not list, its longest listed ancestor at the
        /// separator (`InternalError` for `InternalError.New.Thing` when
        /// `InternalError.New` is not listed either); `None` for listed codes and for codes
        /// with no listed ancestor. `retry()`, `billing()` and `section()` answer from it.
        #[inline]
        pub const fn ancestor(&self) -> ::core::option::Option<Self> {
            match self {
                Self::#unknown(value) => Self::__from_ordinal(TABLE.ancestor_of(value)),
                _ => ::core::option::Option::None,
            }
        }

        /// The row that classifies the code: its own, or its ancestor's.
        #[doc(hidden)]
        #[inline]
        pub const fn __class_row(&self) -> ::core::option::Option<usize> {
            match self {
                Self::#unknown(value) => TABLE.row(TABLE.ancestor_of(value)),
                _ => self.row(),
            }
        }
    }
}
