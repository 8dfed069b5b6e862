//! The tables of a page, whatever their source syntax, and the cell text rules.

/// One table as read from the page: a header row and body rows, cells as text.
#[derive(Debug, Clone)]
pub(crate) struct Table {
    /// 1-based line of the table's first line.
    pub line: usize,
    /// Header cells, one per column.
    pub header: Vec<String>,
    /// Body rows in document order.
    pub rows: Vec<Row>,
    /// The innermost section the table sits in (an index into the page's sections).
    pub section: Option<usize>,
}

/// One body row.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    /// 1-based line of the row.
    pub line: usize,
    /// One cell per column, padded with empty cells to the header's width.
    pub cells: Vec<String>,
    /// Text in cells beyond the header's width: not imported, reported.
    pub extra: Vec<String>,
    /// The row is a single cell spanning the whole table (an HTML `colspan` note).
    pub spans_table: bool,
}

impl Row {
    /// The cell of `column`, `None` when it is absent: missing, empty or a dash.
    pub fn cell(&self, column: Option<usize>) -> Option<&str> {
        let text = self.cells.get(column?)?.as_str();
        (!is_absent(text)).then_some(text)
    }
}

/// Pads or cuts `cells` to `width`, returning the non-empty cells cut off.
pub(crate) fn fit(cells: &mut Vec<String>, width: usize) -> Vec<String> {
    let extra = cells
        .iter()
        .skip(width)
        .filter(|cell| !cell.is_empty())
        .cloned()
        .collect();
    cells.resize(width, String::new());
    extra
}

/// Cells that say nothing: empty, or a lone dash.
pub(crate) fn is_absent(text: &str) -> bool {
    matches!(text.trim(), "" | "-" | "—" | "－" | "–")
}

/// Normalizes the text of a Markdown cell, given its source: `\|` becomes `|`, `<br>` a line
/// break; each line is trimmed and blank lines are dropped. Other markup (links, emphasis)
/// stays as written: it is the vendor's text.
pub(crate) fn markdown_cell(source: &str) -> String {
    lines(&split_breaks(&source.replace("\\|", "|")))
}

/// Normalizes text taken out of HTML, where whitespace is already collapsed and `<br>` is
/// already a line break.
pub(crate) fn html_cell(text: &str) -> String {
    lines(text)
}

/// Replaces every `<br>`, `<br/>` and `<br />` (any case) with a line break.
fn split_breaks(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let tag = &rest[start..];
        if let Some(len) = break_tag_len(tag) {
            out.push('\n');
            rest = &tag[len..];
        } else {
            out.push('<');
            rest = &tag[1..];
        }
    }
    out.push_str(rest);
    out
}

/// Length of the `<br>` tag `text` starts with, if it starts with one.
fn break_tag_len(text: &str) -> Option<usize> {
    let name = text.get(1..3)?;
    if !name.eq_ignore_ascii_case("br") {
        return None;
    }
    let after = &text[3..];
    let inner = after
        .trim_start_matches([' ', '\t'])
        .strip_prefix('/')
        .unwrap_or(after);
    let inner = inner.trim_start_matches([' ', '\t']);
    inner.starts_with('>').then(|| text.len() - inner.len() + 1)
}

/// Trims every line and drops blank ones.
fn lines(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// True if `text` holds a CJK ideograph (the pages' messages are Chinese).
pub(crate) fn has_han(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
            | '\u{20000}'..='\u{2FA1F}')
    })
}

/// Maps byte offsets of a text to 1-based line numbers.
pub(crate) struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        Self { starts }
    }

    /// The 1-based line holding byte `offset`.
    pub fn of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset)
    }
}
