//! Where a problem is: the spec as a whole, a position in its text, a node of its YAML
//! document, or Rust tokens. Positions are data; messages never carry them as text.

use std::fmt;

use proc_macro2::Span;

/// One step of a path into a YAML document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seg {
    /// The value at a key of a mapping.
    Key(String),
    /// A key of a mapping itself (for problems with the key, such as an unknown one).
    KeyName(String),
    /// An index into a sequence.
    Index(usize),
}

/// A line and column in a spec's text, both counted from 1; columns count characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Location {
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1.
    pub column: usize,
}

/// Rust tokens a problem points at, from the first to the last (the same token for one).
#[derive(Clone, Copy, Debug)]
pub struct Tokens {
    /// The first token.
    pub first: Span,
    /// The last token.
    pub last: Span,
}

impl From<Span> for Tokens {
    fn from(span: Span) -> Self {
        Tokens {
            first: span,
            last: span,
        }
    }
}

/// Where a piece of the model, or a problem, came from.
#[derive(Clone, Debug)]
pub enum Origin {
    /// The spec as a whole, before any of its text could be read (not found, too large).
    Spec,
    /// A position in a spec's text: where the YAML parser stopped, or a byte that is not
    /// UTF-8.
    Text(Location),
    /// A node of a YAML document, by its path from the root. `at` is the node's position
    /// once the driver has located it; problems it could not locate keep only the path.
    Node {
        /// Keys and indices from the document root.
        path: Vec<Seg>,
        /// The node's line and column, once located.
        at: Option<Location>,
    },
    /// Rust tokens (the attribute front end).
    Tokens(Tokens),
}

impl Origin {
    /// The root of a YAML document.
    pub fn root() -> Self {
        Origin::Node {
            path: Vec::new(),
            at: None,
        }
    }

    /// A single Rust token.
    pub fn span(span: Span) -> Self {
        Origin::Tokens(span.into())
    }

    /// The origin of a child of this node; other origins have no children and stay as
    /// they are.
    #[must_use]
    pub fn child(&self, seg: Seg) -> Self {
        match self {
            Origin::Node { path, .. } => {
                let mut path = path.clone();
                path.push(seg);
                Origin::Node { path, at: None }
            }
            other => other.clone(),
        }
    }

    /// Shorthand for `child(Seg::Key(key))`.
    #[must_use]
    pub fn key(&self, key: &str) -> Self {
        self.child(Seg::Key(key.to_owned()))
    }

    /// Shorthand for `child(Seg::Index(index))`.
    #[must_use]
    pub fn index(&self, index: usize) -> Self {
        self.child(Seg::Index(index))
    }

    /// The path of a YAML node, if this is one.
    pub fn path(&self) -> Option<&[Seg]> {
        match self {
            Origin::Node { path, .. } => Some(path),
            _ => None,
        }
    }

    /// The Rust tokens this origin is, if it is some.
    pub fn tokens(&self) -> Option<Tokens> {
        match self {
            Origin::Tokens(tokens) => Some(*tokens),
            _ => None,
        }
    }

    /// Where the origin is, for ordering problems as the input does: the spec as a whole
    /// first, then `(line, column)` of the text or of the first Rust token, then the
    /// origins not located.
    pub fn position(&self) -> (u8, usize, usize) {
        match self {
            Origin::Spec => (0, 0, 0),
            Origin::Text(at) | Origin::Node { at: Some(at), .. } => (1, at.line, at.column),
            Origin::Tokens(tokens) => {
                let start = tokens.first.start();
                (1, start.line, start.column)
            }
            Origin::Node { at: None, .. } => (2, 0, 0),
        }
    }

    /// The span to give generated tokens named after this origin, if it is Rust source.
    pub fn first_span(&self) -> Option<Span> {
        self.tokens().map(|tokens| tokens.first)
    }
}

/// Formats a YAML path the way a user reads it: `enums[0].entries[3].code`.
pub struct PathDisplay<'a>(pub &'a [Seg]);

impl fmt::Display for PathDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("(document)");
        }
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                Seg::Key(key) | Seg::KeyName(key) if i == 0 => f.write_str(key)?,
                Seg::Key(key) | Seg::KeyName(key) => write!(f, ".{key}")?,
                Seg::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}
