//! A spec and a derive follow the same rules and word the same mistake alike (the same
//! functions build the messages); each reports its problems in the order of its input.

use errcodes_codegen::{derive, include, load, Diagnostic, Options, Source};

/// The problems of a spec with one enum `E` whose one entry is `entry` (YAML flow-mapping
/// fields), and the catalog line `catalog`.
fn spec_problems(catalog: &str, entry: &str) -> Vec<Diagnostic> {
    let text =
        format!("{catalog}\nenums:\n  - name: E\n    entries:\n      - {{ name: A, {entry} }}\n");
    load(&Source::from_text("t.yaml", text))
        .1
        .iter()
        .cloned()
        .collect()
}

/// The problems of a derive of `enum E` with the enum attribute `attrs` and one variant
/// `A` with the attribute `errcode`.
fn derive_problems(attrs: &str, errcode: &str) -> Vec<Diagnostic> {
    let source = format!("{attrs} enum E {{ #[errcode({errcode})] A, Unknown(Unlisted<Self>) }}");
    let input: syn::DeriveInput = syn::parse_str(&source).expect("the test input is Rust");
    derive(&input).diagnostics.iter().cloned().collect()
}

/// The message and help of the one problem found.
fn only(found: &[Diagnostic]) -> (String, Option<String>) {
    let texts: Vec<String> = found.iter().map(Diagnostic::text).collect();
    assert_eq!(found.len(), 1, "{texts:#?}");
    (found[0].message.clone(), found[0].help.clone())
}

#[test]
fn the_same_mistake_gets_the_same_message_and_help() {
    let titled = "catalog: { title: t }";
    let cases = [
        ("code: 1, message: m, billing: paid", "code = 1, message = \"m\", billing = \"paid\""),
        ("code: 1, message: m, retry: maybe", "code = 1, message = \"m\", retry = \"maybe\""),
        (
            "code: 1, message: m, billing_history: [{ until: 2021-02-30, billing: free }]",
            "code = 1, message = \"m\", billing_history(until = \"2021-02-30\", billing = \"free\")",
        ),
        ("code: 9223372036854775808, message: m", "code = 9223372036854775808, message = \"m\""),
        ("code: -9223372036854775809, message: m", "code = -9223372036854775809, message = \"m\""),
        ("code: 1, message: m, code: 2", "code = 1, message = \"m\", code = 2"),
    ];
    for (entry, errcode) in cases {
        assert_eq!(
            only(&spec_problems(titled, entry)),
            only(&derive_problems("", errcode)),
            "{entry}"
        );
    }
    // The keys allowed differ with the place; the message and the suggestion do not.
    let (spec, spec_help) = only(&spec_problems(titled, "code: 1, message: m, retyr: never"));
    let (derived, derived_help) = only(&derive_problems(
        "",
        "code = 1, message = \"m\", retyr = \"never\"",
    ));
    assert_eq!(spec, derived);
    let suggestion = |help: Option<String>| {
        help.unwrap()
            .split(" allowed keys")
            .next()
            .unwrap()
            .to_owned()
    };
    assert_eq!(suggestion(spec_help), "did you mean `retry`?");
    assert_eq!(suggestion(derived_help), "did you mean `retry`?");
    // How to add a missing key is written in each front end's syntax; what is wrong is not.
    let (spec, _) = only(&spec_problems(titled, "code: 1"));
    let (derived, _) = only(&derive_problems("", "code = 1"));
    assert_eq!(
        (spec.as_str(), derived.as_str()),
        ("missing key `message`", "missing key `message`")
    );
}

#[test]
fn a_title_is_optional_in_both_and_not_blank_when_given() {
    assert!(spec_problems("catalog: { vendor: v }", "code: 1, message: m").is_empty());
    assert!(spec_problems("", "code: 1, message: m").is_empty());
    assert!(derive_problems("", "code = 1, message = \"m\"").is_empty());
    let spec = spec_problems("catalog: { title: ' ' }", "code: 1, message: m");
    let derived = derive_problems("#[errcodes(title = \" \")]", "code = 1, message = \"m\"");
    assert_eq!(only(&spec), only(&derived));
    assert_eq!(spec[0].text(), derived[0].text(), "the subject too");
    assert!(spec[0].text().starts_with("catalog: the title is empty\n"));
}

#[test]
fn without_a_title_the_enum_names_its_catalog() {
    let text =
        "enums:\n  - name: Untitled\n    entries:\n      - { name: A, code: 1, message: m }\n";
    let expansion = include(&Source::from_text("t.yaml", text), &Options::default());
    assert!(expansion.diagnostics.is_empty());
    assert!(expansion
        .tokens
        .to_string()
        .contains("catalog (\"Untitled\""));
    let input: syn::DeriveInput = syn::parse_str(
        "enum Untitled { #[errcode(code = 1, message = \"m\")] A, Unknown(Unlisted<Self>) }",
    )
    .unwrap();
    assert!(derive(&input)
        .tokens
        .to_string()
        .contains("catalog (\"Untitled\""));
}

#[test]
fn problems_come_in_input_order_whichever_stage_found_them() {
    // The duplicate code is found by validation, after the reader found the bad keyword
    // and the unknown key below it.
    let spec = "catalog: { title: t }\nenums:\n  - name: E\n    entries:\n      - { name: A, code: 1, message: m }\n      - { name: B, code: 1, message: m }\n      - { name: C, code: 2, message: m, billing: paid }\n      - { name: D, code: 3, message: m, colour: red }\n";
    let (_, diagnostics) = load(&Source::from_text("t.yaml", spec));
    let lines: Vec<usize> = diagnostics
        .messages(Some("t.yaml"))
        .iter()
        .map(|(_, message)| message.split(':').nth(1).unwrap().parse().unwrap())
        .collect();
    assert_eq!(lines, [6, 7, 8]);
    let input: syn::DeriveInput = syn::parse_str(
        "enum E {
            #[errcode(code = 1, message = \"m\")] A,
            #[errcode(code = 1, message = \"m\")] B,
            #[errcode(code = 2, message = \"m\", billing = \"paid\")] C,
            #[errcode(code = 3, message = \"m\", colour = \"red\")] D,
            Unknown(Unlisted<Self>),
        }",
    )
    .unwrap();
    let found: Vec<String> = derive(&input)
        .diagnostics
        .iter()
        .map(|d| d.message.clone())
        .collect();
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found[0].starts_with("duplicate code 1"), "{found:?}");
    assert!(
        found[1].starts_with("`paid` is not a valid `billing`"),
        "{found:?}"
    );
    assert!(found[2].starts_with("unknown key `colour`"), "{found:?}");
}
