//! Which proxy a request goes through: the `proxy` config key or, like curl,
//! the environment (`HTTPS_PROXY`, `ALL_PROXY`, `NO_PROXY`).
//!
//! Pure decisions: the bundled clients pass the environment in through a
//! lookup function, so the rules are tested without touching the process.

use crate::error::Error;
use crate::secret::Secret;
use crate::url::{host_of_url, is_loopback_url, without_userinfo};
use serde_json::Value;
use std::fmt;
use std::net::IpAddr;

/// The `proxy` config key.
#[derive(Clone, Default, PartialEq, Eq)]
pub enum ProxySetting {
    /// Key absent or `null`: the environment decides (`HTTPS_PROXY`, `ALL_PROXY`, `NO_PROXY`).
    #[default]
    Environment,
    /// `false`: always connect directly, whatever the environment says.
    Direct,
    /// A proxy URL (`http://user:password@proxy.example:3128`); the environment is ignored.
    Url(Secret),
}

impl fmt::Debug for ProxySetting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProxySetting::Environment => f.write_str("Environment"),
            ProxySetting::Direct => f.write_str("Direct"),
            ProxySetting::Url(url) => write!(f, "Url({:?})", without_userinfo(url.expose())),
        }
    }
}

impl ProxySetting {
    /// Reads the `proxy` config key: absent/`null`, `false`, or an `http://` /
    /// `https://` URL with a host (credentials allowed; they never show in errors).
    pub fn from_json(value: Option<&Value>) -> Result<ProxySetting, Error> {
        match value {
            None | Some(Value::Null) => Ok(ProxySetting::Environment),
            Some(Value::Bool(false)) => Ok(ProxySetting::Direct),
            Some(Value::String(url)) => Ok(ProxySetting::Url(Secret::new(check_proxy_url(url)?))),
            Some(_) => Err(Error::config(
                "`proxy` must be a URL such as \"http://proxy.example:3128\", or false for none",
            )),
        }
    }
}

/// Checks a proxy URL; a URL without a scheme (`proxy:3128`) means `http://`, as for curl.
/// Returns the URL to use. Errors show it without user information.
pub fn check_proxy_url(url: &str) -> Result<String, Error> {
    let url = url.trim();
    let full = if url.contains("://") {
        url.to_string()
    } else {
        format!("http://{url}")
    };
    let shown = without_userinfo(&full);
    let scheme = full.split("://").next().unwrap_or("").to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return Err(Error::config(format!(
            "proxy {shown:?}: only http:// and https:// proxies are supported"
        )));
    }
    if host_of_url(&full).is_empty() {
        return Err(Error::config(format!("proxy {shown:?} has no host")));
    }
    Ok(full)
}

/// The proxy for requests to `target_url`, or `None` for a direct connection.
///
/// Loopback targets are never proxied (a proxy's loopback is not ours). With
/// [`ProxySetting::Environment`], an `https://` target uses `HTTPS_PROXY` /
/// `https_proxy`, else `ALL_PROXY` / `all_proxy`, unless `NO_PROXY` / `no_proxy`
/// covers its host ([`no_proxy_covers`]). `HTTP_PROXY` is never used for https
/// (curl's rule); kopru sends plain http only to loopback, so it is never used at all.
/// `lookup` reads one environment variable.
pub fn proxy_for(
    setting: &ProxySetting,
    target_url: &str,
    lookup: impl Fn(&str) -> Option<String>,
) -> Result<Option<Secret>, Error> {
    if is_loopback_url(target_url) {
        return Ok(None);
    }
    match setting {
        ProxySetting::Direct => Ok(None),
        ProxySetting::Url(url) => Ok(Some(url.clone())),
        ProxySetting::Environment => {
            let first = |names: &[&str]| {
                names
                    .iter()
                    .filter_map(|name| lookup(name))
                    .find(|value| !value.trim().is_empty())
            };
            let https = target_url
                .get(..8)
                .is_some_and(|s| s.eq_ignore_ascii_case("https://"));
            let chosen = if https {
                first(&["HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"])
            } else {
                first(&["ALL_PROXY", "all_proxy"])
            };
            let Some(proxy) = chosen else {
                return Ok(None);
            };
            let no_proxy = first(&["NO_PROXY", "no_proxy"]).unwrap_or_default();
            if no_proxy_covers(&no_proxy, host_of_url(target_url)) {
                return Ok(None);
            }
            check_proxy_url(&proxy).map(|url| Some(Secret::new(url)))
        }
    }
}

/// True when the `NO_PROXY` list covers `host`. Entries are separated by commas
/// (or spaces): `*` covers everything; a name covers itself and its subdomains
/// (`tedbul.com.tr` and `.tedbul.com.tr` both cover `api.tedbul.com.tr`); an IP
/// address covers itself; a CIDR block (`10.0.0.0/8`, `fd00::/8`) covers the IP
/// addresses in it (names are not resolved to match a block). Case-insensitive;
/// a `:port` on a name entry is ignored.
pub fn no_proxy_covers(no_proxy: &str, host: &str) -> bool {
    let host = host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .trim_end_matches('.')
        .to_ascii_lowercase();
    if host.is_empty() {
        return false;
    }
    let host_ip: Option<IpAddr> = host.parse().ok();
    no_proxy
        .split([',', ' ', '\t'])
        .map(str::trim)
        .filter(|entry| !entry.is_empty())
        .any(|entry| {
            if entry == "*" {
                return true;
            }
            let entry = entry.to_ascii_lowercase();
            if let Some((network, bits)) = entry.split_once('/') {
                return host_ip.is_some_and(|ip| in_block(ip, network, bits));
            }
            let entry = entry.trim_start_matches('[');
            let entry = match entry.split_once(']') {
                Some((address, _)) => address.to_string(),
                None if entry.parse::<IpAddr>().is_ok() => entry.to_string(),
                None => entry.split(':').next().unwrap_or("").to_string(),
            };
            let entry = entry.trim_start_matches("*.").trim_start_matches('.');
            if entry.is_empty() {
                return false;
            }
            if let (Some(ip), Ok(wanted)) = (host_ip, entry.parse::<IpAddr>()) {
                return ip == wanted;
            }
            host == entry
                || (host.len() > entry.len()
                    && host.ends_with(entry)
                    && host.as_bytes()[host.len() - entry.len() - 1] == b'.')
        })
}

/// True when `ip` is in the block `network/bits`.
fn in_block(ip: IpAddr, network: &str, bits: &str) -> bool {
    let (Ok(network), Ok(bits)) = (network.parse::<IpAddr>(), bits.parse::<u32>()) else {
        return false;
    };
    match (ip, network) {
        (IpAddr::V4(ip), IpAddr::V4(network)) if bits <= 32 => {
            let mask = u32::MAX.checked_shl(32 - bits).unwrap_or(0);
            u32::from(ip) & mask == u32::from(network) & mask
        }
        (IpAddr::V6(ip), IpAddr::V6(network)) if bits <= 128 => {
            let mask = u128::MAX.checked_shl(128 - bits).unwrap_or(0);
            u128::from(ip) & mask == u128::from(network) & mask
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::collections::HashMap;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| map.get(name).cloned()
    }

    fn chosen(setting: &ProxySetting, url: &str, pairs: &[(&str, &str)]) -> Option<String> {
        proxy_for(setting, url, env(pairs))
            .unwrap()
            .map(|s| s.expose().to_string())
    }

    #[test]
    fn https_targets_use_https_proxy_then_all_proxy_but_never_http_proxy_alone() {
        let env_only = ProxySetting::Environment;
        let url = "https://api.tedbul.com.tr/";
        assert_eq!(
            chosen(&env_only, url, &[("HTTPS_PROXY", "http://p:3128")]),
            Some("http://p:3128".into())
        );
        assert_eq!(
            chosen(&env_only, url, &[("https_proxy", "p2:8080")]),
            Some("http://p2:8080".into())
        );
        assert_eq!(
            chosen(&env_only, url, &[("ALL_PROXY", "http://all:1")]),
            Some("http://all:1".into())
        );
        assert_eq!(
            chosen(&env_only, url, &[("HTTP_PROXY", "http://p:3128")]),
            None
        );
        assert_eq!(
            chosen(&env_only, url, &[("http_proxy", "http://p:3128")]),
            None
        );
    }

    #[test]
    fn no_proxy_suffixes_cover_subdomains_like_curl() {
        assert!(no_proxy_covers("tedbul.com.tr", "api.tedbul.com.tr"));
        assert!(no_proxy_covers(".tedbul.com.tr", "api.tedbul.com.tr"));
        assert!(no_proxy_covers("*.tedbul.com.tr", "api.tedbul.com.tr"));
        assert!(no_proxy_covers("TEDBUL.com.tr", "tedbul.com.tr"));
        assert!(no_proxy_covers(
            "a.example, tedbul.com.tr:443",
            "api.tedbul.com.tr"
        ));
        assert!(!no_proxy_covers("bul.com.tr", "api.tedbul.com.tr"));
        assert!(!no_proxy_covers("api.tedbul.com.tr", "tedbul.com.tr"));
        assert!(no_proxy_covers("*", "anything.example"));
        assert!(!no_proxy_covers("", "anything.example"));
    }

    #[test]
    fn no_proxy_ip_addresses_and_cidr_blocks() {
        assert!(no_proxy_covers("10.0.0.0/8", "10.20.30.40"));
        assert!(!no_proxy_covers("10.0.0.0/8", "11.0.0.1"));
        assert!(no_proxy_covers("192.168.1.7", "192.168.1.7"));
        assert!(!no_proxy_covers("192.168.1.7", "192.168.1.8"));
        assert!(no_proxy_covers("0.0.0.0/0", "8.8.8.8"));
        assert!(no_proxy_covers("fd00::/8", "[fd12::1]"));
        assert!(no_proxy_covers("[::2]", "::2"));
        assert!(!no_proxy_covers("10.0.0.0/8", "erp.example"));
        assert!(!no_proxy_covers("10.0.0.0/99", "10.0.0.1"));
    }

    #[test]
    fn no_proxy_applies_to_the_environment_only() {
        let url = "https://erp.corp.example/api";
        let pairs = [
            ("HTTPS_PROXY", "http://p:3128"),
            ("no_proxy", "corp.example"),
        ];
        assert_eq!(chosen(&ProxySetting::Environment, url, &pairs), None);
        let configured = ProxySetting::from_json(Some(&json!("http://cfg:8080"))).unwrap();
        assert_eq!(
            chosen(&configured, url, &pairs),
            Some("http://cfg:8080".into())
        );
        assert_eq!(chosen(&ProxySetting::Direct, url, &pairs), None);
    }

    #[test]
    fn loopback_is_never_proxied() {
        let configured = ProxySetting::from_json(Some(&json!("http://cfg:8080"))).unwrap();
        assert_eq!(chosen(&configured, "http://127.0.0.1:9000/", &[]), None);
        let pairs = [("ALL_PROXY", "http://p:1")];
        assert_eq!(
            chosen(&ProxySetting::Environment, "https://localhost/", &pairs),
            None
        );
    }

    #[test]
    fn the_config_key_is_checked_and_its_credentials_never_show() {
        let setting =
            ProxySetting::from_json(Some(&json!("http://alice:pr0xy-pw@proxy.corp:3128"))).unwrap();
        let shown = format!("{setting:?}");
        assert!(
            !shown.contains("pr0xy-pw") && !shown.contains("alice"),
            "{shown}"
        );
        assert!(shown.contains("proxy.corp:3128"), "{shown}");
        let refused =
            ProxySetting::from_json(Some(&json!("socks5://alice:pr0xy-pw@proxy.corp:1080")))
                .unwrap_err();
        assert!(!refused.to_string().contains("pr0xy-pw"), "{refused}");
        assert!(ProxySetting::from_json(Some(&json!(true))).is_err());
        assert!(ProxySetting::from_json(Some(&json!("http://"))).is_err());
        let from_env = proxy_for(&ProxySetting::Environment, "https://x.example/", |_| {
            Some("ftp://bob:env-pw@p:21".into())
        })
        .unwrap_err();
        assert!(!from_env.to_string().contains("env-pw"), "{from_env}");
    }
}
