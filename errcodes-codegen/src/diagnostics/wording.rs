//! The problems both front ends can find, worded once: a spec and a derive that make the
//! same mistake get the same message and help. Only where the two syntaxes differ (how to
//! write the missing key) does the caller say how.

use errcodes_core::Keyword;

use super::{quote, suggest, Diagnostic, Origin};
use crate::model::keyword_choices;

/// A key the mapping or attribute does not take, with the allowed key it is closest to.
pub fn unknown_key(origin: Origin, key: &str, allowed: &[&str]) -> Diagnostic {
    Diagnostic::new(origin, format!("unknown key {}", quote(key))).help(suggest(key, allowed))
}

/// A key given twice.
pub fn duplicate_key(origin: Origin, key: &str) -> Diagnostic {
    Diagnostic::new(origin, format!("duplicate key {}", quote(key)))
        .help("a key may be given once: remove or rename one of the two")
}

/// A required key not given; `how` says how to write it in the front end's syntax.
pub fn missing_key(origin: Origin, key: &str, how: impl Into<String>) -> Diagnostic {
    Diagnostic::new(origin, format!("missing key `{key}`")).help(how)
}

/// `text` is none of the keywords `key` takes (`billing`, `retry`).
pub fn not_a_keyword<K: Keyword>(origin: Origin, key: &str, text: &str) -> Diagnostic {
    Diagnostic::new(origin, format!("{} is not a valid `{key}`", quote(text)))
        .help(format!("write one of {}", keyword_choices::<K>()))
}

/// `text` is not a `YYYY-MM-DD` calendar date.
pub fn not_a_date(origin: Origin, text: &str) -> Diagnostic {
    Diagnostic::new(origin, format!("{} is not a date", quote(text)))
        .help("write a calendar date as YYYY-MM-DD, e.g. 2021-07-19")
}

/// A code (`what`: "code", "range start", ...) that is not an integer, but `found`.
pub fn not_an_integer(origin: Origin, what: &str, found: &str) -> Diagnostic {
    Diagnostic::new(origin, format!("{what} must be an integer, found {found}"))
        .help("write the code as a plain integer such as 1001 or -5 (not quoted, no leading zeros)")
}

/// An integer code (`what`) beyond the range of an `i64`, as written.
pub fn out_of_range(origin: Origin, what: &str, written: &str) -> Diagnostic {
    Diagnostic::new(
        origin,
        format!("{what} {written} is out of range for an i64"),
    )
    .help(format!("codes must lie in {}..={}", i64::MIN, i64::MAX))
}
