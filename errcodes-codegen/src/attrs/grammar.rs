//! The attribute grammar of `#[derive(ErrorCode)]`.
//!
//! ```text
//! #[errcodes(title = "...", vendor = "...", source = "...", language = "zh-CN", notes = "...",
//!            billing = "free", retry = "transient", success = false, section = "A > B",
//!            layout = "A-BB-CCC", layout_fields(A = "level", B = "module"), crate = ::path)]
//! enum E {
//!     #[errcode(code = 1, message = "...", message_en = "...", vendor_en = "...",
//!               description = "...", remedy = "...", as_written = "...",
//!               billing = "free", billing_history(until = "2021-07-19", billing = "charged"),
//!               retry = "never", success, section = "A > B")]
//!     Variant,
//!     #[errcode(code = 2, alias_of = Variant)]   // shares Variant's row
//!     VariantAlt,
//!     #[errcode(range(0, 2), message = "...")]   // the variant carries the code
//!     Low(i64),
//!     #[errcode(unknown)]                         // the catch-all; implied for `Unknown(i64)`
//!     Unknown(i64),
//! }
//! ```

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::meta::ParseNestedMeta;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, ExprLit, ExprUnary, Lit, LitStr, UnOp};

use super::push_syn;
use crate::diagnostics::{suggest, Diagnostics};
use crate::model::{keyword_choices, Billing, Keyword, Retry};

const ENUM_KEYS: &[&str] = &[
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
];
const VARIANT_KEYS: &[&str] = &[
    "code",
    "range",
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
    pub title: Option<String>,
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
}

/// One variant's settings.
#[derive(Default)]
pub struct VariantAttrs {
    pub code: Option<(i64, Span)>,
    pub range: Option<(i64, i64, Span)>,
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
}

impl VariantAttrs {
    /// Keys that describe a row, which an alias or the catch-all must not carry.
    pub fn row_keys(&self) -> impl Iterator<Item = &(&'static str, Span)> {
        self.keys
            .iter()
            .filter(|(key, _)| !matches!(*key, "code" | "range" | "alias_of" | "unknown"))
    }
}

fn string(meta: &ParseNestedMeta<'_>) -> syn::Result<String> {
    Ok(meta.value()?.parse::<LitStr>()?.value())
}

fn keyword<K: Keyword>(meta: &ParseNestedMeta<'_>) -> syn::Result<K> {
    let literal: LitStr = meta.value()?.parse()?;
    K::from_keyword(&literal.value()).ok_or_else(|| {
        syn::Error::new(
            literal.span(),
            format!("expected one of {}", keyword_choices::<K>()),
        )
    })
}

fn flag(meta: &ParseNestedMeta<'_>) -> syn::Result<bool> {
    if meta.input.peek(syn::Token![=]) {
        Ok(meta.value()?.parse::<syn::LitBool>()?.value)
    } else {
        Ok(true)
    }
}

/// An integer literal, possibly negated, as an `i64`.
pub fn integer(expr: &Expr) -> syn::Result<i64> {
    match expr {
        Expr::Lit(ExprLit {
            lit: Lit::Int(int), ..
        }) => int
            .base10_parse::<i64>()
            .map_err(|_| syn::Error::new(int.span(), "integer out of range for i64")),
        Expr::Unary(ExprUnary {
            op: UnOp::Neg(_),
            expr,
            ..
        }) => match &**expr {
            // Parsed as i128 so that `-9223372036854775808` (i64::MIN) is accepted.
            Expr::Lit(ExprLit {
                lit: Lit::Int(int), ..
            }) => {
                let magnitude = int.base10_parse::<i128>()?;
                i64::try_from(-magnitude)
                    .map_err(|_| syn::Error::new(int.span(), "integer out of range for i64"))
            }
            other => Err(syn::Error::new(
                other.span(),
                "expected an integer literal such as `1001` or `-5`",
            )),
        },
        Expr::Group(group) => integer(&group.expr),
        other => Err(syn::Error::new(
            other.span(),
            "expected an integer literal such as `1001` or `-5`",
        )),
    }
}

fn integer_value(meta: &ParseNestedMeta<'_>) -> syn::Result<(i64, Span)> {
    let expr: Expr = meta.value()?.parse()?;
    Ok((integer(&expr)?, expr.span()))
}

/// Reads every `#[errcodes(...)]` of the enum; problems go to `diagnostics` so all are
/// reported. An attribute stops being read at its first problem.
pub fn enum_attrs(attrs: &[Attribute], diagnostics: &mut Diagnostics) -> EnumAttrs {
    let mut out = EnumAttrs::default();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("errcodes")) {
        let result = attr.parse_nested_meta(|meta| {
            let key = meta.path.to_token_stream().to_string();
            match key.as_str() {
                "title" => out.title = Some(string(&meta)?),
                "vendor" => out.vendor = Some(string(&meta)?),
                "source" => out.source = Some(string(&meta)?),
                "language" => out.language = Some(string(&meta)?),
                "notes" => out.notes = Some(string(&meta)?),
                "billing" => out.billing = Some(keyword(&meta)?),
                "retry" => out.retry = Some(keyword(&meta)?),
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
                _ => {
                    return Err(meta.error(format!(
                        "unknown key `{key}` in #[errcodes(...)]; {}",
                        suggest(&key, ENUM_KEYS)
                    )))
                }
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
                    out.code = Some(integer_value(&meta)?);
                    Some("code")
                }
                "range" => {
                    let content;
                    syn::parenthesized!(content in meta.input);
                    let bounds = content.parse_terminated(<Expr as syn::parse::Parse>::parse, syn::Token![,])?;
                    let bounds: Vec<&Expr> = bounds.iter().collect();
                    let [min, max] = bounds.as_slice() else {
                        return Err(meta.error("write `range(min, max)`, both ends included"));
                    };
                    out.range = Some((integer(min)?, integer(max)?, span));
                    Some("range")
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
                    out.billing = Some(keyword(&meta)?);
                    Some("billing")
                }
                "billing_history" => {
                    let (mut until, mut billing) = (None, None);
                    meta.parse_nested_meta(|period| {
                        if period.path.is_ident("until") {
                            until = Some(period.value()?.parse::<LitStr>()?);
                        } else if period.path.is_ident("billing") {
                            billing = Some(keyword(&period)?);
                        } else {
                            return Err(period.error("expected `until` or `billing`"));
                        }
                        Ok(())
                    })?;
                    match (until, billing) {
                        (Some(until), Some(billing)) => out.billing_history.push((until.value(), billing, until.span())),
                        _ => return Err(meta.error("write `billing_history(until = \"YYYY-MM-DD\", billing = \"charged\")`")),
                    }
                    Some("billing_history")
                }
                "retry" => {
                    out.retry = Some(keyword(&meta)?);
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
                    return Err(meta.error(format!(
                        "unknown key `{key}` in #[errcode(...)]; {}",
                        suggest(&key, VARIANT_KEYS)
                    )))
                }
            };
            if let Some(key) = row_key {
                // `billing_history(...)` is repeated once per period; every other key is given once.
                if key != "billing_history" && out.keys.iter().any(|(seen, _)| *seen == key) {
                    return Err(syn::Error::new(span, format!("duplicate key `{key}`; give each key once")));
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
