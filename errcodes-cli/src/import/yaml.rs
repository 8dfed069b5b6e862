//! Writing YAML scalars by hand, safely: every string either is written plain because it
//! cannot be read as anything else, or is double-quoted with escapes. The output reads back
//! (with any YAML 1.1 or 1.2 parser) as the same string.

/// A string as the value of a block mapping key (`key: value`): plain when safe, a literal
/// block (`|-`) for multi-line text that allows it, otherwise double-quoted. `indent` is the
/// indentation of the key; block lines are indented two more.
pub fn value(text: &str, indent: usize) -> String {
    if is_plain_safe(text) {
        text.to_owned()
    } else if is_literal_safe(text) {
        let pad = " ".repeat(indent + 2);
        let mut out = String::from("|-");
        for line in text.split('\n') {
            out.push('\n');
            if !line.is_empty() {
                out.push_str(&pad);
                out.push_str(line);
            }
        }
        out
    } else {
        double_quoted(text)
    }
}

/// A string inside a flow collection (`{ code: X, name: Y }`): plain only when it holds no
/// flow indicator either.
pub fn flow_value(text: &str) -> String {
    if is_plain_safe(text) && !text.contains([',', '[', ']', '{', '}', ':']) {
        text.to_owned()
    } else {
        double_quoted(text)
    }
}

/// `text` as a double-quoted scalar: `\` and `"` escaped, and every character that is not
/// printable, or that YAML 1.1 reads as a line break, written as an escape.
pub fn double_quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\0' => out.push_str("\\0"),
            '\u{85}' => out.push_str("\\N"),
            '\u{2028}' => out.push_str("\\L"),
            '\u{2029}' => out.push_str("\\P"),
            c if needs_escape(c) => {
                let code = u32::from(c);
                let escape = match code {
                    0..=0xFF => format!("\\x{code:02X}"),
                    0x100..=0xFFFF => format!("\\u{code:04X}"),
                    _ => format!("\\U{code:08X}"),
                };
                out.push_str(&escape);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `text` fit for a comment: one line, no control characters.
pub fn comment(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() || is_line_break(c) {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// Characters a YAML stream may not hold raw, or that some reader takes for a line break or
/// a byte-order mark.
fn needs_escape(c: char) -> bool {
    c.is_control() || is_line_break(c) || matches!(c, '\u{FEFF}' | '\u{FFFE}' | '\u{FFFF}')
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Words a YAML 1.1 or 1.2 reader may take for a boolean or null.
const SPECIAL: &[&str] = &[
    "true", "false", "yes", "no", "y", "n", "on", "off", "null", "~",
];

/// True if `text` reads back as itself when written plain (conservatively).
fn is_plain_safe(text: &str) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    let last = text.chars().next_back().unwrap_or(first);
    let lower = text.to_lowercase();
    !(first.is_whitespace()
        || last.is_whitespace()
        || last == ':'
        || "-?:,[]{}#&*!|>'\"%@`.+=<\\".contains(first)
        || first.is_ascii_digit()
        || text.chars().any(|c| needs_escape(c) || c == '\t')
        || text.contains(": ")
        || text.contains(" #")
        || SPECIAL.contains(&lower.as_str())
        || lower.starts_with(".inf")
        || lower.starts_with(".nan"))
}

/// True if `text` can be a `|-` literal block: several lines, none starting with a space,
/// nothing a literal block cannot hold, and no final line break for `-` to eat.
fn is_literal_safe(text: &str) -> bool {
    text.contains('\n')
        && !text.ends_with('\n')
        && !text
            .chars()
            .any(|c| (needs_escape(c) && c != '\n') || c == '\t')
        && text.split('\n').all(|line| !line.starts_with(' '))
}
