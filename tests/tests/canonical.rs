//! Every value the public API can build is canonical: the value `from_code` gives for its
//! code. Property tests over values built every way there is (`from_code` of any `i64`,
//! the unit variants, `FromStr` of any name and code, range variants from `InRange::new`),
//! checking `E::from_code(v.code()) == v` and that `Eq`, `Hash` and `Ord` agree with
//! `code()`.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use errcodes::huiyan::{DeviceInfoLevel, WechatCode};
use errcodes::{ErrorCode, InRange};
use errcodes_tests::derived::{DerivedCode, DerivedRiskLevel};
use errcodes_tests::example::{DeviceRiskLevel, ExampleCode};
use errcodes_tests::extremes::Extremes;
use errcodes_tests::stress::StressCode;
use errcodes_tests::Complete;
use proptest::prelude::*;
use proptest::sample::select;

/// Builds a range variant directly from a code, as a user can: `InRange::new`.
type Direct<E> = fn(i64) -> Option<E>;

fn hash_of<T: Hash>(value: &T) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

/// Every listed code, the ends of every range, their neighbours, and the ends of `i64`.
fn interesting_codes<E: Complete>() -> Vec<i64> {
    let mut codes = vec![i64::MIN, -1, 0, 1, i64::MAX];
    for variant in E::VARIANTS {
        let (first, last) = variant
            .range()
            .map_or((*variant.code(), *variant.code()), |range| {
                (*range.start(), *range.end())
            });
        let middle = first / 2 + last / 2;
        codes.extend([
            first,
            middle,
            last,
            first.wrapping_sub(1),
            last.wrapping_add(1),
        ]);
    }
    codes
}

/// The names `FromStr` may be given: every variant's and the catch-all's.
fn names<E: Complete>() -> Vec<String> {
    let mut names: Vec<String> = E::VARIANTS.iter().map(|v| v.name().to_owned()).collect();
    let unknown = interesting_codes::<E>()
        .into_iter()
        .map(|code| code.wrapping_add(7919))
        .map(|code| E::from_code(&code))
        .find(ErrorCode::is_unknown)
        .expect("some code is not listed");
    names.push(unknown.name().to_owned());
    names
}

/// Values of `E` built every way the public API allows.
fn values<E: Complete>(direct: &'static [Direct<E>]) -> BoxedStrategy<E> {
    let code = prop_oneof![select(interesting_codes::<E>()), any::<i64>()].boxed();
    let from_code = code.clone().prop_map(|code| E::from_code(&code)).boxed();
    let variant = select(E::VARIANTS.to_vec()).boxed();
    let parsed = (select(names::<E>()), code.clone(), any::<bool>())
        .prop_filter_map("names no value", |(name, code, bare)| {
            let text = if bare {
                name
            } else {
                format!("{name}({code})")
            };
            text.parse::<E>().ok()
        })
        .boxed();
    if direct.is_empty() {
        prop_oneof![from_code, variant, parsed].boxed()
    } else {
        // What each builder makes of the interesting codes (`InRange::new` refuses the
        // codes outside its range, which its own tests check).
        let built: Vec<E> = interesting_codes::<E>()
            .into_iter()
            .flat_map(|code| direct.iter().filter_map(move |build| build(code)))
            .collect();
        let built = select(built).boxed();
        prop_oneof![from_code, variant, parsed, built].boxed()
    }
}

fn check<E: Complete>(a: E, b: E) -> Result<(), TestCaseError> {
    prop_assert_eq!(E::from_code(a.code()), a);
    prop_assert_eq!(a == b, a.code() == b.code(), "{:?} {:?}", a, b);
    if a == b {
        prop_assert_eq!(hash_of(&a), hash_of(&b));
    }
    prop_assert_eq!(a.cmp(&b), a.code().cmp(b.code()));
    prop_assert_eq!(a.partial_cmp(&b), Some(a.code().cmp(b.code())));
    prop_assert_eq!(format!("{a:?}").parse::<E>(), Ok(a));
    Ok(())
}

macro_rules! canonical {
    ($($test:ident: $ty:ty = [$($direct:expr),* $(,)?]),* $(,)?) => {
        $(
            proptest! {
                #![proptest_config(ProptestConfig::with_cases(1024))]
                #[test]
                fn $test((a, b) in {
                    static DIRECT: &[Direct<$ty>] = &[$($direct),*];
                    (values::<$ty>(DIRECT), values::<$ty>(DIRECT))
                }) {
                    check(a, b)?;
                }
            }
        )*
    };
}

canonical! {
    example_code: ExampleCode = [],
    example_level: DeviceRiskLevel = [
        |code| InRange::new(code).map(DeviceRiskLevel::LowRisk),
        |code| InRange::new(code).map(DeviceRiskLevel::HighRisk),
    ],
    derived_code: DerivedCode = [],
    derived_level: DerivedRiskLevel = [
        |code| InRange::new(code).map(DerivedRiskLevel::LowRisk),
        |code| InRange::new(code).map(DerivedRiskLevel::HighRisk),
    ],
    shipped_code: WechatCode = [],
    shipped_level: DeviceInfoLevel = [],
    extremes: Extremes = [
        |code| InRange::new(code).map(Extremes::Around),
        |code| InRange::new(code).map(Extremes::Edge),
        |code| InRange::new(code).map(Extremes::Bottom),
        |code| InRange::new(code).map(Extremes::Negatives),
    ],
    stress: StressCode = [|code| InRange::new(code).map(StressCode::Band)],
}

#[test]
fn text_that_names_another_variants_code_does_not_parse() {
    // 0 is `Success`, 66664029 `NetworkUnstableAlt`: neither is unknown.
    for text in [
        "Unknown(0)",
        "Unknown(66664029)",
        "Success(0)",
        "Success(1)",
    ] {
        assert!(text.parse::<ExampleCode>().is_err(), "{text}");
    }
    // 3 is `HighRisk`, 9 is no level at all.
    for text in ["LowRisk(3)", "LowRisk(9)", "HighRisk(2)", "Unknown(3)"] {
        assert!(text.parse::<DeviceRiskLevel>().is_err(), "{text}");
    }
    assert_eq!("Unknown(9)".parse(), Ok(DeviceRiskLevel::from_code(9)));
}
