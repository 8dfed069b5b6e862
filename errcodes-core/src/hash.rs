//! Where a code lives in a generated enum's perfect hash table.
//!
//! The code generator places every code of an enum in its own slot of a table whose length
//! is a power of two (hash and displace, as in CHD and `PTHash`); the runtime finds a code
//! with [`PerfectHash::find`]: a hash, a pilot load, a key load and one compare, with no
//! loop and no branch on the data before the compare, so a code that is not listed costs
//! what a listed one does.
//!
//! ```text
//! hash   = code * seed                              // odd: a bijection of the 64-bit values
//!          (a string code: str_hash(code, seed))
//! bucket = hash >> bucket_shift                     // the top bits
//! slot   = ((hash ^ pilots[bucket]) * SLOT_MULTIPLIER) >> slot_shift
//! found  = keys[slot] == code                       // then ordinals[slot] is its ordinal
//! ```
//!
//! A string code is hashed once and compared once, like an integer. Both sides call
//! [`code_hash`] (or [`str_hash`]), [`bucket`] and [`slot`], so they cannot disagree on
//! where a code is; the generator chooses the seed and the pilots, and checks every code is
//! found where it put it. Whatever the tables hold, a lookup is sound: it answers a code
//! only after comparing it with the key stored in its slot.

/// Odd multiplier of the displaced hash (2^64 divided by the golden ratio): multiplying
/// spreads the bits of a pilot (exclusive-ored into the low bits) into the top bits that
/// pick the slot.
pub const SLOT_MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;

/// The hash of `code`: `code * multiplier`, wrapping. The generator picks an odd
/// multiplier, so two codes never share a hash.
#[inline]
#[allow(
    clippy::cast_sign_loss,
    reason = "the code's bits are hashed; negative codes hash like any other"
)]
pub const fn code_hash(code: i64, multiplier: u64) -> u64 {
    (code as u64).wrapping_mul(multiplier)
}

/// The bucket of a hash: its top `64 - bucket_shift` bits.
#[inline]
#[allow(
    clippy::cast_possible_truncation,
    reason = "the result is below the bucket count, which is a usize"
)]
pub const fn bucket(hash: u64, bucket_shift: u32) -> usize {
    (hash >> bucket_shift) as usize
}

/// The slot of a hash displaced by its bucket's `pilot`: the top `64 - slot_shift` bits of
/// `(hash ^ pilot) * SLOT_MULTIPLIER`.
#[inline]
#[allow(
    clippy::cast_possible_truncation,
    reason = "the result is below the slot count, which is a usize"
)]
pub const fn slot(hash: u64, pilot: u16, slot_shift: u32) -> usize {
    ((hash ^ pilot as u64).wrapping_mul(SLOT_MULTIPLIER) >> slot_shift) as usize
}

/// A perfect hash table of codes of type `K` (`i64` or `&str`), as the generator writes it
/// into a static.
///
/// `pilots` is `2^(64 - bucket_shift)` long and `keys` and `ordinals` are
/// `2^(64 - slot_shift)` long, so with the table in a static every index is provably in
/// bounds. `keys` holds each code in its slot, `ordinals` the code's ordinal beside it (the
/// two loads are independent); an empty slot repeats a listed code and its ordinal (the
/// code's own slot is another one, so it never matches there), so every slot pairs a key
/// with that key's ordinal.
#[derive(Clone, Copy, Debug)]
pub struct PerfectHash<'a, K> {
    /// Integer codes: the multiplier of [`code_hash`] (odd). String codes: the seed of
    /// [`str_hash`].
    pub seed: u64,
    /// Right shift that leaves the bucket bits of a hash.
    pub bucket_shift: u32,
    /// Right shift that leaves the slot bits of a displaced hash.
    pub slot_shift: u32,
    /// The pilot of each bucket.
    pub pilots: &'a [u16],
    /// The code placed in each slot.
    pub keys: &'a [K],
    /// The ordinal of the code placed in each slot.
    pub ordinals: &'a [u32],
}

impl<K> PerfectHash<'_, K> {
    /// The slot of a code whose hash is `hash`.
    #[inline]
    pub const fn slot_of_hash(&self, hash: u64) -> usize {
        slot(
            hash,
            self.pilots[bucket(hash, self.bucket_shift)],
            self.slot_shift,
        )
    }
}

impl PerfectHash<'_, i64> {
    /// The slot `code` is in, if it is anywhere.
    #[inline]
    pub const fn slot_of(&self, code: i64) -> usize {
        self.slot_of_hash(code_hash(code, self.seed))
    }

    /// The ordinal of `code`, or `None` if the table does not hold it: one compare with the
    /// key in its slot, whatever the code.
    #[inline]
    pub const fn find(&self, code: i64) -> Option<usize> {
        let slot = self.slot_of(code);
        if self.keys[slot] == code {
            Some(self.ordinals[slot] as usize)
        } else {
            None
        }
    }
}

impl PerfectHash<'_, &str> {
    /// The slot the string `code` is in, if it is anywhere.
    #[inline]
    pub const fn slot_of(&self, code: &str) -> usize {
        self.slot_of_hash(str_hash(code, self.seed))
    }

    /// The ordinal of the string `code`, or `None` if the table does not hold it: one hash
    /// and one comparison with the key in its slot, whatever the code.
    #[inline]
    pub fn find(&self, code: &str) -> Option<usize> {
        let slot = self.slot_of(code);
        if self.keys[slot] == code {
            Some(self.ordinals[slot] as usize)
        } else {
            None
        }
    }
}

/// Multiplier of [`str_hash`]'s rounds (an odd constant with well-spread bits).
const STR_MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;

/// The hash of a string code: eight bytes per round, each round one xor, one multiply and
/// one rotation, then a final mix so that the top bits (the slot) depend on every byte.
/// `seed` is what the generator varies until every bucket fits.
#[inline]
pub const fn str_hash(text: &str, seed: u64) -> u64 {
    let bytes = text.as_bytes();
    let mut hash = seed ^ (bytes.len() as u64).wrapping_mul(STR_MULTIPLIER);
    let mut index = 0;
    while index + 8 <= bytes.len() {
        let word = u64::from_le_bytes([
            bytes[index],
            bytes[index + 1],
            bytes[index + 2],
            bytes[index + 3],
            bytes[index + 4],
            bytes[index + 5],
            bytes[index + 6],
            bytes[index + 7],
        ]);
        hash = (hash ^ word).wrapping_mul(STR_MULTIPLIER).rotate_left(29);
        index += 8;
    }
    let mut tail = 0_u64;
    let mut shift = 0;
    while index < bytes.len() {
        tail |= (bytes[index] as u64) << shift;
        shift += 8;
        index += 1;
    }
    hash = (hash ^ tail).wrapping_mul(STR_MULTIPLIER);
    hash ^= hash >> 32;
    hash = hash.wrapping_mul(0xD6E8_FEB8_6659_FD93);
    hash ^ (hash >> 32)
}
