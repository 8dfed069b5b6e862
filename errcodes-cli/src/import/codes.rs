//! Reading a code cell: one code, several (aliases), or a range; integer or string.

use std::collections::HashMap;

/// The codes of one row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Codes {
    /// Integer codes: the first is the entry's code, the others its aliases.
    Integers(Vec<i64>),
    /// Every integer in `[min, max]`.
    Range(i64, i64),
    /// String codes: the first is the entry's code, the others its aliases.
    Strings(Vec<String>),
}

/// The kind of code an enum holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Integer,
    String,
}

impl Codes {
    pub fn kind(&self) -> Kind {
        match self {
            Self::Integers(_) | Self::Range(..) => Kind::Integer,
            Self::Strings(_) => Kind::String,
        }
    }

    /// The first code as the spec writes it.
    pub fn first(&self) -> String {
        match self {
            Self::Integers(codes) => codes[0].to_string(),
            Self::Range(min, max) => format!("{min}-{max}"),
            Self::Strings(codes) => codes[0].clone(),
        }
    }
}

/// The codes seen so far in a table or an enum, with the line that brought each.
#[derive(Debug, Default)]
pub(crate) struct CodeSet {
    integers: HashMap<i64, usize>,
    strings: HashMap<String, usize>,
    ranges: Vec<(i64, i64, usize)>,
}

impl CodeSet {
    /// The line of an earlier row sharing a code with `codes`, if any.
    pub fn clash(&self, codes: &Codes) -> Option<usize> {
        match codes {
            Codes::Integers(list) => list.iter().find_map(|code| {
                self.integers.get(code).copied().or_else(|| {
                    self.ranges
                        .iter()
                        .find(|(min, max, _)| (min..=max).contains(&code))
                        .map(|&(.., line)| line)
                })
            }),
            Codes::Range(min, max) => self
                .integers
                .iter()
                .find(|(code, _)| (min..=max).contains(code))
                .map(|(_, &line)| line)
                .or_else(|| {
                    self.ranges
                        .iter()
                        .find(|(low, high, _)| low <= max && min <= high)
                        .map(|&(.., line)| line)
                }),
            Codes::Strings(list) => list.iter().find_map(|code| self.strings.get(code).copied()),
        }
    }

    /// Adds `codes`, brought by the row at `line`.
    pub fn insert(&mut self, codes: &Codes, line: usize) {
        match codes {
            Codes::Integers(list) => {
                for &code in list {
                    self.integers.entry(code).or_insert(line);
                }
            }
            Codes::Range(min, max) => self.ranges.push((*min, *max, line)),
            Codes::Strings(list) => {
                for code in list {
                    self.strings.entry(code.clone()).or_insert(line);
                }
            }
        }
    }
}

/// Why a cell is not a code.
pub(crate) type NotACode = String;

/// Reads a code cell (already normalized: `<br>` is a line break). Codes are separated by
/// `/`, `、` or line breaks; `a-b` with a <= b is a range. Integer codes may carry leading
/// zeros (`02` is 2). Anything else must look like a vendor's string code.
pub(crate) fn parse(cell: &str) -> Result<Codes, NotACode> {
    let parts: Vec<&str> = cell
        .split(['/', '、', '\n'])
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect();
    if parts.is_empty() {
        return Err("the code cell is empty".to_owned());
    }
    if let [single] = parts[..] {
        if let Some((min, max)) = range(single) {
            return Ok(Codes::Range(min, max));
        }
    }
    if parts.iter().all(|part| integer(part).is_some()) {
        let codes: Vec<i64> = parts.iter().filter_map(|part| integer(part)).collect();
        return distinct(codes).map(Codes::Integers);
    }
    if let Some(part) = parts.iter().find(|part| looks_numeric(part)) {
        let digits = part.strip_prefix('-').unwrap_or(part);
        return Err(if digits.bytes().all(|b| b.is_ascii_digit()) {
            format!("`{part}` does not fit a 64-bit integer code")
        } else {
            format!("`{part}` is neither an integer code nor a string code")
        });
    }
    if let Some(part) = parts.iter().find(|part| !is_string_code(part)) {
        return Err(if is_parameter_name(part) {
            format!("`{part}` reads as a parameter name (lowerCamelCase), not a code")
        } else {
            format!("`{part}` is not a code")
        });
    }
    distinct(parts.iter().map(|part| (*part).to_owned()).collect()).map(Codes::Strings)
}

fn distinct<T: PartialEq + std::fmt::Display>(codes: Vec<T>) -> Result<Vec<T>, NotACode> {
    for (index, code) in codes.iter().enumerate() {
        if codes[..index].contains(code) {
            return Err(format!("the cell gives `{code}` twice"));
        }
    }
    Ok(codes)
}

/// An optional `-` and ASCII digits, in range.
fn integer(text: &str) -> Option<i64> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn looks_numeric(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    digits.starts_with(|c: char| c.is_ascii_digit())
}

/// `0-2`, `0~2` or `0～2` (either end may be negative), with min <= max.
fn range(text: &str) -> Option<(i64, i64)> {
    let body = text.strip_prefix('-').unwrap_or(text);
    let split = body.find(['-', '~', '～'])? + (text.len() - body.len());
    let (min, rest) = text.split_at(split);
    let separator = rest.chars().next()?;
    let (min, max) = (
        integer(min.trim())?,
        integer(rest[separator.len_utf8()..].trim())?,
    );
    (min <= max).then_some((min, max))
}

/// A vendor's string code: an ASCII letter, then letters, digits, `_` and `-`, in segments
/// joined by `.` (`AuthFailure.SignatureExpire`, `InternalError`, `invalid_request`).
/// lowerCamelCase words are parameter names on these pages (`deviceInfoLevel`), not codes.
fn is_string_code(text: &str) -> bool {
    let segments_ok = text.split('.').all(|segment| {
        let mut chars = segment.chars();
        chars.next().is_some_and(|c| c.is_ascii_alphabetic())
            && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    });
    segments_ok && !is_parameter_name(text)
}

fn is_parameter_name(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && text.chars().all(|c| c.is_ascii_alphanumeric())
        && text.chars().any(|c| c.is_ascii_uppercase())
}
