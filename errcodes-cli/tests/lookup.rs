//! `errcodes lookup`: the README's first command, every match in every catalog, a spec
//! file, JSON, and the failures.

use common::errcodes;
use serde_json::Value;

mod common;

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn a_known_code_prints_everything_about_it() {
    let output = errcodes(&["lookup", "2016"]);
    assert!(output.status.success(), "{output:?}");
    let text = stdout(&output);
    for needle in [
        "huiyan: WechatCode::SimilarityBelowThreshold (2016)",
        "message     比对相似度未达到通过标准",
        "section     微信 H5/小程序/E证通返回码 > 证件图像比对返回码",
        "billing     charged",
        "retry       never (not retryable)",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
    }
}

#[test]
fn a_code_in_several_enums_and_catalogs_is_shown_in_each() {
    let text = stdout(&errcodes(&["lookup", "3"]));
    for needle in [
        "huiyan: WechatCode::",
        "huiyan: DeviceInfoLevel::HighRisk (3)",
        "huiyan: RiskInfoLevel::LowerRisk (3)",
        "huiyan: DeviceRiskTag::",
        "written as  5012、3",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
    }
    let only_huiyan = stdout(&errcodes(&["lookup", "3", "--catalog", "huiyan"]));
    assert!(only_huiyan
        .lines()
        .filter(|line| !line.starts_with(' '))
        .all(|line| line.is_empty() || line.starts_with("huiyan: ")));
}

#[test]
fn a_string_code_is_found_by_its_text() {
    let output = errcodes(&["lookup", "AuthFailure.SignatureExpire"]);
    assert!(output.status.success(), "{output:?}");
    let text = stdout(&output);
    assert!(
        text.starts_with(
            "tencent_cloud: CommonErrorCode::AuthFailureSignatureExpire (AuthFailure.SignatureExpire)\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("retry       refresh_credentials (not retryable)"),
        "{text}"
    );
    let json: Value = serde_json::from_slice(
        &errcodes(&["lookup", "AuthFailure.SignatureExpire", "--json"]).stdout,
    )
    .unwrap();
    assert_eq!(json[0]["code"], "AuthFailure.SignatureExpire");
    assert_eq!(
        errcodes(&["lookup", "authfailure.signatureexpire"])
            .status
            .code(),
        Some(1)
    );
}

#[test]
fn billing_history_is_shown_with_its_dates() {
    let text = stdout(&errcodes(&["lookup", "2007", "--catalog", "huiyan"]));
    assert!(text.contains("before 2021-07-19: charged"), "{text}");
}

#[test]
fn json_gives_every_match_with_the_export_keys() {
    let output = errcodes(&["lookup", "3", "--json"]);
    assert!(output.status.success());
    let matches: Value = serde_json::from_slice(&output.stdout).unwrap();
    let matches = matches.as_array().unwrap();
    assert!(matches.len() >= 4, "{matches:?}");
    for found in matches {
        assert_eq!(found["code"], 3);
        for key in [
            "catalog",
            "enum",
            "variant",
            "name",
            "message",
            "section",
            "billable",
            "retry",
            "retryable",
        ] {
            assert!(found.get(key).is_some(), "{key} missing in {found}");
        }
    }
    let level = matches
        .iter()
        .find(|found| found["enum"] == "DeviceInfoLevel")
        .unwrap();
    assert_eq!(level["ranges"], serde_json::json!([[3, 4]]));
}

#[test]
fn a_spec_file_can_be_searched() {
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("mine.yaml");
    std::fs::write(&spec, "enums:\n  - name: MyCode\n    entries:\n      - { name: Busy, code: 1001, message: 系统繁忙, retry: transient }\n").unwrap();
    let output = errcodes(&["lookup", "1001", "--spec", spec.to_str().unwrap()]);
    assert!(output.status.success(), "{output:?}");
    let text = stdout(&output);
    assert!(text.contains("mine: MyCode::Busy (1001)"), "{text}");
    assert!(text.contains("retry       transient (retryable)"), "{text}");
}

#[test]
fn failures_say_why() {
    let unknown = errcodes(&["lookup", "123456789"]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&unknown.stderr).contains("123456789 is not a code of any enum")
    );

    let catalog = errcodes(&["lookup", "1", "--catalog", "no_such_catalog"]);
    assert_eq!(catalog.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&catalog.stderr)
        .contains("no shipped catalog `no_such_catalog`; the shipped catalogs are huiyan,"));

    let not_a_number = errcodes(&["lookup", "not-a-number"]);
    assert_eq!(not_a_number.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&not_a_number.stderr)
        .contains("not-a-number is not a code of any enum"));

    let missing = errcodes(&["lookup", "1", "--spec", "no/such/spec.yaml"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read `no/such/spec.yaml`"));

    let both = errcodes(&["lookup", "1", "--spec", "a.yaml", "--catalog", "huiyan"]);
    assert_eq!(both.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&both.stderr).contains("cannot be used with"));
}
