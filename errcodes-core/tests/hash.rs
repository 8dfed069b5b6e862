//! The functions both sides of the perfect hash call: the code hash, the string hash (pinned),
//! the bucket and the slot, always inside the table, and the lookups over tables built by
//! hand.

use errcodes_core::hash::{bucket, code_hash, slot, PerfectHash, SLOT_MULTIPLIER};

#[test]
fn the_code_hash_multiplies_and_the_bucket_takes_the_top_bits() {
    assert_eq!(code_hash(7, 1), 7);
    assert_eq!(code_hash(-1, 1), u64::MAX);
    assert_eq!(code_hash(3, 5), 15);
    assert_eq!(code_hash(i64::MIN, 3), 1 << 63, "wrapping");
    assert_eq!(bucket(u64::MAX, 63), 1);
    assert_eq!(bucket(0x1234 << 48, 48), 0x1234);
    // Pilot 0: the top bits of hash * SLOT_MULTIPLIER; a pilot is exclusive-ored in first.
    assert_eq!(
        slot(1, 0, 60),
        usize::try_from(SLOT_MULTIPLIER >> 60).unwrap()
    );
    assert_eq!(slot(1, 3, 60), slot(2, 0, 60));
}

#[test]
fn buckets_and_slots_stay_inside_the_table() {
    let codes = [0, 1, -1, 2019, -73, 66_664_027, i64::MIN, i64::MAX];
    for bits in 1..=20 {
        let shift = 64 - bits;
        for multiplier in [1, 3, 0x9E37_79B9_7F4A_7C15, u64::MAX] {
            for code in codes {
                let hash = code_hash(code, multiplier);
                assert!(bucket(hash, shift) < 1 << bits);
                for pilot in [0, 1, 0x5A5A, u16::MAX] {
                    assert!(slot(hash, pilot, shift) < 1 << bits);
                }
            }
        }
    }
}

#[test]
fn find_compares_the_code_with_the_key_in_its_slot() {
    // Codes 7, -3, -4 by ordinal. Multiplier 1, two buckets (the sign bit), four slots,
    // pilot 0 in bucket 0 and 1 in bucket 1: 7 lands in slot 1, -3 in slot 2, -4 in slot 0;
    // the empty slot 3 holds 0, whose own slot is 0.
    let table = PerfectHash {
        seed: 1,
        bucket_shift: 63,
        slot_shift: 62,
        pilots: &[0, 1],
        keys: &[-4, 7, -3, 0],
        ordinals: &[2, 0, 1, 0],
    };
    assert_eq!(
        [table.slot_of(7), table.slot_of(-3), table.slot_of(-4)],
        [1, 2, 0]
    );
    assert_eq!(table.slot_of(0), 0);
    assert_eq!(table.find(7), Some(0));
    assert_eq!(table.find(-3), Some(1));
    assert_eq!(table.find(-4), Some(2));
    for stranger in [0, 1, -1, -5, 8, i64::MIN, i64::MAX] {
        assert_eq!(table.find(stranger), None, "code {stranger}");
    }
}

#[test]
fn the_string_hash_is_pinned() {
    use errcodes_core::hash::str_hash;
    // Generated tables store slots computed with this function: changing it silently would
    // break every crate built against an older expansion, so its values are fixed here.
    assert_eq!(str_hash("", 0), 0);
    assert_eq!(str_hash("InternalError", 0), PINNED[0]);
    assert_eq!(str_hash("AuthFailure.SignatureExpire", 1), PINNED[1]);
    assert_eq!(str_hash("认证失败", 42), PINNED[2]);
    assert_ne!(str_hash("A", 0), str_hash("B", 0));
    assert_ne!(str_hash("A", 0), str_hash("A", 1));
    // The tail counts: "A" and "A\0" differ, by the length as well as by the bytes.
    assert_ne!(str_hash("A", 0), str_hash("A\0", 0));
}

const PINNED: [u64; 3] = [
    0xBF35_5003_7827_4E5F,
    0x3134_A684_2D36_15C3,
    0x2A5A_90E4_3C85_EEC5,
];

#[test]
fn a_string_code_is_hashed_once_and_compared_once() {
    use errcodes_core::hash::str_hash;
    let codes = [
        "InternalError",
        "InternalError.DbError",
        "RequestLimitExceeded",
    ];
    // Two buckets, eight slots, pilot 0 everywhere, and the first seed that puts each code
    // in a slot of its own.
    let (bucket_shift, slot_shift) = (63, 61);
    let home_under = |seed: u64, code: &str| slot(str_hash(code, seed), 0, slot_shift);
    let seed = (0..64)
        .find(|&seed| {
            let homes: Vec<usize> = codes.iter().map(|code| home_under(seed, code)).collect();
            homes[0] != homes[1] && homes[1] != homes[2] && homes[0] != homes[2]
        })
        .unwrap();
    let home = |code: &str| home_under(seed, code);
    let mut keys = ["x"; 8];
    let mut ordinals = [0; 8];
    for (ordinal, code) in codes.iter().enumerate() {
        assert_eq!(keys[home(code)], "x", "{code} shares a slot");
        keys[home(code)] = code;
        ordinals[home(code)] = u32::try_from(ordinal).unwrap();
    }
    // Empty slots hold "x" unless "x" lives there; then "y" (which lives elsewhere).
    assert_ne!(home("x"), home("y"));
    if keys[home("x")] == "x" {
        keys[home("x")] = "y";
    }
    let table = PerfectHash {
        seed,
        bucket_shift,
        slot_shift,
        pilots: &[0, 0],
        keys: &keys,
        ordinals: &ordinals,
    };
    for (ordinal, code) in codes.iter().enumerate() {
        assert_eq!(table.slot_of(code), home(code));
        assert_eq!(table.find(code), Some(ordinal));
    }
    for stranger in ["InternalError.Other", "", "x", "y", "internalerror"] {
        assert_eq!(table.find(stranger), None, "{stranger:?}");
    }
}
