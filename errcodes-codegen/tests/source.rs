//! Finding and reading a spec: the lookup order, the shipped specs, and what is refused.

use std::path::{Path, PathBuf};

use errcodes_codegen::diagnostics::Origin;
use errcodes_codegen::source::{Source, SHIPPED};

/// A fresh directory under the target directory, for files the test writes.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_crate_directory_wins_then_the_caller_directory_then_the_shipped_specs() {
    let root = scratch("lookup-order");
    let (manifest, caller) = (root.join("crate"), root.join("crate/src"));
    std::fs::create_dir_all(&caller).unwrap();
    std::fs::write(caller.join("oauth.yaml"), "beside the caller").unwrap();
    let found = Source::find("oauth.yaml", &manifest, Some(&caller)).unwrap();
    assert_eq!(found.text, "beside the caller");
    assert_eq!(
        found.file.as_deref(),
        Some(caller.join("oauth.yaml").as_path())
    );
    std::fs::write(manifest.join("oauth.yaml"), "in the crate").unwrap();
    let found = Source::find("oauth.yaml", &manifest, Some(&caller)).unwrap();
    assert_eq!(
        (found.text.as_str(), found.name.as_str()),
        ("in the crate", "oauth.yaml")
    );
    let shipped = Source::find("huiyan.yaml", &manifest, Some(&caller)).unwrap();
    assert_eq!(shipped.name, "huiyan.yaml (shipped with errcodes)");
    assert_eq!(shipped.file, None);
    assert!(shipped.text.contains("WechatCode"));
}

#[test]
fn a_missing_spec_lists_every_place_tried() {
    let root = scratch("missing");
    let caller = root.join("src");
    let problem = Source::find("nope.yaml", &root, Some(&caller)).unwrap_err();
    assert!(matches!(problem.origin, Origin::Spec));
    assert_eq!(problem.message, "spec `nope.yaml` not found");
    let help = problem.help.unwrap();
    let tried = format!(
        "looked for {}, then {}, then among the specs shipped with errcodes (",
        root.join("nope.yaml").display(),
        caller.join("nope.yaml").display()
    );
    assert!(help.starts_with(&tried), "{help}");
    for (name, _) in SHIPPED {
        assert!(help.contains(name), "{help}");
    }
}

#[test]
fn a_relative_caller_directory_finds_an_absolute_file() {
    // rustc names the invoking file relative to its working directory (`src/main.rs`); the
    // file found must be absolute to be tracked from there. Tests run in the crate directory.
    let found = Source::find(
        "huiyan.yaml",
        &scratch("relative"),
        Some(Path::new("specs")),
    )
    .unwrap();
    let expected = std::env::current_dir().unwrap().join("specs/huiyan.yaml");
    assert_eq!(found.file.as_deref(), Some(expected.as_path()));
    let problem =
        Source::find("nope.yaml", &scratch("relative"), Some(Path::new("src"))).unwrap_err();
    let beside = std::env::current_dir().unwrap().join("src/nope.yaml");
    assert!(problem
        .help
        .unwrap()
        .contains(&beside.display().to_string()));
}

#[test]
fn directories_are_refused() {
    let root = scratch("a-directory");
    std::fs::create_dir_all(root.join("spec.yaml")).unwrap();
    let problem = Source::find("spec.yaml", &root, None).unwrap_err();
    assert!(problem
        .message
        .starts_with("`spec.yaml` is a directory, not a spec file"));
    assert!(Source::read(&root.join("spec.yaml")).is_err());
}

#[test]
fn bad_utf8_is_located_by_line_and_character() {
    let problem =
        Source::from_bytes("x.yaml", b"a: 1\nb: \xe9\xa2\x98\xff\n".to_vec()).unwrap_err();
    let Origin::Text(at) = problem.origin else {
        panic!("{problem:?}")
    };
    assert_eq!((at.line, at.column), (2, 5));
    assert_eq!(
        problem.render(Some("x.yaml")),
        "x.yaml:2:5: the spec is not valid UTF-8 (byte 11)\n  = help: save the file as UTF-8"
    );
}

#[test]
fn files_are_read_with_their_path() {
    let root = scratch("read");
    let path = root.join("codes.yaml");
    std::fs::write(&path, "catalog: {}\n").unwrap();
    let source = Source::read(&path).unwrap();
    assert_eq!(source.text, "catalog: {}\n");
    assert_eq!(source.file.as_deref(), Some(path.as_path()));
    assert!(Source::read(&root.join("missing.yaml")).is_err());
}

#[test]
fn the_other_yaml_extension_is_suggested_when_it_exists() {
    let root = scratch("other-extension");
    let help = |requested: &str| {
        Source::find(requested, &root, None)
            .unwrap_err()
            .help
            .unwrap()
    };
    assert!(help("huiyan.yml").starts_with("did you mean `huiyan.yaml`? "));
    std::fs::write(root.join("mine.yml"), "").unwrap();
    assert!(help("mine.yaml").starts_with("did you mean `mine.yml`? "));
    assert!(!help("other.yml").contains("did you mean"));
}
