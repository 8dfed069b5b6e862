//! UI tests of `include_errcodes!`: every problem a spec can have, and the exact diagnostic
//! it produces; specs that must compile and behave; and what code using the generated
//! enums cannot do (forge a value, match without `_`, build a date that does not exist).
//!
//! The globs are relative to this package's directory (`tests/`), where `cargo test` runs.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/spec/*.rs");
    cases.compile_fail("ui/generated/*.rs");
    cases.pass("ui/pass/*.rs");
}
