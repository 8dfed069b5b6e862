//! Retry classes suggested from the text of a row. A suggestion is only a suggestion: the
//! spec writes it with a `# suggested from "...": check` comment. No rule matching means no
//! suggestion, and the entry keeps the default (`never`).

/// A retry class keyword of the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Retry {
    Transient,
    Throttled,
    UserAction,
    RefreshCredentials,
}

impl Retry {
    pub fn keyword(self) -> &'static str {
        match self {
            Self::Transient => "transient",
            Self::Throttled => "throttled",
            Self::UserAction => "user_action",
            Self::RefreshCredentials => "refresh_credentials",
        }
    }
}

/// A suggested retry class and the words it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Suggestion {
    pub retry: Retry,
    pub from: String,
}

/// Credentials: a word naming one, and a word saying it went stale.
const CREDENTIAL: &[&str] = &[
    "token",
    "签名",
    "授权",
    "凭证",
    "密钥",
    "openkey",
    "signature",
    "credential",
];
const STALE: &[&str] = &["过期", "失效", "废除", "expired", "revoked"];
/// Phrases that ask for fresh credentials outright.
const REAUTHORIZE: &[&str] = &["重新授权", "re-authorize", "reauthorize"];
const THROTTLED: &[&str] = &[
    "频率",
    "超限",
    "频繁",
    "配额",
    "限流",
    "qps",
    "rate limit",
    "too many requests",
];
const USER_ACTION: &[&str] = &[
    "重新上传",
    "请确保",
    "请更换",
    "请重启",
    "退出重试",
    "重新读卡",
    "重新拍摄",
];
/// Retry phrases; `请核实后重试` and `请确认后重试` ask to fix the input first and match none.
const TRANSIENT: &[&str] = &[
    "请稍后重试",
    "稍后重试",
    "稍后再试",
    "稍候再试",
    "请重试",
    "超时",
    "try again later",
    "please try again",
    "timed out",
    "timeout",
];

/// Suggests a retry class from the row's texts (message first, then remedy and description),
/// trying the rules from the most specific: `refresh_credentials`, `throttled`,
/// `user_action`, `transient`.
pub(crate) fn suggest(texts: &[&str]) -> Option<Suggestion> {
    let text = texts.join("\n").to_lowercase();
    let first = |words: &[&str]| {
        words
            .iter()
            .filter_map(|word| text.find(word).map(|at| (at, *word)))
            .min()
            .map(|(_, word)| word.to_owned())
    };
    let suggestion = |retry: Retry, from: String| Some(Suggestion { retry, from });
    if let Some(from) = first(REAUTHORIZE) {
        return suggestion(Retry::RefreshCredentials, from);
    }
    if let (Some(what), Some(state)) = (first(CREDENTIAL), first(STALE)) {
        return suggestion(Retry::RefreshCredentials, format!("{what}…{state}"));
    }
    if let Some(from) = first(THROTTLED) {
        return suggestion(Retry::Throttled, from);
    }
    if let Some(from) = first(USER_ACTION) {
        return suggestion(Retry::UserAction, from);
    }
    first(TRANSIENT).and_then(|from| suggestion(Retry::Transient, from))
}

/// Code 0 with a message of success (成功, 通过, success) and no word of failure.
pub(crate) fn suggests_success(code: i64, message: &str) -> bool {
    let message = message.to_lowercase();
    code == 0
        && ["成功", "通过", "success", "ok"]
            .iter()
            .any(|word| message.contains(word))
        && !["失败", "未", "不", "fail", "not"]
            .iter()
            .any(|word| message.contains(word))
}
