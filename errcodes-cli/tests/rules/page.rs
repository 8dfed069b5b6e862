//! Headings, sections, title and notes.

use crate::common::{all_rows, import_spec, row};
use errcodes_cli::import::{import, ImportOptions, Reason};

#[test]
fn the_first_h1_is_the_title_and_text_before_the_sections_the_notes() {
    let page = "# 错误码说明\n\n统一格式：A-BB-CCC\n A:错误级别；\n\n## 系统\n\n系统的返回码。\n\n| 错误码 | 含义 |\n|---|---|\n| 1 | 失败 |\n";
    let (spec, _) = import_spec(page);
    assert_eq!(spec.catalog.title, "错误码说明");
    assert_eq!(
        spec.catalog.notes.as_deref(),
        Some("统一格式：A-BB-CCC\nA:错误级别；")
    );
    let section = &spec.enums[0].sections[0];
    assert_eq!(section.title, "系统");
    assert_eq!(section.doc.as_deref(), Some("系统的返回码。"));
}

#[test]
fn without_an_h1_the_given_title_is_used() {
    let page = "## 系统\n\n| 错误码 | 含义 |\n|---|---|\n| 1 | 失败 |\n";
    let imported = import(page, &ImportOptions::new("vendor-errors")).expect("one row");
    assert!(
        imported.spec.contains(
            "  # TODO: title (the page has no H1 before its first table)\n  title: vendor-errors\n"
        ),
        "{}",
        imported.spec
    );
    let imported = import(page, &ImportOptions::default()).expect("one row");
    assert_eq!(
        crate::common::parse(&imported.spec).catalog.title,
        "Untitled"
    );
}

#[test]
fn an_h1_after_the_first_table_is_a_section_not_the_title() {
    let page = "| 错误码 | 含义 |\n|---|---|\n| 1 | 失败 |\n\n# 其他\n\n| 错误码 | 含义 |\n|---|---|\n| 2 | 超时 |\n";
    let imported = import(page, &ImportOptions::new("fallback")).expect("two rows");
    let spec = crate::common::parse(&imported.spec);
    assert_eq!(spec.catalog.title, "fallback");
    assert_eq!(
        spec.enums[0].entries.len(),
        1,
        "the first table sits outside every section"
    );
    assert_eq!(spec.enums[1].sections[0].title, "其他");
}

#[test]
fn headings_nest_by_level_and_markup_leaves_titles() {
    let page = "# T\n\n## **A**\n\n### B\n\n#### C\n\n| 错误码 | 含义 |\n|---|---|\n| 1 | x |\n\n### D\n\n| 错误码 | 含义 |\n|---|---|\n| 2 | y |\n";
    let (spec, _) = import_spec(page);
    let rows = all_rows(&spec);
    assert_eq!(row(&rows, "1").section, ["A", "B", "C"]);
    assert_eq!(row(&rows, "2").section, ["A", "D"]);
}

#[test]
fn a_table_outside_every_section_fills_the_enum_itself() {
    let (spec, _) = import_spec("# T\n\n| 错误码 | 含义 |\n|---|---|\n| 1 | x |\n");
    assert_eq!(spec.enums[0].entries.len(), 1);
    assert!(spec.enums[0].sections.is_empty());
}

#[test]
fn tencent_callouts_are_notes_text() {
    let page = "本文列出返回码。\n>!2021年7月19日起，2007 改为不计费。\n\n## A\n\n| 错误码 | 含义 |\n|---|---|\n| 1 | x |\n";
    let (spec, _) = import_spec(page);
    assert_eq!(
        spec.catalog.notes.as_deref(),
        Some("本文列出返回码。\n2021年7月19日起，2007 改为不计费。")
    );
}

#[test]
fn text_after_a_table_belongs_to_its_section() {
    let page = "## A\n\n| 错误码 | 含义 |\n|---|---|\n| 1 | x |\n\n>!命中则输出 tag。\n";
    let (spec, _) = import_spec(page);
    assert_eq!(
        spec.enums[0].sections[0].doc.as_deref(),
        Some("命中则输出 tag。")
    );
}

#[test]
fn text_of_a_section_without_entries_is_reported() {
    let page = "## A\n\n| 错误码 | 含义 |\n|---|---|\n| 1 | x |\n\n## B\n\n说明文字。\n";
    let (_, imported) = import_spec(page);
    let finding = &imported.report.findings[0];
    assert_eq!((finding.line, finding.reason), (9, Reason::UnplacedText));
    assert!(finding.detail.contains("说明文字。"), "{finding}");
}
