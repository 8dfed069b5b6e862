//! `errcodes check` reports what `include_errcodes!` reports: for every spec UI case of the
//! repository (`tests/ui/spec/NAME.rs` including `NAME.yaml`, with the compiler's output in
//! `NAME.stderr`), the same messages at the same positions, in the same order.
//!
//! The cases are not part of the published package; there the test says so and passes.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/ui/spec")
}

/// The messages of a trybuild `.stderr` file: each `error: ` line with its continuation
/// lines (rustc indents them by the width of `error: `), up to the ` --> ` line.
fn expected_messages(stderr: &str) -> Vec<String> {
    let mut messages: Vec<String> = Vec::new();
    let mut open = false;
    for line in stderr.lines() {
        if let Some(message) = line.strip_prefix("error: ") {
            messages.push(message.to_owned());
            open = true;
        } else if line.starts_with(" --> ") {
            open = false;
        } else if open {
            let last = messages.last_mut().expect("an open message");
            last.push('\n');
            last.push_str(line.strip_prefix("       ").unwrap_or(line));
        }
    }
    messages
}

fn check(dir: &Path, spec: &str, format: &str) -> std::process::Output {
    Command::cargo_bin("errcodes")
        .unwrap()
        .args(["check", spec, "--format", format])
        .current_dir(dir)
        .output()
        .unwrap()
}

#[test]
fn check_reports_what_the_macro_reports_for_every_spec_case() {
    let dir = cases_dir();
    if !dir.is_dir() {
        eprintln!("skipped: {} is not here (a packaged crate)", dir.display());
        return;
    }
    let mut stderr_files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "stderr"))
        .collect();
    stderr_files.sort();
    let mut compared = 0;
    let mut not_spec_cases = Vec::new();
    for stderr_file in &stderr_files {
        let name = stderr_file.file_stem().unwrap().to_str().unwrap();
        let spec = format!("{name}.yaml");
        let invocation = std::fs::read_to_string(dir.join(format!("{name}.rs"))).unwrap();
        // Cases about the macro's invocation or its search for a spec (a file that is in
        // none of the places it looks) have no spec file for `check` to read.
        if !invocation.contains(&format!("include_errcodes!(\"{spec}\")"))
            || !dir.join(&spec).exists()
        {
            not_spec_cases.push(name.to_owned());
            continue;
        }
        let stderr = std::fs::read_to_string(stderr_file)
            .unwrap()
            .replace("$DIR/ui/spec/", "");
        let expected = expected_messages(&stderr);
        assert!(!expected.is_empty(), "{name}: no message in the .stderr");

        let output = check(&dir, &spec, "json");
        assert_eq!(output.status.code(), Some(1), "{name}: a case with errors");
        let problems: Value = serde_json::from_slice(&output.stdout).unwrap();
        let rendered: Vec<&str> = problems
            .as_array()
            .unwrap()
            .iter()
            .map(|problem| problem["rendered"].as_str().unwrap())
            .collect();
        assert_eq!(rendered, expected, "{name}");

        // The human form shows the same problems, each at its position.
        let human = check(&dir, &spec, "human");
        assert_eq!(human.status.code(), Some(1), "{name}");
        let human = String::from_utf8(human.stderr).unwrap();
        for problem in problems.as_array().unwrap() {
            let message = problem["message"].as_str().unwrap();
            let first_line = message.lines().next().unwrap_or_default();
            assert!(
                human.contains(first_line),
                "{name}: {message:?} in\n{human}"
            );
            if let (Some(line), Some(column)) =
                (problem["line"].as_u64(), problem["column"].as_u64())
            {
                let arrow = format!("--> {spec}:{line}:{column}");
                assert!(human.contains(&arrow), "{name}: {arrow:?} in\n{human}");
            }
        }
        compared += 1;
    }
    assert!(compared >= 60, "only {compared} spec cases compared");
    assert_eq!(
        not_spec_cases,
        [
            "bad_invocation_crate",
            "bad_invocation_literal",
            "missing_file",
            "yml_extension"
        ],
        "cases without a spec file of their own"
    );
}
