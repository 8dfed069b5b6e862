//! The stand-in model the driver implements after an error: the input's variants, in
//! order, with placeholder codes and one empty row, so that code using the enum (its
//! methods, `From<i64>`, `Display`) does not fail a second time while the first problem is
//! fixed. Its data is never run, since the build has already failed.

use syn::Fields;

use super::grammar::VariantAttrs;
use super::payload::{holds_unlisted, in_range_bounds};
use super::variant::{is_catch_all, unlisted_type};
use crate::diagnostics::Origin;
use crate::model::{Catalog, CodeKind, CodeSpace, Meta, Row, RowDefaults, Value, Variant};

/// The placeholder for the enum `ident` with `variants` (and their parsed attributes);
/// `None` unless every variant has a shape the expander implements (unit, a range's
/// `InRange<MIN, MAX>`, the catch-all's `Unlisted<Self>` or `UnlistedStr<Self>`) and exactly one is the catch-all.
pub fn build(
    ident: &syn::Ident,
    kind: CodeKind,
    variants: &[(&syn::Variant, VariantAttrs)],
) -> Option<Catalog> {
    let origin = Origin::span(ident.span());
    let mut space = CodeSpace {
        ident: ident.to_string(),
        doc: None,
        unknown: String::new(),
        unknown_origin: origin.clone(),
        kind,
        separator: None,
        layout: None,
        sections: Vec::new(),
        rows: vec![empty_row(&origin)],
        variants: Vec::new(),
        origin,
        complete: false,
    };
    let mut next_code = 0_i64;
    for (variant, attrs) in variants {
        let value = match &variant.fields {
            Fields::Unit if kind == CodeKind::String => Value::Str(next_code.to_string()),
            Fields::Unit => Value::Code(next_code),
            fields
                if is_catch_all(variant, attrs)
                    && holds_unlisted(fields, &space.ident, unlisted_type(kind)) =>
            {
                if !space.unknown.is_empty() {
                    return None;
                }
                space.unknown = variant.ident.to_string();
                space.unknown_origin = Origin::span(variant.ident.span());
                continue;
            }
            fields => match in_range_bounds(fields) {
                Some(Ok((min, max))) if kind == CodeKind::Integer => Value::Range { min, max },
                _ => return None,
            },
        };
        next_code += 1;
        space.variants.push(Variant {
            ident: variant.ident.to_string(),
            value,
            row: 0,
            alias_of: None,
            origin: Origin::span(variant.ident.span()),
        });
    }
    if space.unknown.is_empty() {
        return None;
    }
    Some(Catalog {
        meta: Meta::default(),
        enums: vec![space],
    })
}

fn empty_row(origin: &Origin) -> Row {
    let defaults = RowDefaults::SPEC;
    Row {
        message: String::new(),
        message_en: None,
        vendor_en: None,
        description: None,
        remedy: None,
        as_written: None,
        section: None,
        billing: defaults.billing,
        billing_history: Vec::new(),
        retry: defaults.retry,
        success: defaults.success,
        origin: origin.clone(),
    }
}
