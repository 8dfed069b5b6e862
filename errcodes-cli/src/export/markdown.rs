//! The Markdown form of a catalog: a page such as vendors publish, which `errcodes import`
//! reads back to the same rows. An H1 title, the notes, an H2 per enum, a heading per
//! section (H3 for the enum's top-level sections, one level deeper per nesting) with its
//! text, and one table per list of entries. An enum's tables all have the same columns:
//! 错误码 and 含义, then English, 说明, 处理措施 and 是否收费 when a row of the enum has them.

use std::fmt::Write as _;

use errcodes_codegen::model::{Billing, CodeSpace, Row, Value as Code};

use super::{entries, Entry};
use crate::specs::Spec;

/// The page of `spec`.
pub fn page(spec: &Spec) -> String {
    let meta = &spec.catalog.meta;
    let mut page = format!("# {}\n\n", meta.title.as_deref().unwrap_or(&spec.name));
    if let Some(notes) = &meta.notes {
        let _ = writeln!(page, "{}\n", notes.trim_end());
    }
    for space in &spec.catalog.enums {
        space_tables(&mut page, space);
    }
    page
}

fn space_tables(page: &mut String, space: &CodeSpace) {
    let entries = entries(space);
    let columns: Vec<Column> = Column::OPTIONAL
        .into_iter()
        .filter(|column| entries.iter().any(|entry| column.used_by(entry.row)))
        .collect();
    let _ = writeln!(page, "## {}\n", space.ident);
    let in_section = |section: Option<usize>| {
        entries
            .iter()
            .filter(move |entry| entry.row.section == section)
    };
    table(page, in_section(None), &columns);
    for (index, section) in space.sections.iter().enumerate() {
        let title = section.path.last().map_or("", String::as_str);
        let level = "#".repeat(2 + section.path.len());
        let _ = writeln!(page, "{level} {title}\n");
        if let Some(doc) = &section.doc {
            let _ = writeln!(page, "{}\n", doc.trim_end());
        }
        table(page, in_section(Some(index)), &columns);
    }
}

/// The columns an enum's rows may need besides the code and the message.
#[derive(Clone, Copy)]
enum Column {
    English,
    Description,
    Remedy,
    Billing,
}

impl Column {
    const OPTIONAL: [Column; 4] = [
        Column::English,
        Column::Description,
        Column::Remedy,
        Column::Billing,
    ];

    fn header(self) -> &'static str {
        match self {
            Column::English => "English",
            Column::Description => "说明",
            Column::Remedy => "处理措施",
            Column::Billing => "是否收费",
        }
    }

    fn used_by(self, row: &Row) -> bool {
        match self {
            Column::English => row.message_en.is_some(),
            Column::Description => row.description.is_some(),
            Column::Remedy => row.remedy.is_some(),
            Column::Billing => row.billing != Billing::Unspecified,
        }
    }

    fn cell(self, row: &Row) -> String {
        let text = match self {
            Column::English => &row.message_en,
            Column::Description => &row.description,
            Column::Remedy => &row.remedy,
            Column::Billing => {
                return match row.billing {
                    Billing::Charged => "是",
                    Billing::Free => "否",
                    Billing::Unspecified => "",
                    // A class added later (`Billing` is non-exhaustive): its spec keyword.
                    other => other.as_str(),
                }
                .to_owned();
            }
        };
        text.as_deref().map(cell).unwrap_or_default()
    }
}

/// The table of `entries`; nothing when there are none.
fn table<'a>(page: &mut String, entries: impl Iterator<Item = &'a Entry<'a>>, columns: &[Column]) {
    let mut entries = entries.peekable();
    if entries.peek().is_none() {
        return;
    }
    let header: Vec<&str> = ["错误码", "含义"]
        .into_iter()
        .chain(columns.iter().map(|column| column.header()))
        .collect();
    let _ = writeln!(
        page,
        "| {} |\n|{}",
        header.join(" | "),
        "---|".repeat(header.len())
    );
    for entry in entries {
        let cells: Vec<String> = [cell(&code_cell(entry)), cell(&entry.row.message)]
            .into_iter()
            .chain(columns.iter().map(|column| column.cell(entry.row)))
            .collect();
        let _ = writeln!(page, "| {} |", cells.join(" | "));
    }
    page.push('\n');
}

/// The code cell: as the vendor wrote it when the spec says, else the codes joined by `/`,
/// a range as `min-max` (`min~max` when a bound is negative, so the sign stays readable).
fn code_cell(entry: &Entry<'_>) -> String {
    if let Some(written) = &entry.row.as_written {
        return written.clone();
    }
    let codes: Vec<String> = entry
        .variants
        .iter()
        .map(|variant| match &variant.value {
            Code::Code(code) => code.to_string(),
            Code::Range { min, max } if *min < 0 || *max < 0 => format!("{min}~{max}"),
            Code::Range { min, max } => format!("{min}-{max}"),
            Code::Str(code) => code.clone(),
        })
        .collect();
    codes.join("/")
}

/// Text as a Markdown table cell: `|` escaped, line breaks as `<br>`.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', "<br>")
}
