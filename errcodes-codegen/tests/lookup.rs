//! The perfect hash behind `From<i64>`, as the generator builds it: every code is found at
//! its ordinal, nothing else is found, the tables have the promised shape, the search is
//! bounded and falls back, and building is deterministic.

use std::collections::HashSet;

use errcodes_codegen::lookup::{Exhausted, HashTable, Limits};
use proptest::prelude::*;

/// The shapes of real catalogs: negatives, small codes, dense runs, sparse 8-digit blocks,
/// codes 2^32 apart, and the extremes.
fn catalog_codes(count: usize) -> Vec<i64> {
    let mut codes: Vec<i64> = (-73..0).chain(0..18).chain(201..2019).collect();
    codes.extend((0..).map(|i| 66_660_000 + i * 7).take(count));
    codes.extend((1..40).map(|i| i << 32));
    codes.extend([i64::MIN, i64::MAX, -1_000_000_007]);
    codes
}

fn build(codes: &[i64]) -> HashTable {
    HashTable::build(&codes.iter().copied().map(Some).collect::<Vec<_>>()).expect("placed")
}

/// Every code is found at its ordinal; its neighbours, the extremes and small codes (what
/// empty slots hold) are found only if listed.
fn check(codes: &[i64], table: &HashTable) {
    let listed: HashSet<i64> = codes.iter().copied().collect();
    for (ordinal, &code) in codes.iter().enumerate() {
        assert_eq!(table.find(code), Some(ordinal), "code {code}");
    }
    let neighbours = codes
        .iter()
        .flat_map(|&code| [code.wrapping_sub(1), code.wrapping_add(1)]);
    let others = [i64::MIN, i64::MAX, 0, 1, 2, 3, -1, 1 << 40];
    for code in neighbours.chain(others) {
        if !listed.contains(&code) {
            assert_eq!(table.find(code), None, "code {code}");
        }
    }
}

#[test]
fn every_code_is_found_and_nothing_else_at_every_size() {
    for count in [0, 300, 3_000, 30_000, 100_000] {
        let codes = catalog_codes(count);
        check(&codes, &build(&codes));
    }
    for codes in [
        vec![],
        vec![0],
        vec![7],
        vec![i64::MIN, i64::MAX],
        vec![0, 1],
    ] {
        check(&codes, &build(&codes));
    }
    let dense: Vec<i64> = (0..30_000).collect();
    check(&dense, &build(&dense));
    let strided: Vec<i64> = (0..3_000).map(|i| i * 1024).collect();
    check(&strided, &build(&strided));
}

#[test]
fn tables_are_powers_of_two_at_most_95_percent_full() {
    for count in [0, 1, 2, 300, 3_000, 30_000] {
        let codes: Vec<i64> = (0..count).map(|i| 100_000 + 7 * i).collect();
        let table = build(&codes);
        let slots = table.keys.len();
        assert!(slots.is_power_of_two() && slots >= 2, "{slots} slots");
        assert_eq!(table.ordinals.len(), slots);
        assert_eq!(slots, 1 << (64 - table.slot_shift));
        assert!(
            codes.len() * 100 <= slots * 95,
            "{} codes in {slots}",
            codes.len()
        );
        assert!(table.pilots.len().is_power_of_two() && table.pilots.len() >= 2);
        assert_eq!(table.pilots.len(), 1 << (64 - table.bucket_shift));
        assert_eq!(table.seed % 2, 1, "an odd multiplier");
    }
}

#[test]
fn empty_slots_hold_codes_that_hash_elsewhere() {
    let codes = catalog_codes(3_000);
    let table = build(&codes);
    let hash = table.as_perfect_hash();
    let placed: HashSet<usize> = codes.iter().map(|&code| hash.slot_of(code)).collect();
    assert_eq!(placed.len(), codes.len(), "one slot per code");
    let empty: Vec<usize> = (0..table.keys.len())
        .filter(|slot| !placed.contains(slot))
        .collect();
    assert!(!empty.is_empty());
    for slot in empty {
        assert_ne!(hash.slot_of(table.keys[slot]), slot, "slot {slot}");
    }
}

#[test]
fn missing_ordinals_are_skipped_and_a_repeated_code_keeps_its_first() {
    let table = HashTable::build(&[Some(5), None, Some(9), Some(5)]).expect("placed");
    assert_eq!(table.find(9), Some(2));
    assert_eq!(table.find(5), Some(0));
    assert_eq!(table.find(0), None);
    let empty = HashTable::build(&[None]).expect("placed");
    for code in [0, 1, 2, -1, i64::MIN] {
        assert_eq!(empty.find(code), None);
    }
}

#[test]
fn the_search_falls_back_then_gives_up() {
    let codes: Vec<Option<i64>> = catalog_codes(3_000).into_iter().map(Some).collect();
    // Two pilots per bucket: the first level's seeds fail, a roomier level succeeds.
    let tight = Limits {
        levels: 8,
        seeds_per_level: 2,
        pilots: 2,
    };
    let table = HashTable::build_with(&codes, &tight).expect("a later level places them");
    assert!(table.keys.len() > HashTable::build(&codes).expect("placed").keys.len());
    for (ordinal, code) in codes.iter().enumerate() {
        assert_eq!(table.find(code.unwrap()), Some(ordinal));
    }
    let hopeless = Limits {
        levels: 2,
        seeds_per_level: 3,
        pilots: 1,
    };
    assert_eq!(
        HashTable::build_with(&codes, &hopeless),
        Err(Exhausted { seeds: 6 })
    );
}

#[test]
fn string_codes_are_hashed_once_and_compared_once() {
    const WORDS: [&str; 6] = [
        "AuthFailure",
        "FailedOperation",
        "InvalidParameter",
        "LimitExceeded",
        "ResourceNotFound",
        "Token",
    ];
    for count in [0, 1, 2, 300, 3_000, 30_000] {
        let owned: Vec<String> = (0..count)
            .map(|k| format!("{}.{}{k}", WORDS[k % 6], WORDS[(k / 6) % 6]))
            .collect();
        let codes: Vec<Option<&str>> = owned.iter().map(|code| Some(code.as_str())).collect();
        let table = HashTable::build_str(&codes).expect("placed");
        assert!(count * 100 <= table.keys.len() * 95);
        for (ordinal, code) in owned.iter().enumerate() {
            assert_eq!(table.find(code), Some(ordinal), "{code}");
            // A prefix, an extension and a case change are other codes.
            let prefix = &code[..code.len() - 1];
            assert_eq!(
                table.find(prefix),
                owned.iter().position(|other| other == prefix)
            );
            assert_eq!(table.find(&format!("{code}.X")), None);
            assert_eq!(table.find(&code.to_lowercase()), None);
        }
        for stranger in ["", "0", "1", "InternalError"] {
            assert_eq!(table.find(stranger), None, "{stranger:?}");
        }
    }
    let repeated = HashTable::build_str(&[Some("A"), None, Some("B"), Some("A")]).expect("placed");
    assert_eq!(
        (repeated.find("A"), repeated.find("B"), repeated.find("C")),
        (Some(0), Some(2), None)
    );
    let codes: Vec<Option<&str>> = vec![Some("A.B"), Some("A")];
    assert_eq!(
        HashTable::build_str(&codes),
        HashTable::build_str(&codes),
        "deterministic"
    );
}

#[test]
fn building_is_deterministic() {
    let codes: Vec<Option<i64>> = catalog_codes(300).into_iter().map(Some).collect();
    assert_eq!(HashTable::build(&codes), HashTable::build(&codes));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_distinct_codes_are_placed(
        codes in prop::collection::hash_set(any::<i64>(), 0..600),
        probes in prop::collection::vec(any::<i64>(), 32),
    ) {
        let codes: Vec<i64> = codes.into_iter().collect();
        let table = build(&codes);
        for (ordinal, &code) in codes.iter().enumerate() {
            prop_assert_eq!(table.find(code), Some(ordinal));
        }
        for probe in probes {
            prop_assert_eq!(table.find(probe), codes.iter().position(|&code| code == probe));
        }
    }

    #[test]
    fn clustered_codes_are_placed(start in any::<i64>(), step in 1_i64..1_000, count in 0_usize..2_000) {
        let codes: Vec<i64> = (0..count)
            .map(|i| start.wrapping_add(step.wrapping_mul(i64::try_from(i).unwrap())))
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        check(&codes, &build(&codes));
    }
}

/// A named way of breaking a built table.
type Corruption = (&'static str, fn(&mut HashTable));

/// Every answer rests on the final compare, never on the guess: with the pilots or the seed
/// of a built table replaced, most codes land in another code's slot, and a lookup then says
/// "not listed" for them; it never answers with another code's ordinal. (A correct table
/// finds every code, `every_code_is_found_and_nothing_else_at_every_size`.)
#[test]
fn wrong_guesses_give_no_answer_never_a_wrong_one() {
    let codes = catalog_codes(3_000);
    let mut table = build(&codes);
    let listed: HashSet<i64> = codes.iter().copied().collect();
    let right_pilots = table.pilots.clone();
    let right_seed = table.seed;
    let corruptions: [Corruption; 3] = [
        ("pilots shifted by one", |table| {
            for pilot in &mut table.pilots {
                *pilot = pilot.wrapping_add(1);
            }
        }),
        ("pilots reversed", |table| table.pilots.reverse()),
        ("another seed", |table| {
            table.seed = table.seed.wrapping_add(2);
        }),
    ];
    for (corruption, corrupt) in corruptions {
        table.pilots.clone_from(&right_pilots);
        table.seed = right_seed;
        corrupt(&mut table);
        let mut misplaced = 0;
        for (ordinal, &code) in codes.iter().enumerate() {
            match table.find(code) {
                Some(found) => assert_eq!(found, ordinal, "{corruption}: code {code}"),
                None => misplaced += 1,
            }
        }
        assert!(
            misplaced > codes.len() / 2,
            "{corruption}: only {misplaced} of {} codes were misplaced, so the test forced too \
             few wrong guesses",
            codes.len()
        );
        let unlisted = codes
            .iter()
            .flat_map(|&code| [code.wrapping_sub(1), code.wrapping_add(1)])
            .filter(|code| !listed.contains(code));
        for code in unlisted {
            assert_eq!(table.find(code), None, "{corruption}: unlisted code {code}");
        }
    }
}
