//! Whole-catalog checks that no single field can make: unique names and codes,
//! disjoint ranges, codes that follow the layout, non-empty messages and titles. The rules
//! are the same for every front end: they are checked here, on the model, and nowhere else.

use std::collections::HashMap;

use super::{
    is_generated_item, is_reserved, is_upper_camel_ident, Catalog, CodeKind, CodeSpace, Value,
    Variant,
};
use crate::diagnostics::{quote, Diagnostic, Diagnostics};

/// Checks every enum of `catalog` as a whole, pushing every problem found into
/// `diagnostics`: names (valid, not reserved, unique), codes (no duplicates, disjoint
/// ranges, inside the layout), messages, titles and billing histories. A front end runs it over
/// whatever it could read, so one build reports every problem.
pub fn validate(catalog: &Catalog, diagnostics: &mut Diagnostics) {
    // A title is optional (the enum's name stands in for it), but one given says something.
    if catalog
        .meta
        .title
        .as_ref()
        .is_some_and(|title| title.trim().is_empty())
    {
        diagnostics.push(
            Diagnostic::new(catalog.meta.origin.clone(), "the title is empty")
                .subject("catalog")
                .help("give the title of the source document, or no title: the enum's name then stands in for it"),
        );
    }
    let mut enum_names: HashMap<&str, usize> = HashMap::new();
    for (index, space) in catalog.enums.iter().enumerate() {
        if let Some(&first) = enum_names.get(space.ident.as_str()) {
            diagnostics.push(
                Diagnostic::new(
                    space.origin.clone(),
                    format!(
                        "enum {} is defined twice in this spec (first as enum #{})",
                        quote(&space.ident),
                        first + 1
                    ),
                )
                .subject(format!("enum {}", quote(&space.ident)))
                .help("give each enum of a spec its own name"),
            );
        } else {
            enum_names.insert(&space.ident, index);
        }
        validate_space(space, diagnostics);
    }
}

fn validate_space(space: &CodeSpace, diagnostics: &mut Diagnostics) {
    let subject = format!("enum {}", quote(&space.ident));
    // A blank name was already reported as missing by the front end.
    let blank = space.ident.is_empty() && !space.complete;
    if !blank && (!is_upper_camel_ident(&space.ident) || is_reserved(&space.ident)) {
        diagnostics.push(
            Diagnostic::new(
                space.origin.clone(),
                format!("{} is not a valid enum name", quote(&space.ident)),
            )
            .subject(&subject)
            .help("use an UpperCamelCase Rust identifier, e.g. `ApiCode`"),
        );
    }
    if !is_upper_camel_ident(&space.unknown)
        || is_reserved(&space.unknown)
        || is_generated_item(&space.unknown)
    {
        diagnostics.push(
            Diagnostic::new(
                space.unknown_origin.clone(),
                format!(
                    "{} is not a valid name for the catch-all variant",
                    quote(&space.unknown)
                ),
            )
            .subject(&subject)
            .help("use an UpperCamelCase Rust identifier such as `Unknown`"),
        );
    }
    if space.variants.is_empty() && space.complete {
        diagnostics.push(
            Diagnostic::new(space.origin.clone(), "the enum has no entries")
                .subject(&subject)
                .help("add at least one entry with a `code` or a `range`"),
        );
    }
    check_names(space, diagnostics);
    check_kind(space, diagnostics);
    match space.kind {
        CodeKind::Integer => check_codes(space, diagnostics),
        CodeKind::String => check_string_codes(space, diagnostics),
    }
    check_layout(space, diagnostics);
    check_rows(space, diagnostics);
}

fn check_names(space: &CodeSpace, diagnostics: &mut Diagnostics) {
    let mut seen: HashMap<&str, &Variant> = HashMap::new();
    for variant in &space.variants {
        let name = variant.ident.as_str();
        if !is_upper_camel_ident(name) {
            diagnostics.push(
                Diagnostic::new(
                    variant.origin.clone(),
                    format!("{} is not a valid variant name", quote(name)),
                )
                .subject(variant.subject())
                .help("variant names are UpperCamelCase ASCII identifiers, e.g. `TokenExpired`"),
            );
        } else if is_reserved(name) {
            diagnostics.push(
                Diagnostic::new(
                    variant.origin.clone(),
                    format!(
                        "{} is a reserved word and cannot name a variant",
                        quote(name)
                    ),
                )
                .subject(variant.subject())
                .help("choose another name"),
            );
        } else if is_generated_item(name) {
            diagnostics.push(
                Diagnostic::new(
                    variant.origin.clone(),
                    format!(
                        "{} names an item of the generated API ({}), which a variant of that name would hide",
                        quote(name),
                        quote(&format!("{}::{name}", space.ident)),
                    ),
                )
                .subject(variant.subject())
                .help("choose another name"),
            );
        } else if name == space.unknown {
            diagnostics.push(
                Diagnostic::new(
                    variant.origin.clone(),
                    format!(
                        "{} is the name of the catch-all variant for unknown codes",
                        quote(name)
                    ),
                )
                .subject(variant.subject())
                .help("rename the entry, or rename the catch-all with the enum's `unknown` key"),
            );
        } else if let Some(first) = seen.get(name) {
            diagnostics.push(
                Diagnostic::new(
                    variant.origin.clone(),
                    format!(
                        "variant name {} is already used by {}",
                        quote(name),
                        first.subject()
                    ),
                )
                .subject(variant.subject())
                .help("every code of an enum needs its own variant name"),
            );
        } else {
            seen.insert(name, variant);
        }
    }
}

/// Duplicate codes, overlapping ranges and codes inside ranges, found in one sorted sweep.
/// Each clash is reported on the later-declared variant, naming the earlier one, in
/// declaration order.
fn check_codes(space: &CodeSpace, diagnostics: &mut Diagnostics) {
    let mut spans: Vec<(i64, i64, usize)> = Vec::with_capacity(space.variants.len());
    for (index, variant) in space.variants.iter().enumerate() {
        let (Some(first), Some(last)) = (variant.value.first(), variant.value.last()) else {
            continue; // a string code, reported by `check_kind`
        };
        if let Value::Range { min, max } = variant.value {
            if min > max {
                diagnostics.push(
                    Diagnostic::new(
                        variant.origin.clone(),
                        format!("range [{min}, {max}] is empty"),
                    )
                    .subject(variant.subject())
                    .help("write the range as `[min, max]` with min <= max"),
                );
                continue;
            }
        }
        spans.push((first, last, index));
    }
    spans.sort_unstable();
    let mut clashes: Vec<(usize, usize)> = Vec::new();
    // The widest span seen so far catches overlaps with ranges; the previous span catches
    // equal codes that both sit inside an earlier range.
    let mut widest: Option<(i64, usize)> = None;
    let mut previous: Option<(i64, i64, usize)> = None;
    for &(first, last, index) in &spans {
        let mut clash = widest
            .filter(|&(end, _)| first <= end)
            .map(|(_, holder)| holder);
        if let Some((p_first, p_last, p_index)) = previous {
            if (p_first, p_last) == (first, last) && first == last {
                clash = Some(p_index);
            }
        }
        if let Some(other) = clash {
            clashes.push((index.max(other), index.min(other)));
        }
        if widest.is_none_or(|(end, _)| last > end) {
            widest = Some((last, index));
        }
        previous = Some((first, last, index));
    }
    clashes.sort_unstable();
    for (later, earlier) in clashes {
        diagnostics.push(overlap(&space.variants[later], &space.variants[earlier]));
    }
}

fn overlap(variant: &Variant, earlier: &Variant) -> Diagnostic {
    let (message, help) = match (&variant.value, &earlier.value) {
        (Value::Code(code), Value::Code(_)) => (
            format!("duplicate code {code}: {} has it too", earlier.subject()),
            "a code may appear once per enum; if the tables give it two meanings, put them in two enums",
        ),
        (Value::Range { .. }, Value::Range { .. }) => (
            format!("overlapping ranges: this range overlaps {}", earlier.subject()),
            "ranges of one enum must be disjoint",
        ),
        _ => (
            format!("code and range overlap: this entry and {} cover the same code", earlier.subject()),
            "a code may not also fall inside a range of the same enum",
        ),
    };
    Diagnostic::new(variant.origin.clone(), message)
        .subject(variant.subject())
        .help(help)
}

/// Values of the wrong kind for the enum, and the keys that only one kind takes.
fn check_kind(space: &CodeSpace, diagnostics: &mut Diagnostics) {
    let subject = format!("enum `{}`", space.ident);
    match (space.kind, &space.separator) {
        (CodeKind::Integer, Some((_, origin))) => diagnostics.push(
            Diagnostic::new(origin.clone(), "a `separator` applies to string codes only")
                .subject(&subject)
                .help("add `kind: string` (derive: `kind = \"string\"`) if the codes are strings, or remove the separator"),
        ),
        (CodeKind::String, Some((separator, origin))) if separator.is_empty() => diagnostics.push(
            Diagnostic::new(origin.clone(), "the separator is empty")
                .subject(&subject)
                .help("give the text between the parts of a code, e.g. `.`, or no separator"),
        ),
        _ => {}
    }
    if space.kind == CodeKind::String && space.layout.is_some() {
        diagnostics.push(
            Diagnostic::new(
                space.origin.clone(),
                "a `layout` applies to integer codes only",
            )
            .subject(&subject)
            .help("remove the layout, or the `kind: string` if the codes are integers"),
        );
    }
    for variant in &space.variants {
        let problem = match (space.kind, &variant.value) {
            (CodeKind::String, Value::Range { .. }) => (
                "a string enum has no ranges",
                "give each code its own entry with `code:`",
            ),
            (CodeKind::String, Value::Code(_)) => (
                "a code of a string enum is a string",
                "quote the code as the document writes it, e.g. `code: \"1001\"`",
            ),
            (CodeKind::Integer, Value::Str(_)) => (
                "a code of an integer enum is an integer",
                "write the code as a plain integer such as 1001, or make the enum's codes strings with `kind: string` (derive: `kind = \"string\"`)",
            ),
            _ => continue,
        };
        let key = if matches!(variant.value, Value::Range { .. }) {
            "range"
        } else {
            "code"
        };
        diagnostics.push(
            Diagnostic::new(variant.origin.key(key), problem.0)
                .subject(variant.subject())
                .help(problem.1),
        );
    }
}

/// String codes: non-empty, no surrounding whitespace, no empty part between separators,
/// each once per enum (aliases included).
fn check_string_codes(space: &CodeSpace, diagnostics: &mut Diagnostics) {
    let separator = space
        .separator
        .as_ref()
        .map(|(text, _)| text.as_str())
        .filter(|text| !text.is_empty());
    let mut seen: HashMap<&str, &Variant> = HashMap::new();
    for variant in &space.variants {
        let Value::Str(code) = &variant.value else {
            continue;
        };
        let problem = string_code_problem(code, separator);
        if let Some((message, help)) = problem {
            diagnostics.push(
                Diagnostic::new(variant.origin.key("code"), message)
                    .subject(variant.subject())
                    .help(help),
            );
        } else if let Some(first) = seen.get(code.as_str()) {
            diagnostics.push(
                Diagnostic::new(
                    variant.origin.clone(),
                    format!(
                        "duplicate code {}: {} has it too",
                        quote(code),
                        first.subject()
                    ),
                )
                .subject(variant.subject())
                .help("a code may appear once per enum, aliases included"),
            );
        } else {
            seen.insert(code, variant);
        }
    }
}

/// What is wrong with the string `code`, if anything: (message, help).
fn string_code_problem(code: &str, separator: Option<&str>) -> Option<(String, String)> {
    if code.is_empty() {
        return Some((
            "the code is empty".to_owned(),
            "copy the code from the source document".to_owned(),
        ));
    }
    if code.trim() != code {
        return Some((
            "the code has whitespace around it".to_owned(),
            "remove the spaces, tabs or line breaks before and after the code".to_owned(),
        ));
    }
    let separator = separator?;
    let shown = quote(separator);
    let mut parts = code.split(separator);
    if parts.clone().all(str::is_empty) {
        return Some((
            format!("the code is only separators ({shown})"),
            "copy the code from the source document".to_owned(),
        ));
    }
    if parts.any(str::is_empty) {
        return Some((
            format!(
                "the code has an empty part: it starts or ends with {shown}, or has two in a row"
            ),
            format!("codes are parts joined by {shown}; fix the code or the enum's `separator`"),
        ));
    }
    None
}

fn check_layout(space: &CodeSpace, diagnostics: &mut Diagnostics) {
    let Some(layout) = &space.layout else { return };
    if space.kind == CodeKind::String {
        return; // reported by `check_kind`
    }
    for variant in &space.variants {
        let (Some(first), Some(last)) = (variant.value.first(), variant.value.last()) else {
            continue;
        };
        if !layout.admits(first) || !layout.admits(last) {
            diagnostics.push(
                Diagnostic::new(
                    variant.origin.clone(),
                    format!(
                        "code does not follow the layout {}, which admits 0..={}",
                        quote(&layout.pattern),
                        layout.max_code()
                    ),
                )
                .subject(variant.subject())
                .help("fix the code, or remove or widen the enum's `layout`"),
            );
        }
    }
}

fn check_rows(space: &CodeSpace, diagnostics: &mut Diagnostics) {
    // The first variant of each row names it in messages.
    let mut first_of_row: Vec<Option<&Variant>> = vec![None; space.rows.len()];
    for variant in space.variants.iter().rev() {
        if let Some(slot) = first_of_row.get_mut(variant.row) {
            *slot = Some(variant);
        }
    }
    for (index, row) in space.rows.iter().enumerate() {
        let subject =
            || first_of_row[index].map_or_else(|| format!("row #{}", index + 1), Variant::subject);
        if row.message.trim().is_empty() {
            diagnostics.push(
                Diagnostic::new(row.origin.clone(), "the message is empty")
                    .subject(subject())
                    .help("copy the message from the source document; every code needs one"),
            );
        }
        for pair in row.billing_history.windows(2) {
            if pair[0].until >= pair[1].until {
                diagnostics.push(
                    Diagnostic::new(row.origin.clone(), format!("billing history is out of order: {} is not before {}", pair[0].until, pair[1].until))
                        .subject(subject())
                        .help("list billing periods oldest first, each `until` date later than the one before"),
                );
            }
        }
    }
    for section in &space.sections {
        let title = section.path.last().map_or("", String::as_str);
        if title.trim().is_empty() && space.complete {
            diagnostics.push(
                Diagnostic::new(section.origin.clone(), "a section has an empty title")
                    .subject(match section.path.split_last() {
                        Some((_, parents)) if !parents.is_empty() => {
                            format!("section under {}", quote(&parents.join(" > ")))
                        }
                        _ => format!("a top-level section of enum {}", quote(&space.ident)),
                    })
                    .help("copy the section heading from the source document"),
            );
        }
    }
}
