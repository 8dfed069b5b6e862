//! Code layouts: a code split into its right-aligned decimal fields.

use errcodes::__private::{layout, layout_field};
use errcodes::CodeLayout;

static LAYOUT: CodeLayout = layout(
    "A-BB-CCC",
    &[
        layout_field('A', "level", 1),
        layout_field('B', "module", 2),
        layout_field('C', "number", 3),
    ],
);

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
