//! Column roles from headers, and the override.

use crate::common::{all_rows, import_spec, parse, row};
use errcodes_cli::import::{import, ColumnOverride, ImportOptions, Reason, Role};

fn roles_of(header: &str, cells: &str) -> crate::common::Row {
    let width = header.matches('|').count() - 1;
    let rule = format!("|{}\n", "---|".repeat(width));
    let page = format!("{header}\n{rule}{cells}\n");
    let (spec, _) = import_spec(&page);
    all_rows(&spec).remove(0)
}

#[test]
fn chinese_code_headers() {
    for header in [
        "错误码",
        "返回码",
        "错误代码",
        "风险码",
        "tag 标签",
        "code",
        "Code",
    ] {
        let row = roles_of(&format!("| {header} | 含义 |"), "| 7 | x |");
        assert_eq!(row.key, "7", "{header}");
    }
}

#[test]
fn message_headers() {
    for header in [
        "含义",
        "说明",
        "描述",
        "错误描述",
        "错误类型",
        "返回信息",
        "风险详情",
        "content",
        "message",
    ] {
        let row = roles_of(&format!("| 错误码 | {header} |"), "| 7 | 失败 |");
        assert_eq!(row.message, "失败", "{header}");
    }
}

#[test]
fn the_second_message_like_column_is_the_description() {
    let row = roles_of(
        "| 错误代码 | 错误类型 | 描述 |",
        "| 4000 | 请求参数非法 | 缺少必要参数。 |",
    );
    assert_eq!(row.message, "请求参数非法");
    assert_eq!(row.description.as_deref(), Some("缺少必要参数。"));
    let row = roles_of(
        "| 风险码 | 风险详情 | 风险码描述 |",
        "| 1101 | 疑似 | 涉嫌 |",
    );
    assert_eq!((row.key.as_str(), row.message.as_str()), ("1101", "疑似"));
    assert_eq!(row.description.as_deref(), Some("涉嫌"));
}

#[test]
fn reason_and_explanation_columns_are_the_description() {
    for header in ["原因", "错误原因", "Explanation"] {
        let row = roles_of(
            &format!("| 错误码 | 含义 | {header} |"),
            "| 7 | 失败 | 因为 |",
        );
        assert_eq!(row.description.as_deref(), Some("因为"), "{header}");
    }
}

#[test]
fn remedy_headers() {
    for header in ["处理措施", "解决方案", "建议"] {
        let row = roles_of(
            &format!("| 错误码 | 含义 | {header} |"),
            "| 7 | 失败 | 重试 |",
        );
        assert_eq!(row.remedy.as_deref(), Some("重试"), "{header}");
    }
}

#[test]
fn billing_headers() {
    for header in ["是否收费", "是否计费", "Billed"] {
        let row = roles_of(
            &format!("| 错误码 | 含义 | {header} |"),
            "| 7 | 失败 | 是 |",
        );
        assert_eq!(row.billing, "charged", "{header}");
    }
}

#[test]
fn an_english_column_by_its_cells_or_its_header() {
    let row = roles_of(
        "| 错误码 | 错误描述 | Error Description |",
        "| 10000 | 非法的请求参数 | Invalid request |",
    );
    assert_eq!(row.message, "非法的请求参数");
    assert_eq!(row.message_en.as_deref(), Some("Invalid request"));
    let row = roles_of("| 错误码 | 含义 | 英文说明 |", "| 7 | 失败 | Failed |");
    assert_eq!(row.message_en.as_deref(), Some("Failed"));
}

#[test]
fn an_english_only_table_keeps_its_message() {
    let row = roles_of("| code | message |", "| 7 | Failed |");
    assert_eq!(row.message, "Failed");
    assert_eq!(row.message_en, None);
}

#[test]
fn a_column_without_a_role_is_reported() {
    let page = "| 错误码 | 含义 | 负责人 | 版本 |\n|---|---|---|---|\n| 7 | 失败 | 张三 | v2 |\n";
    let (_, imported) = import_spec(page);
    let ignored: Vec<_> = imported
        .report
        .findings
        .iter()
        .filter(|f| f.reason == Reason::IgnoredColumn)
        .collect();
    assert_eq!(ignored.len(), 2, "{}", imported.report);
    assert!(ignored[0].detail.contains("负责人"));
}

#[test]
fn a_table_without_a_code_column_is_reported_whole() {
    let page = "| 参数 | 说明 |\n|---|---|\n| appid | 应用 ID |\n| token | 令牌 |\n\n| 错误码 | 含义 |\n|---|---|\n| 1 | x |\n";
    let (_, imported) = import_spec(page);
    let finding = &imported.report.findings[0];
    assert_eq!(
        (finding.line, finding.reason, finding.rows),
        (1, Reason::NoCodeColumn, 2)
    );
    assert_eq!(imported.report.summary.rows_read, 3);
    assert_eq!(
        imported.report.summary.rows_not_written,
        [(Reason::NoCodeColumn, 2)]
    );
}

#[test]
fn the_override_wins_over_the_guess() {
    let page =
        "| 序号 | 错误码 | 内容 | 处理 |\n|---|---|---|---|\n| 1 | 500 | 服务错误 | 稍后 |\n";
    let columns: ColumnOverride = "code=1,message=2,remedy=3".parse().expect("valid override");
    let options = ImportOptions {
        columns: Some(columns),
        ..ImportOptions::new("t")
    };
    let imported = import(page, &options).expect("one row");
    let rows = all_rows(&parse(&imported.spec));
    let row = row(&rows, "500");
    assert_eq!(row.message, "服务错误");
    assert_eq!(row.remedy.as_deref(), Some("稍后"));
    // Column 0 has no role: reported, not guessed as the message.
    assert!(imported
        .report
        .findings
        .iter()
        .any(|f| f.reason == Reason::IgnoredColumn && f.detail.contains("序号")));
}

#[test]
fn an_override_for_some_roles_leaves_the_rest_guessed() {
    let page = "| 错误码 | 说明 | 含义 |\n|---|---|---|\n| 7 | 解释 | 失败 |\n";
    let columns: ColumnOverride = "code=0,message=2".parse().expect("valid override");
    let options = ImportOptions {
        columns: Some(columns),
        ..ImportOptions::new("t")
    };
    let rows = all_rows(&parse(&import(page, &options).expect("one row").spec));
    assert_eq!(rows[0].message, "失败");
    assert_eq!(rows[0].description.as_deref(), Some("解释"));
}

#[test]
fn an_override_beyond_the_table_reports_the_table() {
    let page = "| 错误码 | 含义 |\n|---|---|\n| 7 | 失败 |\n";
    let columns: ColumnOverride = "code=0,remedy=5".parse().expect("valid override");
    let options = ImportOptions {
        columns: Some(columns),
        ..ImportOptions::new("t")
    };
    let nothing = import(page, &options).expect_err("the only table is not read");
    assert_eq!(nothing.report.findings[0].reason, Reason::NoCodeColumn);
    assert!(
        nothing.report.findings[0].detail.contains("column 5"),
        "{}",
        nothing.report
    );
}

#[test]
fn override_syntax() {
    let parsed: ColumnOverride = " code = 0 , message_en=2,billing=3".parse().expect("valid");
    assert_eq!(parsed.column(Role::Code), Some(0));
    assert_eq!(parsed.column(Role::MessageEn), Some(2));
    assert_eq!(parsed.column(Role::Billing), Some(3));
    assert_eq!(parsed.column(Role::Remedy), None);
    for (bad, says) in [
        ("message=1", "which column is `code`"),
        ("code=0,colour=1", "unknown column role `colour`"),
        ("code=x", "not a column number"),
        ("code=0,message=0", "two roles"),
        ("code=0,code=1", "given twice"),
        ("code", "not `role=column`"),
    ] {
        let error = bad.parse::<ColumnOverride>().expect_err(bad).to_string();
        assert!(error.contains(says), "{bad}: {error}");
    }
}
