//! Diagnostics: every problem found in an input, collected and reported at once.
//!
//! Both front ends and the validator push [`Diagnostic`]s into one [`Diagnostics`]
//! collector instead of returning at the first error, so a user fixing a spec sees every
//! problem in one build. The collector keeps at most [`MAX_DIAGNOSTICS`] and counts the
//! rest.

mod origin;
mod suggest;
pub(crate) mod wording;

pub use origin::{Location, Origin, PathDisplay, Seg, Tokens};
pub(crate) use suggest::{closest, suggest};

/// How many characters of input text a message quotes at most (see [`quote()`]).
pub const QUOTE_CHARS: usize = 32;

/// Text from the input as a message quotes it: in backticks, at most [`QUOTE_CHARS`]
/// characters, then `…`; control characters become spaces. A file of secrets given to the
/// macro by mistake then leaks at most a short prefix of each key into the build log.
pub fn quote(text: &str) -> String {
    let mut quoted = String::from("`");
    let mut chars = text.chars();
    for c in chars.by_ref().take(QUOTE_CHARS) {
        quoted.push(if c.is_control() { ' ' } else { c });
    }
    if chars.next().is_some() {
        quoted.push('…');
    }
    quoted.push('`');
    quoted
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

    /// The problem without its location: `subject: message`, then `  = help: ...` on a
    /// line of its own.
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

    /// The problem as a user reads it: `file:line:column: ` before the text when its
    /// position in the spec `file` is known, `file (enums[0].entries[3]): ` when only its
    /// path is. Problems with Rust tokens, or with the spec as a whole, are the text alone
    /// (the compiler shows the tokens; the text names the spec).
    pub fn render(&self, file: Option<&str>) -> String {
        let Some(file) = file else {
            return self.text();
        };
        match &self.origin {
            Origin::Spec | Origin::Tokens(_) => self.text(),
            Origin::Text(at) | Origin::Node { at: Some(at), .. } => {
                format!("{file}:{}:{}: {}", at.line, at.column, self.text())
            }
            Origin::Node { path, at: None } => {
                format!("{file} ({}): {}", PathDisplay(path), self.text())
            }
        }
    }
}

/// Upper bound on reported problems: a hostile input must not drown the user (or the compiler).
pub const MAX_DIAGNOSTICS: usize = 100;

/// The collector of problems that every stage pushes into.
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

    /// Records a problem; past [`MAX_DIAGNOSTICS`] it is only counted.
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

    /// Orders the problems as the input does, whichever stage found them: the spec as a
    /// whole first, then by line and column (of the text, or of the Rust tokens), then the
    /// problems whose position is unknown, in the order found.
    pub fn sort_by_position(&mut self) {
        self.list
            .sort_by_key(|diagnostic| diagnostic.origin.position());
    }

    /// The recorded problems, to fill in what a later stage learns (such as positions).
    pub(crate) fn iter_mut(&mut self) -> impl Iterator<Item = &mut Diagnostic> {
        self.list.iter_mut()
    }

    /// Every problem as a message for the user (see [`Diagnostic::render`]) with the tokens
    /// it points at, then, if some were dropped, one message saying how many.
    pub fn messages(&self, file: Option<&str>) -> Vec<(Option<Tokens>, String)> {
        let mut messages: Vec<(Option<Tokens>, String)> = self
            .iter()
            .map(|diagnostic| (diagnostic.origin.tokens(), diagnostic.render(file)))
            .collect();
        if self.dropped > 0 {
            let more = format!("{} more problems not shown", self.dropped);
            messages.push((
                None,
                file.map_or(more.clone(), |file| format!("{file}: {more}")),
            ));
        }
        messages
    }
}
