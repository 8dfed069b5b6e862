//! Where a code lives in a generated enum's hash table.
//!
//! The code generator places every code of an enum in an open-addressing table whose
//! length is a power of two, `2^(64 - shift)`, at most half full. A code starts at
//! [`slot`] and, if that slot is taken, moves to the next one (linear probing, wrapping
//! around). The generator picks the multiplier that keeps probe runs short; the runtime
//! looks a code up with [`find`], which walks the same slots. Both use [`slot`], so they
//! cannot disagree on where a code is.

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
