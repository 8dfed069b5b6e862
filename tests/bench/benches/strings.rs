//! Looking up a known string code: the generated string enum against a `match` on `&str`,
//! `phf`, `HashMap<&str, u32>` and strum's `EnumString`, and against hashing the string
//! once with the hash errcodes uses (`hash_once`, the floor of any hash-table lookup).
//!
//! For every synthetic size (see `build.rs`), 1024 known codes (`Group.Name`, 20 to 40
//! bytes) in a fixed shuffled order per iteration; criterion's time per iteration divided
//! by 1024 is the time per lookup (`tests/bench/report.py`). The `match` and strum
//! baselines exist up to 3,000 codes, like the integer ones.

use std::collections::HashMap;
use std::hint::black_box;
use std::str::FromStr;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use errcodes_bench::{known_batch, BATCH};

include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));

/// The batch of known string codes of a catalog.
fn batch(codes: &'static [&'static str]) -> Vec<&'static str> {
    let ordinals: Vec<i64> = (0..codes.len())
        .map(|ordinal| i64::try_from(ordinal).unwrap())
        .collect();
    known_batch(&ordinals)
        .into_iter()
        .map(|ordinal| codes[usize::try_from(ordinal).unwrap()])
        .collect()
}

macro_rules! bench_size {
    ($c:ident, $s:ident, $n:expr, [$($baselines:ident),*]) => {{
        let codes = batch(&$s::STR_CODES);
        let map: HashMap<&'static str, u32> = $s::STR_CODES
            .iter()
            .enumerate()
            .map(|(ordinal, code)| (*code, u32::try_from(ordinal).unwrap()))
            .collect();
        // Every implementation finds every code.
        for code in &codes {
            assert!(!$s::StrSynthCode::from_code(code).is_unknown(), "{code}");
            assert!($s::str_phf_table::STR_MAP.get(code).is_some(), "{code}");
            assert!(map.get(code).is_some(), "{code}");
        }
        let seed = $s::StrSynthCode::__TABLE.hash.seed;
        let param = $n.to_string();
        let mut group = $c.benchmark_group("string_lookup");
        group.throughput(Throughput::Elements(BATCH as u64));
        group.bench_function(BenchmarkId::new("hash_once", &param), |b| {
            b.iter(|| {
                for code in &codes {
                    black_box(errcodes_core::hash::str_hash(black_box(code), seed));
                }
            });
        });
        group.bench_function(BenchmarkId::new("errcodes", &param), |b| {
            b.iter(|| {
                for code in &codes {
                    black_box($s::StrSynthCode::from_code(black_box(code)));
                }
            });
        });
        group.bench_function(BenchmarkId::new("phf", &param), |b| {
            b.iter(|| {
                for code in &codes {
                    black_box($s::str_phf_table::STR_MAP.get(black_box(code)).copied());
                }
            });
        });
        group.bench_function(BenchmarkId::new("hashmap", &param), |b| {
            b.iter(|| {
                for code in &codes {
                    black_box(map.get(black_box(code)).copied());
                }
            });
        });
        bench_size!(@baselines group, $s, param, codes, [$($baselines),*]);
        group.finish();
    }};
    (@baselines $group:ident, $s:ident, $param:ident, $codes:ident, [hand, num]) => {{
        for code in &$codes {
            assert!($s::str_hand::StrHandCode::from_code(code) != $s::str_hand::StrHandCode::Unknown);
            assert!($s::str_strum::StrumCode::from_str(code).is_ok());
        }
        $group.bench_function(BenchmarkId::new("match", &$param), |b| {
            b.iter(|| {
                for code in &$codes {
                    black_box($s::str_hand::StrHandCode::from_code(black_box(code)));
                }
            });
        });
        $group.bench_function(BenchmarkId::new("strum", &$param), |b| {
            b.iter(|| {
                for code in &$codes {
                    black_box($s::str_strum::StrumCode::from_str(black_box(code)).ok());
                }
            });
        });
    }};
    (@baselines $group:ident, $s:ident, $param:ident, $codes:ident, []) => {{}};
}

fn strings(c: &mut Criterion) {
    macro_rules! each {
        ($s:ident, $n:expr, [$($baselines:ident),*]) => {
            bench_size!(c, $s, $n, [$($baselines),*])
        };
    }
    for_each_size!(each);
}

criterion_group!(benches, strings);
criterion_main!(benches);
