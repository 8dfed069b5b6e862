//! The support module generated code calls (`errcodes::__private`): the perfect-hash
//! lookup, the row arrays and their flags, and name parsing.

use errcodes::__private::{self, PerfectHash, RangeSlot, Rows, Table, UNKNOWN_MESSAGE};
use errcodes::{Billing, BillingPeriod, Date, Retry, Section};

static SECTIONS: [Section; 1] = [__private::section(&["A", "B"], None)];
static HISTORY: [BillingPeriod; 1] = [__private::billing_period(2021, 7, 19, 0)];

// Row 0: "m", free, transient; row 1: "n" with every text, charged, success, in a
// section, with a billing history.
static ROWS: Rows = Rows {
    messages: &["m", "n"],
    messages_en: &["", "en"],
    vendor_en: &["", "vendor"],
    descriptions: &["", "why"],
    remedies: &["", "fix"],
    as_written: &["", "1/2"],
    sections: &[u32::MAX, 0],
    flags: &[0b0000_0101, 0b0010_0000],
    histories: &[(1, &HISTORY)],
    section_list: &SECTIONS,
};

// Codes 7, -3, range 10..=12, -4 by ordinal. With multiplier 1, two buckets (the sign bit)
// and four slots, pilot 0 in both buckets puts 7 in slot 1, -3 in slot 0 and -4 in slot 2;
// the empty slot 3 holds 0, whose own slot is 0.
static TABLE: Table = Table {
    type_name: "T",
    unknown: "Unknown",
    codes: &[7, -3, 10, -4],
    names: &["Seven", "MinusThree", "Teens", "MinusFour"],
    row_of: &[0, 0, 0, 1],
    rows: &ROWS,
    hash: PerfectHash {
        seed: 1,
        bucket_shift: 63,
        slot_shift: 62,
        pilots: &[0, 0],
        keys: &[-3, 7, -4, 0],
        ordinals: &[1, 0, 3, 0],
    },
    ranges: &[RangeSlot {
        min: 10,
        max: 12,
        ordinal: 2,
    }],
    by_name: &[3, 1, 0, 2],
};

#[test]
fn finds_codes_through_the_perfect_hash_then_the_ranges() {
    assert_eq!(TABLE.find(7), 0);
    assert_eq!(TABLE.find(-3), 1);
    assert_eq!(TABLE.find(-4), 3);
    assert_eq!(TABLE.find(-5), 4, "unknown: the catch-all's ordinal");
    assert_eq!(
        TABLE.find(0),
        4,
        "the code an empty slot holds is not listed"
    );
    assert_eq!(TABLE.find(11), 2);
    assert_eq!(TABLE.find(13), 4);
    assert_eq!(TABLE.row(3), Some(1));
    assert_eq!(TABLE.row(4), None);
    assert_eq!(TABLE.name(4), "Unknown");
}

#[test]
fn rows_decode_their_flags_and_empty_texts() {
    let (plain, full) = (Some(0), Some(1));
    assert_eq!(ROWS.billing(plain), Billing::Free);
    assert_eq!(ROWS.retry(plain), Retry::Transient);
    assert_eq!(ROWS.message_en(plain), None);
    assert_eq!(ROWS.section(plain), None);
    assert!(ROWS.billing_history(plain).is_empty());
    let entry = ROWS.entry(full).unwrap();
    assert_eq!(
        (entry.message, entry.message_en, entry.vendor_en),
        ("n", Some("en"), Some("vendor"))
    );
    assert_eq!(
        (entry.description, entry.remedy, entry.as_written),
        (Some("why"), Some("fix"), Some("1/2"))
    );
    assert_eq!(entry.section.map(|s| s.path), Some(&["A", "B"][..]));
    assert_eq!(
        (entry.billing, entry.retry, entry.success),
        (Billing::Charged, Retry::Never, true)
    );
    assert_eq!(
        ROWS.billing_on(full, Date::new(2020, 1, 1).unwrap()),
        Billing::Charged
    );
    assert_eq!(ROWS.entry(None), None);
    assert_eq!(ROWS.message(None), UNKNOWN_MESSAGE);
    assert_eq!(ROWS.billing(None), Billing::Unspecified);
}

#[test]
fn parses_names_and_only_the_codes_their_variants_hold() {
    assert_eq!(TABLE.parse("Seven"), Ok((0, 7)));
    assert_eq!(TABLE.parse("Teens"), Ok((2, 10)));
    assert_eq!(TABLE.parse("Teens(11)"), Ok((2, 11)));
    assert_eq!(TABLE.parse("Unknown(-9)"), Ok((4, -9)));
    for bad in [
        "Teens(13)",
        "Unknown(7)",
        "Unknown(11)",
        "Seven(7)",
        "Unknown",
        "Nope",
        "Teens(x)",
        "",
    ] {
        assert!(TABLE.parse(bad).is_err(), "{bad}");
    }
}
