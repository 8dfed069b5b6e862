//! Properties of the expansion itself, checked on tokens without a compiler: no `unsafe`,
//! only `::core` and the facade as absolute paths, a fixed number of `match`es per enum
//! whatever its size, and the facade path given in the options.

use std::fmt::Write as _;

use errcodes_codegen::model::{Catalog, CodeKind, Value};
use errcodes_codegen::source::SHIPPED;
use errcodes_codegen::{
    expand, Diagnostic, Options, Source, ASSOCIATED_ITEMS, DOC_TABLE_LIMIT, MATCH_CHUNK,
};
use proc_macro2::{TokenStream, TokenTree};
use quote::quote;

/// Every spec the project has: shipped ones and, in the repository, the test fixtures.
fn all_specs() -> Vec<(String, String)> {
    let mut specs: Vec<(String, String)> = SHIPPED
        .iter()
        .map(|(name, text)| ((*name).to_owned(), (*text).to_owned()))
        .collect();
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/specs");
    let Ok(entries) = std::fs::read_dir(&fixtures) else {
        // The published package has no repository around it.
        println!(
            "the fixture specs of the repository ({}) are not here: shipped specs only",
            fixtures.display()
        );
        return specs;
    };
    for entry in entries {
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

fn load(text: &str) -> Catalog {
    let (catalog, problems) = errcodes_codegen::load(&Source::from_text("spec.yaml", text));
    let texts: Vec<String> = problems.iter().map(Diagnostic::text).collect();
    assert!(texts.is_empty(), "spec does not load: {texts:#?}");
    catalog.expect("a spec without problems has a catalog")
}

fn expand_spec(text: &str) -> TokenStream {
    expand(&load(text), &Options::default())
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
        idents(expand_spec(&text), &mut found);
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
        idents(expand_spec(&text), &mut found);
        // An identifier right after `::` that starts a path must be `core` or `errcodes`.
        let rendered = expand_spec(&text).to_string();
        for root in ["std", "alloc"] {
            assert!(
                !rendered.contains(&format!(":: {root} ::")),
                "{name}: expansion names ::{root}"
            );
        }
        assert!(found
            .iter()
            .any(|(before, ident)| before == ":" && ident == "errcodes"));
        // One style of path to `core`: always `::core`, never through the facade.
        assert!(
            found
                .iter()
                .filter(|(_, ident)| ident == "core")
                .all(|(before, _)| before == ":"),
            "{name}: a path to core does not start with ::"
        );
        assert!(!rendered.contains("__private :: core"), "{name}");
    }
}

/// How many times `ident` occurs in the expansion of `text`.
fn count_ident(text: &str, ident: &str) -> usize {
    let mut found = Vec::new();
    idents(expand_spec(text), &mut found);
    found.iter().filter(|(_, found)| found == ident).count()
}

/// How many functions whose name starts with `prefix` the expansion of `text` defines.
fn count_functions(text: &str, prefix: &str) -> usize {
    let mut found = Vec::new();
    idents(expand_spec(text), &mut found);
    found
        .iter()
        .filter(|(before, ident)| before == "fn" && ident.starts_with(prefix))
        .count()
}

#[test]
fn only_the_ordinal_matches_grow_with_the_catalog() {
    for (name, text) in all_specs() {
        let enums = load(&text).enums;
        // Per integer enum: `code` (inherent and `ErrorCode`'s) and `FromStr`; per string
        // enum: `from_code`, `try_from_code`, `code`, `ancestor` and the classifying row;
        // one per range variant (checking the range); and the two with an arm per
        // variant, variant to ordinal and back: one `match` per chunk of `MATCH_CHUNK`
        // variants.
        let chunks: usize = enums
            .iter()
            .map(|space| space.variants.len().div_ceil(MATCH_CHUNK).max(1))
            .sum();
        let ranges = enums
            .iter()
            .flat_map(|space| &space.variants)
            .filter(|variant| matches!(variant.value, Value::Range { .. }))
            .count();
        let per_enum: usize = enums
            .iter()
            .map(|space| match space.kind {
                CodeKind::Integer => 3,
                CodeKind::String => 5,
            })
            .sum();
        assert_eq!(
            count_ident(&text, "match"),
            per_enum + ranges + 2 * chunks,
            "{name}"
        );
    }
}

/// A spec of one enum with `count` codes and one range.
fn sized_spec(count: usize) -> String {
    let mut text =
        String::from("catalog: { title: Sized }\nenums:\n  - name: Sized\n    entries:\n");
    for index in 0..count {
        let _ = writeln!(
            text,
            "      - {{ name: C{index}, code: {}, message: m }}",
            index * 3
        );
    }
    text.push_str("      - { name: Band, range: [-10, -1], message: band }\n");
    text
}

#[test]
fn every_size_gets_const_methods_and_large_matches_are_chained() {
    for count in [1, MATCH_CHUNK - 1, MATCH_CHUNK, 2 * MATCH_CHUNK + 1] {
        let text = sized_spec(count);
        let tokens = expand_spec(&text).to_string();
        assert!(tokens.contains("pub const fn message"), "{count} codes");
        assert!(
            !tokens.contains("pub fn"),
            "{count} codes: a method is not const"
        );
        // `count` codes and one range, each an arm of the ordinal `match`.
        let chunks = (count + 1).div_ceil(MATCH_CHUNK);
        assert_eq!(count_functions(&text, "__ordinal"), chunks, "{count} codes");
        assert_eq!(
            count_functions(&text, "__from_ordinal"),
            chunks,
            "{count} codes"
        );
    }
}

/// The documentation of the first item of `tokens` (the enum, for a spec).
fn first_doc(tokens: TokenStream) -> String {
    let file: syn::File = syn::parse2(tokens).expect("the expansion is Rust");
    let syn::Item::Enum(item) = &file.items[0] else {
        panic!("the enum comes first");
    };
    let doc = item
        .attrs
        .iter()
        .find(|attr| attr.path().is_ident("doc"))
        .expect("a doc");
    let syn::Meta::NameValue(syn::MetaNameValue {
        value:
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(text),
                ..
            }),
        ..
    }) = &doc.meta
    else {
        panic!("#[doc = \"...\"]");
    };
    text.value()
}

#[test]
fn the_docs_open_with_a_table_of_codes_up_to_the_limit() {
    // `sized_spec(n)` has n codes and a range: n + 1 variants.
    let doc = first_doc(expand_spec(&sized_spec(DOC_TABLE_LIMIT - 1)));
    let header = "| Code | Variant | Message | Billing | Retry |\n|---|---|---|---|---|\n";
    let table = &doc[doc.find(header).expect("a table") + header.len()..];
    let rows: Vec<&str> = table
        .lines()
        .take_while(|line| line.starts_with('|'))
        .collect();
    assert_eq!(rows.len(), DOC_TABLE_LIMIT);
    assert_eq!(rows[1], "| `3` | [`C1`](Self::C1) | m | - | never |");
    assert_eq!(
        rows[DOC_TABLE_LIMIT - 1],
        "| `-10..=-1` | [`Band`](Self::Band) | band | - | never |"
    );

    let doc = first_doc(expand_spec(&sized_spec(DOC_TABLE_LIMIT)));
    assert!(!doc.contains("| Code |"), "{doc}");
    let count = DOC_TABLE_LIMIT + 1;
    assert!(
        doc.contains(&format!(
            "{count} codes, too many for a table here: `errcodes export"
        )),
        "{doc}"
    );
}

#[test]
fn the_facade_path_is_the_one_given() {
    let options = Options {
        facade: quote!(::codes::facade),
        ..Options::default()
    };
    let tokens = expand(&load(&sized_spec(3)), &options).to_string();
    assert!(tokens.contains(":: codes :: facade :: __private :: Table"));
    assert!(
        !tokens.contains(":: errcodes ::"),
        "the default facade leaked"
    );
}

#[test]
fn every_associated_item_generated_is_in_the_reserved_list() {
    // Specs of every size: chunked helpers are named like the first with a suffix.
    let mut texts: Vec<String> = all_specs().into_iter().map(|(_, text)| text).collect();
    texts.push(sized_spec(2 * MATCH_CHUNK + 1));
    for text in texts {
        let mut found = Vec::new();
        idents(expand_spec(&text), &mut found);
        for (before, ident) in found {
            // `static`s live in the anonymous `const _`, beside the impls, not in them.
            if matches!(before.as_str(), "fn" | "const" | "type")
                && !matches!(ident.as_str(), "_" | "fn")
            {
                let base = ident.trim_end_matches(|c: char| c.is_ascii_digit() || c == '_');
                let listed = ASSOCIATED_ITEMS.contains(&ident.as_str())
                    || ident.starts_with("__") && ASSOCIATED_ITEMS.contains(&base);
                assert!(listed, "`{ident}` is generated but not in ASSOCIATED_ITEMS");
            }
        }
    }
}
