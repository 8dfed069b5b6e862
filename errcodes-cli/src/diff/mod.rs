//! `errcodes diff OLD NEW`: what changed between two versions of a spec, enum by enum, and
//! what each change means for code built on the generated enums (its semver class).
//!
//! Variants are matched by code (a range by its bounds). A code gone is *breaking* (code
//! naming its variant stops compiling), unless its variant reappears under another code,
//! which is a *breaking* renumbering; a variant renamed is *breaking* too. A changed
//! billing (with the date the new billing began, from `billing_history`), retry class or
//! success flag changes *behavior*: the same code now answers differently. A code added is
//! *compatible*, because the generated enums are non-exhaustive and unknown codes already
//! had a value; so is a changed message. An enum added is compatible, one removed breaking.

use std::collections::HashMap;
use std::fmt::{self, Write as _};
use std::path::Path;

use errcodes_codegen::model::{Catalog, CodeSpace, Row, Value as Code};

use crate::specs;
use crate::Output;

mod render;

/// How `diff` prints the changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// One line per change, grouped by enum.
    #[default]
    Text,
    /// A table per enum, for a pull request or a changelog.
    Markdown,
    /// `{"changes": [...], "summary": {...}}`.
    Json,
}

/// What a change means for code using the generated enums.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Class {
    /// Code that compiled may no longer compile.
    Breaking,
    /// Code compiles as before, but a code answers differently (billing, retry, success).
    Behavior,
    /// Nothing that worked changes.
    Compatible,
}

impl Class {
    pub(crate) const ALL: [Class; 3] = [Class::Breaking, Class::Behavior, Class::Compatible];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Class::Breaking => "breaking",
            Class::Behavior => "behavior",
            Class::Compatible => "compatible",
        }
    }
}

/// What changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An enum is gone.
    EnumRemoved,
    /// A new enum.
    EnumAdded,
    /// A code is gone.
    Removed,
    /// A new code.
    Added,
    /// A variant now stands for another code.
    Renumbered,
    /// The variant of a code has another name.
    Renamed,
    /// The message or the English message.
    Message,
    /// Billing now, or its history.
    Billing,
    /// The retry class.
    Retry,
    /// Whether the code means success.
    Success,
}

impl Kind {
    /// The semver class of a change of this kind.
    pub fn class(self) -> Class {
        match self {
            Kind::EnumRemoved | Kind::Removed | Kind::Renumbered | Kind::Renamed => Class::Breaking,
            Kind::Billing | Kind::Retry | Kind::Success => Class::Behavior,
            Kind::EnumAdded | Kind::Added | Kind::Message => Class::Compatible,
        }
    }

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Kind::EnumRemoved => "enum removed",
            Kind::EnumAdded => "enum added",
            Kind::Removed => "removed",
            Kind::Added => "added",
            Kind::Renumbered => "renumbered",
            Kind::Renamed => "renamed",
            Kind::Message => "message",
            Kind::Billing => "billing",
            Kind::Retry => "retry",
            Kind::Success => "success",
        }
    }
}

/// Which changes make `diff` exit with status 1 (`--fail-on breaking,billing`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOn {
    /// Any change.
    Any,
    /// Breaking changes.
    Breaking,
    /// Changes of behavior.
    Behavior,
    /// Compatible changes.
    Compatible,
    /// Codes (or enums) removed.
    Removed,
    /// Codes (or enums) added.
    Added,
    /// Variants renumbered.
    Renumbered,
    /// Variants renamed.
    Renamed,
    /// Messages changed.
    Message,
    /// Billing changed.
    Billing,
    /// Retry classes changed.
    Retry,
    /// Success flags changed.
    Success,
}

impl FailOn {
    fn matches(self, change: &Change) -> bool {
        let kind = change.kind;
        match self {
            FailOn::Any => true,
            FailOn::Breaking => kind.class() == Class::Breaking,
            FailOn::Behavior => kind.class() == Class::Behavior,
            FailOn::Compatible => kind.class() == Class::Compatible,
            FailOn::Removed => matches!(kind, Kind::Removed | Kind::EnumRemoved),
            FailOn::Added => matches!(kind, Kind::Added | Kind::EnumAdded),
            FailOn::Renumbered => kind == Kind::Renumbered,
            FailOn::Renamed => kind == Kind::Renamed,
            FailOn::Message => kind == Kind::Message,
            FailOn::Billing => kind == Kind::Billing,
            FailOn::Retry => kind == Kind::Retry,
            FailOn::Success => kind == Kind::Success,
        }
    }
}

/// One change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The enum.
    pub space: String,
    /// What changed.
    pub kind: Kind,
    /// The code (`2016`, `0..=2`); empty for a whole enum.
    pub code: String,
    /// The variant (the new one, when it has been renamed).
    pub variant: String,
    /// The value before, when there was one.
    pub old: Option<String>,
    /// The value after, when there is one.
    pub new: Option<String>,
}

impl fmt::Display for Change {
    /// `2016 ComparisonFailed: charged -> free since 2021-07-19`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.code, self.variant)?;
        match (&self.old, &self.new) {
            (Some(old), Some(new)) => write!(f, ": {old} -> {new}"),
            (Some(old), None) => write!(f, " (was: {old})"),
            (None, Some(new)) => write!(f, ": {new}"),
            (None, None) => Ok(()),
        }
    }
}

/// Compares the specs at `old` and `new`.
pub fn run(old: &Path, new: &Path, format: Format, fail_on: &[FailOn]) -> Output {
    let (old, new) = match (specs::file(old), specs::file(new)) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(output), _) | (_, Err(output)) => return output,
    };
    let changes = changes(&old.catalog, &new.catalog);
    let mut output = Output::answer(match format {
        Format::Text => render::text(&changes),
        Format::Markdown => render::markdown(&changes),
        Format::Json => format!("{:#}\n", render::json(&changes)),
    });
    let failing = changes
        .iter()
        .filter(|change| fail_on.iter().any(|fail| fail.matches(change)))
        .count();
    if failing > 0 {
        output.status = 1;
        output.stderr = format!("{failing} of the changes are of the kinds given to --fail-on\n");
    }
    output
}

/// Every change from `old` to `new`, enum by enum in the order of `new` (then the enums
/// removed), each enum's changes in the order of its codes.
pub fn changes(old: &Catalog, new: &Catalog) -> Vec<Change> {
    let mut changes = Vec::new();
    for space in &new.enums {
        match old.enums.iter().find(|before| before.ident == space.ident) {
            Some(before) => compare(before, space, &mut changes),
            None => changes.push(whole(space, Kind::EnumAdded)),
        }
    }
    for space in &old.enums {
        if !new.enums.iter().any(|after| after.ident == space.ident) {
            changes.push(whole(space, Kind::EnumRemoved));
        }
    }
    changes
}

fn whole(space: &CodeSpace, kind: Kind) -> Change {
    let codes = match space.variants.len() {
        1 => "1 code".to_owned(),
        count => format!("{count} codes"),
    };
    let (old, new) = if kind == Kind::EnumRemoved {
        (Some(codes), None)
    } else {
        (None, Some(codes))
    };
    Change {
        space: space.ident.clone(),
        kind,
        code: String::new(),
        variant: String::new(),
        old,
        new,
    }
}

/// A variant as the diff sees it: its code (or range), name, row and whether it is the
/// row's own (not an alias).
struct Listed<'a> {
    code: String,
    name: &'a str,
    row: &'a Row,
    own: bool,
}

fn listed(space: &CodeSpace) -> Vec<Listed<'_>> {
    space
        .variants
        .iter()
        .filter_map(|variant| {
            Some(Listed {
                code: match &variant.value {
                    Code::Code(code) => code.to_string(),
                    Code::Range { min, max } => format!("{min}..={max}"),
                    Code::Str(code) => code.clone(),
                },
                name: &variant.ident,
                row: space.rows.get(variant.row)?,
                own: variant.alias_of.is_none(),
            })
        })
        .collect()
}

fn compare(old: &CodeSpace, new: &CodeSpace, changes: &mut Vec<Change>) {
    let before = listed(old);
    let after = listed(new);
    let by_code = |list: &[Listed<'_>]| -> HashMap<String, usize> {
        list.iter()
            .enumerate()
            .map(|(index, item)| (item.code.clone(), index))
            .collect()
    };
    let (old_codes, new_codes) = (by_code(&before), by_code(&after));
    let space = &new.ident;
    let change =
        |kind, code: &str, variant: &str, old: Option<String>, new: Option<String>| Change {
            space: space.clone(),
            kind,
            code: code.to_owned(),
            variant: variant.to_owned(),
            old,
            new,
        };
    for item in &before {
        if new_codes.contains_key(&item.code) {
            continue;
        }
        match after
            .iter()
            .find(|moved| moved.name == item.name && !old_codes.contains_key(&moved.code))
        {
            Some(moved) => changes.push(change(
                Kind::Renumbered,
                &item.code,
                item.name,
                Some(item.code.clone()),
                Some(moved.code.clone()),
            )),
            None => changes.push(change(
                Kind::Removed,
                &item.code,
                item.name,
                Some(item.row.message.clone()),
                None,
            )),
        }
    }
    for item in &after {
        let Some(&index) = old_codes.get(&item.code) else {
            let renumbered = before
                .iter()
                .any(|gone| gone.name == item.name && !new_codes.contains_key(&gone.code));
            if !renumbered {
                changes.push(change(
                    Kind::Added,
                    &item.code,
                    item.name,
                    None,
                    Some(item.row.message.clone()),
                ));
            }
            continue;
        };
        let was = &before[index];
        if was.name != item.name {
            changes.push(change(
                Kind::Renamed,
                &item.code,
                item.name,
                Some(was.name.to_owned()),
                Some(item.name.to_owned()),
            ));
        }
        if !(item.own && was.own) {
            continue; // an alias shares its row's facts: they are compared once, at the row's own code
        }
        let (a, b) = (was.row, item.row);
        let mut fact = |kind, old: String, new: String| {
            if old != new {
                changes.push(change(kind, &item.code, item.name, Some(old), Some(new)));
            }
        };
        fact(Kind::Message, a.message.clone(), b.message.clone());
        fact(
            Kind::Message,
            english(a.message_en.as_deref()),
            english(b.message_en.as_deref()),
        );
        fact(Kind::Billing, billing(a, None), billing(b, Some(a)));
        fact(
            Kind::Retry,
            a.retry.as_str().to_owned(),
            b.retry.as_str().to_owned(),
        );
        fact(Kind::Success, a.success.to_string(), b.success.to_string());
    }
}

fn english(text: Option<&str>) -> String {
    format!("English: {}", text.unwrap_or("(none)"))
}

/// A row's billing as the diff shows it: `free since 2021-07-19` when the history says when
/// the billing began and what it was before (`before`: the older row, whose billing is
/// that earlier one), otherwise the billing and its history.
fn billing(row: &Row, before: Option<&Row>) -> String {
    let began = row.billing_history.last().filter(|period| {
        before
            .is_some_and(|before| before.billing == period.billing && before.billing != row.billing)
    });
    if let Some(period) = began {
        return format!("{} since {}", row.billing, period.until);
    }
    let mut text = row.billing.as_str().to_owned();
    for period in &row.billing_history {
        let _ = write!(text, "; {} until {}", period.billing, period.until);
    }
    text
}
