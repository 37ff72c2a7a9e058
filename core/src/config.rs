//! The client config: which service, where, with which credentials and limits.

use crate::error::Error;
use crate::messages::Locale;
use crate::proxy::ProxySetting;
use crate::retry::RetryPolicy;
use crate::schema::refuse_deep;
use crate::secret::Secret;
use crate::service::Service;
use crate::url::check_base_url;
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::ops::RangeInclusive;

/// The credentials of one account. Secrets never print.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credentials {
    /// Entegra `email`, or the ERP / Tedbul `username`. Not a secret.
    pub identity: String,
    /// The password.
    pub password: Secret,
    /// Tedbul's secret key.
    pub secret_key: Option<Secret>,
}

/// Request quotas, counted in the session state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuotaLimits {
    /// Requests allowed per day (Entegra's documented limit: 20,000).
    pub per_day: Option<u32>,
    /// Requests allowed per hour (integrators report 7,200 for Entegra).
    pub per_hour: Option<u32>,
    /// How long the vendor blocks after a 429 without `Retry-After` (Entegra: 15 minutes).
    pub block_after_429_ms: u64,
    /// The longest block kopru keeps in the state after a 429, whatever
    /// `Retry-After` asked for (default 1 hour).
    pub max_block_ms: u64,
}

/// A validated client config.
#[derive(Clone, Debug)]
pub struct Config {
    /// The service this client talks to.
    pub service: Service,
    /// The base URL without the operation path.
    pub base_url: String,
    /// The account.
    pub credentials: Credentials,
    /// Per-request timeout for the bundled clients.
    pub timeout_ms: u64,
    /// How failures are retried (`max_retries` and the `retry` object).
    pub retry: RetryPolicy,
    /// The request quotas.
    pub quota: QuotaLimits,
    /// Operation name → path overrides.
    pub paths: BTreeMap<String, String>,
    /// The `User-Agent` header.
    pub user_agent: String,
    /// Where the bundled clients keep the session state between runs.
    pub state_file: Option<String>,
    /// True: the in-process sandbox answers instead of the network.
    pub sandbox: bool,
    /// A token must be renewed this long before it expires (the late window:
    /// the renewal must succeed before the call goes out).
    pub token_margin_ms: u64,
    /// A token is renewed this long before it expires when that is convenient
    /// (the early window: if the renewal fails, the call goes on with the
    /// still-valid token).
    pub refresh_ahead_ms: u64,
    /// Access-token lifetime when the token carries no `exp` claim.
    pub access_lifetime_ms: u64,
    /// Refresh-token lifetime (Entegra) when the token carries no `exp` claim.
    pub refresh_lifetime_ms: u64,
    /// Items per page of Entegra lists, for the last-page rule.
    pub page_size: u32,
    /// Token requests (logins and refreshes) allowed per hour for this
    /// account, counted in the session state (default 20).
    pub max_logins_per_hour: u32,
    /// The `proxy` key: the environment's proxy (default), none, or this URL.
    pub proxy: ProxySetting,
    /// The `locale` key: the language of kopru's error messages (`en`, `tr`).
    pub locale: Locale,
}

const KNOWN_KEYS: &[&str] = &[
    "service",
    "base_url",
    "credentials",
    "timeout_ms",
    "max_retries",
    "quota",
    "paths",
    "user_agent",
    "state_file",
    "sandbox",
    "token_margin_ms",
    "refresh_ahead_ms",
    "retry",
    "access_lifetime_ms",
    "refresh_lifetime_ms",
    "page_size",
    "max_logins_per_hour",
    "proxy",
    "locale",
];

/// The most retries a config may ask for.
const MAX_RETRIES: u64 = 10;
/// The largest page a config may ask for.
const MAX_PAGE_SIZE: u64 = 10_000;
const HOUR_MS: u64 = 3_600_000;
const DAY_MS: u64 = 24 * HOUR_MS;
/// The longest lifetime a token is believed to have (a year and a day).
const MAX_LIFETIME_MS: u64 = 366 * DAY_MS;

impl Config {
    /// Reads a config object (JSON / dict / JS object). Every problem is a `config` error.
    pub fn from_json(value: &Value) -> Result<Config, Error> {
        refuse_deep(value, "the config")?;
        let map = value
            .as_object()
            .ok_or_else(|| Error::config("the config must be an object"))?;
        let unknown: Vec<&str> = map
            .keys()
            .map(String::as_str)
            .filter(|k| !KNOWN_KEYS.contains(k))
            .collect();
        if !unknown.is_empty() {
            return Err(Error::config(format!(
                "unknown config keys: {} (known: {})",
                unknown.join(", "),
                KNOWN_KEYS.join(", ")
            )));
        }
        let service_name = text(map, "service")?
            .ok_or_else(|| Error::config("`service` is required: entegra, erp or tedbul"))?;
        let service = Service::from_name(&service_name).ok_or_else(|| {
            Error::config(format!(
                "unknown service {service_name:?}: use entegra, erp or tedbul"
            ))
        })?;
        let sandbox = map
            .get("sandbox")
            .map(|v| v.as_bool())
            .unwrap_or(Some(false));
        let sandbox = sandbox.ok_or_else(|| Error::config("`sandbox` must be true or false"))?;
        let base_url = match text(map, "base_url")? {
            Some(url) => url,
            None if sandbox => service.sandbox_base_url().to_string(),
            None => service
                .default_base_url()
                .ok_or_else(|| {
                    Error::config("`base_url` is required for the ERP (it has no public default)")
                })?
                .to_string(),
        };
        refuse_blanks_and_controls("base_url", &base_url)?;
        check_base_url(&base_url)?;
        let credentials = credentials(service, map.get("credentials"))?;
        let (default_day, default_hour) = match service {
            Service::Entegra => (Some(20_000), Some(7_200)),
            Service::Erp | Service::Tedbul => (None, None),
        };
        let quota_map = match map.get("quota") {
            None | Some(Value::Null) => Map::new(),
            Some(Value::Object(q)) => q.clone(),
            Some(_) => return Err(Error::config("`quota` must be an object")),
        };
        let quota_known = ["per_day", "per_hour", "block_after_429_ms", "max_block_ms"];
        if let Some(unknown) = quota_map
            .keys()
            .find(|k| !quota_known.contains(&k.as_str()))
        {
            return Err(Error::config(format!(
                "unknown quota key {unknown:?} (known: {})",
                quota_known.join(", ")
            )));
        }
        let max_block_ms =
            bounded(&quota_map, "quota.max_block_ms", 1_000..=7 * DAY_MS)?.unwrap_or(HOUR_MS);
        let quota = QuotaLimits {
            per_day: optional_u32(&quota_map, "per_day", default_day)?,
            per_hour: optional_u32(&quota_map, "per_hour", default_hour)?,
            block_after_429_ms: bounded(&quota_map, "quota.block_after_429_ms", 0..=max_block_ms)?
                .unwrap_or(match service {
                    Service::Entegra => 15 * 60_000,
                    Service::Erp | Service::Tedbul => 60_000,
                })
                .min(max_block_ms),
            max_block_ms,
        };
        let paths = match map.get("paths") {
            None | Some(Value::Null) => BTreeMap::new(),
            Some(Value::Object(p)) => p
                .iter()
                .map(|(op, path)| {
                    path.as_str()
                        .map(|s| (op.clone(), s.to_string()))
                        .ok_or_else(|| Error::config(format!("paths.{op} must be a string")))
                })
                .collect::<Result<_, _>>()?,
            Some(_) => return Err(Error::config("`paths` must be an object")),
        };
        let (default_access, default_refresh) = match service {
            Service::Entegra => (7 * DAY_MS, 30 * DAY_MS),
            Service::Tedbul => (3 * HOUR_MS, 0),
            Service::Erp => (0, 0),
        };
        let user_agent = match text(map, "user_agent")? {
            Some(agent) => {
                refuse_controls("user_agent", &agent)?;
                if agent.trim().is_empty() {
                    return Err(Error::config("`user_agent` must not be blank"));
                }
                agent
            }
            None => format!("kopru/{} (+ERP integration)", env!("CARGO_PKG_VERSION")),
        };
        let state_file = text(map, "state_file")?;
        if let Some(path) = &state_file {
            if path.trim().is_empty() || path.contains('\0') {
                return Err(Error::config(
                    "`state_file` must be a file path (not empty, no NUL character)",
                ));
            }
        }
        let max_retries = bounded(map, "max_retries", 0..=MAX_RETRIES)?;
        Ok(Config {
            service,
            base_url,
            credentials,
            timeout_ms: bounded(map, "timeout_ms", 1..=HOUR_MS)?.unwrap_or(30_000),
            retry: RetryPolicy::from_json(map.get("retry"), max_retries)?,
            quota,
            paths,
            user_agent,
            state_file,
            sandbox,
            token_margin_ms: bounded(map, "token_margin_ms", 0..=DAY_MS)?.unwrap_or(120_000),
            refresh_ahead_ms: bounded(map, "refresh_ahead_ms", 0..=MAX_LIFETIME_MS)?.unwrap_or(
                match service {
                    Service::Entegra => DAY_MS,
                    Service::Tedbul => 15 * 60_000,
                    Service::Erp => 0,
                },
            ),
            access_lifetime_ms: bounded(map, "access_lifetime_ms", 1_000..=MAX_LIFETIME_MS)?
                .unwrap_or(default_access),
            refresh_lifetime_ms: bounded(map, "refresh_lifetime_ms", 1_000..=MAX_LIFETIME_MS)?
                .unwrap_or(default_refresh),
            page_size: bounded(map, "page_size", 1..=MAX_PAGE_SIZE)?.unwrap_or(100) as u32,
            max_logins_per_hour: bounded(map, "max_logins_per_hour", 1..=1_000)?.unwrap_or(20)
                as u32,
            proxy: ProxySetting::from_json(map.get("proxy"))?,
            locale: Locale::from_json(map.get("locale"))?,
        })
    }

    /// The path of an operation: the override from `paths`, else the table's.
    pub fn path_for<'a>(&'a self, operation: &str, default: &'a str) -> &'a str {
        self.paths
            .get(operation)
            .map(String::as_str)
            .unwrap_or(default)
    }
}

fn credentials(service: Service, value: Option<&Value>) -> Result<Credentials, Error> {
    let map = value.and_then(Value::as_object).ok_or_else(|| {
        Error::config(match service {
            Service::Entegra => "`credentials` must be {\"email\", \"password\"}",
            Service::Erp => "`credentials` must be {\"username\", \"password\"}",
            Service::Tedbul => "`credentials` must be {\"username\", \"password\", \"secretkey\"}",
        })
    })?;
    let identity_key = if service == Service::Entegra {
        "email"
    } else {
        "username"
    };
    let required = |key: &str| -> Result<String, Error> {
        map.get(key)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .ok_or_else(|| Error::config(format!("credentials.{key} is required (a string)")))
    };
    Ok(Credentials {
        identity: required(identity_key)?,
        password: Secret::new(required("password")?),
        secret_key: match service {
            Service::Tedbul => Some(Secret::new(required("secretkey")?)),
            Service::Entegra | Service::Erp => None,
        },
    })
}

fn text(map: &Map<String, Value>, key: &str) -> Result<Option<String>, Error> {
    match map.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(Error::config(format!("`{key}` must be a string"))),
    }
}

/// A non-negative integer within `range`, when given: anything else (a
/// negative, fractional or huge number, another type) is a `config` error.
pub(crate) fn bounded(
    map: &Map<String, Value>,
    key: &str,
    range: RangeInclusive<u64>,
) -> Result<Option<u64>, Error> {
    let name = key.rsplit('.').next().unwrap_or(key);
    let Some(value) = map.get(name).filter(|v| !v.is_null()) else {
        return Ok(None);
    };
    value
        .as_u64()
        .filter(|n| range.contains(n))
        .map(Some)
        .ok_or_else(|| {
            Error::config(format!(
                "`{key}` must be an integer from {} to {}, got {}",
                range.start(),
                range.end(),
                shown(value)
            ))
        })
}

/// A config value as an error message shows it: short, whatever its size.
fn shown(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 40 {
        format!("{}…", text.chars().take(40).collect::<String>())
    } else {
        text
    }
}

/// Refuses control characters (CR, LF, NUL, …), which would break a header or URL.
fn refuse_controls(key: &str, text: &str) -> Result<(), Error> {
    if text.chars().any(char::is_control) {
        return Err(Error::config(format!(
            "`{key}` must not contain control characters (CR, LF, NUL, tab)"
        )));
    }
    Ok(())
}

/// Refuses control characters and any whitespace (a URL has none).
fn refuse_blanks_and_controls(key: &str, text: &str) -> Result<(), Error> {
    refuse_controls(key, text)?;
    if text.chars().any(char::is_whitespace) {
        return Err(Error::config(format!("`{key}` must not contain spaces")));
    }
    Ok(())
}

fn optional_u32(
    map: &Map<String, Value>,
    key: &str,
    default: Option<u32>,
) -> Result<Option<u32>, Error> {
    match map.get(key) {
        None => Ok(default),
        Some(Value::Null) => Ok(None),
        Some(v) => v
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .filter(|n| *n >= 1)
            .map(Some)
            .ok_or_else(|| {
                Error::config(format!(
                    "`quota.{key}` must be an integer from 1 to {}, or null for no limit",
                    u32::MAX
                ))
            }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn entegra() -> Value {
        json!({"service": "entegra", "credentials": {"email": "a@b.c", "password": "pw-secret"}})
    }

    #[test]
    fn defaults_for_entegra() {
        let config = Config::from_json(&entegra()).unwrap();
        assert_eq!(config.base_url, "https://apiv2.entegrabilisim.com");
        assert_eq!(config.quota.per_day, Some(20_000));
        assert_eq!(config.quota.per_hour, Some(7_200));
        assert!(!format!("{config:?}").contains("pw-secret"));
    }

    #[test]
    fn erp_needs_a_base_url_unless_sandboxed() {
        let mut erp = json!({"service": "erp", "credentials": {"username": "u", "password": "p"}});
        assert!(Config::from_json(&erp).is_err());
        erp["sandbox"] = json!(true);
        assert!(Config::from_json(&erp).is_ok());
    }

    #[test]
    fn refuses_plain_http_and_unknown_keys() {
        let mut config = entegra();
        config["base_url"] = json!("http://example.com");
        assert!(Config::from_json(&config).is_err());
        let mut config = entegra();
        config["timeout"] = json!(5);
        let err = Config::from_json(&config).unwrap_err();
        assert!(err.to_string().contains("timeout"));
    }

    #[test]
    fn proxy_credentials_never_show() {
        let mut config = entegra();
        config["proxy"] = json!("http://alice:pr0xy-pw@proxy.corp:3128");
        let config = Config::from_json(&config).unwrap();
        assert!(!format!("{config:?}").contains("pr0xy-pw"));
        let mut refused = entegra();
        refused["proxy"] = json!("socks5://alice:pr0xy-pw@proxy.corp:1080");
        let err = Config::from_json(&refused).unwrap_err();
        assert!(!err.to_string().contains("pr0xy-pw"), "{err}");
    }

    #[test]
    fn tedbul_requires_a_secret_key() {
        let config =
            json!({"service": "tedbul", "credentials": {"username": "u", "password": "p"}});
        assert!(Config::from_json(&config)
            .unwrap_err()
            .to_string()
            .contains("secretkey"));
    }
}
