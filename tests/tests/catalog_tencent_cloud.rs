//! Catalog test of `specs/tencent_cloud.yaml` against its sources:
//!
//! - `CommonErrorCode`: the Tencent Cloud API 3.0 public error codes (公共错误码), the same
//!   table on every product's 错误码 page, e.g. <https://cloud.tencent.com/document/api/1552/73162>.
//!   Rows 1-25 were read on the vendor's pages. The 13 rows after them
//!   (`RequestLimitExceeded.UinLimitExceeded` .. `UnsupportedRegion`) were taken from copies
//!   of the page: codes and wording from the vendor's practice page
//!   <https://cloud.tencent.com/document/practice/1125/62772>, punctuation from three public
//!   verbatim copies of the table that agree. They are second-hand until compared with the
//!   live page.
//! - `FaceidErrorCode`: the vendor's Go SDK, `tencentcloud/faceid/v20180301/errors.go` of
//!   TencentCloud/tencentcloud-sdk-go at commit ebc5b3d9c59234b53f22aa03586c3f3bc1937303
//!   (each constant's comment is the message, its value the code, in file order):
//!   <https://github.com/TencentCloud/tencentcloud-sdk-go/blob/ebc5b3d9c59234b53f22aa03586c3f3bc1937303/tencentcloud/faceid/v20180301/errors.go>.
//!
//! Every expected code and message below is transcribed from those sources, not from the
//! spec. Retry classes are our judgement (explained in the spec's comments); the spot checks
//! below pin the ones the design relies on.

use errcodes::tencent_cloud::{CommonErrorCode, FaceidErrorCode};
use errcodes::{Billing, ErrorCode, Retry};

mod common;

use common::{census, dates, Disagreements};

/// 公共错误码 (38 rows): (错误码, 说明), in the page's order.
const COMMON_ROWS: &[(&str, &str)] = &[
    ("ActionOffline", "接口已下线。"),
    ("AuthFailure.InvalidAuthorization", "请求头部的 Authorization 不符合腾讯云标准。"),
    ("AuthFailure.InvalidSecretId", "密钥非法（不是云 API 密钥类型）。"),
    ("AuthFailure.MFAFailure", "MFA 错误。"),
    ("AuthFailure.SecretIdNotFound", "密钥不存在。请在 控制台 检查密钥是否已被删除或者禁用，如状态正常，请检查密钥是否填写正确，注意前后不得有空格。"),
    ("AuthFailure.SignatureExpire", "签名过期。Timestamp 和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。"),
    ("AuthFailure.SignatureFailure", "签名错误。签名计算错误，请对照调用方式中的签名方法文档检查签名计算过程。"),
    ("AuthFailure.TokenFailure", "token 错误。"),
    ("AuthFailure.UnauthorizedOperation", "请求未授权。请参考 CAM 文档对鉴权的说明。"),
    ("DryRunOperation", "DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。"),
    ("FailedOperation", "操作失败。"),
    ("InternalError", "内部错误。"),
    ("InvalidAction", "接口不存在。"),
    ("InvalidParameter", "参数错误（包括参数格式、类型等错误）。"),
    ("InvalidParameterValue", "参数取值错误。"),
    ("InvalidRequest", "请求 body 的 multipart 格式错误。"),
    ("IpInBlacklist", "IP 地址在黑名单中。"),
    ("IpNotInWhitelist", "IP 地址不在白名单中。"),
    ("LimitExceeded", "超过配额限制。"),
    ("MissingParameter", "缺少参数。"),
    ("NoSuchProduct", "产品不存在"),
    ("NoSuchVersion", "接口版本不存在。"),
    ("RequestLimitExceeded", "请求的次数超过了频率限制。"),
    ("RequestLimitExceeded.GlobalRegionUinLimitExceeded", "主账号超过频率限制。"),
    ("RequestLimitExceeded.IPLimitExceeded", "IP 限频。"),
    ("RequestLimitExceeded.UinLimitExceeded", "主账号限频。"),
    ("RequestSizeLimitExceeded", "请求包超过限制大小。"),
    ("ResourceInUse", "资源被占用。"),
    ("ResourceInsufficient", "资源不足。"),
    ("ResourceNotFound", "资源不存在。"),
    ("ResourceUnavailable", "资源不可用。"),
    ("ResponseSizeLimitExceeded", "返回包超过限制大小。"),
    ("ServiceUnavailable", "当前服务暂时不可用。"),
    ("UnauthorizedOperation", "未授权操作。"),
    ("UnknownParameter", "未知参数错误，用户多传未定义的参数会导致错误。"),
    ("UnsupportedOperation", "操作不支持。"),
    ("UnsupportedProtocol", "http(s) 请求协议错误，只支持 GET 和 POST 请求。"),
    ("UnsupportedRegion", "接口不支持所传地域。"),
];

/// The rows of `COMMON_ROWS` read on the vendor's pages; the rest were taken from copies.
const COMMON_ROWS_READ_ON_THE_PAGE: usize = 25;

/// errors.go (87 constants): (code, the constant's comment), in file order.
const FACEID_ROWS: &[(&str, &str)] = &[
    ("AuthFailure.InvalidAuthorization", "CAM签名/鉴权错误。"),
    ("FailedOperation.ActionCloseEye", "未检测到闭眼动作。"),
    ("FailedOperation.ActionFaceClose", "脸离屏幕太近。"),
    ("FailedOperation.ActionFaceFar", "脸离屏幕太远。"),
    ("FailedOperation.ActionFaceLeft", "脸离屏幕太左。"),
    ("FailedOperation.ActionFaceRight", "脸离屏幕太右。"),
    ("FailedOperation.ActionFirstAction", "未检测到动作配合。"),
    ("FailedOperation.ActionLightDark", "光线太暗。"),
    ("FailedOperation.ActionLightStrong", "光线太强。"),
    ("FailedOperation.ActionNodetectFace", "未能检测到完整人脸。"),
    ("FailedOperation.ActionOpenMouth", "未检测到张嘴动作。"),
    ("FailedOperation.CompareFail", "比对失败。"),
    (
        "FailedOperation.CompareLowSimilarity",
        "比对相似度未达到通过标准。",
    ),
    (
        "FailedOperation.CompareSystemError",
        "调用比对引擎接口出错。",
    ),
    ("FailedOperation.DbError", "数据库异常。"),
    ("FailedOperation.DecryptSystemError", "解密失败。"),
    ("FailedOperation.DownLoadError", "文件下载失败。"),
    ("FailedOperation.DownLoadTimeoutError", "文件下载超时。"),
    ("FailedOperation.EmptyImageError", "图片内容为空。"),
    ("FailedOperation.EncryptSystemError", "加密失败。"),
    (
        "FailedOperation.FileSaveError",
        "文件存储失败，请稍后重试。",
    ),
    ("FailedOperation.IdFormatError", "输入的身份证号有误。"),
    (
        "FailedOperation.IdNameMisMatch",
        "姓名和身份证号不一致，请核实后重试。",
    ),
    (
        "FailedOperation.IdNoExistSystem",
        "库中无此号，请到户籍所在地进行核实。",
    ),
    (
        "FailedOperation.IdPhotoNoExist",
        "库中无此号照片，请到户籍所在地进行核实。",
    ),
    (
        "FailedOperation.IdPhotoPoorQuality",
        "证件图片分辨率太低，请重新上传。",
    ),
    (
        "FailedOperation.IdPhotoSystemNoanswer",
        "客户库自建库或认证中心返照失败，请稍后再试。",
    ),
    ("FailedOperation.ImageBlur", "图片模糊。"),
    ("FailedOperation.ImageDecodeFailed", "图片解码失败。"),
    ("FailedOperation.ImageNoIdCard", "图片中未检测到身份证。"),
    ("FailedOperation.ImageSizeTooLarge", "图片尺寸过大。"),
    ("FailedOperation.LifePhotoDetectFaces", "检测到多张人脸。"),
    ("FailedOperation.LifePhotoDetectFake", "实人比对没通过。"),
    (
        "FailedOperation.LifePhotoDetectNoFaces",
        "未能检测到完整人脸。",
    ),
    (
        "FailedOperation.LifePhotoPoorQuality",
        "传入图片分辨率太低，请重新上传。",
    ),
    ("FailedOperation.LifePhotoSizeError", "传入图片过大或过小。"),
    ("FailedOperation.LipFaceIncomplete", "脸部未完整露出。"),
    ("FailedOperation.LipMoveSmall", "嘴唇动作幅度过小。"),
    ("FailedOperation.LipNetFailed", "视频拉取失败，请重试。"),
    (
        "FailedOperation.LipSizeError",
        "视频为空，或大小不合适，请控制录制时长在6s左右。",
    ),
    ("FailedOperation.LipVideoInvalid", "视频格式有误。"),
    ("FailedOperation.LipVideoQuaility", "视频像素太低。"),
    ("FailedOperation.LipVoiceDetect", "未检测到声音。"),
    ("FailedOperation.LipVoiceLow", "视频声音太小。"),
    ("FailedOperation.LipVoiceRecognize", "声音识别失败。"),
    (
        "FailedOperation.LivessBestFrameError",
        "人脸检测失败，无法提取比对照。",
    ),
    ("FailedOperation.LivessDetectFail", "活体检测没通过。"),
    ("FailedOperation.LivessDetectFake", "疑似非真人录制。"),
    (
        "FailedOperation.LivessSystemError",
        "调用活体引擎接口出错。",
    ),
    ("FailedOperation.LivessUnknownError", "视频实人检测没通过。"),
    ("FailedOperation.NameFormatError", "输入的姓名有误。"),
    ("FailedOperation.OcrFailed", "Ocr识别失败。"),
    ("FailedOperation.RequestLimitExceeded", "调用次数超出限制。"),
    ("FailedOperation.SilentDetectFail", "实人检测失败。"),
    ("FailedOperation.SilentEyeLiveFail", "眼睛检测失败。"),
    ("FailedOperation.SilentFaceDetectFail", "视频未检测到人脸。"),
    (
        "FailedOperation.SilentFaceQualityFail",
        "视频中人脸质量低。",
    ),
    ("FailedOperation.SilentFaceWithMaskFail", "检测到带口罩。"),
    ("FailedOperation.SilentMouthLiveFail", "嘴巴检测失败。"),
    (
        "FailedOperation.SilentMultiFaceFail",
        "视频检测中有多个人脸。",
    ),
    ("FailedOperation.SilentPictureLiveFail", "疑似翻拍。"),
    (
        "FailedOperation.SilentThreshold",
        "实人检测未达到通过标准。",
    ),
    (
        "FailedOperation.SilentTooShort",
        "视频录制时间过短，请录制2秒以上的视频。",
    ),
    ("FailedOperation.StsUnAuthErrError", "STS未授权。"),
    ("FailedOperation.UnKnown", "内部未知错误。"),
    (
        "FailedOperation.UnregisteredEid",
        "该用户未注册E证通，请先注册并跟权威库核验。",
    ),
    ("FailedOperation.VerificationFail", "认证不通过。"),
    ("InternalError", "内部错误。"),
    ("InternalError.EncryptSystemError", "加密失败。"),
    ("InternalError.UnKnown", "内部未知错误。"),
    ("InvalidParameter", "参数错误。"),
    ("InvalidParameter.RuleId", "RuleId不存在。"),
    (
        "InvalidParameter.UnsupportEncryptField",
        "存在不加密的字段，请参考文档修改。",
    ),
    ("InvalidParameterValue", "参数取值错误。"),
    ("InvalidParameterValue.BizTokenExpired", "BizToken过期。"),
    ("InvalidParameterValue.BizTokenIllegal", "BizToken不合法。"),
    (
        "InvalidParameterValue.RuleIdDisabled",
        "该ruleid已被您停用，请确认后重试。",
    ),
    (
        "InvalidParameterValue.RuleIdNotExist",
        "RuleId不存在，请到人脸核身控制台申请。",
    ),
    ("RequestLimitExceeded", "请求的次数超过了频率限制。"),
    ("UnauthorizedOperation", "未授权操作。"),
    ("UnauthorizedOperation.ActivateError", "服务开通异常。"),
    ("UnauthorizedOperation.Activating", "服务开通中。"),
    ("UnauthorizedOperation.Arrears", "帐号已欠费。"),
    (
        "UnauthorizedOperation.ChargeStatusException",
        "计费状态异常。",
    ),
    ("UnauthorizedOperation.NonAuthorize", "账号未实名。"),
    ("UnauthorizedOperation.Nonactivated", "未开通服务。"),
    ("UnsupportedOperation", "操作不支持。"),
];

#[test]
fn rows_and_codes_match_the_sources() {
    assert_eq!(COMMON_ROWS.len(), 38);
    assert_eq!(FACEID_ROWS.len(), 87);
    assert_eq!(CommonErrorCode::VARIANTS.len(), 38);
    assert_eq!(FaceidErrorCode::VARIANTS.len(), 87);
    assert_eq!(
        census::<CommonErrorCode>(),
        [("错误码列表 > 公共错误码".to_owned(), 38, 38)]
    );
    let sections: Vec<(String, usize, usize)> = census::<FaceidErrorCode>();
    let total: usize = sections.iter().map(|(_, rows, _)| rows).sum();
    assert_eq!(total, 87);
    assert!(sections
        .iter()
        .all(|(title, ..)| title.starts_with("此产品的特有错误码 > ")));
}

#[test]
fn variants_follow_the_sources_order() {
    let codes: Vec<&str> = CommonErrorCode::VARIANTS
        .iter()
        .map(CommonErrorCode::code)
        .collect();
    let rows: Vec<&str> = COMMON_ROWS.iter().map(|row| row.0).collect();
    assert_eq!(codes, rows);
    let codes: Vec<&str> = FaceidErrorCode::VARIANTS
        .iter()
        .map(FaceidErrorCode::code)
        .collect();
    let rows: Vec<&str> = FACEID_ROWS.iter().map(|row| row.0).collect();
    assert_eq!(codes, rows);
}

#[test]
fn every_row_matches_its_source() {
    let mut d = Disagreements::default();
    for (index, &(code, message)) in COMMON_ROWS.iter().enumerate() {
        let value = CommonErrorCode::from_code(code);
        let second_hand = if index < COMMON_ROWS_READ_ON_THE_PAGE {
            ""
        } else {
            " (from copies of the page)"
        };
        d.check(
            format_args!("CommonErrorCode {code} known{second_hand}"),
            value.is_unknown(),
            false,
        );
        d.check(
            format_args!("CommonErrorCode {code} code"),
            value.code(),
            code,
        );
        d.check(
            format_args!("CommonErrorCode {code} message{second_hand}"),
            value.message(),
            message,
        );
        d.check(
            format_args!("CommonErrorCode {code} billing"),
            value.billing(),
            Billing::Unspecified,
        );
        for date in dates() {
            d.check(
                format_args!("CommonErrorCode {code} billing on {date}"),
                value.billing_on(date),
                Billing::Unspecified,
            );
        }
        d.check(
            format_args!("CommonErrorCode {code} success"),
            value.is_success(),
            false,
        );
        d.check(
            format_args!("CommonErrorCode {code} has English"),
            value.message_en().is_some(),
            true,
        );
    }
    for &(code, message) in FACEID_ROWS {
        let value = FaceidErrorCode::from_code(code);
        d.check(
            format_args!("FaceidErrorCode {code} known"),
            value.is_unknown(),
            false,
        );
        d.check(
            format_args!("FaceidErrorCode {code} code"),
            value.code(),
            code,
        );
        d.check(
            format_args!("FaceidErrorCode {code} message"),
            value.message(),
            message,
        );
        d.check(
            format_args!("FaceidErrorCode {code} billing"),
            value.billing(),
            Billing::Unspecified,
        );
        d.check(
            format_args!("FaceidErrorCode {code} success"),
            value.is_success(),
            false,
        );
        // The subsection is the code's first segment (our grouping of the file).
        let group = code.split('.').next().unwrap();
        d.check(
            format_args!("FaceidErrorCode {code} section"),
            value.section().map(ToString::to_string),
            Some(format!("此产品的特有错误码 > {group}")),
        );
    }
    d.finish();
}

#[test]
fn variant_names_are_the_codes_without_dots() {
    for value in CommonErrorCode::VARIANTS {
        assert_eq!(value.name(), value.code().replace('.', ""));
    }
    for value in FaceidErrorCode::VARIANTS {
        assert_eq!(value.name(), value.code().replace('.', ""));
    }
}

#[test]
fn retry_classes_the_clients_rely_on() {
    use CommonErrorCode as C;
    use FaceidErrorCode as F;
    assert_eq!(C::RequestLimitExceeded.retry(), Retry::Throttled);
    assert_eq!(
        C::RequestLimitExceededIPLimitExceeded.retry(),
        Retry::Throttled
    );
    assert_eq!(C::InternalError.retry(), Retry::Transient);
    assert_eq!(C::ServiceUnavailable.retry(), Retry::Transient);
    assert_eq!(
        C::AuthFailureSignatureExpire.retry(),
        Retry::RefreshCredentials
    );
    assert_eq!(
        C::AuthFailureTokenFailure.retry(),
        Retry::RefreshCredentials
    );
    assert_eq!(C::AuthFailureSignatureFailure.retry(), Retry::Never);
    assert_eq!(C::InvalidParameter.retry(), Retry::Never);
    assert_eq!(C::DryRunOperation.retry(), Retry::Never);
    assert_eq!(F::RequestLimitExceeded.retry(), Retry::Throttled);
    assert_eq!(F::InternalErrorUnKnown.retry(), Retry::Transient);
    assert_eq!(F::FailedOperationActionFaceClose.retry(), Retry::UserAction);
    assert_eq!(F::FailedOperationCompareLowSimilarity.retry(), Retry::Never);
    assert_eq!(
        F::InvalidParameterValueBizTokenExpired.retry(),
        Retry::RefreshCredentials
    );
}

#[test]
fn unknown_codes_are_kept_and_classified_by_their_ancestor() {
    let new = CommonErrorCode::from_code("InternalError.Whatever");
    assert!(new.is_unknown());
    assert_eq!(new.code(), "InternalError.Whatever");
    assert_eq!(new.retry(), Retry::Transient);
    assert_eq!(new.ancestor(), Some(CommonErrorCode::InternalError));
    let limit = CommonErrorCode::from_code("RequestLimitExceeded.NewLimit");
    assert_eq!(limit.retry(), Retry::Throttled);
    assert_eq!(
        limit.ancestor(),
        Some(CommonErrorCode::RequestLimitExceeded)
    );
    // A product's own sub-code of a public code: the public class answers.
    let product = CommonErrorCode::from_code("FailedOperation.ImageDecodeFailed");
    assert_eq!(product.ancestor(), Some(CommonErrorCode::FailedOperation));
    assert_eq!(product.retry(), Retry::Never);
    let faceid = FaceidErrorCode::from_code("FailedOperation.ImageDecodeFailed");
    assert!(!faceid.is_unknown());
    // Nothing to inherit from.
    for code in [
        "Unlisted",
        "internalerror",
        "InternalErrorX",
        "AuthFailure",
        "",
    ] {
        let value = CommonErrorCode::from_code(code);
        assert!(value.is_unknown(), "{code}");
        assert_eq!(value.ancestor(), None, "{code}");
        assert_eq!(value.retry(), Retry::Never, "{code}");
        assert_eq!(value.code(), code);
    }
}

#[test]
fn the_catalog_records_its_sources() {
    let catalog = CommonErrorCode::CODE_SPACE.catalog;
    assert_eq!(catalog.vendor, Some("Tencent Cloud"));
    assert_eq!(
        catalog.source,
        Some("https://cloud.tencent.com/document/api/1552/73162")
    );
    let notes = catalog.notes.unwrap();
    assert!(notes.contains("13 rows"), "{notes}");
    assert!(notes.contains("https://cloud.tencent.com/document/practice/1125/62772"));
    let faceid_doc = FaceidErrorCode::CODE_SPACE.doc.unwrap();
    assert!(faceid_doc.contains("ebc5b3d9c59234b53f22aa03586c3f3bc1937303"));
}
