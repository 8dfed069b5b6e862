//! A grammar of specs for the fuzzers, shared by the stable runner (`tests/fuzz/main.rs`)
//! and the cargo-fuzz target (`fuzz/fuzz_targets/spec.rs`).
//!
//! The fuzzer's bytes choose a spec from the grammar: catalogs, enums, nested sections,
//! integer and string enums (`kind: string`, separators, malformed string codes), entries
//! with codes or ranges, aliases, billing histories, layouts and defaults. Most
//! choices are well formed, so that most inputs get past the YAML parser and the reader
//! and reach validation; a few of each kind are not (a wrong type, a duplicate code, a bad
//! name, a stray key), so every check gets exercised. The spec is written as YAML in a
//! random mix of block and flow styles, then sometimes lightly mutated at the text level;
//! a few inputs are mutated shipped specs instead, and a few enums are large (over 512
//! variants, so their `match`es are chained). A [`Case`] can also render its first enum as a
//! `#[derive(ErrorCode)]` input, for the attribute front end.

use std::fmt::Write as _;

use arbitrary::{Result, Unstructured};
use errcodes_codegen::source::SHIPPED;

/// Generated texts never grow past this, so memory stays bounded.
const MAX_INPUT: usize = 256 * 1024;

/// One fuzz input.
pub struct Case {
    /// The spec the YAML was written from (before any text-level mutation).
    pub spec: Spec,
    /// The spec as YAML, possibly mutated.
    pub yaml: String,
    /// Whether to run the derive front end over [`Case::rust`] as well.
    pub derive: bool,
}

impl Case {
    /// The case the bytes of `u` describe.
    pub fn generate(u: &mut Unstructured<'_>) -> Result<Case> {
        let from_corpus = one_in(u, 300)?;
        let spec = Spec::generate(u)?;
        let mut yaml = if from_corpus {
            let index = u.choose_index(SHIPPED.len())?;
            SHIPPED[index].1.to_owned()
        } else {
            spec.to_yaml(u)?
        };
        let mutations = if from_corpus {
            u.int_in_range(1..=4)?
        } else if one_in(u, 10)? {
            u.int_in_range(1..=2)?
        } else {
            0
        };
        for _ in 0..mutations {
            yaml = mutate(&yaml, u)?;
        }
        let derive = one_in(u, 4)?;
        Ok(Case { spec, yaml, derive })
    }

    /// The first enum of the spec as the source of a `#[derive(ErrorCode)]` input; `None`
    /// when the spec has no enum.
    pub fn rust(&self) -> Option<String> {
        self.spec.enums.first().map(Enum::to_rust)
    }
}

/// A YAML scalar: mostly of the type the key takes, sometimes not.
#[derive(Clone, Debug)]
pub enum Scalar {
    /// An integer.
    Int(i64),
    /// An integer beyond `i64`, as written.
    Big(String),
    /// A floating-point number.
    Float(f64),
    /// A string.
    Str(String),
    /// A boolean.
    Bool(bool),
    /// `~`.
    Null,
    /// `[1, 2]`, where a scalar belongs.
    List,
}

/// A spec document.
#[derive(Debug)]
pub struct Spec {
    /// `catalog:`; `None` leaves the key out.
    pub catalog: Option<CatalogMeta>,
    /// An unknown top-level key.
    pub stray_key: bool,
    /// `enums:`.
    pub enums: Vec<Enum>,
}

/// `catalog:`.
#[derive(Debug)]
pub struct CatalogMeta {
    /// `title:` (optional; the enum's name stands in for it).
    pub title: Option<String>,
    /// `vendor:`.
    pub vendor: Option<String>,
    /// `language:`.
    pub language: Option<String>,
}

/// One enum.
#[derive(Debug)]
pub struct Enum {
    /// `name:`.
    pub name: String,
    /// `doc:`.
    pub doc: Option<String>,
    /// `unknown:`, the catch-all's name.
    pub unknown: Option<String>,
    /// `kind:`: `string` (the codes are strings), sometimes `integer` or a bad keyword.
    pub kind: Option<String>,
    /// `separator:` of a string enum (sometimes of an integer one, or empty).
    pub separator: Option<String>,
    /// `layout: { pattern: .. }`.
    pub layout: Option<String>,
    /// `defaults:`.
    pub defaults: Option<Defaults>,
    /// `entries:`.
    pub entries: Vec<Entry>,
    /// `sections:`.
    pub sections: Vec<Section>,
}

/// `defaults:` of an enum or section.
#[derive(Debug)]
pub struct Defaults {
    /// `billing:`.
    pub billing: Option<String>,
    /// `retry:`.
    pub retry: Option<String>,
    /// `success:`.
    pub success: Option<Scalar>,
}

/// A section.
#[derive(Debug)]
pub struct Section {
    /// `title:`.
    pub title: Option<String>,
    /// `defaults:`.
    pub defaults: Option<Defaults>,
    /// `entries:`.
    pub entries: Vec<Entry>,
    /// Nested `sections:`.
    pub sections: Vec<Section>,
}

/// An entry.
#[derive(Debug)]
pub struct Entry {
    /// `name:`.
    pub name: Option<String>,
    /// `code:`.
    pub code: Option<Scalar>,
    /// `range: [min, max]`.
    pub range: Option<(Scalar, Scalar)>,
    /// `message:`.
    pub message: Option<Scalar>,
    /// `message_en:`.
    pub message_en: Option<String>,
    /// `description:`.
    pub description: Option<String>,
    /// `remedy:`.
    pub remedy: Option<String>,
    /// `as_written:`.
    pub as_written: Option<String>,
    /// `billing:`.
    pub billing: Option<String>,
    /// `retry:`.
    pub retry: Option<String>,
    /// `success:`.
    pub success: Option<Scalar>,
    /// `aliases:`, name and code.
    pub aliases: Vec<(String, Scalar)>,
    /// `billing_history:`, until and billing.
    pub history: Vec<(String, String)>,
    /// An unknown key.
    pub stray_key: bool,
}

const TEXTS: &[&str] = &[
    "成功",
    "系统繁忙，请稍后重试",
    "比对相似度未达到通过标准",
    "ok",
    "Token expired",
    "a: b",
    "- x",
    "#hash",
    "'single'",
    "\"double\"",
    "multi\nline",
    "tab\there",
    "emoji 😀",
    "{braces}",
    "[x]",
    "*star",
    "&anchor",
    "!tag",
    "`tick`",
    "null",
    "true",
    "123",
    "0x1F",
    "~",
];
/// Texts a message must not be.
const BLANK_TEXTS: &[&str] = &["", "  ", "\n"];
const BAD_NAMES: &[&str] = &[
    "lower",
    "Self",
    "match",
    "",
    "Not_Camel",
    "9Lives",
    "Ünicode",
    "Has Space",
    "Unknown",
];
const PREFIXES: &[&str] = &["Code", "Err", "Token", "Face", "Nfc", "A", "Risk"];
const BILLING: &[&str] = &["charged", "free", "unspecified"];
const RETRY: &[&str] = &[
    "never",
    "transient",
    "throttled",
    "user_action",
    "refresh_credentials",
];
const BAD_KEYWORDS: &[&str] = &["paid", "Charged", "sometimes", "", "free "];
const LAYOUTS: &[&str] = &["A-BB-CCC", "AA-BBB-CCCC", "AAA-BBBB"];
const BAD_LAYOUTS: &[&str] = &["AA-BB", "AAAAAAAAAA-BBBBBBBBBB", "a-BB", "A--B", "AB-C"];
const DATES: &[&str] = &["2019-01-01", "2020-06-30", "2021-07-19", "2023-02-28"];
const BAD_DATES: &[&str] = &["2021-02-29", "2021-13-01", "21-07-19", "yesterday"];
const STRING_GROUPS: &[&str] = &["InternalError", "FailedOperation", "AuthFailure", "A.B"];
const BAD_STRING_CODES: &[&str] = &["", " InternalError", "A..B", ".", "A.", ".A", "Tab\t"];
const SPECIAL_CODES: &[i64] = &[0, -1, -73, 2016, 66_664_027, 999_999, i64::MIN, i64::MAX];

/// What an enum's entries have used so far, to make codes and names unique (or not).
struct Used {
    names: Vec<String>,
    codes: Vec<i64>,
    next_code: i64,
    prefix: &'static str,
    /// The codes are strings: `Group.PrefixN`, from the integer code.
    string: bool,
}

impl Used {
    /// Codes of an enum with a layout start at 0, so that they mostly fit it.
    fn new(u: &mut Unstructured<'_>, laid_out: bool) -> Result<Used> {
        let base = if laid_out {
            0
        } else {
            *u.choose(&[0, 1, 1000, 100_000, -100, 66_660_000])?
        };
        Ok(Used {
            names: Vec::new(),
            codes: Vec::new(),
            next_code: base,
            prefix: u.choose(PREFIXES)?,
            string: false,
        })
    }

    /// A new variant name: unique, sometimes a repeat or an invalid one.
    fn name(&mut self, u: &mut Unstructured<'_>) -> Result<String> {
        let name = if !self.names.is_empty() && one_in(u, 300)? {
            u.choose(&self.names)?.clone()
        } else if one_in(u, 300)? {
            (*u.choose(BAD_NAMES)?).to_owned()
        } else {
            format!("{}{}", self.prefix, self.names.len())
        };
        self.names.push(name.clone());
        Ok(name)
    }

    /// A new code: increasing, sometimes a special value or a repeat.
    fn code(&mut self, u: &mut Unstructured<'_>) -> Result<i64> {
        let code = if !self.codes.is_empty() && one_in(u, 300)? {
            *u.choose(&self.codes)?
        } else if one_in(u, 100)? {
            *u.choose(SPECIAL_CODES)?
        } else {
            let gap = *u.choose(&[1, 1, 1, 2, 7, 100, 1000])?;
            self.next_code = self.next_code.saturating_add(gap);
            self.next_code
        };
        self.codes.push(code);
        Ok(code)
    }

    /// A code as a scalar, sometimes of another type; a string code in a string enum,
    /// sometimes a malformed one.
    fn code_scalar(&mut self, u: &mut Unstructured<'_>) -> Result<Scalar> {
        if one_in(u, 300)? {
            return odd_scalar(u);
        }
        let code = self.code(u)?;
        if !self.string {
            return Ok(Scalar::Int(code));
        }
        if one_in(u, 200)? {
            return Ok(Scalar::Str((*u.choose(BAD_STRING_CODES)?).to_owned()));
        }
        let group = u.choose(STRING_GROUPS)?;
        Ok(Scalar::Str(format!("{group}.{}{code}", self.prefix)))
    }
}

/// True with probability `1 / n`; false once the fuzzer's bytes run out, so that a
/// short input is a small, plain spec rather than one full of rarities.
fn one_in(u: &mut Unstructured<'_>, n: u32) -> Result<bool> {
    Ok(u.int_in_range(1..=n)? == n)
}

/// A scalar of an unexpected type.
fn odd_scalar(u: &mut Unstructured<'_>) -> Result<Scalar> {
    Ok(match u.int_in_range(0..=5)? {
        0 => Scalar::Big("9223372036854775808".to_owned()),
        1 => Scalar::Float(*u.choose(&[1.5, 1e30, -1e19, 3.0])?),
        2 => Scalar::Str(text(u)?),
        3 => Scalar::Bool(u.arbitrary()?),
        4 => Scalar::Null,
        _ => Scalar::List,
    })
}

/// A text: from the pool, or arbitrary.
fn text(u: &mut Unstructured<'_>) -> Result<String> {
    if one_in(u, 8)? {
        let text: String = u.arbitrary()?;
        let text: String = text.chars().take(40).collect();
        if !text.trim().is_empty() {
            return Ok(text);
        }
    }
    Ok((*u.choose(TEXTS)?).to_owned())
}

/// `Some(text)` with probability `1 / odds`.
fn maybe_text(u: &mut Unstructured<'_>, odds: u32) -> Result<Option<String>> {
    if u.ratio(1, odds)? {
        Ok(Some(text(u)?))
    } else {
        Ok(None)
    }
}

/// A keyword of `valid`, sometimes not one.
fn keyword(u: &mut Unstructured<'_>, valid: &[&str]) -> Result<String> {
    let pool = if one_in(u, 300)? { BAD_KEYWORDS } else { valid };
    Ok((*u.choose(pool)?).to_owned())
}

fn maybe_keyword(u: &mut Unstructured<'_>, valid: &[&str], odds: u32) -> Result<Option<String>> {
    if u.ratio(1, odds)? {
        Ok(Some(keyword(u, valid)?))
    } else {
        Ok(None)
    }
}

fn maybe_bool(u: &mut Unstructured<'_>, odds: u32) -> Result<Option<Scalar>> {
    if !u.ratio(1, odds)? {
        return Ok(None);
    }
    if one_in(u, 100)? {
        return Ok(Some(Scalar::Str("yes".to_owned())));
    }
    Ok(Some(Scalar::Bool(u.arbitrary()?)))
}

impl Spec {
    fn generate(u: &mut Unstructured<'_>) -> Result<Spec> {
        let catalog = if one_in(u, 300)? {
            None
        } else {
            Some(CatalogMeta {
                title: if one_in(u, 300)? {
                    None
                } else {
                    Some(text(u)?)
                },
                vendor: maybe_text(u, 3)?,
                language: if one_in(u, 3)? {
                    Some("zh-CN".to_owned())
                } else {
                    None
                },
            })
        };
        let count = if one_in(u, 300)? {
            0
        } else {
            u.int_in_range(1..=3)?
        };
        let mut enums = Vec::with_capacity(count);
        for index in 0..count {
            enums.push(Enum::generate(u, index)?);
        }
        Ok(Spec {
            catalog,
            stray_key: one_in(u, 300)?,
            enums,
        })
    }
}

impl Enum {
    fn generate(u: &mut Unstructured<'_>, index: usize) -> Result<Enum> {
        let layout = if one_in(u, 20)? {
            let pool = if one_in(u, 10)? { BAD_LAYOUTS } else { LAYOUTS };
            Some((*u.choose(pool)?).to_owned())
        } else {
            None
        };
        let mut used = Used::new(u, layout.is_some())?;
        let (kind, separator) = if one_in(u, 4)? {
            used.string = true;
            let kind = if one_in(u, 100)? {
                (*u.choose(BAD_KEYWORDS)?).to_owned()
            } else {
                "string".to_owned()
            };
            let separator = match u.int_in_range(0..=20)? {
                0 => None,
                1 => Some(String::new()),
                2 => Some("::".to_owned()),
                _ => Some(".".to_owned()),
            };
            (Some(kind), separator)
        } else if one_in(u, 100)? {
            (
                Some("integer".to_owned()),
                one_in(u, 2)?.then(|| ".".to_owned()),
            )
        } else {
            (None, None)
        };
        let name = match u.int_in_range(1..=300)? {
            300 => (*u.choose(BAD_NAMES)?).to_owned(),
            299 => "SameName".to_owned(),
            _ => format!("Fuzz{index}Code"),
        };
        let count = if one_in(u, 200)? {
            0
        } else {
            u.int_in_range(1..=8)?
        };
        let mut entries = Vec::with_capacity(count);
        for _ in 0..count {
            entries.push(Entry::generate(u, &mut used)?);
        }
        if one_in(u, 2000)? {
            // A large enum: more variants than one generated `match` takes.
            let bulk = u.int_in_range(513..=1500)?;
            for _ in 0..bulk {
                let name = used.name(u)?;
                let code = used.code(u)?;
                let code = if used.string {
                    Scalar::Str(format!("Bulk.{name}"))
                } else {
                    Scalar::Int(code)
                };
                entries.push(Entry::plain(name, code));
            }
        }
        let sections = sections(u, &mut used, 2)?;
        Ok(Enum {
            name,
            doc: maybe_text(u, 4)?,
            unknown: if one_in(u, 10)? {
                Some(if one_in(u, 10)? {
                    used.name(u)?
                } else {
                    "Other".to_owned()
                })
            } else {
                None
            },
            kind,
            separator,
            layout,
            defaults: Defaults::maybe(u)?,
            entries,
            sections,
        })
    }
}

fn sections(u: &mut Unstructured<'_>, used: &mut Used, depth: u32) -> Result<Vec<Section>> {
    if depth == 0 || !one_in(u, 4)? {
        return Ok(Vec::new());
    }
    let count = u.int_in_range(1..=2)?;
    let mut found = Vec::with_capacity(count);
    for _ in 0..count {
        let entries_count = u.int_in_range(0..=4)?;
        let mut entries = Vec::with_capacity(entries_count);
        for _ in 0..entries_count {
            entries.push(Entry::generate(u, used)?);
        }
        found.push(Section {
            title: if one_in(u, 300)? {
                None
            } else {
                Some(text(u)?)
            },
            defaults: Defaults::maybe(u)?,
            entries,
            sections: sections(u, used, depth - 1)?,
        });
    }
    Ok(found)
}

impl Defaults {
    fn maybe(u: &mut Unstructured<'_>) -> Result<Option<Defaults>> {
        if !one_in(u, 5)? {
            return Ok(None);
        }
        Ok(Some(Defaults {
            billing: maybe_keyword(u, BILLING, 2)?,
            retry: maybe_keyword(u, RETRY, 2)?,
            success: maybe_bool(u, 4)?,
        }))
    }
}

impl Entry {
    fn generate(u: &mut Unstructured<'_>, used: &mut Used) -> Result<Entry> {
        let name = if one_in(u, 300)? {
            None
        } else {
            Some(used.name(u)?)
        };
        // Mostly a code, sometimes a range; rarely both or neither. (Bytes that run out
        // read as 0: the common case.)
        // A string enum takes no ranges: there one is a rare mistake.
        let roll = u.int_in_range(0..=599)?;
        let roll = if used.string && (540..=597).contains(&roll) && !one_in(u, 50)? {
            0
        } else {
            roll
        };
        let (code, range) = match roll {
            599 => (None, None),
            598 => (
                Some(used.code_scalar(u)?),
                Some((Scalar::Int(0), Scalar::Int(1))),
            ),
            540..=597 => {
                let min = used.code(u)?;
                let width = if one_in(u, 100)? {
                    -1
                } else {
                    *u.choose(&[0, 1, 9, 99])?
                };
                let max = min.saturating_add(width);
                used.next_code = used.next_code.max(max);
                let end = if one_in(u, 300)? {
                    odd_scalar(u)?
                } else {
                    Scalar::Int(max)
                };
                (None, Some((Scalar::Int(min), end)))
            }
            _ => (Some(used.code_scalar(u)?), None),
        };
        let message = match u.int_in_range(1..=300)? {
            300 => None,
            299 if u.arbitrary()? => Some(odd_scalar(u)?),
            299 => Some(Scalar::Str((*u.choose(BLANK_TEXTS)?).to_owned())),
            _ => Some(Scalar::Str(text(u)?)),
        };
        let mut aliases = Vec::new();
        // A range entry cannot have aliases: only rarely try.
        let alias_odds = if range.is_some() { 200 } else { 8 };
        if one_in(u, alias_odds)? {
            for _ in 0..u.int_in_range(1..=2)? {
                aliases.push((used.name(u)?, used.code_scalar(u)?));
            }
        }
        let mut history = Vec::new();
        if one_in(u, 10)? {
            // Oldest first, as a spec must list them; sometimes not, or not a date.
            let periods = u.int_in_range(1..=DATES.len())?;
            let first = u.int_in_range(0..=DATES.len() - periods)?;
            for date in &DATES[first..first + periods] {
                history.push(((*date).to_owned(), keyword(u, BILLING)?));
            }
            if one_in(u, 50)? {
                history.reverse();
            }
            if one_in(u, 50)? {
                (*u.choose(BAD_DATES)?).clone_into(&mut history[0].0);
            }
        }
        Ok(Entry {
            name,
            code,
            range,
            message,
            message_en: maybe_text(u, 3)?,
            description: maybe_text(u, 5)?,
            remedy: maybe_text(u, 6)?,
            as_written: maybe_text(u, 20)?,
            billing: maybe_keyword(u, BILLING, 3)?,
            retry: maybe_keyword(u, RETRY, 3)?,
            success: maybe_bool(u, 10)?,
            aliases,
            history,
            stray_key: one_in(u, 300)?,
        })
    }

    /// A minimal entry: a name, a code and a message.
    fn plain(name: String, code: Scalar) -> Entry {
        Entry {
            name: Some(name),
            code: Some(code),
            range: None,
            message: Some(Scalar::Str("m".to_owned())),
            message_en: None,
            description: None,
            remedy: None,
            as_written: None,
            billing: None,
            retry: None,
            success: None,
            aliases: Vec::new(),
            history: Vec::new(),
            stray_key: false,
        }
    }
}

// ---------------------------------------------------------------------------------------
// YAML

/// A YAML node before it is written; collections choose block or flow style.
enum Yaml {
    Scalar(String),
    Seq(Vec<Yaml>, bool),
    Map(Vec<(String, Yaml)>, bool),
}

impl Spec {
    /// The spec as YAML text, in a style chosen by `u`.
    fn to_yaml(&self, u: &mut Unstructured<'_>) -> Result<String> {
        let mut top = Vec::new();
        if let Some(catalog) = &self.catalog {
            let mut pairs = Vec::new();
            if let Some(title) = &catalog.title {
                pairs.push(("title".to_owned(), string(title, u)?));
            }
            if let Some(vendor) = &catalog.vendor {
                pairs.push(("vendor".to_owned(), string(vendor, u)?));
            }
            if let Some(language) = &catalog.language {
                pairs.push(("language".to_owned(), string(language, u)?));
            }
            top.push(("catalog".to_owned(), Yaml::Map(pairs, u.arbitrary()?)));
        }
        let mut enums = Vec::new();
        for space in &self.enums {
            enums.push(space.to_yaml(u)?);
        }
        top.push(("enums".to_owned(), Yaml::Seq(enums, false)));
        if self.stray_key {
            top.push(("extra".to_owned(), Yaml::Scalar("1".to_owned())));
        }
        let mut out = String::new();
        block_map(&top, 0, false, &mut out);
        Ok(out)
    }
}

impl Enum {
    fn to_yaml(&self, u: &mut Unstructured<'_>) -> Result<Yaml> {
        let mut pairs = vec![("name".to_owned(), string(&self.name, u)?)];
        if let Some(doc) = &self.doc {
            pairs.push(("doc".to_owned(), string(doc, u)?));
        }
        if let Some(unknown) = &self.unknown {
            pairs.push(("unknown".to_owned(), string(unknown, u)?));
        }
        if let Some(kind) = &self.kind {
            pairs.push(("kind".to_owned(), string(kind, u)?));
        }
        if let Some(separator) = &self.separator {
            pairs.push(("separator".to_owned(), string(separator, u)?));
        }
        if let Some(layout) = &self.layout {
            let fields = if one_in(u, 3)? {
                vec![(
                    "fields".to_owned(),
                    Yaml::Map(
                        vec![("A".to_owned(), Yaml::Scalar("level".to_owned()))],
                        true,
                    ),
                )]
            } else {
                Vec::new()
            };
            let mut layout_pairs = vec![("pattern".to_owned(), string(layout, u)?)];
            layout_pairs.extend(fields);
            pairs.push(("layout".to_owned(), Yaml::Map(layout_pairs, u.arbitrary()?)));
        }
        if let Some(defaults) = &self.defaults {
            pairs.push(("defaults".to_owned(), defaults.to_yaml(u)?));
        }
        contents(&self.entries, &self.sections, &mut pairs, u)?;
        Ok(Yaml::Map(pairs, false))
    }
}

fn contents(
    entries: &[Entry],
    sections: &[Section],
    pairs: &mut Vec<(String, Yaml)>,
    u: &mut Unstructured<'_>,
) -> Result<()> {
    if !entries.is_empty() || one_in(u, 20)? {
        let mut items = Vec::with_capacity(entries.len());
        for entry in entries {
            items.push(entry.to_yaml(u)?);
        }
        pairs.push(("entries".to_owned(), Yaml::Seq(items, false)));
    }
    if !sections.is_empty() {
        let mut items = Vec::with_capacity(sections.len());
        for section in sections {
            let mut section_pairs = Vec::new();
            if let Some(title) = &section.title {
                section_pairs.push(("title".to_owned(), string(title, u)?));
            }
            if let Some(defaults) = &section.defaults {
                section_pairs.push(("defaults".to_owned(), defaults.to_yaml(u)?));
            }
            contents(&section.entries, &section.sections, &mut section_pairs, u)?;
            items.push(Yaml::Map(section_pairs, false));
        }
        pairs.push(("sections".to_owned(), Yaml::Seq(items, false)));
    }
    Ok(())
}

impl Defaults {
    fn to_yaml(&self, u: &mut Unstructured<'_>) -> Result<Yaml> {
        let mut pairs = Vec::new();
        if let Some(billing) = &self.billing {
            pairs.push(("billing".to_owned(), string(billing, u)?));
        }
        if let Some(retry) = &self.retry {
            pairs.push(("retry".to_owned(), string(retry, u)?));
        }
        if let Some(success) = &self.success {
            pairs.push(("success".to_owned(), scalar(success, u)?));
        }
        Ok(Yaml::Map(pairs, u.arbitrary()?))
    }
}

impl Entry {
    fn to_yaml(&self, u: &mut Unstructured<'_>) -> Result<Yaml> {
        let mut pairs = Vec::new();
        if let Some(name) = &self.name {
            pairs.push(("name".to_owned(), string(name, u)?));
        }
        if let Some(code) = &self.code {
            pairs.push(("code".to_owned(), scalar(code, u)?));
        }
        if let Some((min, max)) = &self.range {
            let bounds = vec![scalar(min, u)?, scalar(max, u)?];
            pairs.push(("range".to_owned(), Yaml::Seq(bounds, true)));
        }
        if let Some(message) = &self.message {
            pairs.push(("message".to_owned(), scalar(message, u)?));
        }
        for (key, value) in [
            ("message_en", &self.message_en),
            ("description", &self.description),
            ("remedy", &self.remedy),
            ("as_written", &self.as_written),
            ("billing", &self.billing),
            ("retry", &self.retry),
        ] {
            if let Some(value) = value {
                pairs.push((key.to_owned(), string(value, u)?));
            }
        }
        if let Some(success) = &self.success {
            pairs.push(("success".to_owned(), scalar(success, u)?));
        }
        if !self.aliases.is_empty() {
            let mut items = Vec::new();
            for (name, code) in &self.aliases {
                let alias = vec![
                    ("code".to_owned(), scalar(code, u)?),
                    ("name".to_owned(), string(name, u)?),
                ];
                items.push(Yaml::Map(alias, true));
            }
            pairs.push(("aliases".to_owned(), Yaml::Seq(items, u.arbitrary()?)));
        }
        if !self.history.is_empty() {
            let mut items = Vec::new();
            for (until, billing) in &self.history {
                let period = vec![
                    ("until".to_owned(), string(until, u)?),
                    ("billing".to_owned(), string(billing, u)?),
                ];
                items.push(Yaml::Map(period, u.arbitrary()?));
            }
            pairs.push(("billing_history".to_owned(), Yaml::Seq(items, false)));
        }
        if self.stray_key {
            pairs.push(("mesage".to_owned(), Yaml::Scalar("typo".to_owned())));
        }
        let flow = one_in(u, 2)?;
        Ok(Yaml::Map(pairs, flow))
    }
}

/// A string scalar: double-quoted, or plain where that is safe and `u` says so.
fn string(text: &str, u: &mut Unstructured<'_>) -> Result<Yaml> {
    // Plain only where YAML would read the same string back (not `null`, `true`, `123`).
    let plain_safe = text.chars().next().is_some_and(char::is_alphabetic)
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-' || c == ' ')
        && !text.ends_with(' ')
        && !matches!(
            text.to_ascii_lowercase().as_str(),
            "null" | "true" | "false" | "nan" | "inf"
        );
    if plain_safe && one_in(u, 3)? {
        return Ok(Yaml::Scalar(text.to_owned()));
    }
    Ok(Yaml::Scalar(quoted(text)))
}

/// `text` as a YAML double-quoted scalar.
fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || c == '\u{feff}' || ('\u{fffe}'..='\u{ffff}').contains(&c) => {
                let _ = write!(out, "\\u{:04x}", u32::from(c) & 0xFFFF);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn scalar(value: &Scalar, u: &mut Unstructured<'_>) -> Result<Yaml> {
    Ok(match value {
        Scalar::Int(int) => Yaml::Scalar(int.to_string()),
        Scalar::Big(text) => Yaml::Scalar(text.clone()),
        Scalar::Float(float) => Yaml::Scalar(format!("{float:?}")),
        Scalar::Str(text) => string(text, u)?,
        Scalar::Bool(flag) => Yaml::Scalar(flag.to_string()),
        Scalar::Null => Yaml::Scalar("~".to_owned()),
        Scalar::List => Yaml::Seq(vec![Yaml::Scalar("1".to_owned())], true),
    })
}

/// The pairs of a block mapping at `indent`; `inline_first` when the first key follows a
/// `- ` already written.
fn block_map(pairs: &[(String, Yaml)], indent: usize, inline_first: bool, out: &mut String) {
    for (index, (key, value)) in pairs.iter().enumerate() {
        if index > 0 || !inline_first {
            out.push_str(&" ".repeat(indent));
        }
        out.push_str(key);
        out.push(':');
        match value {
            Yaml::Map(inner, false) if !inner.is_empty() => {
                out.push('\n');
                block_map(inner, indent + 2, false, out);
            }
            Yaml::Seq(items, false) if !items.is_empty() => {
                out.push('\n');
                block_seq(items, indent + 2, out);
            }
            other => {
                out.push(' ');
                out.push_str(&flow(other));
                out.push('\n');
            }
        }
    }
}

fn block_seq(items: &[Yaml], indent: usize, out: &mut String) {
    for item in items {
        out.push_str(&" ".repeat(indent));
        out.push_str("- ");
        match item {
            Yaml::Map(pairs, false) if !pairs.is_empty() => block_map(pairs, indent + 2, true, out),
            other => {
                out.push_str(&flow(other));
                out.push('\n');
            }
        }
    }
}

fn flow(node: &Yaml) -> String {
    match node {
        Yaml::Scalar(text) => text.clone(),
        Yaml::Seq(items, _) => {
            let items: Vec<String> = items.iter().map(flow).collect();
            format!("[{}]", items.join(", "))
        }
        Yaml::Map(pairs, _) => {
            let pairs: Vec<String> = pairs
                .iter()
                .map(|(key, value)| format!("{key}: {}", flow(value)))
                .collect();
            format!("{{ {} }}", pairs.join(", "))
        }
    }
}

// ---------------------------------------------------------------------------------------
// Text-level mutations

const TOKENS: &[&str] = &[
    "&a ",
    "*a",
    "<<: *a\n",
    "[",
    "]",
    "{",
    "}",
    ": ",
    "- ",
    "\n",
    "\n  ",
    "\t",
    "#",
    "!",
    "!!str ",
    "!!binary ",
    "'",
    "\"",
    "|\n",
    ">-\n",
    "~",
    "null",
    "true",
    "0x1F",
    "1e9",
    "-0",
    ".nan",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775809",
    "2021-02-30",
    "code: ",
    "range: [",
    "aliases: [{code: 1, name: A}]",
    "name: ",
    "message: ",
    "entries:\n",
    "sections:\n",
    "layout: {pattern: AB-C}",
    "billing_history: [{until: x}]",
    "unknown: Unknown",
    "retry: transient",
    "billing: free",
    "\u{FEFF}",
    "\u{0}",
    "😀",
    "错",
];

/// One random edit of `input`, at char boundaries.
fn mutate(input: &str, u: &mut Unstructured<'_>) -> Result<String> {
    let mut text = input.to_owned();
    match u.int_in_range(0..=5)? {
        0 => {
            let at = boundary(&text, u.int_in_range(0..=text.len())?);
            text.insert_str(at, u.choose(TOKENS)?);
        }
        1 => {
            let start = boundary(&text, u.int_in_range(0..=text.len())?);
            let end = boundary(&text, start + u.int_in_range(0..=64)?);
            text.replace_range(start..end, "");
        }
        2 => {
            let start = boundary(&text, u.int_in_range(0..=text.len())?);
            let end = boundary(&text, start + u.int_in_range(0..=256)?);
            let piece = text[start..end].to_owned();
            let at = boundary(&text, u.int_in_range(0..=text.len())?);
            text.insert_str(at, &piece);
        }
        3 => {
            // Splice in a line of a shipped spec.
            let other = SHIPPED[u.choose_index(SHIPPED.len())?].1;
            let lines: Vec<&str> = other.lines().collect();
            let line = lines[u.choose_index(lines.len())?];
            let at = boundary(&text, u.int_in_range(0..=text.len())?);
            text.insert_str(at, &format!("\n{line}\n"));
        }
        4 => {
            // Change a digit, which moves codes around: duplicates, overflow, layout misses.
            let digits: Vec<usize> = text
                .char_indices()
                .filter(|(_, c)| c.is_ascii_digit())
                .map(|(i, _)| i)
                .collect();
            if !digits.is_empty() {
                let at = digits[u.choose_index(digits.len())?];
                let digit = char::from(b'0' + u.int_in_range(0..=9)?);
                text.replace_range(at..=at, &digit.to_string());
            }
        }
        _ => {
            // Shift the indentation of one line.
            let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
            if !lines.is_empty() {
                let index = u.choose_index(lines.len())?;
                if u.arbitrary()? {
                    lines[index].insert_str(0, "  ");
                } else {
                    let trimmed = lines[index].trim_start_matches(' ').len();
                    let indent = lines[index].len() - trimmed;
                    lines[index].replace_range(..indent, "");
                }
                text = lines.join("\n");
            }
        }
    }
    text.truncate(boundary(&text, MAX_INPUT));
    Ok(text)
}

/// The largest char boundary of `text` at or below `at`.
fn boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

// ---------------------------------------------------------------------------------------
// Rust, for the derive

impl Enum {
    /// The enum as a `#[derive(ErrorCode)]` input; names are written as they are, so some
    /// inputs are not Rust at all.
    fn to_rust(&self) -> String {
        let mut out = String::from("#[errcodes(title = \"Fuzz\"");
        if let Some(kind) = &self.kind {
            let _ = write!(out, ", kind = {kind:?}");
        }
        if let Some(separator) = &self.separator {
            let _ = write!(out, ", separator = {separator:?}");
        }
        if let Some(layout) = &self.layout {
            let _ = write!(out, ", layout = {layout:?}");
        }
        if let Some(defaults) = &self.defaults {
            if let Some(billing) = &defaults.billing {
                let _ = write!(out, ", billing = {billing:?}");
            }
            if let Some(retry) = &defaults.retry {
                let _ = write!(out, ", retry = {retry:?}");
            }
        }
        let _ = writeln!(out, ")]\nenum {} {{", self.name);
        Enum::variants(&self.entries, &[], &mut out);
        for section in &self.sections {
            Enum::section_variants(section, &mut Vec::new(), &mut out);
        }
        let payload = if self.kind.as_deref() == Some("string") {
            "UnlistedStr"
        } else {
            "Unlisted"
        };
        match &self.unknown {
            Some(name) => {
                let _ = writeln!(
                    out,
                    "    #[errcode(unknown)]\n    {name}(errcodes::{payload}<Self>),"
                );
            }
            None => {
                let _ = writeln!(out, "    Unknown(errcodes::{payload}<Self>),");
            }
        }
        out.push('}');
        out
    }

    fn section_variants(section: &Section, path: &mut Vec<String>, out: &mut String) {
        path.push(section.title.clone().unwrap_or_default());
        Enum::variants(&section.entries, path, out);
        for inner in &section.sections {
            Enum::section_variants(inner, path, out);
        }
        path.pop();
    }

    fn variants(entries: &[Entry], path: &[String], out: &mut String) {
        for entry in entries {
            let mut keys = Vec::new();
            if let Some(code) = &entry.code {
                keys.push(format!("code = {}", rust_scalar(code)));
            }
            if let Some(message) = &entry.message {
                keys.push(format!("message = {}", rust_scalar(message)));
            }
            for (key, value) in [
                ("message_en", &entry.message_en),
                ("description", &entry.description),
                ("remedy", &entry.remedy),
                ("as_written", &entry.as_written),
                ("billing", &entry.billing),
                ("retry", &entry.retry),
            ] {
                if let Some(value) = value {
                    keys.push(format!("{key} = {value:?}"));
                }
            }
            if let Some(Scalar::Bool(true)) = entry.success {
                keys.push("success".to_owned());
            }
            for (until, billing) in &entry.history {
                keys.push(format!(
                    "billing_history(until = {until:?}, billing = {billing:?})"
                ));
            }
            if !path.is_empty() {
                keys.push(format!("section = {:?}", path.join(" > ")));
            }
            if entry.stray_key {
                keys.push("mesage = \"typo\"".to_owned());
            }
            let name = entry.name.as_deref().unwrap_or("");
            let fields = entry.range.as_ref().map_or_else(String::new, |(min, max)| {
                format!(
                    "(errcodes::InRange<{}, {}>)",
                    const_argument(min),
                    const_argument(max)
                )
            });
            let _ = writeln!(
                out,
                "    #[errcode({})]\n    {name}{fields},",
                keys.join(", ")
            );
            for (alias, code) in &entry.aliases {
                let _ = writeln!(
                    out,
                    "    #[errcode(code = {}, alias_of = {name})]\n    {alias},",
                    rust_scalar(code)
                );
            }
        }
    }
}

/// A scalar as a const generic argument: braced unless it is a plain non-negative integer.
fn const_argument(value: &Scalar) -> String {
    match value {
        Scalar::Int(int) if *int >= 0 => int.to_string(),
        other => format!("{{ {} }}", rust_scalar(other)),
    }
}

fn rust_scalar(value: &Scalar) -> String {
    match value {
        Scalar::Int(int) => int.to_string(),
        Scalar::Big(text) => text.clone(),
        Scalar::Float(float) => format!("{float:?}"),
        Scalar::Str(text) => format!("{text:?}"),
        Scalar::Bool(flag) => flag.to_string(),
        Scalar::Null => "()".to_owned(),
        Scalar::List => "[1]".to_owned(),
    }
}
