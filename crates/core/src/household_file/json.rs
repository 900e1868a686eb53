//! Reading an untrusted JSON value step by step, so every problem names its place.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::error::{ImportError, ImportProblem, JsonKind};
use crate::normalise::contains_my_number;

/// A place in the file as messages show it: `members[2].qualifications[0].insurerNumber`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JsonPath(String);

/// Keys from the file are shown as typed, but never longer than this.
const KEY_MAX_CHARS: usize = 40;

impl JsonPath {
    pub fn key(&self, key: &str) -> JsonPath {
        let plain = !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        let shown: String = key.chars().take(KEY_MAX_CHARS).collect();
        JsonPath(match (plain, self.0.is_empty()) {
            (true, true) => shown,
            (true, false) => format!("{}.{shown}", self.0),
            (false, _) => format!("{}[{}]", self.0, serde_json::Value::String(shown)),
        })
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
            return Err(path.key(key).error(ImportProblem::UnknownKey));
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
        assert_eq!(path.key("記号").0, "members[2].qualifications[0][\"記号\"]");
        assert_eq!(
            JsonPath::default().key(&"x".repeat(100)).0.len(),
            KEY_MAX_CHARS
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
