//! Properties of the expansion itself, checked on tokens without a compiler.

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::quote;

use crate::spec::{load, SHIPPED};

/// Every spec the project has: shipped ones and test fixtures.
fn all_specs() -> Vec<(String, String)> {
    let mut specs: Vec<(String, String)> = SHIPPED
        .iter()
        .map(|(name, text)| ((*name).to_owned(), (*text).to_owned()))
        .collect();
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/specs");
    for entry in std::fs::read_dir(fixtures).expect("tests/specs exists") {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|ext| ext == "yaml") {
            specs.push((
                path.display().to_string(),
                std::fs::read_to_string(&path).unwrap(),
            ));
        }
    }
    specs
}

fn expand(text: &str) -> TokenStream {
    let catalog = load(text).unwrap_or_else(|problems| {
        let texts: Vec<String> = problems.iter().map(crate::diag::Diagnostic::text).collect();
        panic!("spec does not load: {texts:#?}")
    });
    super::catalog(&catalog, &quote!(::errcodes), Span::call_site())
}

/// Every identifier in `tokens`, descending into groups, with the one before it.
fn idents(tokens: TokenStream, out: &mut Vec<(String, String)>) {
    let mut previous = String::new();
    for tree in tokens {
        match tree {
            TokenTree::Group(group) => idents(group.stream(), out),
            TokenTree::Ident(ident) => {
                out.push((previous.clone(), ident.to_string()));
                previous = ident.to_string();
            }
            TokenTree::Punct(punct) => previous = punct.as_char().to_string(),
            TokenTree::Literal(_) => previous.clear(),
        }
    }
}

#[test]
fn expansions_contain_no_unsafe() {
    let specs = all_specs();
    assert!(specs.len() >= 2, "found {} specs", specs.len());
    for (name, text) in specs {
        let mut found = Vec::new();
        idents(expand(&text), &mut found);
        assert!(found.len() > 100, "{name}: suspiciously small expansion");
        assert!(
            !found.iter().any(|(_, ident)| ident == "unsafe"),
            "{name}: expansion contains `unsafe`"
        );
    }
}

#[test]
fn expansions_use_only_core_and_the_facade_as_absolute_paths() {
    for (name, text) in all_specs() {
        let mut found = Vec::new();
        idents(expand(&text), &mut found);
        // An identifier right after `::` that starts a path must be `core` or `errcodes`.
        let rendered = expand(&text).to_string();
        for root in ["std", "alloc"] {
            assert!(
                !rendered.contains(&format!(":: {root} ::")),
                "{name}: expansion names ::{root}"
            );
        }
        assert!(found
            .iter()
            .any(|(before, ident)| before == ":" && ident == "errcodes"));
    }
}

#[test]
fn match_count_does_not_grow_with_the_catalog() {
    for (name, text) in all_specs() {
        let mut found = Vec::new();
        idents(expand(&text), &mut found);
        let matches = found.iter().filter(|(_, ident)| ident == "match").count();
        // Per enum: variant to ordinal (the only one with an arm per code), range
        // constructor, `from_code`, `try_from_code`, `code`, `Debug`, `FromStr`.
        let enums = load(&text).unwrap().enums.len();
        assert_eq!(matches, 7 * enums, "{name}");
    }
}
