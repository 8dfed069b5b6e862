//! Catalog test of `specs/risk_control.yaml` against its source document,
//! Tencent Cloud's risk-control product page (产品接入错误代码, 产品输出风险码; the spec records no
//! URL for it).
//!
//! Every expected value below is taken from the document, not from the spec.

use errcodes::risk_control::{AccessErrorCode, RiskCode};
use errcodes::{Billing, ErrorCode, Retry};

mod common;

use common::{census, dates, Disagreements};

// ---------------------------------------------------------------------------
// The document's tables, transcribed from the page (cells trimmed; `<br>` read as a
// line break).

/// Table “产品接入错误代码” (22 rows): (错误代码, 错误类型, 描述).
const ACCESS_ROWS: &[(i64, &str, &str)] = &[
    (4000, "请求参数非法", "缺少必要参数，或者参数值格式不正确。"),
    (4100, "身份认证失败", "身份认证失败，一般是由于签名计算错误导致的。"),
    (4101, "未授权访问接口", "子账号未被主账号授权访问该接口，请联系主帐号管理员开通接口权限。"),
    (4102, "未授权访问资源", "子账号未被主账号授权访问特定资源，请联系主帐号管理员开通资源权限。"),
    (4103, "未授权访问当前接口所操作的资源", "子账号没有被主账户授权访问该接口中所操作的特定资源，请联系主帐号管理员开通资源权限。"),
    (4104, "密钥不存在", "用于请求的密钥不存在，请确认后重试。"),
    (4105, "token 错误", "token 检验不通过。"),
    (4106, "MFA 校验失败", "MFA 检验不通过。"),
    (4110, "其他 CAM 鉴权失败", "其他 CAM 检验不通过。"),
    (4300, "拒绝访问", "帐号被封禁，或者不在接口针对的用户范围内等。"),
    (4400, "超过配额", "请求的次数超过了配额限制。"),
    (4500, "重放攻击", "请求的 Nonce 和 Timestamp 参数可确保每次请求只会在服务器端被执行一次，所以本次的 Nonce 和上次的不能重复，Timestamp 与腾讯服务器相差不能超过5分钟。"),
    (4600, "协议不支持", "协议不支持，当前 API 仅支持 HTTPS 协议，不支持 HTTP 协议。"),
    (5000, "资源不存在", "资源标识对应的实例不存在，或者实例已经被退还，或者访问了其他用户的资源。"),
    (5100, "资源操作失败", "对资源的操作失败，请稍后重试或 [联系客服人员](https://cloud.tencent.com/act/event/connect-service) 帮忙解决。"),
    (5200, "资源购买失败", "购买资源失败，可能是不支持实例配置，资源不足等等。"),
    (5300, "余额不足", "用户帐号余额不足，无法完成购买或升级。"),
    (5400, "部分执行成功", "批量操作部分执行成功。"),
    (5500, "用户资质审核未通过", "购买资源失败，用户资质审核未通过。"),
    (6000, "服务器内部错误", "服务器内部出现错误，请稍后重试或 [联系客服人员](https://cloud.tencent.com/act/event/connect-service) 帮忙解决。"),
    (6100, "版本暂不支持", "本版本内不支持该接口或该接口处于维护状态等。\n注意： 出现这个错误时，请先确定接口的域名是否正确，不同的模块，域名可能不一样。"),
    (6200, "接口暂时无法访问", "当前接口处于停服维护状态，请稍后重试。"),
];
/// Table “产品输出风险码” (8 rows): (风险码, 风险详情, 风险码描述).
const RISK_ROWS: &[(i64, &str, &str)] = &[
    (
        1101,
        "疑似资料伪造包装",
        "涉嫌从事包装客户资料，伪造客户资料，冒用客户资料，套取银行信贷机构风险政策的从业人员。",
    ),
    (
        1103,
        "疑似资料仿冒行为",
        "疑似存在个人信息泄露、冒用、伪造。",
    ),
    (
        1104,
        "疑似营销活动欺诈",
        "疑似在电商、网贷、O2O 平台运营活动中，有团伙性的薅羊毛、套利等行为。",
    ),
    (1106, "疑似公开信息失信", "命中高法、老赖、失信人群等名单。"),
    (1107, "疑似金融黑产相关", "疑似存在金融欺诈行为。"),
    (
        1108,
        "疑似手机猫池欺诈",
        "疑似手机号码风险声誉低，存在猫池、接码平台等恶意行为。",
    ),
    (
        1201,
        "疑似风险设备环境",
        "疑似设备 IP 风险声誉低，存在虚拟机，代理设备等恶意风险。",
    ),
    (
        2101,
        "疑似资金紧张人群",
        "资金紧张人群，有多方借贷，以贷养贷等行为。",
    ),
];

// ---------------------------------------------------------------------------
// 1. Rows per section and codes per enum

#[test]
fn rows_and_codes_per_section_match_the_document() {
    // Table “产品接入错误代码”: 22 rows, one code each.
    assert_eq!(
        census::<AccessErrorCode>(),
        [("产品接入错误代码".to_owned(), 22, 22)]
    );
    assert_eq!(AccessErrorCode::VARIANTS.len(), 22);
    // Table “产品输出风险码”: 8 rows, one code each.
    assert_eq!(census::<RiskCode>(), [("产品输出风险码".to_owned(), 8, 8)]);
    assert_eq!(RiskCode::VARIANTS.len(), 8);
    // The transcriptions above hold the same number of rows.
    assert_eq!(ACCESS_ROWS.len(), 22);
    assert_eq!(RISK_ROWS.len(), 8);
}

#[test]
fn sections_of_the_code_spaces() {
    let titles = |sections: &[errcodes::Section]| -> Vec<String> {
        sections.iter().map(ToString::to_string).collect()
    };
    assert_eq!(
        titles(AccessErrorCode::CODE_SPACE.sections),
        ["产品接入错误代码"]
    );
    assert_eq!(titles(RiskCode::CODE_SPACE.sections), ["产品输出风险码"]);
}

#[test]
fn variants_follow_document_order() {
    let codes: Vec<i64> = AccessErrorCode::VARIANTS
        .iter()
        .map(AccessErrorCode::code)
        .collect();
    let rows: Vec<i64> = ACCESS_ROWS.iter().map(|row| row.0).collect();
    assert_eq!(codes, rows);
    let codes: Vec<i64> = RiskCode::VARIANTS.iter().map(RiskCode::code).collect();
    let rows: Vec<i64> = RISK_ROWS.iter().map(|row| row.0).collect();
    assert_eq!(codes, rows);
}

// ---------------------------------------------------------------------------
// 2. Every code of the document is known; others are not

#[test]
fn every_document_code_is_known() {
    for &(code, ..) in ACCESS_ROWS {
        let value = AccessErrorCode::from_code(code);
        assert!(!value.is_unknown(), "AccessErrorCode {code} is unknown");
        assert_eq!(value.code(), code);
        assert_eq!(i64::from(value), code);
        assert_eq!(AccessErrorCode::from(code), value);
    }
    for &(code, ..) in RISK_ROWS {
        let value = RiskCode::from_code(code);
        assert!(!value.is_unknown(), "RiskCode {code} is unknown");
        assert_eq!(value.code(), code);
    }
}

#[test]
fn codes_outside_the_document_are_unknown() {
    // 1101 is a risk code, not an access error code; 4000 the other way round.
    for code in [0, 1, 4001, 4107, 4200, 5001, 6300, 1101, -4000] {
        let value = AccessErrorCode::from(code);
        assert!(value.is_unknown(), "AccessErrorCode {code}");
        assert!(matches!(value, AccessErrorCode::Unknown(kept) if kept.code() == code));
        assert_eq!(value.code(), code);
        assert_eq!(value.billing(), Billing::Unspecified);
        assert_eq!(value.retry(), Retry::Never);
    }
    for code in [0, 1100, 1102, 1105, 1109, 1202, 2102, 4000] {
        let value = RiskCode::from(code);
        assert!(value.is_unknown(), "RiskCode {code}");
        assert!(matches!(value, RiskCode::Unknown(kept) if kept.code() == code));
        assert_eq!(value.code(), code);
    }
}

// ---------------------------------------------------------------------------
// 3. Every row, column by column, and spot checks

#[test]
fn access_error_rows_match_the_document() {
    let mut d = Disagreements::default();
    for &(code, message, description) in ACCESS_ROWS {
        let value = AccessErrorCode::from(code);
        d.check(
            format_args!("AccessErrorCode {code} message"),
            value.message(),
            message,
        );
        d.check(
            format_args!("AccessErrorCode {code} description"),
            value.description(),
            Some(description),
        );
        d.check(
            format_args!("AccessErrorCode {code} remedy"),
            value.remedy(),
            None,
        );
        d.check(
            format_args!("AccessErrorCode {code} section"),
            value.section().map(ToString::to_string).as_deref(),
            Some("产品接入错误代码"),
        );
    }
    d.finish();
}

#[test]
fn risk_rows_match_the_document() {
    let mut d = Disagreements::default();
    for &(code, message, description) in RISK_ROWS {
        let value = RiskCode::from(code);
        d.check(
            format_args!("RiskCode {code} message"),
            value.message(),
            message,
        );
        d.check(
            format_args!("RiskCode {code} description"),
            value.description(),
            Some(description),
        );
        d.check(format_args!("RiskCode {code} remedy"), value.remedy(), None);
        d.check(
            format_args!("RiskCode {code} section"),
            value.section().map(ToString::to_string).as_deref(),
            Some("产品输出风险码"),
        );
    }
    d.finish();
}

#[test]
fn spot_checks() {
    // 1. A token error: half-width space between "token" and 错误.
    let token = AccessErrorCode::from(4105);
    assert_eq!(token.message(), "token 错误");
    assert_eq!(token.description(), Some("token 检验不通过。"));
    // 2. The longest row, with its ASCII words and full-width punctuation.
    assert_eq!(
        AccessErrorCode::from(4500).description(),
        Some("请求的 Nonce 和 Timestamp 参数可确保每次请求只会在服务器端被执行一次，所以本次的 Nonce 和上次的不能重复，Timestamp 与腾讯服务器相差不能超过5分钟。")
    );
    assert_eq!(AccessErrorCode::from(4500).message(), "重放攻击");
    // 3. 帐号 (not 账号) in 4300, as the document writes it.
    assert_eq!(
        AccessErrorCode::from(4300).description(),
        Some("帐号被封禁，或者不在接口针对的用户范围内等。")
    );
    // 4. 4103 mixes 主账户 and 主帐号.
    assert_eq!(
        AccessErrorCode::from(4103).description(),
        Some(
            "子账号没有被主账户授权访问该接口中所操作的特定资源，请联系主帐号管理员开通资源权限。"
        )
    );
    // 5. The markdown link is kept as written.
    assert_eq!(
        AccessErrorCode::from(5100).description(),
        Some("对资源的操作失败，请稍后重试或 [联系客服人员](https://cloud.tencent.com/act/event/connect-service) 帮忙解决。")
    );
    // 6. 6100: the cell's `<br>` is a line break; "注意：" is followed by a space.
    assert_eq!(
        AccessErrorCode::from(6100).description(),
        Some("本版本内不支持该接口或该接口处于维护状态等。\n注意： 出现这个错误时，请先确定接口的域名是否正确，不同的模块，域名可能不一样。")
    );
    // 7. 其他 CAM 鉴权失败.
    assert_eq!(AccessErrorCode::from(4110).message(), "其他 CAM 鉴权失败");
    // 8. 4600.
    assert_eq!(
        AccessErrorCode::from(4600).description(),
        Some("协议不支持，当前 API 仅支持 HTTPS 协议，不支持 HTTP 协议。")
    );
    // 9. Risk code 1104 with "O2O".
    assert_eq!(RiskCode::from(1104).message(), "疑似营销活动欺诈");
    assert_eq!(
        RiskCode::from(1104).description(),
        Some("疑似在电商、网贷、O2O 平台运营活动中，有团伙性的薅羊毛、套利等行为。")
    );
    // 10. Risk code 1201.
    assert_eq!(RiskCode::from(1201).message(), "疑似风险设备环境");
    assert_eq!(
        RiskCode::from(1201).description(),
        Some("疑似设备 IP 风险声誉低，存在虚拟机，代理设备等恶意风险。")
    );
    // 11. Risk code 2101.
    assert_eq!(RiskCode::from(2101).message(), "疑似资金紧张人群");
    // 12. Risk code 1101.
    assert_eq!(
        RiskCode::from(1101).description(),
        Some("涉嫌从事包装客户资料，伪造客户资料，冒用客户资料，套取银行信贷机构风险政策的从业人员。")
    );
}

#[test]
fn the_document_gives_no_billing() {
    // Neither table has a 是否收费 column.
    for &value in AccessErrorCode::VARIANTS {
        assert_eq!(value.billing(), Billing::Unspecified, "{value:?}");
        assert!(!value.is_billable());
        assert!(value.entry().unwrap().billing_history.is_empty());
        for date in dates() {
            assert_eq!(value.billing_on(date), Billing::Unspecified, "{value:?}");
        }
    }
    for &value in RiskCode::VARIANTS {
        assert_eq!(value.billing(), Billing::Unspecified, "{value:?}");
        assert!(value.entry().unwrap().billing_history.is_empty());
        for date in dates() {
            assert_eq!(value.billing_on(date), Billing::Unspecified, "{value:?}");
        }
    }
}

#[test]
fn no_code_means_success() {
    // Neither table has a success code; 5400 部分执行成功 is a partial failure of a batch.
    assert!(AccessErrorCode::VARIANTS.iter().all(|v| !v.is_success()));
    assert!(RiskCode::VARIANTS.iter().all(|v| !v.is_success()));
    assert!(!AccessErrorCode::from(5400).is_success());
}

#[test]
fn retry_classes_of_clear_cases() {
    // Parameter errors: never.
    assert_eq!(AccessErrorCode::from(4000).retry(), Retry::Never); // 请求参数非法
    assert!(!AccessErrorCode::from(4000).is_retryable());
    assert_eq!(AccessErrorCode::from(4600).retry(), Retry::Never); // 协议不支持
                                                                   // 超过配额: throttled.
    assert_eq!(AccessErrorCode::from(4400).retry(), Retry::Throttled);
    assert!(AccessErrorCode::from(4400).is_retryable());
    // 请稍后重试 on a server-side failure: transient.
    for code in [5100, 6000, 6200] {
        assert_eq!(
            AccessErrorCode::from(code).retry(),
            Retry::Transient,
            "{code}"
        );
        assert!(AccessErrorCode::from(code).is_retryable());
    }
    // Bad token / signature: refresh credentials.
    assert_eq!(
        AccessErrorCode::from(4105).retry(),
        Retry::RefreshCredentials
    ); // token 错误
    assert_eq!(
        AccessErrorCode::from(4100).retry(),
        Retry::RefreshCredentials
    ); // 签名计算错误
    assert!(!AccessErrorCode::from(4105).is_retryable());
    // Risk codes are verdicts about the subject.
    for &value in RiskCode::VARIANTS {
        assert_eq!(value.retry(), Retry::Never, "{value:?}");
    }
}
