//! `errcodes lookup`: every enum, in every selected catalog, that lists a code. The same
//! number means different things in different tables, so every match is printed.

use std::fmt::Write as _;

use errcodes_codegen::model::{CodeSpace, Value as Code};
use serde_json::Value;

use crate::export::{self, enums, json, Entry};
use crate::specs::{self, Selection};
use crate::Output;

/// Looks `code` (as the vendor writes it) up in the selected specs: status 0 when some
/// enum lists it, 1 when none does.
pub fn run(code: &str, selection: &Selection, as_json: bool) -> Output {
    let specs = match specs::select(selection) {
        Ok(specs) => specs,
        Err(output) => return output,
    };
    let code = code.trim();
    // Shown as the catalogs write it: `+2016` and `02016` are 2016.
    let shown = code
        .parse::<i64>()
        .map_or_else(|_| code.to_owned(), |number| number.to_string());
    let mut found = Vec::new();
    for (catalog, space) in enums(&specs) {
        for entry in export::entries(space) {
            if let Some(variant) = entry
                .variants
                .iter()
                .find(|variant| covers(&variant.value, code))
            {
                found.push((catalog, space, variant.ident.as_str(), entry));
            }
        }
    }
    let mut output = if as_json {
        let matches: Vec<Value> = found
            .iter()
            .map(|(catalog, space, variant, entry)| {
                let mut value = json::entry(space, entry);
                value["catalog"] = (*catalog).into();
                value["enum"] = space.ident.as_str().into();
                value["variant"] = (*variant).into();
                value["code"] = code_json(code);
                value
            })
            .collect();
        Output::answer(format!("{:#}\n", Value::Array(matches)))
    } else {
        let texts: Vec<String> = found
            .iter()
            .map(|(catalog, space, variant, entry)| {
                describe(catalog, space, variant, &shown, entry)
            })
            .collect();
        Output::answer(texts.join("\n"))
    };
    if found.is_empty() {
        output.status = 1;
        output.stderr = format!(
            "{shown} is not a code of any enum in {}\n",
            searched(selection)
        );
    }
    output
}

fn searched(selection: &Selection) -> String {
    match selection {
        Selection::AllShipped => "the shipped catalogs".to_owned(),
        Selection::Shipped(name) => format!("the shipped catalog `{name}`"),
        Selection::File(path) => format!("`{}`", path.display()),
    }
}

/// Whether `value` covers the code written `code`: an integer code or range the same
/// number (`2016`, `+2016` and `02016` alike), a string code the same text.
fn covers(value: &Code, code: &str) -> bool {
    let number = code.parse::<i64>().ok();
    match value {
        Code::Code(listed) => number == Some(*listed),
        Code::Range { min, max } => number.is_some_and(|number| (*min..=*max).contains(&number)),
        Code::Str(listed) => listed == code,
    }
}

/// The code as JSON: a number when it is one, else the string.
fn code_json(code: &str) -> Value {
    code.parse::<i64>()
        .map_or_else(|_| code.into(), Value::from)
}

/// Everything known about one match, a field a line.
fn describe(
    catalog: &str,
    space: &CodeSpace,
    variant: &str,
    code: &str,
    entry: &Entry<'_>,
) -> String {
    let row = entry.row;
    let mut text = format!("{catalog}: {}::{variant} ({code})\n", space.ident);
    let mut field = |label: &str, value: Option<&str>| {
        if let Some(value) = value {
            let value = value.replace('\n', "\n              ");
            let _ = writeln!(text, "  {label:<12}{value}");
        }
    };
    field("message", Some(&row.message));
    field("message_en", row.message_en.as_deref());
    field("vendor_en", row.vendor_en.as_deref());
    field("section", json::section(space, row.section).as_deref());
    field("written as", row.as_written.as_deref());
    field("description", row.description.as_deref());
    field("remedy", row.remedy.as_deref());
    let mut billing = row.billing.to_string();
    for period in &row.billing_history {
        let _ = write!(billing, "; before {}: {}", period.until, period.billing);
    }
    field("billing", Some(&billing));
    let verdict = if row.retry.is_retryable() {
        "retryable"
    } else {
        "not retryable"
    };
    field("retry", Some(&format!("{} ({verdict})", row.retry)));
    if row.success {
        field("success", Some("yes"));
    }
    text
}
