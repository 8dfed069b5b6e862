//! The YAML front end on its own: the node tree, syntax errors as positioned diagnostics,
//! finding a node's position by its path, and the reader's messages through `load`.

use errcodes_codegen::diagnostics::{Location, Origin, Seg};
use errcodes_codegen::yaml::{locate, parse, Node};
use errcodes_codegen::{load, Source};

#[test]
fn parses_scalars_and_keeps_mapping_order() {
    let node = parse("b: 1\na: [-73, 66664027, 9223372036854775808, 1.5, x, ~, true]\n").unwrap();
    let Node::Map(pairs) = node else {
        panic!("not a map")
    };
    assert_eq!(pairs[0].0, Node::Str("b".into()));
    assert_eq!(
        pairs[1].1,
        Node::Seq(vec![
            Node::Int(-73),
            Node::Int(66_664_027),
            Node::BigInt("9223372036854775808".into()),
            Node::Float(1.5),
            Node::Str("x".into()),
            Node::Null,
            Node::Bool(true),
        ])
    );
}

#[test]
fn dates_stay_strings() {
    assert_eq!(parse("2021-07-19").unwrap(), Node::Str("2021-07-19".into()));
}

#[test]
fn syntax_errors_carry_a_location() {
    let error = parse("a: 1\nb: [unclosed\n").unwrap_err();
    let Origin::Text(at) = error.origin else {
        panic!("no position: {error:?}")
    };
    assert!(at.line >= 2, "{error:?}");
    assert!(error.message.starts_with("YAML: "), "{error:?}");
    assert!(
        error.message.contains("while parsing a flow sequence"),
        "{error:?}"
    );
    // The position is data, not repeated in the text.
    assert!(
        !error
            .message
            .contains(&format!("at line {} column {}", at.line, at.column)),
        "{error:?}"
    );
    assert!(error.help.unwrap().contains("fix the YAML syntax"));
}

#[test]
#[allow(clippy::format_push_string)]
fn alias_bombs_and_deep_nesting_are_refused() {
    let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for level in 1..12 {
        let prev = level - 1;
        let refs = vec![format!("*a{prev}"); 10].join(", ");
        bomb.push_str(&format!("a{level}: &a{level} [{refs}]\n"));
    }
    assert!(parse(&bomb).is_err());
    let deep = "[".repeat(1000) + &"]".repeat(1000);
    assert!(parse(&deep).is_err());
}

#[test]
fn integers_of_any_size_are_nodes() {
    assert_eq!(
        parse("[-9223372036854775809, 18446744073709551616, 1e3]").unwrap(),
        Node::Seq(vec![
            Node::BigInt("-9223372036854775809".into()),
            Node::BigInt("18446744073709551616".into()),
            Node::Float(1000.0),
        ])
    );
}

#[test]
fn codes_out_of_range_name_the_entry_and_point_at_the_code() {
    for (code, shown) in [
        ("9223372036854775808", "9223372036854775808"),
        ("18446744073709551616", "18446744073709551616"),
        ("-9223372036854775809", "-9223372036854775809"),
        (
            "-170141183460469231731687303715884105729",
            "-1.7014118346046923e38",
        ),
    ] {
        let spec = format!("catalog: {{ title: t }}\nenums:\n  - name: E\n    entries:\n      - name: Huge\n        code: {code}\n        message: m\n");
        assert_eq!(
            problems(&spec),
            [format!("t.yaml:6:15: entry `Huge`: code {shown} is out of range for an i64\n  = help: codes must lie in -9223372036854775808..=9223372036854775807")],
        );
    }
}

#[test]
fn a_byte_order_mark_before_the_document_is_not_part_of_it() {
    let spec = "\u{feff}catalog: { title: t }\nenums:\n  - name: E\n    entries:\n      - { name: A, code: 1, message: m }\n      - { name: A, code: 2, message: m }\n";
    assert_eq!(parse("\u{feff}a: 1").unwrap(), parse("a: 1").unwrap());
    // Positions are those an editor shows, which does not count the mark.
    let found = problems(spec);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with("t.yaml:6:9: entry `A` (code 2): variant name `A` is already used"),
        "{found:?}"
    );
}

#[test]
fn a_repeated_key_is_reported_where_it_is_repeated() {
    let error = parse("a: 1\nb:\n  c: 1\n  c: 2\n").unwrap_err();
    assert_eq!(error.message, "duplicate key `c`");
    let Origin::Text(at) = error.origin else {
        panic!("{error:?}")
    };
    assert_eq!((at.line, at.column), (4, 3));
    assert!(error.help.unwrap().contains("a key may be given once"));
}

fn key(k: &str) -> Seg {
    Seg::Key(k.to_owned())
}

const DOC: &str = "\
catalog:
  title: t
enums:
  - name: A
    entries:
      - name: First
        code: 1
      - { name: Second, code: 2 }
";

#[test]
fn finds_mappings_sequences_and_scalars() {
    let at = |path: &[Seg]| locate(DOC, path).map(|Location { line, column }| (line, column));
    assert_eq!(at(&[key("catalog"), key("title")]), Some((2, 10)));
    assert_eq!(
        at(&[key("enums"), Seg::Index(0), key("entries"), Seg::Index(0)]),
        Some((6, 9))
    );
    assert_eq!(
        at(&[
            key("enums"),
            Seg::Index(0),
            key("entries"),
            Seg::Index(1),
            key("code")
        ]),
        Some((8, 31))
    );
    assert_eq!(
        at(&[key("enums"), Seg::Index(0), key("entries")]),
        Some((6, 7))
    );
}

#[test]
fn finds_keys_themselves() {
    let at = locate(DOC, &[key("catalog"), Seg::KeyName("title".to_owned())]);
    assert_eq!(at, Some(Location { line: 2, column: 3 }));
}

#[test]
fn missing_paths_have_no_location() {
    assert_eq!(locate(DOC, &[key("nope")]), None);
    assert_eq!(locate(DOC, &[key("enums"), Seg::Index(7)]), None);
    assert_eq!(locate("a: [valid", &[key("b")]), None);
}

/// Every problem of a spec, rendered as the macro reports them.
fn problems(text: &str) -> Vec<String> {
    let (_, diagnostics) = load(&Source::from_text("t.yaml", text));
    diagnostics
        .messages(Some("t.yaml"))
        .into_iter()
        .map(|(_, message)| message)
        .collect()
}

#[test]
fn problems_are_located_and_rendered_with_file_line_and_column() {
    let spec = "catalog: { title: t }\nenums:\n  - name: E\n    entries:\n      - name: First\n        code: 1\n        message: m\n      - { name: Second, code: x, message: m }\n";
    assert_eq!(
        problems(spec),
        ["t.yaml:8:31: entry `Second` (code `x`): a code of an integer enum is an integer\n  = help: write the code as a plain integer such as 1001, or make the enum's codes strings with `kind: string` (derive: `kind = \"string\"`)"]
    );
}

#[test]
fn unknown_keys_get_a_suggestion_within_two_edits() {
    let found = problems("catalog: { title: t, vendr: v }\nenums:\n  - name: E\n    entries:\n      - { name: A, code: 1, message: m, retyr: never, colour: red }\n");
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(
        found[0].starts_with(
            "t.yaml:1:22: catalog: unknown key `vendr`\n  = help: did you mean `vendor`?"
        ),
        "{found:?}"
    );
    assert!(
        found[1].contains("unknown key `retyr`\n  = help: did you mean `retry`?"),
        "{found:?}"
    );
    assert!(
        found[2].contains("unknown key `colour`\n  = help: allowed keys: name, code,"),
        "{found:?}"
    );
}

#[test]
fn keywords_and_booleans_of_the_wrong_type_get_their_own_help() {
    let found = problems("catalog: { title: t }\nenums:\n  - name: E\n    entries:\n      - { name: A, code: 1, message: m, billing: [free], success: yes, description: [a] }\n");
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(
        found[0].contains("`billing` must be `charged`, `free` or `unspecified`, found a list"),
        "{found:?}"
    );
    assert!(
        found[1].contains("write `success: true` or `success: false`, not `yes`"),
        "{found:?}"
    );
    assert!(
        found[2].contains("write `description` as one string"),
        "{found:?}"
    );
}

#[test]
fn a_syntax_error_is_one_problem_at_the_parser_position() {
    let found = problems("catalog: { title: t }\nenums: [\n");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("t.yaml:3:1: YAML: "), "{found:?}");
}

/// A spec with one entry whose lines are `entry`, indented under `entries:`.
fn with_entry(entry: &str) -> String {
    format!("catalog: {{ title: t }}\nenums:\n  - name: E\n    entries:\n{entry}")
}

#[test]
fn tabs_in_indentation_are_named_as_such() {
    for spec in [
        with_entry("      - name: A\n\tcode: 1\n        message: m\n"),
        "catalog:\n\ttitle: t\n".to_owned(),
    ] {
        let found = problems(&spec);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].contains(
                ": a tab character: YAML forbids tabs in indentation\n  = help: indent with spaces"
            ),
            "{found:?}"
        );
    }
    assert!(problems(&with_entry("      - name: A\n\tcode: 1\n"))[0].starts_with("t.yaml:6:1: "));
}

#[test]
fn merge_keys_are_refused_once_without_follow_on_problems() {
    let found = problems(&with_entry(
        "      - &first { name: A, code: 1, message: m }\n      - <<: *first\n        name: B\n        code: 2\n",
    ));
    assert_eq!(
        found,
        ["t.yaml:6:9: entry `B`: merge keys (`<<: *anchor`) are not supported\n  = help: write the keys out in this mapping; an alias (`*anchor`) of a whole value works"]
    );
}

#[test]
fn a_second_document_is_pointed_at() {
    let found = problems(&with_entry(
        "      - { name: A, code: 1, message: m }\n---\nmore: 1\n",
    ));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with(
            "t.yaml:7:1: a second YAML document starts here\n  = help: a spec is one document"
        ),
        "{found:?}"
    );
}

#[test]
fn an_unquoted_colon_in_a_value_suggests_quoting() {
    let found = problems(&with_entry(
        "      - name: A\n        code: 1\n        message: 错误: 参数无效\n",
    ));
    assert_eq!(
        found,
        ["t.yaml:7:20: `: ` inside a plain value, which YAML reads as the start of a mapping\n  = help: quote the whole value, e.g. `message: \"错误: 参数无效\"`"]
    );
}

#[test]
fn a_misspelt_key_is_reported_once_not_also_as_missing() {
    let found = problems(&with_entry(
        "      - name: A\n        cod: 1\n        mesage: m\n        aliases: [{ name: B, cdoe: 2 }]\n",
    ));
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(
        found.iter().all(|found| found.contains("unknown key")),
        "{found:?}"
    );
    // Unrelated unknown keys do not hide a missing one.
    let found = problems(&with_entry(
        "      - name: A\n        code: 1\n        colour: red\n",
    ));
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].contains("missing key `message`"), "{found:?}");
}

#[test]
fn items_of_lists_are_counted_from_one() {
    let found = problems(&with_entry(
        "      - name: A\n        code: 1\n        message: m\n        aliases: [{ name: B, code: 1.5 }]\n        billing_history: [{ until: 2021-02-30, billing: free }]\n",
    ));
    assert_eq!(found.len(), 2, "{found:?}");
    for counted in [
        ": alias #1 of entry `A`",
        ": billing period #1 of entry `A`",
    ] {
        assert!(
            found.iter().any(|found| found.contains(counted)),
            "{found:?}"
        );
    }
    let twice = "catalog: { title: t }\nenums:\n  - { name: E, entries: [{ name: A, code: 1, message: m }] }\n  - { name: E, entries: [{ name: A, code: 1, message: m }] }\n";
    assert!(problems(twice)[0].contains("(first as enum #1)"));
}

#[test]
fn input_is_quoted_at_most_thirty_two_characters_long() {
    let key = "aws_secret_access_key_0123456789_abcdefghijklmnopqrstuvwxyz";
    let value = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY_9876543210";
    let secrets = format!("{key}: {value}\nbilling: {value}\n");
    let spec = format!("catalog: {{ title: t, {key}: 1 }}\nenums:\n  - name: E\n    entries:\n      - {{ name: A, code: 1, message: m, billing: {value}, success: {value} }}\n");
    for text in [secrets, spec] {
        let found = problems(&text).join("\n");
        assert!(
            found.contains("`aws_secret_access_key_0123456789…`"),
            "{found}"
        );
        assert!(!found.contains(&key[..33]), "{found}");
        assert!(!found.contains(&value[..33]), "{found}");
    }
}
