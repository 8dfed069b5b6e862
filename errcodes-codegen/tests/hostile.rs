//! Hostile inputs end in diagnostics or in correct code, never in a panic, a hang or
//! exhausted memory: hostile files first, then hostile texts. Times are printed
//! (`--nocapture`) for the record, not asserted: speed belongs in benchmarks.
//!
//! The largest inputs are `#[ignore]`d in the debug test run and run in release by
//! `.ci/run`: `cargo test -p errcodes-codegen --release --test hostile -- --ignored --nocapture`.

use std::fmt::Write as _;
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use errcodes_codegen::diagnostics::MAX_DIAGNOSTICS;
use errcodes_codegen::{include, Options, Source};
use proc_macro2::{TokenStream, TokenTree};

/// Looks `requested` up as `include_errcodes!` does, from a scratch crate directory, on a
/// thread of its own: a regression that blocks (a named pipe opened for reading waits for
/// a writer) fails the test instead of hanging the suite. The wait is a hang guard, far
/// above any real read, not a measure of speed. Returns why the file was refused.
fn refusal(requested: &Path) -> String {
    let (sender, receiver) = mpsc::channel();
    let requested = requested.to_path_buf();
    std::thread::spawn(move || {
        let crate_dir = Path::new(env!("CARGO_TARGET_TMPDIR"));
        let found = Source::find(requested.to_str().unwrap(), crate_dir, None);
        let _ = sender.send(
            found
                .map(|source| source.text.len())
                .map_err(|problem| problem.message),
        );
    });
    let found = receiver
        .recv_timeout(Duration::from_secs(60))
        .expect("looking the spec up neither returned nor failed: it blocked");
    found.expect_err("the file was read")
}

#[test]
fn devices_are_refused_before_reading() {
    let zero = Path::new("/dev/zero");
    if !zero.exists() {
        println!("skipped: this system has no /dev/zero");
        return;
    }
    // Its reported size is 0 and it never ends: reading it would exhaust memory.
    assert!(refusal(zero).contains("is not a regular file"));
    let problem = Source::read(zero).expect_err("refused");
    assert!(
        problem.message.contains("is not a regular file"),
        "{problem:?}"
    );
}

#[test]
fn named_pipes_are_refused_without_blocking() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("hostile-fifo");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let fifo = dir.join("spec.yaml");
    match std::process::Command::new("mkfifo").arg(&fifo).status() {
        Ok(status) if status.success() => {}
        outcome => {
            println!("skipped: cannot make a named pipe with `mkfifo` ({outcome:?})");
            return;
        }
    }
    assert!(refusal(&fifo).contains("is not a regular file"));
}

#[test]
fn directories_are_refused() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"));
    assert!(refusal(dir).contains("is a directory"));
}

/// Runs `text` through everything `include_errcodes!` does; returns the number of tokens
/// generated (groups counted with their contents) when there is no problem, else every
/// problem as the user would read it.
fn run(label: &str, text: String) -> Result<usize, Vec<String>> {
    let started = Instant::now();
    let source = Source::from_text("hostile.yaml", text);
    let expansion = include(&source, &Options::default());
    let outcome = if expansion.diagnostics.is_empty() {
        Ok(token_count(expansion.tokens))
    } else {
        let messages = expansion.diagnostics.messages(Some(&source.name));
        Err(messages.into_iter().map(|(_, message)| message).collect())
    };
    println!(
        "{label}: {} bytes, {:?}",
        source.text.len(),
        started.elapsed()
    );
    outcome
}

fn token_count(tokens: TokenStream) -> usize {
    tokens
        .into_iter()
        .map(|tree| match tree {
            TokenTree::Group(group) => 1 + token_count(group.stream()),
            _ => 1,
        })
        .sum()
}

fn spec_with_entries(count: usize, message_len: usize) -> String {
    let mut text = String::from("catalog: { title: Big }\nenums:\n  - name: Big\n    entries:\n");
    let message = "错".repeat(message_len);
    for index in 0..count {
        let code = i64::try_from(index).unwrap() * 7 - 50_000;
        let _ = writeln!(
            text,
            "      - {{ name: C{index}, code: {code}, message: {message} }}"
        );
    }
    text
}

#[test]
fn alias_bombs_are_refused_with_a_diagnostic() {
    let mut bomb = String::from(
        "catalog: { title: t }\nenums:\n  - name: E\n    doc: &a0 [x, x, x, x, x, x, x, x, x]\n",
    );
    for level in 1..10 {
        let refs = vec![format!("*a{}", level - 1); 9].join(", ");
        let _ = writeln!(bomb, "    x{level}: &a{level} [{refs}]");
    }
    let problems = run("alias bomb", bomb).unwrap_err();
    assert!(problems[0].contains("hostile.yaml"), "{problems:?}");
}

#[test]
fn deep_nesting_is_refused_with_a_diagnostic() {
    let deep = format!(
        "catalog: {{ title: t }}\nenums: {}{}\n",
        "[".repeat(1000),
        "]".repeat(1000)
    );
    let problems = run("1000-deep flow nesting", deep).unwrap_err();
    assert!(problems[0].contains("recursion limit"), "{problems:?}");
    let mut sections = String::from("catalog: { title: t }\nenums:\n  - name: E\n    sections:\n");
    for depth in 0..1000 {
        let pad = "  ".repeat(depth + 3);
        let _ = writeln!(sections, "{pad}- title: s{depth}\n{pad}  sections:");
    }
    let problems = run("1000-deep sections", sections).unwrap_err();
    assert!(!problems.is_empty());
}

#[test]
#[ignore = "large: run in release by .ci/run"]
fn a_hundred_thousand_codes_expand() {
    let tokens = run("100,000 codes", spec_with_entries(100_000, 2)).unwrap();
    assert!(tokens > 0);
}

#[test]
#[ignore = "large: run in release by .ci/run"]
fn a_fifty_megabyte_spec_loads() {
    // 2,000 entries with 8,000-character messages: about 50 MB of UTF-8.
    let text = spec_with_entries(2_000, 8_000);
    assert!(text.len() > 48_000_000, "{}", text.len());
    assert!(run("50 MB spec", text).is_ok());
}

#[test]
#[ignore = "large: run in release by .ci/run"]
fn a_hundred_thousand_problems_are_capped() {
    let mut text = String::from("catalog: { title: t }\nenums:\n  - name: E\n    entries:\n");
    for index in 0..100_000 {
        let _ = writeln!(text, "      - {{ name: c{index}, code: 1, message: m }}");
    }
    let problems = run("100,000 bad entries", text).unwrap_err();
    // The cap, then one line counting the rest.
    assert_eq!(problems.len(), MAX_DIAGNOSTICS + 1);
    assert!(
        problems[MAX_DIAGNOSTICS].ends_with("more problems not shown"),
        "{:?}",
        problems.last()
    );
}

#[test]
#[ignore = "large: run in release by .ci/run"]
fn ten_thousand_aliases_of_one_entry_expand_in_linear_time() {
    // Each variant's rustdoc names the other variants of its row: listing all of them made
    // this spec cost 35 s and 4.9 GB to expand. The list is capped, so it costs what the
    // same codes as plain entries cost.
    let mut text = String::from(
        "catalog: { title: t }\nenums:\n  - name: E\n    entries:\n      - name: Head\n        code: 0\n        message: m\n        aliases:\n",
    );
    for index in 1..=10_000 {
        let _ = writeln!(text, "          - {{ code: {index}, name: Alias{index} }}");
    }
    let plain_text = spec_with_entries(10_001, 1);
    let aliases = run("10,000 aliases of one entry", text.clone()).unwrap();
    let plain = run("10,001 plain entries", plain_text.clone()).unwrap();
    let size = |text: String| {
        let source = Source::from_text("hostile.yaml", text);
        include(&source, &Options::default())
            .tokens
            .to_string()
            .len()
    };
    let (aliases_bytes, plain_bytes) = (size(text), size(plain_text));
    println!("tokens: {aliases} with aliases, {plain} as plain entries");
    println!("bytes: {aliases_bytes} with aliases, {plain_bytes} as plain entries");
    // Sizes, not times: the docs of one row's variants grow linearly with the row.
    assert!(
        aliases_bytes < 2 * plain_bytes,
        "the docs of a big row grow faster than the row"
    );
}

#[test]
fn binary_garbage_is_a_diagnostic() {
    let garbage: String = (0..10_000_u32)
        .map(|i| char::from_u32(i * 7919 % 0x2FFF).unwrap_or('?'))
        .collect();
    assert!(run("garbage", garbage).is_err());
}
