//! Reading an untrusted JSON value step by step, so every problem names its place.

use std::cell::RefCell;
use std::fmt;

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor,
};
use serde::Serialize;
use serde_json::{Map, Value};

use crate::error::{ImportError, ImportProblem, JsonKind, ValuesError, ValuesProblem};
use crate::normalise::contains_my_number;

/// A place in the file as messages show it: `members[2].qualifications[0].insurerNumber`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JsonPath(String);

/// Keys from the file are shown only when they are plain ASCII identifiers of at most
/// this many characters: any other key may be a name or a number typed in the wrong
/// place, and is not repeated back.
const KEY_MAX_CHARS: usize = 40;

/// Whether a key from the file may be shown in a message: `[A-Za-z0-9_-]{1,40}`.
pub fn key_is_shown(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= KEY_MAX_CHARS
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

impl JsonPath {
    /// The path of `key` inside this object; a key that is not shown
    /// ([`key_is_shown`]) leaves the path at the object.
    pub fn key(&self, key: &str) -> JsonPath {
        match (key_is_shown(key), self.0.is_empty()) {
            (false, _) => self.clone(),
            (true, true) => JsonPath(key.to_string()),
            (true, false) => JsonPath(format!("{}.{key}", self.0)),
        }
    }

    /// `problem` (told whether the key is named) at `key` of this object.
    pub fn key_error(&self, key: &str, problem: fn(bool) -> ImportProblem) -> ImportError {
        self.key(key).error(problem(key_is_shown(key)))
    }

    pub fn index(&self, index: usize) -> JsonPath {
        JsonPath(format!("{}[{index}]", self.0))
    }

    pub fn text(&self) -> String {
        self.0.clone()
    }

    pub fn error(&self, problem: ImportProblem) -> ImportError {
        ImportError {
            path: self.0.clone(),
            problem,
        }
    }
}

/// Why [`parse_strict`] refused the bytes.
#[derive(Debug, PartialEq, Eq)]
pub enum StrictError {
    /// The same key twice in one object: serde_json would silently keep the last one.
    DuplicateKey(ImportError),
    NotJson {
        line: usize,
        column: usize,
    },
}

/// Parses JSON text as serde_json does, but refuses an object that holds the same key
/// twice, at any depth (serde_json keeps the last one and drops the first without a
/// word: a second `"members"` would replace the whole first list).
pub fn parse_strict(bytes: &[u8]) -> Result<Value, StrictError> {
    let duplicate = RefCell::new(None);
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let parsed = StrictSeed {
        path: JsonPath::default(),
        duplicate: &duplicate,
    }
    .deserialize(&mut deserializer)
    .and_then(|value| deserializer.end().map(|()| value));
    parsed.map_err(|error| match duplicate.into_inner() {
        Some(found) => StrictError::DuplicateKey(found),
        None => StrictError::NotJson {
            line: error.line(),
            column: error.column(),
        },
    })
}

/// Builds a `Value` like serde_json's own, with the path of each value for the
/// duplicate-key error (kept in `duplicate`: serde's errors carry text only).
struct StrictSeed<'a> {
    path: JsonPath,
    duplicate: &'a RefCell<Option<ImportError>>,
}

impl<'de> DeserializeSeed<'de> for StrictSeed<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for StrictSeed<'_> {
    type Value = Value;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("any JSON value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::String(value.to_string()))
    }

    fn visit_string<E>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(StrictSeed {
            path: self.path.index(items.len()),
            duplicate: self.duplicate,
        })? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if entries.contains_key(&key) {
                *self.duplicate.borrow_mut() = Some(
                    self.path
                        .key_error(&key, |named| ImportProblem::DuplicateKey { named }),
                );
                return Err(de::Error::custom("duplicate key"));
            }
            let value = map.next_value_seed(StrictSeed {
                path: self.path.key(&key),
                duplicate: self.duplicate,
            })?;
            entries.insert(key, value);
        }
        Ok(Value::Object(entries))
    }
}

/// The values of one command, given as JSON instead of arguments (`--from-json`): one
/// object whose keys are among `keys` (the command's option names), each a string.
/// Parsed as strictly as a household file: a key twice is refused, and a key is named in
/// the error only when [`key_is_shown`].
pub fn string_values(
    bytes: &[u8],
    keys: &[&str],
) -> Result<std::collections::BTreeMap<String, String>, ValuesError> {
    let root = JsonPath::default();
    let at = |path: &JsonPath, problem| ValuesError {
        path: path.text(),
        problem,
    };
    let value = parse_strict(bytes).map_err(|error| match error {
        StrictError::DuplicateKey(error) => ValuesError {
            path: error.path,
            problem: ValuesProblem::DuplicateKey {
                named: matches!(error.problem, ImportProblem::DuplicateKey { named: true }),
            },
        },
        StrictError::NotJson { line, column } => at(&root, ValuesProblem::NotJson { line, column }),
    })?;
    let Value::Object(map) = value else {
        return Err(at(
            &root,
            ValuesProblem::WrongType {
                expected: JsonKind::Object,
            },
        ));
    };
    map.into_iter()
        .map(|(key, value)| {
            if !keys.contains(&key.as_str()) {
                let named = key_is_shown(&key);
                return Err(at(&root.key(&key), ValuesProblem::UnknownKey { named }));
            }
            match value {
                Value::String(text) => Ok((key, text)),
                _ => Err(at(
                    &root.key(&key),
                    ValuesProblem::WrongType {
                        expected: JsonKind::String,
                    },
                )),
            }
        })
        .collect()
}

/// The first place (keys included) that holds a full My Number, depth first.
pub fn find_my_number(value: &Value, path: &JsonPath) -> Option<JsonPath> {
    match value {
        Value::String(text) if contains_my_number(text) => Some(path.clone()),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, item)| find_my_number(item, &path.index(i))),
        // A key is checked before it is shown in a path.
        Value::Object(map) => map.iter().find_map(|(key, item)| {
            if contains_my_number(key) {
                Some(path.clone())
            } else {
                find_my_number(item, &path.key(key))
            }
        }),
        _ => None,
    }
}

pub fn object<'a>(
    value: &'a Value,
    path: &JsonPath,
) -> Result<&'a Map<String, Value>, ImportError> {
    value.as_object().ok_or_else(|| {
        path.error(ImportProblem::WrongType {
            expected: JsonKind::Object,
        })
    })
}

/// An optional list: missing is empty.
pub fn list<'a>(
    map: &'a Map<String, Value>,
    key: &str,
    path: &JsonPath,
) -> Result<&'a [Value], ImportError> {
    match map.get(key) {
        None => Ok(&[]),
        Some(Value::Array(items)) => Ok(items),
        Some(_) => Err(path.key(key).error(ImportProblem::WrongType {
            expected: JsonKind::Array,
        })),
    }
}

/// Reads a form input (`T`, all of whose fields are strings) from `map`: its keys are
/// those of `T` in camelCase (or listed in `other_keys`, read elsewhere), each a
/// string; a missing one is empty, and validation then says whether it may be.
pub fn form_input<T: Default + Serialize + DeserializeOwned>(
    map: &Map<String, Value>,
    path: &JsonPath,
    other_keys: &[&str],
) -> Result<T, ImportError> {
    let Ok(Value::Object(mut fields)) = serde_json::to_value(T::default()) else {
        unreachable!("form inputs serialise as objects");
    };
    for (key, value) in map {
        if other_keys.contains(&key.as_str()) {
            continue;
        }
        if !fields.contains_key(key) {
            return Err(path.key_error(key, |named| ImportProblem::UnknownKey { named }));
        }
        if !value.is_string() {
            return Err(path.key(key).error(ImportProblem::WrongType {
                expected: JsonKind::String,
            }));
        }
        fields.insert(key.clone(), value.clone());
    }
    serde_json::from_value(Value::Object(fields)).map_err(|_| path.error(ImportProblem::Missing))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_read_like_the_file() {
        let path = JsonPath::default()
            .key("members")
            .index(2)
            .key("qualifications")
            .index(0);
        assert_eq!(
            path.key("insurerNumber").0,
            "members[2].qualifications[0].insurerNumber"
        );
        // Any other key may be personal data: the path stays at its object.
        assert_eq!(path.key("山田").0, "members[2].qualifications[0]");
        assert_eq!(path.key("a b").0, "members[2].qualifications[0]");
        assert_eq!(JsonPath::default().key(&"x".repeat(41)).0, "");
        assert_eq!(JsonPath::default().key(&"x".repeat(40)).0.len(), 40);
    }

    #[test]
    fn a_key_twice_is_refused_at_every_depth() {
        let twice = |text: &str| match parse_strict(text.as_bytes()) {
            Err(StrictError::DuplicateKey(error)) => (error.path, error.problem),
            other => panic!("{text}: {other:?}"),
        };
        let named = ImportProblem::DuplicateKey { named: true };
        assert_eq!(
            twice(r#"{"members": [], "members": []}"#),
            ("members".into(), named.clone())
        );
        assert_eq!(
            twice(r#"{"members": [{}, {"name": "a", "kana": "b", "name": "c"}]}"#),
            ("members[1].name".into(), named)
        );
        assert_eq!(
            twice(r#"{"a": {"b": [[{"山田": 1, "山田": 2}]]}}"#),
            (
                "a.b[0][0]".into(),
                ImportProblem::DuplicateKey { named: false }
            )
        );
        // Otherwise the same value as serde_json's.
        let text = r#"{"a": [1, -2, 3.5, "x", null, true, {"b": {}}], "c": "山田"}"#;
        assert_eq!(
            parse_strict(text.as_bytes()).unwrap(),
            serde_json::from_str::<Value>(text).unwrap()
        );
        assert_eq!(
            parse_strict(b"{\"a\": 1} x"),
            Err(StrictError::NotJson {
                line: 1,
                column: 10
            })
        );
    }

    #[test]
    fn a_my_number_is_found_in_values_and_keys_but_never_shown() {
        let value = serde_json::json!({"a": [{"memo": "ok"}, {"memo": "1234 5678 9012"}]});
        let found = find_my_number(&value, &JsonPath::default()).unwrap();
        assert_eq!(found.0, "a[1].memo");
        let value = serde_json::json!({"members": {"123456789012": "x"}});
        assert_eq!(
            find_my_number(&value, &JsonPath::default()).unwrap().0,
            "members"
        );
    }
}
