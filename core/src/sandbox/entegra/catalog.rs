//! Categories and brands in the Entegra emulator (read-only lists from the seed).

use super::{EntegraSandbox, PAGE_SIZE};
use crate::http::HttpResponse;
use crate::sandbox::request::page_of;
use serde_json::json;

impl EntegraSandbox {
    /// `GET /category/page=N/`: `{"categories": […]}`.
    pub(super) fn list_categories(&self, page: u64) -> HttpResponse {
        HttpResponse::json(
            200,
            &json!({"categories": page_of(&self.categories, page, PAGE_SIZE)}),
        )
    }

    /// `GET /product/brand/page=N/`: `{"brand": […]}`.
    pub(super) fn list_brands(&self, page: u64) -> HttpResponse {
        HttpResponse::json(
            200,
            &json!({"brand": page_of(&self.brands, page, PAGE_SIZE)}),
        )
    }
}
