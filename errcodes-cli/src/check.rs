//! `errcodes check`: the problems `include_errcodes!` would report for each spec, rustc-style
//! with the source line and a caret, or as JSON for CI and editors.
//!
//! The diagnostics are the macro's own: the same loading, validation and positions from
//! `errcodes-codegen`; only the presentation differs.

use std::fmt::Write as _;
use std::path::PathBuf;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use errcodes_codegen::diagnostics::{Diagnostic, Location, Origin, PathDisplay};
use errcodes_codegen::{load, Diagnostics, Source};
use serde_json::{json, Value};

use crate::Output;

/// How `check` prints problems.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// rustc-style, with the source line and a caret (on stderr).
    #[default]
    Human,
    /// A JSON array of problems (on stdout), one object per problem.
    Json,
}

/// Checks every spec of `paths`; status 1 if any has a problem (or cannot be read).
pub fn run(paths: &[PathBuf], format: Format) -> Output {
    let mut output = Output::default();
    let mut problems = Vec::new();
    for path in paths {
        let (name, text, diagnostics) = diagnose(path);
        if !diagnostics.is_empty() {
            output.status = 1;
        }
        match format {
            Format::Human => output
                .stderr
                .push_str(&human(&name, text.as_deref(), &diagnostics)),
            Format::Json => problems.extend(json(&name, &diagnostics)),
        }
        if format == Format::Human && diagnostics.is_empty() {
            let _ = writeln!(output.stderr, "{name}: ok");
        }
    }
    if format == Format::Json {
        output.stdout = format!("{:#}\n", Value::Array(problems));
    }
    output
}

/// The spec at `path` as messages name it, its text if it could be read, and its problems.
fn diagnose(path: &std::path::Path) -> (String, Option<String>, Diagnostics) {
    match Source::read(path) {
        Ok(source) => {
            let (_, diagnostics) = load(&source);
            (source.name, Some(source.text), diagnostics)
        }
        Err(diagnostic) => {
            let mut diagnostics = Diagnostics::new();
            diagnostics.push(diagnostic);
            (path.display().to_string(), None, diagnostics)
        }
    }
}

/// The problems of the spec `name` (of text `text`, when it could be read) as rustc shows
/// its own: `error: ...`, ` --> file:line:column`, the line with a caret, `= help: ...`.
/// Styled; the styles are dropped when the output is not a terminal.
pub fn human(name: &str, text: Option<&str>, diagnostics: &Diagnostics) -> String {
    let renderer = Renderer::styled();
    let mut out = String::new();
    for diagnostic in diagnostics.iter() {
        let headline = match diagnostic.subject.as_str() {
            "" => diagnostic.message.clone(),
            subject => format!("{subject}: {}", diagnostic.message),
        };
        let mut group = Group::with_title(Level::ERROR.primary_title(headline));
        match (location(&diagnostic.origin), text) {
            (Some(at), Some(text)) => {
                let line = text
                    .lines()
                    .nth(at.line.saturating_sub(1))
                    .unwrap_or_default();
                group = group.element(
                    Snippet::source(line)
                        .line_start(at.line)
                        .path(name)
                        .annotation(AnnotationKind::Primary.span(token_at(line, at.column))),
                );
            }
            (Some(at), None) => {
                group = group.element(
                    annotate_snippets::Origin::path(name)
                        .line(at.line)
                        .char_column(at.column),
                );
            }
            (None, _) => {
                // A problem of the spec as a whole names the file in its message.
                if let Origin::Node { path, .. } = &diagnostic.origin {
                    let origin = format!("{name} ({})", PathDisplay(path));
                    group = group.element(annotate_snippets::Origin::path(origin));
                }
            }
        }
        if let Some(help) = &diagnostic.help {
            group = group.element(Level::HELP.message(help.as_str()));
        }
        let _ = writeln!(out, "{}\n", renderer.render(&[group]));
    }
    if diagnostics.dropped() > 0 {
        let _ = writeln!(
            out,
            "{name}: {} more problems not shown\n",
            diagnostics.dropped()
        );
    }
    if !diagnostics.is_empty() {
        let count = diagnostics.count();
        let plural = if count == 1 { "" } else { "s" };
        let _ = writeln!(out, "{name}: {count} problem{plural}");
    }
    out
}

/// The problems of the spec `name` as JSON objects: `file`, `line` and `column` (from 1;
/// `null` when unknown), `path` into the document, `subject`, `message`, `help`, and
/// `rendered`, the line the macro prints.
pub fn json(name: &str, diagnostics: &Diagnostics) -> Vec<Value> {
    let mut problems: Vec<Value> = diagnostics
        .iter()
        .map(|diagnostic| problem(name, diagnostic))
        .collect();
    if diagnostics.dropped() > 0 {
        let message = format!("{} more problems not shown", diagnostics.dropped());
        problems.push(json!({
            "file": name, "line": null, "column": null, "path": null, "subject": "",
            "rendered": format!("{name}: {message}"), "message": message, "help": null,
        }));
    }
    problems
}

fn problem(name: &str, diagnostic: &Diagnostic) -> Value {
    let at = location(&diagnostic.origin);
    json!({
        "file": name,
        "line": at.map(|at| at.line),
        "column": at.map(|at| at.column),
        "path": diagnostic.origin.path().map(|path| PathDisplay(path).to_string()),
        "subject": diagnostic.subject,
        "message": diagnostic.message,
        "help": diagnostic.help,
        "rendered": diagnostic.render(Some(name)),
    })
}

fn location(origin: &Origin) -> Option<Location> {
    match origin {
        Origin::Text(at) | Origin::Node { at: Some(at), .. } => Some(*at),
        _ => None,
    }
}

/// The byte range of the token starting at `column` (in characters, from 1) of `line`: up
/// to the next space, comma or bracket, or a `:` that ends a key; at least one character
/// when the line has one there.
fn token_at(line: &str, column: usize) -> std::ops::Range<usize> {
    let start = line
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(line.len(), |(index, _)| index);
    let rest = &line[start..];
    let mut end = rest.len();
    let mut chars = rest.char_indices().peekable();
    while let Some((index, c)) = chars.next() {
        let ends_key = c == ':' && chars.peek().is_none_or(|(_, next)| next.is_whitespace());
        if index > 0 && (c.is_whitespace() || matches!(c, ',' | ']' | '}') || ends_key) {
            end = index;
            break;
        }
    }
    start..start + end
}
