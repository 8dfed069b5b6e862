//! Catalog test of `specs/open_platform.yaml` against its source document,
//! Tencent's page 腾讯开放平台公共返回码 (a single table: 错误码, 说明, 处理措施; the spec records no
//! URL for it).
//!
//! Every expected value below is taken from the document, not from the spec.

#![allow(
    clippy::unreadable_literal,
    reason = "the transcribed tables write codes as the document does"
)]

use errcodes::open_platform::OpenPlatformCode;
use errcodes::{Billing, ErrorCode, Retry};

mod common;

use common::{census, dates, Disagreements};

// ---------------------------------------------------------------------------
// The document's table, transcribed from the page (cells trimmed; runs of spaces
// inside a cell, as in “openid   openkey”, are kept).

/// The single table (45 rows): (错误码, 说明, 处理措施).
const ROWS: &[(i64, &str, &str)] = &[
    (-1, "client 的请求参数无效", "检查请求参数准确性"),
    (-2, "请求中的 APPID 不存在", "请确认 APPID、appkey 的准确性，[提交工单](https://console.cloud.tencent.com/workorder/category) 联系客服处理"),
    (-3, "client 请求中 App 到 API 访问无权限", "请确认该 APPID 是否有权限，如有权限请 [提交工单](https://console.cloud.tencent.com/workorder/category) 联系客服处理"),
    (-4, "请求中的 App IP 不允许", "若失败请 [提交工单](https://console.cloud.tencent.com/workorder/category) 联系客服处理"),
    (-5, "签名验证失败", "重试一次，若失败请 [提交工单](https://console.cloud.tencent.com/workorder/category) 联系客服处理"),
    (-6, "client 请求中 App 到 API 访问超限", "请降低访问频率，检查是否正常请求，[提交工单](https://console.cloud.tencent.com/workorder/category) 联系客服处理"),
    (-7, "请求协议非法，例如 HTTPS 搞成了 HTTP", "请确认访问协议是否正确，[提交工单](https://console.cloud.tencent.com/workorder/category) 联系客服处理"),
    (-8, "请求受限，通常是安全审计没通过", "请 [提交工单](https://console.cloud.tencent.com/workorder/category) 联系客服处理"),
    (-9, "API 不存在", "请 [提交工单](https://console.cloud.tencent.com/workorder/category) 联系客服处理"),
    (-10, "请求中的 App 内网 IP 不允许", "请 [提交工单](https://console.cloud.tencent.com/workorder/category) 联系客服处理"),
    (-11, "请求中的 App 外网 IP 不允许", "请 [提交工单](https://console.cloud.tencent.com/workorder/category) 联系客服处理"),
    (-12, "测试环境调试号码受限", "请使用有权限的号码"),
    (-20, "client 请求中 API 未经用户授权", "请重新授权"),
    (-21, "access_token 已废除", "请重新授权"),
    (-22, "openid 非法", "请确认 APPID、openid 的准确性， [提交工单](https://console.cloud.tencent.com/workorder/category) 联系客服处理"),
    (-23, "openkey 非法", "请重新授权"),
    (-24, "openid   openkey 验证失败", "请重新授权"),
    (-25, "0x71f   0x5b：timestamp 与系统当前时间相差超过10分钟", "请确认 APPID、appkey、openkey 的一致性， [提交工单](https://console.cloud.tencent.com/workorder/category) 联系客服处理"),
    (-26, "0x71f   0x5a：重复的 nonce", "openid 转换时出错，请确认 APPID、openid 准确性"),
    (-70, "登录验证返回，验证 openkey 时 appid 非法", "请确认 APPID、appkey、openkey 的一致性， [提交工单](https://console.cloud.tencent.com/workorder/category) 联系客服处理"),
    (-71, "openid 和 openkey 不匹配", "确认 openid 与 openkey 的一致性"),
    (-72, "appkey 和权限 tmem 中的 appkey 不一致", "请确认 APPID、appkey 的准确性， [提交工单](https://console.cloud.tencent.com/workorder/category) 联系客服处理"),
    (-73, "0x47   access token 改密失效", "请重新授权"),
    (100000, "缺少或错误 response_type", "请检查请求参数"),
    (100001, "缺少参数 client_id", "请检查请求参数"),
    (100002, "缺少参数 client_secret", "请检查请求参数"),
    (100003, "HTTP head 中缺少 Authorization", "请检查请求参数"),
    (100004, "缺少或错误 grant_type", "请检查请求参数"),
    (100005, "缺少 code 参数", "请检查请求参数"),
    (100006, "缺少 refresh token", "请检查请求参数"),
    (100007, "缺少 access token", "请检查请求参数"),
    (100008, "该 APPID 不存在", "请确认 APPID 的准确性， [提交工单](https://console.cloud.tencent.com/workorder/category) 联系客服处理"),
    (100009, "appkey（client_secret）不合法", "请确认 APPID、appkey 的准确性， [提交工单](https://console.cloud.tencent.com/workorder/category) 联系客服处理"),
    (100010, "回调地址不合法", "回调地址不合法，常见原因请查阅 [腾讯开发平台](http://wiki.open.qq.com/wiki/%E9%A6%96%E9%A1%B5)"),
    (100011, "App 不处于上线状态", "请 [提交工单](https://console.cloud.tencent.com/workorder/category) 联系客服处理"),
    (100012, "非 post 方式", "请 [提交工单](https://console.cloud.tencent.com/workorder/category) 联系客服处理"),
    (100013, "access token 不合法", "需重新授权"),
    (100014, "access token 过期", "需重新授权"),
    (100015, "access token 废除", "需重新授权"),
    (100016, "access token 验证失败，其它原因", "需重新授权"),
    (251001, "参数非法", "按照参数列表检查参数是否正确"),
    (251002, "access token 不合法", "需重新授权"),
    (251003, "获取好友 openid 失败", "接口调用无权限，请申请权限"),
    (251004, "获取好友缓存失败", "请 [提交工单](https://console.cloud.tencent.com/workorder/category) 联系客服处理"),
    (251005, "更新好友缓存失败", "请 [提交工单](https://console.cloud.tencent.com/workorder/category) 联系客服处理"),
];

// ---------------------------------------------------------------------------
// 1. Rows per section and codes per enum

#[test]
fn rows_and_codes_match_the_document() {
    // The document is one table without a heading: 45 rows, one code each
    // (-1..=-12, -20..=-26, -70..=-73, 100000..=100016, 251001..=251005).
    assert_eq!(census::<OpenPlatformCode>(), [(String::new(), 45, 45)]);
    assert_eq!(OpenPlatformCode::VARIANTS.len(), 45);
    assert!(OpenPlatformCode::CODE_SPACE.sections.is_empty());
    assert_eq!(ROWS.len(), 45);
    // Sub-ranges, counted in the document: 12 + 7 + 4 negative codes, 17 + 5 positive.
    let count = |range: std::ops::RangeInclusive<i64>| {
        OpenPlatformCode::VARIANTS
            .iter()
            .filter(|v| range.contains(&v.code()))
            .count()
    };
    assert_eq!(count(-12..=-1), 12);
    assert_eq!(count(-26..=-20), 7);
    assert_eq!(count(-73..=-70), 4);
    assert_eq!(count(100_000..=100_016), 17);
    assert_eq!(count(251_001..=251_005), 5);
}

#[test]
fn variants_follow_document_order() {
    let codes: Vec<i64> = OpenPlatformCode::VARIANTS
        .iter()
        .map(OpenPlatformCode::code)
        .collect();
    let rows: Vec<i64> = ROWS.iter().map(|row| row.0).collect();
    assert_eq!(codes, rows);
}

// ---------------------------------------------------------------------------
// 2. Every code of the document is known; others are not

#[test]
fn every_document_code_is_known() {
    for &(code, ..) in ROWS {
        let value = OpenPlatformCode::from_code(code);
        assert!(!value.is_unknown(), "OpenPlatformCode {code} is unknown");
        assert_eq!(value.code(), code);
        assert_eq!(i64::from(value), code);
    }
}

#[test]
fn codes_outside_the_document_are_unknown() {
    for code in [
        0, 1, -13, -19, -27, -69, -74, 100_017, 251_000, 251_006, 99_999,
    ] {
        let value = OpenPlatformCode::from(code);
        assert!(value.is_unknown(), "OpenPlatformCode {code}");
        assert!(matches!(value, OpenPlatformCode::Unknown(kept) if kept.code() == code));
        assert_eq!(value.code(), code);
        assert_eq!(value.billing(), Billing::Unspecified);
        assert_eq!(value.retry(), Retry::Never);
    }
}

// ---------------------------------------------------------------------------
// 3. Every row, column by column, and spot checks

#[test]
fn rows_match_the_document() {
    let mut d = Disagreements::default();
    for &(code, message, remedy) in ROWS {
        let value = OpenPlatformCode::from(code);
        d.check(format_args!("{code} message"), value.message(), message);
        d.check(format_args!("{code} remedy"), value.remedy(), Some(remedy));
        d.check(
            format_args!("{code} description"),
            value.description(),
            None,
        );
        d.check(format_args!("{code} section"), value.section(), None);
    }
    d.finish();
}

#[test]
fn spot_checks() {
    // 1. Three spaces between openid and openkey, as written.
    assert_eq!(
        OpenPlatformCode::from(-24).message(),
        "openid   openkey 验证失败"
    );
    // 2. Full-width colon after the hex codes.
    assert_eq!(
        OpenPlatformCode::from(-25).message(),
        "0x71f   0x5b：timestamp 与系统当前时间相差超过10分钟"
    );
    assert_eq!(
        OpenPlatformCode::from(-26).message(),
        "0x71f   0x5a：重复的 nonce"
    );
    // 3. The remedy of -26 is about openid conversion; copied as written.
    assert_eq!(
        OpenPlatformCode::from(-26).remedy(),
        Some("openid 转换时出错，请确认 APPID、openid 准确性")
    );
    // 4. Full-width parentheses.
    assert_eq!(
        OpenPlatformCode::from(100_009).message(),
        "appkey（client_secret）不合法"
    );
    // 5. A remedy with “，” directly before the link (no space) ...
    assert_eq!(
        OpenPlatformCode::from(-2).remedy(),
        Some("请确认 APPID、appkey 的准确性，[提交工单](https://console.cloud.tencent.com/workorder/category) 联系客服处理")
    );
    // 6. ... and one with “， ” (a space after the full-width comma).
    assert_eq!(
        OpenPlatformCode::from(-22).remedy(),
        Some("请确认 APPID、openid 的准确性， [提交工单](https://console.cloud.tencent.com/workorder/category) 联系客服处理")
    );
    // 7. The underscore of access_token in -21, the space in 100013.
    assert_eq!(OpenPlatformCode::from(-21).message(), "access_token 已废除");
    assert_eq!(
        OpenPlatformCode::from(100_013).message(),
        "access token 不合法"
    );
    assert_eq!(OpenPlatformCode::from(100_013).remedy(), Some("需重新授权"));
    // 8. 请重新授权 (-20) vs 需重新授权 (100014).
    assert_eq!(OpenPlatformCode::from(-20).remedy(), Some("请重新授权"));
    assert_eq!(OpenPlatformCode::from(100_014).remedy(), Some("需重新授权"));
    // 9. A percent-encoded link.
    assert_eq!(
        OpenPlatformCode::from(100_010).remedy(),
        Some("回调地址不合法，常见原因请查阅 [腾讯开发平台](http://wiki.open.qq.com/wiki/%E9%A6%96%E9%A1%B5)")
    );
    // 10.
    assert_eq!(
        OpenPlatformCode::from(-7).message(),
        "请求协议非法，例如 HTTPS 搞成了 HTTP"
    );
    // 11.
    assert_eq!(
        OpenPlatformCode::from(251_003).message(),
        "获取好友 openid 失败"
    );
    assert_eq!(
        OpenPlatformCode::from(251_003).remedy(),
        Some("接口调用无权限，请申请权限")
    );
    // 12.
    assert_eq!(
        OpenPlatformCode::from(-73).message(),
        "0x47   access token 改密失效"
    );
    // 13. 100013 and 251002 are separate rows with the same message.
    assert_ne!(
        OpenPlatformCode::from(100_013).row(),
        OpenPlatformCode::from(251_002).row()
    );
}

#[test]
fn the_document_gives_no_billing() {
    // No 是否收费 column.
    for &value in OpenPlatformCode::VARIANTS {
        assert_eq!(value.billing(), Billing::Unspecified, "{value:?}");
        assert!(!value.is_billable());
        assert!(value.entry().unwrap().billing_history.is_empty());
        for date in dates() {
            assert_eq!(value.billing_on(date), Billing::Unspecified, "{value:?}");
        }
    }
}

#[test]
fn no_code_means_success() {
    // The table lists only failures.
    assert!(OpenPlatformCode::VARIANTS.iter().all(|v| !v.is_success()));
}

#[test]
fn retry_classes_of_clear_cases() {
    // Parameter errors (请检查请求参数, 参数非法): never.
    assert_eq!(OpenPlatformCode::from(-1).retry(), Retry::Never);
    for code in 100_000..=100_007 {
        assert_eq!(OpenPlatformCode::from(code).retry(), Retry::Never, "{code}");
    }
    assert_eq!(OpenPlatformCode::from(251_001).retry(), Retry::Never);
    assert!(!OpenPlatformCode::from(251_001).is_retryable());
    // 访问超限, 请降低访问频率: throttled.
    assert_eq!(OpenPlatformCode::from(-6).retry(), Retry::Throttled);
    assert!(OpenPlatformCode::from(-6).is_retryable());
    // 请重新授权 / 需重新授权: refresh credentials.
    for code in [
        -20, -21, -23, -24, -73, 100_013, 100_014, 100_015, 100_016, 251_002,
    ] {
        assert_eq!(
            OpenPlatformCode::from(code).retry(),
            Retry::RefreshCredentials,
            "{code}"
        );
        assert!(!OpenPlatformCode::from(code).is_retryable());
    }
}
