//! The generator (errcodes-codegen, at expansion time) and the runtime (errcodes, in the
//! generated code) must agree on where a code lives in an enum's perfect hash and on what a
//! row's flags byte means. Both take these facts from errcodes-core; these tests pin that
//! the two sides, as built, read each other's output.

use errcodes::__private::{PerfectHash, Rows, Table};
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
    let built =
        HashTable::build(&codes.iter().copied().map(Some).collect::<Vec<_>>()).expect("placed");
    let table = Table {
        type_name: "Sparse",
        unknown: "Unknown",
        codes: leak(codes.clone()),
        names: leak(vec!["V"; count]),
        row_of: leak(vec![0; count]),
        rows: rows(vec![0]),
        hash: PerfectHash {
            seed: built.seed,
            bucket_shift: built.bucket_shift,
            slot_shift: built.slot_shift,
            pilots: leak(built.pilots.clone()),
            keys: leak(built.keys.clone()),
            ordinals: leak(built.ordinals.clone()),
        },
        ranges: &[],
        by_name: &[],
    };
    for (ordinal, &code) in codes.iter().enumerate() {
        assert_eq!(table.find(code), ordinal, "code {code}");
    }
    let listed: std::collections::HashSet<i64> = codes.iter().copied().collect();
    let neighbours = codes
        .iter()
        .flat_map(|&code| [code.wrapping_sub(1), code.wrapping_add(1)]);
    // What empty slots hold (small codes) and the extremes, beside every code's neighbours.
    let others = [0, 1, 2, 3, i64::MIN + 1, i64::MAX - 1, 1 << 40, -(1 << 40)];
    for miss in neighbours
        .chain(others)
        .filter(|code| !listed.contains(code))
    {
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
    let built = HashTable::build(&hashed).expect("placed");
    let hash = table.hash;
    assert_eq!(hash.pilots, built.pilots.as_slice());
    assert_eq!(hash.keys, built.keys.as_slice());
    assert_eq!(hash.ordinals, built.ordinals.as_slice());
    assert_eq!(
        (hash.seed, hash.bucket_shift, hash.slot_shift),
        (built.seed, built.bucket_shift, built.slot_shift)
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
