//! The `locale` config key.

use crate::error::Error;
use serde_json::Value;

/// The language of kopru's error messages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    /// English, the default.
    #[default]
    En,
    /// Turkish.
    Tr,
}

impl Locale {
    /// Every locale, default first.
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Tr];

    /// The locale's name as the config spells it (`en`, `tr`).
    pub fn as_str(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Tr => "tr",
        }
    }

    /// Reads the `locale` config key: absent or `null` is English.
    pub fn from_json(value: Option<&Value>) -> Result<Locale, Error> {
        match value {
            None | Some(Value::Null) => Ok(Locale::En),
            Some(Value::String(name)) => Locale::ALL
                .into_iter()
                .find(|l| l.as_str() == name)
                .ok_or_else(|| {
                    Error::config(format!("`locale` must be \"en\" or \"tr\" (got {name:?})"))
                }),
            Some(_) => Err(Error::config("`locale` must be \"en\" or \"tr\"")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_the_config_key() {
        assert_eq!(Locale::from_json(None).unwrap(), Locale::En);
        assert_eq!(Locale::from_json(Some(&json!("tr"))).unwrap(), Locale::Tr);
        assert!(Locale::from_json(Some(&json!("de"))).is_err());
        assert!(Locale::from_json(Some(&json!(1))).is_err());
    }
}
