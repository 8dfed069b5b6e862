//! The full expansion of a small spec (three entries, one alias, one range), pretty-printed
//! and compared with `snapshots/snapshot__three_entries.snap`: every change to generated
//! code shows up in review as a diff of that file. After an intended change, accept it
//! with `cargo insta review` or `INSTA_UPDATE=always cargo test -p errcodes-codegen --test snapshot`.

use errcodes_codegen::{expand, load, Options, Source};

const SPEC: &str = r"
catalog:
  title: Snapshot catalog
  vendor: Example Inc.
  language: zh-CN
enums:
  - name: SnapCode
    doc: Three entries, one alias, one range.
    entries:
      - name: Success
        code: 0
        message: 成功
        message_en: Success
        success: true
        billing: charged
    sections:
      - title: 系统返回码
        entries:
          - name: Busy
            code: 1001
            as_written: 1001/1002
            message: 系统繁忙，请稍后重试
            remedy: Retry with backoff.
            retry: transient
            billing_history: [{ until: 2021-07-19, billing: charged }]
            aliases: [{ code: 1002, name: BusyAgain }]
          - name: RiskLevel
            range: [10, 19]
            message: 风险等级
";

#[test]
fn three_entries() {
    let (catalog, diagnostics) = load(&Source::from_text("snapshot.yaml", SPEC));
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let tokens = expand(&catalog.expect("a clean spec"), &Options::default());
    let file = syn::parse2::<syn::File>(tokens).expect("the expansion is Rust");
    insta::assert_snapshot!(prettyplease::unparse(&file));
}

/// A string enum: two codes, one alias, hierarchical at `.`.
const STRING_SPEC: &str = r"
catalog:
  title: Snapshot catalog of string codes
  vendor: Example Inc.
enums:
  - name: SnapError
    doc: Two codes, one alias, hierarchical at `.`.
    kind: string
    separator: .
    entries:
      - name: InternalError
        code: InternalError
        message: 内部错误。
        retry: transient
        aliases: [{ code: InternalError.Other, name: InternalErrorOther }]
      - name: RequestLimitExceeded
        code: RequestLimitExceeded
        message: 请求的次数超过了频率限制。
        retry: throttled
";

#[test]
fn string_enum() {
    let (catalog, diagnostics) = load(&Source::from_text("snapshot.yaml", STRING_SPEC));
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let tokens = expand(&catalog.expect("a clean spec"), &Options::default());
    let file = syn::parse2::<syn::File>(tokens).expect("the expansion is Rust");
    // The whole expansion is one `__string_codes! { ... }` (an error without `alloc`); its
    // body is shown as Rust, so that it reads like the integer snapshot.
    let [syn::Item::Macro(wrapper)] = file.items.as_slice() else {
        panic!("a string enum expands to one macro invocation");
    };
    assert!(wrapper.mac.path.segments.last().unwrap().ident == "__string_codes");
    let body = syn::parse2::<syn::File>(wrapper.mac.tokens.clone()).expect("the body is Rust");
    insta::assert_snapshot!(prettyplease::unparse(&body));
}
