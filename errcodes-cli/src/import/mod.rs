//! Import: a vendor's error-code page in, an errcodes spec (YAML text) and a report out.
//!
//! The page is Markdown with pipe tables and the HTML `<table>` blocks such pages embed.
//! [`import`] reads it top to bottom: page (headings, text, tables) -> rows -> entries ->
//! enums -> YAML. Nothing on the page is dropped silently: a row that does not become an
//! entry is a [`Finding`] with its line, and the [`Report`] ends with a [`Summary`].
//!
//! # Page structure
//!
//! - The catalog's title is the first H1, if it comes before the first table; otherwise the
//!   title given in [`ImportOptions`] (the file name, for the command), marked `# TODO: title`.
//! - Every other heading opens a section; sections nest by heading level.
//! - Text outside every section becomes `catalog.notes`; text directly inside a section
//!   becomes its `doc`. Text is kept line by line, trimmed, blank lines dropped; Tencent's
//!   `>!` callout marks (and quote marks) are removed; inline markup stays as written.
//! - Each table becomes entries of the section it sits in (of the enum itself outside
//!   every section).
//!
//! # Cells
//!
//! A Markdown cell is its source text: `\|` is a `|`, `<br>` a line break, links and other
//! markup stay as the vendor wrote them. HTML cells are their text with `<br>` as a line break
//! and other whitespace collapsed. Every line is trimmed. An empty cell or a lone dash
//! (`-`, `—`) is absent.
//!
//! # Column roles
//!
//! Each column gets one role, from its header (compared without spaces, case or emphasis):
//!
//! | role | header |
//! |---|---|
//! | `code` | exactly 错误码, 返回码, 错误代码, 错误编码, 风险码, 状态码, 结果码, tag 标签, tag, code, error code, return code |
//! | `billing` | contains 收费, 计费, billed, billing, charged |
//! | `remedy` | contains 处理措施, 解决方案, 解决方法, 解决办法, 处理方法, 处理建议, 建议, remedy, solution, suggestion, action |
//! | `message_en` | contains 英文 or english; or a header without Chinese over cells without Chinese, in a table where another column's cells are Chinese (`Error Description`) |
//! | `description` | contains 原因, 解释, 备注, explanation, reason, cause, remark |
//! | message-like | contains 含义, 说明, 描述, 信息, 类型, 详情, 内容, 提示, meaning, content, message, msg, description |
//!
//! The rules are tried in that order. The first message-like column is the `message`, the
//! second the `description` (错误类型 then 描述; 错误描述 then 说明). When no column reads as
//! the message, the first column left over is taken as it. A role already taken leaves the
//! later column without one; columns without a role are reported and not imported. A table
//! without a code column is reported whole. A [`ColumnOverride`] (`code=0,message=1,remedy=3`)
//! wins: the roles it names sit in the columns it gives; the other roles are guessed from the
//! other columns.
//!
//! # Codes
//!
//! - A code cell holds one code, or several separated by `/`, `、` or `<br>`: the first is the
//!   entry's `code`, the others its `aliases`, and `as_written` keeps the cell (line breaks for
//!   `<br>`) whenever it differs from the code (`202、5001`, `02`: leading zeros are kept
//!   there).
//! - `a-b` (also `a~b`) with a <= b is a `range`.
//! - A table whose cells hold any integer code is an integer table; otherwise its codes are
//!   strings: an ASCII letter, then letters, digits, `_`, `-`, in `.`-joined segments
//!   (`AuthFailure.SignatureExpire`). A string enum gets `kind: string`, and `separator: "."`
//!   when a code uses it.
//! - A row whose code cell is anything else (prose such as `其他错误码`, a lowerCamelCase
//!   parameter name such as `deviceInfoLevel`, a string in an integer table), a note spanning
//!   the table (`<td colspan=2>`), a code repeated in the same table, or a row without a
//!   message is reported and not written.
//! - Billing cells: 是/Y/yes (and 收费/计费) are `charged`, 否/N/no (and 不收费/不计费/免费)
//!   `free`; absent is `unspecified`; anything else is written `unspecified` and reported. An
//!   enum with a billing column gets its most common value as `defaults.billing`; entries say
//!   where they differ. Without the column nothing is written (`unspecified`, never `free`).
//!
//! # Which tables share an enum
//!
//! Tables are taken in page order; a table joins the enum of the table before it when both
//! sit under the same outermost section (the H2 of a page with an H1 title, each H1 section
//! of a page that has several), hold the same kind of code, have the same column roles, and
//! none of its codes (aliases and ranges included) is already in that enum. Otherwise it
//! starts a new enum. Tables with no entries join none. So the three H3 tables and the four
//! H4 tables under `## 微信 H5/小程序/E证通返回码` make one enum, while the two tables under
//! `## 实证 NFC 返回码` make two (both have code 0). Enums are named `Enum1`, `Enum2`, ...
//! with a `# TODO: name` comment.
//!
//! # Names
//!
//! Integer codes are named from the English column when there is one: its first clause (up to
//! `. `, `, `, `;`, `:` or a parenthesis), a leading article dropped, ASCII words in
//! `UpperCamelCase` (`Invalid API key` -> `InvalidApiKey`). String codes are named after
//! themselves (`AuthFailure.SignatureExpire` -> `AuthFailureSignatureExpire`). Otherwise a
//! placeholder, `Code2016`, `CodeMinus5`, `Code0To2`, marked `# TODO: name`. A name already
//! used in the enum (or `Unknown`, `Self`) gets the code as suffix (`InvalidParameter211`);
//! aliases get their code as suffix (`NetworkServiceError66664029`).
//!
//! # Suggestions
//!
//! Retry classes are suggested from the message, remedy and description, trying in order:
//! `refresh_credentials` (重新授权; or token/签名/授权/凭证/密钥/signature with
//! 过期/失效/废除/expired/revoked), `throttled` (频率, 超限, 频繁, 配额, 限流, QPS, rate limit),
//! `user_action` (重新上传, 请确保, 请更换, 请重启, 退出重试, 重新读卡, 重新拍摄), `transient`
//! (请稍后重试, 稍后再试, 请重试, 超时, try again later; not 请核实后重试 or 请确认后重试,
//! which ask for a fixed input). Each is written `retry: x   # suggested from "...": check`;
//! without one the entry keeps the default, `never`. Code 0 with a message of success (成功,
//! 通过, success) is suggested `success: true` the same way, and Chinese messages suggest
//! `language: zh-CN`.

mod assemble;
mod codes;
mod columns;
pub mod command;
mod emit;
mod grouping;
mod html;
mod markdown;
mod names;
mod report;
mod retry_hint;
mod rows;
mod table;
pub mod yaml;

use std::fmt;

pub use columns::{ColumnOverride, ColumnOverrideError, Role};
pub use report::{Finding, Reason, Report, Summary};

/// How to import a page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// The catalog's title when the page has no H1 before its first table (the command
    /// passes the file name).
    pub title: String,
    /// Column roles that win over the guess, for every table of the page.
    pub columns: Option<ColumnOverride>,
}

impl ImportOptions {
    /// Options with a fallback `title` and guessed columns.
    pub fn new(title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            columns: None,
        }
    }
}

/// A page imported: the spec and what needs a human.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The spec, as YAML text.
    pub spec: String,
    /// Findings (the command prints them on stderr) and the summary.
    pub report: Report,
}

/// The page holds no row that could become an entry, so there is no spec to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NothingToImport {
    /// Why: every row and table that was found, and the summary.
    pub report: Report,
}

impl fmt::Display for NothingToImport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "no table on the page has a row that reads as an error code ({} rows read)",
            self.report.summary.rows_read
        )
    }
}

impl std::error::Error for NothingToImport {}

/// Imports `page` (Markdown text): the spec and the report, or, when no row becomes an
/// entry, the report alone.
///
/// # Errors
///
/// [`NothingToImport`] when the page has no table row that becomes an entry.
pub fn import(page: &str, options: &ImportOptions) -> Result<Imported, NothingToImport> {
    let page = markdown::read(page);
    let mut findings = report::Findings::default();
    let rows_read = page.tables.iter().map(|table| table.rows.len()).sum();
    let tables: Vec<rows::CodeTable> = page
        .tables
        .iter()
        .filter_map(|table| rows::read(table, options.columns.as_ref(), &mut findings))
        .collect();
    let groups = grouping::group(&tables, &page);
    let spec = assemble::assemble(&page, &options.title, tables, &groups, &mut findings);
    let summary = summarize(&spec, rows_read);
    let report = findings.into_report(summary);
    if spec.enums.is_empty() {
        return Err(NothingToImport { report });
    }
    Ok(Imported {
        spec: emit::emit(&spec),
        report,
    })
}

fn summarize(spec: &assemble::Spec, rows_read: usize) -> Summary {
    let mut summary = Summary {
        rows_read,
        placeholder_names: spec.enums.len(),
        ..Summary::default()
    };
    for space in &spec.enums {
        count(&space.body, &mut summary);
    }
    summary
}

fn count(body: &assemble::Body, summary: &mut Summary) {
    for named in &body.entries {
        summary.entries_written += 1;
        summary.placeholder_names += usize::from(named.names.placeholder);
        summary.suggestions += usize::from(named.retry.is_some() || named.success);
    }
    for section in &body.sections {
        count(&section.body, summary);
    }
}
