//! Catalog test of `specs/huiyan_common.yaml` against its source document,
//! Tencent Cloud's page 腾讯慧眼常见错误码说明 (one table; the spec records no URL for it).
//!
//! Every expected value below is taken from the document, not from the spec.

use errcodes::huiyan_common::CommonCode;
use errcodes::{Billing, ErrorCode, Retry};

mod common;

use common::{census, dates, Disagreements};

// ---------------------------------------------------------------------------
// The document's table, transcribed from the page (cells trimmed).

/// The single table (73 rows): (错误码, 错误描述, 说明, 解决方案); an empty cell is None.
const ROWS: &[(i64, &str, Option<&str>, Option<&str>)] = &[
    (0, "成功", Some("正确返回"), None),
    (
        1,
        "请求不合法，缺少参数",
        Some("缺少当前接口所需必要参数"),
        None,
    ),
    (
        2,
        "请求不合法，参数格式错误",
        Some("传入参数值不合法，或条件必选参数缺失"),
        None,
    ),
    (
        3,
        "权限验证失败",
        Some("signature校验失败或缺失"),
        Some("查看接口文档或者示例文件，或者使用开发者工具进行数据实测"),
    ),
    (4, "请求不合法，缺少签名", Some("缺少signature"), None),
    (
        5,
        "业务请求不合法",
        Some("appid、token校验不合法"),
        Some("检查需要appid或token时是否请求，token在不同的appid和环境下不互通"),
    ),
    (
        7,
        "未登录",
        Some("微信登录态检测失败，或未调用前置依赖接口"),
        None,
    ),
    (
        8,
        "系统错误",
        Some("处理过程中捕获的未识别错误"),
        Some("可以与腾讯侧项目相关技术同学沟通"),
    ),
    (
        9,
        "未授权接口",
        Some("项目未配置授权CGI接口（或SDK未授权包名/应用名）"),
        Some("使用接口没有授权，请确认提交的需求是否有对应的接口，如果有请联系腾讯侧技术同学"),
    ),
    (
        10,
        "超过调用限制",
        Some("检查接口是否超过使用限制"),
        Some("使用次数总共有1000次，如果超出限制请联系售前或者商务"),
    ),
    (
        11,
        "无效请求",
        Some("token数据已失效，一般有效期为3天"),
        None,
    ),
    (
        12,
        "token超过有效期",
        Some("此刻已超过验证流程有效期2个小时限制，token创建开始计算"),
        None,
    ),
    (
        13,
        "非法转跳URL",
        Some("转跳URL和请求来源不符"),
        Some("确定请求的地址与绑定的是否相同"),
    ),
    (
        302,
        "超过发送频率限制",
        Some("60s内只能发送一次"),
        Some("需要客户拦截，防止用户返回到已经完成的流程"),
    ),
    (
        303,
        "超过当日发送最大次数",
        Some("同一个手机号码一天内最多接收10次短信验证码"),
        None,
    ),
    (304, "验证码验证失败", None, None),
    (305, "验证码过期", Some("短信验证码有效期为10分钟"), None),
    (
        501,
        "当前认证人身份证号码与上传证件号码不符，请重新上传",
        Some("auth传入的身份证号码和OCR识别结果中号码不一致；此功能可按项目配置"),
        None,
    ),
    (502, "您的证件已过期", Some("证件已过有效期"), None),
    (503, "OCR识别失败", Some("图像识别其他错误或异常"), None),
    (504, "输入图片尺寸过大", None, None),
    (505, "传入图片格式不准确", None, None),
    (507, "身份证号编码有误", None, None),
    (508, "身份证信息识别不全", None, None),
    (509, "传入图片大小过小", None, None),
    (510, "未识别出姓名", None, None),
    (511, "未识别出身份证号", None, None),
    (512, "所传入的图片未检测到身份证", None, None),
    (
        601,
        "调用引擎接口出错",
        Some("视频活体检测引擎接口调用出错，或视频截帧失败"),
        None,
    ),
    (602, "视频实人检测没通过", None, None),
    (
        603,
        "视频实人比对没通过",
        Some("视频活体检测时返回未细化的错误，即视频活体检测未通过"),
        None,
    ),
    (
        604,
        "比对相似度未达到通过标准",
        Some("活体截帧和证件照比对的相似度未到达设定的阈值"),
        None,
    ),
    (605, "二次验证照片信息拉取为空", None, None),
    (
        606,
        "身份证照片信息拉取失败",
        Some("活体+1v1接口中无法拉取到身份证姓名对应的证件照片"),
        None,
    ),
    (607, "视频像素太低", None, None),
    (608, "视频声音太小", None, None),
    (609, "嘴唇动作幅度过小", None, None),
    (610, "脸部未完整露出", None, None),
    (611, "声音识别失败", None, None),
    (612, "未检测到声音", None, None),
    (650, "实人检测调用失败", None, None),
    (651, "疑似非真人录制", None, None),
    (652, "未检测到第一个动作", None, None),
    (653, "未检测到闭眼动作", None, None),
    (654, "未检测到张嘴动作", None, None),
    (655, "脸离屏幕太近", None, None),
    (656, "脸离屏幕太远", None, None),
    (657, "脸离屏幕太左", None, None),
    (658, "脸离屏幕太右", None, None),
    (659, "光线太暗", None, None),
    (660, "光线太强", None, None),
    (661, "活体检测未知错误", None, None),
    (662, "人脸检测失败，无法提取比对照", None, None),
    (663, "未能检测到完整人脸", None, None),
    (
        701,
        "库中无此号，请到户籍所在地进行核实",
        Some("库中没有此身份信息"),
        None,
    ),
    (702, "接口调用失败，请重试", Some("证照接口调用失败"), None),
    (
        703,
        "姓名和身份证号不一致，请核实后重试",
        Some("传入的证件号和姓名不吻合"),
        None,
    ),
    (
        704,
        "身份证照片信息拉取失败",
        Some("库中未获取到此人证件照"),
        None,
    ),
    (
        705,
        "很抱歉，您提交的身份证信息与用户注册信息不一致，请您核对后再重新操作",
        Some("输入的身份证姓名和auth传入身份证姓名不一致"),
        None,
    ),
    (
        706,
        "接口调用失败，请重试",
        Some("证照库接口返回错误"),
        None,
    ),
    (707, "身份证号错误", Some("输入的身份证号有误"), None),
    (708, "姓名错误", Some("输入的姓名有误"), None),
    (
        821,
        "调用引擎接口出错",
        Some("混合图像1v1比对接口调用失败"),
        None,
    ),
    (
        822,
        "图像比对超时",
        Some("混合图像1v1比对接口调用超时"),
        None,
    ),
    (
        823,
        "图像比对没有通过",
        Some("混合图像1v1比对失败，未知原因"),
        None,
    ),
    (
        824,
        "比对相似度未达到通过标准",
        Some("混合图像1v1比对相似度未达到阈值"),
        None,
    ),
    (
        825,
        "证件照片信息拉取失败",
        Some("内网证照库拉取证照失败"),
        None,
    ),
    (826, "身份验证没有通过", Some("传入的身份信息不合法"), None),
    (
        827,
        "未找到与身份信息匹配的照片或照片匹配错误，请通过其他方式进行实名认证",
        Some("身份信息或照片不在内网证照库里"),
        None,
    ),
    (901, "实名认证失败", None, None),
    (902, "用户暂未实名认证", None, None),
    (903, "实名信息和微信支付不一致", None, None),
    (905, "微信实名认证未知错误", None, None),
];

// ---------------------------------------------------------------------------
// 1. Rows per section and codes per enum

#[test]
fn rows_and_codes_match_the_document() {
    // The single table under the document title “腾讯慧眼常见错误码说明”, with no section
    // heading of its own: 73 rows, one code each.
    assert_eq!(census::<CommonCode>(), [(String::new(), 73, 73)]);
    assert_eq!(CommonCode::VARIANTS.len(), 73);
    assert!(CommonCode::CODE_SPACE.sections.is_empty());
    assert_eq!(
        CommonCode::CODE_SPACE.catalog.title,
        "腾讯慧眼常见错误码说明"
    );
    assert_eq!(ROWS.len(), 73);
    // Groups of the table, counted in the document.
    let count = |range: std::ops::RangeInclusive<i64>| {
        CommonCode::VARIANTS
            .iter()
            .filter(|v| range.contains(&v.code()))
            .count()
    };
    assert_eq!(count(0..=13), 13); // 0..=13 without 6
    assert_eq!(count(300..=399), 4); // 302..=305
    assert_eq!(count(500..=599), 11); // 501..=512 without 506
    assert_eq!(count(600..=612), 12); // 601..=612
    assert_eq!(count(650..=699), 14); // 650..=663
    assert_eq!(count(700..=799), 8); // 701..=708
    assert_eq!(count(800..=899), 7); // 821..=827
    assert_eq!(count(900..=999), 4); // 901, 902, 903, 905
}

#[test]
fn variants_follow_document_order() {
    let codes: Vec<i64> = CommonCode::VARIANTS.iter().map(CommonCode::code).collect();
    let rows: Vec<i64> = ROWS.iter().map(|row| row.0).collect();
    assert_eq!(codes, rows);
}

// ---------------------------------------------------------------------------
// 2. Every code of the document is known; others are not

#[test]
fn every_document_code_is_known() {
    for &(code, ..) in ROWS {
        let value = CommonCode::from_code(code);
        assert!(!value.is_unknown(), "CommonCode {code} is unknown");
        assert_eq!(value.code(), code);
        assert_eq!(i64::from(value), code);
    }
}

#[test]
fn codes_outside_the_document_are_unknown() {
    // 6, 506 and 904 are gaps in the document's numbering.
    for code in [
        6, 14, 301, 306, 506, 513, 600, 613, 664, 709, 820, 828, 904, 906, -1,
    ] {
        let value = CommonCode::from(code);
        assert!(value.is_unknown(), "CommonCode {code}");
        assert!(matches!(value, CommonCode::Unknown(kept) if kept.code() == code));
        assert_eq!(value.code(), code);
        assert_eq!(value.billing(), Billing::Unspecified);
    }
}

// ---------------------------------------------------------------------------
// 3. Every row, column by column, and spot checks

#[test]
fn rows_match_the_document() {
    let mut d = Disagreements::default();
    for &(code, message, description, remedy) in ROWS {
        let value = CommonCode::from(code);
        // 错误描述 → message, 说明 → description, 解决方案 → remedy.
        d.check(format_args!("{code} message"), value.message(), message);
        d.check(
            format_args!("{code} description"),
            value.description(),
            description,
        );
        d.check(format_args!("{code} remedy"), value.remedy(), remedy);
        d.check(format_args!("{code} section"), value.section(), None);
    }
    d.finish();
}

#[test]
fn spot_checks() {
    // 1. Success.
    assert_eq!(CommonCode::from(0).message(), "成功");
    assert_eq!(CommonCode::from(0).description(), Some("正确返回"));
    // 2. Full-width comma.
    assert_eq!(CommonCode::from(2).message(), "请求不合法，参数格式错误");
    // 3. A remedy.
    assert_eq!(
        CommonCode::from(3).remedy(),
        Some("查看接口文档或者示例文件，或者使用开发者工具进行数据实测")
    );
    assert_eq!(
        CommonCode::from(3).description(),
        Some("signature校验失败或缺失")
    );
    // 4. Full-width parentheses in the description.
    assert_eq!(
        CommonCode::from(9).description(),
        Some("项目未配置授权CGI接口（或SDK未授权包名/应用名）")
    );
    // 5.
    assert_eq!(
        CommonCode::from(10).remedy(),
        Some("使用次数总共有1000次，如果超出限制请联系售前或者商务")
    );
    // 6. 转跳 (as written, not 跳转).
    assert_eq!(CommonCode::from(13).message(), "非法转跳URL");
    // 7. Full-width semicolon.
    assert_eq!(
        CommonCode::from(501).description(),
        Some("auth传入的身份证号码和OCR识别结果中号码不一致；此功能可按项目配置")
    );
    // 8. No space in “OCR识别失败” (unlike huiyan's “OCR 识别失败”).
    assert_eq!(CommonCode::from(503).message(), "OCR识别失败");
    // 9. Empty 说明 and 解决方案 cells.
    assert_eq!(CommonCode::from(304).message(), "验证码验证失败");
    assert_eq!(CommonCode::from(304).description(), None);
    assert_eq!(CommonCode::from(304).remedy(), None);
    // 10. The longest message.
    assert_eq!(
        CommonCode::from(705).message(),
        "很抱歉，您提交的身份证信息与用户注册信息不一致，请您核对后再重新操作"
    );
    // 11. Same message, different rows: 702 and 706.
    assert_eq!(CommonCode::from(702).message(), "接口调用失败，请重试");
    assert_eq!(CommonCode::from(706).message(), "接口调用失败，请重试");
    assert_eq!(
        CommonCode::from(702).description(),
        Some("证照接口调用失败")
    );
    assert_eq!(
        CommonCode::from(706).description(),
        Some("证照库接口返回错误")
    );
    // 12. “1v1”.
    assert_eq!(
        CommonCode::from(822).description(),
        Some("混合图像1v1比对接口调用超时")
    );
    // 13.
    assert_eq!(
        CommonCode::from(827).message(),
        "未找到与身份信息匹配的照片或照片匹配错误，请通过其他方式进行实名认证"
    );
    // 14. The 302 remedy as written.
    assert_eq!(
        CommonCode::from(302).remedy(),
        Some("需要客户拦截，防止用户返回到已经完成的流程")
    );
}

#[test]
fn the_document_gives_no_billing() {
    // No 是否收费 column.
    for &value in CommonCode::VARIANTS {
        assert_eq!(value.billing(), Billing::Unspecified, "{value:?}");
        assert!(!value.is_billable());
        assert!(value.entry().unwrap().billing_history.is_empty());
        for date in dates() {
            assert_eq!(value.billing_on(date), Billing::Unspecified, "{value:?}");
        }
    }
}

#[test]
fn only_zero_means_success() {
    let success: Vec<i64> = CommonCode::VARIANTS
        .iter()
        .filter(|v| v.is_success())
        .map(CommonCode::code)
        .collect();
    assert_eq!(success, [0]); // 0 成功, 正确返回
}

#[test]
fn retry_classes_of_clear_cases() {
    // Parameter errors: never.
    assert_eq!(CommonCode::from(1).retry(), Retry::Never); // 缺少参数
    assert_eq!(CommonCode::from(2).retry(), Retry::Never); // 参数格式错误
    assert_eq!(CommonCode::from(707).retry(), Retry::Never); // 身份证号错误
    assert_eq!(CommonCode::from(708).retry(), Retry::Never); // 姓名错误
    assert!(!CommonCode::from(1).is_retryable());
    // 接口调用失败，请重试 and 系统错误: transient.
    assert_eq!(CommonCode::from(702).retry(), Retry::Transient);
    assert_eq!(CommonCode::from(706).retry(), Retry::Transient);
    assert_eq!(CommonCode::from(8).retry(), Retry::Transient);
    assert!(CommonCode::from(702).is_retryable());
    // 超过发送频率限制 (60s内只能发送一次): throttled.
    assert_eq!(CommonCode::from(302).retry(), Retry::Throttled);
    assert!(CommonCode::from(302).is_retryable());
    // token超过有效期: refresh credentials.
    assert_eq!(CommonCode::from(12).retry(), Retry::RefreshCredentials);
    assert!(!CommonCode::from(12).is_retryable());
    // Face position and light: the end user acts.
    for code in 655..=660 {
        assert_eq!(CommonCode::from(code).retry(), Retry::UserAction, "{code}");
        assert!(!CommonCode::from(code).is_retryable());
    }
}
