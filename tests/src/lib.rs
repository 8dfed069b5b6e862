//! Fixtures shared by the workspace-level tests: enums generated from the specs in
//! `tests/specs/`.
#![no_std]
#![no_implicit_prelude]
#![deny(warnings, missing_docs)]
#![forbid(unsafe_code)]

/// What every spec enum implements, for tests generic over enums: `ErrorCode` and the
/// standard traits (a derived enum has those its author derives or asks for).
pub trait Complete:
    ::errcodes::ErrorCode<Code = i64>
    + ::core::marker::Copy
    + ::core::cmp::Eq
    + ::core::hash::Hash
    + ::core::fmt::Debug
    + ::core::fmt::Display
    + ::core::str::FromStr<Err = ::errcodes::UnknownName>
    + ::core::convert::From<i64>
    + ::core::convert::Into<i64>
    + ::core::cmp::Ord
    + ::core::error::Error
{
}

impl<E> Complete for E where
    E: ::errcodes::ErrorCode<Code = i64>
        + ::core::marker::Copy
        + ::core::cmp::Eq
        + ::core::hash::Hash
        + ::core::fmt::Debug
        + ::core::fmt::Display
        + ::core::str::FromStr<Err = ::errcodes::UnknownName>
        + ::core::convert::From<i64>
        + ::core::convert::Into<i64>
        + ::core::cmp::Ord
        + ::core::error::Error
{
}

/// The worked example of `specs/README.md`.
pub mod example {
    ::errcodes::include_errcodes!("specs/example.yaml");
}

/// The worked example again, written by hand with `#[derive(ErrorCode)]`.
pub mod derived {
    /// `ExampleCode` of the spec example, as attributes, with every standard trait a spec
    /// enum has.
    #[derive(::errcodes::ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
    #[errcodes(
        impls(Debug, Display, Error, FromStr, From, Ord, Serde),
        title = "Example open platform error codes",
        vendor = "Example Inc.",
        source = "https://example.com/docs/error-codes",
        language = "zh-CN",
        billing = "unspecified",
        retry = "never"
    )]
    pub enum DerivedCode {
        /// 成功
        #[errcode(
            code = 0,
            message = "成功",
            message_en = "Success",
            success,
            billing = "charged",
            section = "系统返回码"
        )]
        Success,
        /// 系统错误
        #[errcode(
            code = 4,
            message = "系统错误，请稍后重试",
            message_en = "System error, please try again later",
            retry = "transient",
            billing = "free",
            section = "系统返回码"
        )]
        SystemError,
        /// 网络不给力
        #[errcode(
            code = 66_664_027,
            as_written = "66664027/66664029",
            message = "网络不给力,请稍后重试",
            message_en = "Poor network, please try again later",
            remedy = "网络服务异常，联系客服",
            retry = "transient",
            section = "比对返回码 > 证件图像比对返回码"
        )]
        NetworkUnstable,
        /// The alias of `NetworkUnstable`.
        #[errcode(code = 66_664_029, alias_of = NetworkUnstable)]
        NetworkUnstableAlt,
        /// 传入图片分辨率太低
        #[errcode(
            code = 2009,
            message = "传入图片分辨率太低，请重新上传",
            billing = "free",
            billing_history(until = "2021-07-19", billing = "charged"),
            section = "比对返回码 > 证件图像比对返回码"
        )]
        PictureTooSmall,
        /// A code the enum does not list.
        Unknown(::errcodes::Unlisted<Self>),
    }

    /// `DeviceRiskLevel` of the spec example, as attributes.
    #[derive(::errcodes::ErrorCode, Clone, Copy, PartialEq, Eq, Hash)]
    #[errcodes(
        title = "Example open platform error codes",
        impls(Debug, Display, Error, FromStr, From, Ord, Serde)
    )]
    pub enum DerivedRiskLevel {
        /// 低风险设备
        #[errcode(message = "低风险设备")]
        LowRisk(::errcodes::InRange<0, 2>),
        /// 高风险设备
        #[errcode(message = "高风险设备，会进行拦截")]
        HighRisk(::errcodes::InRange<3, 4>),
        /// A level the enum does not list.
        #[errcode(unknown)]
        Other(::errcodes::Unlisted<Self>),
    }
}

/// Codes at the edges of `i64`.
pub mod extremes {
    ::errcodes::include_errcodes!("specs/extremes.yaml");
}

/// The shipped Huiyan catalog generated into this crate: there is no `huiyan.yaml` here, so
/// the lookup falls through to the spec shipped with errcodes.
pub mod own_huiyan {
    ::errcodes::include_errcodes!("huiyan.yaml");
}

/// `tests/oauth.yaml` exists, so it is used instead of the shipped spec of that name.
pub mod local_oauth {
    ::errcodes::include_errcodes!("oauth.yaml");
}

/// A generated catalog of 4,404 codes (see `build.rs`): large enums take the table-driven
/// path with no per-code `match`.
pub mod stress {
    ::core::include!(::core::concat!(::core::env!("OUT_DIR"), "/stress.rs"));
}
