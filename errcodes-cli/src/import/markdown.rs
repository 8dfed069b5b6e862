//! Reading a page: headings, text and tables, in document order, with their lines.
//!
//! Markdown comes from pulldown-cmark (GFM tables, source offsets); HTML `<table>` blocks are
//! cut out of the source by hand, because a blank line inside one ends the HTML block in
//! Markdown's eyes, and handed whole to [`super::html`].

use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::html;
use super::table::{fit, markdown_cell, Lines, Row, Table};

/// A page, read: its title, notes, sections and tables.
#[derive(Debug, Default)]
pub(crate) struct Page {
    /// The first H1 before any table, if any.
    pub title: Option<String>,
    /// Text outside every section, one entry per line.
    pub notes: Vec<String>,
    /// Sections in document order; a section's parent comes before it.
    pub sections: Vec<Section>,
    /// Tables in document order.
    pub tables: Vec<Table>,
}

/// A heading and what it holds.
#[derive(Debug)]
pub(crate) struct Section {
    /// The heading's text, without markup.
    pub title: String,
    /// 1-based line of the heading.
    pub line: usize,
    /// The enclosing section.
    pub parent: Option<usize>,
    /// The text directly in this section (not in a subsection), one entry per line.
    pub doc: Vec<String>,
    /// 1-based line where that text starts.
    pub doc_line: Option<usize>,
    level: HeadingLevel,
}

impl Page {
    /// The outermost section that holds `section`.
    pub fn top_section(&self, section: Option<usize>) -> Option<usize> {
        let mut current = section?;
        while let Some(parent) = self.sections[current].parent {
            current = parent;
        }
        Some(current)
    }

    /// The titles from the outermost section down to `section`, as indexes.
    pub fn path(&self, section: Option<usize>) -> Vec<usize> {
        let mut path = Vec::new();
        let mut current = section;
        while let Some(index) = current {
            path.push(index);
            current = self.sections[index].parent;
        }
        path.reverse();
        path
    }
}

/// Reads `text` as a page.
pub(crate) fn read(text: &str) -> Page {
    let lines = Lines::new(text);
    let mut reader = Reader {
        text,
        lines: &lines,
        page: Page::default(),
        open: Vec::new(),
    };
    let mut events = Parser::new_ext(text, Options::ENABLE_TABLES).into_offset_iter();
    // Everything before this offset was consumed by an HTML table cut out of the source.
    let mut consumed = 0;
    let mut depth = 0usize;
    let mut block_start = 0;
    // The open top-level block holds a table (in a quote or a list): it is not text.
    let mut block_has_table = false;
    while let Some((event, range)) = events.next() {
        if range.start < consumed {
            continue;
        }
        match event {
            Event::Start(Tag::Table(_)) => {
                let table = reader.markdown_table(&mut events);
                reader.push_table(table);
                block_has_table = depth > 0;
            }
            Event::Start(Tag::Heading { level, .. }) if depth == 0 => {
                let title = heading_text(&mut events);
                reader.heading(level, title, lines.of(range.start));
            }
            Event::Start(Tag::HtmlBlock) if depth == 0 && html_table_at(text, &range).is_some() => {
                let start = html_table_at(text, &range).unwrap_or(range.start);
                consumed = table_end(text, start);
                for table in html::tables(&text[start..consumed], start, &lines) {
                    reader.push_table(table);
                }
            }
            Event::Start(_) => {
                if depth == 0 {
                    block_start = range.start;
                    block_has_table = false;
                }
                depth += 1;
            }
            Event::End(_) if depth > 0 => {
                depth -= 1;
                if depth == 0 && !block_has_table {
                    reader.text(block_start..range.end);
                }
            }
            // Rules and the like between blocks carry no text.
            _ => {}
        }
    }
    reader.page
}

struct Reader<'a> {
    text: &'a str,
    lines: &'a Lines,
    page: Page,
    /// Open sections, innermost last.
    open: Vec<usize>,
}

impl Reader<'_> {
    fn heading(&mut self, level: HeadingLevel, title: String, line: usize) {
        if title.is_empty() {
            return;
        }
        if level == HeadingLevel::H1 && self.page.title.is_none() && self.page.tables.is_empty() {
            self.page.title = Some(title);
            return;
        }
        while let Some(&open) = self.open.last() {
            if self.page.sections[open].level >= level {
                self.open.pop();
            } else {
                break;
            }
        }
        self.page.sections.push(Section {
            title,
            line,
            parent: self.open.last().copied(),
            doc: Vec::new(),
            doc_line: None,
            level,
        });
        self.open.push(self.page.sections.len() - 1);
    }

    fn push_table(&mut self, mut table: Table) {
        table.section = self.open.last().copied();
        self.page.tables.push(table);
    }

    /// Text of a block, line by line: trimmed, Tencent's `>!` callout marks and quote marks
    /// removed, blank lines dropped.
    fn text(&mut self, range: Range<usize>) {
        let line = self.lines.of(range.start);
        let lines = self.text[range].lines().filter_map(|line| {
            let mut line = line.trim();
            while let Some(rest) = line.strip_prefix('>') {
                line = rest.strip_prefix('!').unwrap_or(rest).trim_start();
            }
            (!line.is_empty()).then(|| line.to_owned())
        });
        match self.open.last() {
            Some(&section) => {
                let section = &mut self.page.sections[section];
                section.doc_line.get_or_insert(line);
                section.doc.extend(lines);
            }
            None => self.page.notes.extend(lines),
        }
    }

    /// Reads a GFM table up to its end; cells are taken from the source.
    fn markdown_table<'e>(
        &self,
        events: &mut impl Iterator<Item = (Event<'e>, Range<usize>)>,
    ) -> Table {
        let mut header = Vec::new();
        let mut rows = Vec::new();
        let mut cells: Vec<String> = Vec::new();
        let mut first_line = None;
        let mut row_line = 0;
        let mut cells_end = 0;
        for (event, range) in events.by_ref() {
            match event {
                Event::Start(Tag::TableHead | Tag::TableRow) => {
                    row_line = self.lines.of(range.start);
                    first_line.get_or_insert(row_line);
                    cells.clear();
                    cells_end = range.start;
                }
                Event::Start(Tag::TableCell) => {
                    cells_end = range.end;
                    cells.push(markdown_cell(&self.text[range]));
                }
                Event::End(TagEnd::TableHead) => header = std::mem::take(&mut cells),
                Event::End(TagEnd::TableRow) => {
                    // GFM drops cells beyond the header's; they are reported, not lost.
                    let beyond = self.text[cells_end..range.end.max(cells_end)]
                        .trim_matches(|c: char| c == '|' || c.is_whitespace());
                    rows.push(Row {
                        line: row_line,
                        cells: std::mem::take(&mut cells),
                        extra: (!beyond.is_empty())
                            .then(|| markdown_cell(beyond))
                            .into_iter()
                            .collect(),
                        spans_table: false,
                    });
                }
                Event::End(TagEnd::Table) => break,
                _ => {}
            }
        }
        let width = header.len();
        for row in &mut rows {
            let mut extra = fit(&mut row.cells, width);
            row.extra.append(&mut extra);
        }
        Table {
            line: first_line.unwrap_or(1),
            header,
            rows,
            section: None,
        }
    }
}

/// The heading's text without markup, up to its end.
fn heading_text<'e>(events: &mut impl Iterator<Item = (Event<'e>, Range<usize>)>) -> String {
    let mut title = String::new();
    for (event, _) in events.by_ref() {
        match event {
            Event::Text(text) | Event::Code(text) => title.push_str(&text),
            Event::SoftBreak | Event::HardBreak => title.push(' '),
            Event::End(TagEnd::Heading(_)) => break,
            _ => {}
        }
    }
    title.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Where a `<table` tag starts in the HTML block at `range`, if it holds one.
fn html_table_at(text: &str, range: &Range<usize>) -> Option<usize> {
    find_ignore_case(&text[range.clone()], "<table").map(|at| range.start + at)
}

/// The end of the `<table>` starting at `start`: after its matching `</table>`, or the end
/// of the text when it is never closed.
fn table_end(text: &str, start: usize) -> usize {
    let mut depth = 0usize;
    let mut at = start;
    while let Some(open) = text[at..].find('<') {
        let tag = at + open;
        let rest = &text[tag..];
        if starts_with_ignore_case(rest, "<table") {
            depth += 1;
        } else if starts_with_ignore_case(rest, "</table") {
            depth -= 1;
            if depth == 0 {
                return rest.find('>').map_or(text.len(), |close| tag + close + 1);
            }
        }
        at = tag + 1;
    }
    text.len()
}

fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

/// Byte offset of the first `needle` (ASCII) in `text`, ignoring ASCII case.
pub(crate) fn find_ignore_case(text: &str, needle: &str) -> Option<usize> {
    text.char_indices()
        .map(|(at, _)| at)
        .find(|&at| starts_with_ignore_case(&text[at..], needle))
}
