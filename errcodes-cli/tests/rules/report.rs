//! The report: findings with lines, and the summary.

use errcodes_cli::import::{import, ImportOptions, Reason};

use crate::common::import_spec;

const PAGE: &str = "# T\n\n| 错误码 | 含义 | 是否收费 |\n|---|---|---|\n| 1 | a | 否 |\n| 其他错误码 | 透传后台错误码 | |\n| 2 | b | 也许 |\n| 1 | c | 否 |\n";

#[test]
fn findings_quote_the_page_at_their_lines() {
    let (_, imported) = import_spec(PAGE);
    let lines: Vec<String> = imported
        .report
        .findings
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(lines.len(), 3);
    assert!(
        lines[0].starts_with("line 6: not a code: `其他错误码` is not a code"),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].starts_with("line 7: billing not understood: "),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].starts_with("line 8: duplicate code: "),
        "{}",
        lines[2]
    );
}

#[test]
fn the_summary_counts_rows_by_reason() {
    let (_, imported) = import_spec(PAGE);
    let summary = &imported.report.summary;
    assert_eq!(summary.rows_read, 4);
    assert_eq!(summary.entries_written, 2);
    assert_eq!(
        summary.rows_not_written,
        [(Reason::NotACode, 1), (Reason::DuplicateCode, 1)]
    );
    assert_eq!(summary.rows_to_check, [(Reason::UnknownBilling, 1)]);
    assert_eq!(summary.rows_needing_a_human, 3);
    let text = imported.report.to_string();
    let last = text.lines().last().expect("a summary line");
    assert_eq!(
        last,
        "import summary: 4 rows read, 2 entries written, 3 rows need a human (not a code: 1, \
         duplicate code: 1, billing not understood: 1); to review in the spec: 3 placeholder \
         names (# TODO: name), 0 suggestions (# suggested)"
    );
}

#[test]
fn a_row_with_two_problems_counts_once() {
    let page = "| 错误码 | 含义 | 是否收费 |\n|---|---|---|\n| 1 | a | 也许 | 多余 |\n";
    let (_, imported) = import_spec(page);
    let summary = &imported.report.summary;
    assert_eq!(
        summary.rows_to_check,
        [(Reason::UnknownBilling, 1), (Reason::ExtraCells, 1)]
    );
    assert_eq!(summary.rows_needing_a_human, 1);
}

#[test]
fn a_page_without_codes_imports_nothing_but_still_reports() {
    let page = "# 参数\n\n| 参数 | 说明 |\n|---|---|\n| appid | 应用 |\n\n| 错误码 | 含义 |\n|---|---|\n| 其他 | 透传 |\n";
    let nothing = import(page, &ImportOptions::new("p")).expect_err("no entries");
    assert_eq!(nothing.report.summary.rows_read, 2);
    assert_eq!(nothing.report.findings.len(), 2);
    assert!(nothing.to_string().contains("2 rows read"), "{nothing}");
    assert!(import("", &ImportOptions::new("p")).is_err());
}
