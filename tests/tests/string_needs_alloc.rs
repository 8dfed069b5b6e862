//! A catalog of string codes keeps unknown codes in a `Box<str>`, so it needs the facade's
//! `alloc` feature. Without it, the build fails with one error that says so, not with an
//! error at every use of `Box` in the generated code; integer catalogs build without it.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

const SPEC: &str = "catalog: { title: Fixture }\nenums:\n  - name: ApiError\n    kind: string\n    entries:\n      - { name: InternalError, code: InternalError, message: 内部错误 }\n  - name: LegacyCode\n    entries:\n      - { name: One, code: 1, message: 一 }\n";

#[test]
fn a_string_catalog_without_alloc_is_one_clear_error() {
    let root = workspace();
    let dir = root.join("target").join("no-alloc-fixture");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("src")).unwrap();
    fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"no-alloc-fixture\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\nerrcodes = {{ path = {:?}, default-features = false }}\n\n[workspace]\n",
            root.join("errcodes").to_str().unwrap()
        ),
    )
    .unwrap();
    fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    fs::write(
        dir.join("src/lib.rs"),
        "#![no_std]\nerrcodes::include_errcodes!(\"codes.yaml\");\n",
    )
    .unwrap();
    fs::write(dir.join("codes.yaml"), SPEC).unwrap();
    // The rebuild test's target directory: errcodes is built there with the same features.
    let target = root.join("target").join("rebuild-fixture-target");
    let output = Command::new(env!("CARGO"))
        .args(["build", "--quiet", "--offline"])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", target)
        .env("CARGO_TERM_COLOR", "never")
        .output()
        .expect("cargo runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "built without alloc:\n{stderr}");
    let errors: Vec<&str> = stderr
        .lines()
        .filter(|line| line.starts_with("error") && !line.starts_with("error: could not compile"))
        .collect();
    assert_eq!(
        errors,
        ["error: a catalog of string codes needs the `alloc` feature of errcodes (on by default): an unknown code's text is kept in a `Box<str>`"],
        "{stderr}"
    );
}
