//! Finding a node's line and column from its path.
//!
//! The parser keeps no positions in its values, but it does attach the
//! position of the node being read to any error raised while reading it. So
//! to locate `enums[0].entries[3]`, the document is read again with a visitor
//! that walks down that path and fails on purpose when it arrives; the error
//! carries the node's position. This costs one parse per reported problem,
//! which only happens on the error path.

use std::cell::Cell;
use std::fmt;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::diagnostics::{Location, Seg};

/// The position of the node at `path` in `text`, if it exists.
pub fn locate(text: &str, path: &[Seg]) -> Option<Location> {
    walk_to(
        serde_yaml::Deserializer::from_str(super::without_bom(text)),
        path,
    )
}

/// The position of the first node of the text's second YAML document, if it has one.
pub(super) fn second_document(text: &str) -> Option<Location> {
    let second = serde_yaml::Deserializer::from_str(super::without_bom(text)).nth(1)?;
    walk_to(second, &[])
}

/// The position of the node at `path` in one document.
fn walk_to(document: serde_yaml::Deserializer<'_>, path: &[Seg]) -> Option<Location> {
    let arrived = Cell::new(false);
    match Walk(path, &arrived).deserialize(document) {
        // Only the failure raised on arrival carries the node's position; any other error
        // (the document does not parse, the path leads nowhere) locates nothing.
        Err(error) if arrived.get() => error.location().map(|at| Location {
            line: at.line(),
            column: at.column(),
        }),
        Ok(()) | Err(_) => None,
    }
}

/// Marks `arrived` and fails, so that the parser attaches the current node's position.
fn arrive<E: de::Error>(arrived: &Cell<bool>) -> E {
    arrived.set(true);
    E::custom("arrived at the node")
}

/// Walks down the remaining path; fails through [`arrive`] at its end.
struct Walk<'p>(&'p [Seg], &'p Cell<bool>);

impl<'de> DeserializeSeed<'de> for Walk<'_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML node")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        self.scalar()
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        self.scalar()
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        self.scalar()
    }
    fn visit_i128<E: de::Error>(self, _: i128) -> Result<(), E> {
        self.scalar()
    }
    fn visit_u128<E: de::Error>(self, _: u128) -> Result<(), E> {
        self.scalar()
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        self.scalar()
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        self.scalar()
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        self.scalar()
    }
    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.scalar()
    }
    fn visit_some<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let Some((Seg::Index(target), rest)) = self.0.split_first() else {
            return self.arrive_or_skip_seq(seq);
        };
        let mut index = 0;
        while index < *target {
            if seq.next_element::<IgnoredAny>()?.is_none() {
                return Ok(());
            }
            index += 1;
        }
        seq.next_element_seed(Walk(rest, self.1))?;
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        if let Some((Seg::KeyName(target), [])) = self.0.split_first() {
            while map.next_key_seed(KeyMark(target, self.1))?.is_some() {
                map.next_value::<IgnoredAny>()?;
            }
            return Ok(());
        }
        let Some((Seg::Key(target), rest)) = self.0.split_first() else {
            if self.0.is_empty() {
                return Err(arrive(self.1));
            }
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            return Ok(());
        };
        while let Some(key) = map.next_key::<KeyText>()? {
            if key.0.as_deref() == Some(target.as_str()) {
                map.next_value_seed(Walk(rest, self.1))?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

impl Walk<'_> {
    fn scalar<E: de::Error>(&self) -> Result<(), E> {
        if self.0.is_empty() {
            Err(arrive(self.1))
        } else {
            Ok(())
        }
    }

    fn arrive_or_skip_seq<'de, A: SeqAccess<'de>>(&self, mut seq: A) -> Result<(), A::Error> {
        if self.0.is_empty() {
            return Err(arrive(self.1));
        }
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(())
    }
}

/// Reads a mapping key, failing through [`arrive`] if it is the one sought.
struct KeyMark<'k>(&'k str, &'k Cell<bool>);

impl<'de> DeserializeSeed<'de> for KeyMark<'_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        // Failing inside the visitor (not after it returns) gives the error the key's position.
        deserializer.deserialize_any(self)
    }
}

impl Visitor<'_> for KeyMark<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a mapping key")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<(), E> {
        if key == self.0 {
            Err(arrive(self.1))
        } else {
            Ok(())
        }
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_i128<E: de::Error>(self, _: i128) -> Result<(), E> {
        Ok(())
    }
    fn visit_u128<E: de::Error>(self, _: u128) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
}

/// A mapping key, kept only when it is a string.
struct KeyText(Option<String>);

impl<'de> de::Deserialize<'de> for KeyText {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = KeyText;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a mapping key")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<KeyText, E> {
                Ok(KeyText(Some(text.to_owned())))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<KeyText, E> {
                Ok(KeyText(None))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<KeyText, E> {
                Ok(KeyText(None))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<KeyText, E> {
                Ok(KeyText(None))
            }
            fn visit_i128<E: de::Error>(self, _: i128) -> Result<KeyText, E> {
                Ok(KeyText(None))
            }
            fn visit_u128<E: de::Error>(self, _: u128) -> Result<KeyText, E> {
                Ok(KeyText(None))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<KeyText, E> {
                Ok(KeyText(None))
            }
            fn visit_unit<E: de::Error>(self) -> Result<KeyText, E> {
                Ok(KeyText(None))
            }
        }
        deserializer.deserialize_any(KeyVisitor)
    }
}
