//! The hash tables behind `From<i64>` and `From<&str>`, built once at expansion time.
//!
//! Open addressing with linear probing, at most half full, indexed by the multiply-shift
//! hash of `errcodes_core::hash` (integer codes) or its string hash (string codes), which
//! the runtime's lookup uses too. Several multipliers (seeds) are tried and the one with
//! the shortest probe runs kept, so a known code is found in about one probe and an
//! unknown one stops at the first empty slot. Both kinds of table have the same shape;
//! [`HashTable::build`] and [`HashTable::build_str`] are the one place each is built.

use errcodes_core::hash;

/// A built table: `slots[i]` is `ordinal + 1` of the code stored there, 0 if empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HashTable {
    /// The slots; a power of two long.
    pub slots: Vec<u32>,
    /// Multiplier of the hash (for string codes: the seed of the string hash).
    pub multiplier: u64,
    /// Right shift of the hash: `64 - log2(slots.len())`.
    pub shift: u32,
}

/// Multipliers tried before settling for the best seen.
const ATTEMPTS: u64 = 16;

impl HashTable {
    /// Builds a table for distinct `codes` (given by ordinal; `None` entries are left out).
    pub fn build(codes: &[Option<i64>]) -> HashTable {
        build(codes, |code, multiplier, shift| {
            hash::slot(*code, multiplier, shift)
        })
    }

    /// Builds a table for distinct string `codes` (by ordinal), placed by
    /// `errcodes_core::hash::str_slot`.
    pub fn build_str(codes: &[&str]) -> HashTable {
        let codes: Vec<Option<&str>> = codes.iter().copied().map(Some).collect();
        build(&codes, |code, seed, shift| {
            hash::str_slot(code, seed, shift)
        })
    }

    /// The slot a code is looked for first.
    pub fn home(&self, code: i64) -> usize {
        hash::slot(code, self.multiplier, self.shift)
    }

    /// The ordinal of `code`, found as the runtime finds it; `codes` are the codes by
    /// ordinal, as given to [`HashTable::build`] (a `None` ordinal is never in the table, so
    /// any value serves for it).
    pub fn find(&self, code: i64, codes: &[i64]) -> Option<usize> {
        hash::find(&self.slots, codes, self.multiplier, self.shift, code)
    }

    /// The ordinal of the string `code`, found as the runtime finds it; `codes` as given to
    /// [`HashTable::build_str`].
    pub fn find_str(&self, code: &str, codes: &[&str]) -> Option<usize> {
        hash::find_str(&self.slots, codes, self.multiplier, self.shift, code)
    }
}

/// Tries multipliers (seeds) and keeps the table with the shortest longest probe run.
fn build<T>(codes: &[Option<T>], slot: impl Fn(&T, u64, u32) -> usize) -> HashTable {
    let count = codes.iter().flatten().count();
    let size = (count * 2).next_power_of_two().max(2);
    let shift = 64 - size.trailing_zeros();
    let mut best: Option<(usize, usize, HashTable)> = None;
    let mut state = 0x9E37_79B9_7F4A_7C15_u64;
    for _ in 0..ATTEMPTS {
        let multiplier = splitmix64(&mut state) | 1;
        let (slots, longest, total) = fill(codes, size, |code| slot(code, multiplier, shift));
        let better = best
            .as_ref()
            .is_none_or(|(l, t, _)| (longest, total) < (*l, *t));
        if better {
            best = Some((
                longest,
                total,
                HashTable {
                    slots,
                    multiplier,
                    shift,
                },
            ));
        }
        if longest <= 1 {
            break;
        }
    }
    best.map(|(_, _, table)| table).unwrap_or(HashTable {
        slots: vec![0; size],
        multiplier: 1,
        shift,
    })
}

/// Inserts every code; returns the slots, the longest probe run and the total of all runs.
fn fill<T>(
    codes: &[Option<T>],
    size: usize,
    slot: impl Fn(&T) -> usize,
) -> (Vec<u32>, usize, usize) {
    let mask = size - 1;
    let mut slots = vec![0_u32; size];
    let (mut longest, mut total) = (0, 0);
    for (ordinal, code) in codes.iter().enumerate() {
        let Some(code) = code else { continue };
        let mut index = slot(code);
        let mut run = 0;
        while slots[index & mask] != 0 {
            index += 1;
            run += 1;
        }
        slots[index & mask] = u32::try_from(ordinal + 1).unwrap_or(u32::MAX);
        longest = longest.max(run);
        total += run;
    }
    (slots, longest, total)
}

fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}
