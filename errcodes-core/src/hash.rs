//! Where a code lives in a generated enum's hash table.
//!
//! The code generator places every code of an enum in an open-addressing table whose
//! length is a power of two, `2^(64 - shift)`, at most half full. A code starts at
//! [`slot`] and, if that slot is taken, moves to the next one (linear probing, wrapping
//! around). The generator picks the multiplier that keeps probe runs short; the runtime
//! looks a code up with [`find`], which walks the same slots. Both use [`slot`], so they
//! cannot disagree on where a code is.
//!
//! String codes use the same table shape: [`str_slot`] (the top bits of [`str_hash`] with a
//! seed the generator picks, as it picks a multiplier) and [`find_str`].

/// The first slot `code` is looked for in: multiply-shift hashing, the top `64 - shift`
/// bits of `code * multiplier`. Always below `2^(64 - shift)`.
#[inline]
#[allow(
    clippy::cast_sign_loss,
    reason = "the code's bits are hashed; negative codes hash like any other"
)]
#[allow(
    clippy::cast_possible_truncation,
    reason = "the result is below the table's length, which is a usize"
)]
pub const fn slot(code: i64, multiplier: u64, shift: u32) -> usize {
    ((code as u64).wrapping_mul(multiplier) >> shift) as usize
}

/// The ordinal of `code` in a table built as described above: `slots[i]` is the ordinal
/// plus one of the code placed there (0 for an empty slot) and `codes[ordinal]` is the code
/// of each ordinal. `None` once the walk from [`slot`] reaches an empty slot.
///
/// The table must have an empty slot (the generator keeps it at most half full), or a
/// missing code is looked for forever.
#[inline]
pub const fn find(
    slots: &[u32],
    codes: &[i64],
    multiplier: u64,
    shift: u32,
    code: i64,
) -> Option<usize> {
    let mask = slots.len() - 1;
    let mut index = slot(code, multiplier, shift);
    loop {
        let entry = slots[index & mask];
        if entry == 0 {
            return None;
        }
        let ordinal = entry as usize - 1;
        if codes[ordinal] == code {
            return Some(ordinal);
        }
        index += 1;
    }
}

/// Multiplier of [`str_hash`]'s rounds (an odd constant with well-spread bits).
const STR_MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;

/// The hash of a string code: eight bytes per round, each round one xor, one multiply and
/// one rotation, then a final mix so that the top bits (the slot) depend on every byte.
/// `seed` is what the generator varies to keep probe runs short.
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

/// The first slot a string code is looked for in: the top `64 - shift` bits of its
/// [`str_hash`]. Always below `2^(64 - shift)`.
#[inline]
#[allow(
    clippy::cast_possible_truncation,
    reason = "the result is below the table's length, which is a usize"
)]
pub const fn str_slot(text: &str, seed: u64, shift: u32) -> usize {
    (str_hash(text, seed) >> shift) as usize
}

/// The ordinal of the string `code` in a table built like the integer one (see [`find`]),
/// placed at [`str_slot`]: one hash, then usually one comparison. `None` once the walk
/// reaches an empty slot.
#[inline]
pub fn find_str(slots: &[u32], codes: &[&str], seed: u64, shift: u32, code: &str) -> Option<usize> {
    let mask = slots.len() - 1;
    let mut index = str_slot(code, seed, shift);
    loop {
        let entry = slots[index & mask];
        if entry == 0 {
            return None;
        }
        let ordinal = entry as usize - 1;
        if codes[ordinal] == code {
            return Some(ordinal);
        }
        index += 1;
    }
}
