//! Any page: no panic, and whatever is written is a spec that reads back and keeps the
//! house rules, with every row accounted for.

use std::fmt::Write as _;

use errcodes_cli::import::{import, ImportOptions};
use proptest::prelude::*;

use crate::common::{check_accounting, check_house_rules, parse};

/// Pieces of the pages we meet, and of pages that break them.
const PIECES: &[&str] = &[
    "\n",
    "\n",
    "\n",
    "| ",
    " |",
    "|",
    "|---|",
    "|---|---|",
    ":--",
    "# ",
    "## ",
    "### ",
    "#### ",
    ">!",
    "> ",
    "<table>",
    "</table>",
    "<tr>",
    "</tr>",
    "<td>",
    "</td>",
    "<th>",
    "</th>",
    "<td colspan=2>",
    "<td rowspan=3>",
    "<td colspan=99999>",
    "<br>",
    "<br/>",
    "<!--",
    "```",
    "    ",
    "\t",
    " ",
    "0",
    "12",
    "-5",
    "0-2",
    "3~3",
    "02",
    "99999999999999999999",
    "、",
    "/",
    "错误码",
    "返回码",
    "tag 标签",
    "code",
    "含义",
    "说明",
    "描述",
    "处理措施",
    "是否收费",
    "Error Description",
    "是",
    "否",
    "Y",
    "no",
    "maybe",
    "-",
    "成功",
    "请稍后重试",
    "token 过期",
    "频率",
    "Invalid API key",
    "Unknown",
    "Self",
    "deviceInfoLevel",
    "InternalError",
    "AuthFailure.SignatureExpire",
    "其他错误码",
    "`",
    "\\|",
    "**",
    "[a](b)",
    ": ",
    " #",
    "'",
    "\"",
    "yes",
    "~",
    "&x",
    "*y",
    "!z",
    "%",
    "@",
    "\u{85}",
    "\u{2028}",
    "\u{feff}",
    "\r",
    "\0",
    "😀",
];

/// Pieces that open (or, repeated, make) a block running to its end marker, which would
/// swallow what follows: code fences come from three backticks or tildes.
const SWALLOWING: &[&str] = &["<table>", "<!--", "```", "`", "~"];

fn text_of(pieces: Vec<&'static str>) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(pieces), 0..160).prop_map(|pieces| pieces.concat())
}

fn page() -> impl Strategy<Value = String> {
    text_of(PIECES.to_vec())
}

/// Text that leaves a table after it a table.
fn tame() -> impl Strategy<Value = String> {
    text_of(
        PIECES
            .iter()
            .copied()
            .filter(|piece| !SWALLOWING.contains(piece))
            .collect(),
    )
}

/// A page that always has a table, so that specs get written often.
fn page_with_table() -> impl Strategy<Value = String> {
    (
        tame(),
        page(),
        prop::collection::vec((tame(), tame()), 1..6),
    )
        .prop_map(|(before, after, rows)| {
            let mut text = format!("{before}\n\n| 错误码 | 含义 | 是否收费 |\n|---|---|---|\n");
            for (index, (message, billing)) in rows.iter().enumerate() {
                let message = message.replace('\n', " ");
                let billing = billing.replace('\n', " ");
                let _ = writeln!(text, "| {index} | 消息{message} | {billing} |");
            }
            text.push_str(&after);
            text
        })
}

/// Checks an import of `page`; true if it wrote a spec.
fn check(page: &str) -> Result<bool, TestCaseError> {
    match import(page, &ImportOptions::new("page")) {
        Ok(imported) => {
            let spec = parse(&imported.spec);
            check_house_rules(&spec);
            check_accounting(&imported, &spec);
            let last_line = page.lines().count().max(1) + 1;
            for finding in &imported.report.findings {
                prop_assert!((1..=last_line).contains(&finding.line), "{finding}");
            }
            Ok(true)
        }
        Err(nothing) => {
            let summary = &nothing.report.summary;
            let not_written: usize = summary.rows_not_written.iter().map(|(_, rows)| rows).sum();
            prop_assert_eq!(summary.rows_read, not_written);
            Ok(false)
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn any_page(page in page()) {
        check(&page)?;
    }

    #[test]
    fn any_page_with_a_table(page in page_with_table()) {
        prop_assert!(check(&page)?, "the table always has a code row: 0");
    }

    #[test]
    fn any_text(page in any::<String>()) {
        check(&page)?;
    }
}
