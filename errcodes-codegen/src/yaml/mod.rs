//! The YAML front end: spec text in, model out.
//!
//! [`parse`] turns text into a plain [`Node`] tree; `read` walks the tree into the model,
//! checking every key and type (`fields` reads one mapping); [`locate`] finds the line and
//! column of a node by its path, for messages. This is the only module that touches the
//! YAML library: swapping it means rewriting `parse`, `classify` and `locate` only.

mod entry;
mod fields;
mod locate;
mod read;

pub use locate::locate;

use crate::diagnostics::{Diagnostic, Diagnostics, Location, Origin};
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
    /// An integer too large for an `i64`, as written.
    BigInt(String),
    /// A floating-point number.
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

/// Parses one YAML document.
///
/// # Errors
/// The parser's complaint, with its position. The parser bounds recursion depth and alias
/// expansion, so hostile inputs end here rather than exhausting the stack or memory.
pub fn parse(text: &str) -> Result<Node, Diagnostic> {
    match serde_yaml::from_str::<serde_yaml::Value>(text) {
        Ok(value) => Ok(convert(value)),
        Err(error) => Err(classify(&error)),
    }
}

/// What the YAML library's error means for the user, and what to do about it. The one
/// place that reads the library's message text: it has no error kinds to match instead.
fn classify(error: &serde_yaml::Error) -> Diagnostic {
    let location = error.location().map(|at| Location {
        line: at.line(),
        column: at.column(),
    });
    let mut text = error.to_string();
    // The position is reported separately; drop the copy the parser appends to its message.
    if let Some(at) = location {
        text = text.replacen(&format!(" at line {} column {}", at.line, at.column), "", 1);
    }
    let out_of_range = "write the code as an integer in the range of i64";
    let (message, help) = if text.contains("i128") {
        // An integer below i64::MIN overflows the parser's own value type before we see it.
        let message = format!(
            "an integer is out of range for an i64 (codes must lie in {}..={})",
            i64::MIN,
            i64::MAX
        );
        (message, out_of_range)
    } else if text.contains("duplicate entry") {
        (
            text,
            "a key may appear once per mapping: remove or rename one of the two",
        )
    } else if text.contains("out of range") {
        (text, out_of_range)
    } else {
        (
            text,
            "fix the YAML syntax; the spec format is described in specs/README.md",
        )
    };
    let origin = location.map_or_else(Origin::root, Origin::Text);
    Diagnostic::new(origin, format!("YAML: {message}")).help(help)
}

fn convert(value: serde_yaml::Value) -> Node {
    use serde_yaml::Value;
    match value {
        Value::Null => Node::Null,
        Value::Bool(flag) => Node::Bool(flag),
        Value::Number(number) => {
            if let Some(int) = number.as_i64() {
                Node::Int(int)
            } else if number.is_u64() {
                Node::BigInt(number.to_string())
            } else {
                Node::Float(number.as_f64().unwrap_or(f64::NAN))
            }
        }
        Value::String(text) => Node::Str(text),
        Value::Sequence(items) => Node::Seq(items.into_iter().map(convert).collect()),
        Value::Mapping(map) => Node::Map(
            map.into_iter()
                .map(|(k, v)| (convert(k), convert(v)))
                .collect(),
        ),
        Value::Tagged(tagged) => {
            Node::Tagged(tagged.tag.to_string(), Box::new(convert(tagged.value)))
        }
    }
}
