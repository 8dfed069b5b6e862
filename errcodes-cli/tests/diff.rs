//! `errcodes diff`: the 2021-07-19 billing change of the Huiyan page, each kind of change
//! with its semver class, the three formats, `--fail-on`, and the failures.

use std::path::{Path, PathBuf};

use common::errcodes;
use serde_json::Value;

mod common;

/// `errcodes diff OLD NEW` with `options` after.
fn diff(old: &Path, new: &Path, options: &[&str]) -> std::process::Output {
    let mut args = vec!["diff", old.to_str().unwrap(), new.to_str().unwrap()];
    args.extend_from_slice(options);
    errcodes(&args)
}

fn shipped(file: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("specs")
            .join(file),
    )
    .unwrap()
}

/// `huiyan.yaml` as it was before the vendor's 2021-07-19 change: each of the eight entries
/// with a billing history loses it and is charged again.
fn huiyan_before_2021_07_19() -> String {
    let mut lines = shipped("huiyan.yaml")
        .lines()
        .map(str::to_owned)
        .collect::<Vec<_>>()
        .into_iter()
        .peekable();
    let mut out = String::new();
    let mut undone = 0;
    while let Some(line) = lines.next() {
        let next = lines.peek().map(|next| next.trim().to_owned());
        if line.trim() == "billing_history:"
            && next.as_deref() == Some("- { until: 2021-07-19, billing: charged }")
        {
            let indent = &line[..line.len() - line.trim_start().len()];
            out.push_str(indent);
            out.push_str("billing: charged\n");
            lines.next();
            undone += 1;
        } else {
            out.push_str(&line);
            out.push('\n');
        }
    }
    assert_eq!(
        undone, 8,
        "the shipped spec records eight entries changed on 2021-07-19"
    );
    out
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn undoing_the_2021_07_19_change_shows_exactly_those_eight_billing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let old = write(dir.path(), "huiyan-2021.yaml", &huiyan_before_2021_07_19());
    let new = Path::new(env!("CARGO_MANIFEST_DIR")).join("specs/huiyan.yaml");
    let output = diff(&old, &new, &["--format", "json"]);
    assert!(output.status.success(), "{output:?}");
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let changes = report["changes"].as_array().unwrap();
    let codes: Vec<&str> = changes
        .iter()
        .map(|change| change["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes,
        ["2007", "2009", "2010", "2011", "2012", "2013", "2014", "2015"]
    );
    for change in changes {
        assert_eq!(change["enum"], "WechatCode");
        assert_eq!(change["kind"], "billing");
        assert_eq!(change["class"], "behavior");
        assert_eq!(change["old"], "charged");
        assert_eq!(change["new"], "free since 2021-07-19");
    }
    assert_eq!(
        report["summary"],
        serde_json::json!({ "breaking": 0, "behavior": 8, "compatible": 0 })
    );

    let text = diff(&old, &new, &[]);
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.starts_with("WechatCode\n  behavior   billing       2007 UserPhotoNotInDatabase: charged -> free since 2021-07-19\n"), "{text}");
    assert!(
        text.ends_with("8 changes: 0 breaking, 8 behavior, 0 compatible\n"),
        "{text}"
    );

    let failing = diff(&old, &new, &["--fail-on", "breaking,billing"]);
    assert_eq!(failing.status.code(), Some(1));
    let passing = diff(&old, &new, &["--fail-on", "breaking"]);
    assert_eq!(passing.status.code(), Some(0));
}

#[test]
fn every_kind_of_change_has_its_class() {
    let dir = tempfile::tempdir().unwrap();
    let old = write(
        dir.path(),
        "old.yaml",
        "enums:\n  - name: ApiCode\n    entries:\n\
        \x20     - { name: Ok, code: 0, message: ok, success: true }\n\
        \x20     - { name: Busy, code: 1, message: busy, retry: never }\n\
        \x20     - { name: Gone, code: 2, message: gone }\n\
        \x20     - { name: Moved, code: 3, message: moved }\n\
        \x20     - { name: Old, code: 4, message: old | name }\n\
        \x20 - name: Dropped\n    entries:\n      - { name: A, code: 1, message: a }\n",
    );
    let new = write(
        dir.path(),
        "new.yaml",
        "enums:\n  - name: ApiCode\n    entries:\n\
        \x20     - { name: Ok, code: 0, message: all good, success: true }\n\
        \x20     - { name: Busy, code: 1, message: busy, retry: transient, billing: free }\n\
        \x20     - { name: Moved, code: 30, message: moved }\n\
        \x20     - { name: New, code: 4, message: old | name }\n\
        \x20     - { name: Fresh, code: 5, message: fresh }\n\
        \x20 - name: Added\n    entries:\n      - { name: A, code: 1, message: a }\n",
    );
    let output = diff(&old, &new, &["--format", "json", "--fail-on", "added"]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let seen: Vec<String> = report["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|change| {
            format!(
                "{} {} {} {}",
                change["enum"].as_str().unwrap(),
                change["code"].as_str().unwrap(),
                change["kind"].as_str().unwrap(),
                change["class"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            "ApiCode 2 removed breaking",
            "ApiCode 3 renumbered breaking",
            "ApiCode 0 message compatible",
            "ApiCode 1 billing behavior",
            "ApiCode 1 retry behavior",
            "ApiCode 4 renamed breaking",
            "ApiCode 5 added compatible",
            "Added  enum added compatible",
            "Dropped  enum removed breaking",
        ]
    );

    let markdown = diff(&old, &new, &["--format", "markdown"]);
    let markdown = String::from_utf8(markdown.stdout).unwrap();
    assert!(markdown.contains("### ApiCode\n\n| class | change | code | variant | before | after |\n|---|---|---|---|---|---|\n| breaking | removed | 2 | Gone | gone |  |\n"), "{markdown}");
    assert!(
        markdown.contains("| breaking | renumbered | 3 | Moved | 3 | 30 |"),
        "{markdown}"
    );
    assert!(
        markdown.ends_with("9 changes: 4 breaking, 2 behavior, 3 compatible\n"),
        "{markdown}"
    );
}

#[test]
fn the_same_spec_has_no_changes() {
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("specs/oauth.yaml");
    let output = diff(&spec, &spec, &["--fail-on", "any"]);
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        "0 changes: 0 breaking, 0 behavior, 0 compatible\n"
    );
}

#[test]
fn failures_say_why() {
    let dir = tempfile::tempdir().unwrap();
    let broken = write(dir.path(), "broken.yaml", "enums: [}\n");
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("specs/oauth.yaml");
    for args in [
        vec!["diff", "no/such.yaml", spec.to_str().unwrap()],
        vec!["diff", spec.to_str().unwrap(), broken.to_str().unwrap()],
        vec!["diff", spec.to_str().unwrap()],
        vec![
            "diff",
            spec.to_str().unwrap(),
            spec.to_str().unwrap(),
            "--fail-on",
            "everything",
        ],
    ] {
        let output = errcodes(&args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&output.stderr).contains("error"),
            "{args:?}"
        );
        assert!(output.stdout.is_empty(), "{args:?}");
    }
}
