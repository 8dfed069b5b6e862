//! Catalog test of `specs/oauth.yaml` against its source document,
//! the open platform's page 常见错误码及定义 (授权／令牌请求接口返回码, API通用返回码; the spec
//! records no URL for it).
//!
//! Every expected value below is taken from the document, not from the spec.

use errcodes::oauth::{ApiCode, AuthCode};
use errcodes::{Billing, ErrorCode, Retry};

mod common;

use common::{census, dates, Disagreements};

// ---------------------------------------------------------------------------
// The document's tables, transcribed from the page (cells trimmed). The third
// column is the vendor's English, wrong in three rows (7, 100, 211).

/// Table “授权／令牌请求接口返回码” (10 rows): (错误码, 错误描述, Error Description).
const AUTH_ROWS: &[(i64, &str, &str)] = &[
    (10000, "非法的请求参数", "Invalid request"),
    (10001, "用户认证失败", "Invalid client"),
    (10002, "非法的授权信息", "Invalid grant"),
    (
        10003,
        "应用没有被授权，无法使用所指定的grant_type",
        "Unauthorized client",
    ),
    (
        10004,
        "grant_type字段超过定义范围",
        "Unsupported grant_type",
    ),
    (10005, "scope信息无效或超出范围", "Invalid scope"),
    (10006, "提供的更新令牌已过期", "Expired token"),
    (
        10007,
        "redirect_uri字段与注册应用时所填写的不匹配",
        "Redirect_uri mismatch",
    ),
    (
        10008,
        "response_type参数值超过定义范围",
        "Unsupported response type",
    ),
    (
        10009,
        "用户或授权服务器拒绝授予数据访问权限",
        "Access denied",
    ),
];
/// Table “API通用返回码” (27 rows): (错误码, 错误描述, Error Description).
const API_ROWS: &[(i64, &str, &str)] = &[
    (0, "成功", "Success"),
    (1, "未知错误", "Unknown error"),
    (2, "服务暂不可用", "Service temporarily unavailable"),
    (3, "未知的方法", "Unsupported openapi method"),
    (
        4,
        "接口调用次数已达到设定的上限",
        "Open api request limit reached",
    ),
    (
        5,
        "请求来自未经授权的IP地址",
        "Unauthorized client IP address",
    ),
    (
        6,
        "无权限访问该用户数据",
        "No permission to access user data",
    ),
    (7, "来自该refer的请求无访问权限", "Invalid parameter"),
    (100, "请求参数无效", "Unsupported response type"),
    (101, "api key无效", "Invalid API key"),
    (104, "无效签名", "Incorrect signature"),
    (105, "请求参数过多", "Too many parameters"),
    (106, "未知的签名方法", "Unsupported signature method"),
    (107, "timestamp参数无效", "Invalid/Used timestamp parameter"),
    (109, "无效的用户资料字段名", "Invalid user info field"),
    (
        110,
        "无效的access token",
        "Access token invalid or no longer valid",
    ),
    (111, "access token过期", "Access token expired"),
    (210, "获取未授权的字段", "Unsupported permission"),
    (211, "请求参数无效", "Unsupported response type"),
    (
        212,
        "没有权限获取用户的email",
        "No permission to access user email",
    ),
    (800, "未知的存储操作错误", "Unknown data store API error"),
    (801, "无效的操作方法", "Invalid operation"),
    (
        802,
        "数据存储空间已超过设定的上限",
        "Data store allowable quota was exceeded",
    ),
    (803, "指定的对象不存在", "Specified object cannot be found"),
    (804, "指定的对象已存在", "Specified object already exists"),
    (
        805,
        "数据库操作出错，请重试",
        "A database error occurred. Please try again",
    ),
    (900, "访问的应用不存在", "No such application exists"),
];

/// Rows whose vendor English does not translate the Chinese message: 7 (a refer without
/// access, rendered “Invalid parameter”), 100 and 211 (请求参数无效, rendered “Unsupported
/// response type”, the English of 10008).
const WRONG_VENDOR_EN: [i64; 3] = [7, 100, 211];

// ---------------------------------------------------------------------------
// 1. Rows per section and codes per enum

#[test]
fn rows_and_codes_per_section_match_the_document() {
    // Table “授权／令牌请求接口返回码”: 10 rows (10000..=10009), one code each.
    assert_eq!(
        census::<AuthCode>(),
        [("授权／令牌请求接口返回码".to_owned(), 10, 10)]
    );
    assert_eq!(AuthCode::VARIANTS.len(), 10);
    // Table “API通用返回码”: 27 rows, one code each.
    assert_eq!(census::<ApiCode>(), [("API通用返回码".to_owned(), 27, 27)]);
    assert_eq!(ApiCode::VARIANTS.len(), 27);
    assert_eq!(AUTH_ROWS.len(), 10);
    assert_eq!(API_ROWS.len(), 27);
}

#[test]
fn catalog_sections_and_layout() {
    let auth = AuthCode::CODE_SPACE;
    assert_eq!(auth.catalog.title, "常见错误码及定义");
    assert_eq!(auth.sections.len(), 1);
    // The heading uses a full-width solidus (／, U+FF0F).
    assert_eq!(auth.sections[0].title(), "授权／令牌请求接口返回码");
    assert_eq!(
        auth.sections[0].doc,
        Some("描述应用发起授权请求或令牌请求时，开放平台的返回码。")
    );
    let api = ApiCode::CODE_SPACE;
    assert_eq!(api.sections.len(), 1);
    assert_eq!(api.sections[0].title(), "API通用返回码");
    assert_eq!(
        api.sections[0].doc,
        Some("描述API接口的共性返回码，API自定义的接口返回码请参阅对应API接口文档描述。")
    );
    // 统一格式：A-BB-CCC
    assert_eq!(auth.layout.unwrap().pattern, "A-BB-CCC");
    assert_eq!(api.layout.unwrap().pattern, "A-BB-CCC");
    let notes = auth.catalog.notes.unwrap();
    assert!(notes.contains("A:错误级别，如1代表系统级错误，2代表服务级错误；"));
}

#[test]
fn variants_follow_document_order() {
    let codes: Vec<i64> = AuthCode::VARIANTS.iter().map(AuthCode::code).collect();
    let rows: Vec<i64> = AUTH_ROWS.iter().map(|row| row.0).collect();
    assert_eq!(codes, rows);
    let codes: Vec<i64> = ApiCode::VARIANTS.iter().map(ApiCode::code).collect();
    let rows: Vec<i64> = API_ROWS.iter().map(|row| row.0).collect();
    assert_eq!(codes, rows);
}

// ---------------------------------------------------------------------------
// 2. Every code of the document is known; others are not

#[test]
fn every_document_code_is_known() {
    for &(code, ..) in AUTH_ROWS {
        let value = AuthCode::from_code(code);
        assert!(!value.is_unknown(), "AuthCode {code} is unknown");
        assert_eq!(value.code(), code);
        assert_eq!(i64::from(value), code);
    }
    for &(code, ..) in API_ROWS {
        let value = ApiCode::from_code(code);
        assert!(!value.is_unknown(), "ApiCode {code} is unknown");
        assert_eq!(value.code(), code);
        assert_eq!(i64::from(value), code);
    }
}

#[test]
fn codes_outside_the_document_are_unknown() {
    for code in [0, 9999, 10010, 10011, 100_000, 1, 805] {
        let value = AuthCode::from(code);
        assert!(value.is_unknown(), "AuthCode {code}");
        assert!(matches!(value, AuthCode::Unknown(kept) if kept.code() == code));
        assert_eq!(value.code(), code);
    }
    for code in [8, 99, 102, 103, 108, 112, 213, 806, 901, 10000, -1] {
        let value = ApiCode::from(code);
        assert!(value.is_unknown(), "ApiCode {code}");
        assert!(matches!(value, ApiCode::Unknown(kept) if kept.code() == code));
        assert_eq!(value.billing(), Billing::Unspecified);
    }
}

// ---------------------------------------------------------------------------
// 3. Every row, column by column, and spot checks

#[test]
fn auth_rows_match_the_document() {
    let mut d = Disagreements::default();
    for &(code, message, english) in AUTH_ROWS {
        let value = AuthCode::from(code);
        d.check(
            format_args!("AuthCode {code} message"),
            value.message(),
            message,
        );
        // Every English cell of this table is right: kept as message_en, no vendor_en.
        d.check(
            format_args!("AuthCode {code} message_en"),
            value.message_en(),
            Some(english),
        );
        d.check(
            format_args!("AuthCode {code} vendor_en"),
            value.entry().and_then(|e| e.vendor_en),
            None,
        );
        d.check(
            format_args!("AuthCode {code} section"),
            value.section().map(ToString::to_string).as_deref(),
            Some("授权／令牌请求接口返回码"),
        );
    }
    d.finish();
}

#[test]
fn api_rows_match_the_document() {
    let mut d = Disagreements::default();
    for &(code, message, english) in API_ROWS {
        let value = ApiCode::from(code);
        d.check(
            format_args!("ApiCode {code} message"),
            value.message(),
            message,
        );
        let vendor_en = value.entry().and_then(|e| e.vendor_en);
        if WRONG_VENDOR_EN.contains(&code) {
            // The vendor's wrong English is kept verbatim; message_en is another text.
            d.check(
                format_args!("ApiCode {code} vendor_en"),
                vendor_en,
                Some(english),
            );
            d.check(
                format_args!("ApiCode {code} message_en differs from the vendor's"),
                value.message_en().is_some_and(|en| en != english),
                true,
            );
        } else {
            d.check(
                format_args!("ApiCode {code} message_en"),
                value.message_en(),
                Some(english),
            );
            d.check(format_args!("ApiCode {code} vendor_en"), vendor_en, None);
        }
        d.check(
            format_args!("ApiCode {code} section"),
            value.section().map(ToString::to_string).as_deref(),
            Some("API通用返回码"),
        );
    }
    d.finish();
}

#[test]
fn vendor_english_is_kept_where_it_is_wrong() {
    let refer = ApiCode::from(7);
    assert_eq!(refer.message(), "来自该refer的请求无访问权限");
    assert_eq!(refer.entry().unwrap().vendor_en, Some("Invalid parameter"));
    assert_ne!(refer.message_en(), Some("Invalid parameter"));
    assert!(refer.message_en().is_some());
    for code in [100, 211] {
        let value = ApiCode::from(code);
        assert_eq!(value.message(), "请求参数无效");
        assert_eq!(
            value.entry().unwrap().vendor_en,
            Some("Unsupported response type")
        );
        assert_ne!(value.message_en(), Some("Unsupported response type"));
        assert!(value.message_en().is_some());
    }
    // 100 and 211 are two rows with the same text, not one row with two codes.
    assert_ne!(ApiCode::from(100).row(), ApiCode::from(211).row());
    // The correct English of 10008 is the text 100 and 211 borrowed.
    assert_eq!(
        AuthCode::from(10008).message_en(),
        Some("Unsupported response type")
    );
    assert_eq!(AuthCode::from(10008).entry().unwrap().vendor_en, None);
}

#[test]
fn spot_checks() {
    // 1.
    assert_eq!(
        AuthCode::from(10003).message(),
        "应用没有被授权，无法使用所指定的grant_type"
    );
    // 2.
    assert_eq!(
        AuthCode::from(10007).message(),
        "redirect_uri字段与注册应用时所填写的不匹配"
    );
    assert_eq!(
        AuthCode::from(10007).message_en(),
        Some("Redirect_uri mismatch")
    );
    // 3.
    assert_eq!(AuthCode::from(10006).message(), "提供的更新令牌已过期");
    assert_eq!(AuthCode::from(10006).message_en(), Some("Expired token"));
    // 4. Full-width comma in 805; the English keeps its full stop.
    assert_eq!(ApiCode::from(805).message(), "数据库操作出错，请重试");
    assert_eq!(
        ApiCode::from(805).message_en(),
        Some("A database error occurred. Please try again")
    );
    // 5.
    assert_eq!(ApiCode::from(107).message(), "timestamp参数无效");
    assert_eq!(
        ApiCode::from(107).message_en(),
        Some("Invalid/Used timestamp parameter")
    );
    // 6.
    assert_eq!(ApiCode::from(110).message(), "无效的access token");
    assert_eq!(
        ApiCode::from(110).message_en(),
        Some("Access token invalid or no longer valid")
    );
    // 7.
    assert_eq!(ApiCode::from(101).message(), "api key无效");
    // 8.
    assert_eq!(ApiCode::from(212).message(), "没有权限获取用户的email");
    // 9.
    assert_eq!(ApiCode::from(4).message(), "接口调用次数已达到设定的上限");
    assert_eq!(
        ApiCode::from(4).message_en(),
        Some("Open api request limit reached")
    );
    // 10.
    assert_eq!(ApiCode::from(900).message(), "访问的应用不存在");
    // 11. No description or remedy column in this document.
    for &value in AuthCode::VARIANTS {
        assert_eq!(value.description(), None);
        assert_eq!(value.remedy(), None);
    }
    for &value in ApiCode::VARIANTS {
        assert_eq!(value.description(), None);
        assert_eq!(value.remedy(), None);
    }
}

#[test]
fn layout_parts_follow_a_bb_ccc() {
    let parts = AuthCode::from(10005).layout_parts().unwrap();
    assert_eq!(parts.get("level"), Some(0));
    assert_eq!(parts.get("module"), Some(10));
    assert_eq!(parts.get("number"), Some(5));
    assert_eq!(parts.get("A"), Some(0));
    assert_eq!(parts.get("B"), Some(10));
    assert_eq!(parts.get("C"), Some(5));
    let values: Vec<i64> = parts.iter().map(|(_, value)| value).collect();
    assert_eq!(values, [0, 10, 5]);
    let parts = AuthCode::from(10009).layout_parts().unwrap();
    assert_eq!(
        (parts.get("level"), parts.get("module"), parts.get("number")),
        (Some(0), Some(10), Some(9))
    );
    let parts = ApiCode::from(805).layout_parts().unwrap();
    assert_eq!(
        (parts.get("level"), parts.get("module"), parts.get("number")),
        (Some(0), Some(0), Some(805))
    );
    // Unknown codes are decomposed too, when they fit the layout.
    let parts = ApiCode::from(210_007).layout_parts().unwrap();
    assert_eq!(
        (parts.get("level"), parts.get("module"), parts.get("number")),
        (Some(2), Some(10), Some(7))
    );
    assert!(ApiCode::from(1_000_000).layout_parts().is_none());
}

#[test]
fn the_document_gives_no_billing() {
    // No 是否收费 column.
    for &value in AuthCode::VARIANTS {
        assert_eq!(value.billing(), Billing::Unspecified, "{value:?}");
        assert!(value.entry().unwrap().billing_history.is_empty());
        for date in dates() {
            assert_eq!(value.billing_on(date), Billing::Unspecified);
        }
    }
    for &value in ApiCode::VARIANTS {
        assert_eq!(value.billing(), Billing::Unspecified, "{value:?}");
        assert!(value.entry().unwrap().billing_history.is_empty());
        for date in dates() {
            assert_eq!(value.billing_on(date), Billing::Unspecified);
        }
    }
}

#[test]
fn only_zero_means_success() {
    let success: Vec<i64> = ApiCode::VARIANTS
        .iter()
        .filter(|v| v.is_success())
        .map(ApiCode::code)
        .collect();
    assert_eq!(success, [0]); // 0 成功 Success
    assert!(AuthCode::VARIANTS.iter().all(|v| !v.is_success()));
    assert!(!ApiCode::from(1).is_success());
}

#[test]
fn retry_classes_of_clear_cases() {
    // Parameter errors: never.
    assert_eq!(AuthCode::from(10000).retry(), Retry::Never); // 非法的请求参数
    assert_eq!(ApiCode::from(100).retry(), Retry::Never); // 请求参数无效
    assert_eq!(ApiCode::from(105).retry(), Retry::Never); // 请求参数过多
    assert!(!ApiCode::from(100).is_retryable());
    // 服务暂不可用 and 数据库操作出错，请重试: transient.
    assert_eq!(ApiCode::from(2).retry(), Retry::Transient);
    assert_eq!(ApiCode::from(805).retry(), Retry::Transient);
    assert!(ApiCode::from(805).is_retryable());
    // 接口调用次数已达到设定的上限: throttled.
    assert_eq!(ApiCode::from(4).retry(), Retry::Throttled);
    assert!(ApiCode::from(4).is_retryable());
    // Expired or invalid tokens: refresh credentials.
    assert_eq!(ApiCode::from(110).retry(), Retry::RefreshCredentials);
    assert_eq!(ApiCode::from(111).retry(), Retry::RefreshCredentials);
    assert_eq!(AuthCode::from(10006).retry(), Retry::RefreshCredentials);
    assert!(!ApiCode::from(111).is_retryable());
}
