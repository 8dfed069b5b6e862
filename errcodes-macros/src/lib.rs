//! Procedural macros of [errcodes](https://docs.rs/errcodes). Use them through the
//! `errcodes` crate, which re-exports them with the runtime types they need.
//!
//! The pipeline reads top to bottom:
//!
//! 1. **load**: `spec` (YAML files, through the small `yaml` module) or `derive`
//!    (attributes on a hand-written enum) builds a `model::Catalog`;
//! 2. **model**: `model::validate` checks it whole, collecting every problem;
//! 3. **expand**: `expand` turns the validated model into tokens.
//!
//! No stage panics on bad input: every problem becomes a `compile_error!`.

mod derive;
mod diag;
mod expand;
#[cfg(test)]
mod fuzz;
#[cfg(test)]
mod hostile;
mod lookup;
mod model;
mod spec;
mod yaml;

use proc_macro::TokenStream;
use quote::quote;
use syn::parse::{Parse, ParseStream};

/// Generates error-code enums from a YAML spec at compile time.
///
/// ```ignore
/// errcodes::include_errcodes!("huiyan.yaml");
/// errcodes::include_errcodes!("specs/my_api.yaml", crate = ::codes);
/// ```
///
/// The path is looked up, in order: relative to the invoking crate's `CARGO_MANIFEST_DIR`;
/// relative to the directory of the source file that invokes the macro; and as the name
/// of a spec shipped with errcodes. Editing the
/// file rebuilds the crate. `crate = path` names the errcodes facade when it is renamed
/// in `Cargo.toml`.
#[proc_macro]
pub fn include_errcodes(input: TokenStream) -> TokenStream {
    match syn::parse::<IncludeArgs>(input) {
        Ok(args) => {
            // The directory of the invoking source file, the second place a spec is looked for.
            let caller_dir = proc_macro::Span::call_site()
                .local_file()
                .and_then(|file| file.parent().map(std::path::Path::to_path_buf));
            spec::include(&args.path, &args.krate, caller_dir.as_deref()).into()
        }
        Err(error) => error.to_compile_error().into(),
    }
}

/// `"path.yaml"` optionally followed by `, crate = path`.
struct IncludeArgs {
    path: syn::LitStr,
    krate: proc_macro2::TokenStream,
}

impl Parse for IncludeArgs {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        const EXPECTED: &str =
            "expected `\"spec.yaml\"`, optionally followed by `, crate = path::to::errcodes`";
        let expected = |error: syn::Error| syn::Error::new(error.span(), EXPECTED);
        let path: syn::LitStr = input.parse().map_err(expected)?;
        let mut krate = quote!(::errcodes);
        if input.parse::<Option<syn::Token![,]>>()?.is_some() && !input.is_empty() {
            input.parse::<syn::Token![crate]>().map_err(expected)?;
            input.parse::<syn::Token![=]>().map_err(expected)?;
            let path: syn::Path = input.parse().map_err(expected)?;
            krate = quote!(#path);
            input.parse::<Option<syn::Token![,]>>()?;
        }
        if !input.is_empty() {
            return Err(input.error(EXPECTED));
        }
        Ok(IncludeArgs { path, krate })
    }
}

/// Implements the errcodes API for a hand-written enum, from `#[errcode(...)]` attributes.
///
/// See the `errcodes` crate documentation for the attribute grammar.
#[proc_macro_derive(ErrorCode, attributes(errcodes, errcode))]
pub fn derive_error_code(input: TokenStream) -> TokenStream {
    match syn::parse::<syn::DeriveInput>(input) {
        Ok(input) => derive::derive(&input).into(),
        Err(error) => error.to_compile_error().into(),
    }
}
