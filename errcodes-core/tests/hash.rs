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
