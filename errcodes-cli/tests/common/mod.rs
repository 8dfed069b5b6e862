//! Reading specs back with `serde_yaml`, flattening them to rows, and the house rules every
//! imported spec must keep (those `include_errcodes!` enforces on names, codes and keywords).
#![allow(dead_code, reason = "each test binary uses a different subset")]

use std::collections::HashSet;
use std::fmt;

use errcodes_cli::import::{import, ImportOptions, Imported};
use serde::Deserialize;

/// A spec as the house format writes it; unknown keys are an error.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spec {
    pub catalog: Catalog,
    pub enums: Vec<Enum>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    pub title: String,
    pub vendor: Option<String>,
    pub source: Option<String>,
    pub language: Option<String>,
    pub notes: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Enum {
    pub name: String,
    pub doc: Option<String>,
    pub kind: Option<String>,
    pub separator: Option<String>,
    pub unknown: Option<String>,
    pub layout: Option<serde_yaml::Value>,
    pub defaults: Option<Defaults>,
    #[serde(default)]
    pub entries: Vec<Entry>,
    #[serde(default)]
    pub sections: Vec<Section>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Defaults {
    pub billing: Option<String>,
    pub retry: Option<String>,
    pub success: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub title: String,
    pub doc: Option<String>,
    pub defaults: Option<Defaults>,
    #[serde(default)]
    pub entries: Vec<Entry>,
    #[serde(default)]
    pub sections: Vec<Section>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub name: String,
    pub code: Option<Code>,
    pub range: Option<[i64; 2]>,
    #[serde(default)]
    pub aliases: Vec<Alias>,
    pub as_written: Option<String>,
    pub message: String,
    pub message_en: Option<String>,
    pub vendor_en: Option<String>,
    pub description: Option<String>,
    pub remedy: Option<String>,
    pub billing: Option<String>,
    #[serde(default)]
    pub billing_history: Vec<serde_yaml::Value>,
    pub retry: Option<String>,
    pub success: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize)]
#[serde(untagged)]
pub enum Code {
    Integer(i64),
    String(String),
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Integer(code) => write!(f, "{code}"),
            Self::String(code) => f.write_str(code),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alias {
    pub code: Code,
    pub name: String,
}

/// One entry with everything inherited resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub section: Vec<String>,
    pub name: String,
    /// The entry's code (the range as `min-max`).
    pub key: String,
    pub code: Option<Code>,
    pub range: Option<[i64; 2]>,
    pub aliases: Vec<(Code, String)>,
    pub as_written: Option<String>,
    pub message: String,
    pub message_en: Option<String>,
    pub vendor_en: Option<String>,
    pub description: Option<String>,
    pub remedy: Option<String>,
    /// Effective billing: the entry's, else the nearest defaults', else `unspecified`.
    pub billing: String,
    pub billing_history: bool,
    /// Effective retry class (default `never`).
    pub retry: String,
    pub success: bool,
}

/// Parses a spec; panics with the text when it does not parse or has unknown keys.
pub fn parse(yaml: &str) -> Spec {
    serde_yaml::from_str(yaml)
        .unwrap_or_else(|error| panic!("spec does not parse: {error}\n{yaml}"))
}

/// Imports `page` with default options, expecting a spec.
pub fn import_ok(page: &str) -> Imported {
    import(page, &ImportOptions::new("page.md"))
        .unwrap_or_else(|nothing| panic!("nothing imported: {nothing}\n{}", nothing.report))
}

/// Imports `page`, checks the house rules and the report's accounting, and returns the spec
/// read back.
pub fn import_spec(page: &str) -> (Spec, Imported) {
    let imported = import_ok(page);
    let spec = parse(&imported.spec);
    check_house_rules(&spec);
    check_accounting(&imported, &spec);
    (spec, imported)
}

/// Every row read is either written or reported as not written; the spec holds exactly the
/// entries the summary counts.
pub fn check_accounting(imported: &Imported, spec: &Spec) {
    let summary = &imported.report.summary;
    let not_written: usize = summary.rows_not_written.iter().map(|(_, rows)| rows).sum();
    assert_eq!(
        summary.rows_read,
        summary.entries_written + not_written,
        "rows unaccounted for:\n{}",
        imported.report
    );
    assert_eq!(
        all_rows(spec).len(),
        summary.entries_written,
        "{}",
        imported.report
    );
}

/// The rows of every enum, in spec order (entries before sections, depth first).
pub fn rows(spec: &Spec) -> Vec<Vec<Row>> {
    spec.enums
        .iter()
        .map(|space| {
            let mut out = Vec::new();
            let defaults = space.defaults.clone().unwrap_or_default();
            collect(&space.entries, &space.sections, &[], &defaults, &mut out);
            out
        })
        .collect()
}

/// All rows of all enums.
pub fn all_rows(spec: &Spec) -> Vec<Row> {
    rows(spec).into_iter().flatten().collect()
}

/// The row whose code (or range start) is `key`.
pub fn row<'a>(rows: &'a [Row], key: &str) -> &'a Row {
    rows.iter()
        .find(|row| row.key == key)
        .unwrap_or_else(|| panic!("no row with code {key}"))
}

fn collect(
    entries: &[Entry],
    sections: &[Section],
    path: &[String],
    defaults: &Defaults,
    out: &mut Vec<Row>,
) {
    for entry in entries {
        out.push(Row {
            section: path.to_vec(),
            name: entry.name.clone(),
            key: match (&entry.code, entry.range) {
                (Some(code), _) => code.to_string(),
                (None, Some([min, max])) => format!("{min}-{max}"),
                (None, None) => panic!("entry {} has neither code nor range", entry.name),
            },
            code: entry.code.clone(),
            range: entry.range,
            aliases: entry
                .aliases
                .iter()
                .map(|alias| (alias.code.clone(), alias.name.clone()))
                .collect(),
            as_written: entry.as_written.clone(),
            message: entry.message.clone(),
            message_en: entry.message_en.clone(),
            vendor_en: entry.vendor_en.clone(),
            description: entry.description.clone(),
            remedy: entry.remedy.clone(),
            billing: entry
                .billing
                .clone()
                .or_else(|| defaults.billing.clone())
                .unwrap_or_else(|| "unspecified".to_owned()),
            billing_history: !entry.billing_history.is_empty(),
            retry: entry
                .retry
                .clone()
                .or_else(|| defaults.retry.clone())
                .unwrap_or_else(|| "never".to_owned()),
            success: entry.success.or(defaults.success).unwrap_or(false),
        });
    }
    for section in sections {
        let mut inner = defaults.clone();
        if let Some(own) = &section.defaults {
            inner.billing = own.billing.clone().or(inner.billing);
            inner.retry = own.retry.clone().or(inner.retry);
            inner.success = own.success.or(inner.success);
        }
        let mut path = path.to_vec();
        path.push(section.title.clone());
        collect(&section.entries, &section.sections, &path, &inner, out);
    }
}

const RESERVED: &[&str] = &["Self", "Unknown"];
const BILLING: &[&str] = &["charged", "free", "unspecified"];
const RETRY: &[&str] = &[
    "never",
    "transient",
    "throttled",
    "user_action",
    "refresh_credentials",
];

/// The checks `include_errcodes!` makes that an importer could get wrong: enum and variant
/// names are `UpperCamelCase` ASCII identifiers, unique (aliases included) and not reserved;
/// codes are unique per enum and ranges are not empty; messages are not empty; keywords are
/// known; every enum has an entry.
pub fn check_house_rules(spec: &Spec) {
    let mut enum_names = HashSet::new();
    for (space, rows) in spec.enums.iter().zip(rows(spec)) {
        assert!(is_upper_camel(&space.name), "enum name {}", space.name);
        assert!(
            enum_names.insert(space.name.clone()),
            "enum {} twice",
            space.name
        );
        assert!(!rows.is_empty(), "enum {} has no entries", space.name);
        let mut names = HashSet::new();
        let mut codes = HashSet::new();
        for row in &rows {
            for name in std::iter::once(&row.name).chain(row.aliases.iter().map(|(_, name)| name)) {
                assert!(
                    is_upper_camel(name) && !RESERVED.contains(&name.as_str()),
                    "variant name {name}"
                );
                assert!(
                    names.insert(name.clone()),
                    "variant name {name} twice in {}",
                    space.name
                );
            }
            for code in row
                .code
                .iter()
                .chain(row.aliases.iter().map(|(code, _)| code))
            {
                assert!(
                    codes.insert(code.clone()),
                    "code {code} twice in {}",
                    space.name
                );
            }
            if let Some([min, max]) = row.range {
                assert!(min <= max, "empty range {min}-{max}");
            }
            assert!(!row.message.is_empty(), "empty message for {}", row.key);
            assert!(
                BILLING.contains(&row.billing.as_str()),
                "billing {}",
                row.billing
            );
            assert!(RETRY.contains(&row.retry.as_str()), "retry {}", row.retry);
        }
        let string = space.kind.as_deref() == Some("string");
        assert!(
            rows.iter()
                .all(|row| string == matches!(row.code, Some(Code::String(_)))),
            "enum {} mixes integer and string codes, or says the wrong kind",
            space.name
        );
    }
}

fn is_upper_camel(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.all(|c| c.is_ascii_alphanumeric())
}

/// The spec loads through `errcodes-codegen` without a problem: `include_errcodes!` and
/// `errcodes check` accept it as it stands.
pub fn check_loads(name: &str, spec: &str) {
    let (catalog, problems) =
        errcodes_codegen::load(&errcodes_codegen::Source::from_text(name, spec));
    let messages: Vec<String> = problems
        .messages(Some(name))
        .into_iter()
        .map(|(_, message)| message)
        .collect();
    assert!(
        catalog.is_some() && messages.is_empty(),
        "{}\n{spec}",
        messages.join("\n")
    );
}

/// Runs the `errcodes` binary with `args` and waits for it.
pub fn errcodes(args: &[&str]) -> std::process::Output {
    assert_cmd::Command::cargo_bin("errcodes")
        .unwrap()
        .args(args)
        .output()
        .unwrap()
}
