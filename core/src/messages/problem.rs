//! What is wrong with one parameter: a [`Problem`] has a stable machine code,
//! its context and a text in every [`Locale`].

use super::rule::RuleName;
use super::Locale;
use serde_json::{json, Map, Value};

/// The JSON type a parameter was expected to have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    /// A JSON object.
    Object,
    /// A string.
    String,
    /// A string, or a whole number sent as a string.
    Code,
    /// An integer (or a string of digits).
    Integer,
    /// A list.
    List,
}

impl Expected {
    /// The name in `ctx.expected`.
    pub fn as_str(self) -> &'static str {
        match self {
            Expected::Object => "object",
            Expected::String => "string",
            Expected::Code => "code",
            Expected::Integer => "integer",
            Expected::List => "list",
        }
    }
}

/// One problem with one parameter. Its [`code`](Problem::code) is the
/// cross-language contract; its texts may change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A required parameter is absent.
    Required,
    /// A text is longer than allowed.
    TooLong {
        /// The most characters allowed.
        max: usize,
        /// The characters given.
        got: usize,
    },
    /// A number is below its lower bound.
    TooSmall {
        /// The smallest allowed value.
        min: i64,
    },
    /// A number is above its upper bound.
    TooLarge {
        /// The largest allowed value.
        max: i64,
    },
    /// A money amount is negative.
    NegativeMoney,
    /// The value is not one of a fixed set.
    NotOneOf {
        /// The allowed values.
        allowed: Vec<Value>,
    },
    /// A money amount could not be read.
    BadMoney {
        /// Why, in English (from the money parser).
        reason: String,
    },
    /// A money amount has more decimals than the service takes.
    TooManyDecimals {
        /// The most decimal places allowed.
        max: u32,
    },
    /// A date (or date and time) could not be read.
    BadDate {
        /// The accepted formats, e.g. `YYYY-MM-DD`.
        formats: &'static [&'static str],
    },
    /// A list has fewer items than required.
    TooFewItems {
        /// The fewest items.
        min: usize,
    },
    /// A list has more items than one request takes.
    TooManyItems {
        /// The most items.
        max: usize,
        /// The items given.
        got: usize,
    },
    /// A parameter the operation does not know.
    UnknownField {
        /// The parameters it knows.
        known: Vec<&'static str>,
    },
    /// The value has the wrong JSON type.
    WrongType {
        /// What was expected.
        expected: Expected,
    },
    /// A text or code is empty (or only spaces).
    Empty,
    /// The value nests deeper than kopru walks.
    TooDeep {
        /// The deepest nesting allowed.
        max_depth: usize,
    },
    /// A vendor rule across fields, with its texts.
    Rule {
        /// Which rule.
        rule: RuleName,
        /// The rule's context.
        ctx: Map<String, Value>,
        /// The English text.
        en: String,
        /// The Turkish text.
        tr: String,
    },
    /// A problem found by code that gives only an English text.
    Invalid {
        /// The English text.
        detail: String,
    },
}

impl Problem {
    /// A rule problem: `ctx` must be a JSON object.
    pub fn rule(
        rule: RuleName,
        ctx: Value,
        en: impl Into<String>,
        tr: impl Into<String>,
    ) -> Problem {
        Problem::Rule {
            rule,
            ctx: match ctx {
                Value::Object(map) => map,
                _ => Map::new(),
            },
            en: en.into(),
            tr: tr.into(),
        }
    }

    /// The stable machine code: `required`, `too_long`, … or `rule.<name>`.
    pub fn code(&self) -> String {
        let plain = match self {
            Problem::Required => "required",
            Problem::TooLong { .. } => "too_long",
            Problem::TooSmall { .. } | Problem::NegativeMoney => "too_small",
            Problem::TooLarge { .. } => "too_large",
            Problem::NotOneOf { .. } => "not_one_of",
            Problem::BadMoney { .. } | Problem::TooManyDecimals { .. } => "bad_money",
            Problem::BadDate { .. } => "bad_date",
            Problem::TooFewItems { .. } => "too_few_items",
            Problem::TooManyItems { .. } => "too_many_items",
            Problem::UnknownField { .. } => "unknown_field",
            Problem::WrongType { .. } => "wrong_type",
            Problem::Empty => "empty",
            Problem::TooDeep { .. } => "too_deep",
            Problem::Invalid { .. } => "invalid",
            Problem::Rule { rule, .. } => return rule.code(),
        };
        plain.to_string()
    }

    /// The context: the limits and values the texts are made from.
    pub fn ctx(&self) -> Map<String, Value> {
        let ctx = match self {
            Problem::Required | Problem::Empty => json!({}),
            Problem::TooLong { max, got } => json!({"max": max, "got": got}),
            Problem::TooSmall { min } => json!({"min": min}),
            Problem::TooLarge { max } => json!({"max": max}),
            Problem::NegativeMoney => json!({"min": 0}),
            Problem::NotOneOf { allowed } => json!({"allowed": allowed}),
            Problem::BadMoney { reason } => json!({"reason": reason}),
            Problem::TooManyDecimals { max } => json!({"max_decimals": max}),
            Problem::BadDate { formats } => json!({"formats": formats}),
            Problem::TooFewItems { min } => json!({"min": min}),
            Problem::TooManyItems { max, got } => json!({"max": max, "got": got}),
            Problem::UnknownField { known } => json!({"known": known}),
            Problem::WrongType { expected } => json!({"expected": expected.as_str()}),
            Problem::TooDeep { max_depth } => json!({"max_depth": max_depth}),
            Problem::Invalid { detail } => json!({"detail": detail}),
            Problem::Rule { ctx, .. } => return ctx.clone(),
        };
        match ctx {
            Value::Object(map) => map,
            _ => Map::new(),
        }
    }

    /// The text in `locale`.
    pub fn text(&self, locale: Locale) -> String {
        match locale {
            Locale::En => super::en::problem(self),
            Locale::Tr => super::tr::problem(self),
        }
    }
}

impl From<String> for Problem {
    fn from(detail: String) -> Problem {
        Problem::Invalid { detail }
    }
}

impl From<&str> for Problem {
    fn from(detail: &str) -> Problem {
        Problem::Invalid {
            detail: detail.to_string(),
        }
    }
}
