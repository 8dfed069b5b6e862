//! `errcodes export` (JSON and Markdown) and `errcodes schema`.

use common::errcodes;
use serde_json::{json, Value};

mod common;

#[test]
fn json_lists_every_shipped_enum_and_row() {
    let output = errcodes(&["export", "--format", "json"]);
    assert!(output.status.success(), "{output:?}");
    let enums: Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    let enums = enums.as_array().expect("a list of enums");
    assert_eq!(enums.len(), 17);
    let mut entries = 0;
    for item in enums {
        assert!(item["catalog"].is_string() && item["enum"].is_string());
        let kind = if item["catalog"] == "tencent_cloud" {
            "string"
        } else {
            "integer"
        };
        assert_eq!(item["kind"], kind, "{}", item["enum"]);
        for entry in item["entries"].as_array().unwrap() {
            entries += 1;
            for key in [
                "name",
                "names",
                "codes",
                "ranges",
                "as_written",
                "message",
                "message_en",
                "vendor_en",
                "description",
                "remedy",
                "section",
                "billable",
                "billing",
                "billing_history",
                "retry",
                "retryable",
                "success",
            ] {
                assert!(entry.get(key).is_some(), "{key} missing in {entry}");
            }
            let codes = entry["codes"].as_array().unwrap().len()
                + entry["ranges"].as_array().unwrap().len();
            assert!(codes > 0, "{entry}");
            assert!(entry["retryable"].is_boolean());
        }
    }
    assert_eq!(entries, 455);

    let find = |space: &str, codes: Value| {
        let item = enums.iter().find(|item| item["enum"] == space).unwrap();
        item["entries"]
            .as_array()
            .unwrap()
            .iter()
            .find(|entry| entry["codes"] == codes)
            .unwrap()
            .clone()
    };
    // String codes are JSON strings.
    let limit = find("CommonErrorCode", json!(["RequestLimitExceeded"]));
    assert_eq!(limit["retry"], "throttled");
    let network = find("NfcTerminalCode", json!([66_664_027, 66_664_029]));
    assert_eq!(
        network["billable"],
        Value::Null,
        "no billing column: unspecified, not free"
    );
    assert_eq!(network["names"].as_array().unwrap().len(), 2);
    assert_eq!(network["retryable"], Value::Bool(true));
    assert_eq!(
        find("WechatCode", json!([2016]))["billable"],
        Value::Bool(true)
    );
    let history = find("WechatCode", json!([2007]));
    assert_eq!(history["billable"], Value::Bool(false));
    assert_eq!(
        history["billing_history"],
        json!([{ "until": "2021-07-19", "billable": true }])
    );
}

#[test]
fn one_catalog_or_a_spec_file() {
    let output = errcodes(&["export", "--catalog", "oauth", "--format", "json"]);
    let enums: Value = serde_json::from_slice(&output.stdout).unwrap();
    let names: Vec<&str> = enums
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["enum"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["AuthCode", "ApiCode"]);

    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("mine.yaml");
    std::fs::write(
        &spec,
        "catalog: { title: Mine, notes: \"Read me | first\" }\nenums:\n  - name: MyCode\n    entries:\n      \
         - { name: Busy, code: 1001, message: \"a | b\\nc\", billing: charged }\n      \
         - { name: Level, range: [0, 2], message: levels }\n",
    )
    .unwrap();
    let page = errcodes(&[
        "export",
        "--spec",
        spec.to_str().unwrap(),
        "--format",
        "markdown",
    ]);
    assert!(page.status.success(), "{page:?}");
    assert_eq!(
        String::from_utf8(page.stdout).unwrap(),
        "# Mine\n\nRead me | first\n\n## MyCode\n\n| 错误码 | 含义 | 是否收费 |\n|---|---|---|\n\
         | 1001 | a \\| b<br>c | 是 |\n| 0-2 | levels |  |\n\n"
    );
}

#[test]
fn failures_say_why() {
    let missing = errcodes(&["export", "--format", "json", "--spec", "no/such.yaml"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(missing.stdout.is_empty());

    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("broken.yaml");
    std::fs::write(&spec, "enums:\n  - name: MyCode\n    entries:\n      - { name: Busy, code: 1, message: busy, billing: paid }\n").unwrap();
    let broken = errcodes(&[
        "export",
        "--format",
        "json",
        "--spec",
        spec.to_str().unwrap(),
    ]);
    assert_eq!(broken.status.code(), Some(2));
    let stderr = String::from_utf8(broken.stderr).unwrap();
    assert!(
        stderr.contains("error: entry `Busy` (code 1): `paid` is not a valid `billing`"),
        "{stderr}"
    );
    assert!(stderr.contains("broken.yaml:4:56"), "{stderr}");

    let no_format = errcodes(&["export"]);
    assert_eq!(no_format.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&no_format.stderr).contains("--format"));
}

#[test]
fn schema_prints_the_shipped_schema() {
    let output = errcodes(&["schema"]);
    assert!(output.status.success());
    let schema: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let shipped = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/specs/errcodes.schema.json"
    ))
    .unwrap();
    assert_eq!(String::from_utf8(output.stdout).unwrap(), shipped);
}
