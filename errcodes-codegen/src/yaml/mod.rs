//! The YAML front end: spec text in, model out.
//!
//! [`parse`] turns text into a plain [`Node`] tree (built by `tree`); `read` walks the tree
//! into the model, checking every key and type (`fields` reads one mapping); [`locate`]
//! finds the line and column of a node by its path, for messages. This is the only module
//! that touches the YAML library: swapping it means rewriting `tree`, `classify` and
//! `locate` only.

mod entry;
mod fields;
mod locate;
mod read;
mod tree;

pub use locate::locate;

use self::tree::Noted;

use crate::diagnostics::{wording, Diagnostic, Diagnostics, Location, Origin};
use crate::model::Catalog;

/// Reads a spec's text into a catalog, without validating it as a whole (see
/// [`crate::validate`]): every problem the reader finds goes to `diagnostics`.
///
/// `None` when the text is not YAML at all; otherwise the catalog holds whatever could be
/// read, possibly incomplete (see [`crate::model::CodeSpace::complete`]).
pub fn read(text: &str, diagnostics: &mut Diagnostics) -> Option<Catalog> {
    match parse(text) {
        Ok(root) => Some(read::catalog(&root, diagnostics)),
        Err(problem) => {
            diagnostics.push(problem);
            None
        }
    }
}

/// A YAML value, detached from the library that parsed it.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    /// `~`, `null` or an empty value.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// An integer that fits an `i64`.
    Int(i64),
    /// An integer outside the range of an `i64` (up to 128 bits), in decimal.
    BigInt(String),
    /// A floating-point number (the parser reads integers beyond 128 bits as one too).
    Float(f64),
    /// A string.
    Str(String),
    /// A sequence.
    Seq(Vec<Node>),
    /// A mapping, in document order. Keys are kept as nodes so that non-string keys can be reported.
    Map(Vec<(Node, Node)>),
    /// A value with a `!tag`, which specs never use.
    Tagged(String, Box<Node>),
}

impl Node {
    /// A short name of the node's kind, for "expected X, found Y" messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Node::Null => "nothing",
            Node::Bool(_) => "a boolean",
            Node::Int(_) | Node::BigInt(_) => "an integer",
            Node::Float(_) => "a floating-point number",
            Node::Str(_) => "a string",
            Node::Seq(_) => "a list",
            Node::Map(_) => "a mapping",
            Node::Tagged(..) => "a tagged value",
        }
    }
}

/// Parses one YAML document. A UTF-8 byte-order mark before it (editors on Windows write
/// one) is not part of the document.
///
/// # Errors
/// The parser's complaint, with its position. The parser bounds recursion depth and alias
/// expansion, so hostile inputs end here rather than exhausting the stack or memory.
pub fn parse(text: &str) -> Result<Node, Diagnostic> {
    let text = without_bom(text);
    tree::build(text).map_err(|(error, noted)| match noted {
        Some(Noted::DuplicateKey(key)) => wording::duplicate_key(origin_of(&error), &key),
        None => classify(&error, text),
    })
}

/// The text of the YAML document: without the byte-order mark that may precede it.
fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Where the parser's error is, if it says.
fn origin_of(error: &serde_yaml::Error) -> Origin {
    error.location().map_or_else(Origin::root, |at| {
        Origin::Text(Location {
            line: at.line(),
            column: at.column(),
        })
    })
}

/// What the YAML library's error means for the user, and what to do about it. The one
/// place that reads the library's message text: it has no error kinds to match instead.
fn classify(error: &serde_yaml::Error, text: &str) -> Diagnostic {
    let mut message = error.to_string();
    // The position is reported separately; drop the copy the parser appends to its message.
    if let Some(at) = error.location() {
        message = message.replacen(
            &format!(" at line {} column {}", at.line(), at.column()),
            "",
            1,
        );
    }
    let origin = origin_of(error);
    if let Origin::Text(at) = origin {
        // The scanner stops at the tab itself, whichever of its messages it gives.
        if char_at(text, at) == Some('\t') {
            return Diagnostic::new(origin, "a tab character: YAML forbids tabs in indentation")
                .help("indent with spaces");
        }
    }
    if message.contains("more than one document") {
        let second = locate::second_document(text).map_or(origin, Origin::Text);
        return Diagnostic::new(second, "a second YAML document starts here")
            .help("a spec is one document: remove the `---` (or `...`) line and what follows it, or move that into a spec of its own");
    }
    if message.contains("mapping values are not allowed") {
        return Diagnostic::new(
            origin,
            "`: ` inside a plain value, which YAML reads as the start of a mapping",
        )
        .help("quote the whole value, e.g. `message: \"错误: 参数无效\"`");
    }
    Diagnostic::new(origin, format!("YAML: {message}"))
        .help("fix the YAML syntax; the spec format is described in specs/README.md")
}

/// The character at `at` in `text` (lines and columns from 1, columns in characters).
fn char_at(text: &str, at: Location) -> Option<char> {
    text.lines().nth(at.line - 1)?.chars().nth(at.column - 1)
}
