//! The static tables behind every generated method: `VARIANTS`, `SECTIONS`, `ROWS` (in
//! `rows`), `CATALOG`, `LAYOUT`, `SPACE` and `TABLE`.

use proc_macro2::{Literal, TokenStream};
use quote::{quote, quote_spanned, ToTokens};

use super::{rows, Target};
use crate::lookup::{Exhausted, HashTable};
use crate::model::Value;

/// Every static of one enum.
pub fn statics(target: &Target<'_>) -> TokenStream {
    let variants = variants(target);
    let sections = sections(target);
    let rows = rows::statics(target);
    let space = space(target);
    let table = if target.is_string() {
        str_table(target)
    } else {
        table(target)
    };
    quote! {
        #variants
        #sections
        #rows
        #space
        #table
    }
}

fn option_str(text: Option<&String>) -> TokenStream {
    text.map_or_else(
        || quote! { ::core::option::Option::None },
        |text| quote! { ::core::option::Option::Some(#text) },
    )
}

/// `VARIANTS`: every variant by ordinal, a range variant holding its first code.
fn variants(target: &Target<'_>) -> TokenStream {
    let ty = target.ty();
    let count = target.space.variants.len();
    let variants = target
        .space
        .variants
        .iter()
        .enumerate()
        .map(|(ordinal, variant)| {
            let ident = target.ident(&variant.ident, &variant.origin);
            match variant.value {
                Value::Code(_) | Value::Str(_) => quote! { #ty::#ident },
                Value::Range { min, .. } => {
                    let min = Literal::i64_suffixed(min);
                    quote! { #ty::__from_ordinal(#ordinal, #min) }
                }
            }
        });
    quote! { static VARIANTS: [#ty; #count] = [#(#variants),*]; }
}

/// `SECTIONS`: the document's sections with their paths of headings.
fn sections(target: &Target<'_>) -> TokenStream {
    let krate = target.krate;
    let count = target.space.sections.len();
    let sections = target.space.sections.iter().map(|section| {
        let path = &section.path;
        let doc = option_str(section.doc.as_ref());
        quote! { #krate::__private::section(&[#(#path),*], #doc) }
    });
    quote! { static SECTIONS: [#krate::Section; #count] = [#(#sections),*]; }
}

/// `CATALOG`, the enum's `LAYOUT` if it has one, and `SPACE`.
fn space(target: &Target<'_>) -> TokenStream {
    let krate = target.krate;
    let space = target.space;
    let meta = target.meta;
    let title = meta.title_of(space);
    let vendor = option_str(meta.vendor.as_ref());
    let source = option_str(meta.source.as_ref());
    let language = option_str(meta.language.as_ref());
    let notes = option_str(meta.notes.as_ref());
    let (layout_static, layout_ref) = match &space.layout {
        Some(layout) => {
            let pattern = &layout.pattern;
            let fields = layout.fields.iter().map(|field| {
                let (letter, name, digits) = (field.letter, &field.name, field.digits);
                quote! { #krate::__private::layout_field(#letter, #name, #digits) }
            });
            (
                quote! { static LAYOUT: #krate::CodeLayout = #krate::__private::layout(#pattern, &[#(#fields),*]); },
                quote! { ::core::option::Option::Some(&LAYOUT) },
            )
        }
        None => (quote! {}, quote! { ::core::option::Option::None }),
    };
    let name = &space.ident;
    let doc = option_str(space.doc.as_ref());
    quote! {
        static CATALOG: #krate::Catalog =
            #krate::__private::catalog(#title, #vendor, #source, #language, #notes);
        #layout_static
        static SPACE: #krate::CodeSpace =
            #krate::__private::code_space(#name, #doc, &CATALOG, #layout_ref, &SECTIONS);
    }
}

/// The perfect hash of the codes, as `__private::PerfectHash` reads it, each key written by
/// `key`; a `compile_error!` at the enum if the search was exhausted (never seen).
fn perfect_hash<K>(
    target: &Target<'_>,
    built: Result<HashTable<K>, Exhausted>,
    key: impl Fn(&K) -> TokenStream,
) -> TokenStream {
    let krate = target.krate;
    let table = match built {
        Ok(table) => table,
        Err(exhausted) => {
            let message = format!(
                "errcodes: no perfect hash found for the codes of `{}` ({} seeds tried); \
                 please report this catalog",
                target.space.ident, exhausted.seeds
            );
            let span = target.ty().span();
            return quote_spanned! {span=> ::core::compile_error!(#message) };
        }
    };
    let (seed, bucket_shift, slot_shift) = (table.seed, table.bucket_shift, table.slot_shift);
    let (pilots, ordinals) = (&table.pilots, &table.ordinals);
    let keys = table.keys.iter().map(key);
    quote! {
        #krate::__private::PerfectHash {
            seed: #seed,
            bucket_shift: #bucket_shift,
            slot_shift: #slot_shift,
            pilots: &[#(#pilots),*],
            keys: &[#(#keys),*],
            ordinals: &[#(#ordinals),*],
        }
    }
}

/// `TABLE`: codes, names and rows by ordinal, the hash table of the codes, the ranges
/// sorted by first code, and the ordinals sorted by name.
fn table(target: &Target<'_>) -> TokenStream {
    let krate = target.krate;
    let space = target.space;
    let name = &space.ident;
    let unknown = &space.unknown;
    let codes = space
        .variants
        .iter()
        .map(|variant| Literal::i64_suffixed(variant.value.first().unwrap_or_default()));
    let names = space.variants.iter().map(|variant| &variant.ident);
    let row_of = space
        .variants
        .iter()
        .map(|variant| u32::try_from(variant.row).unwrap_or(u32::MAX));
    let hashed: Vec<Option<i64>> = space
        .variants
        .iter()
        .map(|variant| match variant.value {
            Value::Code(code) => Some(code),
            Value::Range { .. } | Value::Str(_) => None,
        })
        .collect();
    let hash = perfect_hash(target, HashTable::build(&hashed), |&code| {
        Literal::i64_suffixed(code).into_token_stream()
    });
    let mut ranges: Vec<(i64, i64, usize)> = space
        .variants
        .iter()
        .enumerate()
        .filter_map(|(ordinal, variant)| match variant.value {
            Value::Range { min, max } => Some((min, max, ordinal)),
            Value::Code(_) | Value::Str(_) => None,
        })
        .collect();
    ranges.sort_unstable();
    let ranges = ranges.iter().map(|&(min, max, ordinal)| {
        let (min, max) = (Literal::i64_suffixed(min), Literal::i64_suffixed(max));
        let ordinal = u32::try_from(ordinal).unwrap_or(u32::MAX);
        quote! { #krate::__private::RangeSlot { min: #min, max: #max, ordinal: #ordinal } }
    });
    let mut by_name: Vec<usize> = (0..space.variants.len()).collect();
    by_name.sort_unstable_by(|&a, &b| space.variants[a].ident.cmp(&space.variants[b].ident));
    let by_name = by_name
        .into_iter()
        .map(|ordinal| u32::try_from(ordinal).unwrap_or(u32::MAX));
    quote! {
        static TABLE: #krate::__private::Table = #krate::__private::Table {
            type_name: #name,
            unknown: #unknown,
            codes: &[#(#codes),*],
            names: &[#(#names),*],
            row_of: &[#(#row_of),*],
            rows: &ROWS,
            hash: #hash,
            ranges: &[#(#ranges),*],
            by_name: &[#(#by_name),*],
        };
    }
}

/// `TABLE` of a string enum: codes, names and rows by ordinal, the perfect hash of the codes
/// (the integer one's shape, placed by the string hash) and the separator.
fn str_table(target: &Target<'_>) -> TokenStream {
    let krate = target.krate;
    let space = target.space;
    let name = &space.ident;
    let unknown = &space.unknown;
    let codes: Vec<&str> = space
        .variants
        .iter()
        .map(|variant| match &variant.value {
            Value::Str(code) => code.as_str(),
            Value::Code(_) | Value::Range { .. } => "",
        })
        .collect();
    let names = space.variants.iter().map(|variant| &variant.ident);
    let row_of = space
        .variants
        .iter()
        .map(|variant| u32::try_from(variant.row).unwrap_or(u32::MAX));
    let hashed: Vec<Option<&str>> = space
        .variants
        .iter()
        .map(|variant| match &variant.value {
            Value::Str(code) => Some(code.as_str()),
            Value::Code(_) | Value::Range { .. } => None,
        })
        .collect();
    let hash = perfect_hash(target, HashTable::build_str(&hashed), |&code| {
        code.into_token_stream()
    });
    let separator = space
        .separator
        .as_ref()
        .map_or("", |(text, _)| text.as_str());
    quote! {
        static TABLE: #krate::__private::StrTable = #krate::__private::StrTable {
            type_name: #name,
            unknown: #unknown,
            codes: &[#(#codes),*],
            names: &[#(#names),*],
            row_of: &[#(#row_of),*],
            rows: &ROWS,
            hash: #hash,
            separator: #separator,
        };
    }
}
