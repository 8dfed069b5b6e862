//! Whole-catalog validation, on models built directly from the model types (no YAML, no
//! attributes): every rule, every problem reported, each on the right entry.

use errcodes_codegen::diagnostics::{Diagnostic, Diagnostics, Origin};
use errcodes_codegen::model::{
    Billing, BillingPeriod, Catalog, CodeKind, CodeSpace, Date, Layout, Meta, Row, RowDefaults,
    Section, Value, Variant, DEFAULT_CATCH_ALL,
};
use errcodes_codegen::validate;

fn row(message: &str) -> Row {
    Row {
        message: message.to_owned(),
        message_en: None,
        vendor_en: None,
        description: None,
        remedy: None,
        as_written: None,
        section: None,
        billing: RowDefaults::SPEC.billing,
        billing_history: Vec::new(),
        retry: RowDefaults::SPEC.retry,
        success: RowDefaults::SPEC.success,
        origin: Origin::root(),
    }
}

fn space(variants: &[(&str, Value)]) -> CodeSpace {
    CodeSpace {
        ident: "TestCode".to_owned(),
        doc: None,
        unknown: DEFAULT_CATCH_ALL.to_owned(),
        unknown_origin: Origin::root(),
        kind: CodeKind::Integer,
        separator: None,
        layout: None,
        sections: Vec::new(),
        rows: variants.iter().map(|_| row("message")).collect(),
        variants: variants
            .iter()
            .enumerate()
            .map(|(row, (ident, value))| Variant {
                ident: (*ident).to_owned(),
                value: value.clone(),
                row,
                alias_of: None,
                origin: Origin::root().index(row),
            })
            .collect(),
        origin: Origin::root(),
        complete: true,
    }
}

fn messages(spaces: Vec<CodeSpace>) -> Vec<String> {
    let catalog = Catalog {
        meta: Meta::default(),
        enums: spaces,
    };
    let mut diagnostics = Diagnostics::new();
    validate(&catalog, &mut diagnostics);
    diagnostics.iter().map(Diagnostic::text).collect()
}

fn range(min: i64, max: i64) -> Value {
    Value::Range { min, max }
}

#[test]
fn a_clean_space_has_no_problems() {
    let clean = space(&[
        ("Ok", Value::Code(0)),
        ("Low", range(1, 2)),
        ("Min", Value::Code(i64::MIN)),
        ("Max", Value::Code(i64::MAX)),
    ]);
    assert_eq!(messages(vec![clean]), Vec::<String>::new());
}

#[test]
fn reports_every_duplicate_code_on_the_later_entry_in_declaration_order() {
    let found = messages(vec![space(&[
        ("A", Value::Code(1)),
        ("B", Value::Code(1)),
        ("C", Value::Code(-73)),
        ("D", Value::Code(-73)),
    ])]);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found[0].starts_with("entry `B` (code 1): duplicate code 1: entry `A`"),
        "{found:?}"
    );
    assert!(
        found[1].starts_with("entry `D` (code -73): duplicate code -73: entry `C`"),
        "{found:?}"
    );
}

#[test]
fn reports_duplicates_inside_a_range_as_well_as_the_overlap() {
    let found = messages(vec![space(&[
        ("Span", range(0, 9)),
        ("One", Value::Code(1)),
        ("OneAgain", Value::Code(1)),
    ])]);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found[0].starts_with("entry `One`") && found[0].contains("code and range overlap"),
        "{found:?}"
    );
    assert!(
        found[1].starts_with("entry `OneAgain`") && found[1].contains("duplicate code 1"),
        "{found:?}"
    );
}

#[test]
fn incomplete_spaces_skip_checks_their_gaps_would_trip() {
    let mut gappy = space(&[]);
    gappy.ident = String::new();
    gappy.complete = false;
    assert_eq!(messages(vec![gappy]), Vec::<String>::new());
}

#[test]
fn aliases_are_named_as_aliases() {
    let mut with_alias = space(&[("Net", Value::Code(7)), ("NetAlt", Value::Code(7))]);
    with_alias.variants[1].alias_of = Some("Net".to_owned());
    let found = messages(vec![with_alias]);
    assert!(
        found[0].starts_with("alias `NetAlt` (code 7) of `Net`"),
        "{found:?}"
    );
}

#[test]
fn reports_overlapping_ranges_and_codes_inside_ranges() {
    let found = messages(vec![space(&[
        ("Low", range(0, 2)),
        ("High", range(2, 4)),
        ("Three", Value::Code(3)),
    ])]);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(
        found.iter().any(|m| m.contains("overlapping ranges")),
        "{found:?}"
    );
    assert!(
        found.iter().any(|m| m.contains("code and range overlap")),
        "{found:?}"
    );
}

#[test]
fn reports_empty_ranges() {
    let found = messages(vec![space(&[("Backwards", range(5, 1))])]);
    assert!(found[0].contains("range [5, 1] is empty"), "{found:?}");
}

#[test]
fn reports_bad_reserved_duplicate_and_catch_all_names() {
    let found = messages(vec![space(&[
        ("lower", Value::Code(1)),
        ("Self", Value::Code(2)),
        ("Same", Value::Code(3)),
        ("Same", Value::Code(4)),
        ("Unknown", Value::Code(5)),
    ])]);
    assert_eq!(found.len(), 4, "{found:?}");
    assert!(found[0].contains("not a valid variant name"));
    assert!(found[1].contains("reserved word"));
    assert!(found[2].contains("already used by entry `Same` (code 3)"));
    assert!(found[3].contains("catch-all"));
}

#[test]
fn reports_variants_named_like_items_of_the_generated_api() {
    let mut named = space(&[
        ("VARIANTS", Value::Code(1)),
        ("Err", Value::Code(2)),
        ("Variants", Value::Code(3)),
    ]);
    named.unknown = "VARIANTS".to_owned();
    let found = messages(vec![named]);
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found[0].contains("catch-all"), "{found:?}");
    assert!(found[1].contains("`VARIANTS` names an item of the generated API"));
    assert!(found[2].contains("`Err` names an item of the generated API"));
}

#[test]
fn reports_codes_outside_the_layout() {
    let mut laid_out = space(&[
        ("Fits", Value::Code(210_007)),
        ("Negative", Value::Code(-1)),
        ("TooLong", Value::Code(1_000_000)),
    ]);
    laid_out.layout = Some(Layout::parse("A-BB-CCC", &[]).unwrap());
    let found = messages(vec![laid_out]);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found
        .iter()
        .all(|m| m.contains("does not follow the layout `A-BB-CCC`")));
}

#[test]
fn reports_empty_messages_and_unordered_billing_history() {
    let mut bad = space(&[("Blank", Value::Code(1)), ("Billed", Value::Code(2))]);
    bad.rows[0].message = "  ".to_owned();
    let period = |text| BillingPeriod::new(Date::parse(text).unwrap(), Billing::Charged);
    bad.rows[1].billing_history = vec![period("2021-07-19"), period("2020-01-01")];
    let found = messages(vec![bad]);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].contains("`Blank`") && found[0].contains("message is empty"));
    assert!(found[1].contains("out of order"));
}

#[test]
fn reports_empty_enums_bad_enum_names_duplicate_enums_and_empty_sections() {
    let mut empty = space(&[]);
    empty.ident = "bad name".to_owned();
    empty.sections.push(Section {
        origin: Origin::root(),
        path: vec![String::new()],
        doc: None,
    });
    let found = messages(vec![
        space(&[("A", Value::Code(1))]),
        space(&[("A", Value::Code(1))]),
        empty,
    ]);
    assert!(
        found.iter().any(|m| m.contains("defined twice")),
        "{found:?}"
    );
    assert!(
        found.iter().any(|m| m.contains("not a valid enum name")),
        "{found:?}"
    );
    assert!(found.iter().any(|m| m.contains("no entries")), "{found:?}");
    assert!(found.iter().any(|m| m.contains("empty title")), "{found:?}");
}

#[test]
fn every_problem_is_kept_up_to_the_cap_and_counted_past_it() {
    let codes: Vec<(String, Value)> = (0..250)
        .map(|i| (format!("C{i}"), Value::Code(7)))
        .collect();
    let named: Vec<(&str, Value)> = codes
        .iter()
        .map(|(name, value)| (name.as_str(), value.clone()))
        .collect();
    let catalog = Catalog {
        meta: Meta::default(),
        enums: vec![space(&named)],
    };
    let mut diagnostics = Diagnostics::new();
    validate(&catalog, &mut diagnostics);
    assert_eq!(diagnostics.count(), 249);
    assert_eq!(
        diagnostics.iter().count(),
        errcodes_codegen::diagnostics::MAX_DIAGNOSTICS
    );
    assert_eq!(diagnostics.dropped(), 149);
}
