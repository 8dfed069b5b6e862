//! The attribute front end: a hand-written enum and its `#[errcodes(...)]` /
//! `#[errcode(...)]` attributes in, the same model as a spec out.
//!
//! `grammar` parses the attributes, `variant` turns one variant into model pieces, and
//! `placeholder` builds the stand-in the driver implements after an error. Every attribute
//! is parsed once; the model and the placeholder are both built from that parse.

mod grammar;
mod payload;
mod placeholder;
mod variant;

use std::collections::{HashMap, HashSet};

use proc_macro2::{Span, TokenStream, TokenTree};
use syn::spanned::Spanned;
use syn::{Data, DeriveInput};

use self::variant::Read;
use crate::diagnostics::{Diagnostic, Diagnostics, Origin, Tokens};
use crate::expand::Impls;
use crate::model::{Catalog, CodeKind, CodeSpace, Layout, Meta, Variant, DEFAULT_CATCH_ALL};

/// What the attribute front end read from one `#[derive(ErrorCode)]` input.
pub struct Derived {
    /// The input's one enum as a catalog; `None` when it is not an enum the derive can
    /// model (its problems are reported).
    pub catalog: Option<Catalog>,
    /// A catalog of the input's shape with placeholder rows: what the driver implements
    /// after an error, so that code using the enum does not fail a second time. `None`
    /// when the shape is one the expander cannot implement.
    pub placeholder: Option<Catalog>,
    /// Path of the errcodes facade when given as `crate = path`.
    pub facade: Option<TokenStream>,
    /// The standard traits `impls(...)` asks for.
    pub impls: Impls,
}

/// Reads `input`, pushing every problem into `diagnostics`.
pub fn read(input: &DeriveInput, diagnostics: &mut Diagnostics) -> Derived {
    let Data::Enum(data) = &input.data else {
        diagnostics.push(at(
            input.ident.span(),
            "#[derive(ErrorCode)] applies to enums only",
        ));
        return Derived {
            catalog: None,
            placeholder: None,
            facade: None,
            impls: Impls::NONE,
        };
    };
    let generic = !input.generics.params.is_empty();
    if generic {
        diagnostics.push(at(
            input.generics.span(),
            "#[derive(ErrorCode)] does not support generic enums: an error-code enum is a closed set of codes",
        ));
    }
    let settings = grammar::enum_attrs(&input.attrs, diagnostics);
    let facade = settings.krate.clone();
    let layout = layout(&settings, diagnostics);
    let kind = kind(&settings, data, diagnostics);
    let origin = Origin::span(input.ident.span());
    let mut space = CodeSpace {
        ident: input.ident.to_string(),
        doc: None,
        unknown: String::new(),
        unknown_origin: origin.clone(),
        kind,
        separator: settings
            .separator
            .as_ref()
            .map(|(text, span)| (text.clone(), Origin::span(*span))),
        layout,
        sections: Vec::new(),
        rows: Vec::new(),
        variants: Vec::new(),
        origin,
        complete: true,
    };
    let problems_before = diagnostics.count();
    let (parsed, catch_all) = variants(data, &settings, &mut space, diagnostics);
    let placeholder = if generic {
        None
    } else {
        placeholder::build(&input.ident, kind, &parsed)
    };
    if catch_all.is_none() {
        diagnostics.push(at(
            input.ident.span(),
            format!("no catch-all variant: add `{DEFAULT_CATCH_ALL}(errcodes::{}<Self>)` (or mark another such variant `#[errcode(unknown)]`) to keep the codes the enum does not list", variant::unlisted_type(kind)),
        ));
        return Derived {
            catalog: None,
            placeholder,
            facade,
            impls: settings.impls,
        };
    }
    space.complete = diagnostics.count() == problems_before;
    let meta = Meta {
        title: settings.title.as_ref().map(|(title, _)| title.clone()),
        vendor: settings.vendor.clone(),
        source: settings.source.clone(),
        language: settings.language.clone(),
        notes: settings.notes.clone(),
        origin: Origin::span(
            settings
                .title
                .as_ref()
                .map_or(input.ident.span(), |(_, span)| *span),
        ),
    };
    Derived {
        catalog: Some(Catalog {
            meta,
            enums: vec![space],
        }),
        placeholder,
        facade,
        impls: settings.impls,
    }
}

/// Reads every variant into `space`, resolving aliases once all are known; returns each
/// variant with its parsed attributes, and the span of the catch-all if there is one.
fn variants<'a>(
    data: &'a syn::DataEnum,
    settings: &grammar::EnumAttrs,
    space: &mut CodeSpace,
    diagnostics: &mut Diagnostics,
) -> (Vec<(&'a syn::Variant, grammar::VariantAttrs)>, Option<Span>) {
    let mut parsed = Vec::with_capacity(data.variants.len());
    let mut aliases = Vec::new();
    let mut broken: HashSet<String> = HashSet::new();
    let mut catch_all: Option<Span> = None;
    for variant in &data.variants {
        let attrs = grammar::variant_attrs(&variant.attrs, diagnostics);
        match variant::read(variant, &attrs, settings, space, diagnostics) {
            Read::CatchAll => {
                if catch_all.is_some() {
                    diagnostics.push(at(
                        variant.ident.span(),
                        "a second catch-all variant; an enum has exactly one",
                    ));
                }
                catch_all = Some(variant.ident.span());
                space.unknown = variant.ident.to_string();
                space.unknown_origin = Origin::span(variant.ident.span());
            }
            Read::Own(model_variant, row) => {
                space.rows.push(*row);
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
        parsed.push((variant, attrs));
    }
    resolve_aliases(space, aliases, &broken, diagnostics);
    (parsed, catch_all)
}

/// The enum's `kind = "..."`: integer unless it says string. After an unknown kind
/// (reported), the kind the catch-all's payload type implies, so that the codes and the
/// catch-all are not all reported as of the wrong kind too.
fn kind(
    settings: &grammar::EnumAttrs,
    data: &syn::DataEnum,
    diagnostics: &mut Diagnostics,
) -> CodeKind {
    let Some((text, span)) = &settings.kind else {
        return CodeKind::Integer;
    };
    CodeKind::from_keyword(text).unwrap_or_else(|| {
        diagnostics.push(CodeKind::invalid(Origin::span(*span), text));
        let holds_text = data
            .variants
            .iter()
            .any(|variant| payload::holds_unlisted_str_type(&variant.fields));
        if holds_text {
            CodeKind::String
        } else {
            CodeKind::Integer
        }
    })
}

/// The enum's `layout = "..."` with its `layout_fields(...)`, if given and valid.
fn layout(settings: &grammar::EnumAttrs, diagnostics: &mut Diagnostics) -> Option<Layout> {
    let (pattern, span) = settings.layout.as_ref()?;
    match Layout::parse(pattern, &settings.layout_fields) {
        Ok(layout) => Some(layout),
        Err(problem) => {
            // A problem with a field name points at `layout_fields`, others at `layout`.
            let span = match settings.layout_fields_span {
                Some(fields) if problem.in_field_names() => fields,
                _ => *span,
            };
            diagnostics.push(at(span, problem.to_string()));
            None
        }
    }
}

/// Gives each alias the row of the variant it names, declared before or after it.
fn resolve_aliases(
    space: &mut CodeSpace,
    aliases: Vec<(usize, syn::Ident)>,
    broken: &HashSet<String>,
    diagnostics: &mut Diagnostics,
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
                diagnostics.push(at(target.span(), message));
            }
            unresolved.push(index);
        }
    }
    for index in unresolved.into_iter().rev() {
        space.variants.remove(index);
    }
}

/// A problem at one token.
fn at(span: Span, message: impl Into<String>) -> Diagnostic {
    Diagnostic::new(Origin::span(span), message)
}

/// Records a `syn` error (one or several messages) as diagnostics at the tokens it points at.
fn push_syn(diagnostics: &mut Diagnostics, error: syn::Error) {
    for single in error {
        let origin = Origin::Tokens(error_tokens(&single));
        diagnostics.push(Diagnostic::new(origin, single.to_string()));
    }
}

/// The first and last token a `syn` error points at. syn keeps both, but on stable Rust
/// exposes only the first (`Error::span`); its `compile_error!` rendering carries both (the
/// path on the first token's span, the braced message on the last's), so they are read
/// from there.
fn error_tokens(error: &syn::Error) -> Tokens {
    let rendered: Vec<TokenTree> = error.to_compile_error().into_iter().collect();
    match (rendered.first(), rendered.last()) {
        (Some(first), Some(last)) => Tokens {
            first: first.span(),
            last: last.span(),
        },
        _ => Tokens::from(error.span()),
    }
}
