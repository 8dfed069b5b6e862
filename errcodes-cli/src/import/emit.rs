//! Writing the spec as YAML text, by hand: keys in the house order, comments where a human
//! has to look, every string through [`super::yaml`].

use std::fmt::Write as _;

use super::assemble::{Body, Enum, Named, Spec};
use super::codes::{Codes, Kind};
use super::yaml;

/// The spec as YAML.
pub(crate) fn emit(spec: &Spec) -> String {
    let mut out = Out::default();
    out.line(
        0,
        "# Imported by `errcodes import`: review every `# TODO` and `# suggested` comment.",
    );
    out.line(0, "catalog:");
    if spec.title_given {
        out.line(
            2,
            "# TODO: title (the page has no H1 before its first table)",
        );
    }
    out.field(2, "title", &spec.title);
    if let Some(language) = spec.language {
        out.line(
            2,
            &format!("language: {language}   # suggested from the text: check"),
        );
    }
    if !spec.notes.is_empty() {
        out.field(2, "notes", &spec.notes.join("\n"));
    }
    out.blank();
    out.line(0, "enums:");
    for (index, space) in spec.enums.iter().enumerate() {
        if index > 0 {
            out.blank();
        }
        enumeration(&mut out, space);
    }
    out.text
}

fn enumeration(out: &mut Out, space: &Enum) {
    out.line(2, "# TODO: name");
    out.line(2, &format!("- name: {}", space.name));
    if space.kind == Kind::String {
        out.line(4, "kind: string");
        if space.dotted {
            out.line(4, "separator: \".\"");
        }
    }
    if let Some(billing) = space.billing {
        out.line(4, "defaults:");
        out.line(
            6,
            &format!(
                "billing: {}   # the billing most rows have; entries say where they differ",
                billing.keyword()
            ),
        );
    }
    body(out, 4, &space.body);
}

fn body(out: &mut Out, indent: usize, body: &Body) {
    if !body.entries.is_empty() {
        out.line(indent, "entries:");
        for named in &body.entries {
            entry(out, indent + 2, named);
        }
    }
    if !body.sections.is_empty() {
        out.line(indent, "sections:");
        for section in &body.sections {
            out.line(
                indent + 2,
                &format!("- title: {}", yaml::value(&section.title, indent + 4)),
            );
            if !section.doc.is_empty() {
                out.field(indent + 4, "doc", &section.doc.join("\n"));
            }
            self::body(out, indent + 4, &section.body);
        }
    }
}

fn entry(out: &mut Out, indent: usize, named: &Named) {
    let entry = &named.entry;
    let inner = indent + 2;
    if named.names.placeholder {
        out.line(indent, "# TODO: name");
    }
    out.line(indent, &format!("- name: {}", named.names.name));
    match &entry.codes {
        Codes::Integers(codes) => out.line(inner, &format!("code: {}", codes[0])),
        Codes::Range(min, max) => out.line(inner, &format!("range: [{min}, {max}]")),
        Codes::Strings(codes) => out.field(inner, "code", &codes[0]),
    }
    if let Some(written) = &entry.as_written {
        out.field(inner, "as_written", written);
    }
    let aliases: Vec<String> = match &entry.codes {
        Codes::Integers(codes) => codes[1..].iter().map(ToString::to_string).collect(),
        Codes::Strings(codes) => codes[1..]
            .iter()
            .map(|code| yaml::flow_value(code))
            .collect(),
        Codes::Range(..) => Vec::new(),
    };
    if !aliases.is_empty() {
        out.line(inner, "aliases:");
        for (code, name) in aliases.iter().zip(&named.names.aliases) {
            out.line(inner + 2, &format!("- {{ code: {code}, name: {name} }}"));
        }
    }
    out.field(inner, "message", &entry.message);
    for (key, text) in [
        ("message_en", &entry.message_en),
        ("description", &entry.description),
        ("remedy", &entry.remedy),
    ] {
        if let Some(text) = text {
            out.field(inner, key, text);
        }
    }
    if let Some(billing) = named.billing {
        out.line(inner, &format!("billing: {}", billing.keyword()));
    }
    if named.success {
        out.line(
            inner,
            "success: true   # suggested: code 0 with a message of success: check",
        );
    }
    if let Some(retry) = &named.retry {
        out.line(
            inner,
            &format!(
                "retry: {}   # suggested from \"{}\": check",
                retry.retry.keyword(),
                yaml::comment(&retry.from)
            ),
        );
    }
}

#[derive(Default)]
struct Out {
    text: String,
}

impl Out {
    fn line(&mut self, indent: usize, line: &str) {
        let _ = writeln!(self.text, "{:indent$}{line}", "");
    }

    fn blank(&mut self) {
        self.text.push('\n');
    }

    /// `key: value`, the value escaped as needed.
    fn field(&mut self, indent: usize, key: &str, value: &str) {
        let value = yaml::value(value, indent);
        self.line(indent, &format!("{key}: {value}"));
    }
}
