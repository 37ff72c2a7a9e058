//! Turning fuzz bytes into structured values: numbers, text and JSON of any
//! shape, with keys drawn from a dictionary so generated objects reach the
//! fields kopru knows. Reading past the end yields zeros, never a panic.

use serde_json::{Map, Number, Value};

/// The deepest generated JSON nesting.
const MAX_DEPTH: u32 = 24;
/// The most items of a generated array or object.
const MAX_ITEMS: usize = 6;

/// Strings that sit on the edges of kopru's parsers.
const TRICKY: &[&str] = &[
    "",
    " ",
    "0",
    "-0",
    "+1",
    "-1",
    "12.90",
    "12,90",
    "10,5",
    "1.",
    ".5",
    "1e5",
    "1.2.3",
    "0.000000001",
    "999999999999999",
    "9999999999999999",
    "18446744073709551616",
    "-9223372036854775809",
    "2024-02-29",
    "2023-02-29",
    "29.02.2024",
    "31/12/1999",
    "2024-01-01 10:30:00",
    "2024-01-01T25:61:61",
    "0000-01-01",
    "9999-12-31",
    "Sun, 06 Nov 1994 08:49:37 GMT",
    "NaN",
    "true",
    "null",
    "ç",
    "İlan",
    "\u{0}",
    "{id}",
    "%2F",
    "../",
    "a b&c=d",
    "Unauthenticated.",
];

/// A cursor over fuzz bytes.
#[derive(Debug)]
pub struct Source<'a> {
    data: &'a [u8],
}

impl<'a> Source<'a> {
    /// A cursor at the start of `data`.
    pub fn new(data: &'a [u8]) -> Source<'a> {
        Source { data }
    }

    /// True when every byte has been read.
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// The next byte (0 at the end).
    pub fn byte(&mut self) -> u8 {
        match self.data.split_first() {
            Some((first, rest)) => {
                self.data = rest;
                *first
            }
            None => 0,
        }
    }

    /// The next 8 bytes as a little-endian number (missing bytes are 0).
    pub fn u64(&mut self) -> u64 {
        (0..8).fold(0, |acc, i| acc | (u64::from(self.byte()) << (8 * i)))
    }

    /// The next 2 bytes as a little-endian number.
    pub fn u16(&mut self) -> u16 {
        u16::from(self.byte()) | (u16::from(self.byte()) << 8)
    }

    /// A choice in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        let wide = if n > 256 {
            usize::from(self.u16())
        } else {
            usize::from(self.byte())
        };
        wide % n
    }

    /// One item of `items`.
    pub fn pick<'b, T>(&mut self, items: &'b [T]) -> &'b T {
        &items[self.below(items.len())]
    }

    /// Up to `n` raw bytes.
    pub fn bytes(&mut self, n: usize) -> &'a [u8] {
        let (taken, rest) = self.data.split_at(n.min(self.data.len()));
        self.data = rest;
        taken
    }

    /// Every byte not read yet.
    pub fn rest(&mut self) -> &'a [u8] {
        self.bytes(self.data.len())
    }

    /// Text: a tricky string, a dictionary word, or up to 40 raw bytes (lossy UTF-8).
    pub fn text(&mut self, words: &[&str]) -> String {
        match self.byte() % 4 {
            0 => self.pick(TRICKY).to_string(),
            1 if !words.is_empty() => self.pick(words).to_string(),
            _ => {
                let len = self.below(41);
                String::from_utf8_lossy(self.bytes(len)).into_owned()
            }
        }
    }

    /// A JSON number: small or huge integers, or a float from raw bits.
    pub fn number(&mut self) -> Value {
        match self.byte() % 4 {
            0 => Value::from(i64::from(self.byte() as i8)),
            1 => Value::from(self.u64() as i64),
            2 => Value::from(self.u64()),
            _ => Number::from_f64(f64::from_bits(self.u64()))
                .map(Value::Number)
                .unwrap_or(Value::Null),
        }
    }

    /// Any JSON value; object keys come from `words` half of the time.
    pub fn json(&mut self, words: &[&str]) -> Value {
        self.json_at(words, 0)
    }

    fn json_at(&mut self, words: &[&str], depth: u32) -> Value {
        let kinds = if depth >= MAX_DEPTH { 4 } else { 6 };
        match self.byte() % kinds {
            0 => Value::Null,
            1 => Value::Bool(self.byte() & 1 == 1),
            2 => self.number(),
            3 => Value::String(self.text(words)),
            4 => {
                let len = self.below(MAX_ITEMS + 1);
                Value::Array((0..len).map(|_| self.json_at(words, depth + 1)).collect())
            }
            _ => {
                let len = self.below(MAX_ITEMS + 1);
                let mut map = Map::new();
                for _ in 0..len {
                    let key = if self.byte() & 1 == 0 && !words.is_empty() {
                        self.pick(words).to_string()
                    } else {
                        self.text(&[])
                    };
                    map.insert(key, self.json_at(words, depth + 1));
                }
                Value::Object(map)
            }
        }
    }

    /// `value` with a few of its parts replaced by generated JSON: a well-formed
    /// answer bent out of shape where the fuzzer chooses.
    pub fn mutate(&mut self, value: &mut Value, words: &[&str]) {
        let edits = self.below(4) + 1;
        for _ in 0..edits {
            self.mutate_once(value, words, 0);
        }
    }

    fn mutate_once(&mut self, value: &mut Value, words: &[&str], depth: u32) {
        let descend = self.byte() % 4 != 0 && depth < MAX_DEPTH;
        let child = match value {
            Value::Array(items) if descend && !items.is_empty() => {
                let at = self.below(items.len());
                Some(&mut items[at])
            }
            Value::Object(map) if descend && !map.is_empty() => {
                let at = self.below(map.len());
                map.values_mut().nth(at)
            }
            _ => None,
        };
        match child {
            Some(child) => self.mutate_once(child, words, depth + 1),
            None => {
                *value = match self.byte() % 4 {
                    0 => Value::Null,
                    1 => match value.take() {
                        Value::Array(mut items) => {
                            items.truncate(self.below(items.len() + 1));
                            Value::Array(items)
                        }
                        Value::Object(mut map) => {
                            let key = self.text(words);
                            map.remove(&key);
                            map.insert(key, self.json(words));
                            Value::Object(map)
                        }
                        other => Value::Array(vec![other]),
                    },
                    _ => self.json(words),
                };
            }
        }
    }
}
