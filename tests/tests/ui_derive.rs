//! UI tests of `#[derive(ErrorCode)]`: every attribute mistake a hand-written enum can have,
//! and the exact diagnostic it produces; plus enums that must compile and behave.
//!
//! trybuild resolves globs against the package root (`tests/`), hence `ui/...`.

#[test]
fn derive_ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/derive/fail/*.rs");
    cases.pass("ui/derive/pass/*.rs");
}
