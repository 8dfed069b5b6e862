//! Editing a spec rebuilds the crate that includes it: a fixture crate is built, its spec
//! edited, and the rebuilt binary prints the new message. Once with the spec beside
//! `Cargo.toml`, once beside a module's source file (`src/sub/mod.rs`), which rustc names
//! by a path relative to its working directory.

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

/// A crate `name` whose `sources` (path, text) include a spec, and where it builds.
fn fixture(name: &str, sources: &[(&str, &str)]) -> (PathBuf, PathBuf) {
    let root = workspace();
    let dir = root.join("target").join(name);
    let _ = fs::remove_dir_all(&dir);
    let facade = root.join("errcodes");
    fs::create_dir_all(&dir).unwrap();
    fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\nerrcodes = {{ path = {:?}, default-features = false }}\n\n[workspace]\n",
            facade.to_str().unwrap()
        ),
    )
    .unwrap();
    fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    for (path, text) in sources {
        let path = dir.join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    // One target directory for both fixtures: errcodes and its dependencies build once.
    (dir, root.join("target").join("rebuild-fixture-target"))
}

fn edit_and_rebuild(dir: &Path, target: &Path, spec_path: &str) {
    fs::write(dir.join(spec_path), spec("第一版")).unwrap();
    assert_eq!(run(dir, target), "第一版");
    fs::write(dir.join(spec_path), spec("第二版")).unwrap();
    assert_eq!(
        run(dir, target),
        "第二版",
        "the edited spec was not picked up"
    );
}

#[test]
fn editing_the_spec_rebuilds_the_crate() {
    let main = "errcodes::include_errcodes!(\"codes.yaml\");\nfn main() { println!(\"{}\", FixtureCode::from(1)); }\n";
    let (dir, target) = fixture("rebuild-fixture", &[("src/main.rs", main)]);
    edit_and_rebuild(&dir, &target, "codes.yaml");
}

#[test]
fn editing_a_spec_beside_a_module_rebuilds_the_crate() {
    let main = "mod sub;\nfn main() { println!(\"{}\", sub::FixtureCode::from(1)); }\n";
    let module = "errcodes::include_errcodes!(\"codes.yaml\");\n";
    let (dir, target) = fixture(
        "rebuild-fixture-beside",
        &[("src/main.rs", main), ("src/sub/mod.rs", module)],
    );
    edit_and_rebuild(&dir, &target, "src/sub/codes.yaml");
}
