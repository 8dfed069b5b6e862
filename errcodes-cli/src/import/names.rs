//! Variant names: from the vendor's English when the table has it, from the code itself for
//! string codes, otherwise a placeholder (`Code2016`, `CodeMinus5`) that the spec marks
//! `# TODO: name`.

use std::collections::HashSet;

use super::codes::Codes;

/// Names no variant may take: `Self` (a keyword) and the catch-all's default name.
const RESERVED: &[&str] = &["Self", "Unknown"];

/// The names of one entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Names {
    pub name: String,
    /// One name per alias code, in order.
    pub aliases: Vec<String>,
    /// The names are placeholders for a human to replace.
    pub placeholder: bool,
}

/// Hands out names within one enum, never the same twice.
#[derive(Debug, Default)]
pub(crate) struct Namer {
    used: HashSet<String>,
}

impl Namer {
    /// Names an entry with `codes`, from `english` when given.
    pub fn entry(&mut self, codes: &Codes, english: Option<&str>) -> Names {
        match codes {
            Codes::Strings(list) => {
                let names: Vec<String> = list
                    .iter()
                    .map(|code| self.claim(&upper_camel(code), &suffix_of_string(code)))
                    .collect();
                Names {
                    name: names[0].clone(),
                    aliases: names[1..].to_vec(),
                    placeholder: false,
                }
            }
            Codes::Integers(list) => {
                let base = english.and_then(from_english);
                let placeholder = base.is_none();
                let name = match &base {
                    Some(base) => self.claim(base, &suffix(list[0])),
                    None => self.claim(&format!("Code{}", suffix(list[0])), "Alt"),
                };
                let aliases = list[1..]
                    .iter()
                    .map(|&code| match &base {
                        Some(base) => self.claim(&format!("{base}{}", suffix(code)), "Alt"),
                        None => self.claim(&format!("Code{}", suffix(code)), "Alt"),
                    })
                    .collect();
                Names {
                    name,
                    aliases,
                    placeholder,
                }
            }
            Codes::Range(min, max) => {
                let span = format!("{}To{}", suffix(*min), suffix(*max));
                let base = english.and_then(from_english);
                let placeholder = base.is_none();
                let name = match base {
                    Some(base) => self.claim(&base, &span),
                    None => self.claim(&format!("Code{span}"), "Alt"),
                };
                Names {
                    name,
                    aliases: Vec::new(),
                    placeholder,
                }
            }
        }
    }

    /// `name` if free, else `name` + `suffix`, else with a counter.
    fn claim(&mut self, name: &str, suffix: &str) -> String {
        let free =
            |used: &HashSet<String>, name: &str| !used.contains(name) && !RESERVED.contains(&name);
        let mut chosen = name.to_owned();
        if !free(&self.used, &chosen) {
            chosen = format!("{name}{suffix}");
            let mut counter = 2;
            while !free(&self.used, &chosen) {
                chosen = format!("{name}{suffix}{counter}");
                counter += 1;
            }
        }
        self.used.insert(chosen.clone());
        chosen
    }
}

/// A code as a name suffix: `2016`, `Minus5`.
fn suffix(code: i64) -> String {
    if code < 0 {
        format!("Minus{}", code.unsigned_abs())
    } else {
        code.to_string()
    }
}

fn suffix_of_string(code: &str) -> String {
    format!("Code{}", upper_camel(code))
}

/// An `UpperCamelCase` name from the vendor's English: the first clause (up to `. `, `, `, `;`, `:`
/// or a parenthesis), a leading article dropped, words joined; `None` if nothing is left.
pub(crate) fn from_english(text: &str) -> Option<String> {
    let clause = [". ", ", ", ";", ":", "(", "（", " - "]
        .iter()
        .filter_map(|stop| text.find(stop))
        .filter(|&at| !upper_camel(&text[..at]).is_empty())
        .min()
        .map_or(text, |at| &text[..at]);
    let clause = clause.trim().trim_end_matches('.');
    let mut words: Vec<&str> = words(clause).collect();
    if words.len() > 1 && matches!(words[0].to_ascii_lowercase().as_str(), "a" | "an" | "the") {
        words.remove(0);
    }
    let name = camel_words(&words);
    if name.is_empty() {
        None
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        Some(format!("Code{name}"))
    } else {
        Some(name)
    }
}

/// ASCII words of `text`, anything else separating them.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
}

/// `text` in `UpperCamelCase`: ASCII words with their first letter raised; a word written all
/// in capitals (`API`, `INVALID`) is lowered after its first letter.
pub(crate) fn upper_camel(text: &str) -> String {
    camel_words(&words(text).collect::<Vec<_>>())
}

fn camel_words(words: &[&str]) -> String {
    let mut name = String::new();
    for word in words {
        let shout = word.len() > 1 && !word.bytes().any(|b| b.is_ascii_lowercase());
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            name.push(first.to_ascii_uppercase());
            let rest = chars.as_str();
            if shout {
                name.push_str(&rest.to_ascii_lowercase());
            } else {
                name.push_str(rest);
            }
        }
    }
    name
}
