//! Catalog test of `specs/huiyan.yaml` against its source document,
//! Tencent Cloud's 腾讯慧眼 SaaS 服务返回码 page,
//! <https://cloud.tencent.com/document/product/1007/47912> (the return codes and their billing).
//!
//! Every expected value below is taken from the document, not from the spec.

#![allow(
    clippy::unreadable_literal,
    reason = "the transcribed tables write codes as the document does"
)]

use errcodes::huiyan::{
    DeviceInfoLevel, DeviceRiskTag, IdentityRiskTag, IntentionCode, NfcServerCode, NfcTerminalCode,
    RiskInfoLevel, SdkCode, WechatCode,
};
use errcodes::{Billing, Date, ErrorCode, Retry};
use std::fmt::Debug;
use Billing::{Charged, Free};

mod common;

use common::{census, dates, Disagreements};

/// A row of a table with a 是否收费 column: (返回码, 含义 / 返回信息, 是否收费).
type BilledRow = (i64, &'static str, Billing);

/// The day the billing of 2007 and 2009..=2015 changed (>!2021年7月19日起 ...).
fn change_day() -> Date {
    Date::new(2021, 7, 19).unwrap()
}

fn day_before_change() -> Date {
    Date::new(2021, 7, 18).unwrap()
}

/// Codes whose billing changed from 计费 to 不计费 on 2021-07-19, from the notice:
/// “2007、2009、2010、2011、2012、2013、2014和2015”.
const CHANGED_ON_2021_07_19: [i64; 8] = [2007, 2009, 2010, 2011, 2012, 2013, 2014, 2015];

// ---------------------------------------------------------------------------
// The document's tables, transcribed from the page (cells trimmed, including the
// tabs of the SDK table; 是 = Charged, 否 = Free).

/// Table “系统返回码” (18 rows): (返回码, 含义, 是否收费).
const WECHAT_SYSTEM: &[BilledRow] = &[
    (0, "成功", Charged),
    (1, "请求不合法，缺少参数", Free),
    (2, "请求不合法，参数有误", Free),
    (3, "业务请求不合法", Free),
    (4, "系统错误", Free),
    (5, "未找到数据", Free),
    (6, "数据插入异常", Free),
    (7, "数据更新异常", Free),
    (8, "文件存储失败，请稍后重试", Free),
    (9, "文件格式错误，请确认后重试", Free),
    (10, "文件系统错误，请稍后重试", Free),
    (11, "文件系统超时，请稍后重试", Free),
    (12, "CKV 数据有误", Free),
    (13, "CKV 服务出错", Free),
    (14, "本次校验已完成", Free),
    (15, "token 过期，请重试", Free),
    (16, "已达到重试上限", Free),
    (17, "本次流程未完成", Free),
];
/// Table “微信相关返回码” (7 rows): (返回码, 含义, 是否收费).
const WECHAT_RELATED: &[BilledRow] = &[
    (201, "从微信拉取图片失败", Free),
    (202, "视频获取失败", Free),
    (203, "无此 API 调用权限", Free),
    (
        204,
        "当前公众号/小程序未完成对慧眼授权，请参照慧眼接入文档进行扫码授权",
        Free,
    ),
    (
        301,
        "当前认证人身份证号码与上传证件号码不符，请重新上传",
        Free,
    ),
    (302, "证件已过期", Free),
    (303, "OCR 识别失败", Free),
];
/// Table “活体通用返回码” (7 rows): (返回码, 含义, 是否收费).
const LIVENESS_COMMON: &[BilledRow] = &[
    (1001, "调用活体引擎接口出错", Free),
    (1002, "疑似非真人录制", Free),
    (1003, "视频实人（真人）检测未通过", Free),
    (1004, "人脸检测失败，无法提取比对照", Free),
    (1005, "活体检测未通过", Free),
    (1006, "证照库出错，请重试", Free),
    (1007, "未拉取微信活体结果或拉取微信活体结果失败", Free),
];
/// Table “数字活体返回码” (9 rows): (返回码, 含义, 是否收费).
const LIVENESS_DIGIT: &[BilledRow] = &[
    (1101, "未检测到声音", Free),
    (1102, "脸部未完整露出", Free),
    (1103, "声音识别失败", Free),
    (1104, "视频格式有误", Free),
    (1105, "视频拉取失败，请重试", Free),
    (1106, "视频声音太小", Free),
    (1107, "视频为空，或大小不合适，请控制录制时长在6s左右", Free),
    (1108, "视频像素太低", Free),
    (1109, "嘴唇动作幅度过小", Free),
];
/// Table “动作活体返回码” (10 rows): (返回码, 含义, 是否收费).
const LIVENESS_ACTION: &[BilledRow] = &[
    (1201, "光线太暗", Free),
    (1202, "光线太强", Free),
    (1203, "脸离屏幕太近", Free),
    (1204, "脸离屏幕太右", Free),
    (1205, "脸离屏幕太远", Free),
    (1206, "脸离屏幕太左", Free),
    (1207, "未检测到闭眼动作", Free),
    (1208, "未检测到第一个动作", Free),
    (1209, "未检测到张嘴动作", Free),
    (1210, "未能检测到完整人脸", Free),
];
/// Table “静默活体返回码” (3 rows): (返回码, 含义, 是否收费).
const LIVENESS_SILENT: &[BilledRow] = &[
    (1301, "实人检测失败", Free),
    (1302, "实人检测未达到通过标准", Free),
    (1303, "视频录制时间过短，请录制2秒以上的视频", Free),
];
/// Table “证件图像比对返回码” (18 rows): (返回码, 含义, 是否收费).
const ID_IMAGE_COMPARE: &[BilledRow] = &[
    (2001, "调用比对引擎接口出错", Free),
    (2002, "输入的姓名有误", Free),
    (2003, "输入的身份证号有误", Free),
    (2004, "传入图片过大或过小", Free),
    (2005, "库中无此号，请到户籍所在地进行核实", Free),
    (2006, "姓名和身份证号不一致，请核实后重试", Charged),
    (2007, "库中无此用户照片，请到户籍所在地进行核实", Free),
    (2008, "客户库自建库或认证中心返照失败，请稍后再试", Free),
    (2009, "传入图片分辨率太低，请重新上传", Free),
    (2010, "人脸检测失败，无法提取比对照", Free),
    (2011, "实人比对未通过", Free),
    (2012, "检测到多张人脸", Free),
    (2013, "未能检测到完整人脸", Free),
    (2014, "传入图片分辨率太低，请重新上传", Free),
    (2015, "比对失败", Free),
    (2016, "比对相似度未达到通过标准", Charged),
    (2017, "权威数据源升级中，请稍后再试", Free),
    (2018, "该身份证校验次数已达到上限，请明日再试", Free),
];
/// Table “App SDK/独立 H5/PC 端 H5 返回码” (28 rows): (返回码, 返回信息, 是否收费).
const SDK_ROWS: &[BilledRow] = &[
    (0, "认证通过", Charged),
    (66660004, "无法确认为同一人", Charged),
    (66660010, "姓名和身份证不一致，请确认", Charged),
    (-5008, "声音未能识别，请大声慢读一遍数字", Free),
    (-5018, "未识别到指定动作", Free),
    (-5023, "光线太强，请到室内识别", Free),
    (999999, "网络不给力，请稍后重试", Free),
    (66660000, "请求参数异常", Free),
    (66660003, "试用版最大刷脸次数已超", Free),
    (66660005, "此证件信息不支持校验", Free),
    (66660011, "未完成认证或认证结果已过期", Free),
    (66660015, "姓名或身份证号格式不正确", Free),
    (66660016, "视频或图片异常", Free),
    (66660017, "验证次数超限", Free),
    (66660018, "操作超时，请退出重试", Free),
    (66660023, "请确保本人操作且正脸对框", Free),
    (66660035, "未识别到人脸，请确保正脸对框且清晰完整", Free),
    (66660037, "照片出现多张脸", Free),
    (66660041, "脸部有遮挡或闭眼，请重试", Free),
    (66660044, "应用服务版本过低，请升级", Free),
    (66660046, "比对源照片无法处理", Free),
    (66662001, "无此授权结果", Free),
    (66665001, "请确保本人操作且正脸对框", Free),
    (400101, "签名校验不通过", Free),
    (
        400103,
        "IP 未加入白名单列表（请线下联系技术支持进行配置）",
        Free,
    ),
    (400506, "请求频率过高，请稍后再试", Free),
    (400600, "【微信】下载视频失败，请重试", Free),
    (400601, "视频或图片异常", Free),
];
/// Table “意愿核身返回码” (3 rows): (返回码, 返回信息, 处理措施, 是否收费).
const INTENTION_ROWS: &[(i64, &str, &str, Billing)] = &[
    (
        66666004,
        "音频文件下载失败，请重试",
        "下载用户 answer 音频或播报音频失败",
        Free,
    ),
    (
        66666006,
        "意愿表达结果不正确",
        "用户回答音频 asr 识别和标准答案不一致",
        Charged,
    ),
    (
        66666010,
        "当前订单识别结果不存在",
        "查询结果时，意愿表达记录没有结果",
        Free,
    ),
];
/// Table “实证 NFC 服务端返回码” (7 rows): (codes, 返回码, 返回信息, 处理措施).
const NFC_SERVER_ROWS: &[(&[i64], &str, &str, &str)] = &[
    (
        &[0],
        "0",
        "请求成功",
        "相同的 reqId 有效期为5分钟，有效期内重复查询不重复计费",
    ),
    (
        &[66664002],
        "66664002",
        "ocrCertId 已失效，请校验参数",
        "ocrCertId 有效期为5分钟，重新获取",
    ),
    (
        &[66664003],
        "66664003",
        "请求频率过高，请稍后重试",
        "相同的 reqId 有效期为5分钟内仅支持10次以内的重复查询",
    ),
    (
        &[66664004],
        "66664004",
        "该 reqId 不存在，请校验参数",
        "该 reqId 不存在，请校验参数",
    ),
    (
        &[66664005],
        "66664005",
        "reqId 已失效或不存在",
        "reqId 的查询有效期为5分钟",
    ),
    (
        &[66664006],
        "66664006",
        "网络不给力,请稍后重试",
        "联系技术支持",
    ),
    (
        &[66664007],
        "66664007",
        "网络不给力,请稍后重试",
        "联系技术支持",
    ),
];
/// Table “实证 NFC 终端返回码” (17 rows): (codes, 返回码, 返回信息, 处理措施).
const NFC_TERMINAL_ROWS: &[(&[i64], &str, &str, &str)] = &[
    (&[0], "0", "识别成功", "识别成功"),
    (
        &[600100],
        "600100",
        "该设备不支持 NFC 功能",
        "NFC 读取居民身份证需要 iPhone 7 及以上，iOS14.5 及以上",
    ),
    (
        &[600101],
        "600101",
        "用户退出本次识别",
        "用户点击返回/退出按钮，主动退出 SDK",
    ),
    (
        &[600102],
        "600102",
        "请求参数异常，请校验参数",
        "登录参数校验不通过",
    ),
    (
        &[600103],
        "600103",
        "本次识别超时，请重试",
        "超过重试的次数，仍然未识别到结果",
    ),
    (
        &[600104],
        "600104",
        "网络不给力，请稍后重试",
        "网络异常 Error，请求未到达服务器",
    ),
    (&[600106], "600106", "初始化失败，请重试", "Android 特有"),
    (
        &[600105],
        "600105",
        "网络不给力，请重试",
        "enmsg 为空/enmsg 解码失败",
    ),
    (
        &[66664020],
        "66664020",
        "读卡时勿移动卡片，请重试",
        "读卡时请勿移动，请将证件对准 NFC 区域，重新读卡",
    ),
    (
        &[66664021],
        "66664021",
        "设备不支持 NFC，请更换手机重试",
        "设备不支持 typeb 卡，或检测卡类型错误会出现，个别安卓手机会出现",
    ),
    (
        &[66664022],
        "66664022",
        "网络不给力,请稍后重试",
        "网络异常，重新读卡",
    ),
    (
        &[66664023],
        "66664023",
        "设备 NFC 异常，请重启 NFC 后重试",
        "NFC 连接异常，重新读卡",
    ),
    (
        &[66664024],
        "66664024",
        "证件类型不正确，请重试",
        "识读的证件类型不对，例如贴银行卡进行识读，重新读卡",
    ),
    (
        &[66664025],
        "66664025",
        "该设备不支持 NFC 功能",
        "设备不支持 NFC 功能，更换手机识读",
    ),
    (
        &[66664026],
        "66664026",
        "读卡时勿移动卡片，请重试",
        "iOS nfc 弹窗超时消失情况下出现此结果码，请重试",
    ),
    (
        &[66664027, 66664029],
        "66664027/66664029",
        "网络不给力,请稍后重试",
        "网络服务异常，联系客服",
    ),
    (
        &[66664028, 66664030],
        "66664028/66664030",
        "请求参数异常，请重试",
        "调试参数异常，联系客服",
    ),
];

/// The WeChat tables with their section paths.
const WECHAT_TABLES: [(&str, &[BilledRow]); 7] = [
    ("微信 H5/小程序/E证通返回码 > 系统返回码", WECHAT_SYSTEM),
    (
        "微信 H5/小程序/E证通返回码 > 微信相关返回码",
        WECHAT_RELATED,
    ),
    (
        "微信 H5/小程序/E证通返回码 > 活体检测返回码 > 活体通用返回码",
        LIVENESS_COMMON,
    ),
    (
        "微信 H5/小程序/E证通返回码 > 活体检测返回码 > 数字活体返回码",
        LIVENESS_DIGIT,
    ),
    (
        "微信 H5/小程序/E证通返回码 > 活体检测返回码 > 动作活体返回码",
        LIVENESS_ACTION,
    ),
    (
        "微信 H5/小程序/E证通返回码 > 活体检测返回码 > 静默活体返回码",
        LIVENESS_SILENT,
    ),
    (
        "微信 H5/小程序/E证通返回码 > 证件图像比对返回码",
        ID_IMAGE_COMPARE,
    ),
];

/// Table “设备维度风险标签 deviceInfotag 说明” (an HTML table; 12 tag rows, then a
/// note row spanning both columns): (codes, tag cell, 说明).
const DEVICE_TAG_ROWS: &[(&[i64], &str, &str)] = &[
    (
        &[202, 5001],
        "202、5001",
        "设备疑似被 root/越狱，该标签支持 Android 和 iOS 系统",
    ),
    (
        &[203, 5004],
        "203、5004",
        "设备疑似被注入，该标签支持 Android 和 iOS 系统",
    ),
    (&[205], "205", "设备疑似被 hook，该标签仅支持 Android"),
    (
        &[206],
        "206",
        "设备疑似处于虚拟运行环境，该标签仅支持 Android",
    ),
    (
        &[5007, 1005],
        "5007、1005",
        "该设备疑似摄像头被劫持/被 hook，该标签支持 Android 和 iOS 系统",
    ),
    (
        &[8000],
        "8000",
        "设备存在异常篡改信息行为，该标签支持 Android 和 iOS 系统",
    ),
    (&[5010], "5010", "设备疑似改机，该标签仅支持 iOS"),
    (
        &[5012, 3],
        "5012、3",
        "疑似模拟器，该标签支持 Android 和 iOS 系统",
    ),
    (&[5016], "5016", "疑似使用自动化脚本，该标签仅支持 iOS"),
    (&[212], "212", "疑似高危 ROM，该标签仅支持 Android"),
    (&[213], "213", "疑似检测到系统劫持，该标签仅支持 Android"),
    (&[1001], "1001", "疑似设备参数篡改，该标签仅支持 Android"),
];
/// The note row of that table (`<td colspan=2>`).
const DEVICE_TAG_NOTE: &str =
    "说明：8000的含义包括了如 IMEI 篡改、OAID 篡改、IMSI 篡改及频繁修改设备参数行为";

/// Table “增强级 riskinfo 返回码说明”: its two rows' 说明 cells.
const DEVICE_INFO_LEVEL_CELL: &str = "0、1、2等级为低风险设备，3、4为高风险设备，会进行拦截";
const RISK_INFO_LEVEL_CELL: &str = "0、1、2、3、4等级为较低风险，5为高风险，会进行拦截";

/// Table “身份维度风险标签 riskInfotag 说明” (2 rows): (codes, tag cell with its `<br>` read
/// as a line break, 风险类型).
const IDENTITY_TAG_ROWS: &[(&[i64], &str, &str)] = &[
    (
        &[2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18],
        "02、03、04、05、07、08、09\n10、11、12、13、14、15、16、17、18",
        "攻击风险",
    ),
    (&[1, 6, 19, 20], "01、06、19、20", "综合业务风险"),
];

// ---------------------------------------------------------------------------
// 1. Rows per section and codes per enum

#[test]
fn rows_and_codes_per_section_match_the_document() {
    const W: &str = "微信 H5/小程序/E证通返回码";
    assert_eq!(
        census::<WechatCode>(),
        [
            (format!("{W} > 系统返回码"), 18, 18), // table 系统返回码: 0..=17
            (format!("{W} > 微信相关返回码"), 7, 7), // 201..=204, 301..=303
            (format!("{W} > 活体检测返回码 > 活体通用返回码"), 7, 7), // 1001..=1007
            (format!("{W} > 活体检测返回码 > 数字活体返回码"), 9, 9), // 1101..=1109
            (format!("{W} > 活体检测返回码 > 动作活体返回码"), 10, 10), // 1201..=1210
            (format!("{W} > 活体检测返回码 > 静默活体返回码"), 3, 3), // 1301..=1303
            (format!("{W} > 证件图像比对返回码"), 18, 18), // 2001..=2018
        ]
    );
    assert_eq!(WechatCode::VARIANTS.len(), 72); // 18 + 7 + 7 + 9 + 10 + 3 + 18
                                                // Table “App SDK/独立 H5/PC 端 H5 返回码”: 28 rows, one code each.
    assert_eq!(
        census::<SdkCode>(),
        [("App SDK/独立 H5/PC 端 H5 返回码".to_owned(), 28, 28)]
    );
    assert_eq!(SdkCode::VARIANTS.len(), 28);
    // Table “意愿核身返回码”: 3 rows.
    assert_eq!(
        census::<IntentionCode>(),
        [("意愿核身返回码".to_owned(), 3, 3)]
    );
    assert_eq!(IntentionCode::VARIANTS.len(), 3);
    // Table “实证 NFC 服务端返回码”: 7 rows, one code each.
    assert_eq!(
        census::<NfcServerCode>(),
        [("实证 NFC 返回码 > 实证 NFC 服务端返回码".to_owned(), 7, 7)]
    );
    assert_eq!(NfcServerCode::VARIANTS.len(), 7);
    // Table “实证 NFC 终端返回码”: 17 rows; two cells hold two codes
    // (66664027/66664029, 66664028/66664030), so 19 codes.
    assert_eq!(
        census::<NfcTerminalCode>(),
        [("实证 NFC 返回码 > 实证 NFC 终端返回码".to_owned(), 17, 19)]
    );
    assert_eq!(NfcTerminalCode::VARIANTS.len(), 19);
    // Table “增强级 riskinfo 返回码说明”: 2 rows, deviceInfoLevel and riskInfoLevel, one per
    // enum. Each row names two classes (low / high), each a range entry: 2 entries, 2
    // variants per enum, but one 说明 cell (one document row) per enum.
    assert_eq!(
        census::<DeviceInfoLevel>(),
        [("增强级 riskinfo 返回码说明".to_owned(), 2, 2)]
    );
    assert_eq!(
        census::<RiskInfoLevel>(),
        [("增强级 riskinfo 返回码说明".to_owned(), 2, 2)]
    );
    let mut cells: Vec<&str> = DeviceInfoLevel::VARIANTS
        .iter()
        .filter_map(DeviceInfoLevel::description)
        .chain(
            RiskInfoLevel::VARIANTS
                .iter()
                .filter_map(RiskInfoLevel::description),
        )
        .collect();
    cells.dedup();
    assert_eq!(cells.len(), 2, "{cells:?}");
    // Table “设备维度风险标签 deviceInfotag 说明”: 12 tag rows; four cells hold two tags
    // (202、5001, 203、5004, 5007、1005, 5012、3), so 16 codes. The note row is not a tag.
    assert_eq!(
        census::<DeviceRiskTag>(),
        [(
            "增强级命中高风险客户风险标签说明 > 设备维度风险标签 deviceInfotag 说明".to_owned(),
            12,
            16
        )]
    );
    assert_eq!(DeviceRiskTag::VARIANTS.len(), 16);
    // Table “身份维度风险标签 riskInfotag 说明”: 2 rows holding 16 + 4 tags (01..=20).
    assert_eq!(
        census::<IdentityRiskTag>(),
        [("身份维度风险标签 riskInfotag 说明".to_owned(), 2, 20)]
    );
    assert_eq!(IdentityRiskTag::VARIANTS.len(), 20);

    // The transcriptions above hold the same numbers of rows.
    let lengths: Vec<usize> = WECHAT_TABLES.iter().map(|(_, rows)| rows.len()).collect();
    assert_eq!(lengths, [18, 7, 7, 9, 10, 3, 18]);
    assert_eq!(SDK_ROWS.len(), 28);
    assert_eq!(INTENTION_ROWS.len(), 3);
    assert_eq!(NFC_SERVER_ROWS.len(), 7);
    assert_eq!(NFC_TERMINAL_ROWS.len(), 17);
    assert_eq!(DEVICE_TAG_ROWS.len(), 12);
    assert_eq!(IDENTITY_TAG_ROWS.len(), 2);
}

#[test]
fn catalog_notes_and_section_docs() {
    let notes = WechatCode::CODE_SPACE.catalog.notes.unwrap();
    assert!(notes.contains(
        "2021年7月19日起，微信原生H5、微信小程序、E证通的错误码中：2007、2009、2010、2011、2012、2013、2014和2015将由原来的计费改为不计费，请您关注。"
    ));
    let doc_of = |sections: &[errcodes::Section], path: &str| {
        sections
            .iter()
            .find(|s| s.to_string() == path)
            .unwrap_or_else(|| panic!("no section {path}"))
            .doc
    };
    assert_eq!(
        doc_of(
            WechatCode::CODE_SPACE.sections,
            "微信 H5/小程序/E证通返回码"
        ),
        Some("以下为微信 H5 和微信小程序/E证通的返回码及收费关系：")
    );
    // Two spaces between “PC” and “端”, as written.
    assert_eq!(
        doc_of(
            SdkCode::CODE_SPACE.sections,
            "App SDK/独立 H5/PC 端 H5 返回码"
        ),
        Some("以下为 SDK、独立 H5 和 PC  端 H5 的返回码及收费关系：")
    );
}

fn codes<E: ErrorCode<Code = i64>>() -> Vec<i64> {
    E::VARIANTS.iter().map(|v| *v.code()).collect()
}

#[test]
fn variants_follow_document_order() {
    let wechat: Vec<i64> = WECHAT_TABLES
        .iter()
        .flat_map(|(_, rows)| rows.iter().map(|row| row.0))
        .collect();
    assert_eq!(codes::<WechatCode>(), wechat);
    let sdk: Vec<i64> = SDK_ROWS.iter().map(|row| row.0).collect();
    assert_eq!(codes::<SdkCode>(), sdk);
    let intention: Vec<i64> = INTENTION_ROWS.iter().map(|row| row.0).collect();
    assert_eq!(codes::<IntentionCode>(), intention);
    let flat = |rows: &[(&[i64], &str, &str, &str)]| -> Vec<i64> {
        rows.iter().flat_map(|row| row.0.iter().copied()).collect()
    };
    assert_eq!(codes::<NfcServerCode>(), flat(NFC_SERVER_ROWS));
    // 600106 comes before 600105 in the document.
    assert_eq!(codes::<NfcTerminalCode>(), flat(NFC_TERMINAL_ROWS));
    let tags = |rows: &[(&[i64], &str, &str)]| -> Vec<i64> {
        rows.iter().flat_map(|row| row.0.iter().copied()).collect()
    };
    assert_eq!(codes::<DeviceRiskTag>(), tags(DEVICE_TAG_ROWS));
    assert_eq!(codes::<IdentityRiskTag>(), tags(IDENTITY_TAG_ROWS));
    // Range variants hold the first value of their class.
    assert_eq!(codes::<DeviceInfoLevel>(), [0, 3]);
    assert_eq!(codes::<RiskInfoLevel>(), [0, 5]);
}

#[test]
fn columns_the_document_does_not_have_are_empty() {
    // The WeChat, SDK and tag tables have no 说明 / 处理措施 column; the 意愿核身 and NFC
    // tables have 处理措施 but no 说明.
    fn no_description<E: ErrorCode + Debug>() {
        for value in E::VARIANTS {
            assert_eq!(value.description(), None, "{value:?}");
        }
    }
    fn no_remedy<E: ErrorCode + Debug>() {
        for value in E::VARIANTS {
            assert_eq!(value.remedy(), None, "{value:?}");
        }
    }
    no_description::<WechatCode>();
    no_remedy::<WechatCode>();
    no_description::<SdkCode>();
    no_remedy::<SdkCode>();
    no_description::<IntentionCode>();
    no_description::<NfcServerCode>();
    no_description::<NfcTerminalCode>();
    no_remedy::<DeviceInfoLevel>();
    no_remedy::<RiskInfoLevel>();
    no_remedy::<DeviceRiskTag>();
    no_remedy::<IdentityRiskTag>();
    no_description::<IdentityRiskTag>();
    // Of the device tags only 8000 has a description: the table's note row.
    let described: Vec<i64> = DeviceRiskTag::VARIANTS
        .iter()
        .filter(|v| v.description().is_some())
        .map(DeviceRiskTag::code)
        .collect();
    assert_eq!(described, [8000]);
}

// ---------------------------------------------------------------------------
// 2. Every code of the document is known; others are not

#[test]
fn every_document_code_is_known() {
    for (_, rows) in WECHAT_TABLES {
        for &(code, ..) in rows {
            let value = WechatCode::from_code(code);
            assert!(!value.is_unknown(), "WechatCode {code} is unknown");
            assert_eq!(value.code(), code);
            assert_eq!(i64::from(value), code);
        }
    }
    for &(code, ..) in SDK_ROWS {
        assert!(
            !SdkCode::from(code).is_unknown(),
            "SdkCode {code} is unknown"
        );
        assert_eq!(SdkCode::from(code).code(), code);
    }
    for &(code, ..) in INTENTION_ROWS {
        assert!(
            !IntentionCode::from(code).is_unknown(),
            "IntentionCode {code}"
        );
        assert_eq!(IntentionCode::from(code).code(), code);
    }
    for &(codes, ..) in NFC_SERVER_ROWS {
        for &code in codes {
            assert!(
                !NfcServerCode::from(code).is_unknown(),
                "NfcServerCode {code}"
            );
            assert_eq!(NfcServerCode::from(code).code(), code);
        }
    }
    for &(codes, ..) in NFC_TERMINAL_ROWS {
        for &code in codes {
            assert!(
                !NfcTerminalCode::from(code).is_unknown(),
                "NfcTerminalCode {code}"
            );
            assert_eq!(NfcTerminalCode::from(code).code(), code);
        }
    }
    // Both codes of the multi-code cells, explicitly.
    for code in [66_664_027, 66_664_029, 66_664_028, 66_664_030] {
        assert!(!NfcTerminalCode::from(code).is_unknown(), "{code}");
        assert_eq!(NfcTerminalCode::from(code).code(), code);
    }
    for &(codes, ..) in DEVICE_TAG_ROWS {
        for &code in codes {
            assert!(
                !DeviceRiskTag::from(code).is_unknown(),
                "DeviceRiskTag {code}"
            );
            assert_eq!(DeviceRiskTag::from(code).code(), code);
        }
    }
    for code in [202, 5001, 203, 5004, 5007, 1005, 5012, 3] {
        assert!(!DeviceRiskTag::from(code).is_unknown(), "{code}");
    }
    // Identity tags 02..=20 (the document writes two digits) and 01.
    for code in 1..=20 {
        let value = IdentityRiskTag::from(code);
        assert!(!value.is_unknown(), "IdentityRiskTag {code}");
        assert_eq!(value.code(), code);
    }
    // deviceInfoLevel 0..=4, riskInfoLevel 0..=5: every value, keeping it.
    for level in 0..=4 {
        let value = DeviceInfoLevel::from(level);
        assert!(!value.is_unknown(), "DeviceInfoLevel {level}");
        assert_eq!(value.code(), level);
        assert_eq!(i64::from(value), level);
    }
    for level in 0..=5 {
        let value = RiskInfoLevel::from(level);
        assert!(!value.is_unknown(), "RiskInfoLevel {level}");
        assert_eq!(value.code(), level);
    }
}

#[test]
fn codes_outside_the_document_are_unknown() {
    // 18, 205 and 304 follow listed codes; 66660000 is an SDK code, not a WeChat one.
    for code in [
        18, 200, 205, 300, 304, 1000, 1008, 1110, 1211, 1304, 2000, 2019, 66_660_000,
    ] {
        let value = WechatCode::from(code);
        assert!(value.is_unknown(), "WechatCode {code}");
        assert!(matches!(value, WechatCode::Unknown(kept) if kept.code() == code));
        assert_eq!(value.code(), code);
        assert_eq!(value.billing(), Billing::Unspecified);
        assert_eq!(value.retry(), Retry::Never);
    }
    for code in [
        1, 4, 66_660_001, 66_660_006, 66_665_002, 400_102, 400_602, -5000, 2006,
    ] {
        assert!(SdkCode::from(code).is_unknown(), "SdkCode {code}");
        assert_eq!(SdkCode::from(code).code(), code);
    }
    for code in [0, 66_666_005, 66_666_011] {
        assert!(
            IntentionCode::from(code).is_unknown(),
            "IntentionCode {code}"
        );
    }
    for code in [1, 66_664_001, 66_664_008, 66_664_020] {
        assert!(
            NfcServerCode::from(code).is_unknown(),
            "NfcServerCode {code}"
        );
    }
    for code in [600_107, 66_664_019, 66_664_031, 66_664_002] {
        assert!(
            NfcTerminalCode::from(code).is_unknown(),
            "NfcTerminalCode {code}"
        );
    }
    for code in [-1, 5, 6] {
        assert!(
            DeviceInfoLevel::from(code).is_unknown(),
            "DeviceInfoLevel {code}"
        );
        assert_eq!(DeviceInfoLevel::from(code).code(), code);
    }
    for code in [-1, 6, 7] {
        assert!(
            RiskInfoLevel::from(code).is_unknown(),
            "RiskInfoLevel {code}"
        );
    }
    for code in [1, 2, 201, 204, 207, 5002, 8001] {
        assert!(
            DeviceRiskTag::from(code).is_unknown(),
            "DeviceRiskTag {code}"
        );
    }
    for code in [0, 21, 100, -2] {
        assert!(
            IdentityRiskTag::from(code).is_unknown(),
            "IdentityRiskTag {code}"
        );
    }
}

// ---------------------------------------------------------------------------
// 3. Every row, column by column

#[test]
fn wechat_rows_match_the_document() {
    let mut d = Disagreements::default();
    for (path, rows) in WECHAT_TABLES {
        for &(code, message, billing) in rows {
            let value = WechatCode::from(code);
            d.check(
                format_args!("WechatCode {code} message"),
                value.message(),
                message,
            );
            d.check(
                format_args!("WechatCode {code} billing"),
                value.billing(),
                billing,
            );
            d.check(
                format_args!("WechatCode {code} billing on 2021-07-19"),
                value.billing_on(change_day()),
                billing,
            );
            // Before 2021-07-19, the eight codes of the notice were billed.
            let before = if CHANGED_ON_2021_07_19.contains(&code) {
                Charged
            } else {
                billing
            };
            d.check(
                format_args!("WechatCode {code} billing on 2021-07-18"),
                value.billing_on(day_before_change()),
                before,
            );
            d.check(
                format_args!("WechatCode {code} section"),
                value.section().map(ToString::to_string).as_deref(),
                Some(path),
            );
            d.check(
                format_args!("WechatCode {code} description"),
                value.description(),
                None,
            );
            d.check(
                format_args!("WechatCode {code} remedy"),
                value.remedy(),
                None,
            );
        }
    }
    d.finish();
}

#[test]
fn sdk_rows_match_the_document() {
    let mut d = Disagreements::default();
    for &(code, message, billing) in SDK_ROWS {
        let value = SdkCode::from(code);
        d.check(
            format_args!("SdkCode {code} message"),
            value.message(),
            message,
        );
        d.check(
            format_args!("SdkCode {code} billing"),
            value.billing(),
            billing,
        );
        // The 2021-07-19 notice is about the WeChat codes only.
        d.check(
            format_args!("SdkCode {code} billing on 2021-07-18"),
            value.billing_on(day_before_change()),
            billing,
        );
        d.check(
            format_args!("SdkCode {code} section"),
            value.section().map(ToString::to_string).as_deref(),
            Some("App SDK/独立 H5/PC 端 H5 返回码"),
        );
        d.check(format_args!("SdkCode {code} remedy"), value.remedy(), None);
    }
    d.finish();
}

#[test]
fn intention_rows_match_the_document() {
    let mut d = Disagreements::default();
    for &(code, message, remedy, billing) in INTENTION_ROWS {
        let value = IntentionCode::from(code);
        d.check(
            format_args!("IntentionCode {code} message"),
            value.message(),
            message,
        );
        d.check(
            format_args!("IntentionCode {code} remedy"),
            value.remedy(),
            Some(remedy),
        );
        d.check(
            format_args!("IntentionCode {code} billing"),
            value.billing(),
            billing,
        );
        d.check(
            format_args!("IntentionCode {code} section"),
            value.section().map(ToString::to_string).as_deref(),
            Some("意愿核身返回码"),
        );
    }
    d.finish();
}

fn check_nfc_rows<E: ErrorCode<Code = i64>>(
    d: &mut Disagreements,
    rows: &[(&[i64], &str, &str, &str)],
    path: &str,
) {
    let name = E::CODE_SPACE.name;
    for &(codes, cell, message, remedy) in rows {
        let first = E::from_code(&codes[0]);
        for &code in codes {
            let value = E::from_code(&code);
            d.check(
                format_args!("{name} {code} message"),
                value.message(),
                message,
            );
            d.check(
                format_args!("{name} {code} remedy"),
                value.remedy(),
                Some(remedy),
            );
            // No 是否收费 column in the NFC tables.
            d.check(
                format_args!("{name} {code} billing"),
                value.billing(),
                Billing::Unspecified,
            );
            d.check(
                format_args!("{name} {code} section"),
                value.section().map(ToString::to_string).as_deref(),
                Some(path),
            );
            // The codes of one cell share one row.
            d.check(
                format_args!("{name} {code} shares the row of {}", codes[0]),
                value.row(),
                first.row(),
            );
            let as_written = (codes.len() > 1).then_some(cell);
            d.check(
                format_args!("{name} {code} as_written"),
                value.entry().and_then(|e| e.as_written),
                as_written,
            );
        }
    }
}

#[test]
fn nfc_rows_match_the_document() {
    let mut d = Disagreements::default();
    check_nfc_rows::<NfcServerCode>(
        &mut d,
        NFC_SERVER_ROWS,
        "实证 NFC 返回码 > 实证 NFC 服务端返回码",
    );
    check_nfc_rows::<NfcTerminalCode>(
        &mut d,
        NFC_TERMINAL_ROWS,
        "实证 NFC 返回码 > 实证 NFC 终端返回码",
    );
    d.finish();
}

#[test]
fn riskinfo_levels_match_the_document() {
    // deviceInfoLevel: 0、1、2 low risk; 3、4 high risk, intercepted.
    let low = DeviceInfoLevel::from(0);
    let high = DeviceInfoLevel::from(3);
    for level in 0..=2 {
        let value = DeviceInfoLevel::from(level);
        assert_eq!(value.row(), low.row());
        assert_eq!(value.range(), Some(0..=2));
    }
    for level in 3..=4 {
        let value = DeviceInfoLevel::from(level);
        assert_eq!(value.row(), high.row());
        assert_eq!(value.range(), Some(3..=4));
    }
    assert_ne!(low.row(), high.row());
    for value in [low, high] {
        assert_eq!(value.description(), Some(DEVICE_INFO_LEVEL_CELL));
        assert_eq!(
            value.section().unwrap().to_string(),
            "增强级 riskinfo 返回码说明"
        );
        assert!(
            DEVICE_INFO_LEVEL_CELL.contains(value.message()),
            "{}",
            value.message()
        );
    }
    assert!(DeviceInfoLevel::from(4).message().contains("会进行拦截"));
    assert!(!DeviceInfoLevel::from(2).message().contains("拦截"));

    // riskInfoLevel: 0、1、2、3、4 lower risk; 5 high risk, intercepted.
    let lower = RiskInfoLevel::from(0);
    let high = RiskInfoLevel::from(5);
    for level in 0..=4 {
        let value = RiskInfoLevel::from(level);
        assert_eq!(value.row(), lower.row());
        assert_eq!(value.range(), Some(0..=4));
    }
    assert_eq!(high.range(), Some(5..=5));
    assert_ne!(lower.row(), high.row());
    for value in [lower, high] {
        assert_eq!(value.description(), Some(RISK_INFO_LEVEL_CELL));
        assert_eq!(
            value.section().unwrap().to_string(),
            "增强级 riskinfo 返回码说明"
        );
        assert!(
            RISK_INFO_LEVEL_CELL.contains(value.message()),
            "{}",
            value.message()
        );
    }
    assert!(RiskInfoLevel::from(5).message().contains("会进行拦截"));
    assert!(!RiskInfoLevel::from(4).message().contains("拦截"));

    // VARIANTS: one per class, holding the class's first value; together every value.
    let covered = |variants: &[DeviceInfoLevel]| -> Vec<i64> {
        variants.iter().flat_map(|v| v.range().unwrap()).collect()
    };
    assert_eq!(covered(DeviceInfoLevel::VARIANTS), [0, 1, 2, 3, 4]);
    let covered: Vec<i64> = RiskInfoLevel::VARIANTS
        .iter()
        .flat_map(|v| v.range().unwrap())
        .collect();
    assert_eq!(covered, [0, 1, 2, 3, 4, 5]);
}

#[test]
fn risk_tags_match_the_document() {
    let mut d = Disagreements::default();
    let path = "增强级命中高风险客户风险标签说明 > 设备维度风险标签 deviceInfotag 说明";
    for &(codes, cell, message) in DEVICE_TAG_ROWS {
        let first = DeviceRiskTag::from(codes[0]);
        for &code in codes {
            let value = DeviceRiskTag::from(code);
            d.check(
                format_args!("DeviceRiskTag {code} message"),
                value.message(),
                message,
            );
            d.check(
                format_args!("DeviceRiskTag {code} section"),
                value.section().map(ToString::to_string).as_deref(),
                Some(path),
            );
            d.check(
                format_args!("DeviceRiskTag {code} shares the row of {}", codes[0]),
                value.row(),
                first.row(),
            );
            d.check(
                format_args!("DeviceRiskTag {code} as_written"),
                value.entry().and_then(|e| e.as_written),
                (codes.len() > 1).then_some(cell),
            );
        }
    }
    for &(codes, cell, message) in IDENTITY_TAG_ROWS {
        let first = IdentityRiskTag::from(codes[0]);
        for &code in codes {
            let value = IdentityRiskTag::from(code);
            d.check(
                format_args!("IdentityRiskTag {code} message"),
                value.message(),
                message,
            );
            d.check(
                format_args!("IdentityRiskTag {code} section"),
                value.section().map(ToString::to_string).as_deref(),
                Some("身份维度风险标签 riskInfotag 说明"),
            );
            d.check(
                format_args!("IdentityRiskTag {code} shares the row of {}", codes[0]),
                value.row(),
                first.row(),
            );
            d.check(
                format_args!("IdentityRiskTag {code} as_written"),
                value.entry().and_then(|e| e.as_written),
                Some(cell),
            );
        }
    }
    d.finish();
    // The note row of the device table explains 8000.
    assert_eq!(
        DeviceRiskTag::from(8000).description(),
        Some(DEVICE_TAG_NOTE)
    );
}

// ---------------------------------------------------------------------------
// 3. Spot checks

#[test]
fn spot_checks_of_punctuation_and_aliases() {
    // 1. SDK 999999: full-width comma.
    assert_eq!(SdkCode::from(999_999).message(), "网络不给力，请稍后重试");
    // 2. NFC server 66664006 and 66664007: half-width comma.
    assert_eq!(
        NfcServerCode::from(66_664_006).message(),
        "网络不给力,请稍后重试"
    );
    assert_eq!(
        NfcServerCode::from(66_664_007).message(),
        "网络不给力,请稍后重试"
    );
    assert_eq!(
        NfcServerCode::from(66_664_006).remedy(),
        Some("联系技术支持")
    );
    // 3. NFC terminal 600104 and 600105: full-width; 66664022: half-width.
    assert_eq!(
        NfcTerminalCode::from(600_104).message(),
        "网络不给力，请稍后重试"
    );
    assert_eq!(
        NfcTerminalCode::from(600_105).message(),
        "网络不给力，请重试"
    );
    assert_eq!(
        NfcTerminalCode::from(66_664_022).message(),
        "网络不给力,请稍后重试"
    );
    // 4. 66664027/66664029: one row, half-width comma.
    let alias = NfcTerminalCode::from(66_664_029);
    assert_eq!(alias.message(), "网络不给力,请稍后重试");
    assert_eq!(alias.remedy(), Some("网络服务异常，联系客服"));
    assert_eq!(alias.entry().unwrap().as_written, Some("66664027/66664029"));
    assert_eq!(alias.entry(), NfcTerminalCode::from(66_664_027).entry());
    assert_ne!(alias, NfcTerminalCode::from(66_664_027));
    // 5. SDK 66660041: the cell's leading tab is not part of the message.
    assert_eq!(
        SdkCode::from(66_660_041).message(),
        "脸部有遮挡或闭眼，请重试"
    );
    // 6. Lenticular brackets.
    assert_eq!(
        SdkCode::from(400_600).message(),
        "【微信】下载视频失败，请重试"
    );
    // 7. Full-width parentheses.
    assert_eq!(
        SdkCode::from(400_103).message(),
        "IP 未加入白名单列表（请线下联系技术支持进行配置）"
    );
    assert_eq!(
        WechatCode::from(1003).message(),
        "视频实人（真人）检测未通过"
    );
    // 8. The longest WeChat message.
    assert_eq!(
        WechatCode::from(204).message(),
        "当前公众号/小程序未完成对慧眼授权，请参照慧眼接入文档进行扫码授权"
    );
    // 9. ASCII “6s” inside the message.
    assert_eq!(
        WechatCode::from(1107).message(),
        "视频为空，或大小不合适，请控制录制时长在6s左右"
    );
    // 10. 2009 and 2014: the same message, two rows.
    assert_eq!(
        WechatCode::from(2009).message(),
        "传入图片分辨率太低，请重新上传"
    );
    assert_eq!(
        WechatCode::from(2014).message(),
        "传入图片分辨率太低，请重新上传"
    );
    assert_ne!(WechatCode::from(2009).row(), WechatCode::from(2014).row());
}

#[test]
fn spot_checks_of_remedies_tags_and_levels() {
    // 11. 意愿核身 66666006: remedy, billed.
    let answer = IntentionCode::from(66_666_006);
    assert_eq!(answer.message(), "意愿表达结果不正确");
    assert_eq!(
        answer.remedy(),
        Some("用户回答音频 asr 识别和标准答案不一致")
    );
    assert_eq!(answer.billing(), Charged);
    assert_eq!(IntentionCode::from(66_666_004).billing(), Free);
    // 12. NFC server success with its remedy.
    assert_eq!(NfcServerCode::from(0).message(), "请求成功");
    assert_eq!(
        NfcServerCode::from(0).remedy(),
        Some("相同的 reqId 有效期为5分钟，有效期内重复查询不重复计费")
    );
    // 13. Device tag 8000 and its note.
    assert_eq!(
        DeviceRiskTag::from(8000).message(),
        "设备存在异常篡改信息行为，该标签支持 Android 和 iOS 系统"
    );
    assert_eq!(
        DeviceRiskTag::from(8000).description(),
        Some("说明：8000的含义包括了如 IMEI 篡改、OAID 篡改、IMSI 篡改及频繁修改设备参数行为")
    );
    // 14. Device tag 3 (written “5012、3”).
    assert_eq!(
        DeviceRiskTag::from(3).message(),
        "疑似模拟器，该标签支持 Android 和 iOS 系统"
    );
    assert_eq!(
        DeviceRiskTag::from(3).entry().unwrap().as_written,
        Some("5012、3")
    );
    assert_eq!(
        DeviceRiskTag::from(5001).entry().unwrap().as_written,
        Some("202、5001")
    );
    // 15. Identity tags.
    assert_eq!(IdentityRiskTag::from(19).message(), "综合业务风险");
    assert_eq!(IdentityRiskTag::from(2).message(), "攻击风险");
    assert_eq!(IdentityRiskTag::from(18).message(), "攻击风险");
    assert_eq!(IdentityRiskTag::from(6).message(), "综合业务风险");
    // 16. Risk levels.
    assert_eq!(DeviceInfoLevel::from(3).message(), "高风险设备，会进行拦截");
    assert_eq!(RiskInfoLevel::from(5).message(), "高风险，会进行拦截");
    // 17. WeChat 15.
    assert_eq!(WechatCode::from(15).message(), "token 过期，请重试");
    // 18. NFC terminal 600100 remedy (no space in “iOS14.5”).
    assert_eq!(
        NfcTerminalCode::from(600_100).remedy(),
        Some("NFC 读取居民身份证需要 iPhone 7 及以上，iOS14.5 及以上")
    );
    // 19. 600106 precedes 600105 in the document; both are known.
    assert_eq!(
        NfcTerminalCode::from(600_106).message(),
        "初始化失败，请重试"
    );
    assert_eq!(
        NfcTerminalCode::from(600_106).remedy(),
        Some("Android 特有")
    );
    // 20. SDK -5023.
    assert_eq!(SdkCode::from(-5023).message(), "光线太强，请到室内识别");
    // 21. 400506: 请稍后再试 (not 请稍后重试).
    assert_eq!(SdkCode::from(400_506).message(), "请求频率过高，请稍后再试");
    assert_eq!(
        NfcServerCode::from(66_664_003).message(),
        "请求频率过高，请稍后重试"
    );
}

// ---------------------------------------------------------------------------
// 3. Billing

#[test]
fn billing_follows_the_column() {
    // 是 = Charged.
    for code in [0, 2006, 2016] {
        assert_eq!(
            WechatCode::from(code).billing(),
            Charged,
            "WechatCode {code}"
        );
        assert!(WechatCode::from(code).is_billable());
    }
    for code in [0, 66_660_004, 66_660_010] {
        assert_eq!(SdkCode::from(code).billing(), Charged, "SdkCode {code}");
    }
    assert_eq!(IntentionCode::from(66_666_006).billing(), Charged);
    // 否 = Free.
    for code in [
        1, 4, 17, 201, 303, 1001, 1109, 1210, 1303, 2001, 2008, 2017, 2018,
    ] {
        assert_eq!(WechatCode::from(code).billing(), Free, "WechatCode {code}");
        assert!(!WechatCode::from(code).is_billable());
    }
    for code in [-5008, 999_999, 66_660_000, 66_665_001, 400_506, 400_601] {
        assert_eq!(SdkCode::from(code).billing(), Free, "SdkCode {code}");
    }
    // Exactly the 是 rows are billed.
    let charged = |codes: Vec<(i64, Billing)>| -> Vec<i64> {
        codes
            .into_iter()
            .filter(|&(_, b)| b == Charged)
            .map(|(c, _)| c)
            .collect()
    };
    assert_eq!(
        charged(
            WechatCode::VARIANTS
                .iter()
                .map(|v| (v.code(), v.billing()))
                .collect()
        ),
        [0, 2006, 2016]
    );
    assert_eq!(
        charged(
            SdkCode::VARIANTS
                .iter()
                .map(|v| (v.code(), v.billing()))
                .collect()
        ),
        [0, 66_660_004, 66_660_010]
    );
    assert_eq!(
        charged(
            IntentionCode::VARIANTS
                .iter()
                .map(|v| (v.code(), v.billing()))
                .collect()
        ),
        [66_666_006]
    );
}

#[test]
fn billing_changed_on_2021_07_19() {
    let before = day_before_change();
    let after = change_day();
    let long_before = Date::new(2020, 1, 1).unwrap();
    let later = Date::new(2024, 1, 1).unwrap();
    // 2007 and 2009..=2015: Charged before 2021-07-19, Free on and after it.
    for code in CHANGED_ON_2021_07_19 {
        let value = WechatCode::from(code);
        assert_eq!(value.billing_on(long_before), Charged, "{code}");
        assert_eq!(value.billing_on(before), Charged, "{code}");
        assert_eq!(value.billing_on(after), Free, "{code}");
        assert_eq!(value.billing_on(later), Free, "{code}");
        assert_eq!(value.billing(), Free, "{code}");
    }
    // 2006 and 2016 stay Charged; 2008 stays Free.
    for code in [2006, 2016] {
        let value = WechatCode::from(code);
        for date in [long_before, before, after, later] {
            assert_eq!(value.billing_on(date), Charged, "{code}");
        }
    }
    for date in [long_before, before, after, later] {
        assert_eq!(WechatCode::from(2008).billing_on(date), Free);
    }
    // Only those eight codes have a billing history.
    let with_history: Vec<i64> = WechatCode::VARIANTS
        .iter()
        .filter(|v| !v.entry().unwrap().billing_history.is_empty())
        .map(WechatCode::code)
        .collect();
    assert_eq!(with_history, CHANGED_ON_2021_07_19);
}

#[test]
fn tables_without_a_billing_column_are_unspecified() {
    fn all_unspecified<E: ErrorCode + Debug>() {
        for value in E::VARIANTS {
            assert_eq!(value.billing(), Billing::Unspecified, "{value:?}");
            assert!(!value.is_billable());
            assert!(value.entry().unwrap().billing_history.is_empty());
            for date in dates() {
                assert_eq!(value.billing_on(date), Billing::Unspecified, "{value:?}");
            }
        }
    }
    // 实证 NFC tables: 返回码, 返回信息, 处理措施 only. NFC server 0 mentions 计费 in its
    // remedy (不重复计费) but the document has no 是否收费 cell for it.
    all_unspecified::<NfcServerCode>();
    all_unspecified::<NfcTerminalCode>();
    // riskinfo levels and tags.
    all_unspecified::<DeviceInfoLevel>();
    all_unspecified::<RiskInfoLevel>();
    all_unspecified::<DeviceRiskTag>();
    all_unspecified::<IdentityRiskTag>();
}

// ---------------------------------------------------------------------------
// 3. Success and retry classes

#[test]
fn success_codes() {
    fn successes<E: ErrorCode<Code = i64>>() -> Vec<i64> {
        E::VARIANTS
            .iter()
            .filter(|v| v.is_success())
            .map(|v| *v.code())
            .collect()
    }
    assert_eq!(successes::<WechatCode>(), [0]); // 成功
    assert_eq!(successes::<SdkCode>(), [0]); // 认证通过
    assert_eq!(successes::<NfcServerCode>(), [0]); // 请求成功
    assert_eq!(successes::<NfcTerminalCode>(), [0]); // 识别成功
    assert!(successes::<IntentionCode>().is_empty());
    assert!(successes::<DeviceInfoLevel>().is_empty());
    assert!(successes::<RiskInfoLevel>().is_empty());
    assert!(successes::<DeviceRiskTag>().is_empty());
    assert!(successes::<IdentityRiskTag>().is_empty());
    assert!(!WechatCode::from(14).is_success()); // 本次校验已完成 is not a success code
}

#[test]
fn retry_classes_of_clear_cases() {
    // 请求频率过高: throttled.
    assert_eq!(SdkCode::from(400_506).retry(), Retry::Throttled);
    assert!(SdkCode::from(400_506).is_retryable());
    assert_eq!(NfcServerCode::from(66_664_003).retry(), Retry::Throttled);
    // token 过期: refresh credentials.
    assert_eq!(WechatCode::from(15).retry(), Retry::RefreshCredentials);
    assert!(!WechatCode::from(15).is_retryable());
    // The end user must act: face covered or eyes closed, light, face position, card moved.
    assert_eq!(SdkCode::from(66_660_041).retry(), Retry::UserAction);
    assert!(!SdkCode::from(66_660_041).is_retryable());
    assert_eq!(SdkCode::from(-5023).retry(), Retry::UserAction);
    for code in [1201, 1202, 1203, 1204, 1205, 1206] {
        assert_eq!(WechatCode::from(code).retry(), Retry::UserAction, "{code}");
    }
    assert_eq!(NfcTerminalCode::from(66_664_020).retry(), Retry::UserAction);
    // Parameter errors: never.
    assert_eq!(WechatCode::from(1).retry(), Retry::Never); // 缺少参数
    assert_eq!(WechatCode::from(2).retry(), Retry::Never); // 参数有误
    assert_eq!(SdkCode::from(66_660_000).retry(), Retry::Never); // 请求参数异常
    assert_eq!(SdkCode::from(66_660_015).retry(), Retry::Never); // 格式不正确
    assert_eq!(NfcTerminalCode::from(600_102).retry(), Retry::Never); // 请校验参数
    assert_eq!(NfcServerCode::from(66_664_004).retry(), Retry::Never); // 请校验参数
    assert!(!WechatCode::from(2).is_retryable());
    // 请稍后重试 on a system / network failure: transient.
    for code in [8, 10, 11] {
        assert_eq!(WechatCode::from(code).retry(), Retry::Transient, "{code}");
        assert!(WechatCode::from(code).is_retryable());
    }
    assert_eq!(SdkCode::from(999_999).retry(), Retry::Transient);
    assert!(SdkCode::from(999_999).is_retryable());
    for code in [66_664_006, 66_664_007] {
        assert_eq!(
            NfcServerCode::from(code).retry(),
            Retry::Transient,
            "{code}"
        );
    }
    for code in [600_104, 66_664_022, 66_664_027, 66_664_029] {
        assert_eq!(
            NfcTerminalCode::from(code).retry(),
            Retry::Transient,
            "{code}"
        );
    }
    // 请稍后再试 on an upstream failure or maintenance: transient.
    assert_eq!(WechatCode::from(2008).retry(), Retry::Transient);
    assert_eq!(WechatCode::from(2017).retry(), Retry::Transient);
    // Risk levels and tags are classifications, not failures.
    assert!(DeviceInfoLevel::VARIANTS
        .iter()
        .all(|v| v.retry() == Retry::Never));
    assert!(RiskInfoLevel::VARIANTS
        .iter()
        .all(|v| v.retry() == Retry::Never));
    assert!(DeviceRiskTag::VARIANTS
        .iter()
        .all(|v| v.retry() == Retry::Never));
    assert!(IdentityRiskTag::VARIANTS
        .iter()
        .all(|v| v.retry() == Retry::Never));
}
