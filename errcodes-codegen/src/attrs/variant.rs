//! One variant of a derive input: the catch-all, a code or range with its own row, or an
//! alias sharing another variant's row.

use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::Fields;

use super::grammar::{self, EnumAttrs, VariantAttrs};
use super::payload::{holds_unlisted, in_range_bounds};
use super::{at, push_syn};
use crate::diagnostics::{quote, wording, Diagnostic, Diagnostics, Origin};
use crate::model::{
    BillingPeriod, CodeKind, CodeSpace, Date, Row, RowDefaults, Section, Value, Variant,
    DEFAULT_CATCH_ALL,
};

/// What one variant of the input turned out to be.
pub enum Read {
    /// The catch-all for unknown codes.
    CatchAll,
    /// A variant with its own row.
    Own(Variant, Box<Row>),
    /// A variant sharing the row of the named one.
    Alias(Variant, syn::Ident),
    /// A variant too broken to model; its problems are reported.
    Broken,
}

/// True if the variant is the catch-all: marked `#[errcode(unknown)]`, or named `Unknown`
/// with fields and neither a code nor a range.
pub fn is_catch_all(variant: &syn::Variant, attrs: &VariantAttrs) -> bool {
    let implied = variant.ident == DEFAULT_CATCH_ALL
        && !matches!(variant.fields, Fields::Unit)
        && attrs.code.is_none()
        && in_range_bounds(&variant.fields).is_none();
    attrs.unknown.is_some() || implied
}

/// Reads `variant`, whose attributes are `attrs`, adding its section (if new) to `space`.
pub fn read(
    variant: &syn::Variant,
    attrs: &VariantAttrs,
    settings: &EnumAttrs,
    space: &mut CodeSpace,
    diagnostics: &mut Diagnostics,
) -> Read {
    let span = variant.ident.span();
    let name = variant.ident.to_string();
    let has_fields = !matches!(variant.fields, Fields::Unit);
    if is_catch_all(variant, attrs) {
        check_catch_all(variant, attrs, space, diagnostics);
        return Read::CatchAll;
    }
    // After an attribute failed to parse, the keys after it were never read: checks about
    // missing keys would only repeat the problem.
    let attributes_failed = attrs.failed;
    let discriminant = match &variant.discriminant {
        Some((_, expr)) => match grammar::integer(expr, "discriminant") {
            Ok(value) => Some((value, expr.span())),
            Err(problem) => {
                diagnostics.push(problem);
                return Read::Broken;
            }
        },
        None => None,
    };
    if let (Some((code, _)), Some((value, discriminant_span))) = (&attrs.code, discriminant) {
        if *code != Value::Code(value) {
            let code = match code {
                Value::Str(text) => format!("{text:?}"),
                other => other.first().unwrap_or_default().to_string(),
            };
            diagnostics.push(at(discriminant_span, format!("the discriminant {value} disagrees with `code = {code}`; drop one or make them equal")));
        }
    }
    let code = attrs
        .code
        .clone()
        .or_else(|| discriminant.map(|(value, span)| (Value::Code(value), span)));
    let range = match in_range_bounds(&variant.fields) {
        Some(Ok(bounds)) => Some(bounds),
        Some(Err(error)) => {
            push_syn(diagnostics, error);
            return Read::Broken;
        }
        None => None,
    };
    let value = match (code, range) {
        (Some((code, _)), None) => {
            if has_fields {
                diagnostics.push(at(variant.fields.span(), format!("variant `{name}` has fields; a code's variant is a unit variant (only a range variant, `{name}(errcodes::InRange<MIN, MAX>)`, or the catch-all holds a value)")));
            }
            code
        }
        (None, Some((min, max))) => Value::Range { min, max },
        (Some((_, code_span)), Some(_)) => {
            diagnostics.push(at(
                code_span,
                format!("variant `{name}` has a code and a range (its `InRange` type); give it one or the other"),
            ));
            return Read::Broken;
        }
        (None, None) if attributes_failed => return Read::Broken,
        (None, None) if has_fields => {
            diagnostics.push(at(variant.fields.span(), format!("variant `{name}` has fields but is neither a range variant, `{name}(errcodes::InRange<MIN, MAX>)`, nor the catch-all, `{name}(errcodes::Unlisted<Self>)`; error-code variants are unit variants")));
            return Read::Broken;
        }
        (None, None) if attrs.mentions("code") => return Read::Broken,
        (None, None) => {
            diagnostics.push(missing(span, "code", format!("entry {}", quote(&name))));
            return Read::Broken;
        }
    };
    let model_variant = Variant {
        ident: name.clone(),
        value,
        row: 0,
        alias_of: None,
        origin: Origin::span(span),
    };
    if let Some(target) = attrs.alias_of.clone() {
        for (key, key_span) in attrs.row_keys() {
            diagnostics.push(at(
                *key_span,
                format!("`{key}` on an alias: an alias shares the row of `{target}`; set it there"),
            ));
        }
        if matches!(model_variant.value, Value::Range { .. }) {
            diagnostics.push(at(target.span(), "a range variant cannot be an alias"));
        }
        return Read::Alias(
            Variant {
                alias_of: Some(target.to_string()),
                ..model_variant
            },
            target,
        );
    }
    match row(attrs, settings, space, span, diagnostics) {
        Some(row) => Read::Own(model_variant, Box::new(row)),
        None if attributes_failed || attrs.mentions("message") => Read::Broken,
        None => {
            diagnostics.push(missing(span, "message", model_variant.subject()));
            Read::Broken
        }
    }
}

/// A required key (`code` or `message`) that the variant `subject` at `span` lacks.
fn missing(span: Span, key: &str, subject: String) -> Diagnostic {
    let how = match key {
        "code" => {
            "add `code = ...` to #[errcode(...)], or give the variant an explicit discriminant"
        }
        _ => "add `message = \"...\"` to #[errcode(...)], verbatim from the source document",
    };
    wording::missing_key(Origin::span(span), key, how).subject(subject)
}

/// The catch-all holds `Unlisted<Self>` (`UnlistedStr<Self>` for string codes) and
/// describes no row.
fn check_catch_all(
    variant: &syn::Variant,
    attrs: &VariantAttrs,
    space: &CodeSpace,
    diagnostics: &mut Diagnostics,
) {
    let name = &variant.ident;
    let payload = unlisted_type(space.kind);
    if !holds_unlisted(&variant.fields, &space.ident, payload) {
        diagnostics.push(at(
            name.span(),
            format!("the catch-all variant `{name}` holds the codes the enum does not list: write `{name}(errcodes::{payload}<Self>)`"),
        ));
    }
    for (key, key_span) in attrs.keys.iter().filter(|(key, _)| *key != "unknown") {
        diagnostics.push(at(
            *key_span,
            format!("the catch-all variant takes no `{key}`: it stands for codes the catalog does not list"),
        ));
    }
}

/// The type of the catch-all's value for codes of `kind`.
pub fn unlisted_type(kind: CodeKind) -> &'static str {
    match kind {
        CodeKind::Integer => "Unlisted",
        CodeKind::String => "UnlistedStr",
    }
}

/// The row described by a variant's attributes, with the enum's defaults; `None` without a message.
fn row(
    attrs: &VariantAttrs,
    settings: &EnumAttrs,
    space: &mut CodeSpace,
    span: Span,
    diagnostics: &mut Diagnostics,
) -> Option<Row> {
    let (message, _) = attrs.message.clone()?;
    let mut billing_history = Vec::new();
    for (until, billing, date_span) in &attrs.billing_history {
        match Date::parse(until) {
            Some(until) => billing_history.push(BillingPeriod::new(until, *billing)),
            None => diagnostics.push(wording::not_a_date(Origin::span(*date_span), until)),
        }
    }
    let section = attrs
        .section
        .as_ref()
        .or(settings.section.as_ref())
        .map(|(path, section_span)| section_index(space, path, *section_span));
    let defaults = RowDefaults::SPEC;
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
            .unwrap_or(defaults.billing),
        billing_history,
        retry: attrs.retry.or(settings.retry).unwrap_or(defaults.retry),
        success: attrs
            .success
            .or(settings.success)
            .unwrap_or(defaults.success),
        origin: Origin::span(span),
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
        origin: Origin::span(span),
    });
    space.sections.len() - 1
}
