//! The structure-aware fuzz target: libFuzzer's bytes choose a spec from the grammar shared
//! with the stable runner (`tests/fuzz/` of errcodes-codegen), which goes through the whole
//! pipeline with the same checks. Every million inputs it prints how far inputs got.
//!
//! ```sh
//! cd errcodes-codegen && cargo +nightly fuzz run spec -- -max_len=4096
//! ```
#![no_main]

#[path = "../../tests/fuzz/grammar.rs"]
mod grammar;
#[path = "../../tests/fuzz/stages.rs"]
mod stages;

use std::sync::Mutex;

use libfuzzer_sys::fuzz_target;
use stages::Stages;

static STAGES: Mutex<Option<Stages>> = Mutex::new(None);

fuzz_target!(|data: &[u8]| {
    let mut counted = Stages::default();
    stages::exec(data, &mut counted);
    let mut total = STAGES.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let total = total.get_or_insert_with(Stages::default);
    total.add(&counted);
    if total.inputs.is_multiple_of(1_000_000) && counted.inputs > 0 {
        eprintln!("stages: {total}");
    }
});
