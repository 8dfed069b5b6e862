//! The YAML scalar writer: every string reads back as itself with `serde_yaml`, whether it is
//! written plain, as a literal block or double-quoted.

use std::collections::BTreeMap;

use errcodes_cli::import::yaml;
use proptest::prelude::*;

/// Reads `key: <value>` back (the value written for indentation 0).
fn read_back(text: &str) -> String {
    let document = format!("key: {}\n", yaml::value(text, 0));
    let map: BTreeMap<String, String> =
        serde_yaml::from_str(&document).unwrap_or_else(|error| panic!("{error} in\n{document}"));
    map["key"].clone()
}

/// Reads `key: { inner: <flow value> }` back.
fn read_back_flow(text: &str) -> String {
    let document = format!("key: {{ inner: {} }}\n", yaml::flow_value(text));
    let map: BTreeMap<String, BTreeMap<String, String>> =
        serde_yaml::from_str(&document).unwrap_or_else(|error| panic!("{error} in\n{document}"));
    map["key"]["inner"].clone()
}

/// Reads a value nested under two mappings, as entries are, to check block indentation.
fn read_back_nested(text: &str) -> String {
    let document = format!("a:\n  b:\n    key: {}\n", yaml::value(text, 4));
    let map: BTreeMap<String, BTreeMap<String, BTreeMap<String, String>>> =
        serde_yaml::from_str(&document).unwrap_or_else(|error| panic!("{error} in\n{document}"));
    map["a"]["b"]["key"].clone()
}

const TRICKY: &[&str] = &[
    "成功",
    "0x71f   0x5b：timestamp 与系统当前时间相差超过10分钟",
    "key: value",
    "a #comment",
    "#not a comment",
    "ends with colon:",
    "\"quoted\"",
    "'single'",
    "it's",
    "-5",
    "- item",
    "* star",
    "& anchor",
    "! tag",
    "? question",
    "| pipe",
    "> fold",
    "% directive",
    "@ at",
    "` backtick",
    "yes",
    "No",
    "ON",
    "off",
    "y",
    "N",
    "true",
    "False",
    "null",
    "~",
    "",
    " leading space",
    "trailing space ",
    "tab\there",
    "\ttab first",
    "line one\nline two",
    "line one\n line two indented",
    "ends with newline\n",
    "\nstarts with newline",
    "two\n\nparagraphs",
    "carriage\rreturn",
    "crlf\r\nline",
    "nul\0byte",
    "bell\u{7}",
    "del\u{7f}",
    "next line\u{85}here",
    "line sep\u{2028}here",
    "para sep\u{2029}here",
    "bom\u{feff}here",
    "nonchar\u{fffe}",
    "emoji 😀 and 𠀀",
    "back\\slash",
    "007",
    "1e3",
    "0o17",
    "1_000",
    ".inf",
    "-.inf",
    ".NaN",
    "2021-07-19",
    "12:30:45",
    "<<",
    "=",
    "{ flow }",
    "[1, 2]",
    "a, b",
    "66664027/66664029",
    "202、5001",
    "---",
    "...",
    "网络不给力,请稍后重试",
    "[提交工单](https://console.cloud.tencent.com/workorder/category) 联系客服处理",
];

#[test]
fn tricky_strings_read_back() {
    for text in TRICKY {
        assert_eq!(read_back(text), *text, "block value {text:?}");
        assert_eq!(read_back_nested(text), *text, "nested block value {text:?}");
        assert_eq!(read_back_flow(text), *text, "flow value {text:?}");
    }
}

#[test]
fn safe_text_stays_plain_and_the_rest_is_quoted() {
    assert_eq!(yaml::value("成功", 0), "成功");
    assert_eq!(yaml::value("token 过期，请重试", 0), "token 过期，请重试");
    assert_eq!(yaml::value("yes", 0), "\"yes\"");
    assert_eq!(yaml::value("a: b", 0), "\"a: b\"");
    assert_eq!(yaml::value("02", 0), "\"02\"");
    assert_eq!(
        yaml::value("say \"hi\"\tnow", 0),
        "\"say \\\"hi\\\"\\tnow\""
    );
    assert_eq!(yaml::value("a\nb", 4), "|-\n      a\n      b");
    assert_eq!(yaml::flow_value("a, b"), "\"a, b\"");
    assert_eq!(
        yaml::double_quoted("\u{85}\u{2028}\u{feff}\u{7}"),
        "\"\\N\\L\\uFEFF\\x07\""
    );
}

#[test]
fn comments_stay_on_one_line() {
    assert_eq!(yaml::comment("a\nb\rc\u{2028}d\te"), "a b c d e");
}

/// Characters weighted towards the ones YAML cares about.
fn yaml_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::sample::select(vec![
            ' ', '\t', '\n', '\r', ':', '#', '-', '?', '*', '&', '!', '|', '>', '\'', '"', '%',
            '@', '`', ',', '[', ']', '{', '}', '\\', '.', '~', '=', '<', '+', '0', '1', 'e',
            'x', 'y', 'n', 'o', '\0', '\u{7}', '\u{7f}', '\u{85}', '\u{a0}', '\u{2028}',
            '\u{2029}', '\u{feff}', '\u{fffe}', '\u{ffff}', '成', '、', '，', '😀',
        ]),
        1 => any::<char>(),
    ]
}

fn yaml_text() -> impl Strategy<Value = String> {
    prop::collection::vec(yaml_char(), 0..24).prop_map(|chars| chars.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_string_reads_back(text in yaml_text()) {
        prop_assert_eq!(read_back(&text), text.clone());
        prop_assert_eq!(read_back_nested(&text), text.clone());
        prop_assert_eq!(read_back_flow(&text), text);
    }

    #[test]
    fn any_unicode_reads_back(text in any::<String>()) {
        prop_assert_eq!(read_back(&text), text.clone());
        prop_assert_eq!(read_back_flow(&text), text);
    }
}
