//! `errcodes import`: a page in, a spec out (stdout or `-o`), the report on stderr with the
//! summary last; `--columns`; the failures.

use std::path::{Path, PathBuf};

use common::errcodes;

mod common;

fn write(dir: &Path, name: &str, text: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

const PAGE: &str = "# 某产品错误码\n\n说明文字。\n\n## 返回码\n\n\
    | 错误码 | 含义 | 是否收费 |\n|---|---|---|\n| 0 | 成功 | 是 |\n| 1001 | 系统繁忙，请稍后重试 | 否 |\n\
    | 其他错误码 | 透传后台错误码 | 否 |\n";

#[test]
fn a_page_becomes_a_spec_that_check_accepts() {
    let dir = tempfile::tempdir().unwrap();
    let page = write(dir.path(), "page.md", PAGE.as_bytes());
    let output = errcodes(&["import", page.to_str().unwrap()]);
    assert!(output.status.success(), "{output:?}");
    let spec = String::from_utf8(output.stdout).unwrap();
    assert!(spec.contains("title: 某产品错误码"), "{spec}");
    assert!(spec.contains("retry: transient"), "{spec}");
    let report = String::from_utf8(output.stderr).unwrap();
    let lines: Vec<&str> = report.lines().collect();
    assert!(
        lines[0].starts_with(&format!("{}:11: not a code", page.display())),
        "{report}"
    );
    assert!(
        lines
            .last()
            .unwrap()
            .contains("import summary: 3 rows read, 2 entries written, 1 rows need a human"),
        "{report}"
    );

    let written = dir.path().join("mine.yaml");
    let to_file = errcodes(&[
        "import",
        page.to_str().unwrap(),
        "-o",
        written.to_str().unwrap(),
    ]);
    assert!(to_file.status.success(), "{to_file:?}");
    assert!(to_file.stdout.is_empty());
    assert_eq!(std::fs::read_to_string(&written).unwrap(), spec);
    let check = errcodes(&["check", written.to_str().unwrap()]);
    assert!(check.status.success(), "{check:?}");
}

#[test]
fn columns_can_be_given() {
    let dir = tempfile::tempdir().unwrap();
    let page = write(
        dir.path(),
        "page.md",
        "| a | b | c |\n|---|---|---|\n| x | 1 | 第一 |\n| y | 2 | 第二 |\n".as_bytes(),
    );
    let guessed = errcodes(&["import", page.to_str().unwrap()]);
    assert_eq!(guessed.status.code(), Some(1), "{guessed:?}");
    let given = errcodes(&[
        "import",
        page.to_str().unwrap(),
        "--columns",
        "code=1,message=2",
    ]);
    assert!(given.status.success(), "{given:?}");
    let spec = String::from_utf8(given.stdout).unwrap();
    assert!(
        spec.contains("code: 2") && spec.contains("message: 第二"),
        "{spec}"
    );

    let bad = errcodes(&["import", page.to_str().unwrap(), "--columns", "message=1"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr)
        .contains("--columns: the override must say which column is `code`"));
}

#[test]
fn failures_say_why() {
    let dir = tempfile::tempdir().unwrap();
    let latin1 = write(
        dir.path(),
        "latin1.md",
        b"| code | message |\n|---|---|\n| 1 | caf\xe9 |\n",
    );
    let prose = write(
        dir.path(),
        "prose.md",
        "# Nothing here\n\nJust text.\n".as_bytes(),
    );
    for (args, status, needle) in [
        (
            vec!["import", "no/such/page.md"],
            2,
            "cannot import `no/such/page.md`",
        ),
        (
            vec!["import", dir.path().to_str().unwrap()],
            2,
            "not a regular file",
        ),
        (
            vec!["import", latin1.to_str().unwrap()],
            2,
            "not UTF-8 (byte 38)",
        ),
        (
            vec!["import", prose.to_str().unwrap()],
            1,
            "no table on the page has a row that reads as an error code",
        ),
        (
            vec![
                "import",
                prose.to_str().unwrap(),
                "-o",
                dir.path().to_str().unwrap(),
            ],
            1,
            "no table",
        ),
    ] {
        let output = errcodes(&args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(status), "{args:?}: {stderr}");
        assert!(stderr.contains(needle), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"));
    }
    let page = write(dir.path(), "page.md", PAGE.as_bytes());
    let unwritable = errcodes(&[
        "import",
        page.to_str().unwrap(),
        "-o",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(unwritable.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unwritable.stderr).contains("cannot write"));
}
