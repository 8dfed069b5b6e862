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
