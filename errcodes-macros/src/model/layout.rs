//! Code layouts such as `A-BB-CCC`: fixed-width decimal fields read right-aligned.

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

/// Widest layout whose every value fits an `i64` (10^18 - 1 < `i64::MAX`).
const MAX_DIGITS: u32 = 18;

impl Layout {
    /// Parses `pattern` and names its fields from `names` (letter, name); a letter without a
    /// name is named after itself in lower case.
    ///
    /// # Errors
    /// A description of what is wrong with the pattern or the names.
    pub fn parse(pattern: &str, names: &[(String, String)]) -> Result<Layout, String> {
        let mut fields: Vec<LayoutField> = Vec::new();
        for group in pattern.split('-') {
            let mut chars = group.chars();
            let Some(letter) = chars.next() else {
                return Err(format!("layout `{pattern}` has an empty group; write groups of repeated letters separated by `-`, e.g. `A-BB-CCC`"));
            };
            if !letter.is_ascii_uppercase() {
                return Err(format!(
                    "layout `{pattern}`: `{letter}` is not an uppercase ASCII letter"
                ));
            }
            if chars.any(|c| c != letter) {
                return Err(format!("layout `{pattern}`: group `{group}` mixes letters; each group repeats one letter"));
            }
            if fields.iter().any(|field| field.letter == letter) {
                return Err(format!(
                    "layout `{pattern}`: letter `{letter}` names two groups"
                ));
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
            return Err(format!(
                "layout `{pattern}` has {total} digits; at most {MAX_DIGITS} fit in an i64"
            ));
        }
        for (letter, name) in names {
            let mut letters = letter.chars();
            let field = match (letters.next(), letters.next()) {
                (Some(c), None) => fields.iter_mut().find(|field| field.letter == c),
                _ => None,
            };
            let Some(field) = field else {
                return Err(format!(
                    "layout field `{letter}` is not a letter of the pattern `{pattern}`"
                ));
            };
            if name.is_empty() {
                return Err(format!("layout field `{letter}` has an empty name"));
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

#[cfg(test)]
mod tests {
    use super::Layout;

    fn names(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(l, n)| ((*l).to_owned(), (*n).to_owned()))
            .collect()
    }

    #[test]
    fn parses_and_decomposes_right_aligned() {
        let layout = Layout::parse(
            "A-BB-CCC",
            &names(&[("A", "level"), ("B", "module"), ("C", "number")]),
        )
        .unwrap();
        assert_eq!(layout.digits(), 6);
        assert_eq!(layout.max_code(), 999_999);
        assert_eq!(layout.fields[1].name, "module");
        assert!(layout.admits(0) && layout.admits(999_999));
        assert!(!layout.admits(1_000_000) && !layout.admits(-1));
    }

    #[test]
    fn unnamed_fields_default_to_their_letter() {
        let layout = Layout::parse("XX-Y", &[]).unwrap();
        assert_eq!(layout.fields[0].name, "x");
        assert_eq!(layout.fields[1].digits, 1);
    }

    #[test]
    fn rejects_bad_patterns() {
        for (pattern, needle) in [
            ("A--B", "empty group"),
            ("a-BB", "uppercase"),
            ("AB-C", "mixes letters"),
            ("A-BB-A", "two groups"),
            ("AAAAAAAAAA-BBBBBBBBBB", "fit in an i64"),
        ] {
            let error = Layout::parse(pattern, &[]).unwrap_err();
            assert!(error.contains(needle), "{pattern}: {error}");
        }
        let error = Layout::parse("A-B", &names(&[("Z", "zone")])).unwrap_err();
        assert!(error.contains("not a letter"), "{error}");
    }
}
