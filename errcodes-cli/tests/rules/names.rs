//! Variant names.

use crate::common::{all_rows, import_spec, row};

const HEAD: &str = "| 错误码 | 错误描述 | Error Description |\n|---|---|---|\n";

#[test]
fn names_come_from_the_english_column() {
    let page = format!("{HEAD}| 101 | api key无效 | Invalid API key |\n| 10007 | 不匹配 | Redirect_uri mismatch |\n| 805 | 出错 | A database error occurred. Please try again |\n| 107 | 无效 | Invalid/Used timestamp parameter |\n| 400600 | 失败 | [WeChat] Failed to download the video, please try again |\n");
    let (spec, imported) = import_spec(&page);
    let rows = all_rows(&spec);
    assert_eq!(row(&rows, "101").name, "InvalidApiKey");
    assert_eq!(row(&rows, "10007").name, "RedirectUriMismatch");
    assert_eq!(row(&rows, "805").name, "DatabaseErrorOccurred");
    assert_eq!(row(&rows, "107").name, "InvalidUsedTimestampParameter");
    assert_eq!(row(&rows, "400600").name, "WeChatFailedToDownloadTheVideo");
    assert!(
        !imported.spec.contains("TODO: name\n          - name:"),
        "{}",
        imported.spec
    );
}

#[test]
fn a_name_used_twice_gets_the_code_as_suffix() {
    let page = format!("{HEAD}| 100 | 无效 | Unsupported response type |\n| 211 | 无效 | Unsupported response type |\n| -3 | 无效 | Unsupported response type |\n| 9 | 未知 | Unknown |\n");
    let (spec, _) = import_spec(&page);
    let names: Vec<String> = all_rows(&spec).into_iter().map(|row| row.name).collect();
    assert_eq!(
        names,
        [
            "UnsupportedResponseType",
            "UnsupportedResponseType211",
            "UnsupportedResponseTypeMinus3",
            "Unknown9"
        ]
    );
}

#[test]
fn aliases_get_their_code_as_suffix() {
    let page = format!("{HEAD}| 66664027/66664029 | 网络 | Network service error |\n");
    let (spec, _) = import_spec(&page);
    let rows = all_rows(&spec);
    assert_eq!(rows[0].name, "NetworkServiceError");
    assert_eq!(rows[0].aliases[0].1, "NetworkServiceError66664029");
}

#[test]
fn without_english_a_placeholder_marked_todo() {
    let page = "| 错误码 | 含义 |\n|---|---|\n| 2016 | 比对相似度未达到通过标准 |\n| -5 | 签名验证失败 |\n| 0-2 | 低风险 |\n| 202、5001 | root |\n";
    let (spec, imported) = import_spec(page);
    let rows = all_rows(&spec);
    assert_eq!(row(&rows, "2016").name, "Code2016");
    assert_eq!(row(&rows, "-5").name, "CodeMinus5");
    assert_eq!(row(&rows, "0-2").name, "Code0To2");
    assert_eq!(row(&rows, "202").aliases[0].1, "Code5001");
    assert!(
        imported
            .spec
            .contains("      # TODO: name\n      - name: Code2016\n"),
        "{}",
        imported.spec
    );
    assert_eq!(
        imported.spec.matches("# TODO: name").count(),
        5,
        "four entries and the enum"
    );
    assert_eq!(imported.report.summary.placeholder_names, 5);
}

#[test]
fn string_codes_are_named_after_themselves() {
    let page = "| 错误码 | 说明 |\n|---|---|\n| AuthFailure.SignatureExpire | 签名过期 |\n| INVALID_ARGUMENT | 参数错误 |\n| invalid_request/InternalError | 请求无效 |\n";
    let (spec, imported) = import_spec(page);
    let rows = all_rows(&spec);
    assert_eq!(
        row(&rows, "AuthFailure.SignatureExpire").name,
        "AuthFailureSignatureExpire"
    );
    assert_eq!(row(&rows, "INVALID_ARGUMENT").name, "InvalidArgument");
    assert_eq!(row(&rows, "invalid_request").name, "InvalidRequest");
    assert_eq!(row(&rows, "invalid_request").aliases[0].1, "InternalError");
    assert_eq!(
        imported.report.summary.placeholder_names, 1,
        "only the enum"
    );
}
