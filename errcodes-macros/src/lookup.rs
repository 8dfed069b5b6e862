//! The hash table behind `From<i64>`, built once at expansion time.
//!
//! Open addressing with linear probing, at most half full, indexed by a
//! multiply-shift hash: `(code as u64).wrapping_mul(multiplier) >> shift`.
//! The runtime side is `errcodes::__private::Table::find`; the two must agree.
//! Several multipliers are tried and the one with the shortest probe runs kept,
//! so a known code is found in about one probe and an unknown one stops at the
//! first empty slot.

/// A built table: `slots[i]` is `ordinal + 1` of the code stored there, 0 if empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HashTable {
    /// The slots; a power of two long.
    pub slots: Vec<u32>,
    /// Multiplier of the hash.
    pub multiplier: u64,
    /// Right shift of the hash: `64 - log2(slots.len())`.
    pub shift: u32,
}

/// Multipliers tried before settling for the best seen.
const ATTEMPTS: u64 = 16;

impl HashTable {
    /// Builds a table for distinct `codes` (given by ordinal; `None` entries are left out).
    pub fn build(codes: &[Option<i64>]) -> HashTable {
        let count = codes.iter().flatten().count();
        let size = (count * 2).next_power_of_two().max(2);
        let shift = 64 - size.trailing_zeros();
        let mut best: Option<(usize, usize, HashTable)> = None;
        let mut state = 0x9E37_79B9_7F4A_7C15_u64;
        for _ in 0..ATTEMPTS {
            let multiplier = splitmix64(&mut state) | 1;
            let (slots, longest, total) = fill(codes, size, multiplier, shift);
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

    /// The slot a code hashes to, before probing.
    #[cfg(test)]
    pub fn home(&self, code: i64) -> usize {
        home(code, self.multiplier, self.shift)
    }

    /// Finds a code's ordinal the way the runtime does.
    #[cfg(test)]
    pub fn find(&self, code: i64, codes: &[Option<i64>]) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut index = self.home(code);
        loop {
            let slot = self.slots[index & mask];
            if slot == 0 {
                return None;
            }
            let ordinal = slot as usize - 1;
            if codes[ordinal] == Some(code) {
                return Some(ordinal);
            }
            index += 1;
        }
    }
}

#[allow(clippy::cast_sign_loss, clippy::cast_possible_truncation)]
fn home(code: i64, multiplier: u64, shift: u32) -> usize {
    ((code as u64).wrapping_mul(multiplier) >> shift) as usize
}

/// Inserts every code; returns the slots, the longest probe run and the total of all runs.
fn fill(
    codes: &[Option<i64>],
    size: usize,
    multiplier: u64,
    shift: u32,
) -> (Vec<u32>, usize, usize) {
    let mask = size - 1;
    let mut slots = vec![0_u32; size];
    let (mut longest, mut total) = (0, 0);
    for (ordinal, code) in codes.iter().enumerate() {
        let Some(code) = *code else { continue };
        let mut index = home(code, multiplier, shift);
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

#[cfg(test)]
mod tests {
    use super::HashTable;

    fn sparse_codes(count: i64) -> Vec<Option<i64>> {
        // The shapes of real catalogs: negatives, small, dense runs, big sparse blocks.
        let mut codes: Vec<i64> = (-73..0).chain(0..18).chain(201..2019).collect();
        codes.extend(
            (0..)
                .map(|i| 66_660_000 + i * 7)
                .take(usize::try_from(count).unwrap()),
        );
        codes.extend([i64::MIN, i64::MAX]);
        codes.into_iter().map(Some).collect()
    }

    #[test]
    fn every_code_is_found_and_misses_stop() {
        let codes = sparse_codes(30_000);
        let table = HashTable::build(&codes);
        assert!(table.slots.len().is_power_of_two());
        assert!(table.slots.len() >= 2 * codes.len());
        for (ordinal, code) in codes.iter().enumerate() {
            assert_eq!(table.find(code.unwrap(), &codes), Some(ordinal));
        }
        for miss in [1_000_000, -74, 66_660_001, i64::MIN + 1] {
            assert_eq!(table.find(miss, &codes), None);
        }
    }

    #[test]
    fn missing_ordinals_are_skipped_and_empty_tables_work() {
        let codes = [Some(5), None, Some(9)];
        let table = HashTable::build(&codes);
        assert_eq!(table.find(9, &codes), Some(2));
        let empty = HashTable::build(&[None]);
        assert_eq!(empty.slots, vec![0, 0]);
        assert_eq!(empty.find(0, &[None]), None);
    }

    #[test]
    fn probe_runs_stay_short_on_sequential_codes() {
        let codes: Vec<Option<i64>> = (0..3000).map(Some).collect();
        let table = HashTable::build(&codes);
        let mask = table.slots.len() - 1;
        let longest = codes
            .iter()
            .map(|code| {
                let code = code.unwrap();
                let home = table.home(code);
                (0..table.slots.len())
                    .find(|run| codes[table.slots[(home + run) & mask] as usize - 1] == Some(code))
                    .unwrap()
            })
            .max()
            .unwrap();
        assert!(longest <= 8, "longest probe run {longest}");
    }

    #[test]
    fn building_is_deterministic() {
        let codes = sparse_codes(300);
        assert_eq!(HashTable::build(&codes), HashTable::build(&codes));
    }
}
