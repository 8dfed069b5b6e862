//! The billing column.

use crate::common::{all_rows, import_spec, row};
use errcodes_cli::import::Reason;

#[test]
fn yes_and_no_in_both_languages() {
    let page = "| 返回码 | 含义 | 是否收费 |\n|---|---|---|\n| 1 | a | 是 |\n| 2 | b | 否 |\n| 3 | c | Y |\n| 4 | d | N |\n| 5 | e | yes |\n| 6 | f | No |\n| 7 | g | |\n| 8 | h | 否 |\n";
    let (spec, _) = import_spec(page);
    let rows = all_rows(&spec);
    let billing: Vec<&str> = rows.iter().map(|row| row.billing.as_str()).collect();
    assert_eq!(
        billing,
        [
            "charged",
            "free",
            "charged",
            "free",
            "charged",
            "free",
            "unspecified",
            "free"
        ]
    );
}

#[test]
fn the_most_common_value_is_the_default_and_entries_say_where_they_differ() {
    let page = "| 返回码 | 含义 | 是否收费 |\n|---|---|---|\n| 0 | 成功 | 是 |\n| 1 | a | 否 |\n| 2 | b | 否 |\n| 3 | c | |\n";
    let (spec, imported) = import_spec(page);
    let defaults = spec.enums[0].defaults.as_ref().expect("a default billing");
    assert_eq!(defaults.billing.as_deref(), Some("free"));
    let written: Vec<Option<&str>> = spec.enums[0]
        .entries
        .iter()
        .map(|entry| entry.billing.as_deref())
        .collect();
    assert_eq!(written, [Some("charged"), None, None, Some("unspecified")]);
    assert!(
        imported
            .spec
            .contains("billing: free   # the billing most rows have"),
        "{}",
        imported.spec
    );
}

#[test]
fn without_a_billing_column_nothing_is_said() {
    let (spec, imported) = import_spec("| 错误码 | 含义 |\n|---|---|\n| 1 | a |\n");
    assert_eq!(all_rows(&spec)[0].billing, "unspecified");
    assert!(!imported.spec.contains("billing"), "{}", imported.spec);
}

#[test]
fn a_billing_cell_not_understood_is_unspecified_and_reported() {
    let page = "| 返回码 | 含义 | 是否收费 |\n|---|---|---|\n| 1 | a | 否 |\n| 2 | b | 视情况 |\n";
    let (spec, imported) = import_spec(page);
    assert_eq!(row(&all_rows(&spec), "2").billing, "unspecified");
    let finding = &imported.report.findings[0];
    assert_eq!((finding.line, finding.reason), (4, Reason::UnknownBilling));
    assert_eq!(
        imported.report.summary.rows_to_check,
        [(Reason::UnknownBilling, 1)]
    );
    assert_eq!(imported.report.summary.entries_written, 2);
}
