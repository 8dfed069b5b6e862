//! The hash table behind `From<i64>`, as the generator builds it: every code is found, a
//! miss stops at an empty slot, probe runs stay short, and building is deterministic.

use errcodes_codegen::lookup::HashTable;

/// The codes by ordinal as `HashTable::find` wants them (a `None` ordinal is never looked at).
fn by_ordinal(codes: &[Option<i64>]) -> Vec<i64> {
    codes.iter().map(|code| code.unwrap_or(0)).collect()
}

fn sparse_codes(count: i64) -> Vec<Option<i64>> {
    // The shapes of real catalogs: negatives, small, dense runs, big sparse blocks.
    let mut codes: Vec<i64> = (-73..0).chain(0..18).chain(201..2019).collect();
    codes.extend(
        (0..)
            .map(|i| 66_660_000 + i * 7)
            .take(usize::try_from(count).unwrap()),
    );
    codes.extend([i64::MIN, i64::MAX]);
    codes.into_iter().map(Some).collect()
}

#[test]
fn every_code_is_found_and_misses_stop() {
    let codes = sparse_codes(30_000);
    let table = HashTable::build(&codes);
    assert!(table.slots.len().is_power_of_two());
    assert!(table.slots.len() >= 2 * codes.len());
    let plain = by_ordinal(&codes);
    for (ordinal, code) in codes.iter().enumerate() {
        assert_eq!(table.find(code.unwrap(), &plain), Some(ordinal));
    }
    for miss in [1_000_000, -74, 66_660_001, i64::MIN + 1] {
        assert_eq!(table.find(miss, &plain), None);
    }
}

#[test]
fn missing_ordinals_are_skipped_and_empty_tables_work() {
    let codes = [Some(5), None, Some(9)];
    let table = HashTable::build(&codes);
    assert_eq!(table.find(9, &by_ordinal(&codes)), Some(2));
    assert_eq!(table.find(5, &by_ordinal(&codes)), Some(0));
    let empty = HashTable::build(&[None]);
    assert_eq!(empty.slots, vec![0, 0]);
    assert_eq!(empty.find(0, &[0]), None);
}

#[test]
fn probe_runs_stay_short_on_sequential_codes() {
    let codes: Vec<Option<i64>> = (0..3000).map(Some).collect();
    let table = HashTable::build(&codes);
    let mask = table.slots.len() - 1;
    let longest = codes
        .iter()
        .map(|code| {
            let code = code.unwrap();
            let home = table.home(code);
            (0..table.slots.len())
                .find(|run| codes[table.slots[(home + run) & mask] as usize - 1] == Some(code))
                .unwrap()
        })
        .max()
        .unwrap();
    assert!(longest <= 8, "longest probe run {longest}");
}

#[test]
fn building_is_deterministic() {
    let codes = sparse_codes(300);
    assert_eq!(HashTable::build(&codes), HashTable::build(&codes));
}
