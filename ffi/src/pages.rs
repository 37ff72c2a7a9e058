//! `kopru_pages`: every item of a paginated list, fetched page by page.

use std::ffi::c_char;

use kopru_blocking::{Client, Pages};

use crate::boundary::{ffi_call, ffi_free};
use crate::client::{client_ref, kopru_client};
use crate::result::{kopru_result, Failure};
use crate::text::{out_param, span_params, span_str, OutString};

/// An iterator over every item of a list operation (e.g. `entegra.products.list`),
/// one item at a time; the next page is fetched when the current one is used up.
///
/// Not thread-safe: use one iterator from one thread at a time. It keeps its
/// client alive, so the client may be freed first.
pub struct kopru_pages {
    pages: Pages,
}

/// Makes an iterator over every item of the list operation `op`, starting from
/// `params` (JSON object; an empty span means `{}`, i.e. from the first page).
/// Nothing is fetched yet. On success `*out_pages` receives the handle; free it
/// with `kopru_pages_free`.
///
/// # Safety
/// `client` must be a live handle; `op` and `params` must point to `op_len` and
/// `params_len` readable bytes (or be NULL with a length of 0); `out_pages` must
/// be valid for writing a pointer.
#[no_mangle]
pub unsafe extern "C" fn kopru_pages_new(
    client: *const kopru_client,
    op: *const u8,
    op_len: usize,
    params: *const u8,
    params_len: usize,
    out_pages: *mut *mut kopru_pages,
) -> kopru_result {
    ffi_call(|| {
        let client = Client::clone(&client_ref(client)?.inner);
        let out = out_param(out_pages, "out_pages")?;
        let op = span_str(op, op_len, "op")?;
        let params = span_params(params, params_len)?;
        let pages = Pages::new(client, op, &params);
        *out = Box::into_raw(Box::new(kopru_pages { pages }));
        Ok(())
    })
}

/// Keeps up to `concurrency` pages in flight (1 to 16, default 1) from the
/// next fetch on, on threads, when the first page tells how many there are
/// (the ERP's lists); items still come in order. Out of range is
/// `KOPRU_CONFIG` and changes nothing.
///
/// # Safety
/// `pages` must be a live handle.
#[no_mangle]
pub unsafe extern "C" fn kopru_pages_set_concurrency(
    pages: *mut kopru_pages,
    concurrency: u32,
) -> kopru_result {
    ffi_call(|| {
        let pages = pages.as_mut().ok_or(Failure::NullArgument("pages"))?;
        pages.pages.set_concurrency(u64::from(concurrency))?;
        Ok(())
    })
}

/// Fetches the next item. On `KOPRU_OK`, `*out_has_item` is 1 and `*out_item`
/// holds the item as JSON text, or `*out_has_item` is 0 and `*out_item` is NULL
/// when the list is exhausted. An error ends the iteration.
///
/// # Safety
/// `pages` must be a live handle; `out_item` and `out_has_item` must be valid for
/// writes, `out_item_len` NULL or valid for writing a `size_t`. Free the item
/// with `kopru_string_free`.
#[no_mangle]
pub unsafe extern "C" fn kopru_pages_next(
    pages: *mut kopru_pages,
    out_item: *mut *mut c_char,
    out_item_len: *mut usize,
    out_has_item: *mut i32,
) -> kopru_result {
    ffi_call(|| {
        let pages = pages.as_mut().ok_or(Failure::NullArgument("pages"))?;
        let has_item = out_param(out_has_item, "out_has_item")?;
        let item_ptr = out_param(out_item, "out_item")?;
        match pages.pages.next_wire().transpose()? {
            Some(item) => {
                OutString::new(item_ptr, out_item_len, "out_item")?.write(item.to_json_text());
                *has_item = 1;
            }
            None => {
                *item_ptr = std::ptr::null_mut();
                if let Some(len) = out_item_len.as_mut() {
                    *len = 0;
                }
                *has_item = 0;
            }
        }
        Ok(())
    })
}

/// Frees an iterator. NULL is ignored.
///
/// # Safety
/// `pages` must be NULL or a live handle from `kopru_pages_new`, not used again
/// afterwards.
#[no_mangle]
pub unsafe extern "C" fn kopru_pages_free(pages: *mut kopru_pages) {
    ffi_free(|| {
        if !pages.is_null() {
            drop(Box::from_raw(pages));
        }
    })
}
