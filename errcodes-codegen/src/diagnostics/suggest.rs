//! "Did you mean": the allowed key closest to an unknown one.

/// Help for an unknown key: the allowed key within two edits of it, if any, then every
/// allowed key.
pub fn suggest(key: &str, allowed: &[&str]) -> String {
    match closest(key, allowed) {
        Some(candidate) => format!(
            "did you mean `{candidate}`? allowed keys: {}",
            allowed.join(", ")
        ),
        None => format!("allowed keys: {}", allowed.join(", ")),
    }
}

/// The allowed key an unknown one is most likely a misspelling of: the first within two edits.
pub fn closest<'a>(key: &str, allowed: &[&'a str]) -> Option<&'a str> {
    allowed
        .iter()
        .copied()
        .find(|candidate| edit_distance(key, candidate) <= 2)
}

/// Levenshtein distance, counted in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            current.push(
                (previous[j] + cost)
                    .min(previous[j + 1] + 1)
                    .min(current[j] + 1),
            );
        }
        previous = current;
    }
    previous[b.len()]
}
