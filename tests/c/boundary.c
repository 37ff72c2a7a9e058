/*
 * The C boundary of every export in include/kopru.h: a NULL for each pointer argument
 * (and a NULL span with a length) gives KOPRU_NULL_ARGUMENT, invalid UTF-8 in each text
 * span gives KOPRU_INVALID_UTF8, the out-parameters stay untouched on failure, the last
 * error names the argument, and every _free function accepts NULL. Runs in-process
 * (sandbox clients), so it needs no server.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "kopru.h"

#define SPAN(s) (const uint8_t *)(s), strlen(s)

static const char *CONFIG = "{\"service\":\"erp\",\"sandbox\":true,"
                            "\"credentials\":{\"username\":\"demo\",\"password\":\"demo-password\"}}";
static const char *OP = "erp.products.list";
static const char *PARAMS = "{\"page\":1}";
static const char *RESPONSE = "{\"status\":200,\"headers\":[],\"body\":\"{}\"}";
/* "erp.\xff": valid up to a byte that can never start a UTF-8 sequence. */
static const uint8_t BAD_UTF8[] = {'e', 'r', 'p', '.', 0xff};
/* JSON text with an overlong encoding of '/' inside a string. */
static const uint8_t BAD_JSON_UTF8[] = {'{', '"', 'a', '"', ':', '"', 0xc0, 0xaf, '"', '}'};
/* What an out-parameter holds before a call: it must still hold it after a failure. */
#define SENTINEL ((char *)0x1)

/* Checks the result code and that the last error is of `kind` and names `arg`. */
static void expect(kopru_result rc, kopru_result want, const char *kind, const char *arg, const char *call) {
    CHECK(rc == want, "%s: expected %d, got %d", call, want, rc);
    char *json = NULL;
    CHECK(kopru_last_error_json(&json, NULL) == KOPRU_OK && json, "%s: no last error", call);
    if (!json) return;
    char *want_kind = NULL, *want_arg = NULL;
    if (asprintf(&want_kind, "\"kind\":\"%s\"", kind) < 0 || asprintf(&want_arg, "`%s`", arg) < 0) abort();
    CHECK(strstr(json, want_kind) != NULL, "%s: last error %s is not of kind %s", call, json, kind);
    CHECK(strstr(json, want_arg) != NULL, "%s: last error %s does not name %s", call, json, arg);
    free(want_kind);
    free(want_arg);
    kopru_string_free(json);
}

#define NULL_ARG(call, arg) expect((call), KOPRU_NULL_ARGUMENT, "null_argument", arg, #call)
#define BAD_UTF8_ARG(call, arg) expect((call), KOPRU_INVALID_UTF8, "invalid_utf8", arg, #call)

static void free_functions_accept_null(void) {
    kopru_string_free(NULL);
    kopru_client_free(NULL);
    kopru_session_free(NULL);
    kopru_pages_free(NULL);
    CHECK(kopru_version() != NULL && strlen(kopru_version()) > 0, "kopru_version");
}

/* The readers of the last error refuse a NULL `out` but leave the last error as it was. */
static void last_error_readers(void) {
    CHECK(kopru_last_error_message(NULL, NULL) == KOPRU_NULL_ARGUMENT, "kopru_last_error_message(NULL)");
    CHECK(kopru_last_error_json(NULL, NULL) == KOPRU_NULL_ARGUMENT, "kopru_last_error_json(NULL)");
    char *text = NULL;
    CHECK(kopru_last_error_message(&text, NULL) == KOPRU_OK && text, "out_len may be NULL");
    kopru_string_free(text);
}

static void client_functions(kopru_client *client) {
    kopru_client *made = (kopru_client *)SENTINEL;
    NULL_ARG(kopru_client_new(NULL, 5, &made), "config");
    NULL_ARG(kopru_client_new(SPAN(CONFIG), NULL), "out_client");
    BAD_UTF8_ARG(kopru_client_new(BAD_UTF8, sizeof BAD_UTF8, &made), "config");
    BAD_UTF8_ARG(kopru_client_new(BAD_JSON_UTF8, sizeof BAD_JSON_UTF8, &made), "config");
    CHECK(made == (kopru_client *)SENTINEL, "kopru_client_new wrote its out-parameter on failure");

    char *out = SENTINEL;
    size_t len = 7;
    NULL_ARG(kopru_client_call(NULL, SPAN(OP), SPAN(PARAMS), &out, &len), "client");
    NULL_ARG(kopru_client_call(client, NULL, 3, SPAN(PARAMS), &out, &len), "op");
    NULL_ARG(kopru_client_call(client, SPAN(OP), NULL, 3, &out, &len), "params");
    NULL_ARG(kopru_client_call(client, SPAN(OP), SPAN(PARAMS), NULL, &len), "out_result");
    BAD_UTF8_ARG(kopru_client_call(client, BAD_UTF8, sizeof BAD_UTF8, SPAN(PARAMS), &out, &len), "op");
    BAD_UTF8_ARG(kopru_client_call(client, SPAN(OP), BAD_JSON_UTF8, sizeof BAD_JSON_UTF8, &out, &len), "params");
    NULL_ARG(kopru_client_export_state(NULL, &out, &len), "client");
    NULL_ARG(kopru_client_export_state(client, NULL, &len), "out_state");
    CHECK(out == SENTINEL && len == 7, "kopru_client_* wrote an out-parameter on failure");

    kopru_pages *pages = (kopru_pages *)SENTINEL;
    NULL_ARG(kopru_pages_new(NULL, SPAN(OP), SPAN(PARAMS), &pages), "client");
    NULL_ARG(kopru_pages_new(client, NULL, 2, SPAN(PARAMS), &pages), "op");
    NULL_ARG(kopru_pages_new(client, SPAN(OP), NULL, 2, &pages), "params");
    NULL_ARG(kopru_pages_new(client, SPAN(OP), SPAN(PARAMS), NULL), "out_pages");
    BAD_UTF8_ARG(kopru_pages_new(client, BAD_UTF8, sizeof BAD_UTF8, SPAN(PARAMS), &pages), "op");
    BAD_UTF8_ARG(kopru_pages_new(client, SPAN(OP), BAD_JSON_UTF8, sizeof BAD_JSON_UTF8, &pages), "params");
    CHECK(pages == (kopru_pages *)SENTINEL, "kopru_pages_new wrote its out-parameter on failure");

    CHECK(kopru_pages_new(client, SPAN(OP), SPAN(PARAMS), &pages) == KOPRU_OK, "kopru_pages_new");
    NULL_ARG(kopru_pages_set_concurrency(NULL, 4), "pages");
    int32_t has = 5;
    NULL_ARG(kopru_pages_next(NULL, &out, &len, &has), "pages");
    NULL_ARG(kopru_pages_next(pages, NULL, &len, &has), "out_item");
    NULL_ARG(kopru_pages_next(pages, &out, &len, NULL), "out_has_item");
    CHECK(out == SENTINEL && has == 5, "kopru_pages_next wrote an out-parameter on failure");
    out = NULL;
    CHECK(kopru_pages_next(pages, &out, NULL, &has) == KOPRU_OK && has == 1, "out_item_len may be NULL");
    kopru_string_free(out);
    kopru_pages_free(pages);
}

static void session_functions(void) {
    kopru_session *made = (kopru_session *)SENTINEL;
    NULL_ARG(kopru_session_new(NULL, 4, NULL, 0, &made), "config");
    NULL_ARG(kopru_session_new(SPAN(CONFIG), NULL, 4, &made), "state");
    NULL_ARG(kopru_session_new(SPAN(CONFIG), NULL, 0, NULL), "out_session");
    BAD_UTF8_ARG(kopru_session_new(BAD_UTF8, sizeof BAD_UTF8, NULL, 0, &made), "config");
    BAD_UTF8_ARG(kopru_session_new(SPAN(CONFIG), BAD_JSON_UTF8, sizeof BAD_JSON_UTF8, &made), "state");
    CHECK(made == (kopru_session *)SENTINEL, "kopru_session_new wrote its out-parameter on failure");

    kopru_session *session = NULL;
    CHECK(kopru_session_new(SPAN(CONFIG), NULL, 0, &session) == KOPRU_OK, "kopru_session_new");
    char *out = SENTINEL;
    size_t len = 7;
    const uint64_t now = 1700000000000ULL;
    NULL_ARG(kopru_session_start(NULL, SPAN(OP), SPAN(PARAMS), now, &out, &len), "session");
    NULL_ARG(kopru_session_start(session, NULL, 1, SPAN(PARAMS), now, &out, &len), "op");
    NULL_ARG(kopru_session_start(session, SPAN(OP), NULL, 1, now, &out, &len), "params");
    NULL_ARG(kopru_session_start(session, SPAN(OP), SPAN(PARAMS), now, NULL, &len), "out_step");
    BAD_UTF8_ARG(kopru_session_start(session, BAD_UTF8, sizeof BAD_UTF8, SPAN(PARAMS), now, &out, &len), "op");
    BAD_UTF8_ARG(kopru_session_start(session, SPAN(OP), BAD_JSON_UTF8, sizeof BAD_JSON_UTF8, now, &out, &len),
                 "params");

    NULL_ARG(kopru_session_receive(NULL, SPAN(RESPONSE), now, &out, &len), "session");
    NULL_ARG(kopru_session_receive(session, NULL, 9, now, &out, &len), "response");
    NULL_ARG(kopru_session_receive(session, SPAN(RESPONSE), now, NULL, &len), "out_step");
    BAD_UTF8_ARG(kopru_session_receive(session, BAD_JSON_UTF8, sizeof BAD_JSON_UTF8, now, &out, &len), "response");

    NULL_ARG(kopru_session_transport_failed(NULL, SPAN("timeout"), 1, now, &out, &len), "session");
    NULL_ARG(kopru_session_transport_failed(session, NULL, 3, 1, now, &out, &len), "message");
    NULL_ARG(kopru_session_transport_failed(session, SPAN("timeout"), 1, now, NULL, &len), "out_step");
    BAD_UTF8_ARG(kopru_session_transport_failed(session, BAD_UTF8, sizeof BAD_UTF8, 1, now, &out, &len), "message");

    NULL_ARG(kopru_session_export_state(NULL, &out, &len), "session");
    NULL_ARG(kopru_session_export_state(session, NULL, &len), "out_state");
    CHECK(out == SENTINEL && len == 7, "kopru_session_* wrote an out-parameter on failure");

    out = NULL;
    CHECK(kopru_session_start(session, SPAN(OP), SPAN(PARAMS), now, &out, NULL) == KOPRU_OK,
          "the session still works after every refusal, and out_step_len may be NULL");
    kopru_string_free(out);
    kopru_session_free(session);
}

/* A hook that must never be called: every call below fails before the run starts. */
static int32_t never_called(void *user_data, const char *kind, const uint8_t *json, size_t json_len) {
    (void)kind, (void)json, (void)json_len;
    (*(int *)user_data)++;
    return 1;
}

static void sync_functions(kopru_client *erp) {
    static const char *SYNC_PARAMS = "{\"job\":\"catalogue\",\"marketplace\":\"entegra\"}";
    static const char *STATE_FILE = "/nonexistent/kopru-boundary-state.json";
    kopru_client *entegra = NULL;
    CHECK(kopru_client_new(SPAN("{\"service\":\"entegra\",\"sandbox\":true,\"credentials\":"
                                "{\"email\":\"demo@kopru.dev\",\"password\":\"demo-password\"}}"),
                           &entegra) == KOPRU_OK,
          "kopru_client_new (entegra sandbox)");
    if (!entegra) return;
    char *out = SENTINEL;
    size_t len = 7;
    int calls = 0;
    NULL_ARG(kopru_sync_run(erp, NULL, SPAN(SYNC_PARAMS), NULL, 0, never_called, &calls, &out, &len),
             "marketplace");
    NULL_ARG(kopru_sync_run(erp, entegra, NULL, 3, NULL, 0, never_called, &calls, &out, &len), "params");
    NULL_ARG(kopru_sync_run(erp, entegra, SPAN(SYNC_PARAMS), NULL, 4, never_called, &calls, &out, &len),
             "state_file");
    NULL_ARG(kopru_sync_run(erp, entegra, SPAN(SYNC_PARAMS), NULL, 0, never_called, &calls, NULL, &len),
             "out_report");
    BAD_UTF8_ARG(kopru_sync_run(erp, entegra, BAD_JSON_UTF8, sizeof BAD_JSON_UTF8, NULL, 0, never_called, &calls,
                                &out, &len),
                 "params");
    BAD_UTF8_ARG(kopru_sync_run(erp, entegra, SPAN(SYNC_PARAMS), BAD_UTF8, sizeof BAD_UTF8, never_called, &calls,
                                &out, &len),
                 "state_file");
    CHECK(out == SENTINEL && len == 7 && calls == 0,
          "kopru_sync_run wrote an out-parameter or called its hook on failure");

    /* The optional arguments: no ERP client (the params carry a snapshot), no hook, no
     * state file, no out_report_len. */
    out = NULL;
    kopru_result rc = kopru_sync_run(NULL, entegra, SPAN("{\"job\":\"catalogue\",\"marketplace\":\"entegra\","
                                                         "\"snapshot\":{\"products\":[],\"inventory\":[]}}"),
                                     NULL, 0, NULL, NULL, &out, NULL);
    CHECK(rc == KOPRU_OK && out && strstr(out, "\"job\":\"catalogue\""),
          "kopru_sync_run with every optional argument NULL gave %d", rc);
    kopru_string_free(out);
    /* A state file that cannot be written is a config error. */
    out = SENTINEL;
    rc = kopru_sync_run(erp, entegra, SPAN(SYNC_PARAMS), SPAN(STATE_FILE), NULL, NULL, &out, &len);
    CHECK(rc == KOPRU_CONFIG && out == SENTINEL, "an unwritable state file gave %d", rc);
    kopru_client_free(entegra);
}

int main(void) {
    free_functions_accept_null();
    last_error_readers();
    kopru_client *client = NULL;
    CHECK(kopru_client_new(SPAN(CONFIG), &client) == KOPRU_OK, "kopru_client_new (sandbox)");
    if (client) client_functions(client);
    if (client) sync_functions(client);
    kopru_client_free(client);
    session_functions();
    return check_summary("C boundary");
}
