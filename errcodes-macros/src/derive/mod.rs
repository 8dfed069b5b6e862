//! The derive front end: a hand-written enum and its attributes in, the same model out.

mod attr;

use std::collections::{HashMap, HashSet};

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields, Type};

use crate::diag::Origin;
use crate::expand::{self, Ordinal, Target};
use crate::model::{
    self, Billing, BillingPeriod, Catalog, CodeSpace, Date, Layout, Meta, Retry, Row, Section,
    Value, Variant,
};

/// Everything `#[derive(ErrorCode)]` emits for `input`.
pub fn derive(input: &DeriveInput) -> TokenStream {
    let mut errors = Vec::new();
    if let Some((catalog, krate)) = build(input, &mut errors) {
        // Whole-enum checks run even after attribute errors, so every problem shows at once;
        // the model marks itself incomplete so the gaps do not produce follow-on errors.
        let problems = model::validate(&catalog);
        let fallback = input.ident.span();
        errors.extend(problems.iter().map(|problem| {
            syn::Error::new(problem.origin.span().unwrap_or(fallback), problem.text())
        }));
        if errors.is_empty() {
            let target = Target {
                space: &catalog.enums[0],
                meta: &catalog.meta,
                krate: &krate,
                span: Span::call_site(),
                // A hand-written enum may set its own discriminants; the match is always right.
                ordinal: Ordinal::Match,
            };
            return expand::implementation(&target);
        }
    }
    let mut tokens: TokenStream = errors
        .into_iter()
        .map(|error| error.to_compile_error())
        .collect();
    tokens.extend(fallback(input));
    tokens
}

/// After an error, the same impls over a placeholder model of the input's shape, so that
/// code using the enum does not fail a second time (no method `message`, no `From<i64>`)
/// while the first problem is fixed. Only possible when every variant has a shape the
/// expander handles and there is one catch-all; the placeholder data is never run, since
/// the build has already failed.
fn fallback(input: &DeriveInput) -> Option<TokenStream> {
    let Data::Enum(data) = &input.data else {
        return None;
    };
    if !input.generics.params.is_empty() {
        return None;
    }
    let mut ignored = Vec::new();
    let settings = attr::enum_attrs(&input.attrs, &mut ignored);
    let placeholder = |origin: &Origin| Row {
        message: String::new(),
        message_en: None,
        vendor_en: None,
        description: None,
        remedy: None,
        as_written: None,
        section: None,
        billing: Billing::Unspecified,
        billing_history: Vec::new(),
        retry: Retry::Never,
        success: false,
        origin: origin.clone(),
    };
    let origin = Origin::Span(input.ident.span());
    let mut space = CodeSpace {
        ident: input.ident.to_string(),
        doc: None,
        unknown: String::new(),
        unknown_origin: origin.clone(),
        layout: None,
        sections: Vec::new(),
        rows: vec![placeholder(&origin)],
        variants: Vec::new(),
        origin,
        complete: false,
    };
    let mut next_code = 0_i64;
    for variant in &data.variants {
        let attrs = attr::variant_attrs(&variant.attrs, &mut ignored);
        let catch_all = attrs.unknown.is_some()
            || (variant.ident == "Unknown" && attrs.code.is_none() && attrs.range.is_none());
        let value = match &variant.fields {
            Fields::Unit => Value::Code(next_code),
            fields if single_i64(fields) && catch_all => {
                if !space.unknown.is_empty() {
                    return None;
                }
                space.unknown = variant.ident.to_string();
                space.unknown_origin = Origin::Span(variant.ident.span());
                continue;
            }
            fields if single_i64(fields) => Value::Range {
                min: next_code,
                max: next_code,
            },
            _ => return None,
        };
        next_code += 1;
        space.variants.push(Variant {
            ident: variant.ident.to_string(),
            value,
            row: 0,
            alias_of: None,
            origin: Origin::Span(variant.ident.span()),
        });
    }
    if space.unknown.is_empty() {
        return None;
    }
    let meta = Meta {
        title: space.ident.clone(),
        ..Meta::default()
    };
    let krate = settings.krate.unwrap_or_else(|| quote!(::errcodes));
    let target = Target {
        space: &space,
        meta: &meta,
        krate: &krate,
        span: Span::call_site(),
        ordinal: Ordinal::Match,
    };
    Some(expand::implementation(&target))
}

fn is_i64(ty: &Type) -> bool {
    matches!(ty, Type::Path(path) if path.qself.is_none() && path.path.is_ident("i64"))
}

/// True if the variant's fields are exactly one `i64`: `Name(i64)`.
fn single_i64(fields: &Fields) -> bool {
    matches!(fields, Fields::Unnamed(unnamed) if unnamed.unnamed.len() == 1 && is_i64(&unnamed.unnamed[0].ty))
}

fn err(span: Span, message: impl std::fmt::Display) -> syn::Error {
    syn::Error::new(span, message)
}

/// What one variant of the input turned out to be.
enum Read {
    /// The catch-all for unknown codes.
    CatchAll,
    /// A variant with its own row.
    Own(Variant, Row),
    /// A variant sharing the row of the named one.
    Alias(Variant, syn::Ident),
    /// A variant too broken to model; its problems are reported.
    Broken,
}

fn build(input: &DeriveInput, errors: &mut Vec<syn::Error>) -> Option<(Catalog, TokenStream)> {
    let Data::Enum(data) = &input.data else {
        errors.push(err(
            input.ident.span(),
            "#[derive(ErrorCode)] applies to enums only",
        ));
        return None;
    };
    if !input.generics.params.is_empty() {
        errors.push(err(
            input.generics.span(),
            "#[derive(ErrorCode)] does not support generic enums: an error-code enum is a closed set of codes",
        ));
    }
    let settings = attr::enum_attrs(&input.attrs, errors);
    let layout = settings.layout.as_ref().and_then(|(pattern, span)| {
        Layout::parse(pattern, &settings.layout_fields)
            .map_err(|message| {
                let at = match settings.layout_fields_span {
                    Some(fields) if message.starts_with("layout field") => fields,
                    _ => *span,
                };
                errors.push(err(at, message));
            })
            .ok()
    });
    let origin = Origin::Span(input.ident.span());
    let mut space = CodeSpace {
        ident: input.ident.to_string(),
        doc: None,
        unknown: String::new(),
        unknown_origin: origin.clone(),
        layout,
        sections: Vec::new(),
        rows: Vec::new(),
        variants: Vec::new(),
        origin,
        complete: true,
    };
    let errors_before = errors.len();
    let mut aliases = Vec::new();
    let mut broken: HashSet<String> = HashSet::new();
    let mut catch_all: Option<Span> = None;
    for variant in &data.variants {
        match read_variant(variant, &settings, &mut space, errors) {
            Read::CatchAll => {
                if catch_all.is_some() {
                    errors.push(err(
                        variant.ident.span(),
                        "a second catch-all variant; an enum has exactly one",
                    ));
                }
                catch_all = Some(variant.ident.span());
                space.unknown = variant.ident.to_string();
                space.unknown_origin = Origin::Span(variant.ident.span());
            }
            Read::Own(model_variant, row) => {
                space.rows.push(row);
                space.variants.push(Variant {
                    row: space.rows.len() - 1,
                    ..model_variant
                });
            }
            Read::Alias(model_variant, target) => {
                space.variants.push(model_variant);
                aliases.push((space.variants.len() - 1, target));
            }
            Read::Broken => {
                broken.insert(variant.ident.to_string());
            }
        }
    }
    resolve_aliases(&mut space, aliases, &broken, errors);
    if catch_all.is_none() {
        errors.push(err(
            input.ident.span(),
            "no catch-all variant: add `#[errcode(unknown)] Unknown(i64)` (or a variant named `Unknown(i64)`) to keep codes the enum does not list",
        ));
        return None;
    }
    space.complete = errors.len() == errors_before;
    let meta = Meta {
        title: settings
            .title
            .clone()
            .unwrap_or_else(|| input.ident.to_string()),
        vendor: settings.vendor.clone(),
        source: settings.source.clone(),
        language: settings.language.clone(),
        notes: settings.notes.clone(),
    };
    let krate = settings.krate.clone().unwrap_or_else(|| quote!(::errcodes));
    Some((
        Catalog {
            meta,
            enums: vec![space],
        },
        krate,
    ))
}

/// Gives each alias the row of the variant it names, declared before or after it.
fn resolve_aliases(
    space: &mut CodeSpace,
    aliases: Vec<(usize, syn::Ident)>,
    broken: &HashSet<String>,
    errors: &mut Vec<syn::Error>,
) {
    let rows: HashMap<String, usize> = space
        .variants
        .iter()
        .filter(|variant| variant.alias_of.is_none())
        .map(|variant| (variant.ident.clone(), variant.row))
        .collect();
    let mut unresolved = Vec::new();
    for (index, target) in aliases {
        let name = target.to_string();
        if let Some(&row) = rows.get(&name) {
            space.variants[index].row = row;
        } else {
            if !broken.contains(&name) {
                let message = if space.variants.iter().any(|v| v.ident == name) {
                    format!("`alias_of = {target}` names another alias; point it at the variant that has the `message`")
                } else {
                    format!("`alias_of = {target}` names no variant of this enum")
                };
                errors.push(err(target.span(), message));
            }
            unresolved.push(index);
        }
    }
    for index in unresolved.into_iter().rev() {
        space.variants.remove(index);
    }
}

/// The catch-all holds one `i64` and describes no row.
fn check_catch_all(
    variant: &syn::Variant,
    attrs: &attr::VariantAttrs,
    errors: &mut Vec<syn::Error>,
) {
    let name = &variant.ident;
    if !single_i64(&variant.fields) {
        errors.push(err(
            name.span(),
            format!("the catch-all variant `{name}` must hold exactly one `i64`: `{name}(i64)`"),
        ));
    }
    for (key, key_span) in attrs.keys.iter().filter(|(key, _)| *key != "unknown") {
        errors.push(err(
            *key_span,
            format!("the catch-all variant takes no `{key}`: it stands for codes the catalog does not list"),
        ));
    }
}

fn read_variant(
    variant: &syn::Variant,
    settings: &attr::EnumAttrs,
    space: &mut CodeSpace,
    errors: &mut Vec<syn::Error>,
) -> Read {
    let span = variant.ident.span();
    let name = variant.ident.to_string();
    let errors_before = errors.len();
    let attrs = attr::variant_attrs(&variant.attrs, errors);
    let has_fields = !matches!(variant.fields, Fields::Unit);
    let implied_catch_all =
        name == "Unknown" && has_fields && attrs.code.is_none() && attrs.range.is_none();
    if attrs.unknown.is_some() || implied_catch_all {
        check_catch_all(variant, &attrs, errors);
        return Read::CatchAll;
    }
    // After an attribute failed to parse, the keys after it were never read: checks about
    // missing keys would only repeat the problem.
    let attributes_failed = errors.len() > errors_before;
    let discriminant = match &variant.discriminant {
        Some((_, expr)) => match attr::integer(expr) {
            Ok(value) => Some((value, expr.span())),
            Err(error) => {
                errors.push(error);
                return Read::Broken;
            }
        },
        None => None,
    };
    if let (Some((code, _)), Some((value, discriminant_span))) = (attrs.code, discriminant) {
        if code != value {
            errors.push(err(discriminant_span, format!("the discriminant {value} disagrees with `code = {code}`; drop one or make them equal")));
        }
    }
    let code = attrs.code.or(discriminant).map(|(code, _)| code);
    let value = match (code, attrs.range) {
        (Some(code), None) => {
            if has_fields {
                errors.push(err(variant.fields.span(), format!("variant `{name}` has fields; a code's variant is a unit variant (only a `range` variant or the catch-all holds an `i64`)")));
            }
            Value::Code(code)
        }
        (None, Some((min, max, range_span))) => {
            if !single_i64(&variant.fields) {
                errors.push(err(
                    range_span,
                    format!("a range variant holds the code it was made from: write `{name}(i64)`"),
                ));
            }
            Value::Range { min, max }
        }
        (Some(_), Some((_, _, range_span))) => {
            errors.push(err(
                range_span,
                "a variant has either `code` or `range`, not both",
            ));
            return Read::Broken;
        }
        (None, None) if attributes_failed => return Read::Broken,
        (None, None) if has_fields => {
            errors.push(err(variant.fields.span(), format!("variant `{name}` has fields but is neither a `range` variant nor the catch-all; error-code variants are unit variants")));
            return Read::Broken;
        }
        (None, None) => {
            errors.push(err(span, format!("variant `{name}` has no code: add #[errcode(code = ...)] or an explicit discriminant")));
            return Read::Broken;
        }
    };
    let model_variant = Variant {
        ident: name.clone(),
        value,
        row: 0,
        alias_of: None,
        origin: Origin::Span(span),
    };
    if let Some(target) = attrs.alias_of.clone() {
        for (key, key_span) in attrs.row_keys() {
            errors.push(err(
                *key_span,
                format!("`{key}` on an alias: an alias shares the row of `{target}`; set it there"),
            ));
        }
        if matches!(value, Value::Range { .. }) {
            errors.push(err(target.span(), "a range variant cannot be an alias"));
        }
        return Read::Alias(
            Variant {
                alias_of: Some(target.to_string()),
                ..model_variant
            },
            target,
        );
    }
    match row(&attrs, settings, space, span, errors) {
        Some(row) => Read::Own(model_variant, row),
        None if attributes_failed => Read::Broken,
        None => {
            errors.push(err(
                span,
                format!("variant `{name}` has no message: add #[errcode(message = \"...\")]"),
            ));
            Read::Broken
        }
    }
}

/// The row described by a variant's attributes, with the enum's defaults; `None` without a message.
fn row(
    attrs: &attr::VariantAttrs,
    settings: &attr::EnumAttrs,
    space: &mut CodeSpace,
    span: Span,
    errors: &mut Vec<syn::Error>,
) -> Option<Row> {
    let (message, _) = attrs.message.clone()?;
    let mut billing_history = Vec::new();
    for (until, billing, date_span) in &attrs.billing_history {
        match Date::parse(until) {
            Some(until) => billing_history.push(BillingPeriod {
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
        .map(|(path, section_span)| section_index(space, path, *section_span));
    Some(Row {
        message,
        message_en: attrs.message_en.clone(),
        vendor_en: attrs.vendor_en.clone(),
        description: attrs.description.clone(),
        remedy: attrs.remedy.clone(),
        as_written: attrs.as_written.clone(),
        section,
        billing: attrs
            .billing
            .or(settings.billing)
            .unwrap_or(Billing::Unspecified),
        billing_history,
        retry: attrs.retry.or(settings.retry).unwrap_or(Retry::Never),
        success: attrs.success.or(settings.success).unwrap_or(false),
        origin: Origin::Span(span),
    })
}

/// The index of the section at `path` (`A > B`), added on first use.
fn section_index(space: &mut CodeSpace, path: &str, span: Span) -> usize {
    let path: Vec<String> = path
        .split(" > ")
        .map(|part| part.trim().to_owned())
        .collect();
    if let Some(index) = space
        .sections
        .iter()
        .position(|section| section.path == path)
    {
        return index;
    }
    space.sections.push(Section {
        path,
        doc: None,
        origin: Origin::Span(span),
    });
    space.sections.len() - 1
}
