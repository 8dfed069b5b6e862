//! Procedural macros of [errcodes](https://docs.rs/errcodes). Use them through the
//! `errcodes` crate, which re-exports them with the runtime types they need.
//!
//! The work is done by the `errcodes-codegen` library; this crate parses the macros'
//! arguments, calls it, turns its diagnostics into `compile_error!`s and makes cargo
//! rebuild when a spec changes.

use std::path::Path;
use std::time::Instant;

use errcodes_codegen::diagnostics::Tokens;
use errcodes_codegen::{Diagnostics, Expansion, Options, Source};
use proc_macro::TokenStream;
use proc_macro2::{Delimiter, Group, Literal, Span, TokenStream as Tokens2, TokenTree};
use quote::{quote, quote_spanned};
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
/// of a spec shipped with errcodes. Editing the file rebuilds the crate. Generated code
/// names the errcodes facade as the crate's `Cargo.toml` does (renamed or not); `crate =
/// path` overrides that.
#[proc_macro]
pub fn include_errcodes(input: TokenStream) -> TokenStream {
    let args = match syn::parse::<IncludeArgs>(input) {
        Ok(args) => args,
        Err(error) => return error.to_compile_error().into(),
    };
    let span = args.path.span();
    let requested = args.path.value();
    let Some(manifest_dir) = std::env::var_os("CARGO_MANIFEST_DIR") else {
        let message = "CARGO_MANIFEST_DIR is not set; include_errcodes! must be built by cargo";
        return compile_error(span.into(), message).into();
    };
    // The directory of the invoking source file, the second place a spec is looked for.
    let caller_dir = proc_macro::Span::call_site()
        .local_file()
        .and_then(|file| file.parent().map(Path::to_path_buf));
    let source = match Source::find(&requested, Path::new(&manifest_dir), caller_dir.as_deref()) {
        Ok(source) => source,
        Err(problem) => {
            return compile_error(span.into(), &problem.render(Some(&requested))).into()
        }
    };
    let started = Instant::now();
    let options = Options {
        facade: args.krate.unwrap_or_else(errcodes_codegen::facade),
        span,
        ..Options::default()
    };
    let Expansion {
        tokens,
        diagnostics,
        codes,
    } = errcodes_codegen::include(&source, &options);
    if diagnostics.is_empty() && std::env::var_os("ERRCODES_TIMINGS").is_some() {
        // For the compile-time benchmark: the library's own work (parse, validate, expand).
        let micros = started.elapsed().as_micros();
        let (name, bytes) = (&source.name, source.text.len());
        eprintln!("errcodes-timing: {name} codes={codes} bytes={bytes} expand_us={micros}");
    }
    // Naming the file in `include_bytes!` makes cargo rebuild the crate when the spec changes.
    let track = source
        .file
        .as_ref()
        .and_then(|file| file.to_str())
        .map(|file| {
            quote_spanned! {span=> const _: &[u8] = ::core::include_bytes!(#file); }
        });
    let errors = compile_errors(&diagnostics, Some(&source.name), span);
    quote!(#track #errors #tokens).into()
}

/// `"path.yaml"` optionally followed by `, crate = path`.
struct IncludeArgs {
    path: syn::LitStr,
    krate: Option<Tokens2>,
}

impl Parse for IncludeArgs {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        const EXPECTED: &str =
            "expected `\"spec.yaml\"`, optionally followed by `, crate = path::to::errcodes`";
        let expected = |error: syn::Error| syn::Error::new(error.span(), EXPECTED);
        let path: syn::LitStr = input.parse().map_err(expected)?;
        let mut krate = None;
        if input.parse::<Option<syn::Token![,]>>()?.is_some() && !input.is_empty() {
            input.parse::<syn::Token![crate]>().map_err(expected)?;
            input.parse::<syn::Token![=]>().map_err(expected)?;
            let path: syn::Path = input.parse().map_err(expected)?;
            krate = Some(quote!(#path));
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
        Ok(input) => {
            let expansion = errcodes_codegen::derive(&input);
            let errors = compile_errors(&expansion.diagnostics, None, input.ident.span());
            let tokens = expansion.tokens;
            quote!(#errors #tokens).into()
        }
        Err(error) => error.to_compile_error().into(),
    }
}

/// One `compile_error!` per problem, at the tokens it points at, else at `fallback`.
fn compile_errors(diagnostics: &Diagnostics, file: Option<&str>, fallback: Span) -> Tokens2 {
    diagnostics
        .messages(file)
        .into_iter()
        .map(|(tokens, message)| compile_error(tokens.unwrap_or(fallback.into()), &message))
        .collect()
}

/// `::core::compile_error! { "message" }` spanning the tokens from `first` to `last`, so
/// the compiler underlines all of them.
fn compile_error(Tokens { first, last }: Tokens, message: &str) -> Tokens2 {
    let mut text = Literal::string(message);
    text.set_span(last);
    let mut body = Group::new(Delimiter::Brace, TokenTree::Literal(text).into());
    body.set_span(last);
    let mut tokens = quote_spanned!(first=> ::core::compile_error!);
    tokens.extend([TokenTree::Group(body)]);
    tokens
}
