/*
 * The C test of libkopru: every part of the C ABI against the loopback sandbox
 * server (real HTTP through the bundled client, and a session driven by hand
 * with this file's own HTTP code), plus the in-process sandbox, bad arguments
 * and the per-thread last error. Needs KOPRU_SANDBOX_URL.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "http.h"
#include "json.h"
#include "kopru.h"
#include "portable.h"

#define SPAN(s) (const uint8_t *)(s), strlen(s)

static const char *sandbox_url;

static const char *ENTEGRA_CREDENTIALS = "{\"email\":\"demo@kopru.dev\",\"password\":\"demo-password\"}";
static const char *ERP_CREDENTIALS = "{\"username\":\"demo\",\"password\":\"demo-password\"}";
static const char *TEDBUL_CREDENTIALS =
    "{\"username\":\"demo\",\"password\":\"demo-password\",\"secretkey\":\"demo-secret\"}";

static uint64_t now_ms(void) { return portable_now_ms(); }

/* A config for `service` on the loopback server, malloc'ed. */
static char *loopback_config(const char *service, const char *credentials) {
    char *config = NULL;
    if (asprintf(&config, "{\"service\":\"%s\",\"base_url\":\"%s/%s\",\"credentials\":%s}", service,
                 sandbox_url, service, credentials) < 0)
        abort();
    return config;
}

/* The calling thread's last error as parsed JSON (free with json_free). */
static jnode *last_error(char **text) {
    *text = NULL;
    if (kopru_last_error_json(text, NULL) != KOPRU_OK || !*text) return NULL;
    return json_parse(*text, strlen(*text));
}

/* 1 when the last error's kind is `kind`. */
static int last_error_kind_is(const char *kind) {
    char *text;
    jnode *err = last_error(&text);
    const char *got = json_get_str(err, "kind");
    int same = got && strcmp(got, kind) == 0;
    if (!same) fprintf(stderr, "  last error: %s\n", text ? text : "(none)");
    json_free(err);
    kopru_string_free(text);
    return same;
}

static kopru_client *new_client(const char *config) {
    kopru_client *client = NULL;
    kopru_result rc = kopru_client_new(SPAN(config), &client);
    CHECK(rc == KOPRU_OK && client, "kopru_client_new(%s) gave %d", config, rc);
    return client;
}

/*
 * Runs `op` and returns the parsed result (NULL on failure, with *rc set); the
 * result text goes to *text (free with kopru_string_free).
 */
static jnode *call(kopru_client *client, const char *op, const char *params, kopru_result *rc, char **text) {
    *text = NULL;
    *rc = kopru_client_call(client, SPAN(op), SPAN(params), text, NULL);
    if (*rc != KOPRU_OK) return NULL;
    return json_parse(*text, strlen(*text));
}

/* Runs `op` and checks that it succeeds with a parsable result. */
static jnode *call_ok(kopru_client *client, const char *op, const char *params, char **text) {
    kopru_result rc;
    jnode *result = call(client, op, params, &rc, text);
    CHECK(rc == KOPRU_OK && result, "%s gave %d", op, rc);
    if (rc != KOPRU_OK) {
        char *err = NULL;
        kopru_last_error_json(&err, NULL);
        fprintf(stderr, "  %s\n", err ? err : "");
        kopru_string_free(err);
    }
    return result;
}

/* The Tedbul ad of result.items whose `barcodes` list holds `barcode`. */
static const jnode *find_ad(const jnode *result, const char *barcode) {
    const jnode *items = json_get(result, "items");
    for (const jnode *item = items ? items->child : NULL; item; item = item->next) {
        const jnode *barcodes = json_get(item, "barcodes");
        for (const jnode *b = barcodes ? barcodes->child : NULL; b; b = b->next)
            if (b->str && strcmp(b->str, barcode) == 0) return item;
    }
    return NULL;
}

/* POSTs `body` to an admin endpoint of the sandbox server; returns the HTTP status. */
static int admin_post(const char *path, const char *body) { return http_admin_post(sandbox_url, path, body); }

/* The number of logins the server counted for `service`, from /_admin/stats. */
static long server_logins(const char *service) {
    char *request = NULL;
    if (asprintf(&request, "{\"method\":\"GET\",\"url\":\"%s/_admin/stats\",\"headers\":[],\"body\":null}",
                 sandbox_url) < 0)
        abort();
    jnode *req = json_parse(request, strlen(request));
    const char *error = NULL;
    char *response = http_send(req, &error);
    jnode *resp = response ? json_parse(response, strlen(response)) : NULL;
    const char *body = json_get_str(resp, "body");
    jnode *stats = body ? json_parse(body, strlen(body)) : NULL;
    const jnode *logins = json_get(json_get(stats, service), "logins");
    long count = logins ? atol(logins->text) : -1;
    json_free(stats);
    json_free(resp);
    free(response);
    json_free(req);
    free(request);
    return count;
}

static void test_version(void) {
    const char *version = kopru_version();
    CHECK(version && version[0] >= '0' && version[0] <= '9' && strchr(version, '.'), "version %s",
          version ? version : "(null)");
}

static void test_entegra(void) {
    char *config = loopback_config("entegra", ENTEGRA_CREDENTIALS);
    kopru_client *client = new_client(config);
    free(config);
    if (!client) return;
    char *text;

    jnode *first = call_ok(client, "entegra.products.list", "{\"page\":1}", &text);
    const jnode *items = json_get(first, "items");
    CHECK(items && items->type == J_ARRAY && json_count(items) > 0, "products.list items: %s", text);
    json_free(first);
    kopru_string_free(text);

    const char *product =
        "{\"list\":[{\"productCode\":\"KOPRU-C-1\",\"productName\":\"kopru C test\","
        "\"barcode\":\"8690000000011\",\"quantity\":7,\"price1\":\"12.90\",\"status\":1}]}";
    jnode *created = call_ok(client, "entegra.products.create", product, &text);
    json_free(created);
    kopru_string_free(text);

    /* Walk every product with the page iterator and find the new one. */
    kopru_pages *pages = NULL;
    kopru_result rc = kopru_pages_new(client, SPAN("entegra.products.list"), NULL, 0, &pages);
    CHECK(rc == KOPRU_OK && pages, "kopru_pages_new gave %d", rc);
    size_t walked = 0;
    int found = 0;
    for (;;) {
        char *item = NULL;
        size_t item_len = 0;
        int32_t has_item = -1;
        rc = kopru_pages_next(pages, &item, &item_len, &has_item);
        if (rc != KOPRU_OK || !has_item) {
            CHECK(rc == KOPRU_OK && has_item == 0 && item == NULL, "pages ended with %d", rc);
            break;
        }
        jnode *node = json_parse(item, item_len);
        CHECK(node && node->type == J_OBJECT && strlen(item) == item_len, "page item %s", item);
        const char *code = json_get_str(node, "productCode");
        if (code && strcmp(code, "KOPRU-C-1") == 0) {
            found = 1;
            CHECK(json_get_str(node, "price1") && strcmp(json_get_str(node, "price1"), "12.90") == 0,
                  "created product's price1 is the decimal string 12.90: %s", item);
        }
        walked++;
        json_free(node);
        kopru_string_free(item);
    }
    kopru_pages_free(pages);
    CHECK(found, "the created product is among the %zu products walked", walked);

    jnode *orders = call_ok(client, "entegra.orders.list", "{\"page\":1}", &text);
    const jnode *order_items = json_get(orders, "items");
    CHECK(order_items && order_items->type == J_ARRAY, "orders.list items: %s", text);
    json_free(orders);
    kopru_string_free(text);

    /* A validation error: nothing is sent, every problem is listed with its path. */
    char *untouched = (char *)"untouched";
    char *out = untouched;
    rc = kopru_client_call(client, SPAN("entegra.products.create"),
                           SPAN("{\"list\":[{\"productName\":\"no code\"},{\"productCode\":\"X\","
                                "\"barcode\":\"1\",\"quantity\":\"many\"}]}"),
                           &out, NULL);
    CHECK(rc == KOPRU_VALIDATION, "validation error gave %d", rc);
    CHECK(out == untouched, "the out-parameter is not written on failure");
    char *err_text;
    jnode *err = last_error(&err_text);
    CHECK(err && strcmp(json_get_str(err, "kind"), "validation") == 0, "validation json %s", err_text);
    const jnode *code = json_get(err, "code");
    CHECK(code && atoi(code->text) == KOPRU_VALIDATION, "json code matches the result code: %s", err_text);
    const char *want_paths[] = {"list[0].productCode", "list[1].productName", "list[1].quantity"};
    const jnode *errors = json_get(err, "errors");
    CHECK(json_count(errors) == sizeof want_paths / sizeof *want_paths, "exactly the expected problems: %s",
          err_text);
    for (size_t i = 0; i < sizeof want_paths / sizeof *want_paths; i++) {
        int seen = 0;
        for (const jnode *e = errors ? errors->child : NULL; e; e = e->next) {
            const char *path = json_get_str(e, "path");
            if (path && strcmp(path, want_paths[i]) == 0 && json_get_str(e, "message")) seen = 1;
        }
        CHECK(seen, "validation error lists %s: %s", want_paths[i], err_text);
    }
    json_free(err);
    kopru_string_free(err_text);
    char *message = NULL;
    size_t message_len = 0;
    rc = kopru_last_error_message(&message, &message_len);
    CHECK(rc == KOPRU_OK && message && strlen(message) == message_len && strstr(message, "list[0].productCode"),
          "last error message: %s", message ? message : "(null)");
    kopru_string_free(message);

    /* The token is reused: every call of this client so far shared one login. */
    for (int i = 0; i < 3; i++) {
        jnode *again = call_ok(client, "entegra.products.list", "{\"page\":1}", &text);
        json_free(again);
        kopru_string_free(text);
    }
    CHECK(server_logins("entegra") == 1, "entegra logins on the server: %ld", server_logins("entegra"));

    char *state = NULL;
    size_t state_len = 0;
    rc = kopru_client_export_state(client, &state, &state_len);
    jnode *state_json = rc == KOPRU_OK ? json_parse(state, state_len) : NULL;
    CHECK(json_get_str(state_json, "access_token") && !strstr(state, "demo-password"),
          "exported state has the token and no password: %s", state ? state : "(null)");
    json_free(state_json);
    kopru_string_free(state);

    /* A successful call clears the last error. */
    char *cleared = NULL;
    kopru_last_error_json(&cleared, NULL);
    CHECK(cleared && strcmp(cleared, "null") == 0, "last error after success: %s", cleared);
    kopru_string_free(cleared);
    kopru_client_free(client);
}

static void test_api_errors(void) {
    /* Wrong password: an auth error whose message and JSON hold no secret. */
    char *config = loopback_config("entegra", "{\"email\":\"demo@kopru.dev\",\"password\":\"wrong-secret-1\"}");
    kopru_client *client = new_client(config);
    free(config);
    if (client) {
        char *text;
        kopru_result rc;
        jnode *result = call(client, "entegra.products.list", "{}", &rc, &text);
        CHECK(rc == KOPRU_AUTH && !result, "wrong password gave %d", rc);
        char *err_text = NULL, *message = NULL;
        kopru_last_error_json(&err_text, NULL);
        kopru_last_error_message(&message, NULL);
        CHECK(err_text && strstr(err_text, "\"kind\":\"auth\"") && !strstr(err_text, "wrong-secret-1") &&
                  message && !strstr(message, "wrong-secret-1"),
              "auth error: %s", err_text);
        kopru_string_free(err_text);
        kopru_string_free(message);
        kopru_client_free(client);
    }

    /* A server error on a create is not retried blindly: an api error with the status. */
    config = loopback_config("tedbul", TEDBUL_CREDENTIALS);
    client = new_client(config);
    free(config);
    if (!client) return;
    char *text;
    jnode *login = call_ok(client, "tedbul.ads.list", "{}", &text);
    json_free(login);
    kopru_string_free(text);
    CHECK(admin_post("/_admin/faults", "{\"fail_next\":1,\"fail_status\":500}") == 200, "fault injection");
    kopru_result rc;
    jnode *result = call(client, "tedbul.ads.create",
                         "{\"productBarcode\":\"8690000000099\",\"productName\":\"fails\",\"stock\":5,"
                         "\"price\":\"10,50\"}",
                         &rc, &text);
    CHECK(rc == KOPRU_API && !result, "injected 500 on create gave %d", rc);
    char *err_text;
    jnode *err = last_error(&err_text);
    const jnode *status = json_get(err, "status");
    CHECK(status && atoi(status->text) == 500 && strcmp(json_get_str(err, "kind"), "api") == 0,
          "api error json: %s", err_text);
    json_free(err);
    kopru_string_free(err_text);

    /* A server error on a list is retried and succeeds. */
    CHECK(admin_post("/_admin/faults", "{\"fail_next\":1,\"fail_status\":503}") == 200, "fault injection");
    jnode *listed = call_ok(client, "tedbul.ads.list", "{}", &text);
    json_free(listed);
    kopru_string_free(text);
    admin_post("/_admin/faults", "{\"fail_next\":0}");
    kopru_client_free(client);
}

static void test_tedbul(void) {
    char *config = loopback_config("tedbul", TEDBUL_CREDENTIALS);
    kopru_client *client = new_client(config);
    free(config);
    if (!client) return;
    char *text;

    jnode *before = call_ok(client, "tedbul.ads.list", "{}", &text);
    CHECK(json_get(before, "items") != NULL, "ads.list items: %s", text);
    json_free(before);
    kopru_string_free(text);

    jnode *created = call_ok(client, "tedbul.ads.create",
                             "{\"productBarcode\":\"8690000000028\",\"productName\":\"kopru C ad\","
                             "\"stock\":12,\"price\":\"24.50\",\"description\":\"from C\",\"status\":1}",
                             &text);
    json_free(created);
    kopru_string_free(text);

    jnode *after = call_ok(client, "tedbul.ads.list", "{\"show\":100}", &text);
    const jnode *ad = find_ad(after, "8690000000028");
    CHECK(ad != NULL, "the created ad is listed: %s", text);
    const jnode *id = json_get(ad, "adsId");
    char *update = NULL;
    if (id && asprintf(&update,
                       "{\"adsList\":[{\"id\":%.*s,\"stock\":30,\"price\":\"26.75\",\"productBarcode\":"
                       "\"8690000000028\",\"status\":1}]}",
                       (int)id->len, id->text) < 0)
        abort();
    json_free(after);
    kopru_string_free(text);
    if (!update) {
        kopru_client_free(client);
        return;
    }

    jnode *updated = call_ok(client, "tedbul.ads.update_many", update, &text);
    json_free(updated);
    kopru_string_free(text);
    free(update);

    jnode *final = call_ok(client, "tedbul.ads.list", "{\"show\":100}", &text);
    ad = find_ad(final, "8690000000028");
    const jnode *stock = json_get(ad, "stock");
    const char *price = json_get_str(ad, "price");
    CHECK(stock && atoi(stock->text + (stock->type == J_STRING)) == 30 && price && strcmp(price, "26.75") == 0,
          "the update shows in the list: %s", text);
    json_free(final);
    kopru_string_free(text);
    kopru_client_free(client);
}

/* Every row of erp.inventory.list, one a page, fetched `concurrency` pages at once: the
   rows' JSON joined by newlines (malloc'd), and their number in *rows. */
static char *walk_inventory(kopru_client *client, uint32_t concurrency, long *rows) {
    kopru_pages *pages = NULL;
    kopru_result rc = kopru_pages_new(client, SPAN("erp.inventory.list"), SPAN("{\"per_page\":1}"), &pages);
    CHECK(rc == KOPRU_OK, "kopru_pages_new gave %d", rc);
    rc = kopru_pages_set_concurrency(pages, concurrency);
    CHECK(rc == KOPRU_OK, "kopru_pages_set_concurrency gave %d", rc);
    size_t size = 1;
    char *joined = calloc(1, size);
    *rows = 0;
    int32_t has_item = 1;
    while (rc == KOPRU_OK && has_item) {
        char *item = NULL;
        size_t len = 0;
        rc = kopru_pages_next(pages, &item, &len, &has_item);
        if (rc == KOPRU_OK && has_item) {
            CHECK(item && item[0] == '{', "inventory item %s", item ? item : "(null)");
            joined = realloc(joined, size + len + 1);
            memcpy(joined + size - 1, item, len);
            joined[size - 1 + len] = '\n';
            joined[size + len] = '\0';
            size += len + 1;
            (*rows)++;
        }
        kopru_string_free(item);
    }
    CHECK(rc == KOPRU_OK, "the walk ended with %d", rc);
    kopru_pages_free(pages);
    return joined;
}

static void test_erp(void) {
    char *config = loopback_config("erp", ERP_CREDENTIALS);
    kopru_client *client = new_client(config);
    free(config);
    if (!client) return;
    char *text;
    long walked_rows = 0;
    jnode *products = call_ok(client, "erp.products.list", "{\"per_page\":2}", &text);
    const jnode *items = json_get(products, "items");
    CHECK(items && json_count(items) > 0 && json_count(items) <= 2, "erp.products.list: %s", text);
    CHECK(json_get_str(json_at(items, 0), "ItemCode") != NULL, "ERP products keep their field names: %s", text);
    json_free(products);
    kopru_string_free(text);

    jnode *inventory = call_ok(client, "erp.inventory.list", "{}", &text);
    items = json_get(inventory, "items");
    const jnode *total = json_get(inventory, "total");
    long inventory_total = total && total->type == J_NUMBER ? atol(total->text) : -1;
    CHECK(items && json_count(items) > 0 && inventory_total > 1, "erp.inventory.list: %s", text);
    json_free(inventory);
    kopru_string_free(text);

    /* One item a page: the iterator fetches page after page until the total is reached;
       with a concurrency of 4 it fetches four pages at once and yields the same rows in order. */
    char *one_by_one = walk_inventory(client, 1, &walked_rows);
    CHECK(walked_rows == inventory_total, "walked %ld of %ld inventory rows, one page each", walked_rows,
          inventory_total);
    char *four_at_once = walk_inventory(client, 4, &walked_rows);
    CHECK(walked_rows == inventory_total && strcmp(one_by_one, four_at_once) == 0,
          "four pages at once gave %ld rows, in another order or not once each", walked_rows);
    free(one_by_one);
    free(four_at_once);

    kopru_pages *pages = NULL;
    kopru_result rc = kopru_pages_new(client, SPAN("erp.inventory.list"), NULL, 0, &pages);
    CHECK(rc == KOPRU_OK, "kopru_pages_new gave %d", rc);
    CHECK(kopru_pages_set_concurrency(pages, 0) == KOPRU_CONFIG, "a concurrency of 0 is refused");
    CHECK(kopru_pages_set_concurrency(pages, 17) == KOPRU_CONFIG, "a concurrency of 17 is refused");
    CHECK(kopru_pages_set_concurrency(pages, 16) == KOPRU_OK, "a concurrency of 16 is taken");
    kopru_pages_free(pages);
    kopru_client_free(client);
}

static void test_bad_arguments(void) {
    char *out = NULL;
    kopru_result rc = kopru_client_call(NULL, SPAN("erp.products.list"), NULL, 0, &out, NULL);
    CHECK(rc == KOPRU_NULL_ARGUMENT && out == NULL && last_error_kind_is("null_argument"), "NULL client: %d", rc);

    char *config = NULL;
    if (asprintf(&config, "{\"service\":\"erp\",\"sandbox\":true,\"credentials\":%s}", ERP_CREDENTIALS) < 0) abort();
    kopru_client *client = new_client(config);
    free(config);
    if (!client) return;

    const uint8_t bad_utf8[] = {'e', 'r', 'p', 0xC3, 0x28};
    rc = kopru_client_call(client, bad_utf8, sizeof bad_utf8, NULL, 0, &out, NULL);
    CHECK(rc == KOPRU_INVALID_UTF8 && out == NULL && last_error_kind_is("invalid_utf8"), "invalid UTF-8: %d", rc);

    rc = kopru_client_call(client, SPAN("erp.products.list"), SPAN("{\"page\":"), &out, NULL);
    CHECK(rc == KOPRU_INVALID_JSON && out == NULL && last_error_kind_is("invalid_json"), "invalid JSON: %d", rc);

    rc = kopru_client_call(client, NULL, 4, NULL, 0, &out, NULL);
    CHECK(rc == KOPRU_NULL_ARGUMENT && last_error_kind_is("null_argument"), "NULL span with a length: %d", rc);

    rc = kopru_client_call(client, SPAN("erp.products.list"), NULL, 0, NULL, NULL);
    CHECK(rc == KOPRU_NULL_ARGUMENT, "NULL out-parameter: %d", rc);

    rc = kopru_client_call(client, SPAN("erp.no_such.operation"), NULL, 0, &out, NULL);
    CHECK(rc == KOPRU_CONFIG && out == NULL && last_error_kind_is("config"), "unknown operation: %d", rc);

    kopru_client *never = NULL;
    rc = kopru_client_new(SPAN("{\"service\":\"nope\"}"), &never);
    CHECK(rc == KOPRU_CONFIG && never == NULL, "bad config: %d", rc);

    /* The in-process sandbox answers without any network. */
    char *text;
    jnode *result = call_ok(client, "erp.products.list", "{}", &text);
    CHECK(json_count(json_get(result, "items")) > 0, "in-process erp.products.list: %s", text);
    json_free(result);
    kopru_string_free(text);

    kopru_session *session = NULL;
    rc = kopru_session_new(SPAN("{\"service\":\"erp\"}"), SPAN("not json"), &session);
    CHECK(rc == KOPRU_INVALID_JSON && session == NULL, "bad state: %d", rc);
    rc = kopru_session_start(NULL, SPAN("erp.products.list"), NULL, 0, 0, &out, NULL);
    CHECK(rc == KOPRU_NULL_ARGUMENT, "NULL session: %d", rc);
    rc = kopru_last_error_json(NULL, NULL);
    CHECK(rc == KOPRU_NULL_ARGUMENT, "NULL out for the last error: %d", rc);

    kopru_client_free(NULL);
    kopru_session_free(NULL);
    kopru_pages_free(NULL);
    kopru_string_free(NULL);
    kopru_client_free(client);
}

/* Runs a session to its end, carrying each request over HTTP by hand. */
static kopru_result drive(kopru_session *session, const char *op, const char *params, char **done_text,
                          int *requests) {
    char *step = NULL;
    kopru_result rc = kopru_session_start(session, SPAN(op), SPAN(params), now_ms(), &step, NULL);
    *requests = 0;
    while (rc == KOPRU_OK) {
        jnode *parsed = json_parse(step, strlen(step));
        const jnode *send = json_get(parsed, "send");
        if (!send) {
            CHECK(json_get(parsed, "done") != NULL, "a step is send or done: %s", step);
            json_free(parsed);
            *done_text = step;
            return rc;
        }
        const jnode *after = json_get(parsed, "after_ms");
        if (after) portable_sleep_ms(strtoull(after->text, NULL, 10));
        const char *error = NULL;
        char *response = http_send(send, &error);
        (*requests)++;
        kopru_string_free(step);
        step = NULL;
        if (response) {
            rc = kopru_session_receive(session, SPAN(response), now_ms(), &step, NULL);
        } else {
            rc = kopru_session_transport_failed(session, SPAN(error), 0, now_ms(), &step, NULL);
        }
        free(response);
        json_free(parsed);
    }
    return rc;
}

static void test_session_by_hand(void) {
    char *config = loopback_config("entegra", ENTEGRA_CREDENTIALS);
    kopru_session *session = NULL;
    kopru_result rc = kopru_session_new(SPAN(config), NULL, 0, &session);
    CHECK(rc == KOPRU_OK && session, "kopru_session_new gave %d", rc);
    if (!session) {
        free(config);
        return;
    }

    char *done = NULL;
    int requests = 0;
    rc = drive(session, "entegra.products.list", "{\"page\":1}", &done, &requests);
    jnode *parsed = done ? json_parse(done, strlen(done)) : NULL;
    const jnode *items = json_get(json_get(parsed, "done"), "items");
    CHECK(rc == KOPRU_OK && items && json_count(items) > 0, "session result: %s", done ? done : "(none)");
    CHECK(requests == 2, "a fresh session logs in, then lists: %d requests", requests);
    json_free(parsed);
    kopru_string_free(done);

    /* Resume from the exported state in a new session: no second login. */
    char *state = NULL;
    size_t state_len = 0;
    rc = kopru_session_export_state(session, &state, &state_len);
    CHECK(rc == KOPRU_OK && state && strstr(state, "access_token"), "session state: %s", state ? state : "(null)");
    kopru_session_free(session);
    session = NULL;
    rc = kopru_session_new(SPAN(config), (const uint8_t *)state, state_len, &session);
    CHECK(rc == KOPRU_OK && session, "kopru_session_new with state gave %d", rc);
    kopru_string_free(state);
    free(config);
    if (!session) return;
    rc = drive(session, "entegra.orders.list", "{\"page\":1}", &done, &requests);
    CHECK(rc == KOPRU_OK && requests == 1, "a resumed session sends only the call: %d requests", requests);
    kopru_string_free(rc == KOPRU_OK ? done : NULL);

    /* Validation happens in start: nothing to send. */
    char *step = NULL;
    rc = kopru_session_start(session, SPAN("entegra.products.create"), SPAN("{\"list\":[{}]}"), now_ms(), &step,
                             NULL);
    CHECK(rc == KOPRU_VALIDATION && step == NULL && last_error_kind_is("validation"), "session validation: %d", rc);
    kopru_session_free(session);
}

static void test_session_in_process(void) {
    char *config = NULL;
    if (asprintf(&config, "{\"service\":\"tedbul\",\"sandbox\":true,\"credentials\":%s}", TEDBUL_CREDENTIALS) < 0)
        abort();
    kopru_session *session = NULL;
    kopru_result rc = kopru_session_new(SPAN(config), NULL, 0, &session);
    free(config);
    CHECK(rc == KOPRU_OK && session, "in-process session gave %d", rc);
    if (!session) return;
    char *step = NULL;
    rc = kopru_session_start(session, SPAN("tedbul.ads.list"), NULL, 0, now_ms(), &step, NULL);
    jnode *parsed = rc == KOPRU_OK ? json_parse(step, strlen(step)) : NULL;
    const char *url = json_get_str(json_get(parsed, "send"), "url");
    CHECK(url && strstr(url, "api/auth"), "the first step of a fresh session is the login: %s", step ? step : "");
    json_free(parsed);
    kopru_string_free(step);

    /* A failed login is retried after a back-off, then given up as a transport error. */
    int retries = 0;
    for (;;) {
        step = NULL;
        rc = kopru_session_transport_failed(session, SPAN("connection refused"), 1, now_ms(), &step, NULL);
        if (rc != KOPRU_OK) break;
        parsed = json_parse(step, strlen(step));
        const jnode *after = json_get(parsed, "after_ms");
        url = json_get_str(json_get(parsed, "send"), "url");
        /* Full jitter: any wait from 0 up to the ceiling (500 ms doubling, capped at 30 s). */
        CHECK(after && atol(after->text) >= 0 && atol(after->text) <= 30000 && url && strstr(url, "api/auth"),
              "a retry of the login: %s", step);
        json_free(parsed);
        kopru_string_free(step);
        if (++retries > 10) break;
    }
    CHECK(rc == KOPRU_TRANSPORT && step == NULL && retries > 0 && retries <= 10,
          "after %d retries the session gives up with %d", retries, rc);
    char *message = NULL;
    kopru_last_error_message(&message, NULL);
    CHECK(message && strstr(message, "connection refused") && last_error_kind_is("transport"), "transport error: %s",
          message ? message : "(null)");
    kopru_string_free(message);

    /* A response with nothing in flight is a misuse of the session, reported as such. */
    rc = kopru_session_receive(session, SPAN("{\"status\":200,\"headers\":[],\"body\":\"\"}"), now_ms(), &step,
                               NULL);
    CHECK(rc != KOPRU_OK && rc < KOPRU_NULL_ARGUMENT, "receive with nothing in flight gave %d", rc);
    rc = kopru_session_receive(session, SPAN("{\"headers\":[]}"), now_ms(), &step, NULL);
    CHECK(rc == KOPRU_VALIDATION && last_error_kind_is("validation"), "a response without status gave %d", rc);
    kopru_session_free(session);
}

/* Each OS thread has its own last error. */
static void *thread_fails(void *client) {
    char *out = NULL;
    kopru_result rc = kopru_client_call(client, SPAN("erp.products.list"), SPAN("[1,"), &out, NULL);
    return (void *)(intptr_t)(rc == KOPRU_INVALID_JSON && last_error_kind_is("invalid_json"));
}

static void test_threads(void) {
    char *config = NULL;
    if (asprintf(&config, "{\"service\":\"erp\",\"sandbox\":true,\"credentials\":%s}", ERP_CREDENTIALS) < 0) abort();
    kopru_client *client = new_client(config);
    free(config);
    if (!client) return;
    char *out = NULL;
    kopru_client_call(client, SPAN("erp.products.list"), SPAN("{"), &out, NULL);
    void *ok = portable_run_thread(thread_fails, client);
    CHECK(ok != NULL, "the other thread saw its own error");
    char *text;
    jnode *result = call_ok(client, "erp.products.list", "{}", &text);
    json_free(result);
    kopru_string_free(text);
    char *cleared = NULL;
    kopru_last_error_json(&cleared, NULL);
    CHECK(cleared && strcmp(cleared, "null") == 0, "this thread's last error was cleared: %s", cleared);
    kopru_string_free(cleared);
    kopru_client_free(client);
}

int main(void) {
    sandbox_url = getenv("KOPRU_SANDBOX_URL");
    if (!sandbox_url || !*sandbox_url) {
        fprintf(stderr, "KOPRU_SANDBOX_URL is not set (start tests/sandbox-server)\n");
        return 2;
    }
    CHECK(admin_post("/_admin/reset", "{}") == 200, "reset the sandbox server");
    test_version();
    test_entegra();
    test_api_errors();
    test_tedbul();
    test_erp();
    test_bad_arguments();
    test_session_by_hand();
    test_session_in_process();
    test_threads();
    return check_summary("C tests");
}
