//! Code layouts such as `A-BB-CCC`: fixed-width decimal fields read right-aligned.

use std::fmt;

use crate::diagnostics::quote;

/// One field of a layout.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LayoutField {
    /// The letter standing for the field in the pattern.
    pub letter: char,
    /// The field's name, e.g. `module`.
    pub name: String,
    /// Width in decimal digits.
    pub digits: u32,
}

/// A declared code layout.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    /// The pattern as written, e.g. `A-BB-CCC`.
    pub pattern: String,
    /// Fields from the most significant to the least.
    pub fields: Vec<LayoutField>,
}

/// Why a layout could not be parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LayoutError {
    /// The pattern itself is malformed.
    Pattern(String),
    /// A field name does not fit the pattern.
    FieldName(String),
}

impl LayoutError {
    /// True if the problem is in the names given to the fields, not in the pattern.
    pub fn in_field_names(&self) -> bool {
        matches!(self, LayoutError::FieldName(_))
    }
}

impl fmt::Display for LayoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LayoutError::Pattern(message) | LayoutError::FieldName(message) => f.write_str(message),
        }
    }
}

/// Widest layout whose every value fits an `i64` (10^18 - 1 < `i64::MAX`).
const MAX_DIGITS: u32 = 18;

impl Layout {
    /// Parses `pattern` and names its fields from `names` (letter, name); a letter without a
    /// name is named after itself in lower case.
    ///
    /// # Errors
    /// What is wrong with the pattern or the names.
    pub fn parse(pattern: &str, names: &[(String, String)]) -> Result<Layout, LayoutError> {
        let mut fields: Vec<LayoutField> = Vec::new();
        let quoted = quote(pattern);
        for group in pattern.split('-') {
            let mut chars = group.chars();
            let Some(letter) = chars.next() else {
                return Err(LayoutError::Pattern(format!("layout {quoted} has an empty group; write groups of repeated letters separated by `-`, e.g. `A-BB-CCC`")));
            };
            if !letter.is_ascii_uppercase() {
                return Err(LayoutError::Pattern(format!(
                    "layout {quoted}: `{letter}` is not an uppercase ASCII letter"
                )));
            }
            if chars.any(|c| c != letter) {
                return Err(LayoutError::Pattern(format!(
                    "layout {quoted}: group {} mixes letters; each group repeats one letter",
                    quote(group)
                )));
            }
            if fields.iter().any(|field| field.letter == letter) {
                return Err(LayoutError::Pattern(format!(
                    "layout {quoted}: letter `{letter}` names two groups"
                )));
            }
            let digits = u32::try_from(group.len()).unwrap_or(u32::MAX);
            fields.push(LayoutField {
                letter,
                name: letter.to_ascii_lowercase().to_string(),
                digits,
            });
        }
        let total: u32 = fields
            .iter()
            .map(|field| field.digits)
            .fold(0, u32::saturating_add);
        if total > MAX_DIGITS {
            return Err(LayoutError::Pattern(format!(
                "layout {quoted} has {total} digits; at most {MAX_DIGITS} fit in an i64"
            )));
        }
        for (letter, name) in names {
            let mut letters = letter.chars();
            let field = match (letters.next(), letters.next()) {
                (Some(c), None) => fields.iter_mut().find(|field| field.letter == c),
                _ => None,
            };
            let Some(field) = field else {
                return Err(LayoutError::FieldName(format!(
                    "layout field {} is not a letter of the pattern {quoted}",
                    quote(letter)
                )));
            };
            if name.is_empty() {
                return Err(LayoutError::FieldName(format!(
                    "layout field {} has an empty name",
                    quote(letter)
                )));
            }
            field.name.clone_from(name);
        }
        Ok(Layout {
            pattern: pattern.to_owned(),
            fields,
        })
    }

    /// Total width in digits.
    pub fn digits(&self) -> u32 {
        self.fields.iter().map(|field| field.digits).sum()
    }

    /// The largest code the layout admits.
    pub fn max_code(&self) -> i64 {
        10_i64.pow(self.digits()) - 1
    }

    /// True if `code` can be written in this layout.
    pub fn admits(&self, code: i64) -> bool {
        (0..=self.max_code()).contains(&code)
    }
}
