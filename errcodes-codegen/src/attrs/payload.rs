//! The values a derive input's variants carry, read from their types: the catch-all holds
//! `errcodes::Unlisted<Self>` (`errcodes::UnlistedStr<Self>` for string codes), a range variant `errcodes::InRange<MIN, MAX>`, whose bounds
//! are the range. The types are recognised by their last path segment, so any path to the
//! facade (`errcodes::`, a renamed crate, a `use`) works.

use proc_macro2::{Delimiter, TokenTree};
use quote::ToTokens;
use syn::{Expr, Fields, GenericArgument, PathArguments, PathSegment, Type};

use super::grammar::integer;

/// The one field of a tuple variant with exactly one.
fn single_field(fields: &Fields) -> Option<&Type> {
    match fields {
        Fields::Unnamed(unnamed) if unnamed.unnamed.len() == 1 => Some(&unnamed.unnamed[0].ty),
        _ => None,
    }
}

/// The last segment of `ty`'s path, if it is named `name`.
fn segment_named<'a>(ty: &'a Type, name: &str) -> Option<&'a PathSegment> {
    match ty {
        Type::Path(path) if path.qself.is_none() => {
            path.path.segments.last().filter(|last| last.ident == name)
        }
        _ => None,
    }
}

fn angle_arguments(segment: &PathSegment) -> Vec<&GenericArgument> {
    match &segment.arguments {
        PathArguments::AngleBracketed(arguments) => arguments.args.iter().collect(),
        _ => Vec::new(),
    }
}

/// True if the variant holds exactly `Unlisted<Self>` (or `Unlisted<Enum>`), or the payload
/// type named `payload` (`UnlistedStr`) the same way.
pub fn holds_unlisted(fields: &Fields, enum_name: &str, payload: &str) -> bool {
    let Some(segment) = single_field(fields).and_then(|ty| segment_named(ty, payload)) else {
        return false;
    };
    match angle_arguments(segment).as_slice() {
        [GenericArgument::Type(Type::Path(path))] => {
            path.qself.is_none() && (path.path.is_ident("Self") || path.path.is_ident(enum_name))
        }
        _ => false,
    }
}

/// True if the variant's one field is an `UnlistedStr<..>` of any argument: the sign of a
/// string enum's catch-all.
pub fn holds_unlisted_str_type(fields: &Fields) -> bool {
    single_field(fields)
        .and_then(|ty| segment_named(ty, "UnlistedStr"))
        .is_some()
}

/// The bounds of a range variant `Name(InRange<MIN, MAX>)`; `None` if the variant's one
/// field is not an `InRange`.
pub fn in_range_bounds(fields: &Fields) -> Option<syn::Result<(i64, i64)>> {
    let segment = single_field(fields).and_then(|ty| segment_named(ty, "InRange"))?;
    let wrong = || {
        syn::Error::new_spanned(
            segment,
            "write the range's bounds as integer literals: `InRange<0, 9>`, or `InRange<{ -5 }, 5>` for a negative one",
        )
    };
    let bounds: Vec<&Expr> = angle_arguments(segment)
        .into_iter()
        .filter_map(|argument| match argument {
            GenericArgument::Const(expr) => Some(expr),
            _ => None,
        })
        .collect();
    let bounds = match bounds.as_slice() {
        [min, max] => const_integer(min).zip(const_integer(max)).ok_or_else(wrong),
        _ => Err(wrong()),
    };
    Some(bounds)
}

/// A const generic argument that is an integer: `10`, or `{ -5 }` (braces are how Rust
/// writes a negative one). Read from tokens, so it works whether or not syn parses blocks.
fn const_integer(expr: &Expr) -> Option<i64> {
    let mut trees = expr.to_token_stream().into_iter();
    if let (Some(TokenTree::Group(group)), None) = (trees.next(), trees.next()) {
        if group.delimiter() == Delimiter::Brace {
            let inner = syn::parse2::<Expr>(group.stream()).ok()?;
            return integer(&inner, "range bound").ok();
        }
    }
    integer(expr, "range bound").ok()
}
