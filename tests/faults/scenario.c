/*
 * The fault scenario through kopru's C ABI (libkopru).
 *
 * Runs the operations of tests/faults/mix.json (lists, Entegra product creates,
 * Tedbul ad creates, Tedbul bulk stock updates) against the loopback sandbox server
 * with its fault knobs on, classifies every outcome, then turns the faults off and
 * checks the server's data: no write duplicated, none lost. Prints a report and
 * exits non-zero when a write was duplicated or lost, or an error was not typed.
 *
 *   scenario [URL [MIX]]   URL: http://127.0.0.1:PORT (empty or absent: $KOPRU_SANDBOX_URL),
 *                          MIX: the mix file (default: tests/faults/mix.json)
 */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "http.h"
#include "json.h"
#include "kopru.h"

#define BINDING "c"
#define TAG "3"
#define UPDATE_BATCH 3
#define PRICE "10.50"
#define MAX_OPS 100000
#define MAX_ADS 4096

static const char *KINDS[] = {"ok", "validation", "api", "auth", "rate_limited", "transport", "decode", "config"};
static const char *OPS[] = {"entegra.products.list", "entegra.products.create", "tedbul.ads.list",
                            "tedbul.ads.create", "tedbul.ads.update_many"};
/* The names of the faults in the server's stats, and in the report. */
static const char *FAULTS[][2] = {
    {"failed", "5xx"},         {"throttled", "429"}, {"reset_mid_body", "reset mid-body"},
    {"slow_body", "slow body"}, {"dropped", "dropped"}, {"tokens_expired", "token expiries"},
};
enum { N_OPS = 5, N_FAULTS = 6, UNTYPED = -1 };

/* A parsed JSON document with the text it points into. */
typedef struct {
    char *text;
    jnode *root;
} doc;

static void doc_free(doc *d) {
    json_free(d->root);
    free(d->text);
    d->root = NULL;
    d->text = NULL;
}

/* Parses a copy of `text`; exits when it is not JSON. */
static doc doc_parse(const char *text, size_t len) {
    doc d = {malloc(len + 1), NULL};
    memcpy(d.text, text, len);
    d.text[len] = '\0';
    d.root = json_parse(d.text, len);
    if (!d.root) {
        fprintf(stderr, "scenario: not JSON: %.200s\n", d.text);
        exit(2);
    }
    return d;
}

/* What one operation did. */
typedef struct {
    int op;          /* index into OPS */
    int kind;        /* 0: completed; 1..7: the kopru error kind; UNTYPED */
    char key[32];    /* the productCode or barcode a create makes, else "" */
    long requests;   /* requests the server counted on the op's path */
    long applied;    /* of which it applied */
} record;

/* An ad whose stock the scenario sets: its first stock and every stock set, with the outcome. */
typedef struct {
    char id[32];
    int initial;
    int steps, cap;
    int *values, *oks;
} ad;

static const char *url;
static doc mix;
static record *records;
static int n_records, n_untyped;
static ad ads[MAX_ADS];
static int n_ads;
static int pool[MAX_ADS], n_pool; /* indexes into ads: the targets of stock updates */

/* Calls an admin endpoint of the server (never faulted) and returns its JSON. */
static doc admin(const char *method, const char *name, const char *body, size_t body_len) {
    char *req = NULL;
    size_t len = 0, cap = 0;
    char head[512];
    snprintf(head, sizeof head, "{\"method\":\"%s\",\"url\":\"%s/_admin/%s\",\"headers\":[],\"body\":", method,
             url, name);
    buf_append(&req, &len, &cap, head, strlen(head));
    if (body)
        json_append_string(&req, &len, &cap, body, body_len);
    else
        buf_append(&req, &len, &cap, "null", 4);
    buf_append(&req, &len, &cap, "}", 1);
    jnode *request = json_parse(req, len);
    const char *error = "bad request";
    char *response = request ? http_send(request, &error) : NULL;
    json_free(request);
    free(req);
    if (!response) {
        fprintf(stderr, "scenario: /_admin/%s: %s\n", name, error);
        exit(2);
    }
    doc wrapped = doc_parse(response, strlen(response));
    free(response);
    const char *text = json_get_str(wrapped.root, "body");
    const jnode *status = json_get(wrapped.root, "status");
    if (!text || !status || strtol(status->text, NULL, 10) != 200) {
        fprintf(stderr, "scenario: /_admin/%s did not answer 200\n", name);
        exit(2);
    }
    doc answer = doc_parse(text, strlen(text));
    doc_free(&wrapped);
    return answer;
}

/* Posts a member of mix.json (an object) as fault knobs. */
static void set_faults(const char *member) {
    const jnode *knobs = json_get(mix.root, member);
    doc answer = admin("POST", "faults", knobs->text, knobs->len);
    doc_free(&answer);
}

/* A number, or a string holding one (kopru gives ids as strings); -1 when neither. */
static long number_of(const jnode *n) {
    if (n && n->type == J_NUMBER) return strtol(n->text, NULL, 10);
    if (n && n->type == J_STRING) return strtol(n->str, NULL, 10);
    return -1;
}

/* One of the server's counts for the path of operation `op`. */
static long path_count(const jnode *stats, int op, const char *name) {
    char service[16];
    snprintf(service, sizeof service, "%.*s", (int)strcspn(OPS[op], "."), OPS[op]);
    const char *path = json_get_str(json_get(mix.root, "paths"), OPS[op]);
    const jnode *counts = json_get(json_get(json_get(json_get(stats, service), "paths"), path), name);
    return counts ? number_of(counts) : 0;
}

static long stat_of(const jnode *stats, const char *service, const char *name) {
    return number_of(json_get(json_get(stats, service), name));
}

/* A client for `service` with the client settings of mix.json. */
static kopru_client *client_for(const char *service, const char *credentials) {
    const jnode *settings = json_get(mix.root, "client");
    char *config = NULL;
    size_t len = 0, cap = 0;
    char head[512];
    snprintf(head, sizeof head, "{\"service\":\"%s\",\"base_url\":\"%s/%s\",\"credentials\":%s,", service, url,
             service, credentials);
    buf_append(&config, &len, &cap, head, strlen(head));
    buf_append(&config, &len, &cap, settings->text + 1, settings->len - 1); /* the members and '}' */
    kopru_client *client = NULL;
    if (kopru_client_new((const uint8_t *)config, len, &client) != KOPRU_OK) {
        fprintf(stderr, "scenario: no client for %s\n", service);
        exit(2);
    }
    free(config);
    return client;
}

static int add_ad(const char *id, int initial) {
    if (n_ads == MAX_ADS) {
        fprintf(stderr, "scenario: too many ads\n");
        exit(2);
    }
    ad *a = &ads[n_ads];
    snprintf(a->id, sizeof a->id, "%s", id);
    a->initial = initial;
    pool[n_pool++] = n_ads;
    return n_ads++;
}

static void add_step(int index, int value, int ok) {
    ad *a = &ads[index];
    if (a->steps == a->cap) {
        a->cap = a->cap ? a->cap * 2 : 8;
        a->values = realloc(a->values, (size_t)a->cap * sizeof *a->values);
        a->oks = realloc(a->oks, (size_t)a->cap * sizeof *a->oks);
    }
    a->values[a->steps] = value;
    a->oks[a->steps] = ok;
    a->steps++;
}

/* Whether an ad may end with `stock`: the last stock a completed update set (else its first
 * stock), or one a failed update set after it (the server may have applied it). */
static int allowed(const ad *a, int stock) {
    int last = -1;
    for (int n = 0; n < a->steps; n++)
        if (a->oks[n]) last = n;
    if (last < 0 && stock == a->initial) return 1;
    for (int n = last < 0 ? 0 : last; n < a->steps; n++)
        if (a->values[n] == stock) return 1;
    return 0;
}

/* Runs operation `i` (kind `op`), records it and returns the server's stats after it. */
static doc run(kopru_client *const clients[2], int i, int op, doc before) {
    char params[1024] = "";
    int targets[UPDATE_BATCH], stocks[UPDATE_BATCH], n_targets = 0;
    record *r = &records[n_records++];
    memset(r, 0, sizeof *r);
    r->op = op;
    switch (op) {
    case 0: snprintf(params, sizeof params, "{\"page\":1}"); break;
    case 2: snprintf(params, sizeof params, "{\"page\":1,\"show\":10}"); break;
    case 1:
        snprintf(r->key, sizeof r->key, "FLT-%s-%04d", BINDING, i);
        snprintf(params, sizeof params,
                 "{\"list\":[{\"productCode\":\"%s\",\"productName\":\"Fault scenario %d\"}]}", r->key, i);
        break;
    case 3:
        snprintf(r->key, sizeof r->key, "869%s%09d", TAG, i);
        snprintf(params, sizeof params,
                 "{\"productBarcode\":\"%s\",\"productName\":\"Fault scenario %d\",\"stock\":5,\"price\":\"%s\"}",
                 r->key, i, PRICE);
        break;
    default: {
        size_t at = (size_t)snprintf(params, sizeof params, "{\"adsList\":[");
        for (int j = 0; j < UPDATE_BATCH; j++) {
            int target = pool[(i * UPDATE_BATCH + j) % n_pool], seen = 0;
            for (int k = 0; k < n_targets; k++) seen |= targets[k] == target;
            if (seen) continue;
            stocks[n_targets] = 3 + (i * 7 + n_targets * 13) % 90;
            at += (size_t)snprintf(params + at, sizeof params - at, "%s{\"id\":\"%s\",\"stock\":%d,\"price\":\"%s\"}",
                                   n_targets ? "," : "", ads[target].id, stocks[n_targets], PRICE);
            targets[n_targets++] = target;
        }
        snprintf(params + at, sizeof params - at, "]}");
    }
    }
    char *result = NULL;
    kopru_client *client = clients[op < 2 ? 0 : 1];
    int rc = kopru_client_call(client, (const uint8_t *)OPS[op], strlen(OPS[op]), (const uint8_t *)params,
                               strlen(params), &result, NULL);
    if (rc >= 1 && rc <= 7) {
        r->kind = rc;
    } else if (rc != KOPRU_OK) {
        r->kind = UNTYPED;
        char *message = NULL;
        kopru_last_error_message(&message, NULL);
        fprintf(stderr, "  untyped: %s: code %d: %s\n", OPS[op], rc, message ? message : "");
        kopru_string_free(message);
        n_untyped++;
    }
    doc after = admin("GET", "stats", NULL, 0);
    r->requests = path_count(after.root, op, "requests") - path_count(before.root, op, "requests");
    r->applied = path_count(after.root, op, "applied") - path_count(before.root, op, "applied");
    if (op == 3 && rc == KOPRU_OK) {
        doc created = doc_parse(result, strlen(result));
        const char *id = json_get_str(created.root, "adsId");
        if (id) add_ad(id, 5);
        doc_free(&created);
    }
    for (int k = 0; k < n_targets; k++) add_step(targets[k], stocks[k], rc == KOPRU_OK);
    kopru_string_free(result);
    doc_free(&before);
    return after;
}

/* Calls `visit` for every item of a list operation; exits when the listing fails. */
static void each_item(kopru_client *client, const char *op, const char *params, void (*visit)(const jnode *)) {
    kopru_pages *pages = NULL;
    if (kopru_pages_new(client, (const uint8_t *)op, strlen(op), (const uint8_t *)params, strlen(params), &pages) !=
        KOPRU_OK) {
        fprintf(stderr, "scenario: cannot list %s\n", op);
        exit(2);
    }
    for (;;) {
        char *item = NULL;
        size_t len = 0;
        int32_t has = 0;
        if (kopru_pages_next(pages, &item, &len, &has) != KOPRU_OK) {
            fprintf(stderr, "scenario: listing %s failed\n", op);
            exit(2);
        }
        if (!has) break;
        doc d = doc_parse(item, len);
        visit(d.root);
        doc_free(&d);
        kopru_string_free(item);
    }
    kopru_pages_free(pages);
}

/* What the listings showed: how often each key appears, and each ad's stock. */
static char (*listed_keys)[32];
static int n_listed, listed_cap;
static int final_stock[MAX_ADS];

static void note_key(const char *key) {
    if (n_listed == listed_cap) {
        listed_cap = listed_cap ? listed_cap * 2 : 256;
        listed_keys = realloc(listed_keys, (size_t)listed_cap * sizeof *listed_keys);
    }
    snprintf(listed_keys[n_listed++], sizeof *listed_keys, "%s", key);
}

static int times_listed(const char *key) {
    int n = 0;
    for (int k = 0; k < n_listed; k++) n += strcmp(listed_keys[k], key) == 0;
    return n;
}

static void visit_product(const jnode *product) {
    const char *code = json_get_str(product, "productCode");
    if (code) note_key(code);
}

static void visit_ad(const jnode *item) {
    const char *id = json_get_str(item, "adsId");
    for (int k = 0; id && k < n_ads; k++)
        if (strcmp(ads[k].id, id) == 0) final_stock[k] = (int)number_of(json_get(item, "stock"));
    const jnode *barcodes = json_get(item, "barcodes");
    for (const jnode *b = barcodes ? barcodes->child : NULL; b; b = b->next)
        if (b->type == J_STRING) note_key(b->str);
}

static void visit_seed_ad(const jnode *item) {
    const char *id = json_get_str(item, "adsId");
    if (id) add_ad(id, (int)number_of(json_get(item, "stock")));
}

static double seconds_since(const struct timespec *start) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - start->tv_sec) + (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

static double knob(const char *name) {
    const jnode *n = json_get(json_get(mix.root, "faults"), name);
    return n ? strtod(n->text, NULL) : 0;
}

/* Prints the table: one row per operation and a total. */
static void print_table(void) {
    printf("%-25s%6s%11s%9s%9s%8s%11s\n", "operation", "ops", "first try", "retried", "retries", "failed",
           "ambiguous");
    for (int op = 0; op <= N_OPS; op++) {
        long ops = 0, first = 0, retried = 0, retries = 0, failed = 0, ambiguous = 0;
        for (int k = 0; k < n_records; k++) {
            const record *r = &records[k];
            if (op < N_OPS && r->op != op) continue;
            ops++;
            retries += r->requests > 1 ? r->requests - 1 : 0;
            if (r->kind == 0) {
                first += r->requests == 1;
                retried += r->requests > 1;
            } else {
                failed++;
                ambiguous += r->op != 0 && r->op != 2 && r->applied > 0;
            }
        }
        printf("%-25s%6ld%11ld%9ld%9ld%8ld%11ld\n", op < N_OPS ? OPS[op] : "total", ops, first, retried, retries,
               failed, ambiguous);
    }
}

int main(int argc, char **argv) {
    url = argc > 1 && argv[1][0] ? argv[1] : getenv("KOPRU_SANDBOX_URL");
    const char *mix_path = argc > 2 ? argv[2] : "tests/faults/mix.json";
    FILE *file = url ? fopen(mix_path, "rb") : NULL;
    if (!file) {
        fprintf(stderr, "usage: scenario [http://127.0.0.1:PORT [tests/faults/mix.json]]\n");
        return 2;
    }
    char text[16384];
    size_t text_len = fread(text, 1, sizeof text, file);
    fclose(file);
    mix = doc_parse(text, text_len);
    long operations = strtol(json_get(mix.root, "operations")->text, NULL, 10);
    const jnode *cycle = json_get(mix.root, "cycle");
    records = calloc((size_t)(operations < MAX_OPS ? operations : MAX_OPS), sizeof *records);

    doc reset = admin("POST", "reset", NULL, 0);
    doc_free(&reset);
    kopru_client *clients[2] = {
        client_for("entegra", "{\"email\":\"demo@kopru.dev\",\"password\":\"demo-password\"}"),
        client_for("tedbul", "{\"username\":\"demo\",\"password\":\"demo-password\",\"secretkey\":\"demo-secret\"}"),
    };
    each_item(clients[1], "tedbul.ads.list", "{\"show\":100}", visit_seed_ad);
    set_faults("faults");
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    doc stats = admin("GET", "stats", NULL, 0);
    for (long i = 0; i < operations && i < MAX_OPS; i++) {
        const char *name = json_at(cycle, (size_t)i % json_count(cycle))->str;
        int op = 0;
        while (op < N_OPS && strcmp(OPS[op], name) != 0) op++;
        if (op == N_OPS) {
            fprintf(stderr, "scenario: unknown operation %s in mix.json\n", name);
            return 2;
        }
        stats = run(clients, (int)i, op, stats);
    }
    double seconds = seconds_since(&start);
    doc_free(&stats);

    set_faults("faults_off");
    for (int k = 0; k < n_ads; k++) final_stock[k] = -1;
    each_item(clients[0], "entegra.products.list", "{}", visit_product);
    each_item(clients[1], "tedbul.ads.list", "{\"show\":100}", visit_ad);
    stats = admin("GET", "stats", NULL, 0);
    long listed_twice = 0, lost_creates = 0, lost_updates = 0, contradicted = 0;
    long resent = path_count(stats.root, 1, "repeated") + path_count(stats.root, 3, "repeated");
    long kinds[8] = {0};
    for (int k = 0; k < n_records; k++) {
        const record *r = &records[k];
        if (r->kind > 0) kinds[r->kind]++;
        contradicted += r->kind == 0 && r->requests == 0;
        if (!r->key[0]) continue;
        int times = times_listed(r->key);
        listed_twice += times > 1;
        lost_creates += r->kind == 0 && times == 0;
        contradicted += r->kind != 0 && (times > 0) != (r->applied > 0);
    }
    for (int k = 0; k < n_ads; k++) lost_updates += ads[k].steps > 0 && !allowed(&ads[k], final_stock[k]);

    printf("kopru fault scenario: %s (kopru %s), %d operations in %.1f s\n", BINDING, kopru_version(), n_records,
           seconds);
    printf("faults (seed %.0f): latency %.0f ms; per request: 5xx %.0f%%, 429 %.0f%% (Retry-After %.0f s), "
           "reset mid-body %.0f%%, slow body %.0f%% (%.0f ms, timeout %ld ms), dropped %.0f%%; "
           "tokens expire every %.0f requests\n",
           knob("seed"), knob("latency_ms"), knob("fail_rate") * 100, knob("throttle_rate") * 100,
           knob("throttle_retry_after"), knob("reset_mid_body_rate") * 100, knob("slow_body_rate") * 100,
           knob("slow_body_ms"), number_of(json_get(json_get(mix.root, "client"), "timeout_ms")),
           knob("drop_rate") * 100, knob("expire_tokens_every"));
    printf("faults injected: ");
    for (int k = 0; k < N_FAULTS; k++) {
        long n = 0;
        for (int s = 0; s < 2; s++) {
            const jnode *injected = json_get(json_get(stats.root, s ? "tedbul" : "entegra"), "injected");
            const jnode *count = json_get(injected, FAULTS[k][0]);
            n += count ? number_of(count) : 0;
        }
        printf("%s%s %ld", k ? ", " : "", FAULTS[k][1], n);
    }
    printf("\n");
    print_table();
    printf("failed by kind: ");
    const char *sep = "";
    for (int k = 1; k <= 7; k++)
        if (kinds[k]) {
            printf("%s%s %ld", sep, KINDS[k], kinds[k]);
            sep = ", ";
        }
    printf("%s\n", *sep ? "" : "none");
    printf("requests the server saw: %ld (logins: entegra %ld, tedbul %ld)\n",
           stat_of(stats.root, "entegra", "requests") + stat_of(stats.root, "tedbul", "requests"),
           stat_of(stats.root, "entegra", "logins"), stat_of(stats.root, "tedbul", "logins"));
    printf("duplicated writes: %ld (listed twice %ld, creates re-sent after being applied %ld)\n",
           listed_twice + resent, listed_twice, resent);
    printf("lost writes: %ld (creates %ld, ads whose stock is not the last one set %ld)\n",
           lost_creates + lost_updates, lost_creates, lost_updates);
    printf("untyped errors or crashes: %d; outcomes the server contradicts: %ld\n", n_untyped, contradicted);

    doc_free(&stats);
    for (int k = 0; k < n_ads; k++) {
        free(ads[k].values);
        free(ads[k].oks);
    }
    free(listed_keys);
    free(records);
    kopru_client_free(clients[0]);
    kopru_client_free(clients[1]);
    doc_free(&mix);
    int bad = listed_twice + resent + lost_creates + lost_updates + contradicted > 0;
    return bad || n_untyped > 0 || n_records < operations ? 1 : 0;
}
