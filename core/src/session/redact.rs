//! Secrets out of every error text: a vendor may echo a password, a secret
//! key or a token in an error body, and a transport may put a URL with
//! credentials in its message.

use super::Session;
use crate::error::Error;
use crate::secret::Secret;

/// The shortest secret that is searched for and hidden in transport messages.
const MIN_REDACTED_LEN: usize = 4;

impl Session {
    /// `text` with every secret this session knows, and `used` (the credential
    /// the request carried), replaced by `***`. Secrets shorter than
    /// [`MIN_REDACTED_LEN`] are left alone: replacing them would garble ordinary
    /// words and hide nothing worth hiding.
    pub(super) fn redact(&self, text: String, used: Option<&str>) -> String {
        let credentials = &self.config.credentials;
        let secrets = [
            Some(&credentials.password),
            credentials.secret_key.as_ref(),
            self.tokens.access.as_ref(),
            self.tokens.refresh.as_ref(),
        ];
        secrets
            .into_iter()
            .flatten()
            .chain(&self.retired)
            .map(Secret::expose)
            .chain(used)
            .filter(|s| s.len() >= MIN_REDACTED_LEN)
            .fold(text, |out, secret| {
                if out.contains(secret) {
                    out.replace(secret, "***")
                } else {
                    out
                }
            })
    }

    /// Remembers the tokens held now before they are dropped or replaced.
    pub(super) fn retire_tokens(&mut self) {
        for token in [&self.tokens.access, &self.tokens.refresh]
            .into_iter()
            .flatten()
        {
            if !self.retired.contains(token) {
                self.retired.push(token.clone());
            }
        }
    }

    /// `error` with every secret removed from its texts, which are in the
    /// config's `locale` (rendered first, so the redaction covers them).
    pub(super) fn scrub(&self, error: Error, used: Option<&str>) -> Error {
        self.redacted(error.in_locale(self.config.locale), used)
    }

    fn redacted(&self, error: Error, used: Option<&str>) -> Error {
        let clean = |text: String| self.redact(text, used);
        match error {
            Error::Validation { errors } => Error::Validation {
                errors: errors.into_iter().map(|e| e.map_texts(clean)).collect(),
            },
            Error::Api {
                service,
                status,
                vendor_code,
                message,
                body,
            } => Error::Api {
                service,
                status,
                vendor_code: vendor_code.map(clean),
                message: clean(message),
                body: clean(body),
            },
            Error::Auth { message, status } => Error::Auth {
                message: clean(message),
                status,
            },
            Error::RateLimited {
                message,
                retry_after_ms,
            } => Error::RateLimited {
                message: clean(message),
                retry_after_ms,
            },
            Error::Transport { message } => Error::Transport {
                message: clean(message),
            },
            Error::Decode { path, message } => Error::Decode {
                path: clean(path),
                message: clean(message),
            },
            Error::Config { message } => Error::Config {
                message: clean(message),
            },
            // Item keys and figures of the marketplace's own listing: no secret.
            Error::Guarded(stop) => Error::Guarded(stop),
            Error::Localized { locale, error } => Error::Localized {
                locale,
                error: Box::new(self.redacted(*error, used)),
            },
        }
    }
}
