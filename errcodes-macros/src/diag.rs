//! Diagnostics: every problem found in an input, collected and reported at once.
//!
//! Front ends and the validator push [`Diagnostic`]s into a [`Diagnostics`]
//! collector instead of returning at the first error, so a user fixing a spec
//! sees every problem in one build.

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

/// Where a piece of the model came from, so a problem can be pointed at.
#[derive(Clone, Debug)]
pub enum Origin {
    /// A node of a YAML spec, by its path from the document root.
    Node(Vec<Seg>),
    /// A token of Rust source (the derive front end).
    Span(Span),
}

impl Origin {
    /// The root of a YAML document.
    pub fn root() -> Self {
        Origin::Node(Vec::new())
    }

    /// The origin of a child of this node; spans have no children and stay as they are.
    #[must_use]
    pub fn child(&self, seg: Seg) -> Self {
        match self {
            Origin::Node(path) => {
                let mut path = path.clone();
                path.push(seg);
                Origin::Node(path)
            }
            Origin::Span(span) => Origin::Span(*span),
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

    /// The span to attach generated tokens to, if this origin is Rust source.
    pub fn span(&self) -> Option<Span> {
        match self {
            Origin::Span(span) => Some(*span),
            Origin::Node(_) => None,
        }
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

/// One problem, with what it concerns and how to fix it.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    /// Where the problem is.
    pub origin: Origin,
    /// The entry or item concerned, e.g. ``entry `Success` (code 0)``; empty when none.
    pub subject: String,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// A problem at `origin`.
    pub fn new(origin: Origin, message: impl Into<String>) -> Self {
        Diagnostic {
            origin,
            subject: String::new(),
            message: message.into(),
            help: None,
        }
    }

    /// Names the entry or item the problem concerns.
    #[must_use]
    pub fn subject(mut self, subject: impl Into<String>) -> Self {
        self.subject = subject.into();
        self
    }

    /// Adds advice on how to fix the problem.
    #[must_use]
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// The problem as one line without its location: `subject: message; help`.
    pub fn text(&self) -> String {
        let mut text = String::new();
        if !self.subject.is_empty() {
            text.push_str(&self.subject);
            text.push_str(": ");
        }
        text.push_str(&self.message);
        if let Some(help) = &self.help {
            text.push_str("\n  = help: ");
            text.push_str(help);
        }
        text
    }
}

/// Upper bound on reported problems: a hostile input must not drown the user (or the compiler).
pub const MAX_DIAGNOSTICS: usize = 100;

/// A collector of problems.
#[derive(Default, Debug)]
pub struct Diagnostics {
    list: Vec<Diagnostic>,
    dropped: usize,
}

impl Diagnostics {
    /// An empty collector.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a problem.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        if self.list.len() < MAX_DIAGNOSTICS {
            self.list.push(diagnostic);
        } else {
            self.dropped += 1;
        }
    }

    /// True when no problem was recorded.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Number of problems found so far, those beyond the limit included.
    pub fn count(&self) -> usize {
        self.list.len() + self.dropped
    }

    /// How many problems were found beyond [`MAX_DIAGNOSTICS`].
    pub fn dropped(&self) -> usize {
        self.dropped
    }

    /// The recorded problems, in the order found.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.list.iter()
    }

    /// Moves every problem of `other` into `self`.
    pub fn extend(&mut self, other: Diagnostics) {
        self.dropped += other.dropped;
        for diagnostic in other.list {
            self.push(diagnostic);
        }
    }

    /// `Ok(value)` when nothing was recorded, else every problem.
    #[cfg(test)]
    pub fn finish<T>(self, value: T) -> Result<T, Diagnostics> {
        if self.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }
}

/// "did you mean" for an unknown key.
pub fn suggest(key: &str, allowed: &[&str]) -> String {
    let close = allowed
        .iter()
        .find(|candidate| edit_distance(key, candidate) <= 2);
    match close {
        Some(candidate) => format!(
            "did you mean `{candidate}`? allowed keys: {}",
            allowed.join(", ")
        ),
        None => format!("allowed keys: {}", allowed.join(", ")),
    }
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            current.push(
                (previous[j] + cost)
                    .min(previous[j + 1] + 1)
                    .min(current[j] + 1),
            );
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::edit_distance;

    #[test]
    fn edit_distance_counts_single_edits() {
        assert_eq!(edit_distance("mesage", "message"), 1);
        assert_eq!(edit_distance("retyr", "retry"), 2);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
