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
//! # Your own catalog, from a spec
//!
//! `errcodes::include_errcodes!("my_api.yaml")` reads `my_api.yaml` next to your
//! `Cargo.toml` (then beside the invoking source file, then among the specs shipped with
//! errcodes) and generates its enums in place. Editing the file rebuilds the crate. The spec
//! language is described in `specs/README.md` of the repository, with a JSON Schema for
//! editors. `include_errcodes!("huiyan.yaml")` in your crate generates the shipped catalog
//! as your own type, so you can implement your own traits on it.
//!
//! # Your own enum: `#[derive(ErrorCode)]`
//!
//! The derive gives a hand-written enum the same API, from attributes: the
//! [`ErrorCode`] trait and the inherent `const fn` methods, and nothing else unless asked.
//! It needs nothing from the enum either, so it sits beside `#[derive(Clone, Copy, Debug,
//! PartialEq, Eq, Hash)]` or alone. A catch-all `Unknown(errcodes::Unlisted<Self>)` (or any
//! variant holding an [`Unlisted<Self>`](Unlisted), marked `#[errcode(unknown)]`) keeps the
//! codes the enum does not list; a range variant holds an [`InRange<MIN, MAX>`](InRange),
//! whose bounds are the range (`InRange<{ -5 }, 5>` for a negative bound).
//!
//! ```
//! use errcodes::{Billing, Date, ErrorCode, Retry};
//!
//! #[derive(ErrorCode, Clone, Copy, Debug, PartialEq, Eq, Hash)]
//! #[errcodes(title = "My API", vendor = "Me", billing = "free", retry = "never")]
//! #[errcodes(impls(Display, FromStr, From))] // more than the trait and the methods
//! enum MyCode {
//!     #[errcode(code = 0, message = "成功", message_en = "Success", success, billing = "charged")]
//!     Ok,
//!     #[errcode(
//!         code = 1001,
//!         message = "系统繁忙，请稍后重试",
//!         message_en = "System busy, try again later",
//!         remedy = "Retry with backoff",
//!         retry = "transient",
//!         section = "系统返回码 > 通用",
//!         billing_history(until = "2021-07-19", billing = "charged"),
//!     )]
//!     Busy,
//!     #[errcode(code = 1002, alias_of = Busy)] // another code for the same row
//!     BusyAgain,
//!     #[errcode(message = "风险等级")] // a range: the variant keeps the value
//!     RiskLevel(errcodes::InRange<10, 19>),
//!     Unknown(errcodes::Unlisted<Self>),
//! }
//!
//! assert_eq!(MyCode::from(1002), MyCode::BusyAgain);
//! assert_eq!(MyCode::BusyAgain.message(), "系统繁忙，请稍后重试");
//! assert!(matches!(MyCode::from(12), MyCode::RiskLevel(level) if level.get() == 12));
//! assert_eq!(i64::from(MyCode::from(-7)), -7);
//! assert_eq!(format!("{:?}", MyCode::from(-7)), "Unknown(-7)");
//! assert_eq!(MyCode::Busy.retry(), Retry::Transient);
//! assert_eq!(MyCode::Busy.billing_on(Date::new(2020, 1, 1).unwrap()), Billing::Charged);
//! assert_eq!(MyCode::Busy.section().unwrap().to_string(), "系统返回码 > 通用");
//! assert_eq!(format!("{:#}", MyCode::Ok), "0: 成功");
//! assert_eq!("BusyAgain".parse::<MyCode>(), Ok(MyCode::BusyAgain));
//! ```
//!
//! Enum attributes `#[errcodes(...)]`: `title`, `vendor`, `source`, `language`, `notes`,
//! `billing`, `retry`, `success`, `section` (defaults for every variant), `layout =
//! "A-BB-CCC"` with `layout_fields(A = "level", ...)`, `crate = path` to override the
//! facade's path (a dependency renamed in `Cargo.toml`, such as `ec = { package =
//! "errcodes" }`, is found without it), and `impls(...)`, the standard traits to implement
//! as a spec enum has them:
//!
//! | in `impls(...)` | implements | needs |
//! |---|---|---|
//! | `Debug` | `Debug`: `Busy`, `RiskLevel(12)`, `Unknown(-7)` | |
//! | `Display` | `Display`: the message; `{:#}` prefixes the code | |
//! | `Error` | `core::error::Error` | `Debug`, `Display` |
//! | `FromStr` | `FromStr`: what `Debug` writes, back to the value | |
//! | `From` | `From<i64>` for the enum, `From<Enum>` for `i64` | |
//! | `Ord` | `PartialOrd` and `Ord`, by code | `PartialEq`, `Eq` |
//! | `Serde` | serde's `Serialize` and `Deserialize` as the code (with the `serde` feature) | |
//!
//! Variant attributes `#[errcode(...)]`: `code` (or an explicit discriminant), `alias_of`,
//! `unknown`, `message`, `message_en`, `vendor_en`, `description`, `remedy`, `as_written`,
//! `billing`, `billing_history(until, billing)`, `retry`, `success`, `section = "A > B"`.
//! Both front ends build the same model and share one code generator, so a derived enum
//! and a spec enum behave identically.
//!
//! # Features
//!
//! - one feature per shipped catalog: `huiyan`, `huiyan_common`, `open_platform`, `oauth`,
//!   `risk_control`, `tencent_cloud` (all default);
//! - `alloc` (default): catalogs of string codes, whose unknown codes are kept in a
//!   `Box<str>` (`UnlistedStr`); without it, a string catalog is one compile error;
//! - `serde`: `Serialize`/`Deserialize` as the code, unknown codes kept; integer enums also
//!   read numeric strings (`"45009"`);
//! - `backon`: `errcodes::backoff`, a backoff policy for each retry class for the `backon`
//!   crate.
//!
//! errcodes and the code it generates need only `core` (and `alloc` for string codes),
//! with or without `std` in the build: `core::error::Error` is the trait
//! `std::error::Error` re-exports.
//!
//! # String codes
//!
//! An enum with `kind: string` (derive: `#[errcodes(kind = "string")]`) is keyed by codes
//! such as `AuthFailure.SignatureExpire`: `From<&str>` is total and lossless (a known code
//! is found with one hash and one comparison and allocates nothing; an unknown one is kept
//! in an `UnlistedStr`), `FromStr` and `try_from_code` are strict, `code()` returns the
//! `&str`. With a `separator`, an unknown code is filed under its longest listed ancestor,
//! which `ancestor()`, `retry()`, `billing()` and `section()` answer from.
//!
//! ```
//! # #[cfg(feature = "tencent_cloud")] {
//! use errcodes::tencent_cloud::CommonErrorCode;
//! use errcodes::Retry;
//!
//! let code = CommonErrorCode::from("InternalError.Whatever");
//! assert!(code.is_unknown());
//! assert_eq!(code.retry(), Retry::Transient); // from InternalError
//! assert_eq!(code.ancestor(), Some(CommonErrorCode::InternalError));
//! # }
//! ```
#![no_std]
#![forbid(unsafe_code)]

#[cfg(feature = "alloc")]
extern crate alloc;
extern crate self as errcodes;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;
#[cfg(feature = "backon")]
pub mod backoff;
mod code;
mod entry;
mod error;
mod layout;
mod payload;

pub use code::{CodeType, ErrorCode};
pub use entry::{Catalog, CodeSpace, Entry, Section};
pub use errcodes_core::{Billing, BillingPeriod, Date, Retry};
pub use errcodes_macros::{include_errcodes, ErrorCode};
pub use error::{UnknownCode, UnknownName};
pub use layout::{CodeLayout, LayoutField, LayoutParts};
#[cfg(feature = "alloc")]
pub use payload::UnlistedStr;
pub use payload::{InRange, Unlisted};

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

/// Tencent Cloud API 3.0 string error codes: the public codes every API can return
/// (公共错误码) and those of Huiyan's own API 3.0 (faceid), with the retry class of each.
/// Generated from `specs/tencent_cloud.yaml`.
#[cfg(feature = "tencent_cloud")]
pub mod tencent_cloud {
    crate::include_errcodes!("tencent_cloud.yaml");
}

/// A Tencent Cloud risk-control product: access error codes and the risk codes it outputs.
/// Generated from `specs/risk_control.yaml`.
#[cfg(feature = "risk_control")]
pub mod risk_control {
    crate::include_errcodes!("risk_control.yaml");
}
