//! Which tables share an enum.

use crate::common::{import_spec, rows};

fn keys(spec: &crate::common::Spec) -> Vec<Vec<String>> {
    rows(spec)
        .iter()
        .map(|rows| rows.iter().map(|row| row.key.clone()).collect())
        .collect()
}

const TABLE: &str = "| 返回码 | 含义 |\n|---|---|\n";

#[test]
fn consecutive_tables_under_one_h2_share_an_enum() {
    let page = format!(
        "# T\n\n## A\n\n### A1\n\n{TABLE}| 1 | a |\n\n### A2\n\n#### A2x\n\n{TABLE}| 2 | b |\n"
    );
    let (spec, _) = import_spec(&page);
    assert_eq!(keys(&spec), [["1", "2"]]);
    assert_eq!(spec.enums[0].sections[0].title, "A");
    let titles: Vec<&str> = spec.enums[0].sections[0]
        .sections
        .iter()
        .map(|s| s.title.as_str())
        .collect();
    assert_eq!(titles, ["A1", "A2"]);
}

#[test]
fn a_colliding_code_starts_a_new_enum() {
    let page = format!("## NFC\n\n### 服务端\n\n{TABLE}| 0 | 请求成功 |\n| 1 | x |\n\n### 终端\n\n{TABLE}| 0 | 识别成功 |\n");
    let (spec, _) = import_spec(&page);
    assert_eq!(keys(&spec), [vec!["0", "1"], vec!["0"]]);
    // Both enums keep the shared outer section.
    assert_eq!(spec.enums[1].sections[0].title, "NFC");
    assert_eq!(spec.enums[1].sections[0].sections[0].title, "终端");
}

#[test]
fn an_alias_or_range_collision_also_splits() {
    let page = format!("## A\n\n{TABLE}| 5/6 | a |\n\n{TABLE}| 6 | b |\n\n{TABLE}| 0-9 | c |\n");
    let (spec, _) = import_spec(&page);
    assert_eq!(keys(&spec), [vec!["5"], vec!["6"], vec!["0-9"]]);
}

#[test]
fn different_column_roles_split() {
    let page = format!(
        "## A\n\n{TABLE}| 1 | a |\n\n| 返回码 | 含义 | 是否收费 |\n|---|---|---|\n| 2 | b | 否 |\n"
    );
    let (spec, _) = import_spec(&page);
    assert_eq!(keys(&spec), [["1"], ["2"]]);
}

#[test]
fn different_outermost_sections_split() {
    let page = format!("# T\n\n## A\n\n{TABLE}| 1 | a |\n\n## B\n\n{TABLE}| 2 | b |\n");
    let (spec, _) = import_spec(&page);
    assert_eq!(keys(&spec), [["1"], ["2"]]);
}

#[test]
fn h1_sections_after_an_h1_title_are_outermost_sections() {
    let page = format!("# 常见错误码\n\n# **授权码**\n\n{TABLE}| 10000 | a |\n\n# API通用返回码\n\n{TABLE}| 0 | 成功 |\n");
    let (spec, _) = import_spec(&page);
    assert_eq!(spec.catalog.title, "常见错误码");
    assert_eq!(keys(&spec), [["10000"], ["0"]]);
    assert_eq!(spec.enums[0].sections[0].title, "授权码");
}

#[test]
fn integer_and_string_tables_split() {
    let page = format!("## A\n\n{TABLE}| 1 | a |\n\n{TABLE}| InternalError | b |\n");
    let (spec, _) = import_spec(&page);
    assert_eq!(keys(&spec), [["1"], ["InternalError"]]);
    assert_eq!(spec.enums[1].kind.as_deref(), Some("string"));
}

#[test]
fn a_table_without_entries_does_not_split_its_neighbours() {
    let page = format!("## A\n\n{TABLE}| 1 | a |\n\n{TABLE}| 其他 | 透传 |\n\n{TABLE}| 2 | b |\n");
    let (spec, _) = import_spec(&page);
    assert_eq!(keys(&spec), [["1", "2"]]);
}

#[test]
fn enums_get_placeholder_names() {
    let page = format!("## A\n\n{TABLE}| 1 | a |\n\n## B\n\n{TABLE}| 1 | b |\n");
    let (spec, imported) = import_spec(&page);
    let names: Vec<&str> = spec.enums.iter().map(|space| space.name.as_str()).collect();
    assert_eq!(names, ["Enum1", "Enum2"]);
    assert!(
        imported.spec.contains("  # TODO: name\n  - name: Enum2\n"),
        "{}",
        imported.spec
    );
}
