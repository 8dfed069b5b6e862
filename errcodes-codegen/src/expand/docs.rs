//! Rustdoc text built from a catalog's rows, so `cargo doc` shows the whole table.

use std::fmt::Write as _;

use crate::model::{Billing, CodeSpace, Meta, Retry, Row, Value, Variant};

/// The enum's documentation: its own doc, then where the codes come from.
pub fn enum_doc(space: &CodeSpace, meta: &Meta) -> String {
    let mut doc = String::new();
    if let Some(text) = &space.doc {
        doc.push_str(text);
        doc.push_str("\n\n");
    }
    if let Some(title) = &meta.title {
        let _ = write!(doc, "From *{title}*");
        if let Some(vendor) = &meta.vendor {
            let _ = write!(doc, " ({vendor})");
        }
        doc.push_str(".\n\n");
    }
    if let Some(source) = &meta.source {
        let _ = write!(doc, "Source: <{source}>\n\n");
    }
    let codes = space.variants.len();
    let rows = space.rows.len();
    let _ = write!(doc, "{codes} codes in {rows} rows; codes the catalog does not list are kept in [`{0}`](Self::{0}).", space.unknown);
    doc
}

/// One variant's documentation: the code, the messages and every column of its row.
/// `row_variants` are the variants of the variant's row (aliases included).
pub fn variant_doc(space: &CodeSpace, variant: &Variant, row_variants: &[&Variant]) -> String {
    let row = &space.rows[variant.row];
    let mut doc = String::new();
    match variant.value {
        Value::Code(code) => {
            let _ = write!(doc, "`{code}`: {}", one_line(&row.message));
        }
        Value::Range { min, max } => {
            let _ = write!(doc, "`{min}..={max}`: {}", one_line(&row.message));
        }
    }
    if let Some(english) = &row.message_en {
        let _ = write!(doc, "\n\n*{}*", one_line(english).trim());
    }
    doc.push('\n');
    let mut item = |label: &str, text: &str| {
        let _ = write!(doc, "\n- **{label}:** {}", text.replace('\n', "\n  "));
    };
    if let Some(section) = row.section.and_then(|index| space.sections.get(index)) {
        item("Section", &section.path.join(" > "));
    }
    if let Some(written) = &row.as_written {
        item("Written as", &format!("`{}`", written.replace('\n', " ")));
    }
    if let Some(text) = &row.description {
        item("Explanation", text);
    }
    if let Some(text) = &row.remedy {
        item("Remedy", text);
    }
    item("Billing", &billing_text(row));
    item("Retry", retry_text(row.retry));
    if row.success {
        item("Success", "yes");
    }
    if let Some(text) = &row.vendor_en {
        item("Vendor's English", text);
    }
    let siblings: Vec<String> = row_variants
        .iter()
        .filter(|other| other.ident != variant.ident)
        .map(|other| format!("[`{0}`](Self::{0})", other.ident))
        .collect();
    if !siblings.is_empty() {
        item("Same row as", &siblings.join(", "));
    }
    if let Value::Range { .. } = variant.value {
        doc.push_str("\n\nHolds the code it was made from.");
    }
    doc
}

fn one_line(text: &str) -> String {
    text.replace('\n', " ")
}

fn billing_text(row: &Row) -> String {
    let mut text = billing_word(row.billing).to_owned();
    for period in &row.billing_history {
        let _ = write!(
            text,
            "; before {}: {}",
            period.until,
            billing_word(period.billing)
        );
    }
    text
}

fn billing_word(billing: Billing) -> &'static str {
    match billing {
        Billing::Charged => "charged",
        Billing::Free => "free",
        Billing::Unspecified => "not stated by the source",
        _ => billing.as_str(),
    }
}

fn retry_text(retry: Retry) -> &'static str {
    match retry {
        Retry::Never => "never: retrying the same request cannot help",
        Retry::Transient => "transient: retry with backoff",
        Retry::Throttled => "throttled: retry after a longer backoff",
        Retry::UserAction => "user action: the end user must act first",
        Retry::RefreshCredentials => "refresh credentials first",
        _ => retry.as_str(),
    }
}
