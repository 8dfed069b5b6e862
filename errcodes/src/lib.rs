//! Typed error-code enums, generated at compile time from vendor error-code tables.
//!
//! API vendors publish their error codes as tables: a numeric code, a message, an
//! explanation, a remedy, whether the failed call is still billed. errcodes turns such a
//! table, written down once as a YAML spec, into a Rust enum with the whole table behind
//! it: [`From<i64>`] that never loses a code, [`Display`](core::fmt::Display) of the
//! message, billing, retry classes, sections, docs.
//!
//! ```
//! # #[cfg(feature = "huiyan")] {
//! use errcodes::huiyan::WechatCode;
//! use errcodes::{Billing, Date, Retry};
//!
//! let code = WechatCode::from(2016);
//! assert_eq!(code.message(), "比对相似度未达到通过标准");
//! assert_eq!(code.billing(), Billing::Charged);
//! assert_eq!(code.retry(), Retry::Never);
//! assert_eq!(i64::from(code), 2016);
//!
//! // Billing of 2007 changed on 2021-07-19.
//! let photo_missing = WechatCode::from(2007);
//! assert_eq!(photo_missing.billing_on(Date::new(2021, 7, 18).unwrap()), Billing::Charged);
//! assert_eq!(photo_missing.billing(), Billing::Free);
//!
//! // Unknown codes are kept, not lost.
//! assert_eq!(i64::from(WechatCode::from(123_456)), 123_456);
//! # }
//! ```
//!
//! Your own specs: `errcodes::include_errcodes!("my_api.yaml")` reads `my_api.yaml` next to
//! your `Cargo.toml` (or a spec shipped with errcodes of that name) and generates its enums
//! in place. The spec language is described in `specs/README.md` of the repository.
#![no_std]
#![forbid(unsafe_code)]

extern crate self as errcodes;

#[cfg(any(feature = "std", test))]
extern crate std;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;
mod billing;
mod code;
mod entry;
mod error;
mod layout;

pub use billing::{Billing, BillingPeriod, Date};
pub use code::ErrorCode;
pub use entry::{Catalog, CodeSpace, Entry, Section};
pub use errcodes_macros::{include_errcodes, ErrorCode};
pub use error::{UnknownCode, UnknownName};
pub use layout::{CodeLayout, LayoutField, LayoutParts};
pub use retry::Retry;

mod retry;

/// Tencent Huiyan (慧眼) SaaS return codes and their billing: the WeChat H5 / Mini Program /
/// E证通 codes, the App SDK codes, 意愿核身, real-name NFC, and the enhanced risk levels and
/// tags. Generated from `specs/huiyan.yaml`.
#[cfg(feature = "huiyan")]
pub mod huiyan {
    crate::include_errcodes!("huiyan.yaml");
}

/// Tencent Huiyan's older common error codes (慧眼常见错误码): requests, tokens, SMS, OCR,
/// liveness and identity checks. Generated from `specs/huiyan_common.yaml`.
#[cfg(feature = "huiyan_common")]
pub mod huiyan_common {
    crate::include_errcodes!("huiyan_common.yaml");
}

/// Tencent open platform return codes (openid / openkey, OAuth tokens, friend lists), with
/// the vendor's remedies. Generated from `specs/open_platform.yaml`.
#[cfg(feature = "open_platform")]
pub mod open_platform {
    crate::include_errcodes!("open_platform.yaml");
}

/// An open platform's OAuth authorization and token codes and its general API codes, with
/// the vendor's English and the `A-BB-CCC` layout. Generated from `specs/oauth.yaml`.
#[cfg(feature = "oauth")]
pub mod oauth {
    crate::include_errcodes!("oauth.yaml");
}

/// A Tencent Cloud risk-control product: access error codes and the risk codes it outputs.
/// Generated from `specs/risk_control.yaml`.
#[cfg(feature = "risk_control")]
pub mod risk_control {
    crate::include_errcodes!("risk_control.yaml");
}
