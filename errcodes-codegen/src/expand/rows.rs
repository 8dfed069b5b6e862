//! The `ROWS` static: a catalog's rows as parallel arrays of literals, one element per row.
//!
//! One array of `Entry` struct literals, each with `Some(..)`, `&[]` and paths, took rustc
//! ten times longer to type-check at 30,000 rows; an empty string stands for an absent
//! text, and billing, retry class and success share one byte.

use errcodes_core::{defaults, flags};
use proc_macro2::TokenStream;
use quote::quote;

use super::Target;
use crate::model::Row;

/// `static ROWS: Rows = Rows { messages: &[..], ..., flags: &[..], histories: &[..] };`
pub fn statics(target: &Target<'_>) -> TokenStream {
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
    let flags = rows
        .iter()
        .map(|row| flags::pack(row.billing, row.retry, row.success));
    let histories = histories(krate, rows);
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

/// One array of a per-row text: the text, or "" where the row has none.
fn texts<'a>(rows: impl Iterator<Item = Option<&'a String>>) -> TokenStream {
    let texts = rows.map(|text| text.map_or("", String::as_str));
    quote! { &[#(#texts),*] }
}

/// `(row, &[periods])` for each row whose billing changed, in row order.
fn histories(krate: &TokenStream, rows: &[Row]) -> Vec<TokenStream> {
    rows.iter()
        .enumerate()
        .filter(|(_, row)| !row.billing_history.is_empty())
        .map(|(index, row)| {
            let index = u32::try_from(index).unwrap_or(u32::MAX);
            let periods = row.billing_history.iter().map(|period| {
                let (year, month, day) = (
                    period.until.year(),
                    period.until.month(),
                    period.until.day(),
                );
                // The billing travels in the bits the row flags give it.
                let billing = flags::pack(period.billing, defaults::RETRY, defaults::SUCCESS);
                quote! { #krate::__private::billing_period(#year, #month, #day, #billing) }
            });
            quote! { (#index, &[#(#periods),*]) }
        })
        .collect()
}
