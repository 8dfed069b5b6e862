//! The perfect hashes behind `From<i64>` and `From<&str>`, built once at expansion time.
//!
//! Hash and displace, as in CHD and `PTHash`, over the functions of `errcodes_core::hash`
//! that the runtime's lookup uses too. Codes are hashed under a seed (for integers an odd
//! multiplier, for strings the seed of the string hash) and grouped into buckets by the top
//! bits of the hash, about four codes per bucket. Buckets are placed biggest first: for
//! each, pilots 0, 1, 2, ... are tried until every code of the bucket lands in a free slot
//! of its own. The slot count is the smallest power of two at most 95 % full.
//!
//! The search is bounded ([`Limits::DEFAULT`]): at most 2^16 pilots per bucket (a pilot is
//! a `u16`), 4 seeds per level, and 3 levels, each with twice the slots of the one before
//! (easier). Everything is deterministic: the same codes give the same table. A seed is kept
//! only once every code is found in the slot the runtime's slot function gives it.

use std::collections::HashSet;
use std::hash::Hash;

use errcodes_core::hash::{self, PerfectHash};

/// A built table of codes of type `K` (`i64` or `&str`); see [`PerfectHash`] for the
/// meaning of each field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HashTable<K = i64> {
    /// The seed: for integer codes the multiplier of the code hash (odd), for string codes
    /// the seed of the string hash.
    pub seed: u64,
    /// `64 - log2(pilots.len())`.
    pub bucket_shift: u32,
    /// `64 - log2(keys.len())`.
    pub slot_shift: u32,
    /// The pilot of each bucket.
    pub pilots: Vec<u16>,
    /// The code in each slot; an empty slot repeats a listed code, which hashes to its own
    /// slot.
    pub keys: Vec<K>,
    /// The ordinal of the code in each slot; an empty slot repeats a listed code and its
    /// ordinal.
    pub ordinals: Vec<u32>,
}

/// The bounds of the search.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Levels tried; level `l` has `2^l` times the slots of level 0.
    pub levels: u32,
    /// Seeds tried at each level.
    pub seeds_per_level: u32,
    /// Pilots tried for one bucket before its seed is given up; at most 2^16.
    pub pilots: u32,
}

impl Limits {
    /// What [`HashTable::build`] and [`HashTable::build_str`] use. Every catalog tried
    /// (0 to 100,000 codes, dense, sparse, negative, strided, string codes) is placed at
    /// level 0 with the first seed, the longest pilot search well under the cap.
    pub const DEFAULT: Limits = Limits {
        levels: 3,
        seeds_per_level: 4,
        pilots: 1 << 16,
    };
}

/// No table was found within the [`Limits`]: every seed of every level left a bucket that
/// no pilot placed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exhausted {
    /// Seeds tried in all.
    pub seeds: u32,
}

/// Codes per bucket, on average at most.
const CODES_PER_BUCKET: usize = 4;

impl HashTable<i64> {
    /// Builds the table of integer `codes` (given by ordinal; `None` entries are left out; a
    /// code given twice is found at its first ordinal) within [`Limits::DEFAULT`].
    ///
    /// # Errors
    /// [`Exhausted`] if no seed placed every code (never seen; the caller reports it).
    pub fn build(codes: &[Option<i64>]) -> Result<Self, Exhausted> {
        HashTable::build_with(codes, &Limits::DEFAULT)
    }

    /// [`HashTable::build`] within `limits`.
    ///
    /// # Errors
    /// [`Exhausted`] if no seed placed every code.
    pub fn build_with(codes: &[Option<i64>], limits: &Limits) -> Result<Self, Exhausted> {
        build(codes, limits, hash::code_hash, [0, 1, 2])
    }

    /// The table as the runtime reads it.
    pub fn as_perfect_hash(&self) -> PerfectHash<'_, i64> {
        PerfectHash {
            seed: self.seed,
            bucket_shift: self.bucket_shift,
            slot_shift: self.slot_shift,
            pilots: &self.pilots,
            keys: &self.keys,
            ordinals: &self.ordinals,
        }
    }

    /// The ordinal of `code`, found as the runtime finds it.
    pub fn find(&self, code: i64) -> Option<usize> {
        self.as_perfect_hash().find(code)
    }
}

impl<'k> HashTable<&'k str> {
    /// Builds the table of string `codes` (by ordinal; `None` entries are left out; a code
    /// given twice is found at its first ordinal) within [`Limits::DEFAULT`].
    ///
    /// # Errors
    /// [`Exhausted`] if no seed placed every code (never seen; the caller reports it).
    pub fn build_str(codes: &[Option<&'k str>]) -> Result<Self, Exhausted> {
        HashTable::build_str_with(codes, &Limits::DEFAULT)
    }

    /// [`HashTable::build_str`] within `limits`.
    ///
    /// # Errors
    /// [`Exhausted`] if no seed placed every code.
    pub fn build_str_with(codes: &[Option<&'k str>], limits: &Limits) -> Result<Self, Exhausted> {
        build(codes, limits, hash::str_hash, ["", "0", "1"])
    }

    /// The table as the runtime reads it.
    pub fn as_perfect_hash(&self) -> PerfectHash<'_, &'k str> {
        PerfectHash {
            seed: self.seed,
            bucket_shift: self.bucket_shift,
            slot_shift: self.slot_shift,
            pilots: &self.pilots,
            keys: &self.keys,
            ordinals: &self.ordinals,
        }
    }

    /// The ordinal of the string `code`, found as the runtime finds it.
    pub fn find(&self, code: &str) -> Option<usize> {
        self.as_perfect_hash().find(code)
    }
}

/// Builds the table of `codes` hashed by `hash` under a seed; an empty slot repeats the
/// first code (with no codes, the first of `strangers` whose own slot is another one).
fn build<K: Copy + Eq + Hash>(
    codes: &[Option<K>],
    limits: &Limits,
    hash: impl Fn(K, u64) -> u64,
    strangers: [K; 3],
) -> Result<HashTable<K>, Exhausted> {
    let entries = distinct(codes);
    let count = entries.len();
    let least_slots = (count * 20).div_ceil(19).max(2).next_power_of_two();
    let buckets = (count / CODES_PER_BUCKET).max(2).next_power_of_two();
    let mut state = 0x243F_6A88_85A3_08D3_u64;
    let mut seeds = 0;
    for level in 0..limits.levels {
        let slots = least_slots << level;
        for _ in 0..limits.seeds_per_level {
            seeds += 1;
            // Odd, as an integer code's multiplier must be; any seed serves a string.
            let seed = splitmix64(&mut state) | 1;
            let shape = Shape {
                seed,
                buckets,
                slots,
            };
            if let Some(table) = shape.place(&entries, limits.pilots, &hash, strangers) {
                return Ok(table);
            }
        }
    }
    Err(Exhausted { seeds })
}

/// The codes to place with their ordinals, each code once (its first ordinal).
fn distinct<K: Copy + Eq + Hash>(codes: &[Option<K>]) -> Vec<(K, u32)> {
    let mut seen = HashSet::with_capacity(codes.len());
    let mut entries = Vec::with_capacity(codes.len());
    for (ordinal, code) in codes.iter().enumerate() {
        let Some(code) = *code else { continue };
        if seen.insert(code) {
            entries.push((code, u32::try_from(ordinal).unwrap_or(u32::MAX)));
        }
    }
    entries
}

/// One attempt: a seed, a bucket count and a slot count (both powers of two).
struct Shape {
    seed: u64,
    buckets: usize,
    slots: usize,
}

impl Shape {
    /// Places every entry, or `None` if some bucket fits under no pilot below `pilot_cap`.
    fn place<K: Copy>(
        &self,
        entries: &[(K, u32)],
        pilot_cap: u32,
        hash: impl Fn(K, u64) -> u64,
        strangers: [K; 3],
    ) -> Option<HashTable<K>> {
        let bucket_shift = 64 - self.buckets.trailing_zeros();
        let slot_shift = 64 - self.slots.trailing_zeros();
        let hashes: Vec<u64> = entries
            .iter()
            .map(|&(code, _)| hash(code, self.seed))
            .collect();
        // Counting sort of the entries by bucket: members[start[b]..start[b + 1]].
        let mut start = vec![0_usize; self.buckets + 1];
        for &hash in &hashes {
            start[hash::bucket(hash, bucket_shift) + 1] += 1;
        }
        for bucket in 0..self.buckets {
            start[bucket + 1] += start[bucket];
        }
        let mut next = start.clone();
        let mut members = vec![0_usize; entries.len()];
        for (index, &hash) in hashes.iter().enumerate() {
            let bucket = hash::bucket(hash, bucket_shift);
            members[next[bucket]] = index;
            next[bucket] += 1;
        }
        let mut order: Vec<usize> = (0..self.buckets).collect();
        order.sort_by_key(|&bucket| (std::cmp::Reverse(start[bucket + 1] - start[bucket]), bucket));

        // `placed[slot]`: index + 1 of the entry placed there, 0 if free.
        let mut placed = vec![0_usize; self.slots];
        let mut pilots = vec![0_u16; self.buckets];
        let mut chosen: Vec<usize> = Vec::with_capacity(8);
        for bucket in order {
            let bucket_members = &members[start[bucket]..start[bucket + 1]];
            if bucket_members.is_empty() {
                break;
            }
            let pilot = (0..pilot_cap)
                .filter_map(|pilot| u16::try_from(pilot).ok())
                .find(|&pilot| {
                    chosen.clear();
                    bucket_members.iter().all(|&index| {
                        let slot = hash::slot(hashes[index], pilot, slot_shift);
                        let free = placed[slot] == 0 && !chosen.contains(&slot);
                        chosen.push(slot);
                        free
                    })
                })?;
            for (&index, &slot) in bucket_members.iter().zip(&chosen) {
                placed[slot] = index + 1;
            }
            pilots[bucket] = pilot;
        }

        // The runtime's slot function, through the pilots just chosen.
        let slot_of = |code: K| {
            let hash = hash(code, self.seed);
            hash::slot(hash, pilots[hash::bucket(hash, bucket_shift)], slot_shift)
        };
        let entry_in = |slot: usize| placed[slot].checked_sub(1).map(|index| entries[index]);
        // Every guess is checked: each code must be in the slot its lookup reads.
        let found = entries
            .iter()
            .all(|&(code, ordinal)| entry_in(slot_of(code)).map(|(_, at)| at) == Some(ordinal));
        if !found {
            return None;
        }
        // An empty slot repeats the first listed code with its own ordinal: it lives in
        // its own slot, so no lookup matches it here, and if one ever did, the answer would
        // still be that code's. With no codes at all, a stranger that hashes elsewhere.
        let homes = strangers.map(|code| (code, slot_of(code)));
        let mut keys = Vec::with_capacity(self.slots);
        let mut ordinals = Vec::with_capacity(self.slots);
        for slot in 0..self.slots {
            let (code, ordinal) = match (entry_in(slot), entries.first()) {
                (Some(entry), _) | (None, Some(&entry)) => entry,
                (None, None) => (homes.iter().find(|&&(_, home)| home != slot)?.0, 0),
            };
            keys.push(code);
            ordinals.push(ordinal);
        }
        Some(HashTable {
            seed: self.seed,
            bucket_shift,
            slot_shift,
            pilots,
            keys,
            ordinals,
        })
    }
}

fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}
