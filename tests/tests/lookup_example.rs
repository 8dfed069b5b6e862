//! The README's main command: `cargo run -p errcodes --example lookup -- huiyan 2016`, its
//! unknown-code exit status, and `--json`.

use std::process::{Command, Output};

use serde_json::Value;

fn lookup(args: &[&str]) -> Output {
    Command::new(env!("CARGO"))
        .args([
            "run",
            "--quiet",
            "--offline",
            "-p",
            "errcodes",
            "--example",
            "lookup",
            "--",
        ])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn a_known_code_prints_everything_about_it() {
    let output = lookup(&["huiyan", "2016"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = stdout(&output);
    for needle in [
        "WechatCode::",
        "(2016)",
        "比对相似度未达到通过标准",
        "微信 H5/小程序/E证通返回码 > 证件图像比对返回码",
        "billing     charged",
        "retry       never (not retryable)",
        "not listed in: SdkCode",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
    }
}

#[test]
fn a_code_in_several_enums_is_shown_in_each() {
    let text = stdout(&lookup(&["huiyan", "3"]));
    for needle in [
        "WechatCode::",
        "DeviceInfoLevel::HighRisk (3)",
        "DeviceRiskTag::",
        "written as  5012、3",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
    }
}

#[test]
fn an_unknown_code_says_so_and_fails() {
    let output = lookup(&["huiyan", "123456789"]);
    assert!(!output.status.success());
    assert!(
        stdout(&output).contains("unknown: 123456789"),
        "{}",
        stdout(&output)
    );
    assert!(!lookup(&["no_such_catalog", "1"]).status.success());
    assert!(!lookup(&["huiyan", "not-a-number"]).status.success());
}

#[test]
fn json_lists_every_shipped_catalog() {
    let output = lookup(&["--json"]);
    assert!(output.status.success());
    let json: Value = serde_json::from_str(&stdout(&output)).expect("valid JSON");
    let enums = json.as_array().expect("a list of catalogs");
    assert_eq!(enums.len(), 15);
    let mut entries = 0;
    for item in enums {
        assert!(item["catalog"].is_string() && item["enum"].is_string());
        for entry in item["entries"].as_array().unwrap() {
            entries += 1;
            for key in [
                "name",
                "codes",
                "message",
                "message_en",
                "section",
                "billable",
                "retry",
                "retryable",
            ] {
                assert!(entry.get(key).is_some(), "{key} missing in {entry}");
            }
            assert!(!entry["codes"].as_array().unwrap().is_empty());
            assert!(entry["retryable"].is_boolean());
        }
    }
    assert_eq!(entries, 330);
    let terminal = enums
        .iter()
        .find(|item| item["enum"] == "NfcTerminalCode")
        .unwrap();
    let network = terminal["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["codes"] == serde_json::json!([66_664_027, 66_664_029]))
        .unwrap();
    assert_eq!(
        network["billable"],
        Value::Null,
        "no billing column: unspecified, not free"
    );
    assert_eq!(network["retryable"], Value::Bool(true));
    let wechat = enums
        .iter()
        .find(|item| item["enum"] == "WechatCode")
        .unwrap();
    let charged = wechat["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["codes"] == serde_json::json!([2016]))
        .unwrap();
    assert_eq!(charged["billable"], Value::Bool(true));
}
