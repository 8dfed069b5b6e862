//! A `match` with one arm per variant, split into chained functions of at most
//! [`MATCH_CHUNK`] arms: each function but the last ends in an arm `_` that calls the next.
//!
//! rustc and LLVM handle one `match` in time that grows faster than its arm count (see
//! [`MATCH_CHUNK`] for the figures), so chunks keep the whole linear in the number of
//! variants. All the functions are `#[inline]` `const fn`: a method built on them is `const`
//! at every enum size, and an optimised build folds the chain back into one `match` (for
//! `__ordinal` of a spec enum, one read of the discriminant).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::MATCH_CHUNK;

/// The shape of one chain of functions.
pub struct Chain {
    /// Name of the first function; the next are `{name}_1`, `{name}_2`, ...
    pub name: &'static str,
    /// Its parameters, e.g. `&self` or `ordinal: usize, code: i64`.
    pub params: TokenStream,
    /// The same parameters as arguments, to pass them on: `self`, `ordinal, code`.
    pub args: TokenStream,
    /// The return type.
    pub output: TokenStream,
    /// What is matched: `self`, `ordinal`.
    pub scrutinee: TokenStream,
}

impl Chain {
    /// The functions matching `arms` in order, then `last` (the arm that ends the chain,
    /// usually `_ => ...`).
    pub fn functions(&self, arms: &[TokenStream], last: &TokenStream) -> TokenStream {
        let chunks: Vec<&[TokenStream]> = if arms.is_empty() {
            vec![&[]]
        } else {
            arms.chunks(MATCH_CHUNK).collect()
        };
        let count = chunks.len();
        let (params, args, output, scrutinee) =
            (&self.params, &self.args, &self.output, &self.scrutinee);
        chunks
            .iter()
            .enumerate()
            .map(|(index, chunk)| {
                let name = self.function(index);
                let end = if index + 1 == count {
                    last.clone()
                } else {
                    let next = self.function(index + 1);
                    quote! { _ => Self::#next(#args), }
                };
                quote! {
                    #[doc(hidden)]
                    #[inline]
                    const fn #name(#params) -> #output {
                        match #scrutinee {
                            #(#chunk)*
                            #end
                        }
                    }
                }
            })
            .collect()
    }

    fn function(&self, index: usize) -> proc_macro2::Ident {
        if index == 0 {
            format_ident!("{}", self.name)
        } else {
            format_ident!("{}_{}", self.name, index)
        }
    }
}
