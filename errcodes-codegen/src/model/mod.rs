//! The model: a front-end-independent description of catalogs.
//!
//! Both front ends (YAML specs in `yaml`, derive attributes in `attrs`) build these
//! types; [`validate`] checks them whole; the expander turns them into tokens. Nothing
//! here knows about YAML or `syn`. The row vocabulary ([`Billing`], [`Retry`], [`Date`],
//! [`BillingPeriod`]) is `errcodes-core`'s, the same types the runtime uses.

mod layout;
mod names;
mod validate;

pub use errcodes_core::{Billing, BillingPeriod, Date, Keyword, Retry};
pub use layout::{Layout, LayoutError, LayoutField};
pub use names::{is_generated_item, is_reserved, is_upper_camel_ident, DEFAULT_CATCH_ALL};
pub use validate::validate;

use crate::diagnostics::{quote, Diagnostic, Origin};

/// One spec file: metadata plus one or more code spaces.
#[derive(Clone, Debug)]
pub struct Catalog {
    /// Metadata of the source document.
    pub meta: Meta,
    /// The code spaces, in spec order.
    pub enums: Vec<CodeSpace>,
}

/// Metadata of a source document.
#[derive(Clone, Debug)]
pub struct Meta {
    /// Title of the document, if the input gives one (see [`Meta::title_of`]).
    pub title: Option<String>,
    /// Who publishes the codes.
    pub vendor: Option<String>,
    /// URL of the source document.
    pub source: Option<String>,
    /// Language tag of the source-language messages.
    pub language: Option<String>,
    /// Free-text notes printed with the tables.
    pub notes: Option<String>,
    /// Where the metadata is declared: the title when there is one.
    pub origin: Origin,
}

impl Meta {
    /// The title of the catalog, as the enum `space` of it reports it: the title given,
    /// else the enum's own name. The one rule for specs and derives alike.
    pub fn title_of<'a>(&'a self, space: &'a CodeSpace) -> &'a str {
        self.title.as_deref().unwrap_or(&space.ident)
    }
}

impl Default for Meta {
    /// No metadata given.
    fn default() -> Self {
        Meta {
            title: None,
            vendor: None,
            source: None,
            language: None,
            notes: None,
            origin: Origin::Spec,
        }
    }
}

/// One enum: codes that share a meaning space.
#[derive(Clone, Debug)]
pub struct CodeSpace {
    /// Rust type name.
    pub ident: String,
    /// Rustdoc for the type.
    pub doc: Option<String>,
    /// Name of the catch-all variant holding unknown codes.
    pub unknown: String,
    /// Where the catch-all is declared (the enum itself when implicit).
    pub unknown_origin: Origin,
    /// Whether the codes are integers or strings.
    pub kind: CodeKind,
    /// For string codes, the separator at which they are hierarchical (`.` in
    /// `InternalError.DbError`), with where it is declared.
    pub separator: Option<(String, Origin)>,
    /// Code layout every code must follow.
    pub layout: Option<Layout>,
    /// Sections, each with its full path; entries refer to them by index.
    pub sections: Vec<Section>,
    /// Rows of the source tables, in spec order.
    pub rows: Vec<Row>,
    /// One variant per code (aliases included) or range, in spec order.
    pub variants: Vec<Variant>,
    /// Where the enum is declared.
    pub origin: Origin,
    /// False when the front end dropped parts of the input after reporting them; checks
    /// that such gaps would set off (an empty enum, a blank name) are then skipped.
    pub complete: bool,
}

/// What an enum's codes are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CodeKind {
    /// `i64` codes, single or in ranges (the default).
    #[default]
    Integer,
    /// Text codes such as `AuthFailure.SignatureExpire`, kept verbatim.
    String,
}

impl CodeKind {
    /// Both kinds, in the order messages list them.
    pub const ALL: [CodeKind; 2] = [CodeKind::Integer, CodeKind::String];

    /// The spec keyword: `integer` or `string`.
    pub fn keyword(self) -> &'static str {
        match self {
            CodeKind::Integer => "integer",
            CodeKind::String => "string",
        }
    }

    /// The kind `text` names, if any.
    pub fn from_keyword(text: &str) -> Option<CodeKind> {
        CodeKind::ALL
            .into_iter()
            .find(|kind| kind.keyword() == text)
    }

    /// The problem of a `kind` that names neither, worded once for both front ends.
    pub fn invalid(origin: Origin, text: &str) -> Diagnostic {
        Diagnostic::new(origin, format!("{} is not a valid `kind`", quote(text)))
            .help("write `integer` (the default) or `string`")
    }
}

/// A (possibly nested) section of a source document.
#[derive(Clone, Debug)]
pub struct Section {
    /// Titles from the outermost section down to this one.
    pub path: Vec<String>,
    /// Optional explanation of the section.
    pub doc: Option<String>,
    /// Where the section is declared.
    pub origin: Origin,
}

/// What a row is when neither it nor an enclosing section or enum says otherwise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RowDefaults {
    /// Billing of the row.
    pub billing: Billing,
    /// Retry class of the row.
    pub retry: Retry,
    /// Whether the row means success.
    pub success: bool,
}

impl RowDefaults {
    /// The spec language's defaults (`errcodes_core::defaults`): billing `unspecified`,
    /// retry `never`, not a success.
    pub const SPEC: RowDefaults = RowDefaults {
        billing: errcodes_core::defaults::BILLING,
        retry: errcodes_core::defaults::RETRY,
        success: errcodes_core::defaults::SUCCESS,
    };
}

impl Default for RowDefaults {
    fn default() -> Self {
        RowDefaults::SPEC
    }
}

/// The keywords of `K` as messages list them: "`charged`, `free` or `unspecified`".
pub fn keyword_choices<K: Keyword>() -> String {
    let quoted: Vec<String> = K::ALL
        .iter()
        .map(|value| format!("`{}`", value.keyword()))
        .collect();
    match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// One row of a source table: the data its codes share.
#[derive(Clone, Debug)]
pub struct Row {
    /// Message, verbatim in the source language.
    pub message: String,
    /// English message.
    pub message_en: Option<String>,
    /// The vendor's own English, kept where it is wrong.
    pub vendor_en: Option<String>,
    /// Explanation.
    pub description: Option<String>,
    /// What to do.
    pub remedy: Option<String>,
    /// The code cell as the document writes it, when it differs.
    pub as_written: Option<String>,
    /// Index into [`CodeSpace::sections`].
    pub section: Option<usize>,
    /// Billing now.
    pub billing: Billing,
    /// Earlier billing, oldest first.
    pub billing_history: Vec<BillingPeriod>,
    /// Retry class.
    pub retry: Retry,
    /// Whether the code means success.
    pub success: bool,
    /// Where the row is declared.
    pub origin: Origin,
}

/// The value a variant stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// One code; the variant is a unit variant.
    Code(i64),
    /// Every code in `min..=max`; the variant carries the code.
    Range {
        /// Smallest code in the range.
        min: i64,
        /// Largest code in the range.
        max: i64,
    },
    /// One string code, verbatim; the variant is a unit variant.
    Str(String),
}

impl Value {
    /// The first integer code the value covers (`None` for a string code).
    pub fn first(&self) -> Option<i64> {
        match *self {
            Value::Code(code) => Some(code),
            Value::Range { min, .. } => Some(min),
            Value::Str(_) => None,
        }
    }

    /// The last integer code the value covers (`None` for a string code).
    pub fn last(&self) -> Option<i64> {
        match *self {
            Value::Code(code) => Some(code),
            Value::Range { max, .. } => Some(max),
            Value::Str(_) => None,
        }
    }

    /// How messages name the value: `code 12`, `codes 10..=19`, ``code `A.B` ``.
    pub fn describe(&self) -> String {
        match self {
            Value::Code(code) => format!("code {code}"),
            Value::Range { min, max } => format!("codes {min}..={max}"),
            Value::Str(code) if code.is_empty() => "empty code".to_owned(),
            Value::Str(code) => format!("code {}", quote(code)),
        }
    }
}

/// One variant of a generated enum.
#[derive(Clone, Debug)]
pub struct Variant {
    /// Variant name.
    pub ident: String,
    /// The code or range it stands for.
    pub value: Value,
    /// Index into [`CodeSpace::rows`].
    pub row: usize,
    /// For an alias, the name of the variant whose row it shares.
    pub alias_of: Option<String>,
    /// Where the variant's name and code are declared.
    pub origin: Origin,
}

impl Variant {
    /// How a diagnostic names this variant: ``entry `Foo` (code 12)``, ``alias `FooAlt` (code 13) of `Foo` ``.
    pub fn subject(&self) -> String {
        let value = self.value.describe();
        match &self.alias_of {
            Some(primary) => format!(
                "alias {} ({value}) of {}",
                quote(&self.ident),
                quote(primary)
            ),
            None => format!("entry {} ({value})", quote(&self.ident)),
        }
    }
}

impl CodeSpace {
    /// The variants of each row, by row index: one pass, for callers that visit every row.
    pub fn variants_by_row(&self) -> Vec<Vec<&Variant>> {
        let mut by_row: Vec<Vec<&Variant>> = vec![Vec::new(); self.rows.len()];
        for variant in &self.variants {
            if let Some(slot) = by_row.get_mut(variant.row) {
                slot.push(variant);
            }
        }
        by_row
    }
}
