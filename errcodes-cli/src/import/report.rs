//! What an import tells its user: the rows it could not turn into entries, with their lines,
//! and a closing summary.

use std::collections::HashSet;
use std::fmt;

/// Why something on the page needs a human.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reason {
    /// The row's code cell is not a code (`其他错误码`, `deviceInfoLevel`); not written.
    NotACode,
    /// A note spanning the whole table (`<td colspan=2>说明：...`); not written.
    NoteRow,
    /// The row repeats a code of an earlier row of the same table; not written.
    DuplicateCode,
    /// The row has a code but no message; not written.
    NoMessage,
    /// The table has no column that reads as a code; none of its rows is written.
    NoCodeColumn,
    /// The billing cell is not one of 是/否/Y/N/yes/no; written as `unspecified`.
    UnknownBilling,
    /// The row has text in cells beyond the header's; the row is written without it.
    ExtraCells,
    /// A column with no recognised role; its cells are not written.
    IgnoredColumn,
    /// Text of a section that holds no entries; not written.
    UnplacedText,
}

impl Reason {
    /// True for reasons about a row that is written, but not whole or not as the page says.
    pub fn marks_row(self) -> bool {
        matches!(self, Self::UnknownBilling | Self::ExtraCells)
    }

    /// True for reasons that keep a row out of the spec.
    pub fn drops_row(self) -> bool {
        matches!(
            self,
            Self::NotACode
                | Self::NoteRow
                | Self::DuplicateCode
                | Self::NoMessage
                | Self::NoCodeColumn
        )
    }

    /// A short label, as the summary prints it.
    pub fn label(self) -> &'static str {
        match self {
            Self::NotACode => "not a code",
            Self::NoteRow => "note row",
            Self::DuplicateCode => "duplicate code",
            Self::NoMessage => "no message",
            Self::NoCodeColumn => "table without a code column",
            Self::UnknownBilling => "billing not understood",
            Self::ExtraCells => "cells beyond the header",
            Self::IgnoredColumn => "column not recognised",
            Self::UnplacedText => "section text without entries",
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// One thing on the page that needs a human, at its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// 1-based line of the page.
    pub line: usize,
    /// Why it needs a human.
    pub reason: Reason,
    /// What was found, quoting the page.
    pub detail: String,
    /// How many table rows it covers (0 for a column or text).
    pub rows: usize,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}: {}", self.line, self.reason, self.detail)
    }
}

/// The outcome of an import in numbers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Body rows of every table on the page.
    pub rows_read: usize,
    /// Entries written to the spec (one per row written, aliases included in their row).
    pub entries_written: usize,
    /// Rows not written, by reason.
    pub rows_not_written: Vec<(Reason, usize)>,
    /// Rows written but not whole (a billing cell not understood, cells beyond the header),
    /// by reason.
    pub rows_to_check: Vec<(Reason, usize)>,
    /// Rows not written or to check (a row counted once).
    pub rows_needing_a_human: usize,
    /// Entries (and enums) named by placeholder, marked `# TODO: name` in the spec.
    pub placeholder_names: usize,
    /// Entries with a suggested retry class or success flag, marked `# suggested` in the spec.
    pub suggestions: usize,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} rows read, {} entries written, {} rows need a human",
            self.rows_read, self.entries_written, self.rows_needing_a_human
        )?;
        let reasons: Vec<String> = self
            .rows_not_written
            .iter()
            .chain(&self.rows_to_check)
            .map(|(reason, rows)| format!("{reason}: {rows}"))
            .collect();
        if !reasons.is_empty() {
            write!(f, " ({})", reasons.join(", "))?;
        }
        write!(
            f,
            "; to review in the spec: {} placeholder names (# TODO: name), {} suggestions \
             (# suggested)",
            self.placeholder_names, self.suggestions
        )
    }
}

/// Everything an import has to say besides the spec: findings in page order, then the summary.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// What needs a human, in page order.
    pub findings: Vec<Finding>,
    /// The numbers.
    pub summary: Summary,
}

impl fmt::Display for Report {
    /// One line per finding (`line 57: not a code: ...`), then `import summary: ...`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for finding in &self.findings {
            writeln!(f, "{finding}")?;
        }
        write!(f, "import summary: {}", self.summary)
    }
}

/// Collects findings while the page is read.
#[derive(Debug, Default)]
pub(crate) struct Findings(Vec<Finding>);

impl Findings {
    pub fn row(&mut self, line: usize, reason: Reason, detail: String) {
        self.push(line, reason, detail, 1);
    }

    pub fn push(&mut self, line: usize, reason: Reason, detail: String, rows: usize) {
        self.0.push(Finding {
            line,
            reason,
            detail,
            rows,
        });
    }

    /// The report: findings in page order, rows counted by reason.
    pub fn into_report(mut self, mut summary: Summary) -> Report {
        self.0.sort_by_key(|finding| finding.line);
        summary.rows_not_written = self.count(Reason::drops_row);
        summary.rows_to_check = self.count(Reason::marks_row);
        let dropped: usize = summary.rows_not_written.iter().map(|(_, rows)| rows).sum();
        let dropped_lines: HashSet<usize> = self.lines(Reason::drops_row);
        let checked = self
            .lines(Reason::marks_row)
            .difference(&dropped_lines)
            .count();
        summary.rows_needing_a_human = dropped + checked;
        Report {
            findings: self.0,
            summary,
        }
    }

    fn count(&self, test: fn(Reason) -> bool) -> Vec<(Reason, usize)> {
        let mut counts: Vec<(Reason, usize)> = Vec::new();
        for finding in self.0.iter().filter(|finding| test(finding.reason)) {
            match counts
                .iter_mut()
                .find(|(reason, _)| *reason == finding.reason)
            {
                Some((_, rows)) => *rows += finding.rows,
                None => counts.push((finding.reason, finding.rows)),
            }
        }
        counts.sort();
        counts
    }

    fn lines(&self, test: fn(Reason) -> bool) -> HashSet<usize> {
        self.0
            .iter()
            .filter(|finding| test(finding.reason))
            .map(|finding| finding.line)
            .collect()
    }
}
