//! The static tables behind every generated method.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::Target;
use crate::lookup::HashTable;
use crate::model::{Billing, Retry, Row, Value};

fn option_str(krate: &TokenStream, text: Option<&String>) -> TokenStream {
    text.map_or_else(
        || quote! { #krate::__private::core::option::Option::None },
        |text| quote! { #krate::__private::core::option::Option::Some(#text) },
    )
}

fn billing(krate: &TokenStream, billing: Billing) -> TokenStream {
    match billing {
        Billing::Charged => quote! { #krate::Billing::Charged },
        Billing::Free => quote! { #krate::Billing::Free },
        Billing::Unspecified => quote! { #krate::Billing::Unspecified },
    }
}

/// One array of a per-row text: the text, or "" where the row has none.
fn texts<'a>(rows: impl Iterator<Item = Option<&'a String>>) -> TokenStream {
    let texts = rows.map(|text| text.map_or("", String::as_str));
    quote! { &[#(#texts),*] }
}

/// The `Rows` static: parallel arrays of literals, one element per row.
fn rows(target: &Target<'_>) -> TokenStream {
    let krate = target.krate;
    let rows = &target.space.rows;
    let messages = texts(rows.iter().map(|row| Some(&row.message)));
    let messages_en = texts(rows.iter().map(|row| row.message_en.as_ref()));
    let vendor_en = texts(rows.iter().map(|row| row.vendor_en.as_ref()));
    let descriptions = texts(rows.iter().map(|row| row.description.as_ref()));
    let remedies = texts(rows.iter().map(|row| row.remedy.as_ref()));
    let as_written = texts(rows.iter().map(|row| row.as_written.as_ref()));
    let sections = rows.iter().map(|row| {
        row.section
            .and_then(|index| u32::try_from(index).ok())
            .unwrap_or(u32::MAX)
    });
    let flags = rows.iter().map(flags);
    let histories = rows.iter().enumerate().filter(|(_, row)| !row.billing_history.is_empty()).map(|(index, row)| {
        let index = u32::try_from(index).unwrap_or(u32::MAX);
        let periods = row.billing_history.iter().map(|period| {
            let (year, month, day) = (period.until.year, period.until.month, period.until.day);
            let billing = billing(krate, period.billing);
            quote! { #krate::BillingPeriod { until: #krate::Date::__checked(#year, #month, #day), billing: #billing } }
        });
        quote! { (#index, &[#(#periods),*]) }
    });
    quote! {
        static ROWS: #krate::__private::Rows = #krate::__private::Rows {
            messages: #messages,
            messages_en: #messages_en,
            vendor_en: #vendor_en,
            descriptions: #descriptions,
            remedies: #remedies,
            as_written: #as_written,
            sections: &[#(#sections),*],
            flags: &[#(#flags),*],
            histories: &[#(#histories),*],
            section_list: &SECTIONS,
        };
    }
}

/// The byte `errcodes::__private::flags` computes: billing, retry class, success.
fn flags(row: &Row) -> u8 {
    let billing = match row.billing {
        Billing::Charged => 0,
        Billing::Free => 1,
        Billing::Unspecified => 2,
    };
    let retry = match row.retry {
        Retry::Never => 0,
        Retry::Transient => 1,
        Retry::Throttled => 2,
        Retry::UserAction => 3,
        Retry::RefreshCredentials => 4,
    };
    billing | retry << 2 | u8::from(row.success) << 5
}

/// `VARIANTS`, `SECTIONS`, `ROWS`, `CATALOG`, `LAYOUT`, `SPACE` and `TABLE`.
#[allow(
    clippy::too_many_lines,
    reason = "a quote! template of the generated tables"
)]
pub fn statics(target: &Target<'_>) -> TokenStream {
    let krate = target.krate;
    let space = target.space;
    let ty = target.ty();
    let count = space.variants.len();

    let variants = space.variants.iter().map(|variant| {
        let ident = target.ident(&variant.ident, &variant.origin);
        match variant.value {
            Value::Code(_) => quote! { #ty::#ident },
            Value::Range { min, .. } => {
                let min = Literal::i64_suffixed(min);
                quote! { #ty::#ident(#min) }
            }
        }
    });

    let section_count = space.sections.len();
    let sections = space.sections.iter().map(|section| {
        let path = &section.path;
        let doc = option_str(krate, section.doc.as_ref());
        quote! { #krate::Section { path: &[#(#path),*], doc: #doc } }
    });

    let rows = rows(target);

    let meta = target.meta;
    let title = &meta.title;
    let vendor = option_str(krate, meta.vendor.as_ref());
    let source = option_str(krate, meta.source.as_ref());
    let language = option_str(krate, meta.language.as_ref());
    let notes = option_str(krate, meta.notes.as_ref());

    let (layout_static, layout_ref) = match &space.layout {
        Some(layout) => {
            let pattern = &layout.pattern;
            let fields = layout.fields.iter().map(|field| {
                let (letter, name, digits) = (field.letter, &field.name, field.digits);
                quote! { #krate::LayoutField { letter: #letter, name: #name, digits: #digits } }
            });
            (
                quote! { static LAYOUT: #krate::CodeLayout = #krate::CodeLayout { pattern: #pattern, fields: &[#(#fields),*] }; },
                quote! { #krate::__private::core::option::Option::Some(&LAYOUT) },
            )
        }
        None => (
            quote! {},
            quote! { #krate::__private::core::option::Option::None },
        ),
    };
    let name = &space.ident;
    let doc = option_str(krate, space.doc.as_ref());
    let unknown = &space.unknown;

    let codes = space
        .variants
        .iter()
        .map(|variant| Literal::i64_suffixed(variant.value.first()));
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
            Value::Range { .. } => None,
        })
        .collect();
    let hash = HashTable::build(&hashed);
    let slots = &hash.slots;
    let multiplier = hash.multiplier;
    let shift = hash.shift;
    let mut ranges: Vec<(i64, i64, usize)> = space
        .variants
        .iter()
        .enumerate()
        .filter_map(|(ordinal, variant)| match variant.value {
            Value::Range { min, max } => Some((min, max, ordinal)),
            Value::Code(_) => None,
        })
        .collect();
    ranges.sort_unstable();
    let ranges = ranges.iter().map(|&(min, max, ordinal)| {
        let (min, max) = (Literal::i64_suffixed(min), Literal::i64_suffixed(max));
        let ordinal = u32::try_from(ordinal).unwrap_or(u32::MAX);
        quote! { #krate::__private::RangeSlot { min: #min, max: #max, ordinal: #ordinal } }
    });
    let mut by_name: Vec<usize> = (0..count).collect();
    by_name.sort_unstable_by(|&a, &b| space.variants[a].ident.cmp(&space.variants[b].ident));
    let by_name = by_name
        .into_iter()
        .map(|ordinal| u32::try_from(ordinal).unwrap_or(u32::MAX));

    quote! {
        static VARIANTS: [#ty; #count] = [#(#variants),*];
        static SECTIONS: [#krate::Section; #section_count] = [#(#sections),*];
        #rows
        static CATALOG: #krate::Catalog = #krate::Catalog {
            title: #title,
            vendor: #vendor,
            source: #source,
            language: #language,
            notes: #notes,
        };
        #layout_static
        static SPACE: #krate::CodeSpace = #krate::CodeSpace {
            name: #name,
            doc: #doc,
            catalog: &CATALOG,
            layout: #layout_ref,
            sections: &SECTIONS,
        };
        static TABLE: #krate::__private::Table = #krate::__private::Table {
            type_name: #name,
            unknown: #unknown,
            codes: &[#(#codes),*],
            names: &[#(#names),*],
            row_of: &[#(#row_of),*],
            rows: &ROWS,
            slots: &[#(#slots),*],
            multiplier: #multiplier,
            shift: #shift,
            ranges: &[#(#ranges),*],
            by_name: &[#(#by_name),*],
        };
    }
}
