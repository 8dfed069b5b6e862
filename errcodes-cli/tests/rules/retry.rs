//! Retry and success suggestions.

use crate::common::{all_rows, import_spec, row};

fn suggestions(rows: &str) -> (Vec<crate::common::Row>, String) {
    let page = format!("| 错误码 | 含义 | 处理措施 |\n|---|---|---|\n{rows}");
    let (spec, imported) = import_spec(&page);
    (all_rows(&spec), imported.spec)
}

#[test]
fn each_class_from_its_words() {
    let (rows, _) = suggestions(
        "| 1 | 文件存储失败，请稍后重试 | |\n| 2 | 证照库出错，请重试 | |\n| 3 | 权威数据源升级中，请稍后再试 | |\n\
         | 4 | 请求频率过高 | |\n| 5 | 访问超限 | |\n| 6 | QPS 过高 | |\n| 7 | 操作频繁 | |\n\
         | 8 | token 过期，请重试 | |\n| 9 | 签名已失效 | |\n| 10 | 未经用户授权 | 请重新授权 |\n\
         | 11 | 图片太小，请重新上传 | |\n| 12 | 系统错误 | |\n",
    );
    let retry: Vec<(&str, &str)> = rows
        .iter()
        .map(|row| (row.key.as_str(), row.retry.as_str()))
        .collect();
    assert_eq!(
        retry,
        [
            ("1", "transient"),
            ("2", "transient"),
            ("3", "transient"),
            ("4", "throttled"),
            ("5", "throttled"),
            ("6", "throttled"),
            ("7", "throttled"),
            ("8", "refresh_credentials"),
            ("9", "refresh_credentials"),
            ("10", "refresh_credentials"),
            ("11", "user_action"),
            ("12", "never"),
        ]
    );
}

#[test]
fn retrying_after_fixing_the_input_is_not_transient() {
    let (rows, _) = suggestions(
        "| 1 | 姓名和身份证号不一致，请核实后重试 | |\n| 2 | 文件格式错误，请确认后重试 | |\n",
    );
    assert!(rows.iter().all(|row| row.retry == "never"), "{rows:?}");
}

#[test]
fn a_suggestion_is_marked_and_no_suggestion_writes_nothing() {
    let (_, spec) = suggestions("| 8 | 文件存储失败，请稍后重试 | |\n| 9 | 系统错误 | |\n");
    assert!(
        spec.contains("retry: transient   # suggested from \"请稍后重试\": check\n"),
        "{spec}"
    );
    assert_eq!(spec.matches("retry:").count(), 1, "{spec}");
}

#[test]
fn the_remedy_counts_too() {
    let (rows, _) = suggestions("| -6 | 访问受限 | 请降低访问频率 |\n");
    assert_eq!(rows[0].retry, "throttled");
}

#[test]
fn code_zero_with_a_message_of_success_is_suggested_success() {
    let (rows, spec) = suggestions("| 0 | 请求成功 | |\n| 1 | 认证通过 | |\n");
    assert!(row(&rows, "0").success);
    assert!(!row(&rows, "1").success, "only code 0");
    assert!(spec.contains("success: true   # suggested"), "{spec}");
    let (rows, _) = suggestions("| 0 | 认证未通过 | |\n");
    assert!(!rows[0].success);
}

#[test]
fn chinese_messages_suggest_the_language() {
    let (_, spec) = suggestions("| 1 | 失败 | |\n");
    assert!(spec.contains("language: zh-CN   # suggested"), "{spec}");
    let (spec, _) = crate::common::import_spec("| code | message |\n|---|---|\n| 1 | Failed |\n");
    assert_eq!(spec.catalog.language, None);
}
