//! Reading the fields of one YAML mapping, collecting every problem.

use errcodes_core::Keyword;

use super::Node;
use crate::diagnostics::{closest, quote, wording, Diagnostic, Diagnostics, Origin, Seg};
use crate::model::keyword_choices;

/// What a key takes, for "must be ..." messages and the help that goes with them.
pub enum Expected {
    /// Text (numbers and booleans are read as their text).
    String,
    /// `true` or `false`.
    Bool,
    /// A sequence.
    List,
    /// A mapping.
    Mapping,
    /// One of the keywords listed, e.g. "`charged`, `free` or `unspecified`".
    OneOf(String),
}

impl Expected {
    fn describe(&self) -> &str {
        match self {
            Expected::String => "a string",
            Expected::Bool => "`true` or `false`",
            Expected::List => "a list",
            Expected::Mapping => "a mapping",
            Expected::OneOf(choices) => choices,
        }
    }
}

/// YAML's merge key (`<<: *anchor`), which the spec language does not support.
const MERGE_KEY: &str = "<<";

/// The fields of a mapping, checked against the keys a spec allows there.
pub struct Fields<'a> {
    pairs: Vec<(&'a str, &'a Node)>,
    origin: Origin,
    /// The allowed keys that an unknown key of the mapping looks like a misspelling of: they
    /// are not reported missing as well.
    misspelt: Vec<&'static str>,
    /// True if the mapping has a merge key, whose keys would have filled what is missing.
    merges: bool,
    /// What the mapping is, for messages: ``entry `Foo` (code 1)``, `catalog`, ...
    pub subject: String,
}

impl<'a> Fields<'a> {
    /// Like [`Fields::new`] for an item that has a `name` or `title` (an entry, an enum, a
    /// section): messages name it by that as soon as it has one, e.g. ``entry `Busy` ``.
    pub fn named(
        node: &'a Node,
        origin: &Origin,
        kind: &str,
        allowed: &[&'static str],
        diagnostics: &mut Diagnostics,
    ) -> Option<Fields<'a>> {
        let label = match node {
            Node::Map(map) => map.iter().find_map(|(key, value)| match (key, value) {
                (Node::Str(key), Node::Str(value)) if key == "name" || key == "title" => {
                    Some(value)
                }
                _ => None,
            }),
            _ => None,
        };
        let subject = match label {
            Some(label) => format!("{kind} {}", quote(label)),
            None => kind.to_owned(),
        };
        Fields::new(node, origin, subject, allowed, diagnostics)
    }

    /// Reads `node` as a mapping, reporting non-mappings, non-string keys and keys not in
    /// `allowed`; `subject` names the mapping in messages.
    pub fn new(
        node: &'a Node,
        origin: &Origin,
        subject: impl Into<String>,
        allowed: &[&'static str],
        diagnostics: &mut Diagnostics,
    ) -> Option<Fields<'a>> {
        let subject = subject.into();
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
        let (mut misspelt, mut merges) = (Vec::new(), false);
        for (key, value) in map {
            match key {
                Node::Str(key) if allowed.contains(&key.as_str()) => {
                    pairs.push((key.as_str(), value));
                }
                Node::Str(key) if key == MERGE_KEY => {
                    merges = true;
                    diagnostics.push(
                        Diagnostic::new(
                            origin.child(Seg::KeyName(key.clone())),
                            "merge keys (`<<: *anchor`) are not supported",
                        )
                        .subject(&subject)
                        .help("write the keys out in this mapping; an alias (`*anchor`) of a whole value works"),
                    );
                }
                Node::Str(key) => {
                    misspelt.extend(closest(key, allowed));
                    let at = origin.child(Seg::KeyName(key.clone()));
                    diagnostics.push(wording::unknown_key(at, key, allowed).subject(&subject));
                }
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
            misspelt,
            merges,
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

    /// Where the value at `key` is (the mapping itself if the key is absent).
    pub fn origin_of(&self, key: &str) -> Origin {
        self.get(key)
            .map_or_else(|| self.origin.clone(), |(_, origin)| origin)
    }

    /// True if `key` is present.
    pub fn has(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Reports that a required key is missing, unless an unknown key of the mapping is a
    /// misspelling of it or a merge key may have supplied it: those are reported already.
    pub fn missing(&self, key: &str, help: &str, diagnostics: &mut Diagnostics) {
        if self.merges || self.misspelt.contains(&key) {
            return;
        }
        diagnostics
            .push(wording::missing_key(self.origin.clone(), key, help).subject(&self.subject));
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
                self.wrong_type(&origin, key, &Expected::String, other, diagnostics);
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
            self.wrong_type(&origin, key, &Expected::Bool, node, diagnostics);
            None
        }
    }

    /// An optional keyword: `billing: free`, `retry: transient`.
    pub fn keyword<K: Keyword>(&self, key: &str, diagnostics: &mut Diagnostics) -> Option<K> {
        let (node, origin) = self.get(key)?;
        let choices = keyword_choices::<K>();
        if let Node::Str(text) = node {
            if let Some(value) = K::from_keyword(text) {
                return Some(value);
            }
            diagnostics.push(wording::not_a_keyword::<K>(origin, key, text).subject(&self.subject));
        } else {
            self.wrong_type(&origin, key, &Expected::OneOf(choices), node, diagnostics);
        }
        None
    }

    /// An optional list.
    pub fn list(&self, key: &str, diagnostics: &mut Diagnostics) -> Option<(&'a [Node], Origin)> {
        let (node, origin) = self.get(key)?;
        if let Node::Seq(items) = node {
            Some((items.as_slice(), origin))
        } else {
            self.wrong_type(&origin, key, &Expected::List, node, diagnostics);
            None
        }
    }

    /// Reports a value of the wrong kind.
    pub fn wrong_type(
        &self,
        origin: &Origin,
        key: &str,
        expected: &Expected,
        found: &Node,
        diagnostics: &mut Diagnostics,
    ) {
        let help = match (expected, found) {
            (Expected::String, Node::Seq(_) | Node::Map(_)) => format!(
                "write `{key}` as one string; quote it if it contains `: ` or starts with a special character"
            ),
            (Expected::Bool, Node::Str(text)) => {
                format!("write `{key}: true` or `{key}: false`, not {}", quote(text))
            }
            _ => format!(
                "`{key}` takes {}; specs/README.md lists every key and its type",
                expected.describe()
            ),
        };
        diagnostics.push(
            Diagnostic::new(
                origin.clone(),
                format!(
                    "`{key}` must be {}, found {}",
                    expected.describe(),
                    found.kind()
                ),
            )
            .subject(&self.subject)
            .help(help),
        );
    }
}
