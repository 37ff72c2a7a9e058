//! SimpleJWT in the Entegra emulator: obtain, refresh, and the token check.

use super::EntegraSandbox;
use crate::http::HttpResponse;
use crate::sandbox::credentials::{ENTEGRA_EMAIL, PASSWORD};
use crate::sandbox::request::Incoming;
use serde_json::{json, Map, Value};

const ACCESS_LIFETIME_MS: u64 = 7 * 24 * 3_600_000;
const REFRESH_LIFETIME_MS: u64 = 30 * 24 * 3_600_000;

impl EntegraSandbox {
    /// `POST /api/user/token/obtain/`: 201 with both tokens (mhunesi treats 201 as success; research §1).
    pub(super) fn obtain(&mut self, request: &Incoming, now_ms: u64) -> HttpResponse {
        let email = request.body.get("email").and_then(Value::as_str);
        let password = request.body.get("password").and_then(Value::as_str);
        let (Some(email), Some(password)) = (email, password) else {
            let mut errors = Map::new();
            for field in ["email", "password"] {
                if request.body.get(field).and_then(Value::as_str).is_none() {
                    errors.insert(field.into(), json!(["This field is required."]));
                }
            }
            return HttpResponse::json(400, &Value::Object(errors));
        };
        if email != ENTEGRA_EMAIL || password != PASSWORD {
            return HttpResponse::json(
                401,
                &json!({"detail": "No active account found with the given credentials"}),
            );
        }
        self.logins += 1;
        let refresh = self.refresh.mint("refresh", now_ms + REFRESH_LIFETIME_MS);
        let access = self.access.mint("access", now_ms + ACCESS_LIFETIME_MS);
        HttpResponse::json(201, &json!({"refresh": refresh, "access": access}))
    }

    /// `POST /api/user/token/refresh/`.
    pub(super) fn renew(&mut self, request: &Incoming, now_ms: u64) -> HttpResponse {
        let refresh = request.body.get("refresh").and_then(Value::as_str);
        match refresh {
            Some(token) if self.refresh.valid(token, now_ms) => {
                let access = self.access.mint("access", now_ms + ACCESS_LIFETIME_MS);
                HttpResponse::json(200, &json!({"access": access}))
            }
            _ => HttpResponse::json(
                401,
                &json!({"detail": "Token is invalid or expired", "code": "token_not_valid"}),
            ),
        }
    }

    /// DRF's 401 answers when the `Authorization: JWT …` header is missing or stale.
    pub(super) fn check_token(&self, request: &Incoming, now_ms: u64) -> Option<HttpResponse> {
        if request.authorization.is_none() {
            return Some(HttpResponse::json(
                401,
                &json!({"detail": "Authentication credentials were not provided."}),
            ));
        }
        match request.token("JWT") {
            Some(token) if self.access.valid(token, now_ms) => None,
            _ => Some(HttpResponse::json(
                401,
                &json!({
                    "detail": "Given token not valid for any token type",
                    "code": "token_not_valid",
                    "messages": [{"token_class": "AccessToken", "token_type": "access",
                                  "message": "Token is invalid or expired"}]
                }),
            )),
        }
    }
}
