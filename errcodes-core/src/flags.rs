//! The row-flags byte: one byte per catalog row holding its billing (bits 0-1), its retry
//! class (bits 2-4) and whether it means success (bit 5).
//!
//! The code generator writes one such byte per row ([`pack`]); the generated methods read
//! them back ([`billing`], [`retry`], [`success`]).

use crate::{Billing, Retry};

const BILLING_MASK: u8 = 0b11;
const RETRY_SHIFT: u32 = 2;
const RETRY_MASK: u8 = 0b111;
const SUCCESS_BIT: u8 = 1 << 5;

/// Packs a row's billing, retry class and success flag into one byte.
#[inline]
pub const fn pack(billing: Billing, retry: Retry, success: bool) -> u8 {
    let billing = match billing {
        Billing::Charged => 0,
        Billing::Free => 1,
        Billing::Unspecified => 2,
    };
    let retry = match retry {
        Retry::Never => 0,
        Retry::Transient => 1,
        Retry::Throttled => 2,
        Retry::UserAction => 3,
        Retry::RefreshCredentials => 4,
    };
    let success = if success { SUCCESS_BIT } else { 0 };
    billing | retry << RETRY_SHIFT | success
}

/// The billing packed in `flags`.
#[inline]
pub const fn billing(flags: u8) -> Billing {
    match flags & BILLING_MASK {
        0 => Billing::Charged,
        1 => Billing::Free,
        _ => Billing::Unspecified,
    }
}

/// The retry class packed in `flags`.
#[inline]
pub const fn retry(flags: u8) -> Retry {
    match (flags >> RETRY_SHIFT) & RETRY_MASK {
        1 => Retry::Transient,
        2 => Retry::Throttled,
        3 => Retry::UserAction,
        4 => Retry::RefreshCredentials,
        _ => Retry::Never,
    }
}

/// Whether `flags` marks a success.
#[inline]
pub const fn success(flags: u8) -> bool {
    flags & SUCCESS_BIT != 0
}
