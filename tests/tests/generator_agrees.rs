//! The generator (errcodes-codegen, at expansion time) and the runtime (errcodes, in the
//! generated code) must agree on where a code lives in an enum's hash table and on what a
//! row's flags byte means. Both take these facts from errcodes-core; these tests pin that
//! the two sides, as built, read each other's output.

use errcodes::__private::{Rows, Table};
use errcodes::{Billing, Retry};
use errcodes_codegen::lookup::HashTable;
use errcodes_core::{flags, Keyword};
use errcodes_tests::stress::StressCode;

fn leak<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}

/// Rows of `flags`, with every text empty.
fn rows(flags: Vec<u8>) -> &'static Rows {
    let count = flags.len();
    Box::leak(Box::new(Rows {
        messages: leak(vec!["m"; count]),
        messages_en: leak(vec![""; count]),
        vendor_en: leak(vec![""; count]),
        descriptions: leak(vec![""; count]),
        remedies: leak(vec![""; count]),
        as_written: leak(vec![""; count]),
        sections: leak(vec![u32::MAX; count]),
        flags: leak(flags),
        histories: &[],
        section_list: &[],
    }))
}

/// 30,000 distinct codes in the shapes of real catalogs, and the extremes.
fn sparse_codes() -> Vec<i64> {
    let mut codes: Vec<i64> = (-73..0).chain(0..18).chain(201..2019).collect();
    codes.extend((0..26_000).map(|i| 100_000 + i * 7));
    codes.extend((0..1_891).map(|i| 66_660_000 + i * 3));
    codes.extend([i64::MIN, i64::MAX, -1_000_000_007]);
    codes
}

#[test]
fn the_runtime_finds_every_code_where_the_generator_placed_it() {
    let codes = sparse_codes();
    let count = codes.len();
    let built = HashTable::build(&codes.iter().copied().map(Some).collect::<Vec<_>>());
    let table = Table {
        type_name: "Sparse",
        unknown: "Unknown",
        codes: leak(codes.clone()),
        names: leak(vec!["V"; count]),
        row_of: leak(vec![0; count]),
        rows: rows(vec![0]),
        slots: leak(built.slots.clone()),
        multiplier: built.multiplier,
        shift: built.shift,
        ranges: &[],
        by_name: &[],
    };
    for (ordinal, &code) in codes.iter().enumerate() {
        assert_eq!(table.find(code), ordinal, "code {code}");
    }
    for miss in [
        18,
        200,
        100_001,
        66_660_001,
        -74,
        i64::MIN + 1,
        i64::MAX - 1,
    ] {
        assert_eq!(table.find(miss), count, "code {miss}");
    }
}

#[test]
fn a_generated_enum_carries_the_table_the_generator_builds() {
    let table = StressCode::__TABLE;
    let hashed: Vec<Option<i64>> = StressCode::VARIANTS
        .iter()
        .map(|variant| variant.range().is_none().then(|| variant.code()))
        .collect();
    let built = HashTable::build(&hashed);
    assert_eq!(table.slots, built.slots.as_slice());
    assert_eq!(
        (table.multiplier, table.shift),
        (built.multiplier, built.shift)
    );
}

#[test]
fn the_runtime_reads_the_flags_the_generator_packs() {
    let mut expected = Vec::new();
    for &billing in Billing::ALL {
        for &retry in Retry::ALL {
            for success in [false, true] {
                expected.push((billing, retry, success));
            }
        }
    }
    let packed = expected
        .iter()
        .map(|&(billing, retry, success)| flags::pack(billing, retry, success))
        .collect();
    let rows = rows(packed);
    for (row, &(billing, retry, success)) in expected.iter().enumerate() {
        assert_eq!(rows.billing(Some(row)), billing);
        assert_eq!(rows.retry(Some(row)), retry);
        assert_eq!(rows.is_success(Some(row)), success);
    }
}
