//! Which tables share an enum (the rule is stated in the module docs of [`crate::import`]).

use super::codes::CodeSet;
use super::markdown::Page;
use super::rows::CodeTable;

/// Groups `tables` (in page order) into enums, as lists of table indexes. Tables without
/// entries join no enum.
pub(crate) fn group(tables: &[CodeTable], page: &Page) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut codes = CodeSet::default();
    for (index, table) in tables.iter().enumerate() {
        if table.entries.is_empty() {
            continue;
        }
        let joins = groups.last().is_some_and(|group| {
            let last = &tables[group[group.len() - 1]];
            page.top_section(last.section) == page.top_section(table.section)
                && last.kind == table.kind
                && last.roles == table.roles
                && table
                    .entries
                    .iter()
                    .all(|entry| codes.clash(&entry.codes).is_none())
        });
        if !joins {
            groups.push(Vec::new());
            codes = CodeSet::default();
        }
        for entry in &table.entries {
            codes.insert(&entry.codes, entry.line);
        }
        if let Some(group) = groups.last_mut() {
            group.push(index);
        }
    }
    groups
}
