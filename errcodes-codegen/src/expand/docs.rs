//! Rustdoc text built from a catalog's rows, so `cargo doc` shows the whole table.
//!
//! Every text that comes from a spec goes through [`text`], which renders it as the text
//! itself: vendor text never becomes code, a doctest, a heading, a link, a table or HTML.

use std::fmt::Write as _;

use super::code_table::code_table;
use crate::model::{Billing, CodeSpace, Meta, Retry, Row, Value, Variant};

/// How many other variants of its row a variant's documentation names; the rest are
/// counted. A row with thousands of aliases would otherwise make the docs quadratic in size.
const SIBLINGS_SHOWN: usize = 8;

/// The ASCII punctuation that means something to rustdoc's Markdown: emphasis, code, links,
/// headings, lists, quotes, tables, fences, attributes, escapes, smart punctuation (`--`,
/// `...`, quotes) and URLs (`:`). The rest (`,;?@%$/^`) is always text.
const MARKDOWN: &str = "\\`*_{}[]()#+-.!|~:\"'=";

/// Spec text as rustdoc Markdown that renders as exactly that text.
///
/// - every ASCII punctuation character Markdown gives a meaning to ([`MARKDOWN`]) is
///   backslash-escaped, and `&`, `<` and `>` become entities: no emphasis, code span, link,
///   autolink, heading, list, quote, table, fence, HTML or smart quote can start, and a URL
///   stays text (with its `:` escaped, rustdoc's `bare_urls` lint does not see it);
/// - leading spaces and tabs are dropped from every line, so no line is a code block and
///   no doctest arises;
/// - line breaks (`\n`, `\r\n`, `\r`) become hard breaks (`\` at the end of the line), so
///   a blank line cannot end the paragraph the text is in.
pub fn text(spec_text: &str) -> String {
    let mut out = String::with_capacity(spec_text.len() + spec_text.len() / 4);
    // Markdown ends a line at `\n`, `\r\n` and a lone `\r` alike; a break at the very end
    // would show as a backslash.
    let lines = spec_text
        .trim_end_matches(['\n', '\r'])
        .replace("\r\n", "\n");
    for (index, line) in lines.split(['\n', '\r']).enumerate() {
        if index > 0 {
            out.push_str("\\\n");
        }
        for c in line.trim_start_matches([' ', '\t']).chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                c if MARKDOWN.contains(c) => {
                    out.push('\\');
                    out.push(c);
                }
                c => out.push(c),
            }
        }
    }
    out
}

/// A link to `url` if it is a plain `http(s)` URL (nothing an autolink could not hold),
/// otherwise the text of it.
fn link(url: &str) -> String {
    let plain = (url.starts_with("https://") || url.starts_with("http://"))
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>'));
    if plain {
        format!("<{url}>")
    } else {
        text(url)
    }
}

/// The enum's documentation: its own doc, the catalog it comes from, the table of its
/// codes, then the source, the notes and the counts.
pub fn enum_doc(space: &CodeSpace, meta: &Meta) -> String {
    let mut doc = String::new();
    if let Some(own) = &space.doc {
        doc.push_str(&text(own));
        doc.push_str("\n\n");
    }
    if let Some(title) = &meta.title {
        let _ = write!(doc, "From *{}*", text(title));
        if let Some(vendor) = &meta.vendor {
            let _ = write!(doc, " ({})", text(vendor));
        }
        doc.push_str(".\n\n");
    }
    doc.push_str(code_table(space).trim_end());
    doc.push_str("\n\n");
    if let Some(source) = &meta.source {
        let _ = write!(doc, "Source: {}\n\n", link(source));
    }
    if let Some(notes) = &meta.notes {
        let _ = write!(doc, "Notes: {}\n\n", text(notes));
    }
    let codes = space.variants.len();
    let rows = space.rows.len();
    let _ = write!(doc, "{codes} codes in {rows} rows; codes the catalog does not list are kept in [`{0}`](Self::{0}).", space.unknown);
    doc
}

/// One variant's documentation: the code, the messages and every column of its row.
/// `row_variants` are the variants of the variant's row (aliases included, the variant too).
pub fn variant_doc(space: &CodeSpace, variant: &Variant, row_variants: &[&Variant]) -> String {
    let row = &space.rows[variant.row];
    let mut doc = String::new();
    match &variant.value {
        Value::Code(code) => {
            let _ = write!(doc, "`{code}`: {}", text(&one_line(&row.message)));
        }
        Value::Range { min, max } => {
            let _ = write!(doc, "`{min}..={max}`: {}", text(&one_line(&row.message)));
        }
        // A code is spec text too: in backticks only when it cannot close them.
        Value::Str(code) if !code.contains('`') && !code.contains('\n') => {
            let _ = write!(doc, "`{code}`: {}", text(&one_line(&row.message)));
        }
        Value::Str(code) => {
            let _ = write!(
                doc,
                "{}: {}",
                text(&one_line(code)),
                text(&one_line(&row.message))
            );
        }
    }
    if let Some(english) = &row.message_en {
        let _ = write!(doc, "\n\n*{}*", text(one_line(english).trim()));
    }
    doc.push('\n');
    // `value` is Markdown already (spec text through `text`).
    let mut item = |label: &str, value: &str| {
        let _ = write!(doc, "\n- **{label}:** {}", value.replace('\n', "\n  "));
    };
    if let Some(section) = row.section.and_then(|index| space.sections.get(index)) {
        let path: Vec<String> = section.path.iter().map(|title| text(title)).collect();
        item("Section", &path.join(" &gt; "));
    }
    if let Some(written) = &row.as_written {
        item("Written as", &text(written));
    }
    if let Some(explanation) = &row.description {
        item("Explanation", &text(explanation));
    }
    if let Some(remedy) = &row.remedy {
        item("Remedy", &text(remedy));
    }
    item("Billing", &billing_text(row));
    item("Retry", retry_text(row.retry));
    if row.success {
        item("Success", "yes");
    }
    if let Some(english) = &row.vendor_en {
        item("Vendor's English", &text(english));
    }
    if let Some(siblings) = siblings(variant, row_variants) {
        item("Same row as", &siblings);
    }
    if let Value::Range { .. } = variant.value {
        doc.push_str("\n\nHolds the code it was made from.");
    }
    doc
}

/// Links to the first [`SIBLINGS_SHOWN`] other variants of the row, then how many more
/// there are; `None` if the variant is alone in its row. It looks at no more variants than
/// it shows, so a row of `n` aliases costs `O(n)` in all, not `O(n²)`.
fn siblings(variant: &Variant, row_variants: &[&Variant]) -> Option<String> {
    let others = row_variants.len().saturating_sub(1);
    if others == 0 {
        return None;
    }
    let shown: Vec<String> = row_variants
        .iter()
        .filter(|other| other.ident != variant.ident)
        .take(SIBLINGS_SHOWN)
        .map(|other| format!("[`{0}`](Self::{0})", other.ident))
        .collect();
    let mut list = shown.join(", ");
    if others > shown.len() {
        let _ = write!(list, " and {} more", others - shown.len());
    }
    Some(list)
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
