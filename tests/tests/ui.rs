//! UI tests of `include_errcodes!`: every problem a spec can have, and the exact diagnostic
//! it produces; plus specs that must compile and behave.
//!
//! The globs are relative to this package's directory (`tests/`), where `cargo test` runs.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/spec/*.rs");
    cases.pass("ui/pass/*.rs");
}
