//! Reading one entry of a table: its name, code or range, aliases, texts, billing and retry.

use super::fields::Fields;
use super::Node;
use crate::diagnostics::{quote, wording, Diagnostic, Diagnostics, Origin};
use crate::model::{BillingPeriod, CodeSpace, Date, Row, RowDefaults, Value, Variant};

const ENTRY_KEYS: &[&str] = &[
    "name",
    "code",
    "range",
    "aliases",
    "as_written",
    "message",
    "message_en",
    "vendor_en",
    "description",
    "remedy",
    "billing",
    "billing_history",
    "retry",
    "success",
];
const ALIAS_KEYS: &[&str] = &["code", "name"];
const PERIOD_KEYS: &[&str] = &["until", "billing"];

/// Reads the entry `node` into `space`: one row, and one variant for its code or range and
/// one per alias. An entry whose name, code or message cannot be read is left out after
/// its problems are reported.
pub fn entry(
    node: &Node,
    origin: &Origin,
    space: &mut CodeSpace,
    defaults: RowDefaults,
    section: Option<usize>,
    diagnostics: &mut Diagnostics,
) {
    let Some(fields) = Fields::named(node, origin, "entry", ENTRY_KEYS, diagnostics) else {
        return;
    };
    let name = fields.required_string(
        "name",
        "add `name:`, the variant name, e.g. `TokenExpired`",
        diagnostics,
    );
    let shown = name.as_deref().map_or_else(|| "`?`".to_owned(), quote);
    let shown = shown.as_str();
    let value = code_or_range(&fields, origin, shown, diagnostics);
    let subject = match &value {
        Some(value) => format!("entry {shown} ({})", value.describe()),
        None => format!("entry {shown}"),
    };
    let fields = fields.with_subject(subject);
    let message = fields.required_string(
        "message",
        "add `message:`, verbatim from the source document",
        diagnostics,
    );
    let row = Row {
        message: message.clone().unwrap_or_default(),
        message_en: fields.string("message_en", diagnostics),
        vendor_en: fields.string("vendor_en", diagnostics),
        description: fields.string("description", diagnostics),
        remedy: fields.string("remedy", diagnostics),
        as_written: fields.string("as_written", diagnostics),
        section,
        billing: fields
            .keyword("billing", diagnostics)
            .unwrap_or(defaults.billing),
        billing_history: billing_history(&fields, diagnostics),
        retry: fields
            .keyword("retry", diagnostics)
            .unwrap_or(defaults.retry),
        success: fields
            .boolean("success", diagnostics)
            .unwrap_or(defaults.success),
        origin: origin.clone(),
    };
    let aliases = aliases(&fields, diagnostics);
    // A row whose name or code could not be read is dropped after its fields were checked:
    // the problems are already reported, and validation must not invent follow-on ones.
    let (Some(ident), Some(value)) = (name, value) else {
        return;
    };
    if message.is_none() {
        return;
    }
    if matches!(value, Value::Range { .. }) && !aliases.is_empty() {
        diagnostics.push(
            Diagnostic::new(origin.key("aliases"), "a range entry cannot have aliases")
                .subject(&fields.subject)
                .help("give the other codes their own entries or ranges"),
        );
        return;
    }
    space.rows.push(row);
    let row = space.rows.len() - 1;
    let primary = ident.clone();
    space.variants.push(Variant {
        ident,
        value,
        row,
        alias_of: None,
        origin: origin.clone(),
    });
    for (alias, value, origin) in aliases {
        space.variants.push(Variant {
            ident: alias,
            value,
            row,
            alias_of: Some(primary.clone()),
            origin,
        });
    }
}

/// The entry's `code` or `range`, exactly one of which it must have.
fn code_or_range(
    fields: &Fields<'_>,
    origin: &Origin,
    shown: &str,
    diagnostics: &mut Diagnostics,
) -> Option<Value> {
    match (fields.get("code"), fields.get("range")) {
        (Some((node, origin)), None) => code(node, &origin, &format!("entry {shown}"), diagnostics),
        (None, Some((node, origin))) => range(node, &origin, shown, diagnostics),
        (Some(_), Some(_)) => {
            diagnostics.push(
                Diagnostic::new(
                    origin.clone(),
                    "an entry has either `code` or `range`, not both",
                )
                .subject(format!("entry {shown}"))
                .help(
                    "use `range: [min, max]` for a classified span of values, `code:` for one code",
                ),
            );
            None
        }
        (None, None) => {
            fields.missing(
                "code",
                "add `code:` with the integer code (or `range: [min, max]`)",
                diagnostics,
            );
            None
        }
    }
}

fn range(node: &Node, origin: &Origin, name: &str, diagnostics: &mut Diagnostics) -> Option<Value> {
    let subject = format!("entry {name}");
    if let Node::Seq(bounds) = node {
        if let [min, max] = bounds.as_slice() {
            let min = integer(min, &origin.index(0), &subject, "range start", diagnostics);
            let max = integer(max, &origin.index(1), &subject, "range end", diagnostics);
            return Some(Value::Range {
                min: min?,
                max: max?,
            });
        }
    }
    diagnostics.push(
        Diagnostic::new(
            origin.clone(),
            format!(
                "`range` must be a list of two integers, found {}",
                node.kind()
            ),
        )
        .subject(subject)
        .help("write `range: [min, max]`, both ends included"),
    );
    None
}

fn aliases(fields: &Fields<'_>, diagnostics: &mut Diagnostics) -> Vec<(String, Value, Origin)> {
    let mut found = Vec::new();
    let Some((items, origin)) = fields.list("aliases", diagnostics) else {
        return found;
    };
    for (index, item) in items.iter().enumerate() {
        let origin = origin.index(index);
        let subject = format!("alias #{} of {}", index + 1, fields.subject);
        let Some(alias) = Fields::new(item, &origin, subject, ALIAS_KEYS, diagnostics) else {
            continue;
        };
        let name = alias.required_string(
            "name",
            "each alias names its own variant: `{ code: 66664029, name: NetworkErrorAlt }`",
            diagnostics,
        );
        let code = if let Some((node, code_origin)) = alias.get("code") {
            code(node, &code_origin, &alias.subject, diagnostics)
        } else {
            alias.missing("code", "add the alias's `code:`", diagnostics);
            None
        };
        if let (Some(name), Some(code)) = (name, code) {
            found.push((name, code, origin));
        }
    }
    found
}

fn billing_history(fields: &Fields<'_>, diagnostics: &mut Diagnostics) -> Vec<BillingPeriod> {
    let mut periods = Vec::new();
    let Some((items, origin)) = fields.list("billing_history", diagnostics) else {
        return periods;
    };
    for (index, item) in items.iter().enumerate() {
        let origin = origin.index(index);
        let subject = format!("billing period #{} of {}", index + 1, fields.subject);
        let Some(period) = Fields::new(item, &origin, subject, PERIOD_KEYS, diagnostics) else {
            continue;
        };
        let until = period.required_string(
            "until",
            "add `until: YYYY-MM-DD`, the day the billing changed",
            diagnostics,
        );
        let until = until.and_then(|text| {
            let date = Date::parse(&text);
            if date.is_none() {
                let at = origin.key("until");
                diagnostics.push(wording::not_a_date(at, &text).subject(&period.subject));
            }
            date
        });
        let billing = period.keyword("billing", diagnostics);
        if billing.is_none() && !period.has("billing") {
            period.missing(
                "billing",
                "add `billing:`, what billing was before `until`",
                diagnostics,
            );
        }
        if let (Some(until), Some(billing)) = (until, billing) {
            periods.push(BillingPeriod::new(until, billing));
        }
    }
    periods
}

/// Reads a code: an integer, or a string (for a string enum; validation checks that the kind
/// of each code is the enum's).
fn code(
    node: &Node,
    origin: &Origin,
    subject: &str,
    diagnostics: &mut Diagnostics,
) -> Option<Value> {
    match node {
        Node::Str(text) => Some(Value::Str(text.clone())),
        _ => integer(node, origin, subject, "code", diagnostics).map(Value::Code),
    }
}

/// Reads an `i64`, reporting other kinds and integers out of range.
fn integer(
    node: &Node,
    origin: &Origin,
    subject: &str,
    what: &str,
    diagnostics: &mut Diagnostics,
) -> Option<i64> {
    let problem = match node {
        Node::Int(int) => return Some(*int),
        Node::BigInt(text) => wording::out_of_range(origin.clone(), what, text),
        // The parser reads integers beyond 128 bits as floats; smaller floats are really floats.
        Node::Float(value) if value.abs() >= 2f64.powi(63) => {
            wording::out_of_range(origin.clone(), what, &format!("{value:e}"))
        }
        other => wording::not_an_integer(origin.clone(), what, other.kind()),
    };
    diagnostics.push(problem.subject(subject));
    None
}
