//! Code layouts: a code split into its right-aligned decimal fields.

use errcodes::{CodeLayout, LayoutField};

static LAYOUT: CodeLayout = CodeLayout {
    pattern: "A-BB-CCC",
    fields: &[
        LayoutField {
            letter: 'A',
            name: "level",
            digits: 1,
        },
        LayoutField {
            letter: 'B',
            name: "module",
            digits: 2,
        },
        LayoutField {
            letter: 'C',
            name: "number",
            digits: 3,
        },
    ],
};

#[test]
fn splits_codes_right_aligned() {
    let parts = LAYOUT.parts(210_007).unwrap();
    assert_eq!(parts.get("level"), Some(2));
    assert_eq!(parts.get("module"), Some(10));
    assert_eq!(parts.get("C"), Some(7));
    assert_eq!(parts.get("nope"), None);
    let values: Vec<i64> = LAYOUT
        .parts(10_000)
        .unwrap()
        .iter()
        .map(|(_, v)| v)
        .collect();
    assert_eq!(values, [0, 10, 0]);
    assert!(LAYOUT.parts(1_000_000).is_none());
    assert!(LAYOUT.parts(-5).is_none());
}
