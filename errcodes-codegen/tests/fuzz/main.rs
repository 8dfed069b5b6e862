//! The stable fuzz runner: random bytes through the spec grammar (`grammar`) and the whole
//! pipeline (`stages`), checking on every input that nothing panics and that the stages
//! keep their promises, and reporting how far inputs get.
//!
//! `cargo test` runs a short smoke run. The long run (release; seconds bound the time):
//!
//! ```sh
//! ERRCODES_FUZZ_ITERATIONS=10000000 ERRCODES_FUZZ_SECONDS=14400 \
//!     cargo test -p errcodes-codegen --release --test fuzz -- --nocapture
//! ```
//!
//! `ERRCODES_FUZZ_SEED` picks another sequence. An input that panics is saved under
//! `target/fuzz-crashes/` (its bytes, for `cargo fuzz run spec <file>`, and its YAML) and
//! fails the run. The same grammar drives the cargo-fuzz target in `fuzz/`.

mod grammar;
mod stages;

use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use stages::Stages;

/// xorshift64: the runner's source of fuzz bytes.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// `len` random bytes, `len` itself random up to `max`.
    fn bytes(&mut self, max: usize) -> Vec<u8> {
        let len = usize::try_from(self.next() % (max as u64 + 1)).unwrap_or(max);
        let mut bytes = Vec::with_capacity(len + 8);
        while bytes.len() < len {
            bytes.extend_from_slice(&self.next().to_le_bytes());
        }
        bytes.truncate(len);
        bytes
    }
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(default)
}

fn save_crash(data: &[u8]) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/fuzz-crashes");
    let _ = std::fs::create_dir_all(&dir);
    let hash = data.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3)
    });
    let path = dir.join(format!("crash-{hash:016x}"));
    let _ = std::fs::write(&path, data);
    let mut u = arbitrary::Unstructured::new(data);
    if let Ok(case) = grammar::Case::generate(&mut u) {
        let _ = std::fs::write(path.with_extension("yaml"), case.yaml);
    }
    path
}

#[test]
fn fuzz_the_pipeline() {
    let iterations = env_number("ERRCODES_FUZZ_ITERATIONS", 2_000);
    let deadline = Duration::from_secs(env_number("ERRCODES_FUZZ_SECONDS", 600));
    let mut rng = Rng(env_number("ERRCODES_FUZZ_SEED", 0x9E37_79B9_7F4A_7C15) | 1);
    let report_every = env_number("ERRCODES_FUZZ_REPORT", 1_000_000);
    let started = Instant::now();
    let mut stages = Stages::default();
    let (mut executions, mut slowest, mut crashes) = (0_u64, Duration::ZERO, Vec::new());
    while executions < iterations && started.elapsed() < deadline {
        let data = rng.bytes(4096);
        let one = Instant::now();
        // A panic is reported by the default hook and counted here; no hook is installed.
        let mut counted = Stages::default();
        match panic::catch_unwind(AssertUnwindSafe(|| stages::exec(&data, &mut counted))) {
            Ok(()) => stages.add(&counted),
            Err(_) => crashes.push(save_crash(&data)),
        }
        slowest = slowest.max(one.elapsed());
        executions += 1;
        if executions % report_every == 0 {
            println!(
                "fuzz: {executions} executions, {:.0?}: {stages}",
                started.elapsed()
            );
        }
    }
    let elapsed = started.elapsed();
    #[allow(clippy::cast_precision_loss, reason = "a rate for a report")]
    let rate = executions as f64 / elapsed.as_secs_f64();
    println!(
        "fuzz: {executions} executions in {elapsed:.1?} ({rate:.0}/s), slowest input {slowest:.1?}, {} crashes\nfuzz: {stages}\nfuzz: {stages:?}",
        crashes.len()
    );
    assert!(crashes.is_empty(), "inputs that panicked: {crashes:?}");
    // The grammar is meant to get most inputs past the parser and the reader, and a good
    // share through to clean code: a change that makes it miss is a weaker fuzzer.
    if executions >= 1_000 {
        let all = stages.inputs;
        assert!(
            Stages::share(stages.reached_validation, all) > 50.0,
            "{stages}"
        );
        assert!(Stages::share(stages.clean, all) > 20.0, "{stages}");
        assert!(Stages::share(stages.expanded, all) > 25.0, "{stages}");
        assert!(stages.derive_clean > 0, "{stages}");
    }
}
