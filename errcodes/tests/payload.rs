//! The values variants carry: `Unlisted<E>` (the catch-all's code, tied to its enum) and
//! `InRange<MIN, MAX>` (a range variant's code, inside its bounds by construction).

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use errcodes::__private::unlisted;
use errcodes::{InRange, Unlisted};

fn hash_of<T: Hash>(value: &T) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

/// A type that implements none of the traits `Unlisted` implements.
struct Bare;

#[test]
fn unlisted_needs_nothing_of_its_enum() {
    let (a, b): (Unlisted<Bare>, Unlisted<Bare>) = (unlisted(7), unlisted(-3));
    let copied = a;
    assert_eq!(a.code(), 7);
    assert_eq!(copied, a);
    assert_ne!(a, b);
    assert!(b < a);
    assert_eq!(hash_of(&a), hash_of(&unlisted::<Bare>(7)));
    assert_eq!(format!("{a:?} {b}"), "7 -3");
    assert_eq!(format!("{a:>4}|{a:<4}|"), "   7|7   |");
}

#[test]
fn in_range_holds_only_codes_in_its_bounds() {
    type Band = InRange<{ -5 }, 5>;
    assert_eq!(Band::new(-5).map(InRange::get), Some(-5));
    assert_eq!(Band::new(5).map(InRange::get), Some(5));
    assert_eq!(Band::new(6), None);
    assert_eq!(Band::new(-6), None);
    assert_eq!((Band::MIN, Band::MAX), (-5, 5));
    let extremes = InRange::<{ i64::MIN }, { i64::MAX }>::new(i64::MIN).unwrap();
    assert_eq!(extremes.get(), i64::MIN);
    let (low, high) = (Band::new(-1).unwrap(), Band::new(2).unwrap());
    assert!(low < high);
    assert_eq!(format!("{low:?}|{high:>3}"), "-1|  2");
    const { assert!(InRange::<0, 2>::new(1).is_some()) };
}
