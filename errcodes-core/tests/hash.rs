//! The slot function: the top bits of `code * multiplier`, always inside the table.

use errcodes_core::hash::slot;

#[test]
fn takes_the_top_bits_of_the_product() {
    // Multiplier 1: the slot is the code's own top bits.
    assert_eq!(slot(7, 1, 62), 0);
    assert_eq!(slot(-3, 1, 62), 3);
    assert_eq!(slot(i64::MIN, 1, 63), 1);
    assert_eq!(slot(0x10, 1 << 60, 62), 0);
    assert_eq!(slot(1, 0x9E37_79B9_7F4A_7C15, 60), 0x9);
}

#[test]
fn stays_below_the_table_length() {
    let codes = [0, 1, -1, 2019, -73, 66_664_027, i64::MIN, i64::MAX];
    for bits in 1..=20 {
        let shift = 64 - bits;
        for multiplier in [1, 3, 0x9E37_79B9_7F4A_7C15, u64::MAX] {
            for code in codes {
                assert!(slot(code, multiplier, shift) < 1 << bits);
            }
        }
    }
}

#[test]
fn find_walks_from_the_slot_to_the_code_or_an_empty_slot() {
    use errcodes_core::hash::find;
    // Codes 7, -3, -4 by ordinal; multiplier 1 and shift 62 make the slot a code's top two
    // bits: 7 sits in slot 0, -3 in slot 3, and -4 wraps around past the taken slot 0 to 1.
    let codes = [7, -3, -4];
    let slots = [1, 3, 0, 2];
    assert_eq!(find(&slots, &codes, 1, 62, 7), Some(0));
    assert_eq!(find(&slots, &codes, 1, 62, -3), Some(1));
    assert_eq!(find(&slots, &codes, 1, 62, -4), Some(2));
    assert_eq!(find(&slots, &codes, 1, 62, -5), None);
    assert_eq!(find(&slots, &codes, 1, 62, 8), None);
    assert_eq!(find(&[0, 0], &[], 1, 63, 0), None);
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
fn find_str_walks_from_the_string_slot() {
    use errcodes_core::hash::{find_str, str_slot};
    let codes = [
        "InternalError",
        "InternalError.DbError",
        "RequestLimitExceeded",
    ];
    let shift = 61; // 8 slots
    let mut slots = [0_u32; 8];
    for (ordinal, code) in codes.iter().enumerate() {
        let mut index = str_slot(code, 7, shift);
        while slots[index & 7] != 0 {
            index += 1;
        }
        slots[index & 7] = u32::try_from(ordinal + 1).unwrap();
    }
    for (ordinal, code) in codes.iter().enumerate() {
        assert_eq!(find_str(&slots, &codes, 7, shift, code), Some(ordinal));
    }
    assert_eq!(
        find_str(&slots, &codes, 7, shift, "InternalError.Other"),
        None
    );
    assert_eq!(find_str(&slots, &codes, 7, shift, ""), None);
    assert!((0..8).all(|seed| str_slot("x", seed, shift) < 8));
}
