//! HTML `<table>` blocks embedded in a page, read with scraper.
//!
//! The first row is the header. `colspan` and `rowspan` are honoured so cells land in their
//! columns; a row made of one cell spanning the whole table is a note, not a code row. Rows
//! get their line from the position of their `<tr` tag in the source.

use scraper::{ElementRef, Html, Node, Selector};

use super::markdown::find_ignore_case;
use super::table::{fit, html_cell, Lines, Row, Table};

/// Reads the table(s) of `source`, an HTML fragment starting with `<table` at byte `offset`
/// of the page.
pub(crate) fn tables(source: &str, offset: usize, lines: &Lines) -> Vec<Table> {
    let fragment = Html::parse_fragment(source);
    let (Ok(table), Ok(row)) = (Selector::parse("table"), Selector::parse("tr")) else {
        return Vec::new();
    };
    let table_line = lines.of(offset);
    // Every `<tr>` in document order, nested tables' included, matches a `<tr` tag in order.
    let tag_lines = tag_lines(source, offset, lines);
    let every_row: Vec<ElementRef> = fragment.select(&row).collect();
    fragment
        .select(&table)
        .filter(|element| nearest_table(*element).is_none())
        .map(|element| {
            let rows: Vec<(ElementRef, usize)> = every_row
                .iter()
                .enumerate()
                .filter(|(_, tr)| nearest_table(**tr) == Some(element))
                .map(|(index, tr)| (*tr, tag_lines.get(index).copied().unwrap_or(table_line)))
                .collect();
            read_table(&rows, table_line)
        })
        .collect()
}

/// The table `element` sits in, if any.
fn nearest_table(element: ElementRef) -> Option<ElementRef> {
    element
        .ancestors()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "table")
}

/// A table from its rows (with their lines): the first row is the header.
fn read_table(rows: &[(ElementRef, usize)], line: usize) -> Table {
    let mut grid = Grid::default();
    let mut header = Vec::new();
    let mut body = Vec::new();
    for (index, &(tr, row_line)) in rows.iter().enumerate() {
        let placed = grid.place(tr);
        if index == 0 {
            header = placed.cells;
        } else {
            let spans_table = placed.own_cells == 1 && placed.cells.len() >= header.len().max(2);
            body.push(Row {
                line: row_line,
                cells: placed.cells,
                extra: Vec::new(),
                spans_table,
            });
        }
    }
    let width = header.len();
    for row in &mut body {
        row.extra = fit(&mut row.cells, width);
    }
    Table {
        line,
        header,
        rows: body,
        section: None,
    }
}

/// Cells carried down by `rowspan`, per column: (rows left, text).
#[derive(Default)]
struct Grid {
    carried: Vec<Option<(usize, String)>>,
}

/// A row placed in its columns.
struct Placed {
    cells: Vec<String>,
    /// Cells the row itself has (not carried down from above).
    own_cells: usize,
}

impl Grid {
    /// Places the cells of `tr` in their columns: a cell `colspan` wide fills its first column
    /// and leaves the others empty; cells of a `rowspan` above are repeated.
    fn place(&mut self, tr: ElementRef) -> Placed {
        let mut cells: Vec<String> = Vec::new();
        let mut own = tr
            .children()
            .filter_map(ElementRef::wrap)
            .filter(|cell| matches!(cell.value().name(), "td" | "th"));
        let mut own_cells = 0;
        loop {
            let column = cells.len();
            if let Some(Some((left, text))) = self.carried.get_mut(column) {
                cells.push(text.clone());
                *left -= 1;
                if *left == 0 {
                    self.carried[column] = None;
                }
                continue;
            }
            let Some(cell) = own.next() else {
                if self.carried.iter().skip(column).any(Option::is_some) {
                    cells.push(String::new());
                    continue;
                }
                break;
            };
            own_cells += 1;
            let text = html_cell(&cell_text(cell));
            let span = attribute(cell, "colspan");
            let down = attribute(cell, "rowspan");
            if down > 1 {
                if self.carried.len() < column + span {
                    self.carried.resize(column + span, None);
                }
                self.carried[column] = Some((down - 1, text.clone()));
                for slot in &mut self.carried[column + 1..column + span] {
                    *slot = Some((down - 1, String::new()));
                }
            }
            cells.push(text);
            cells.resize(column + span, String::new());
        }
        Placed { cells, own_cells }
    }
}

/// Spans beyond this are hostile or mistaken; no page has tables this wide.
const MAX_SPAN: usize = 64;

/// A positive integer attribute such as `colspan`, 1 when absent or unreadable.
fn attribute(cell: ElementRef, name: &str) -> usize {
    cell.value()
        .attr(name)
        .and_then(|value| value.trim().parse::<usize>().ok())
        .filter(|&value| value > 0)
        .map_or(1, |value| value.min(MAX_SPAN))
}

/// The text of a cell as a browser shows it: runs of whitespace collapse to one space, `<br>`
/// is a line break.
fn cell_text(cell: ElementRef) -> String {
    let mut text = String::new();
    for node in cell.descendants() {
        match node.value() {
            Node::Text(chunk) => {
                for c in chunk.chars() {
                    if !c.is_whitespace() {
                        text.push(c);
                    } else if !text.ends_with([' ', '\n']) {
                        text.push(' ');
                    }
                }
            }
            Node::Element(element) if element.name() == "br" => text.push('\n'),
            _ => {}
        }
    }
    text
}

/// Lines of the `<tr` tags of `source`, in order.
fn tag_lines(source: &str, offset: usize, lines: &Lines) -> Vec<usize> {
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(next) = find_ignore_case(&source[at..], "<tr") {
        let tag = at + next;
        let after = source[tag + 3..].chars().next();
        if after.is_some_and(|c| c == '>' || c == '/' || c.is_whitespace()) {
            found.push(lines.of(offset + tag));
        }
        at = tag + 3;
    }
    found
}
