//! Runtime paths of a generated errcodes enum against baselines, in one harness.
//!
//! For every synthetic size (see `build.rs`, `ERRCODES_BENCH_SIZES`) and implementation:
//!
//! - `from_i64_known_cold`: `From<i64>` over 65,536 known codes drawn at random from the
//!   whole catalog, so a big table does not stay in L1;
//! - `from_i64_known_hot`: the same over 8 known codes repeated in a fixed cycle;
//! - `from_i64_unknown_cold`, `from_i64_unknown_hot`: the same over codes the catalog does
//!   not list (half neighbours of listed codes, half random `i64`s);
//! - `message`: the message of 1024 already-decoded values;
//! - `display`: `write!` of each value into one reused `String` (cleared each time).
//!
//! Throughput is the batch length (65,536 or 1024 elements per iteration), so criterion's
//! per-iteration time divided by it is the time per operation; `tests/bench/report.py`
//! prints that table. The lookup groups also hold two floors: `floor_identity` (the loop
//! and `black_box` alone) and `floor` (one multiplicative hash and one load from a
//! power-of-two table as long as the catalog's, rounded up: the least any hash lookup does).
//!
//! Implementations: `errcodes` (the generated enum), `match` (hand-written `match` both
//! ways), `num_enum` (`TryFromPrimitive` + strum `EnumMessage`), `phf` (`phf::Map<i64, u32>`),
//! `hashmap` (`std::collections::HashMap<i64, u32>`, SipHash) and `sorted` (binary search
//! over the sorted codes). The last three map a code to an ordinal into a message array.

use std::collections::HashMap;
use std::fmt::{Display, Write as _};
use std::hint::black_box;
use std::marker::PhantomData;

use criterion::measurement::WallTime;
use criterion::{
    criterion_group, criterion_main, BenchmarkGroup, BenchmarkId, Criterion, Throughput,
};
use errcodes_bench::{known_batch, known_cold, known_hot, unknown_cold, unknown_hot, BATCH};

include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));

/// Which path a benchmark measures.
#[derive(Clone, Copy)]
enum Kind {
    /// `From<i64>` over one of the lookup batches of [`Batches`].
    Lookup(fn(&Batches) -> &[i64]),
    Message,
    Display,
}

const KINDS: [(Kind, &str); 6] = [
    (Kind::Lookup(|b| &b.known_cold), "from_i64_known_cold"),
    (Kind::Lookup(|b| &b.known_hot), "from_i64_known_hot"),
    (Kind::Lookup(|b| &b.unknown_cold), "from_i64_unknown_cold"),
    (Kind::Lookup(|b| &b.unknown_hot), "from_i64_unknown_hot"),
    (Kind::Message, "message"),
    (Kind::Display, "display"),
];

/// The inputs of one catalog.
struct Batches {
    known_cold: Vec<i64>,
    known_hot: Vec<i64>,
    unknown_cold: Vec<i64>,
    unknown_hot: Vec<i64>,
    /// `BATCH` known codes, every code once before any repeats: the values of `message`
    /// and `display`.
    known: Vec<i64>,
}

impl Batches {
    fn new(codes: &[i64]) -> Self {
        Batches {
            known_cold: known_cold(codes),
            known_hot: known_hot(codes),
            unknown_cold: unknown_cold(codes),
            unknown_hot: unknown_hot(codes),
            known: known_batch(codes),
        }
    }
}

/// One implementation of one catalog.
trait Subject {
    fn name(&self) -> &'static str;
    /// Runs the benchmark of `kind` over the catalog's inputs.
    fn bench(
        &self,
        kind: Kind,
        group: &mut BenchmarkGroup<'_, WallTime>,
        id: BenchmarkId,
        batches: &Batches,
    );
    /// Panics unless every code decodes to its message and every unknown code is unknown.
    fn check(&self, codes: &[i64], messages: &[&str], unknown: &[i64]);
}

/// `lookup` is the measured `From<i64>`-like call (returning `R`), `known` decodes a code
/// known to be listed into the value type `T`, `message` reads `T`'s message, `hit` tells
/// whether a lookup found the code.
struct Impl<R, T, L, K, M, H> {
    name: &'static str,
    lookup: L,
    known: K,
    message: M,
    hit: H,
    types: PhantomData<fn() -> (R, T)>,
}

impl<R, T, L, K, M, H> Subject for Impl<R, T, L, K, M, H>
where
    T: Copy + Display,
    L: Fn(i64) -> R,
    K: Fn(i64) -> T,
    M: Fn(T) -> &'static str,
    H: Fn(&R) -> bool,
{
    fn name(&self) -> &'static str {
        self.name
    }

    fn bench(
        &self,
        kind: Kind,
        group: &mut BenchmarkGroup<'_, WallTime>,
        id: BenchmarkId,
        batches: &Batches,
    ) {
        let known = &batches.known;
        match kind {
            Kind::Lookup(batch) => {
                let batch = batch(batches);
                group.bench_function(id, |b| {
                    b.iter(|| {
                        for &code in batch {
                            black_box((self.lookup)(code));
                        }
                    });
                });
            }
            Kind::Message => {
                let values: Vec<T> = known.iter().map(|&code| (self.known)(code)).collect();
                group.bench_function(id, |b| {
                    b.iter(|| {
                        for &value in &values {
                            black_box((self.message)(value));
                        }
                    });
                });
            }
            Kind::Display => {
                let values: Vec<T> = known.iter().map(|&code| (self.known)(code)).collect();
                let mut text = String::with_capacity(256);
                group.bench_function(id, |b| {
                    b.iter(|| {
                        for value in &values {
                            text.clear();
                            write!(text, "{value}").unwrap();
                            black_box(text.as_str());
                        }
                    });
                });
            }
        }
    }

    fn check(&self, codes: &[i64], messages: &[&str], unknown: &[i64]) {
        for (&code, &message) in codes.iter().zip(messages) {
            assert!(
                (self.hit)(&(self.lookup)(code)),
                "{}: {code} not found",
                self.name
            );
            let value = (self.known)(code);
            assert_eq!(
                (self.message)(value),
                message,
                "{}: message of {code}",
                self.name
            );
            assert_eq!(
                value.to_string(),
                message,
                "{}: Display of {code}",
                self.name
            );
        }
        for &code in unknown {
            assert!(
                !(self.hit)(&(self.lookup)(code)),
                "{}: {code} should be unknown",
                self.name
            );
        }
    }
}

fn subject<R, T, L, K, M, H>(
    name: &'static str,
    lookup: L,
    known: K,
    message: M,
    hit: H,
) -> Box<dyn Subject>
where
    R: 'static,
    T: Copy + Display + 'static,
    L: Fn(i64) -> R + 'static,
    K: Fn(i64) -> T + 'static,
    M: Fn(T) -> &'static str + 'static,
    H: Fn(&R) -> bool + 'static,
{
    Box::new(Impl {
        name,
        lookup,
        known,
        message,
        hit,
        types: PhantomData,
    })
}

/// One catalog size with every implementation built for it.
struct Catalog {
    /// The size of a synthetic catalog, or the name of a shipped one.
    param: String,
    batches: Batches,
    /// The message of each code of `batches.known`, for the floors of the display group.
    known_messages: Vec<&'static str>,
    /// The `floor` lookup: a hash and a load from a table of the catalog's size.
    floor: Box<dyn Floor>,
    subjects: Vec<Box<dyn Subject>>,
}

/// The baselines that are not generated at every size.
macro_rules! extra_subjects {
    ($subjects:ident, $s:ident, hand) => {
        $subjects.push(subject(
            "match",
            $s::hand::HandCode::from,
            $s::hand::HandCode::from,
            $s::hand::HandCode::message,
            |code: &$s::hand::HandCode| !matches!(code, $s::hand::HandCode::Unknown(_)),
        ));
    };
    ($subjects:ident, $s:ident, num) => {
        $subjects.push(subject(
            "num_enum",
            $s::num::NumCode::try_from,
            |code: i64| $s::num::NumCode::try_from(code).unwrap(),
            |code: $s::num::NumCode| ::strum::EnumMessage::get_message(&code).unwrap_or(""),
            |result: &Result<$s::num::NumCode, _>| result.is_ok(),
        ));
    };
}

macro_rules! catalog {
    ($catalogs:ident, $s:ident, $n:expr, [$($extra:ident),*]) => {{
        // Leaked once per run so the HashMap lives as long as the closures that read it.
        let map: &'static HashMap<i64, u32> = Box::leak(Box::new(
            $s::CODES.iter().enumerate().map(|(ordinal, &code)| (code, u32::try_from(ordinal).unwrap())).collect(),
        ));
        let table_hit = |code: &$s::TableCode| matches!(code, $s::TableCode::Known(_));
        let phf_lookup = |code: i64| match $s::phf_table::MAP.get(&code) {
            Some(&ordinal) => $s::TableCode::Known(ordinal),
            None => $s::TableCode::Unknown(code),
        };
        let map_lookup = move |code: i64| match map.get(&code) {
            Some(&ordinal) => $s::TableCode::Known(ordinal),
            None => $s::TableCode::Unknown(code),
        };
        let mut subjects: Vec<Box<dyn Subject>> = vec![subject(
            "errcodes",
            $s::SynthCode::from,
            $s::SynthCode::from,
            |code: $s::SynthCode| code.message(),
            |code: &$s::SynthCode| !code.is_unknown(),
        )];
        $( extra_subjects!(subjects, $s, $extra); )*
        subjects.push(subject("phf", phf_lookup, phf_lookup, $s::TableCode::message, table_hit));
        subjects.push(subject("hashmap", map_lookup, map_lookup, $s::TableCode::message, table_hit));
        subjects.push(subject("sorted", $s::sorted_lookup, $s::sorted_lookup, $s::TableCode::message, table_hit));
        let batches = Batches::new(&$s::CODES);
        for subject in &subjects {
            subject.check(&$s::CODES, &$s::MESSAGES, &batches.unknown_cold);
        }
        let known_messages = batches.known.iter().map(|&code| $s::sorted_lookup(code).message()).collect();
        let floor = floor($s::floor_lookup);
        $catalogs.push(Catalog { param: $n.to_string(), batches, known_messages, floor, subjects });
    }};
}

/// What any `Display` into a reused `String` costs before finding the message: the same
/// messages, already resolved to `&'static str`, written with `write!("{}")` (which goes
/// through `Formatter::pad`, like errcodes) and with `String::push_str` (no formatting).
fn display_floors(group: &mut BenchmarkGroup<'_, WallTime>, catalog: &Catalog) {
    let mut text = String::with_capacity(256);
    group.bench_function(BenchmarkId::new("floor_write_str", &catalog.param), |b| {
        b.iter(|| {
            for &message in &catalog.known_messages {
                text.clear();
                write!(text, "{message}").unwrap();
                black_box(text.as_str());
            }
        });
    });
    group.bench_function(BenchmarkId::new("floor_push_str", &catalog.param), |b| {
        b.iter(|| {
            for &message in &catalog.known_messages {
                text.clear();
                text.push_str(black_box(message));
                black_box(text.as_str());
            }
        });
    });
}

/// The floors of a lookup group over `batch`: `floor_identity`, the harness's own cost per
/// code (the loop and `black_box` of the code, no lookup), and `floor`, one multiplicative
/// hash and one load.
fn lookup_floors(group: &mut BenchmarkGroup<'_, WallTime>, catalog: &Catalog, batch: &[i64]) {
    group.bench_function(BenchmarkId::new("floor_identity", &catalog.param), |b| {
        b.iter(|| {
            for &code in batch {
                black_box(code);
            }
        });
    });
    let id = BenchmarkId::new("floor", &catalog.param);
    catalog.floor.bench(group, id, batch);
}

/// The `floor` lookup of one catalog. A trait object whose `bench` is generic over the
/// lookup, so the lookup is inlined into the measured loop as every subject's is.
trait Floor {
    fn bench(&self, group: &mut BenchmarkGroup<'_, WallTime>, id: BenchmarkId, batch: &[i64]);
}

struct FloorOf<F>(F);

impl<F: Fn(i64) -> u32> Floor for FloorOf<F> {
    fn bench(&self, group: &mut BenchmarkGroup<'_, WallTime>, id: BenchmarkId, batch: &[i64]) {
        group.bench_function(id, |b| {
            b.iter(|| {
                for &code in batch {
                    black_box((self.0)(code));
                }
            });
        });
    }
}

fn floor(lookup: impl Fn(i64) -> u32 + 'static) -> Box<dyn Floor> {
    Box::new(FloorOf(lookup))
}

/// `floor_lookup` of the synthetic catalogs for a shipped one: a table of `SLOTS` slots (a
/// power of two), leaked so that it lives as long as the closure; its length is a constant,
/// so the index needs no bounds check.
fn floor_of<const SLOTS: usize>() -> Box<dyn Floor> {
    let shift = 64 - SLOTS.trailing_zeros();
    let slots: &'static [u32; SLOTS] = Box::leak(Box::new(std::array::from_fn(|slot| {
        u32::try_from(slot).unwrap()
    })));
    floor(move |code: i64| {
        slots[usize::try_from(code.cast_unsigned().wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift)
            .unwrap()]
    })
}

/// A shipped catalog's code as the table-based baselines see it: the message found for it
/// (`Ok`), or the unknown code (`Err`).
#[derive(Clone, Copy)]
struct ShippedText(Result<&'static str, i64>);

impl ShippedText {
    fn message(self) -> &'static str {
        self.0.unwrap_or("unknown error code")
    }
}

impl Display for ShippedText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            Ok(message) => f.write_str(message),
            Err(code) => write!(f, "unknown error code {code}"),
        }
    }
}

/// A catalog shipped with errcodes, against the baselines that can be built at run time
/// from its `VARIANTS` (a `HashMap` and a sorted array of code and message). The match,
/// num_enum and phf baselines need source generated from the spec and exist only for the
/// synthetic catalogs.
fn shipped<E: errcodes::ErrorCode<Code = i64> + Copy + Display>(
    catalogs: &mut Vec<Catalog>,
    name: &str,
) {
    let mut pairs: Vec<(i64, &'static str)> = E::VARIANTS
        .iter()
        .map(|variant| (*variant.code(), variant.message()))
        .collect();
    pairs.sort_unstable_by_key(|&(code, _)| code);
    let codes: Vec<i64> = pairs.iter().map(|&(code, _)| code).collect();
    let messages: Vec<&'static str> = pairs.iter().map(|&(_, message)| message).collect();
    let mut batches = Batches::new(&codes);
    // Neighbours of a listed code may fall in a range entry; keep only what errcodes calls unknown.
    for batch in [&mut batches.unknown_cold, &mut batches.unknown_hot] {
        let length = batch.len();
        batch.retain(|&code| E::from_code(&code).is_unknown());
        *batch = batch.iter().copied().cycle().take(length).collect();
    }
    let map: &'static HashMap<i64, &'static str> =
        Box::leak(Box::new(pairs.iter().copied().collect()));
    let sorted: &'static [(i64, &'static str)] = Box::leak(pairs.into_boxed_slice());
    let map_lookup = move |code: i64| ShippedText(map.get(&code).copied().ok_or(code));
    let sorted_lookup = move |code: i64| {
        ShippedText(
            sorted
                .binary_search_by_key(&code, |&(code, _)| code)
                .map(|index| sorted[index].1)
                .map_err(|_| code),
        )
    };
    let hit = |text: &ShippedText| text.0.is_ok();
    let subjects: Vec<Box<dyn Subject>> = vec![
        subject(
            "errcodes",
            |code: i64| E::from_code(&code),
            |code: i64| E::from_code(&code),
            |code: E| code.message(),
            |code: &E| !code.is_unknown(),
        ),
        subject("hashmap", map_lookup, map_lookup, ShippedText::message, hit),
        subject(
            "sorted",
            sorted_lookup,
            sorted_lookup,
            ShippedText::message,
            hit,
        ),
    ];
    for subject in &subjects {
        subject.check(&codes, &messages, &batches.unknown_cold);
    }
    let known_messages = batches
        .known
        .iter()
        .map(|&code| E::from_code(&code).message())
        .collect();
    let floor = match codes.len().next_power_of_two() {
        0..=64 => floor_of::<64>(),
        128 => floor_of::<128>(),
        256 => floor_of::<256>(),
        512 => floor_of::<512>(),
        _ => floor_of::<1024>(),
    };
    catalogs.push(Catalog {
        param: name.to_owned(),
        batches,
        known_messages,
        floor,
        subjects,
    });
}

fn runtime(c: &mut Criterion) {
    let mut catalogs: Vec<Catalog> = Vec::new();
    for_each_size!(catalog, catalogs);
    shipped::<errcodes::huiyan::WechatCode>(&mut catalogs, "huiyan.WechatCode");
    shipped::<errcodes::huiyan::SdkCode>(&mut catalogs, "huiyan.SdkCode");
    shipped::<errcodes::huiyan_common::CommonCode>(&mut catalogs, "huiyan_common.CommonCode");
    for (kind, group_name) in KINDS {
        let mut group = c.benchmark_group(group_name);
        for catalog in &catalogs {
            let length = match kind {
                Kind::Lookup(batch) => batch(&catalog.batches).len(),
                Kind::Message | Kind::Display => BATCH,
            };
            group.throughput(Throughput::Elements(length as u64));
            for subject in &catalog.subjects {
                let id = BenchmarkId::new(subject.name(), &catalog.param);
                subject.bench(kind, &mut group, id, &catalog.batches);
            }
            match kind {
                Kind::Lookup(batch) => lookup_floors(&mut group, catalog, batch(&catalog.batches)),
                Kind::Display => display_floors(&mut group, catalog),
                Kind::Message => {}
            }
        }
        group.finish();
    }
}

criterion_group!(benches, runtime);
criterion_main!(benches);
