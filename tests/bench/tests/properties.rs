//! The generated synthetic enums: small, and `From<i64>` round-trips for every code.

use errcodes_bench::unknown_batch;

include!(concat!(env!("OUT_DIR"), "/errcodes_catalogs.rs"));

macro_rules! check_size {
    ($s:ident, $n:expr) => {{
        use $s::SynthCode;
        assert!(
            std::mem::size_of::<SynthCode>() <= 16,
            "size_of::<SynthCode>() at {} codes is {} bytes",
            $n,
            std::mem::size_of::<SynthCode>()
        );
        assert_eq!($s::CODES.len(), $n);
        assert_eq!(SynthCode::VARIANTS.len(), $n);
        for (ordinal, (&code, &message)) in $s::CODES.iter().zip(&$s::MESSAGES).enumerate() {
            let value = SynthCode::from(code);
            assert!(!value.is_unknown(), "{code} decoded as unknown");
            assert_eq!(value, SynthCode::VARIANTS[ordinal], "{code}");
            assert_eq!(i64::from(value), code);
            assert_eq!(value.message(), message);
            assert_eq!(value.to_string(), message);
        }
        for code in unknown_batch(&$s::CODES) {
            let value = SynthCode::from(code);
            assert!(value.is_unknown(), "{code} should be unknown");
            assert_eq!(i64::from(value), code);
        }
    }};
}

#[test]
fn generated_enums_are_small_and_round_trip() {
    for_each_size!(check_size);
}
