//! The attribute front end through `derive`, with no proc-macro in the loop: a clean enum
//! is implemented, a broken one is reported and still implemented over a placeholder, and
//! its problems share the one capped collector.

use errcodes_codegen::diagnostics::{Origin, MAX_DIAGNOSTICS};
use errcodes_codegen::{derive, Expansion};

fn run(source: &str) -> Expansion {
    let input: syn::DeriveInput = syn::parse_str(source).expect("the test input is Rust");
    derive(&input)
}

fn messages(expansion: &Expansion) -> Vec<String> {
    expansion
        .diagnostics
        .messages(None)
        .into_iter()
        .map(|(_, message)| message)
        .collect()
}

#[test]
fn a_clean_enum_is_implemented_without_problems() {
    let expansion = run(r#"
        #[errcodes(title = "T", billing = "free")]
        enum Code {
            #[errcode(code = 0, message = "ok", success)]
            Ok,
            #[errcode(code = 1, alias_of = Ok)]
            OkAgain,
            #[errcode(message = "band")]
            Band(errcodes::InRange<10, 19>),
            Unknown(errcodes::Unlisted<Self>),
        }
    "#);
    assert!(
        expansion.diagnostics.is_empty(),
        "{:?}",
        messages(&expansion)
    );
    assert_eq!(expansion.codes, 3);
    let tokens = expansion.tokens.to_string();
    assert!(tokens.contains("impl :: errcodes :: ErrorCode for Code"));
    // The user wrote the enum: the derive does not define it again.
    assert!(!tokens.contains("enum Code"));
}

#[test]
fn a_broken_enum_is_reported_and_implemented_over_a_placeholder() {
    let expansion = run(r#"
        enum Code {
            #[errcode(code = 1, mesage = "busy")]
            Busy,
            Unknown(errcodes::Unlisted<Self>),
        }
    "#);
    let found = messages(&expansion);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("unknown key `mesage`\n  = help: did you mean `message`?"),
        "{found:?}"
    );
    assert!(matches!(
        expansion.diagnostics.iter().next().unwrap().origin,
        Origin::Tokens(_)
    ));
    let tokens = expansion.tokens.to_string();
    assert!(
        tokens.contains("impl :: errcodes :: ErrorCode for Code"),
        "no placeholder impl"
    );
    assert!(
        tokens.contains("messages : & [\"\"]"),
        "the placeholder has one empty row"
    );
}

#[test]
fn the_placeholder_keeps_the_facade_path() {
    let expansion = run("
        #[errcodes(crate = ::codes)]
        enum Code {
            #[errcode(code = 1)]
            NoMessage,
            Unknown(errcodes::Unlisted<Self>),
        }
    ");
    assert_eq!(expansion.diagnostics.count(), 1);
    assert!(expansion
        .tokens
        .to_string()
        .contains("impl :: codes :: ErrorCode for Code"));
}

#[test]
fn shapes_the_expander_cannot_implement_get_no_placeholder() {
    for source in [
        "struct Code;",
        "enum Code<T> { #[errcode(code = 1, message = \"m\")] A, Unknown(Unlisted<Self>), Other(T) }",
        "enum Code { #[errcode(code = 1, message = \"m\")] A }",
        "enum Code { A { x: u8 }, Unknown(Unlisted<Self>) }",
        "enum Code { Unknown(Unlisted<Self>), #[errcode(unknown)] Other(Unlisted<Self>) }",
        "enum Code { #[errcode(code = 1, message = \"m\")] A, Unknown(i64) }",
        "enum Code { #[errcode(message = \"m\")] A(InRange<N, 2>), Unknown(Unlisted<Self>) }",
    ] {
        let expansion = run(source);
        assert!(!expansion.diagnostics.is_empty(), "{source}");
        assert!(
            expansion.tokens.is_empty(),
            "{source}: {}",
            expansion.tokens
        );
    }
}

#[test]
fn attribute_and_catalog_problems_come_in_declaration_order() {
    let expansion = run(r#"
        enum Code {
            #[errcode(code = 1, message = "one", retry = "maybe")]
            One,
            #[errcode(code = 1, message = "one again")]
            OneAgain,
            Unknown(errcodes::Unlisted<Self>),
        }
    "#);
    let found = messages(&expansion);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found[0].starts_with(
            "`maybe` is not a valid `retry`\n  = help: write one of `never`, `transient`"
        ),
        "{found:?}"
    );
    assert!(found[1].starts_with("entry `OneAgain` (code 1): duplicate code 1"));
}

#[test]
fn one_cap_holds_for_the_derive_too() {
    let variants: Vec<String> = (0..MAX_DIAGNOSTICS + 50)
        .map(|index| format!("V{index}"))
        .collect();
    let variants = variants.join(", ") + ",";
    let expansion = run(&format!(
        "enum Code {{ {variants} Unknown(Unlisted<Self>) }}"
    ));
    assert_eq!(expansion.diagnostics.count(), MAX_DIAGNOSTICS + 50);
    let found = messages(&expansion);
    assert_eq!(found.len(), MAX_DIAGNOSTICS + 1);
    assert_eq!(found[MAX_DIAGNOSTICS], "50 more problems not shown");
}
