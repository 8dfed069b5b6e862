//! From the page's tables, grouped, to the spec's shape: enums, nested sections, named
//! entries with their billing and suggestions.

use super::codes::{Codes, Kind};
use super::markdown::Page;
use super::names::{Namer, Names};
use super::report::{Findings, Reason};
use super::retry_hint::{self, Suggestion};
use super::rows::{Billing, CodeTable, Entry};
use super::table::has_han;

/// The spec to write.
#[derive(Debug)]
pub(crate) struct Spec {
    pub title: String,
    /// The page has no title of its own; `title` is the one given.
    pub title_given: bool,
    /// `zh-CN` when the messages are Chinese: a suggestion.
    pub language: Option<&'static str>,
    pub notes: Vec<String>,
    pub enums: Vec<Enum>,
}

#[derive(Debug)]
pub(crate) struct Enum {
    /// A placeholder (`Enum1`): the page has no name for it.
    pub name: String,
    pub kind: Kind,
    /// String codes use `.` as a hierarchy separator.
    pub dotted: bool,
    /// The most common billing of the enum's entries, when the tables have a billing column.
    pub billing: Option<Billing>,
    pub body: Body,
}

/// Entries and subsections of an enum or a section.
#[derive(Debug, Default)]
pub(crate) struct Body {
    pub entries: Vec<Named>,
    pub sections: Vec<Section>,
}

#[derive(Debug)]
pub(crate) struct Section {
    /// Index of the page's section.
    pub index: usize,
    pub title: String,
    pub doc: Vec<String>,
    pub body: Body,
}

/// An entry with everything the page does not say directly.
#[derive(Debug)]
pub(crate) struct Named {
    pub entry: Entry,
    pub names: Names,
    /// Billing to write on the entry (differs from the enum's default).
    pub billing: Option<Billing>,
    pub retry: Option<Suggestion>,
    pub success: bool,
}

/// Builds the spec from `tables` grouped into `groups`.
pub(crate) fn assemble(
    page: &Page,
    given_title: &str,
    tables: Vec<CodeTable>,
    groups: &[Vec<usize>],
    findings: &mut Findings,
) -> Spec {
    let mut slots: Vec<Option<CodeTable>> = tables.into_iter().map(Some).collect();
    let mut placed = vec![false; page.sections.len()];
    let mut enums = Vec::new();
    for (number, group) in groups.iter().enumerate() {
        let tables: Vec<CodeTable> = group
            .iter()
            .filter_map(|&index| slots[index].take())
            .collect();
        enums.push(enumeration(page, number + 1, tables, &mut placed));
    }
    for (index, section) in page.sections.iter().enumerate() {
        if !placed[index] && !section.doc.is_empty() {
            findings.push(
                section.doc_line.unwrap_or(section.line),
                Reason::UnplacedText,
                format!(
                    "section `{}` holds no entries; its text is not written: {}",
                    section.title,
                    section.doc.join(" / ")
                ),
                0,
            );
        }
    }
    let chinese = enums
        .iter()
        .any(|space: &Enum| any_entry(&space.body, &|named| has_han(&named.entry.message)));
    let given_title = if given_title.trim().is_empty() {
        "Untitled"
    } else {
        given_title
    };
    Spec {
        title: page.title.clone().unwrap_or_else(|| given_title.to_owned()),
        title_given: page.title.is_none(),
        language: chinese.then_some("zh-CN"),
        notes: page.notes.clone(),
        enums,
    }
}

fn enumeration(page: &Page, number: usize, tables: Vec<CodeTable>, placed: &mut [bool]) -> Enum {
    let kind = tables[0].kind;
    let billing = majority_billing(&tables);
    let mut namer = Namer::default();
    let mut body = Body::default();
    for table in tables {
        let path = page.path(table.section);
        let mut target = &mut body;
        for index in path {
            placed[index] = true;
            let reuse = target
                .sections
                .last()
                .is_some_and(|last| last.index == index);
            if !reuse {
                let section = &page.sections[index];
                target.sections.push(Section {
                    index,
                    title: section.title.clone(),
                    doc: section.doc.clone(),
                    body: Body::default(),
                });
            }
            let last = target.sections.len() - 1;
            target = &mut target.sections[last].body;
        }
        for entry in table.entries {
            target.entries.push(named(entry, &mut namer, billing));
        }
    }
    let dotted = kind == Kind::String && any_entry(&body, &|named| is_dotted(&named.entry.codes));
    Enum {
        name: format!("Enum{number}"),
        kind,
        dotted,
        billing,
        body,
    }
}

fn named(entry: Entry, namer: &mut Namer, default: Option<Billing>) -> Named {
    let entry_names = namer.entry(&entry.codes, entry.message_en.as_deref());
    let texts: Vec<&str> = [
        Some(&entry.message),
        entry.remedy.as_ref(),
        entry.description.as_ref(),
    ]
    .into_iter()
    .flatten()
    .map(String::as_str)
    .collect();
    let success = matches!(&entry.codes, Codes::Integers(codes)
        if retry_hint::suggests_success(codes[0], &entry.message));
    let retry = if success {
        None
    } else {
        retry_hint::suggest(&texts)
    };
    let billing = entry.billing.filter(|&billing| {
        Some(billing) != default && (default.is_some() || billing != Billing::Unspecified)
    });
    Named {
        entry,
        names: entry_names,
        billing,
        retry,
        success,
    }
}

/// The billing most entries have (the first seen wins a tie), when the tables have a
/// billing column and it says something.
fn majority_billing(tables: &[CodeTable]) -> Option<Billing> {
    let mut counts: Vec<(Billing, usize)> = Vec::new();
    for billing in tables
        .iter()
        .flat_map(|table| &table.entries)
        .filter_map(|entry| entry.billing)
    {
        match counts.iter_mut().find(|(seen, _)| *seen == billing) {
            Some((_, count)) => *count += 1,
            None => counts.push((billing, 1)),
        }
    }
    let mut best: Option<(Billing, usize)> = None;
    for (billing, count) in counts {
        if best.is_none_or(|(_, most)| count > most) {
            best = Some((billing, count));
        }
    }
    best.map(|(billing, _)| billing)
        .filter(|&billing| billing != Billing::Unspecified)
}

fn is_dotted(codes: &Codes) -> bool {
    matches!(codes, Codes::Strings(codes) if codes.iter().any(|code| code.contains('.')))
}

/// True if any entry of `body`, at any depth, satisfies `test`.
pub(crate) fn any_entry(body: &Body, test: &dyn Fn(&Named) -> bool) -> bool {
    body.entries.iter().any(test)
        || body
            .sections
            .iter()
            .any(|section| any_entry(&section.body, test))
}
