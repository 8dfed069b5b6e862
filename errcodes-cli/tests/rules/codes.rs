//! Code cells: integers, strings, aliases, ranges, absent cells, rows that are not codes.

use crate::common::{all_rows, import_spec, row, Code};
use errcodes_cli::import::Reason;

fn table(rows: &str) -> String {
    format!("| 错误码 | 含义 | 说明 |\n|---|---|---|\n{rows}")
}

#[test]
fn integer_codes_make_an_integer_enum() {
    let (spec, imported) = import_spec(&table(
        "| 0 | 成功 | |\n| -5 | 签名失败 | |\n| 66664002 | 失效 | |\n",
    ));
    assert_eq!(spec.enums[0].kind, None);
    let rows = all_rows(&spec);
    assert_eq!(row(&rows, "-5").code, Some(Code::Integer(-5)));
    assert!(
        imported.spec.contains("code: 66664002\n"),
        "{}",
        imported.spec
    );
}

#[test]
fn string_codes_make_a_string_enum_with_the_dot_separator() {
    let page = "| 错误码 | 说明 |\n|---|---|\n| AuthFailure.SignatureExpire | 签名过期。 |\n| InternalError | 内部错误。 |\n| invalid_request | 请求无效 |\n";
    let (spec, _) = import_spec(page);
    assert_eq!(spec.enums[0].kind.as_deref(), Some("string"));
    assert_eq!(spec.enums[0].separator.as_deref(), Some("."));
    let rows = all_rows(&spec);
    assert_eq!(
        row(&rows, "AuthFailure.SignatureExpire").code,
        Some(Code::String("AuthFailure.SignatureExpire".into()))
    );
    assert_eq!(row(&rows, "invalid_request").message, "请求无效");
}

#[test]
fn string_codes_without_dots_need_no_separator() {
    let (spec, _) = import_spec("| code | message |\n|---|---|\n| InternalError | 内部错误 |\n");
    assert_eq!(spec.enums[0].kind.as_deref(), Some("string"));
    assert_eq!(spec.enums[0].separator, None);
}

#[test]
fn slash_and_enumeration_comma_give_aliases_and_keep_the_cell() {
    let (spec, _) = import_spec(&table(
        "| 66664027/66664029 | 网络不给力 | |\n| 202、5001 | root | |\n",
    ));
    let rows = all_rows(&spec);
    let slash = row(&rows, "66664027");
    assert_eq!(
        slash
            .aliases
            .iter()
            .map(|(code, _)| code.clone())
            .collect::<Vec<_>>(),
        [Code::Integer(66_664_029)]
    );
    assert_eq!(slash.as_written.as_deref(), Some("66664027/66664029"));
    let comma = row(&rows, "202");
    assert_eq!(comma.aliases[0].0, Code::Integer(5001));
    assert_eq!(comma.as_written.as_deref(), Some("202、5001"));
}

#[test]
fn a_line_break_in_a_code_cell_separates_codes_and_leading_zeros_are_kept_as_written() {
    let (spec, _) = import_spec("| tag 标签 | 风险类型 |\n|---|---|\n| 02、03<br>10、11 | 攻击风险 |\n| 01 | 综合业务风险 |\n");
    let rows = all_rows(&spec);
    let attack = row(&rows, "2");
    let aliases: Vec<Code> = attack
        .aliases
        .iter()
        .map(|(code, _)| code.clone())
        .collect();
    assert_eq!(
        aliases,
        [Code::Integer(3), Code::Integer(10), Code::Integer(11)]
    );
    assert_eq!(attack.as_written.as_deref(), Some("02、03\n10、11"));
    assert_eq!(row(&rows, "1").as_written.as_deref(), Some("01"));
}

#[test]
fn a_plain_code_has_no_as_written() {
    let (spec, _) = import_spec(&table("| 7 | x | |\n"));
    assert_eq!(all_rows(&spec)[0].as_written, None);
}

#[test]
fn dash_ranges_become_ranges() {
    let (spec, imported) = import_spec(&table(
        "| 0-2 | 低风险 | |\n| 3~4 | 高风险 | |\n| -9--5 | 负数 | |\n",
    ));
    let rows = all_rows(&spec);
    assert_eq!(row(&rows, "0-2").range, Some([0, 2]));
    assert_eq!(row(&rows, "3-4").range, Some([3, 4]));
    assert_eq!(row(&rows, "3-4").as_written.as_deref(), Some("3~4"));
    assert_eq!(row(&rows, "-9--5").range, Some([-9, -5]));
    assert!(
        imported.spec.contains("range: [0, 2]\n"),
        "{}",
        imported.spec
    );
}

#[test]
fn a_range_of_one_value_is_a_range() {
    let (spec, _) = import_spec(&table("| 5-5 | 高风险 | |\n"));
    assert_eq!(all_rows(&spec)[0].range, Some([5, 5]));
}

#[test]
fn cells_beyond_the_header_are_reported_and_the_row_kept() {
    let (spec, imported) = import_spec(&table("| 1 | x | y | 多余 | 也多余 |\n| 2 | z | | |\n"));
    assert_eq!(all_rows(&spec).len(), 2);
    assert_eq!(imported.report.findings.len(), 1, "{}", imported.report);
    let finding = &imported.report.findings[0];
    assert_eq!((finding.line, finding.reason), (3, Reason::ExtraCells));
    assert!(finding.detail.contains("`多余 | 也多余`"), "{finding}");
}

#[test]
fn a_line_break_in_text_is_a_line_break() {
    let (spec, _) = import_spec(&table(
        "| 6100 | 版本暂不支持 | 本版本内不支持。<br>注意： 请先确定域名。 |\n",
    ));
    assert_eq!(
        all_rows(&spec)[0].description.as_deref(),
        Some("本版本内不支持。\n注意： 请先确定域名。")
    );
}

#[test]
fn dashes_and_empty_cells_are_absent() {
    let (spec, imported) = import_spec(&table("| 1 | x | - |\n| 2 | y |  |\n| 3 | z | — |\n"));
    assert!(all_rows(&spec).iter().all(|row| row.description.is_none()));
    assert!(!imported.spec.contains("description"), "{}", imported.spec);
}

#[test]
fn cells_keep_links_and_escaped_pipes() {
    let (spec, _) = import_spec(&table(
        "| 1 | 失败 | 请 [提交工单](https://example.com/a) 处理 \\| 重试 |\n",
    ));
    assert_eq!(
        all_rows(&spec)[0].description.as_deref(),
        Some("请 [提交工单](https://example.com/a) 处理 | 重试")
    );
}

#[test]
fn rows_that_are_not_codes_are_reported_with_their_lines() {
    let page = table("| 1 | x | |\n| 其他错误码 | 透传后台错误码 | |\n| deviceInfoLevel | 0、1、2等级为低风险设备 | |\n| InternalError | 内部错误 | |\n| 99999999999999999999 | 太大 | |\n");
    let (spec, imported) = import_spec(&page);
    assert_eq!(all_rows(&spec).len(), 1);
    let found: Vec<(usize, Reason)> = imported
        .report
        .findings
        .iter()
        .map(|f| (f.line, f.reason))
        .collect();
    assert_eq!(
        found,
        [
            (4, Reason::NotACode),
            (5, Reason::NotACode),
            (6, Reason::NotACode),
            (7, Reason::NotACode)
        ]
    );
    let details: Vec<&str> = imported
        .report
        .findings
        .iter()
        .map(|f| f.detail.as_str())
        .collect();
    assert!(
        details[0].contains("`其他错误码` is not a code") && details[0].contains("透传后台错误码"),
        "{}",
        details[0]
    );
    assert!(details[1].contains("parameter name"), "{}", details[1]);
    assert!(
        details[2].contains("string code in a table of integer codes"),
        "{}",
        details[2]
    );
    assert!(details[3].contains("64-bit"), "{}", details[3]);
}

#[test]
fn a_code_repeated_in_one_table_is_reported() {
    let (spec, imported) = import_spec(&table("| 1 | x | |\n| 2/1 | y | |\n"));
    assert_eq!(all_rows(&spec).len(), 1);
    let finding = &imported.report.findings[0];
    assert_eq!((finding.line, finding.reason), (4, Reason::DuplicateCode));
    assert!(finding.detail.contains("line 3"), "{finding}");
}

#[test]
fn a_row_without_a_message_is_reported() {
    let (_, imported) = import_spec(&table("| 1 | x | |\n| 2 | | 只有说明 |\n"));
    assert_eq!(imported.report.findings[0].reason, Reason::NoMessage);
    assert_eq!(imported.report.summary.entries_written, 1);
}

#[test]
fn an_empty_row_is_reported() {
    let (_, imported) = import_spec(&table("| 1 | x | |\n|  |  |  |\n"));
    let finding = &imported.report.findings[0];
    assert_eq!((finding.line, finding.reason), (4, Reason::NotACode));
}
