//! A mutation fuzzer for the whole YAML path (parse, read, validate, locate, render, expand),
//! runnable on stable.
//!
//! It starts from every spec the project has (shipped specs, test fixtures, the UI cases) and
//! applies random byte- and token-level mutations; inputs that produce a diagnostic not seen
//! before join the pool, a crude stand-in for coverage feedback. Any panic fails the run and
//! leaves the input in `target/fuzz-crashes/`, to be kept as a regression test.
//!
//! A smoke run is part of `cargo test`. The long run:
//!
//! ```sh
//! ERRCODES_FUZZ_ITERATIONS=10000000 ERRCODES_FUZZ_SECONDS=1800 \
//!     cargo test -p errcodes-macros --release fuzz -- --nocapture
//! ```

use std::collections::HashSet;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use proc_macro2::Span;
use quote::quote;

use crate::spec::{load, render_all, Source, SHIPPED};

/// Inputs never grow past this, so memory stays bounded.
const MAX_INPUT: usize = 256 * 1024;

const TOKENS: &[&str] = &[
    "&a ",
    "*a",
    "<<: *a\n",
    "[",
    "]",
    "{",
    "}",
    ": ",
    "- ",
    "\n",
    "\n  ",
    "\t",
    "#",
    "!",
    "!!str ",
    "!!binary ",
    "'",
    "\"",
    "|\n",
    ">-\n",
    "~",
    "null",
    "true",
    "0x1F",
    "1e9",
    "-0",
    ".nan",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775809",
    "2021-02-30",
    "code: ",
    "range: [",
    "aliases: [{code: 1, name: A}]",
    "name: ",
    "message: ",
    "entries:\n",
    "sections:\n",
    "layout: {pattern: AB-C}",
    "billing_history: [{until: x}]",
    "unknown: Unknown",
    "retry: transient",
    "billing: free",
    "\u{FEFF}",
    "\u{0}",
    "😀",
    "错",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, bound: usize) -> usize {
        usize::try_from(self.next() % u64::try_from(bound.max(1)).unwrap()).unwrap()
    }
}

fn corpus() -> Vec<String> {
    let mut inputs: Vec<String> = SHIPPED.iter().map(|(_, text)| (*text).to_owned()).collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    for dir in ["tests/specs", "tests/ui/spec", "tests/ui/pass"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries.flatten() {
            if entry.path().extension().is_some_and(|ext| ext == "yaml") {
                if let Ok(text) = std::fs::read_to_string(entry.path()) {
                    inputs.push(text);
                }
            }
        }
    }
    inputs
}

/// One random edit of `input`, at a char boundary.
fn mutate(input: &str, pool: &[String], rng: &mut Rng) -> String {
    let mut text = input.to_owned();
    let boundary = |text: &str, rng: &mut Rng| {
        let mut at = rng.below(text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    match rng.below(6) {
        0 => {
            let at = boundary(&text, rng);
            text.insert_str(at, TOKENS[rng.below(TOKENS.len())]);
        }
        1 => {
            let start = boundary(&text, rng);
            let end = boundary_at_most(&text, start + rng.below(64));
            text.replace_range(start..end.max(start), "");
        }
        2 => {
            let start = boundary(&text, rng);
            let end = boundary_at_most(&text, start + rng.below(256));
            let piece = text[start..end.max(start)].to_owned();
            let at = boundary(&text, rng);
            text.insert_str(at, &piece);
        }
        3 => {
            // Splice a line from another input.
            let other = &pool[rng.below(pool.len())];
            let lines: Vec<&str> = other.lines().collect();
            if !lines.is_empty() {
                let line = lines[rng.below(lines.len())];
                let at = boundary(&text, rng);
                text.insert_str(at, &format!("\n{line}\n"));
            }
        }
        4 => {
            // Change a digit, which moves codes around: duplicates, overflow, layout misses.
            let digits: Vec<usize> = text
                .char_indices()
                .filter(|(_, c)| c.is_ascii_digit())
                .map(|(i, _)| i)
                .collect();
            if !digits.is_empty() {
                let at = digits[rng.below(digits.len())];
                let digit = char::from(b'0' + u8::try_from(rng.below(10)).unwrap());
                text.replace_range(at..=at, &digit.to_string());
            }
        }
        _ => {
            // Shift the indentation of one line.
            let lines: Vec<&str> = text.lines().collect();
            if !lines.is_empty() {
                let index = rng.below(lines.len());
                let mut out: Vec<String> = lines.iter().map(|line| (*line).to_owned()).collect();
                if rng.below(2) == 0 {
                    out[index].insert_str(0, "  ");
                } else {
                    out[index] = out[index].trim_start_matches(' ').to_owned();
                }
                text = out.join("\n");
            }
        }
    }
    text.truncate(boundary_at_most(&text, MAX_INPUT));
    text
}

fn boundary_at_most(text: &str, limit: usize) -> usize {
    let mut at = limit.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The whole YAML path for one input; returns the first line of each problem.
fn exec(text: &str) -> Vec<String> {
    match load(text) {
        Ok(catalog) => {
            let tokens = crate::expand::catalog(&catalog, &quote!(::errcodes), Span::call_site());
            assert!(!tokens.is_empty() || catalog.enums.is_empty());
            Vec::new()
        }
        Err(problems) => {
            let source = Source {
                name: "fuzz.yaml".to_owned(),
                text: text.to_owned(),
                file: None,
            };
            let rendered = render_all(&source, &problems);
            assert!(!rendered.is_empty(), "an error with no problems");
            rendered
        }
    }
}

/// The kind of a problem, without positions and names, for novelty.
fn kind(message: &str) -> String {
    let text = message.split_once(": ").map_or(message, |(_, rest)| rest);
    text.chars()
        .filter(|c| !c.is_ascii_digit())
        .take(60)
        .collect()
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(default)
}

fn save_crash(input: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/fuzz-crashes");
    let _ = std::fs::create_dir_all(&dir);
    let name = format!(
        "crash-{:016x}.yaml",
        input
            .bytes()
            .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b))
                .wrapping_mul(0x100_0000_01b3))
    );
    let path = dir.join(name);
    let _ = std::fs::write(&path, input);
    path
}

#[test]
fn fuzz_loader() {
    let iterations = env_number("ERRCODES_FUZZ_ITERATIONS", 2_000);
    let deadline = Duration::from_secs(env_number("ERRCODES_FUZZ_SECONDS", 600));
    let mut rng = Rng(env_number("ERRCODES_FUZZ_SEED", 0x9E37_79B9_7F4A_7C15) | 1);
    let mut pool = corpus();
    assert!(pool.len() > 50, "corpus has {} inputs", pool.len());
    let mut seen: HashSet<String> = HashSet::new();
    let previous_hook = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let started = Instant::now();
    let (mut executions, mut slowest, mut crashes) = (0_u64, Duration::ZERO, Vec::new());
    while executions < iterations && started.elapsed() < deadline {
        let mut input = pool[rng.below(pool.len())].clone();
        for _ in 0..=rng.below(4) {
            input = mutate(&input, &pool, &mut rng);
        }
        let one = Instant::now();
        let outcome = panic::catch_unwind(AssertUnwindSafe(|| exec(&input)));
        slowest = slowest.max(one.elapsed());
        executions += 1;
        match outcome {
            Ok(problems) => {
                let novel = problems
                    .iter()
                    .map(|problem| kind(problem))
                    .filter(|k| seen.insert(k.clone()))
                    .count();
                if novel > 0 && pool.len() < 2_000 {
                    pool.push(input);
                }
            }
            Err(_) => crashes.push(save_crash(&input)),
        }
    }
    panic::set_hook(previous_hook);
    let elapsed = started.elapsed();
    println!(
        "fuzz: {executions} executions in {elapsed:.1?} ({:.0}/s), {} problem kinds, pool {}, slowest input {slowest:.1?}, {} crashes",
        f64::from(u32::try_from(executions).unwrap_or(u32::MAX)) / elapsed.as_secs_f64(),
        seen.len(),
        pool.len(),
        crashes.len()
    );
    assert!(crashes.is_empty(), "inputs that panicked: {crashes:?}");
}
