//! The lookup paths allocate nothing: `From<i64>`, `message()` and `Display` into a reused
//! `String`, over every synthetic code and a batch of unknown codes; `from_code` of every
//! known string code (an unknown string code allocates once, for its text).
//!
//! A counting `#[global_allocator]` counts the allocations of the current thread only (a
//! const-initialized thread-local, which itself never allocates), so the test harness's own
//! threads cannot disturb the count.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write as _;
use std::hint::black_box;

use errcodes_bench::unknown_batch;

include!(concat!(env!("OUT_DIR"), "/errcodes_catalogs.rs"));

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
}

fn count() {
    // `try_with`: during thread teardown the slot may be gone; those allocations are not ours.
    let _ = ALLOCATIONS.try_with(|count| count.set(count.get() + 1));
}

// SAFETY: every call is forwarded unchanged to the system allocator; counting touches only
// a `Cell<u64>` thread-local with const initialization, which does not allocate.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count();
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract, which we pass on.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count();
        // SAFETY: as above.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count();
        // SAFETY: as above.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations() -> u64 {
    ALLOCATIONS.with(Cell::get)
}

macro_rules! run_paths {
    ($s:ident, $n:expr, $codes:expr, $text:expr) => {{
        for &code in $codes {
            let value = black_box($s::SynthCode::from(black_box(code)));
            black_box(value.message());
            $text.clear();
            write!($text, "{value}").unwrap();
            black_box($text.as_str());
            $text.clear();
            write!($text, "{value:#}").unwrap();
            black_box($text.as_str());
        }
    }};
}

macro_rules! check_size {
    ($s:ident, $n:expr) => {{
        let unknown = unknown_batch(&$s::CODES);
        // Room for the longest text ("unknown error code -9223372036854775808" and the
        // alternate form of every message), so the String never grows after warm-up.
        let mut text = String::with_capacity(1024);
        // Warm-up: anything lazily initialized on first use happens here.
        run_paths!($s, $n, &$s::CODES, text);
        run_paths!($s, $n, &unknown, text);
        let before = allocations();
        run_paths!($s, $n, &$s::CODES, text);
        run_paths!($s, $n, &unknown, text);
        let after = allocations();
        assert_eq!(
            after - before,
            0,
            "{} allocations over the {}-code catalog",
            after - before,
            $n
        );
    }};
}

#[test]
fn lookup_message_and_display_do_not_allocate() {
    // The counter itself must see allocations, or the test proves nothing.
    let before = allocations();
    black_box(vec![1_u8; 16]);
    assert!(
        allocations() > before,
        "the counting allocator does not count"
    );
    for_each_size!(check_size);
}

macro_rules! check_string_size {
    ($s:ident, $n:expr) => {{
        // Warm-up, as above.
        for code in &$s::STR_CODES {
            black_box($s::StrSynthCode::from_code(black_box(code)));
        }
        let before = allocations();
        for code in &$s::STR_CODES {
            let value = black_box($s::StrSynthCode::from_code(black_box(code)));
            black_box(value.message());
            black_box(value.retry());
            black_box(value.code());
        }
        let after = allocations();
        assert_eq!(
            after - before,
            0,
            "{} allocations over the {} known string codes",
            after - before,
            $n
        );
        // An unknown code keeps its text: one allocation, for that.
        let before = allocations();
        let unknown = black_box($s::StrSynthCode::from_code(black_box(
            "FailedOperation.NotListedAnywhere",
        )));
        assert_eq!(allocations() - before, 1);
        assert_eq!(unknown.code(), "FailedOperation.NotListedAnywhere");
    }};
}

#[test]
fn known_string_codes_do_not_allocate() {
    for_each_size!(check_string_size);
}
