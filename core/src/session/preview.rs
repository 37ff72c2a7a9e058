//! A dry run of one call: the request the session would send, built and
//! checked as for sending, with no secret in it, and nothing sent — not even
//! a login.

use super::{unknown_operation, Session};
use crate::auth::{self, Tokens};
use crate::error::{Error, FieldError};
use crate::http::HttpRequest;
use crate::messages::Problem;
use crate::ops::{self, Role};
use crate::schema::{check_given, too_deep, Problems, MAX_DEPTH};
use crate::secret::Secret;
use serde_json::{json, Value};

/// What stands for the access token in a previewed request: it is got by logging in, which a
/// preview never does.
pub const TOKEN_AFTER_LOGIN: &str = "<token after login>";
/// What stands for a credential (a password, Basic credentials) in a previewed request.
pub const HIDDEN: &str = "***";

impl Session {
    /// The request `op_name` with `params` would send (method, URL, headers, body), validated
    /// as [`Session::start`] validates it. The `Authorization` header shows
    /// [`TOKEN_AFTER_LOGIN`] where a token goes, or [`HIDDEN`] for credentials; every secret
    /// the session knows is replaced by `***` in the URL and body (a login's password).
    /// A local operation sends nothing: it is a `config` error.
    pub fn preview(&self, op_name: &str, params: &Value) -> Result<HttpRequest, Error> {
        self.previewed(op_name, params)
            .map(|request| self.hide_secrets(request))
            .map_err(|error| self.scrub(error, None))
    }

    fn previewed(&self, op_name: &str, params: &Value) -> Result<HttpRequest, Error> {
        let op = ops::find(op_name).ok_or_else(|| unknown_operation(op_name))?;
        if matches!(op.role, Role::Local(_)) {
            return Err(Error::config(format!(
                "{op_name} is computed locally: it sends no request"
            )));
        }
        if op.service != self.config.service {
            return Err(Error::config(format!(
                "{op_name} is a {} operation, but this session is for {}",
                op.service.name(),
                self.config.service.name()
            )));
        }
        if let Some(path) = too_deep(params, MAX_DEPTH) {
            let problem = Problem::TooDeep {
                max_depth: MAX_DEPTH,
            };
            return Err(Error::Validation {
                errors: vec![FieldError::new(path, problem)],
            });
        }
        let given = if params.is_null() {
            json!({})
        } else {
            params.clone()
        };
        let mut problems = Problems::default();
        let wire = check_given(&&given, op.params, "", &mut problems);
        if !problems.is_empty() {
            return Err(Error::Validation {
                errors: problems.into_errors(),
            });
        }
        let mut request = ops::build_request_at(op, &wire, &self.config, self.path_template(op))?;
        match op.role {
            Role::Login => request.body = Some(auth::login_body(&self.config).to_string()),
            Role::Refresh => {
                let tokens = Tokens {
                    refresh: Some(Secret::new(TOKEN_AFTER_LOGIN)),
                    ..Tokens::default()
                };
                request.body = Some(auth::refresh_body(&self.config, &tokens).to_string());
            }
            Role::Call | Role::Local(_) => {
                if let Some(value) = self.previewed_authorization() {
                    request.headers.push(("Authorization".into(), value));
                }
            }
        }
        Ok(request)
    }

    /// The `Authorization` header of a call: the scheme, then [`TOKEN_AFTER_LOGIN`] for a
    /// service that logs in, [`HIDDEN`] for one that sends its credentials each time.
    fn previewed_authorization(&self) -> Option<String> {
        let logs_in = ops::login_of(self.config.service).is_some();
        let tokens = Tokens {
            access: Some(Secret::new(TOKEN_AFTER_LOGIN)),
            ..Tokens::default()
        };
        let value = auth::authorization(&self.config, &tokens)?;
        if logs_in {
            return Some(value);
        }
        Some(match value.split_once(' ') {
            Some((scheme, _)) => format!("{scheme} {HIDDEN}"),
            None => HIDDEN.to_string(),
        })
    }

    /// The request with every secret the session knows replaced in its URL and body.
    fn hide_secrets(&self, mut request: HttpRequest) -> HttpRequest {
        request.url = self.redact(request.url, None);
        request.body = request.body.map(|body| self.redact(body, None));
        request
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::sandbox_config;
    use crate::service::Service;

    fn session(service: Service) -> Session {
        Session::from_json(&sandbox_config(service), None).unwrap()
    }

    fn header<'a>(request: &'a HttpRequest, name: &str) -> Option<&'a str> {
        request.header(name)
    }

    #[test]
    fn a_call_shows_where_the_token_goes_and_no_secret() {
        let request = session(Service::Entegra)
            .preview("entegra.products.list", &json!({"page": 2}))
            .unwrap();
        assert_eq!(request.method, "GET");
        assert!(request.url.contains("page=2"), "{}", request.url);
        let auth = header(&request, "Authorization").unwrap();
        assert!(auth.ends_with(TOKEN_AFTER_LOGIN), "{auth}");
        let login = session(Service::Entegra)
            .preview("entegra.auth.obtain", &json!({}))
            .unwrap();
        let body = login.body.unwrap();
        assert!(
            !body.contains("demo-password") && body.contains(HIDDEN),
            "{body}"
        );
    }

    #[test]
    fn basic_credentials_are_hidden() {
        let request = session(Service::Erp)
            .preview("erp.products.list", &json!({}))
            .unwrap();
        assert_eq!(header(&request, "Authorization"), Some("Basic ***"));
    }

    #[test]
    fn bad_params_and_local_operations_send_nothing() {
        let entegra = session(Service::Entegra);
        let error = entegra
            .preview("entegra.products.list", &json!({"page": "x"}))
            .unwrap_err();
        assert_eq!(error.kind().as_str(), "validation");
        let error = entegra.preview("sync.plan", &json!({})).unwrap_err();
        assert_eq!(error.kind().as_str(), "config");
    }
}
