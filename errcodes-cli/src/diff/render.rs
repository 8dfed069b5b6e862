//! The three forms of a diff: text (a line per change, grouped by enum), Markdown (a
//! table per enum) and JSON; each ends with the count of changes by class.

use std::fmt::Write as _;

use serde_json::json;

use super::{Change, Class};

fn counts(changes: &[Change]) -> Vec<(Class, usize)> {
    Class::ALL
        .iter()
        .map(|class| {
            (
                *class,
                changes
                    .iter()
                    .filter(|change| change.kind.class() == *class)
                    .count(),
            )
        })
        .collect()
}

fn summary(changes: &[Change]) -> String {
    let counts: Vec<String> = counts(changes)
        .iter()
        .map(|(class, count)| format!("{count} {}", class.as_str()))
        .collect();
    format!("{} changes: {}", changes.len(), counts.join(", "))
}

fn grouped(changes: &[Change]) -> Vec<(&str, Vec<&Change>)> {
    let mut groups: Vec<(&str, Vec<&Change>)> = Vec::new();
    for change in changes {
        match groups.iter_mut().find(|(space, _)| *space == change.space) {
            Some((_, list)) => list.push(change),
            None => groups.push((&change.space, vec![change])),
        }
    }
    groups
}

pub fn text(changes: &[Change]) -> String {
    let mut out = String::new();
    for (space, list) in grouped(changes) {
        let _ = writeln!(out, "{space}");
        for change in list {
            let line = change.to_string().replace('\n', "\\n");
            let _ = writeln!(
                out,
                "  {:<11}{:<14}{}",
                change.kind.class().as_str(),
                change.kind.as_str(),
                line.trim_start()
            );
        }
    }
    let _ = writeln!(out, "{}", summary(changes));
    out
}

pub fn markdown(changes: &[Change]) -> String {
    let cell = |text: &str| text.replace('|', "\\|").replace('\n', "<br>");
    let mut out = String::new();
    for (space, list) in grouped(changes) {
        let _ = writeln!(out, "### {space}\n\n| class | change | code | variant | before | after |\n|---|---|---|---|---|---|");
        for change in list {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                change.kind.class().as_str(),
                change.kind.as_str(),
                cell(&change.code),
                change.variant,
                cell(change.old.as_deref().unwrap_or("")),
                cell(change.new.as_deref().unwrap_or("")),
            );
        }
        out.push('\n');
    }
    let _ = writeln!(out, "{}", summary(changes));
    out
}

pub fn json(changes: &[Change]) -> serde_json::Value {
    let list: Vec<serde_json::Value> = changes
        .iter()
        .map(|change| {
            json!({
                "enum": change.space,
                "kind": change.kind.as_str(),
                "class": change.kind.class().as_str(),
                "code": change.code,
                "variant": change.variant,
                "old": change.old,
                "new": change.new,
            })
        })
        .collect();
    let mut summary = serde_json::Map::new();
    for (class, count) in counts(changes) {
        summary.insert(class.as_str().to_owned(), count.into());
    }
    json!({ "changes": list, "summary": summary })
}
