//! The one module that touches the YAML library.
//!
//! It turns text into a plain [`Node`] tree and, for error messages, finds the
//! line and column of a node by its path. Swapping the YAML library means
//! rewriting this module only.

mod locate;

pub use locate::locate;

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

/// A line and column, both counted from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Location {
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1.
    pub column: usize,
}

/// A problem the YAML parser itself reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// What the parser said, without its position suffix.
    pub message: String,
    /// Where, when the parser knows.
    pub location: Option<Location>,
}

/// Parses one YAML document.
///
/// # Errors
/// The parser's complaint, with its position. The parser bounds recursion depth and alias
/// expansion, so hostile inputs end here rather than exhausting the stack or memory.
pub fn parse(text: &str) -> Result<Node, SyntaxError> {
    match serde_yaml::from_str::<serde_yaml::Value>(text) {
        Ok(value) => Ok(convert(value)),
        Err(error) => Err(syntax_error(&error)),
    }
}

fn syntax_error(error: &serde_yaml::Error) -> SyntaxError {
    let location = error.location().map(|at| Location {
        line: at.line(),
        column: at.column(),
    });
    let mut text = error.to_string();
    // The position is reported separately; drop the copy the parser appends to its message.
    if let Some(at) = location {
        text = text.replacen(&format!(" at line {} column {}", at.line, at.column), "", 1);
    }
    // An integer below i64::MIN overflows the parser's own value type before we see it.
    let message = if text.contains("i128") {
        format!(
            "an integer is out of range for an i64 (codes must lie in {}..={})",
            i64::MIN,
            i64::MAX
        )
    } else {
        text
    };
    SyntaxError { message, location }
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

#[cfg(test)]
mod tests {
    use super::{parse, Location, Node};

    #[test]
    fn parses_scalars_and_keeps_mapping_order() {
        let node =
            parse("b: 1\na: [-73, 66664027, 9223372036854775808, 1.5, x, ~, true]\n").unwrap();
        let Node::Map(pairs) = node else {
            panic!("not a map")
        };
        assert_eq!(pairs[0].0, Node::Str("b".into()));
        assert_eq!(
            pairs[1].1,
            Node::Seq(vec![
                Node::Int(-73),
                Node::Int(66_664_027),
                Node::BigInt("9223372036854775808".into()),
                Node::Float(1.5),
                Node::Str("x".into()),
                Node::Null,
                Node::Bool(true),
            ])
        );
    }

    #[test]
    fn dates_stay_strings() {
        assert_eq!(parse("2021-07-19").unwrap(), Node::Str("2021-07-19".into()));
    }

    #[test]
    fn syntax_errors_carry_a_location() {
        let error = parse("a: 1\nb: [unclosed\n").unwrap_err();
        assert!(
            error
                .location
                .is_some_and(|Location { line, .. }| line >= 2),
            "{error:?}"
        );
        assert!(
            error.message.contains("while parsing a flow sequence"),
            "{error:?}"
        );
        let at = error.location.unwrap();
        assert!(
            !error
                .message
                .contains(&format!("at line {} column {}", at.line, at.column)),
            "{error:?}"
        );
    }

    #[test]
    fn duplicate_keys_are_syntax_errors() {
        let error = parse("a: 1\na: 2\n").unwrap_err();
        assert!(error.message.contains("duplicate"), "{error:?}");
    }

    #[test]
    #[allow(clippy::format_push_string)]
    fn alias_bombs_and_deep_nesting_are_refused() {
        let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for level in 1..12 {
            let prev = level - 1;
            let refs = vec![format!("*a{prev}"); 10].join(", ");
            bomb.push_str(&format!("a{level}: &a{level} [{refs}]\n"));
        }
        assert!(parse(&bomb).is_err());
        let deep = "[".repeat(1000) + &"]".repeat(1000);
        assert!(parse(&deep).is_err());
    }
}
