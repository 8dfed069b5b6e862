//! Building the [`Node`] tree from the parser, with a visitor of our own rather than the
//! YAML library's `Value`: an integer of any size and a repeated key become data and
//! positioned problems, never a type error of the library's wording.

use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;

use serde::de::{self, DeserializeSeed, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor};

use super::Node;

/// A problem the tree builder found itself. The parser's error then carries only its
/// position; what it means is noted here rather than in the error's text.
#[derive(Debug)]
pub enum Noted {
    /// A key given twice in one mapping (the key's text).
    DuplicateKey(String),
}

/// Parses one YAML document into a tree. On failure, the parser's error (with its
/// position) and, when the builder raised it, what it found.
pub fn build(text: &str) -> Result<Node, (serde_yaml::Error, Option<Noted>)> {
    let noted = RefCell::new(None);
    let deserializer = serde_yaml::Deserializer::from_str(text);
    NodeSeed(&noted)
        .deserialize(deserializer)
        .map_err(|error| (error, noted.into_inner()))
}

/// Builds one node and everything below it.
#[derive(Clone, Copy)]
struct NodeSeed<'n>(&'n RefCell<Option<Noted>>);

impl<'de> DeserializeSeed<'de> for NodeSeed<'_> {
    type Value = Node;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for NodeSeed<'_> {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E: de::Error>(self, flag: bool) -> Result<Node, E> {
        Ok(Node::Bool(flag))
    }
    fn visit_i64<E: de::Error>(self, int: i64) -> Result<Node, E> {
        Ok(Node::Int(int))
    }
    fn visit_u64<E: de::Error>(self, int: u64) -> Result<Node, E> {
        Ok(i64::try_from(int).map_or_else(|_| Node::BigInt(int.to_string()), Node::Int))
    }
    // The parser hands integers beyond 64 bits over as 128-bit ones: kept as written, so the
    // front end can say which code is out of range and where.
    fn visit_i128<E: de::Error>(self, int: i128) -> Result<Node, E> {
        Ok(i64::try_from(int).map_or_else(|_| Node::BigInt(int.to_string()), Node::Int))
    }
    fn visit_u128<E: de::Error>(self, int: u128) -> Result<Node, E> {
        Ok(i64::try_from(int).map_or_else(|_| Node::BigInt(int.to_string()), Node::Int))
    }
    fn visit_f64<E: de::Error>(self, float: f64) -> Result<Node, E> {
        Ok(Node::Float(float))
    }
    fn visit_str<E: de::Error>(self, text: &str) -> Result<Node, E> {
        Ok(Node::Str(text.to_owned()))
    }
    fn visit_string<E: de::Error>(self, text: String) -> Result<Node, E> {
        Ok(Node::Str(text))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }
    fn visit_some<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Node, D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(self)? {
            items.push(item);
        }
        Ok(Node::Seq(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut pairs = Vec::new();
        let mut seen = HashSet::new();
        while let Some(key) = map.next_key_seed(KeySeed {
            noted: self.0,
            seen: &mut seen,
        })? {
            pairs.push((key, map.next_value_seed(self)?));
        }
        Ok(Node::Map(pairs))
    }

    /// A `!tag value`: the parser presents it as an enum variant named by the tag.
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Node, A::Error> {
        let (tag, contents) = data.variant::<String>()?;
        Ok(Node::Tagged(
            tag,
            Box::new(contents.newtype_variant_seed(self)?),
        ))
    }
}

/// Builds a mapping key, failing on a string key already seen in the mapping. Failing
/// inside the key's own visit gives the parser's error the position of the repeated key.
struct KeySeed<'n, 's> {
    noted: &'n RefCell<Option<Noted>>,
    seen: &'s mut HashSet<String>,
}

impl<'de> DeserializeSeed<'de> for KeySeed<'_, '_> {
    type Value = Node;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'_, '_> {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a mapping key")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Node, E> {
        if self.seen.insert(key.to_owned()) {
            return Ok(Node::Str(key.to_owned()));
        }
        *self.noted.borrow_mut() = Some(Noted::DuplicateKey(key.to_owned()));
        Err(E::custom("duplicate key"))
    }

    // Keys of other kinds are kept for the front end to report.
    fn visit_bool<E: de::Error>(self, flag: bool) -> Result<Node, E> {
        NodeSeed(self.noted).visit_bool(flag)
    }
    fn visit_i64<E: de::Error>(self, int: i64) -> Result<Node, E> {
        NodeSeed(self.noted).visit_i64(int)
    }
    fn visit_u64<E: de::Error>(self, int: u64) -> Result<Node, E> {
        NodeSeed(self.noted).visit_u64(int)
    }
    fn visit_i128<E: de::Error>(self, int: i128) -> Result<Node, E> {
        NodeSeed(self.noted).visit_i128(int)
    }
    fn visit_u128<E: de::Error>(self, int: u128) -> Result<Node, E> {
        NodeSeed(self.noted).visit_u128(int)
    }
    fn visit_f64<E: de::Error>(self, float: f64) -> Result<Node, E> {
        NodeSeed(self.noted).visit_f64(float)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }
    fn visit_some<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Node, D::Error> {
        NodeSeed(self.noted).deserialize(deserializer)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Node, A::Error> {
        NodeSeed(self.noted).visit_seq(seq)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Node, A::Error> {
        NodeSeed(self.noted).visit_map(map)
    }
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Node, A::Error> {
        NodeSeed(self.noted).visit_enum(data)
    }
}
