//! The JSON form of a catalog. Keys of each entry: `name` (the entry's variant), `names`
//! (with its aliases), `codes` (its single codes, aliases included), `ranges` (`[min, max]`
//! of a range variant, never expanded), `as_written`, `message`, `message_en`, `vendor_en`,
//! `description`, `remedy`, `section` (its titles joined by ` > `), `billable` (`null` when
//! unspecified), `billing` (the keyword), `billing_history` (`until` and `billable` of each
//! earlier period), `retry`, `retryable`, `success`.

use errcodes_codegen::model::{CodeSpace, Value as Code};
use serde_json::{json, Value};

use super::{entries, enums, Entry};
use crate::specs::Spec;

/// Every enum of `specs`: `[{"catalog", "enum", "kind", "entries": [...]}]`, `kind` being
/// `integer` or `string` (then `codes` holds strings).
pub fn catalogs(specs: &[Spec]) -> Value {
    enums(specs)
        .map(|(catalog, space)| {
            let entries: Vec<Value> = entries(space)
                .iter()
                .map(|item| entry(space, item))
                .collect();
            json!({
                "catalog": catalog,
                "enum": space.ident,
                "kind": space.kind.keyword(),
                "entries": entries,
            })
        })
        .collect()
}

/// One entry of `space`, with every fact of its row.
pub fn entry(space: &CodeSpace, entry: &Entry<'_>) -> Value {
    let row = entry.row;
    let mut codes: Vec<Value> = Vec::new();
    let mut ranges = Vec::new();
    for variant in &entry.variants {
        match &variant.value {
            Code::Code(code) => codes.push((*code).into()),
            Code::Range { min, max } => ranges.push([*min, *max]),
            Code::Str(code) => codes.push(code.as_str().into()),
        }
    }
    json!({
        "name": entry.variants[0].ident,
        "names": entry.variants.iter().map(|variant| &variant.ident).collect::<Vec<_>>(),
        "codes": codes,
        "ranges": ranges,
        "as_written": row.as_written,
        "message": row.message,
        "message_en": row.message_en,
        "vendor_en": row.vendor_en,
        "description": row.description,
        "remedy": row.remedy,
        "section": section(space, row.section),
        "billable": row.billing.as_bool(),
        "billing": row.billing.as_str(),
        "billing_history": row.billing_history.iter().map(|period| json!({
            "until": period.until.to_string(),
            "billable": period.billing.as_bool(),
        })).collect::<Vec<_>>(),
        "retry": row.retry.as_str(),
        "retryable": row.retry.is_retryable(),
        "success": row.success,
    })
}

/// The section `index` of `space` as the runtime's `Section` displays it: `a > b`.
pub fn section(space: &CodeSpace, index: Option<usize>) -> Option<String> {
    let section = space.sections.get(index?)?;
    Some(section.path.join(" > "))
}
