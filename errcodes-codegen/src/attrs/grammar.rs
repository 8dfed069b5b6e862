//! The attribute grammar of `#[derive(ErrorCode)]`.
//!
//! ```text
//! #[errcodes(kind = "string", separator = ".",                  // string codes only
//!            title = "...", vendor = "...", source = "...", language = "zh-CN", notes = "...",
//!            billing = "free", retry = "transient", success = false, section = "A > B",
//!            layout = "A-BB-CCC", layout_fields(A = "level", B = "module"), crate = ::path,
//!            impls(Debug, Display, Error, FromStr, From, Ord, Serde))]
//! enum E {
//!     #[errcode(code = 1, message = "...", message_en = "...", vendor_en = "...",
//!               description = "...", remedy = "...", as_written = "...",
//!               billing = "free", billing_history(until = "2021-07-19", billing = "charged"),
//!               retry = "never", success, section = "A > B")]
//!     Variant,
//!     #[errcode(code = 2, alias_of = Variant)]   // shares Variant's row
//!     VariantAlt,
//!     #[errcode(message = "...")]                // a range: the bounds are the type's
//!     Low(errcodes::InRange<0, 2>),
//!     #[errcode(unknown)]                         // the catch-all; implied for `Unknown(..)`
//!     Unknown(errcodes::Unlisted<Self>),          // `UnlistedStr<Self>` for string codes
//! }
//! ```

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::meta::ParseNestedMeta;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, ExprLit, ExprUnary, Lit, LitStr, UnOp};

use super::push_syn;
use crate::diagnostics::{closest, quote, wording, Diagnostic, Diagnostics, Origin, Tokens};
use crate::expand::{Impl, Impls};
use crate::model::{Billing, Keyword, Retry, Value};

const ENUM_KEYS: &[&str] = &[
    "kind",
    "separator",
    "title",
    "vendor",
    "source",
    "language",
    "notes",
    "billing",
    "retry",
    "success",
    "section",
    "layout",
    "layout_fields",
    "crate",
    "impls",
];
const PERIOD_KEYS: &[&str] = &["until", "billing"];
const VARIANT_KEYS: &[&str] = &[
    "code",
    "alias_of",
    "unknown",
    "message",
    "message_en",
    "vendor_en",
    "description",
    "remedy",
    "as_written",
    "billing",
    "billing_history",
    "retry",
    "success",
    "section",
];

/// Enum-level settings.
#[derive(Default)]
pub struct EnumAttrs {
    /// `kind = "..."` as written, with its span.
    pub kind: Option<(String, Span)>,
    pub separator: Option<(String, Span)>,
    pub title: Option<(String, Span)>,
    pub vendor: Option<String>,
    pub source: Option<String>,
    pub language: Option<String>,
    pub notes: Option<String>,
    pub billing: Option<Billing>,
    pub retry: Option<Retry>,
    pub success: Option<bool>,
    pub section: Option<(String, Span)>,
    pub layout: Option<(String, Span)>,
    pub layout_fields: Vec<(String, String)>,
    pub layout_fields_span: Option<Span>,
    pub krate: Option<TokenStream>,
    /// The standard traits to implement, from `impls(...)`.
    pub impls: Impls,
}

/// One variant's settings.
#[derive(Default)]
pub struct VariantAttrs {
    pub code: Option<(Value, Span)>,
    pub alias_of: Option<syn::Ident>,
    pub unknown: Option<Span>,
    pub message: Option<(String, Span)>,
    pub message_en: Option<String>,
    pub vendor_en: Option<String>,
    pub description: Option<String>,
    pub remedy: Option<String>,
    pub as_written: Option<String>,
    pub billing: Option<Billing>,
    pub billing_history: Vec<(String, Billing, Span)>,
    pub retry: Option<Retry>,
    pub success: Option<bool>,
    pub section: Option<(String, Span)>,
    /// Every key given, with its span, in order.
    pub keys: Vec<(&'static str, Span)>,
    /// True if an attribute failed to parse: the keys after the problem were not read.
    pub failed: bool,
    /// The keys that an unknown key looks like a misspelling of: they are not reported
    /// missing as well.
    pub misspelt: Vec<&'static str>,
}

impl VariantAttrs {
    /// True if `key` was given, whether or not its value could be read, or an unknown key
    /// looks like a misspelling of it: either way it is not reported missing.
    pub fn mentions(&self, key: &str) -> bool {
        self.keys.iter().any(|(given, _)| *given == key) || self.misspelt.contains(&key)
    }

    /// Keys that describe a row, which an alias or the catch-all must not carry.
    pub fn row_keys(&self) -> impl Iterator<Item = &(&'static str, Span)> {
        self.keys
            .iter()
            .filter(|(key, _)| !matches!(*key, "code" | "alias_of" | "unknown"))
    }
}

fn string(meta: &ParseNestedMeta<'_>) -> syn::Result<String> {
    Ok(meta.value()?.parse::<LitStr>()?.value())
}

/// A keyword such as `billing = "free"`; one that is not a keyword is reported and read
/// as absent, and the attribute goes on being read.
fn keyword<K: Keyword>(
    meta: &ParseNestedMeta<'_>,
    diagnostics: &mut Diagnostics,
) -> syn::Result<Option<K>> {
    let literal: LitStr = meta.value()?.parse()?;
    let found = K::from_keyword(&literal.value());
    if found.is_none() {
        let key = meta.path.to_token_stream().to_string();
        let at = Origin::span(literal.span());
        diagnostics.push(wording::not_a_keyword::<K>(at, &key, &literal.value()));
    }
    Ok(found)
}

/// Reports an unknown key and skips its value (`= ...` or `(...)`), so that the rest of
/// the attribute is still read.
fn unknown_key(
    meta: &ParseNestedMeta<'_>,
    allowed: &[&'static str],
    misspelt: &mut Vec<&'static str>,
    diagnostics: &mut Diagnostics,
) -> syn::Result<()> {
    let key = meta.path.to_token_stream().to_string();
    misspelt.extend(closest(&key, allowed));
    diagnostics.push(wording::unknown_key(
        Origin::span(meta.path.span()),
        &key,
        allowed,
    ));
    let value = if meta.input.peek(syn::Token![=]) {
        meta.value()?
    } else {
        meta.input
    };
    while !value.is_empty() && !value.peek(syn::Token![,]) {
        value.parse::<TokenTree>()?;
    }
    Ok(())
}

fn flag(meta: &ParseNestedMeta<'_>) -> syn::Result<bool> {
    if meta.input.peek(syn::Token![=]) {
        Ok(meta.value()?.parse::<syn::LitBool>()?.value)
    } else {
        Ok(true)
    }
}

/// An integer literal, possibly negated, as an `i64`; `what` names it in messages
/// ("code", "discriminant").
pub fn integer(expr: &Expr, what: &str) -> Result<i64, Diagnostic> {
    // Underlines the sign too: from the expression's first token to the literal.
    let out_of_range = |int: &syn::LitInt, sign: &str| {
        let written = format!("{sign}{}", int.base10_digits());
        let at = Tokens {
            first: expr.span(),
            last: int.span(),
        };
        wording::out_of_range(Origin::Tokens(at), what, &written)
    };
    let not_an_integer =
        |found: &Expr| wording::not_an_integer(Origin::span(found.span()), what, "an expression");
    match expr {
        Expr::Lit(ExprLit {
            lit: Lit::Int(int), ..
        }) => int.base10_parse::<i64>().map_err(|_| out_of_range(int, "")),
        Expr::Unary(ExprUnary {
            op: UnOp::Neg(_),
            expr: operand,
            ..
        }) => match &**operand {
            // Parsed as u128 so that `-9223372036854775808` (i64::MIN) is accepted.
            Expr::Lit(ExprLit {
                lit: Lit::Int(int), ..
            }) => int
                .base10_parse::<u128>()
                .ok()
                .and_then(|magnitude| i128::try_from(magnitude).ok())
                .and_then(|magnitude| i64::try_from(-magnitude).ok())
                .ok_or_else(|| out_of_range(int, "-")),
            other => Err(not_an_integer(other)),
        },
        Expr::Group(group) => integer(&group.expr, what),
        other => Err(not_an_integer(other)),
    }
}

/// `code = <string or integer>`: a string literal is a string code (for a string enum),
/// anything else an integer; a value that is neither is reported and read as absent.
fn code_value(
    meta: &ParseNestedMeta<'_>,
    diagnostics: &mut Diagnostics,
) -> syn::Result<Option<(Value, Span)>> {
    let expr: Expr = meta.value()?.parse()?;
    if let Expr::Lit(ExprLit {
        lit: Lit::Str(text),
        ..
    }) = &expr
    {
        return Ok(Some((Value::Str(text.value()), expr.span())));
    }
    match integer(&expr, "code") {
        Ok(value) => Ok(Some((Value::Code(value), expr.span()))),
        Err(problem) => {
            diagnostics.push(problem);
            Ok(None)
        }
    }
}

/// Reads every `#[errcodes(...)]` of the enum; problems go to `diagnostics` so all are
/// reported. An attribute stops being read at its first problem.
pub fn enum_attrs(attrs: &[Attribute], diagnostics: &mut Diagnostics) -> EnumAttrs {
    let mut out = EnumAttrs::default();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("errcodes")) {
        let result = attr.parse_nested_meta(|meta| {
            let key = meta.path.to_token_stream().to_string();
            match key.as_str() {
                "kind" => out.kind = Some((string(&meta)?, meta.path.span())),
                "separator" => out.separator = Some((string(&meta)?, meta.path.span())),
                "title" => out.title = Some((string(&meta)?, meta.path.span())),
                "vendor" => out.vendor = Some(string(&meta)?),
                "source" => out.source = Some(string(&meta)?),
                "language" => out.language = Some(string(&meta)?),
                "notes" => out.notes = Some(string(&meta)?),
                "billing" => out.billing = keyword(&meta, diagnostics)?,
                "retry" => out.retry = keyword(&meta, diagnostics)?,
                "success" => out.success = Some(flag(&meta)?),
                "section" => out.section = Some((string(&meta)?, meta.path.span())),
                "layout" => out.layout = Some((string(&meta)?, meta.path.span())),
                "layout_fields" => {
                    out.layout_fields_span = Some(meta.path.span());
                    meta.parse_nested_meta(|field| {
                        let letter = field.path.to_token_stream().to_string();
                        out.layout_fields.push((letter, string(&field)?));
                        Ok(())
                    })?;
                }
                "crate" => out.krate = Some(meta.value()?.parse::<syn::Path>()?.to_token_stream()),
                "impls" => meta.parse_nested_meta(|one| {
                    let name = one.path.to_token_stream().to_string();
                    if let Some(found) = Impl::from_name(&name) {
                        out.impls = out.impls.with(found);
                    } else {
                        // Reported, and the other names are read on.
                        let names: Vec<&str> = Impl::ALL.iter().map(|one| one.name()).collect();
                        diagnostics.push(Diagnostic::new(
                            Origin::span(one.path.span()),
                            format!("{} in `impls(...)`: the derive implements only {}; derive other traits yourself", quote(&name), names.join(", ")),
                        ));
                    }
                    Ok(())
                })?,
                _ => unknown_key(&meta, ENUM_KEYS, &mut Vec::new(), diagnostics)?,
            }
            Ok(())
        });
        if let Err(error) = result {
            push_syn(diagnostics, error);
        }
    }
    out
}

/// Reads every `#[errcode(...)]` of a variant, like [`enum_attrs`].
#[allow(clippy::too_many_lines, reason = "one flat arm per key reads best")]
pub fn variant_attrs(attrs: &[Attribute], diagnostics: &mut Diagnostics) -> VariantAttrs {
    let mut out = VariantAttrs::default();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("errcode")) {
        let result = attr.parse_nested_meta(|meta| {
            let key = meta.path.to_token_stream().to_string();
            let span = meta.path.span();
            let row_key = match key.as_str() {
                "code" => {
                    out.code = code_value(&meta, diagnostics)?;
                    Some("code")
                }
                "range" => {
                    return Err(meta.error("a range is the variant's type, not a key: write `Name(errcodes::InRange<MIN, MAX>)`, both ends included"));
                }
                "alias_of" => {
                    out.alias_of = Some(meta.value()?.parse()?);
                    Some("alias_of")
                }
                "unknown" => {
                    out.unknown = Some(span);
                    Some("unknown")
                }
                "message" => {
                    out.message = Some((string(&meta)?, span));
                    Some("message")
                }
                "message_en" => {
                    out.message_en = Some(string(&meta)?);
                    Some("message_en")
                }
                "vendor_en" => {
                    out.vendor_en = Some(string(&meta)?);
                    Some("vendor_en")
                }
                "description" => {
                    out.description = Some(string(&meta)?);
                    Some("description")
                }
                "remedy" => {
                    out.remedy = Some(string(&meta)?);
                    Some("remedy")
                }
                "as_written" => {
                    out.as_written = Some(string(&meta)?);
                    Some("as_written")
                }
                "billing" => {
                    out.billing = keyword(&meta, diagnostics)?;
                    Some("billing")
                }
                "billing_history" => {
                    // A period with a problem already reported is left out quietly.
                    let (mut until, mut billing, mut reported) = (None, None, false);
                    meta.parse_nested_meta(|period| {
                        if period.path.is_ident("until") {
                            until = Some(period.value()?.parse::<LitStr>()?);
                        } else if period.path.is_ident("billing") {
                            billing = keyword(&period, diagnostics)?;
                            reported |= billing.is_none();
                        } else {
                            unknown_key(&period, PERIOD_KEYS, &mut Vec::new(), diagnostics)?;
                            reported = true;
                        }
                        Ok(())
                    })?;
                    match (until, billing) {
                        (Some(until), Some(billing)) => out.billing_history.push((until.value(), billing, until.span())),
                        _ if reported => {}
                        _ => return Err(meta.error("write `billing_history(until = \"YYYY-MM-DD\", billing = \"charged\")`")),
                    }
                    Some("billing_history")
                }
                "retry" => {
                    out.retry = keyword(&meta, diagnostics)?;
                    Some("retry")
                }
                "success" => {
                    out.success = Some(flag(&meta)?);
                    Some("success")
                }
                "section" => {
                    out.section = Some((string(&meta)?, span));
                    Some("section")
                }
                _ => {
                    unknown_key(&meta, VARIANT_KEYS, &mut out.misspelt, diagnostics)?;
                    None
                }
            };
            if let Some(key) = row_key {
                // `billing_history(...)` is repeated once per period; every other key is given once.
                if key != "billing_history" && out.keys.iter().any(|(seen, _)| *seen == key) {
                    diagnostics.push(wording::duplicate_key(Origin::span(span), key));
                }
                out.keys.push((key, span));
            }
            Ok(())
        });
        if let Err(error) = result {
            push_syn(diagnostics, error);
            out.failed = true;
        }
    }
    out
}
