//! No input makes the command panic: a missing file, a directory, bytes that are not UTF-8,
//! arguments that are not UTF-8, a reader that closes the pipe early. Help shows examples;
//! colour only on a terminal.

use std::io::Read as _;
use std::process::Stdio;

use assert_cmd::Command;
use common::errcodes;

mod common;

fn no_panic(output: &std::process::Output) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        !stderr.contains('\u{1b}'),
        "no colour in a pipe: {stderr:?}"
    );
}

#[test]
fn a_closed_stdout_ends_the_command_quietly() {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("errcodes"))
        .args(["export", "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0_u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The pipe is closed here, long before the ~300 KB of JSON are written.
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{output:?}");
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn unreadable_inputs_are_errors_not_panics() {
    let dir = tempfile::tempdir().unwrap();
    let not_utf8 = dir.path().join("latin1.yaml");
    std::fs::write(&not_utf8, b"enums:\n  - name: Caf\xe9\n").unwrap();
    let cases: Vec<Vec<String>> = vec![
        vec!["check".into(), "no/such/file.yaml".into()],
        vec!["check".into(), dir.path().display().to_string()],
        vec!["check".into(), not_utf8.display().to_string()],
        vec![
            "lookup".into(),
            "1".into(),
            "--spec".into(),
            dir.path().display().to_string(),
        ],
        vec![
            "export".into(),
            "--format".into(),
            "markdown".into(),
            "--spec".into(),
            not_utf8.display().to_string(),
        ],
    ];
    for args in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let output = errcodes(&args);
        no_panic(&output);
        assert!(!output.status.success(), "{args:?}");
        assert!(
            String::from_utf8_lossy(&output.stderr).contains("error: "),
            "{args:?}"
        );
    }
    let utf8 = errcodes(&["check", not_utf8.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&utf8.stderr).contains("latin1.yaml:2:14"));
}

#[cfg(unix)]
#[test]
fn arguments_that_are_not_utf8_are_errors_not_panics() {
    use std::os::unix::ffi::OsStrExt as _;
    let output = Command::cargo_bin("errcodes")
        .unwrap()
        .arg("lookup")
        .arg(std::ffi::OsStr::from_bytes(b"20\xff16"))
        .output()
        .unwrap();
    no_panic(&output);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn every_subcommand_has_help_with_an_example() {
    for subcommand in ["lookup", "check", "diff", "export", "import", "schema"] {
        let output = errcodes(&[subcommand, "--help"]);
        assert!(output.status.success(), "{subcommand}");
        let help = String::from_utf8(output.stdout).unwrap();
        assert!(
            help.contains(&format!("errcodes {subcommand}")),
            "{subcommand}: {help}"
        );
        assert!(help.contains("Example"), "{subcommand}: {help}");
    }
    let unknown = errcodes(&["frobnicate"]);
    no_panic(&unknown);
    assert_eq!(unknown.status.code(), Some(2));
}
