/*
 * The sync runner through the C ABI (kopru_sync_run) against the loopback sandbox
 * server: catalogue syncs from the ERP to Entegra and Tedbul with a state file (a
 * second run sends nothing), a run stopped by its hook and resumed without creating
 * anything twice, a run from a snapshot without an ERP client, an orders import whose
 * documents reach the hook, a dry run of the demo's second sync (nothing sent or saved;
 * the real run then sends what it listed), and bad arguments. Usage: sync tests/operations.json
 * (needs KOPRU_SANDBOX_URL).
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "check.h"
#include "http.h"
#include "json.h"
#include "kopru.h"
#include "portable.h"

#define SPAN(s) (const uint8_t *)(s), strlen(s)

static const char *sandbox_url;
static char *state_dir;
static char *operations_text;
static jnode *operations;

static const char *ENTEGRA_CREDENTIALS = "{\"email\":\"demo@kopru.dev\",\"password\":\"demo-password\"}";
static const char *ERP_CREDENTIALS = "{\"username\":\"demo\",\"password\":\"demo-password\"}";
static const char *TEDBUL_CREDENTIALS =
    "{\"username\":\"demo\",\"password\":\"demo-password\",\"secretkey\":\"demo-secret\"}";
static const char *ORDER_OPTIONS =
    "{\"CustomerCode\":\"120.01.001\",\"OfficeCode\":\"IST-01\",\"WarehouseCode\":\"WH-IST-M01-MAIN\"}";

/* POSTs `body` to an admin endpoint of the sandbox server; returns the HTTP status. */
static int admin_post(const char *path, const char *body) { return http_admin_post(sandbox_url, path, body); }

/* A client of `service` on the loopback server (NULL when it cannot be made). */
static kopru_client *loopback_client(const char *service, const char *credentials) {
    char *config = NULL;
    if (asprintf(&config, "{\"service\":\"%s\",\"base_url\":\"%s/%s\",\"credentials\":%s}", service, sandbox_url,
                 service, credentials) < 0)
        abort();
    kopru_client *client = NULL;
    kopru_result rc = kopru_client_new(SPAN(config), &client);
    CHECK(rc == KOPRU_OK && client, "kopru_client_new(%s) gave %d", config, rc);
    free(config);
    return client;
}

/* The calling thread's last error as JSON text (free with kopru_string_free). */
static char *last_error_text(void) {
    char *text = NULL;
    if (kopru_last_error_json(&text, NULL) != KOPRU_OK) return NULL;
    return text;
}

/* Prints the last error when `rc` is not KOPRU_OK. */
static void explain(kopru_result rc, const char *what) {
    if (rc == KOPRU_OK) return;
    char *text = last_error_text();
    fprintf(stderr, "  %s gave %d: %s\n", what, rc, text ? text : "(no last error)");
    kopru_string_free(text);
}

/* A path in this test's state folder, malloc'ed. */
static char *state_path(const char *name) {
    char *path = NULL;
    if (asprintf(&path, "%s/%s", state_dir, name) < 0) abort();
    return path;
}

/* What the hook of a run saw. */
typedef struct {
    int calls;
    int progress;
    int batches;
    int saves;
    int delivers;
    int bad;            /* calls with an unknown kind or a payload that is not a JSON object */
    int stop_at_batch;  /* return 1 at this `batch` event (0: never) */
    char *last_save;    /* the payload of the last "save", NUL-terminated */
    char *deliveries;   /* the "deliver" payloads as a JSON array */
    size_t deliveries_len, deliveries_cap;
} hook_log;

static void hook_log_free(hook_log *log) {
    free(log->last_save);
    free(log->deliveries);
    memset(log, 0, sizeof *log);
}

/* The hook of every run here: checks and records each call. The payload is copied
 * before it is read as text (it is not NUL-terminated and dies when the hook returns). */
static int32_t record_hook(void *user_data, const char *kind, const uint8_t *json, size_t json_len) {
    hook_log *log = user_data;
    log->calls++;
    char *payload = malloc(json_len + 1);
    if (!payload) abort();
    memcpy(payload, json, json_len);
    payload[json_len] = '\0';
    jnode *parsed = json_parse(payload, json_len);
    int32_t answer = 0;
    if (!parsed || parsed->type != J_OBJECT || strlen(payload) != json_len) {
        log->bad++;
    } else if (strcmp(kind, "progress") == 0) {
        log->progress++;
        const char *event = json_get_str(parsed, "event");
        if (event && strcmp(event, "batch") == 0) {
            log->batches++;
            if (log->batches == log->stop_at_batch) answer = 1;
        }
    } else if (strcmp(kind, "save") == 0) {
        log->saves++;
        free(log->last_save);
        log->last_save = payload;
        payload = NULL;
    } else if (strcmp(kind, "deliver") == 0) {
        log->delivers++;
        buf_append(&log->deliveries, &log->deliveries_len, &log->deliveries_cap, log->deliveries_len ? "," : "[",
                   1);
        buf_append(&log->deliveries, &log->deliveries_len, &log->deliveries_cap, payload, json_len);
    } else {
        log->bad++;
    }
    json_free(parsed);
    free(payload);
    return answer;
}

/* The deliveries recorded by the hook, parsed (json_free it; *text to free()). */
static jnode *deliveries(const hook_log *log, char **text) {
    size_t len = 0, cap = 0;
    *text = NULL;
    if (log->deliveries_len)
        buf_append(text, &len, &cap, log->deliveries, log->deliveries_len);
    else
        buf_append(text, &len, &cap, "[", 1);
    buf_append(text, &len, &cap, "]", 1);
    return json_parse(*text, len);
}

/*
 * Runs kopru_sync_run; returns the code, the parsed report in *report (NULL on
 * failure) and its text in *report_text (free with kopru_string_free).
 */
static kopru_result sync_run(const kopru_client *erp, const kopru_client *marketplace, const char *params,
                             const char *state_file, kopru_sync_hook hook, hook_log *log, jnode **report,
                             char **report_text) {
    char *out = NULL;
    size_t out_len = 0;
    kopru_result rc =
        kopru_sync_run(erp, marketplace, SPAN(params), (const uint8_t *)state_file, state_file ? strlen(state_file) : 0,
                       hook, log, &out, &out_len);
    *report_text = out;
    *report = NULL;
    if (rc == KOPRU_OK) {
        CHECK(out && strlen(out) == out_len, "the report and its length");
        *report = out ? json_parse(out, out_len) : NULL;
        CHECK(*report && (*report)->type == J_OBJECT, "the report is a JSON object: %s", out ? out : "(null)");
    } else {
        CHECK(out == NULL, "no report on failure");
    }
    return rc;
}

/* An integer member of an object, or -1. */
static long number_of(const jnode *object, const char *key) {
    const jnode *n = json_get(object, key);
    return n && n->type == J_NUMBER ? atol(n->text) : -1;
}

/* Every item of a list operation, as a JSON array text (malloc'ed). */
static char *list_all(kopru_client *client, const char *op, const char *params) {
    char *all = NULL;
    size_t len = 0, cap = 0;
    buf_append(&all, &len, &cap, "[", 1);
    kopru_pages *pages = NULL;
    kopru_result rc = kopru_pages_new(client, SPAN(op), SPAN(params), &pages);
    CHECK(rc == KOPRU_OK, "kopru_pages_new(%s) gave %d", op, rc);
    int32_t has_item = rc == KOPRU_OK;
    size_t count = 0;
    while (has_item) {
        char *item = NULL;
        size_t item_len = 0;
        rc = kopru_pages_next(pages, &item, &item_len, &has_item);
        if (rc != KOPRU_OK) {
            explain(rc, op);
            CHECK(0, "listing %s", op);
            break;
        }
        if (has_item) {
            if (count++) buf_append(&all, &len, &cap, ",", 1);
            buf_append(&all, &len, &cap, item, item_len);
        }
        kopru_string_free(item);
    }
    kopru_pages_free(pages);
    buf_append(&all, &len, &cap, "]", 1);
    return all;
}

/* A catalogue sync to `marketplace`, then a second run from the same state file. */
static void test_catalogue(kopru_client *erp, const char *marketplace, const char *credentials) {
    kopru_client *market = loopback_client(marketplace, credentials);
    if (!market) return;
    char *path = NULL;
    if (asprintf(&path, "%s/catalogue-%s.json", state_dir, marketplace) < 0) abort();
    char *params = NULL;
    if (asprintf(&params, "{\"job\":\"catalogue\",\"marketplace\":\"%s\"}", marketplace) < 0) abort();

    hook_log log = {0};
    jnode *report;
    char *text;
    kopru_result rc = sync_run(erp, market, params, path, record_hook, &log, &report, &text);
    explain(rc, "the first catalogue run");
    long sent = number_of(report, "requests_sent");
    CHECK(rc == KOPRU_OK && sent > 0, "%s: the first run sends requests: %s", marketplace, text ? text : "");
    CHECK(log.batches == sent && log.saves > 0 && log.progress > log.batches && log.bad == 0,
          "%s: the hook saw %d batches, %d saves, %d progress events, %d bad calls", marketplace, log.batches,
          log.saves, log.progress, log.bad);
    jnode *saved = log.last_save ? json_parse(log.last_save, strlen(log.last_save)) : NULL;
    CHECK(saved && json_equal(saved, json_get(report, "state")), "%s: the last save is the report's state",
          marketplace);
    size_t file_len = 0;
    char *file = read_whole_file(path, &file_len);
    jnode *in_file = file ? json_parse(file, file_len) : NULL;
    CHECK(in_file && json_equal(in_file, saved), "%s: the state file holds the last saved state", marketplace);
    struct stat st;
#ifdef _WIN32
    /* Windows has no mode bits: the file gets the ACL of its folder (the user's own temp folder). */
    CHECK(stat(path, &st) == 0, "%s: the state file is there", marketplace);
#else
    CHECK(stat(path, &st) == 0 && (st.st_mode & 077) == 0, "%s: the state file is readable by its owner only",
          marketplace);
#endif
    json_free(in_file);
    free(file);
    json_free(saved);
    json_free(report);
    kopru_string_free(text);
    hook_log_free(&log);

    rc = sync_run(erp, market, params, path, record_hook, &log, &report, &text);
    explain(rc, "the second catalogue run");
    CHECK(rc == KOPRU_OK && number_of(report, "requests_sent") == 0 && log.batches == 0,
          "%s: a second run from the state file sends nothing: %s", marketplace, text ? text : "");
    json_free(report);
    kopru_string_free(text);
    hook_log_free(&log);

    free(params);
    free(path);
    kopru_client_free(market);
}

/* A catalogue run stopped by its hook at the 2nd batch, resumed from the state file. */
static void test_stopped_and_resumed(kopru_client *erp) {
    kopru_client *entegra = loopback_client("entegra", ENTEGRA_CREDENTIALS);
    if (!entegra) return;
    char *path = state_path("stopped.json");
    const char *params = "{\"job\":\"catalogue\",\"marketplace\":\"entegra\",\"options\":{\"batch_size\":1}}";

    hook_log log = {.stop_at_batch = 2};
    jnode *report;
    char *text;
    kopru_result rc = sync_run(erp, entegra, params, path, record_hook, &log, &report, &text);
    CHECK(rc == KOPRU_STOPPED && log.batches == 2, "the hook stops the run at the 2nd batch: %d after %d batches",
          rc, log.batches);
    char *error = last_error_text();
    jnode *err = error ? json_parse(error, strlen(error)) : NULL;
    const char *kind = json_get_str(err, "kind"), *at = json_get_str(err, "at");
    CHECK(kind && strcmp(kind, "stopped") == 0 && at && strcmp(at, "progress") == 0 &&
              number_of(err, "code") == KOPRU_STOPPED,
          "the last error of a stopped run: %s", error ? error : "(null)");
    json_free(err);
    kopru_string_free(error);
    struct stat st;
    CHECK(stat(path, &st) == 0, "the stopped run left its state file");
    hook_log_free(&log);

    rc = sync_run(erp, entegra, params, path, record_hook, &log, &report, &text);
    explain(rc, "the resumed run");
    CHECK(rc == KOPRU_OK && number_of(report, "requests_sent") > 0, "the resumed run finishes: %s", text ? text : "");
    json_free(report);
    kopru_string_free(text);
    hook_log_free(&log);

    /* What the sync should have made: map.entegra.products on the same ERP data. */
    char *products = list_all(erp, "erp.products.list", "{\"per_page\":100}");
    char *inventory = list_all(erp, "erp.inventory.list", "{\"per_page\":100}");
    char *map_params = NULL;
    if (asprintf(&map_params, "{\"products\":%s,\"inventory\":%s}", products, inventory) < 0) abort();
    char *mapped_text = NULL;
    rc = kopru_client_call(entegra, SPAN("map.entegra.products"), SPAN(map_params), &mapped_text, NULL);
    explain(rc, "map.entegra.products");
    jnode *mapped = rc == KOPRU_OK ? json_parse(mapped_text, strlen(mapped_text)) : NULL;
    const jnode *wanted = json_get(mapped, "list");
    CHECK(wanted && json_count(wanted) > 1, "map.entegra.products gives products: %s",
          mapped_text ? mapped_text : "(null)");

    char *listing_text = list_all(entegra, "entegra.products.list", "{}");
    jnode *listing = json_parse(listing_text, strlen(listing_text));
    CHECK(listing && listing->type == J_ARRAY, "the Entegra listing");
    size_t checked = 0;
    for (const jnode *product = wanted ? wanted->child : NULL; product; product = product->next) {
        const char *code = json_get_str(product, "productCode");
        int seen = 0;
        for (const jnode *item = listing ? listing->child : NULL; item; item = item->next) {
            const char *listed = json_get_str(item, "productCode");
            if (code && listed && strcmp(code, listed) == 0) seen++;
        }
        CHECK(code && seen == 1, "%s is listed once after the stop and the resume, not %d times",
              code ? code : "(no productCode)", seen);
        checked++;
    }
    for (const jnode *a = listing ? listing->child : NULL; a; a = a->next)
        for (const jnode *b = a->next; b; b = b->next) {
            const char *x = json_get_str(a, "productCode"), *y = json_get_str(b, "productCode");
            CHECK(!x || !y || strcmp(x, y) != 0, "productCode %s is listed twice", x);
        }
    CHECK(checked == json_count(wanted), "every mapped product was checked");
    json_free(listing);
    free(listing_text);
    json_free(mapped);
    kopru_string_free(mapped_text);
    free(map_params);
    free(inventory);
    free(products);

    rc = sync_run(erp, entegra, params, path, record_hook, &log, &report, &text);
    explain(rc, "the third run");
    CHECK(rc == KOPRU_OK && number_of(report, "requests_sent") == 0 && log.batches == 0,
          "a third run sends nothing: %s", text ? text : "");
    json_free(report);
    kopru_string_free(text);
    hook_log_free(&log);
    free(path);
    kopru_client_free(entegra);
}

/* No ERP client: the run takes the ERP data from the params' snapshot. */
static void test_snapshot(void) {
    kopru_client *tedbul = loopback_client("tedbul", TEDBUL_CREDENTIALS);
    if (!tedbul) return;
    const char *params =
        "{\"job\":\"catalogue\",\"marketplace\":\"tedbul\",\"snapshot\":{\"products\":[{\"ItemCode\":\"SNAP-C-1\","
        "\"ItemDescription\":\"kopru C snapshot\",\"SalePrice\":\"19.90\",\"TaxRate\":20,\"Variants\":[{"
        "\"ColorCode\":\"BLK\",\"ColorDescription\":\"Siyah\",\"ItemDim1Code\":\"M\",\"Barcode\":\"8690000000509\"}]}],"
        "\"inventory\":[{\"WarehouseCode\":\"WH-IST-M01-MAIN\",\"ItemCode\":\"SNAP-C-1\",\"ColorCode\":\"BLK\","
        "\"ItemDim1Code\":\"M\",\"InventoryQty1\":40.5}]}}";
    hook_log log = {0};
    jnode *report;
    char *text;
    kopru_result rc = sync_run(NULL, tedbul, params, NULL, record_hook, &log, &report, &text);
    explain(rc, "the snapshot run");
    CHECK(rc == KOPRU_OK && number_of(report, "requests_sent") > 0 && log.saves > 0,
          "a run from a snapshot needs no ERP client: %s", text ? text : "");
    /* The ERP's 40.5 goes out as 40, and the report says so. */
    const jnode *warnings = json_get(report, "warnings");
    const jnode *warning = json_at(warnings, 0);
    const char *rule = json_get_str(warning, "rule");
    const char *erp_stock = json_get_str(warning, "erp");
    CHECK(json_count(warnings) == 1 && rule && strcmp(rule, "rounded_down") == 0 && erp_stock &&
              strcmp(erp_stock, "40.5") == 0 && number_of(warning, "sent") == 40,
          "the fractional stock is warned about in the report: %s", text ? text : "");
    json_free(report);
    kopru_string_free(text);
    hook_log_free(&log);

    /* Without a snapshot the run must read the ERP: a config error without an ERP client. */
    rc = sync_run(NULL, tedbul, "{\"job\":\"catalogue\",\"marketplace\":\"tedbul\"}", NULL, record_hook, &log, &report,
                  &text);
    CHECK(rc == KOPRU_CONFIG, "no ERP client and no snapshot gave %d", rc);
    hook_log_free(&log);
    kopru_client_free(tedbul);
}

/* Appends NUL-terminated `piece` to the growing text. */
static void append_text(char **text, size_t *len, size_t *cap, const char *piece) {
    buf_append(text, len, cap, piece, strlen(piece));
}

/* The params of a catalogue run of 30 generated Entegra products (SalePrice 100.00, a cost
 * PurchasePrice of 40.00, stock 10 in WH-C1) with `options` (malloc'ed). */
static char *guard_params(const char *options) {
    size_t len = 0, cap = 0;
    char *text = NULL;
    char part[512];
    append_text(&text, &len, &cap, "{\"job\":\"catalogue\",\"marketplace\":\"entegra\",\"options\":");
    append_text(&text, &len, &cap, options);
    append_text(&text, &len, &cap, ",\"snapshot\":{\"products\":[");
    for (int i = 0; i < 30; i++) {
        int n = snprintf(part, sizeof part,
                         "%s{\"ItemCode\":\"GUARD-C-%02d\",\"ItemDescription\":\"kopru C guard %d\",\"SalePrice\":"
                         "\"100.00\",\"PurchasePrice\":\"40.00\",\"TaxRate\":20,\"Barcode\":\"86999100000%02d\"}",
                         i ? "," : "", i, i, i);
        buf_append(&text, &len, &cap, part, (size_t)n);
    }
    append_text(&text, &len, &cap, "],\"inventory\":[");
    for (int i = 0; i < 30; i++) {
        int n = snprintf(part, sizeof part,
                         "%s{\"WarehouseCode\":\"WH-C1\",\"ItemCode\":\"GUARD-C-%02d\",\"InventoryQty1\":10}",
                         i ? "," : "", i);
        buf_append(&text, &len, &cap, part, (size_t)n);
    }
    append_text(&text, &len, &cap, "]}}");
    return text;
}

/* What a guarded error names: its first limit and its plan_id. */
typedef struct {
    char limit[16];
    char plan_id[32];
} guard_stop;

/* Runs a plan the guard must stop: KOPRU_GUARDED, no save, the state file and the listing
 * unchanged; returns the limit and plan_id the error names. */
static guard_stop guarded_run(kopru_client *entegra, const char *options, const char *state_file, const char *what) {
    guard_stop stop = {{0}, {0}};
    char *params = guard_params(options);
    char *listing_before = list_all(entegra, "entegra.products.list", "{}");
    size_t saved_len = 0;
    char *saved = read_whole_file(state_file, &saved_len);
    hook_log log = {0};
    jnode *report;
    char *text;
    kopru_result rc = sync_run(NULL, entegra, params, state_file, record_hook, &log, &report, &text);
    CHECK(rc == KOPRU_GUARDED, "%s: the guard stops the run (%d)", what, rc);
    CHECK(log.saves == 0, "%s: nothing saved (%d saves)", what, log.saves);
    char *error_text = last_error_text();
    jnode *error = error_text ? json_parse(error_text, strlen(error_text)) : NULL;
    CHECK(error && json_get_str(error, "kind") && strcmp(json_get_str(error, "kind"), "guarded") == 0 &&
              number_of(error, "code") == KOPRU_GUARDED,
          "%s: a guarded error: %s", what, error_text ? error_text : "(none)");
    const jnode *limits = error ? json_get(error, "limits") : NULL;
    const jnode *first = limits && limits->type == J_ARRAY ? limits->child : NULL;
    const char *limit = first ? json_get_str(first, "limit") : NULL;
    const char *plan_id = error ? json_get_str(error, "plan_id") : NULL;
    snprintf(stop.limit, sizeof stop.limit, "%s", limit ? limit : "");
    snprintf(stop.plan_id, sizeof stop.plan_id, "%s", plan_id ? plan_id : "");
    json_free(error);
    size_t after_len = 0;
    char *after = read_whole_file(state_file, &after_len);
    CHECK(saved && after && saved_len == after_len && memcmp(saved, after, saved_len) == 0,
          "%s: the state file is unchanged", what);
    char *listing_after = list_all(entegra, "entegra.products.list", "{}");
    CHECK(listing_before && listing_after && strcmp(listing_before, listing_after) == 0,
          "%s: the marketplace is unchanged", what);
    free(listing_before);
    free(listing_after);
    free(saved);
    free(after);
    kopru_string_free(error_text);
    json_free(report);
    kopru_string_free(text);
    hook_log_free(&log);
    free(params);
    return stop;
}

/* A wrong price field and a missing warehouse are stopped by the guard with nothing sent;
 * accept_plan lets exactly the accepted plan through. */
static void test_guard(void) {
    kopru_client *entegra = loopback_client("entegra", ENTEGRA_CREDENTIALS);
    if (!entegra) return;
    char *state_file = state_path("guard.json");
    char *params = guard_params("{\"warehouses\":[\"WH-C1\"]}");
    hook_log log = {0};
    jnode *report;
    char *text;
    kopru_result rc = sync_run(NULL, entegra, params, state_file, record_hook, &log, &report, &text);
    explain(rc, "the first guard run");
    CHECK(rc == KOPRU_OK && number_of(report, "requests_sent") > 0, "the first sync lists the products");
    json_free(report);
    kopru_string_free(text);
    hook_log_free(&log);
    free(params);

    guard_stop price = guarded_run(entegra, "{\"warehouses\":[\"WH-C1\"],\"price_field\":\"PurchasePrice\"}",
                                   state_file, "a wrong price field");
    CHECK(strcmp(price.limit, "prices") == 0, "a wrong price field trips the price limit (%s)", price.limit);
    guard_stop stock = guarded_run(entegra, "{\"warehouses\":[\"WH-GONE\"]}", state_file, "a missing warehouse");
    CHECK(strcmp(stock.limit, "passive") == 0, "a missing warehouse trips the passive limit (%s)", stock.limit);
    const char *plan_id = price.plan_id;
    CHECK(strlen(plan_id) == 16, "the error carries a plan_id");
    char *options = NULL;
    if (asprintf(&options, "{\"warehouses\":[\"WH-GONE\"],\"accept_plan\":\"%s\"}", plan_id) > 0) {
        guard_stop stale = guarded_run(entegra, options, state_file, "a stale accept_plan");
        CHECK(strcmp(stale.plan_id, plan_id) != 0, "another plan has another id");
        free(options);
        options = NULL;
    }
    if (asprintf(&options, "{\"warehouses\":[\"WH-C1\"],\"price_field\":\"PurchasePrice\","
                                      "\"accept_plan\":\"%s\"}", plan_id) > 0) {
        params = guard_params(options);
        rc = sync_run(NULL, entegra, params, state_file, record_hook, &log, &report, &text);
        explain(rc, "the accepted plan");
        CHECK(rc == KOPRU_OK && number_of(report, "requests_sent") > 0, "the accepted plan goes through");
        json_free(report);
        kopru_string_free(text);
        hook_log_free(&log);
        free(params);
        free(options);
    }
    free(state_file);
    kopru_client_free(entegra);
}

/* The example order of entegra.orders.create in tests/operations.json, with the line's
 * product_code set to `product_code` and its order_id to `order_id`, as params (malloc'ed). */
static char *example_order(const char *order_id, const char *product_code) {
    const jnode *example = NULL;
    for (const jnode *op = operations ? operations->child : NULL; op; op = op->next) {
        const char *name = json_get_str(op, "name");
        if (name && strcmp(name, "entegra.orders.create") == 0) example = json_get(op, "example");
    }
    const jnode *order = json_at(json_get(example, "list"), 0);
    const jnode *line = json_at(json_get(order, "order_details"), 0);
    const jnode *old_code = json_get(line, "product_code");
    const jnode *old_id = json_get(order, "order_id");
    CHECK(old_code && old_id && old_id->text < old_code->text, "the example order of tests/operations.json");
    if (!old_code || !old_id || old_id->text >= old_code->text) return NULL;
    /* Copy the example's text, replacing the two string values in place. */
    char *out = NULL;
    size_t len = 0, cap = 0;
    buf_append(&out, &len, &cap, example->text, (size_t)(old_id->text - example->text));
    json_append_string(&out, &len, &cap, order_id, strlen(order_id));
    const char *after_id = old_id->text + old_id->len;
    buf_append(&out, &len, &cap, after_id, (size_t)(old_code->text - after_id));
    json_append_string(&out, &len, &cap, product_code, strlen(product_code));
    const char *after_code = old_code->text + old_code->len;
    buf_append(&out, &len, &cap, after_code, (size_t)(example->text + example->len - after_code));
    return out;
}

/* Creates an Entegra order for SHIRT-001-RED-M; 1 when it worked. */
static int create_order(kopru_client *entegra, const char *order_id) {
    char *order = example_order(order_id, "SHIRT-001-RED-M");
    if (!order) return 0;
    char *result = NULL;
    kopru_result rc = kopru_client_call(entegra, SPAN("entegra.orders.create"), SPAN(order), &result, NULL);
    explain(rc, "entegra.orders.create");
    CHECK(rc == KOPRU_OK, "entegra.orders.create %s", order_id);
    kopru_string_free(result);
    free(order);
    return rc == KOPRU_OK;
}

/* Checks one delivery: the document's first line is SHIRT-001 and `retry` is as expected;
 * returns the marketplace order id (malloc'ed) or NULL. */
static char *check_delivery(hook_log *log, int want_retry) {
    char *text;
    jnode *list = deliveries(log, &text);
    const jnode *delivery = json_at(list, 0);
    const char *order = json_get_str(delivery, "order");
    const jnode *document = json_get(delivery, "document");
    const char *item = json_get_str(json_at(json_get(document, "Lines"), 0), "ItemCode");
    const char *number = json_get_str(document, "OrderNumber");
    const jnode *retry = json_get(delivery, "retry");
    CHECK(json_count(list) == 1 && order && item && strcmp(item, "SHIRT-001") == 0 && number && retry &&
              retry->type == (want_retry ? J_TRUE : J_FALSE),
          "one delivery of a SHIRT-001 document, retry %d: %s", want_retry, text);
    char *id = order ? strdup(order) : NULL;
    json_free(list);
    free(text);
    return id;
}

/* 1 when the JSON array `list` holds the string `value`. */
static int holds(const jnode *list, const char *value) {
    for (const jnode *e = list && list->type == J_ARRAY ? list->child : NULL; e; e = e->next)
        if (e->type == J_STRING && value && strcmp(e->str, value) == 0) return 1;
    return 0;
}

/* Orders from Entegra: each document reaches the hook, the report acknowledges it. */
static void test_orders(kopru_client *erp) {
    kopru_client *entegra = loopback_client("entegra", ENTEGRA_CREDENTIALS);
    if (!entegra) return;
    char *path = state_path("orders.json");
    char *params = NULL;
    if (asprintf(&params, "{\"job\":\"orders\",\"marketplace\":\"entegra\",\"options\":%s}", ORDER_OPTIONS) < 0)
        abort();
    if (!create_order(entegra, "e-c-3001")) goto out;

    hook_log log = {0};
    jnode *report;
    char *text;
    kopru_result rc = sync_run(erp, entegra, params, path, record_hook, &log, &report, &text);
    explain(rc, "the orders run");
    CHECK(rc == KOPRU_OK && log.delivers == 1 && log.bad == 0, "the orders run delivered %d documents: %s",
          log.delivers, text ? text : "");
    char *id = check_delivery(&log, 0);
    CHECK(id && holds(json_get(report, "acknowledged"), id) && holds(json_get(report, "imported"), id),
          "the report imports and acknowledges order %s: %s", id ? id : "(none)", text ? text : "");
    free(id);
    json_free(report);
    kopru_string_free(text);
    hook_log_free(&log);

    rc = sync_run(erp, entegra, params, path, record_hook, &log, &report, &text);
    CHECK(rc == KOPRU_OK && log.delivers == 0 && number_of(report, "requests_sent") == 0,
          "an acknowledged order is not delivered again: %s", text ? text : "");
    json_free(report);
    kopru_string_free(text);
    hook_log_free(&log);

    /* Without a hook a delivery stops the run; the next run delivers it as a retry. */
    if (!create_order(entegra, "e-c-3002")) goto out;
    rc = sync_run(erp, entegra, params, path, NULL, NULL, &report, &text);
    char *error = last_error_text();
    CHECK(rc == KOPRU_STOPPED && error && strstr(error, "\"at\":\"deliver\""), "no hook for a delivery: %d %s", rc,
          error ? error : "");
    kopru_string_free(error);
    rc = sync_run(erp, entegra, params, path, record_hook, &log, &report, &text);
    explain(rc, "the orders run after the stop");
    id = check_delivery(&log, 1);
    CHECK(rc == KOPRU_OK && id && holds(json_get(report, "acknowledged"), id),
          "the order is delivered again as a retry and acknowledged: %s", text ? text : "");
    free(id);
    json_free(report);
    kopru_string_free(text);
    hook_log_free(&log);
out:
    free(params);
    free(path);
    kopru_client_free(entegra);
}

/* NULL arguments, invalid params and a client of the wrong service. */
static void test_bad_arguments(kopru_client *erp) {
    kopru_client *tedbul = loopback_client("tedbul", TEDBUL_CREDENTIALS);
    if (!tedbul) return;
    const char *params = "{\"job\":\"catalogue\",\"marketplace\":\"tedbul\"}";
    char *out = (char *)"untouched";
    kopru_result rc = kopru_sync_run(erp, NULL, SPAN(params), NULL, 0, record_hook, NULL, &out, NULL);
    char *error = last_error_text();
    CHECK(rc == KOPRU_NULL_ARGUMENT && error && strstr(error, "null_argument") && strstr(error, "`marketplace`"),
          "NULL marketplace: %d %s", rc, error ? error : "");
    kopru_string_free(error);
    rc = kopru_sync_run(erp, tedbul, SPAN(params), NULL, 0, NULL, NULL, NULL, NULL);
    CHECK(rc == KOPRU_NULL_ARGUMENT, "NULL out_report: %d", rc);
    CHECK(strcmp(out, "untouched") == 0, "out_report is untouched on failure");

    hook_log log = {0};
    rc = kopru_sync_run(erp, tedbul, SPAN("{\"job\":\"everything\",\"marketplace\":\"tedbul\",\"colour\":1,\"snapshot\":5}"), NULL, 0,
                        record_hook, &log, &out, NULL);
    error = last_error_text();
    jnode *err = error ? json_parse(error, strlen(error)) : NULL;
    const jnode *errors = json_get(err, "errors");
    const char *want[] = {"colour", "job", "snapshot"};
    CHECK(rc == KOPRU_VALIDATION && json_count(errors) == 3, "invalid params: %d %s", rc, error ? error : "");
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        int seen = 0;
        for (const jnode *e = errors ? errors->child : NULL; e; e = e->next) {
            const char *p = json_get_str(e, "path");
            seen |= p && strcmp(p, want[i]) == 0 && json_get_str(e, "message") != NULL;
        }
        CHECK(seen, "the validation error lists %s: %s", want[i], error ? error : "");
    }
    CHECK(log.calls == 0, "nothing reached the hook");
    json_free(err);
    kopru_string_free(error);

    rc = kopru_sync_run(erp, tedbul, SPAN("{\"job\":"), NULL, 0, NULL, NULL, &out, NULL);
    CHECK(rc == KOPRU_INVALID_JSON, "params that are not JSON: %d", rc);
    rc = kopru_sync_run(erp, tedbul, SPAN("{\"job\":\"catalogue\",\"marketplace\":\"entegra\"}"), NULL, 0, NULL, NULL,
                        &out, NULL);
    CHECK(rc == KOPRU_CONFIG, "a Tedbul client for an Entegra run: %d", rc);
    rc = kopru_sync_run(tedbul, tedbul, SPAN(params), NULL, 0, NULL, NULL, &out, NULL);
    CHECK(rc == KOPRU_CONFIG, "a Tedbul client as the ERP's: %d", rc);
    const uint8_t bad_path[] = {'/', 't', 'm', 'p', '/', 0xff};
    rc = kopru_sync_run(erp, tedbul, SPAN(params), bad_path, sizeof bad_path, NULL, NULL, &out, NULL);
    CHECK(rc == KOPRU_INVALID_UTF8, "a state file path that is not UTF-8: %d", rc);
    CHECK(strcmp(out, "untouched") == 0, "out_report is untouched on failure");
    kopru_client_free(tedbul);
}

/*
 * The demo's second sync, previewed: a first Entegra run, the demo's ERP changes, then a dry
 * run that sends and saves nothing (the listing and the state file stay as they were) and lists
 * the changes largest first; the real run then sends what the dry run planned.
 */
static void test_dry_run(kopru_client *erp) {
    kopru_client *entegra = loopback_client("entegra", ENTEGRA_CREDENTIALS);
    if (!entegra) return;
    char *path = state_path("dry-run.json");
    const char *params = "{\"job\":\"catalogue\",\"marketplace\":\"entegra\"}";
    const char *dry_params = "{\"job\":\"catalogue\",\"marketplace\":\"entegra\",\"dry_run\":true}";
    hook_log log = {0};
    jnode *report;
    char *text;
    kopru_result rc = sync_run(erp, entegra, params, path, record_hook, &log, &report, &text);
    explain(rc, "the first run before the dry run");
    json_free(report);
    kopru_string_free(text);
    hook_log_free(&log);
    const char *changes = "{\"inventory\":[{\"WarehouseCode\":\"WH-IST-M01-MAIN\",\"ItemCode\":\"SHIRT-001\","
                          "\"ColorCode\":\"RED\",\"ItemDim1Code\":\"L\",\"InventoryQty1\":40}],"
                          "\"products\":[{\"ItemCode\":\"SCARF-001\",\"SalePrice\":\"34.90\"}]}";
    char *updated = NULL;
    rc = kopru_client_call(erp, SPAN("sandbox.erp.update"), SPAN(changes), &updated, NULL);
    CHECK(rc == KOPRU_OK, "the demo's ERP changes gave %d", rc);
    kopru_string_free(updated);

    size_t before_len = 0, after_len = 0;
    char *saved_before = read_whole_file(path, &before_len);
    char *listed_before = list_all(entegra, "entegra.products.list", "{}");
    rc = sync_run(erp, entegra, dry_params, path, record_hook, &log, &report, &text);
    explain(rc, "the dry run");
    const jnode *dry_run = json_get(report, "dry_run");
    const jnode *items = json_get(report, "changes");
    const jnode *first = json_at(items, 0);
    long planned = number_of(report, "requests_planned");
    CHECK(rc == KOPRU_OK && dry_run && dry_run->type == J_TRUE && number_of(report, "requests_sent") == 0,
          "a dry run reports and sends nothing: %s", text ? text : "");
    CHECK(log.batches == 0 && log.saves == 0, "a dry run sent %d batches and saved %d times", log.batches,
          log.saves);
    CHECK(json_count(items) == 3 && planned == 2, "the demo's second sync: 3 changes in 2 requests: %s",
          text ? text : "");
    const char *key = json_get_str(first, "key"), *field = json_get_str(first, "field");
    const char *now = json_get_str(first, "now"), *after = json_get_str(first, "after");
    CHECK(key && field && now && after && strcmp(key, "SCARF-001") == 0 && strcmp(field, "price1") == 0 &&
              strcmp(now, "29.90") == 0 && strcmp(after, "34.90") == 0,
          "the largest change first: SCARF-001 price1 29.90 -> 34.90: %s", text ? text : "");
    char *listed_after = list_all(entegra, "entegra.products.list", "{}");
    jnode *a = json_parse(listed_before, strlen(listed_before)), *b = json_parse(listed_after, strlen(listed_after));
    CHECK(a && b && json_equal(a, b), "the dry run left Entegra's listing as it was");
    char *saved_after = read_whole_file(path, &after_len);
    CHECK(saved_before && saved_after && before_len == after_len && memcmp(saved_before, saved_after, before_len) == 0,
          "the dry run left the state file as it was");
    json_free(a);
    json_free(b);
    free(listed_before);
    free(listed_after);
    free(saved_before);
    free(saved_after);
    json_free(report);
    kopru_string_free(text);
    hook_log_free(&log);

    rc = sync_run(erp, entegra, params, path, record_hook, &log, &report, &text);
    explain(rc, "the real run after the dry run");
    CHECK(rc == KOPRU_OK && number_of(report, "requests_sent") == planned,
          "the real run sends the %ld requests the dry run planned: %s", planned, text ? text : "");
    json_free(report);
    kopru_string_free(text);
    hook_log_free(&log);
    free(path);
    kopru_client_free(entegra);
}

/* Removes the state folder and what the runs left in it. */
static void remove_state_dir(void) {
    const char *names[] = {"catalogue-entegra.json", "catalogue-tedbul.json", "stopped.json", "orders.json",
                           "dry-run.json", "guard.json", "guard.json.journal"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char *path = state_path(names[i]);
        remove(path);
        free(path);
    }
    if (portable_remove_dir(state_dir) != 0) fprintf(stderr, "note: %s is not empty\n", state_dir);
    free(state_dir);
}

int main(int argc, char **argv) {
    sandbox_url = getenv("KOPRU_SANDBOX_URL");
    if (argc != 2 || !sandbox_url || !*sandbox_url) {
        fprintf(stderr, "usage: KOPRU_SANDBOX_URL=http://127.0.0.1:PORT sync tests/operations.json\n");
        return 2;
    }
    size_t len = 0;
    operations_text = read_whole_file(argv[1], &len);
    operations = operations_text ? json_parse(operations_text, len) : NULL;
    CHECK(operations && operations->type == J_ARRAY, "%s lists operations", argv[1]);
    state_dir = portable_make_temp_dir("kopru-sync-c-");
    if (!state_dir) {
        fprintf(stderr, "cannot make a temporary folder\n");
        return 2;
    }

    CHECK(admin_post("/_admin/reset", "{}") == 200, "reset the sandbox server");
    kopru_client *erp = loopback_client("erp", ERP_CREDENTIALS);
    if (erp) {
        test_catalogue(erp, "entegra", ENTEGRA_CREDENTIALS);
        test_catalogue(erp, "tedbul", TEDBUL_CREDENTIALS);
        test_snapshot();
        test_guard();
        test_bad_arguments(erp);
        CHECK(admin_post("/_admin/reset", "{}") == 200, "reset the sandbox server");
        test_stopped_and_resumed(erp);
        CHECK(admin_post("/_admin/reset", "{}") == 200, "reset the sandbox server");
        test_orders(erp);
        CHECK(admin_post("/_admin/reset", "{}") == 200, "reset the sandbox server");
        test_dry_run(erp);
    }
    kopru_client_free(erp);
    remove_state_dir();
    json_free(operations);
    free(operations_text);
    return check_summary("C sync");
}
