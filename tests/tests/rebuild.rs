//! Editing a spec rebuilds the crate that includes it: a fixture crate is built, its spec
//! edited, and the rebuilt binary prints the new message.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn spec(message: &str) -> String {
    format!("catalog: {{ title: Fixture }}\nenums:\n  - name: FixtureCode\n    entries:\n      - {{ name: One, code: 1, message: {message} }}\n")
}

fn run(dir: &Path, target: &Path) -> String {
    let output = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--offline"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "fixture build failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap().trim().to_owned()
}

#[test]
fn editing_the_spec_rebuilds_the_crate() {
    let root = workspace();
    let dir = root.join("target").join("rebuild-fixture");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("src")).unwrap();
    let facade = root.join("errcodes");
    fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"rebuild-fixture\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\nerrcodes = {{ path = {:?}, default-features = false }}\n\n[workspace]\n",
            facade.to_str().unwrap()
        ),
    )
    .unwrap();
    fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    fs::write(
        dir.join("src/main.rs"),
        "errcodes::include_errcodes!(\"codes.yaml\");\nfn main() { println!(\"{}\", FixtureCode::from(1)); }\n",
    )
    .unwrap();
    let target = root.join("target").join("rebuild-fixture-target");

    fs::write(dir.join("codes.yaml"), spec("第一版")).unwrap();
    assert_eq!(run(&dir, &target), "第一版");

    fs::write(dir.join("codes.yaml"), spec("第二版")).unwrap();
    assert_eq!(
        run(&dir, &target),
        "第二版",
        "the edited spec was not picked up"
    );
}
