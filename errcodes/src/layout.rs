//! Code layouts such as `A-BB-CCC` (level, module, number).

/// One fixed-width decimal field of a code layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct LayoutField {
    /// The letter standing for the field in the pattern.
    pub letter: char,
    /// The field's name, e.g. `module`.
    pub name: &'static str,
    /// Width in decimal digits.
    pub digits: u32,
}

/// A code layout: fixed-width decimal fields, read right-aligned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct CodeLayout {
    /// The pattern as declared, e.g. `A-BB-CCC`.
    pub pattern: &'static str,
    /// Fields from the most significant to the least.
    pub fields: &'static [LayoutField],
}

impl CodeLayout {
    /// Splits `code` into its fields, or `None` if the code does not fit the layout.
    pub const fn parts(&'static self, code: i64) -> Option<LayoutParts> {
        let mut digits = 0;
        let mut index = 0;
        while index < self.fields.len() {
            digits += self.fields[index].digits;
            index += 1;
        }
        if code < 0 || (digits < 19 && code >= 10_i64.pow(digits)) {
            None
        } else {
            Some(LayoutParts { layout: self, code })
        }
    }
}

/// A code split into the fields of its layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LayoutParts {
    layout: &'static CodeLayout,
    code: i64,
}

impl LayoutParts {
    /// The value of the field named `name` (or of its letter).
    pub fn get(&self, name: &str) -> Option<i64> {
        self.iter()
            .find(|(field, _)| field.name == name || field.letter.encode_utf8(&mut [0; 4]) == name)
            .map(|(_, value)| value)
    }

    /// Each field with its value, most significant first.
    pub fn iter(&self) -> impl Iterator<Item = (&'static LayoutField, i64)> + '_ {
        let fields = self.layout.fields;
        fields.iter().enumerate().map(move |(index, field)| {
            let lower: u32 = fields[index + 1..].iter().map(|f| f.digits).sum();
            let value = (self.code / 10_i64.pow(lower)) % 10_i64.pow(field.digits);
            (field, value)
        })
    }
}
