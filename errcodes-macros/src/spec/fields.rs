//! Reading the fields of one YAML mapping, collecting every problem.

use crate::diag::{suggest, Diagnostic, Diagnostics, Origin, Seg};
use crate::yaml::Node;

/// The fields of a mapping, checked against the keys a spec allows there.
pub struct Fields<'a> {
    pairs: Vec<(&'a str, &'a Node)>,
    origin: Origin,
    /// What the mapping is, for messages: ``entry `Foo` (code 1)``, `catalog`, ...
    pub subject: String,
}

impl<'a> Fields<'a> {
    /// Reads `node` as a mapping, reporting non-mappings, non-string keys and keys not in
    /// `allowed`. An `entry`, `enum` or `section` is named in messages by its `name` or
    /// `title` as soon as it has one.
    pub fn new(
        node: &'a Node,
        origin: &Origin,
        subject: impl Into<String>,
        allowed: &[&str],
        diagnostics: &mut Diagnostics,
    ) -> Option<Fields<'a>> {
        let mut subject = subject.into();
        if let (Node::Map(map), "entry" | "enum" | "section") = (node, subject.as_str()) {
            let label = map.iter().find_map(|(key, value)| match (key, value) {
                (Node::Str(key), Node::Str(value)) if key == "name" || key == "title" => {
                    Some(value)
                }
                _ => None,
            });
            if let Some(label) = label {
                subject = format!("{subject} `{label}`");
            }
        }
        let Node::Map(map) = node else {
            diagnostics.push(
                Diagnostic::new(
                    origin.clone(),
                    format!("expected a mapping, found {}", node.kind()),
                )
                .subject(&subject)
                .help(format!(
                    "write `key: value` lines; allowed keys: {}",
                    allowed.join(", ")
                )),
            );
            return None;
        };
        let mut pairs = Vec::with_capacity(map.len());
        for (key, value) in map {
            match key {
                Node::Str(key) if allowed.contains(&key.as_str()) => {
                    pairs.push((key.as_str(), value));
                }
                Node::Str(key) => diagnostics.push(
                    Diagnostic::new(
                        origin.child(Seg::KeyName(key.clone())),
                        format!("unknown key `{key}`"),
                    )
                    .subject(&subject)
                    .help(suggest(key, allowed)),
                ),
                other => diagnostics.push(
                    Diagnostic::new(
                        origin.clone(),
                        format!("keys must be strings, found {}", other.kind()),
                    )
                    .subject(&subject)
                    .help(format!("allowed keys: {}", allowed.join(", "))),
                ),
            }
        }
        Some(Fields {
            pairs,
            origin: origin.clone(),
            subject,
        })
    }

    /// The same fields, named differently in messages (once the entry's name is known).
    #[must_use]
    pub fn with_subject(self, subject: String) -> Self {
        Fields { subject, ..self }
    }

    /// The value at `key` and its origin, if present (a `null` value counts as absent).
    pub fn get(&self, key: &str) -> Option<(&'a Node, Origin)> {
        self.pairs
            .iter()
            .find(|(k, value)| *k == key && **value != Node::Null)
            .map(|(k, value)| (*value, self.origin.key(k)))
    }

    /// True if `key` is present.
    pub fn has(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Reports that a required key is missing.
    pub fn missing(&self, key: &str, help: &str, diagnostics: &mut Diagnostics) {
        diagnostics.push(
            Diagnostic::new(self.origin.clone(), format!("missing key `{key}`"))
                .subject(&self.subject)
                .help(help.to_owned()),
        );
    }

    /// An optional string.
    pub fn string(&self, key: &str, diagnostics: &mut Diagnostics) -> Option<String> {
        let (node, origin) = self.get(key)?;
        match node {
            Node::Str(text) => Some(text.clone()),
            // Unquoted numbers and booleans are text too where a string is expected (`as_written: 02`).
            Node::Int(int) => Some(int.to_string()),
            Node::BigInt(int) => Some(int.clone()),
            Node::Bool(flag) => Some(flag.to_string()),
            other => {
                self.wrong_type(&origin, key, "a string", other, diagnostics);
                None
            }
        }
    }

    /// A required string.
    pub fn required_string(
        &self,
        key: &str,
        help: &str,
        diagnostics: &mut Diagnostics,
    ) -> Option<String> {
        if self.has(key) {
            self.string(key, diagnostics)
        } else {
            self.missing(key, help, diagnostics);
            None
        }
    }

    /// An optional boolean.
    pub fn boolean(&self, key: &str, diagnostics: &mut Diagnostics) -> Option<bool> {
        let (node, origin) = self.get(key)?;
        if let Node::Bool(flag) = node {
            Some(*flag)
        } else {
            self.wrong_type(&origin, key, "`true` or `false`", node, diagnostics);
            None
        }
    }

    /// An optional keyword, parsed by `parse`.
    pub fn keyword<T>(
        &self,
        key: &str,
        parse: fn(&str) -> Option<T>,
        expected: &str,
        diagnostics: &mut Diagnostics,
    ) -> Option<T> {
        let (node, origin) = self.get(key)?;
        if let Node::Str(text) = node {
            if let Some(value) = parse(text) {
                return Some(value);
            }
            diagnostics.push(
                Diagnostic::new(origin, format!("`{text}` is not a valid `{key}`"))
                    .subject(&self.subject)
                    .help(format!("write one of {expected}")),
            );
        } else {
            self.wrong_type(&origin, key, expected, node, diagnostics);
        }
        None
    }

    /// An optional list.
    pub fn list(&self, key: &str, diagnostics: &mut Diagnostics) -> Option<(&'a [Node], Origin)> {
        let (node, origin) = self.get(key)?;
        if let Node::Seq(items) = node {
            Some((items.as_slice(), origin))
        } else {
            self.wrong_type(&origin, key, "a list", node, diagnostics);
            None
        }
    }

    /// Reports a value of the wrong kind.
    pub fn wrong_type(
        &self,
        origin: &Origin,
        key: &str,
        expected: &str,
        found: &Node,
        diagnostics: &mut Diagnostics,
    ) {
        let help = match found {
            Node::Seq(_) | Node::Map(_) if expected == "a string" => format!(
                "write `{key}` as one string; quote it if it contains `: ` or starts with a special character"
            ),
            Node::Str(text) if expected.contains("true") => {
                format!("write `{key}: true` or `{key}: false`, not `{text}`")
            }
            _ => format!("`{key}` takes {expected}; specs/README.md lists every key and its type"),
        };
        diagnostics.push(
            Diagnostic::new(
                origin.clone(),
                format!("`{key}` must be {expected}, found {}", found.kind()),
            )
            .subject(&self.subject)
            .help(help),
        );
    }
}

/// Reads an `i64`, reporting other kinds and integers out of range.
pub fn integer(
    node: &Node,
    origin: &Origin,
    subject: &str,
    what: &str,
    diagnostics: &mut Diagnostics,
) -> Option<i64> {
    match node {
        Node::Int(int) => Some(*int),
        Node::BigInt(text) => {
            diagnostics.push(
                Diagnostic::new(
                    origin.clone(),
                    format!("{what} {text} is out of range for an i64"),
                )
                .subject(subject)
                .help(format!("codes must lie in {}..={}", i64::MIN, i64::MAX)),
            );
            None
        }
        // The parser reads integers beyond u64 as floats; smaller floats are really floats.
        Node::Float(value) if value.abs() >= 2f64.powi(63) => {
            diagnostics.push(
                Diagnostic::new(
                    origin.clone(),
                    format!("{what} {value} is out of range for an i64"),
                )
                .subject(subject)
                .help(format!("codes must lie in {}..={}", i64::MIN, i64::MAX)),
            );
            None
        }
        other => {
            diagnostics.push(
                Diagnostic::new(origin.clone(), format!("{what} must be an integer, found {}", other.kind()))
                    .subject(subject)
                    .help("write the code as a plain integer, e.g. `code: 1001` (not quoted, no leading zeros)"),
            );
            None
        }
    }
}
