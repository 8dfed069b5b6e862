//! Which names may become Rust variant and type names, and the catch-all's default name.

/// The name of the catch-all variant that holds unknown codes, unless a spec's `unknown`
/// key or a derive's `#[errcode(unknown)]` names another.
pub const DEFAULT_CATCH_ALL: &str = "Unknown";

/// Rust keywords (all editions, strict and reserved) plus `Self`, which no variant may be named.
const KEYWORDS: &[&str] = &[
    "Self", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
    "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
    "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub",
    "ref", "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// True if `name` is an ASCII identifier in `UpperCamelCase` (first char an uppercase letter,
/// then letters and digits only).
pub fn is_upper_camel_ident(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.all(|c| c.is_ascii_alphanumeric())
}

/// True if `name` is a keyword or otherwise cannot name a variant.
pub fn is_reserved(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

/// True if the generated API defines an associated item called `name`, which a variant of
/// that name would hide.
pub fn is_generated_item(name: &str) -> bool {
    crate::expand::ASSOCIATED_ITEMS.contains(&name)
}
