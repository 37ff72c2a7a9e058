//! Base URLs, the https-only rule, and query strings.

use crate::error::Error;

/// Checks a base URL: `https://` anywhere, plain `http://` only on loopback.
/// Error messages show the URL without its user information (`user:password@`).
pub fn check_base_url(url: &str) -> Result<(), Error> {
    let shown = without_userinfo(url);
    let (scheme, rest) = url
        .split_once("://")
        .ok_or_else(|| Error::config(format!("base_url {shown:?} is not an absolute URL")))?;
    let host = host_of(authority_of(rest));
    if host.is_empty() {
        return Err(Error::config(format!("base_url {shown:?} has no host")));
    }
    match scheme.to_ascii_lowercase().as_str() {
        "https" => Ok(()),
        "http" if is_loopback(host) => Ok(()),
        "http" => Err(Error::config(format!(
            "base_url {shown:?} uses plain http: only https is allowed, except for loopback addresses"
        ))),
        other => Err(Error::config(format!(
            "base_url scheme {other:?} is not supported; use https"
        ))),
    }
}

/// `url` with the user information of its authority replaced by `***`.
pub fn without_userinfo(url: &str) -> String {
    let (scheme, rest) = match url.split_once("://") {
        Some((scheme, rest)) => (format!("{scheme}://"), rest),
        None => (String::new(), url),
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..end].rfind('@') {
        Some(at) => format!("{scheme}***@{}", &rest[at + 1..]),
        None => url.to_string(),
    }
}

/// True when `url`'s host is a loopback address: `localhost`, `127.0.0.0/8` or
/// `[::1]` (what plain `http://` is allowed on, and where the loopback sandbox
/// server listens). False for anything that is not an absolute URL.
pub fn is_loopback_url(url: &str) -> bool {
    url.split_once("://")
        .is_some_and(|(_, rest)| is_loopback(host_of(authority_of(rest))))
}

/// The host of an absolute URL (without brackets for IPv6), or `""` when it has none.
pub fn host_of_url(url: &str) -> &str {
    url.split_once("://")
        .map_or("", |(_, rest)| host_of(authority_of(rest)))
}

/// The authority of the part of a URL after `scheme://`.
fn authority_of(after_scheme: &str) -> &str {
    after_scheme.split(['/', '?', '#']).next().unwrap_or("")
}

fn host_of(authority: &str) -> &str {
    let without_user = authority.rsplit('@').next().unwrap_or(authority);
    if let Some(rest) = without_user.strip_prefix('[') {
        return rest.split(']').next().unwrap_or("");
    }
    without_user.split(':').next().unwrap_or("")
}

fn is_loopback(host: &str) -> bool {
    let host = host.to_ascii_lowercase();
    if host == "localhost" || host == "::1" {
        return true;
    }
    let octets: Vec<&str> = host.split('.').collect();
    octets.len() == 4 && octets[0] == "127" && octets.iter().all(|o| o.parse::<u8>().is_ok())
}

/// Joins a base URL and a vendor path without normalising the path's trailing slash.
pub fn join(base: &str, path: &str) -> String {
    format!(
        "{}/{}",
        base.trim_end_matches('/'),
        path.trim_start_matches('/')
    )
}

/// Percent-encodes one query-string component (RFC 3986 unreserved characters pass).
pub fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Decodes a percent-encoded query component (`+` is a space).
pub fn decode_component(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .filter(|h| h.iter().all(u8::is_ascii_hexdigit))
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(decoded)) => {
                out.push(decoded);
                i += 3;
            }
            (b'+', _) => {
                out.push(b' ');
                i += 1;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Splits `path?query` into the path and its decoded `(name, value)` pairs.
pub fn split_query(path_and_query: &str) -> (&str, Vec<(String, String)>) {
    let (path, query) = path_and_query
        .split_once('?')
        .unwrap_or((path_and_query, ""));
    let pairs = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode_component(name), decode_component(value))
        })
        .collect();
    (path, pairs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_everywhere_http_only_on_loopback() {
        assert!(check_base_url("https://apiv2.entegrabilisim.com").is_ok());
        assert!(check_base_url("http://127.0.0.1:8080/entegra").is_ok());
        assert!(check_base_url("http://localhost:1").is_ok());
        assert!(check_base_url("http://[::1]:9/x").is_ok());
        assert!(check_base_url("http://example.com").is_err());
        assert!(check_base_url("http://127.0.0.1.example.com").is_err());
        assert!(check_base_url("ftp://x").is_err());
        assert!(check_base_url("nonsense").is_err());
        let refused = check_base_url("http://user:hunter22@example.com/x").unwrap_err();
        assert!(!refused.to_string().contains("hunter22"), "{refused}");
        assert!(refused.to_string().contains("http://***@example.com/x"));
    }

    #[test]
    fn loopback_urls() {
        assert!(is_loopback_url("http://127.0.0.1:8080/erp"));
        assert!(is_loopback_url("http://127.1.2.3/"));
        assert!(is_loopback_url("https://LOCALHOST:9"));
        assert!(is_loopback_url("http://[::1]:9/x"));
        assert!(is_loopback_url("http://user:pw@127.0.0.1:1/x"));
        assert!(!is_loopback_url("https://erp.example.com"));
        assert!(!is_loopback_url("https://127.0.0.1.example.com/"));
        assert!(!is_loopback_url(
            "https://example.com/?next=http://127.0.0.1"
        ));
        assert!(!is_loopback_url("https://127.0.0.1@example.com/"));
        assert!(!is_loopback_url("127.0.0.1"));
    }

    #[test]
    fn join_keeps_trailing_slashes() {
        assert_eq!(join("https://a/", "api/auth"), "https://a/api/auth");
        assert_eq!(
            join("https://a", "/product/page=1/"),
            "https://a/product/page=1/"
        );
    }

    #[test]
    fn query_round_trip() {
        let encoded = encode_component("a b&ç");
        assert_eq!(decode_component(&encoded), "a b&ç");
        let (path, pairs) = split_query("/x?a=1&b=%20z&c");
        assert_eq!(path, "/x");
        assert_eq!(pairs[1], ("b".to_string(), " z".to_string()));
        assert_eq!(decode_component("%"), "%");
        assert_eq!(decode_component("%4"), "%4");
    }
}
