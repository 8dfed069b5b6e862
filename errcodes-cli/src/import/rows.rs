//! Turning the rows of one table into entries, reporting every row that does not become one.

use super::codes::{self, CodeSet, Codes, Kind};
use super::columns::{self, ColumnOverride, Columns, Role};
use super::report::{Findings, Reason};
use super::table::{Row, Table};

/// What a billing cell says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Billing {
    Charged,
    Free,
    Unspecified,
}

impl Billing {
    pub fn keyword(self) -> &'static str {
        match self {
            Self::Charged => "charged",
            Self::Free => "free",
            Self::Unspecified => "unspecified",
        }
    }
}

/// One row that became an entry.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub line: usize,
    pub codes: Codes,
    /// The code cell as written, when it differs from the code.
    pub as_written: Option<String>,
    pub message: String,
    pub message_en: Option<String>,
    pub description: Option<String>,
    pub remedy: Option<String>,
    /// `None` when the table has no billing column.
    pub billing: Option<Billing>,
}

/// A table that holds codes, read.
#[derive(Debug, Clone)]
pub(crate) struct CodeTable {
    pub section: Option<usize>,
    pub kind: Kind,
    pub roles: Vec<Role>,
    pub entries: Vec<Entry>,
}

/// Reads the entries of `table`; every row left out is reported to `findings`.
pub(crate) fn read(
    table: &Table,
    given: Option<&ColumnOverride>,
    findings: &mut Findings,
) -> Option<CodeTable> {
    let columns = match columns::assign(table, given) {
        Ok(columns) => columns,
        Err(why) => {
            let rows = table.rows.len();
            let detail = format!(
                "{why}; {rows} rows not imported (a column override can say which column holds \
                 the codes)"
            );
            findings.push(table.line, Reason::NoCodeColumn, detail, rows);
            return None;
        }
    };
    for &column in &columns.unused {
        findings.push(
            table.line,
            Reason::IgnoredColumn,
            format!(
                "column {column} `{}` has no recognised role; its cells are not imported",
                table.header[column]
            ),
            0,
        );
    }
    let parsed: Vec<(&Row, Result<Codes, String>)> = table
        .rows
        .iter()
        .map(|row| {
            (
                row,
                codes::parse(row.cells.get(columns.code).map_or("", String::as_str)),
            )
        })
        .collect();
    // A table holds one kind of code; integers win, since prose in a code cell is not one.
    let kind = if parsed.iter().any(|(_, codes)| {
        codes
            .as_ref()
            .is_ok_and(|codes| codes.kind() == Kind::Integer)
    }) {
        Kind::Integer
    } else {
        Kind::String
    };
    let mut entries: Vec<Entry> = Vec::new();
    let mut seen = CodeSet::default();
    for (row, parsed) in parsed {
        if let Some(entry) = entry(row, parsed, kind, &columns, &seen, findings) {
            seen.insert(&entry.codes, entry.line);
            entries.push(entry);
        }
    }
    Some(CodeTable {
        section: table.section,
        kind,
        roles: columns.roles(),
        entries,
    })
}

fn entry(
    row: &Row,
    parsed: Result<Codes, String>,
    kind: Kind,
    columns: &Columns,
    seen: &CodeSet,
    findings: &mut Findings,
) -> Option<Entry> {
    let quoted = || row.cells.join(" | ");
    if row.spans_table {
        findings.row(
            row.line,
            Reason::NoteRow,
            format!("`{}` spans the table; it is not a code row", row.cells[0]),
        );
        return None;
    }
    if row.cells.iter().all(|cell| cell.trim().is_empty()) {
        findings.row(row.line, Reason::NotACode, "the row is empty".to_owned());
        return None;
    }
    if !row.extra.is_empty() {
        findings.row(
            row.line,
            Reason::ExtraCells,
            format!(
                "`{}` lies beyond the table's {} columns and is not imported",
                row.extra.join(" | "),
                row.cells.len()
            ),
        );
    }
    let codes = match parsed {
        Ok(codes) if codes.kind() == kind => codes,
        Ok(codes) => {
            let why = format!(
                "`{}` is a string code in a table of integer codes",
                codes.first()
            );
            findings.row(
                row.line,
                Reason::NotACode,
                format!("{why} (row: {})", quoted()),
            );
            return None;
        }
        Err(why) => {
            findings.row(
                row.line,
                Reason::NotACode,
                format!("{why} (row: {})", quoted()),
            );
            return None;
        }
    };
    if let Some(first) = seen.clash(&codes) {
        findings.row(
            row.line,
            Reason::DuplicateCode,
            format!(
                "`{}` repeats a code of line {first} (row: {})",
                row.cells[columns.code],
                quoted()
            ),
        );
        return None;
    }
    let text = |column: Option<usize>| row.cell(column).map(str::to_owned);
    let Some(message) = text(columns.message) else {
        findings.row(
            row.line,
            Reason::NoMessage,
            format!(
                "code `{}` has no message (row: {})",
                codes.first(),
                quoted()
            ),
        );
        return None;
    };
    let cell = &row.cells[columns.code];
    let billing = columns.billing.map(|column| {
        let written = row.cells.get(column).map_or("", String::as_str);
        billing(written).unwrap_or_else(|| {
            let detail = format!(
                "billing cell `{written}` of code `{}` is not 是/否/Y/N/yes/no; written as \
                 `unspecified`",
                codes.first()
            );
            findings.row(row.line, Reason::UnknownBilling, detail);
            Billing::Unspecified
        })
    });
    Some(Entry {
        line: row.line,
        as_written: (*cell != codes.first()).then(|| cell.clone()),
        codes,
        message,
        message_en: text(columns.message_en),
        description: text(columns.description),
        remedy: text(columns.remedy),
        billing,
    })
}

/// 是/否, Y/N, yes/no (and 收费/免费 words); an absent cell says nothing.
fn billing(cell: &str) -> Option<Billing> {
    if super::table::is_absent(cell) {
        return Some(Billing::Unspecified);
    }
    match cell.trim().to_lowercase().as_str() {
        "是" | "y" | "yes" | "true" | "收费" | "计费" => Some(Billing::Charged),
        "否" | "n" | "no" | "false" | "不收费" | "不计费" | "免费" => Some(Billing::Free),
        _ => None,
    }
}
