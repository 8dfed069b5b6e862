//! The derive front end: a hand-written enum and its attributes in, the same model out.

mod attr;

use std::collections::HashMap;

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields, Type};

use crate::diag::{Diagnostics, Origin};
use crate::expand::{self, Target};
use crate::model::{
    self, Billing, BillingPeriod, Catalog, CodeSpace, Date, Layout, Meta, Retry, Row, Section,
    Value, Variant,
};

/// Everything `#[derive(ErrorCode)]` emits for `input`.
pub fn derive(input: &DeriveInput) -> TokenStream {
    let mut errors = Vec::new();
    let built = build(input, &mut errors);
    if let Some((catalog, krate)) = built.filter(|_| errors.is_empty()) {
        let problems = model::validate(&catalog);
        if problems.is_empty() {
            let target = Target {
                space: &catalog.enums[0],
                meta: &catalog.meta,
                krate: &krate,
                span: Span::call_site(),
            };
            return expand::implementation(&target);
        }
        errors.extend(to_errors(&problems, input.ident.span()));
    }
    errors
        .into_iter()
        .map(|error| error.to_compile_error())
        .collect()
}

fn to_errors(problems: &Diagnostics, fallback: Span) -> Vec<syn::Error> {
    problems
        .iter()
        .map(|problem| syn::Error::new(problem.origin.span().unwrap_or(fallback), problem.text()))
        .collect()
}

fn is_i64(ty: &Type) -> bool {
    matches!(ty, Type::Path(path) if path.qself.is_none() && path.path.is_ident("i64"))
}

/// The one `i64` field of a tuple variant, if that is its shape.
fn single_i64(fields: &Fields) -> bool {
    matches!(fields, Fields::Unnamed(unnamed) if unnamed.unnamed.len() == 1 && is_i64(&unnamed.unnamed[0].ty))
}

fn err(span: Span, message: impl std::fmt::Display) -> syn::Error {
    syn::Error::new(span, message)
}

/// A variant waiting for its row: either its own, or that of the variant it aliases.
enum Pending {
    Own(usize),
    Alias(syn::Ident),
}

#[allow(clippy::too_many_lines)]
fn build(input: &DeriveInput, errors: &mut Vec<syn::Error>) -> Option<(Catalog, TokenStream)> {
    let Data::Enum(data) = &input.data else {
        errors.push(err(
            input.ident.span(),
            "#[derive(ErrorCode)] applies to enums only",
        ));
        return None;
    };
    if !input.generics.params.is_empty() {
        errors.push(err(input.generics.span(), "#[derive(ErrorCode)] does not support generic enums: an error-code enum is a closed set of codes"));
    }
    let settings = attr::enum_attrs(&input.attrs, errors);
    let enum_origin = Origin::Span(input.ident.span());
    let layout = settings.layout.as_ref().and_then(|(pattern, span)| {
        match Layout::parse(pattern, &settings.layout_fields) {
            Ok(layout) => Some(layout),
            Err(message) => {
                errors.push(err(*span, message));
                None
            }
        }
    });
    let mut space = CodeSpace {
        ident: input.ident.to_string(),
        doc: None,
        unknown: String::new(),
        unknown_origin: enum_origin.clone(),
        layout,
        sections: Vec::new(),
        rows: Vec::new(),
        variants: Vec::new(),
        origin: enum_origin,
    };
    let mut section_index: HashMap<Vec<String>, usize> = HashMap::new();
    let mut section_of = |path: &str, space: &mut CodeSpace| -> usize {
        let path: Vec<String> = path
            .split(" > ")
            .map(|part| part.trim().to_owned())
            .collect();
        *section_index.entry(path.clone()).or_insert_with(|| {
            space.sections.push(Section { path, doc: None });
            space.sections.len() - 1
        })
    };
    let mut pending: Vec<(Variant, Pending)> = Vec::new();
    let mut unknown_seen: Option<Span> = None;

    for variant in &data.variants {
        let span = variant.ident.span();
        let name = variant.ident.to_string();
        let attrs = attr::variant_attrs(&variant.attrs, errors);
        let implied_unknown = attrs.unknown.is_none()
            && name == "Unknown"
            && attrs.code.is_none()
            && attrs.range.is_none()
            && attrs.message.is_none();
        if attrs.unknown.is_some() || implied_unknown {
            if !single_i64(&variant.fields) {
                errors.push(err(
                    variant.fields.span().join(span).unwrap_or(span),
                    format!(
                        "the catch-all variant `{name}` must hold exactly one `i64`: `{name}(i64)`"
                    ),
                ));
            }
            if let Some((key, key_span)) = attrs.row_keys.first() {
                errors.push(err(*key_span, format!("the catch-all variant takes no `{key}`: it stands for codes the catalog does not list")));
            }
            if unknown_seen.is_some() {
                errors.push(err(
                    span,
                    "a second catch-all variant; an enum has exactly one",
                ));
            }
            unknown_seen = Some(span);
            space.unknown = name;
            space.unknown_origin = Origin::Span(span);
            continue;
        }
        if let Some((_, discriminant)) = &variant.discriminant {
            match attr::integer(discriminant) {
                Ok(value) if attrs.code.is_some_and(|(code, _)| code != value) => errors.push(err(
                    discriminant.span(),
                    format!("the discriminant {value} disagrees with `code = {}`; drop one or make them equal", attrs.code.map_or(0, |(code, _)| code)),
                )),
                Ok(_) => {}
                Err(error) => errors.push(error),
            }
        }
        let code = attrs.code.map(|(code, _)| code).or_else(|| {
            variant
                .discriminant
                .as_ref()
                .and_then(|(_, d)| attr::integer(d).ok())
        });
        let value = match (code, attrs.range) {
            (Some(code), None) => {
                if !matches!(variant.fields, Fields::Unit) {
                    errors.push(err(variant.fields.span(), format!("variant `{name}` has fields; a code's variant is a unit variant (only a `range` variant or the catch-all holds an `i64`)")));
                }
                Value::Code(code)
            }
            (None, Some((min, max, range_span))) => {
                if !single_i64(&variant.fields) {
                    errors.push(err(
                        range_span,
                        format!(
                            "a range variant holds the code it was made from: write `{name}(i64)`"
                        ),
                    ));
                }
                Value::Range { min, max }
            }
            (Some(_), Some((_, _, range_span))) => {
                errors.push(err(
                    range_span,
                    "a variant has either `code` or `range`, not both",
                ));
                continue;
            }
            (None, None) => {
                if matches!(variant.fields, Fields::Unit) {
                    errors.push(err(span, format!("variant `{name}` has no code: add #[errcode(code = ...)] or an explicit discriminant")));
                } else {
                    errors.push(err(variant.fields.span(), format!("variant `{name}` has fields but is neither a `range` variant nor the catch-all; error-code variants are unit variants")));
                }
                continue;
            }
        };
        let model_variant = Variant {
            ident: name.clone(),
            value,
            row: 0,
            origin: Origin::Span(span),
        };
        if let Some(target) = attrs.alias_of {
            for (key, key_span) in &attrs.row_keys {
                errors.push(err(
                    *key_span,
                    format!(
                        "`{key}` on an alias: an alias shares the row of `{target}`; set it there"
                    ),
                ));
            }
            if matches!(value, Value::Range { .. }) {
                errors.push(err(target.span(), "a range variant cannot be an alias"));
            }
            pending.push((model_variant, Pending::Alias(target)));
            continue;
        }
        let Some((message, _)) = attrs.message else {
            errors.push(err(
                span,
                format!("variant `{name}` has no message: add #[errcode(message = \"...\")]"),
            ));
            continue;
        };
        let mut history = Vec::new();
        for (until, billing, date_span) in &attrs.billing_history {
            match Date::parse(until) {
                Some(until) => history.push(BillingPeriod {
                    until,
                    billing: *billing,
                }),
                None => errors.push(err(
                    *date_span,
                    format!("`{until}` is not a date; write YYYY-MM-DD"),
                )),
            }
        }
        let section = attrs
            .section
            .as_ref()
            .or(settings.section.as_ref())
            .map(|(path, _)| section_of(path, &mut space));
        space.rows.push(Row {
            message,
            message_en: attrs.message_en,
            vendor_en: attrs.vendor_en,
            description: attrs.description,
            remedy: attrs.remedy,
            as_written: attrs.as_written,
            section,
            billing: attrs
                .billing
                .or(settings.billing)
                .unwrap_or(Billing::Unspecified),
            billing_history: history,
            retry: attrs.retry.or(settings.retry).unwrap_or(Retry::Never),
            success: attrs.success.or(settings.success).unwrap_or(false),
            origin: Origin::Span(span),
        });
        pending.push((model_variant, Pending::Own(space.rows.len() - 1)));
    }

    // Aliases resolve to the row of the variant they name, declared before or after them.
    let rows_by_name: HashMap<String, usize> = pending
        .iter()
        .filter_map(|(variant, pending)| match pending {
            Pending::Own(row) => Some((variant.ident.clone(), *row)),
            Pending::Alias(_) => None,
        })
        .collect();
    for (mut variant, pending) in pending {
        variant.row = match pending {
            Pending::Own(row) => row,
            Pending::Alias(target) => {
                let Some(&row) = rows_by_name.get(&target.to_string()) else {
                    errors.push(err(target.span(), format!("`alias_of = {target}` names no variant with its own row; an alias points at a variant that has a `message`")));
                    continue;
                };
                row
            }
        };
        space.variants.push(variant);
    }
    if unknown_seen.is_none() {
        errors.push(err(
            input.ident.span(),
            "no catch-all variant: add `#[errcode(unknown)] Unknown(i64)` (or a variant named `Unknown(i64)`) to keep codes the enum does not list",
        ));
        return None;
    }

    let meta = Meta {
        title: settings.title.unwrap_or_else(|| input.ident.to_string()),
        vendor: settings.vendor,
        source: settings.source,
        language: settings.language,
        notes: settings.notes,
    };
    let krate = settings.krate.unwrap_or_else(|| quote!(::errcodes));
    Some((
        Catalog {
            meta,
            enums: vec![space],
        },
        krate,
    ))
}
