/*
 * The bad-input corpus (tests/bad-input/params.json and responses.json) through the session
 * functions of the C ABI: every case C can express must end in its expected kind (a result
 * code 1-7, or KOPRU_INVALID_JSON / KOPRU_INVALID_UTF8 where the C boundary itself refuses
 * the text), never in a crash or a hang. C gets JSON text: the corpus generators are expanded
 * into text (`$bad_text` becomes a raw 0xFF byte). A case that runs longer than
 * CASE_TIMEOUT_S ends the process (a watchdog, tests/c/portable.h) naming the case.
 * Usage: bad_input DIR (the folder with the two corpus files).
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "kopru.h"
#include "portable.h"

#define CASE_TIMEOUT_S 120
#define MAX_ROUNDS 10

typedef struct {
    char *data;
    size_t len, cap;
} buf;

static int passed, failed;
static const char *current_case = "";


static void put(buf *b, const char *data, size_t len) { buf_append(&b->data, &b->len, &b->cap, data, len); }
static void puts_(buf *b, const char *text) { put(b, text, strlen(text)); }

static const jnode *generator(const jnode *n, const char **name) {
    if (!n || n->type != J_OBJECT || !n->child || n->child->next || !n->child->key || n->child->key[0] != '$') return NULL;
    *name = n->child->key;
    return n->child;
}

static size_t count_of(const jnode *arg) {
    const jnode *t = json_get(arg, "times");
    return t ? (size_t)strtoull(t->text, NULL, 10) : 0;
}

/* Appends the text a string or string generator stands for (raw bytes, not JSON). */
static void raw_text(buf *out, const jnode *n) {
    const char *name = NULL;
    const jnode *arg = generator(n, &name);
    if (n && n->type == J_STRING) {
        put(out, n->str, n->str_len);
    } else if (arg && strcmp(name, "$repeat") == 0) {
        const jnode *text = json_get(arg, "text");
        for (size_t i = count_of(arg); i > 0; i--) put(out, text->str, text->str_len);
    } else if (arg && strcmp(name, "$concat") == 0) {
        for (const jnode *part = arg->child; part; part = part->next) raw_text(out, part);
    } else if (arg && strcmp(name, "$bad_text") == 0) {
        put(out, arg->str, arg->str_len);
        put(out, "\xff", 1);
    } else if (n) {
        put(out, n->text, n->len);
    }
}

/* Appends the JSON text of a corpus value, expanding the generators. */
static void emit(buf *out, const jnode *n) {
    const char *name = NULL;
    const jnode *arg = generator(n, &name);
    if (arg && (strcmp(name, "$repeat") == 0 || strcmp(name, "$concat") == 0 || strcmp(name, "$bad_text") == 0)) {
        buf text = {0};
        raw_text(&text, n);
        json_append_string(&out->data, &out->len, &out->cap, text.data ? text.data : "", text.len);
        free(text.data);
    } else if (arg && strcmp(name, "$number") == 0) {
        put(out, arg->str, arg->str_len);
    } else if (arg && strcmp(name, "$list") == 0) {
        puts_(out, "[");
        for (size_t i = count_of(arg); i > 0; i--) {
            emit(out, json_get(arg, "item"));
            if (i > 1) puts_(out, ",");
        }
        puts_(out, "]");
    } else if (arg && strcmp(name, "$nest") == 0) {
        size_t depth = (size_t)strtoull(json_get(arg, "depth")->text, NULL, 10);
        int array = json_get_str(arg, "in") && strcmp(json_get_str(arg, "in"), "array") == 0;
        for (size_t i = 0; i < depth; i++) puts_(out, array ? "[" : "{\"a\":");
        emit(out, json_get(arg, "leaf"));
        for (size_t i = 0; i < depth; i++) puts_(out, array ? "]" : "}");
    } else if (n && (n->type == J_OBJECT || n->type == J_ARRAY)) {
        puts_(out, n->type == J_OBJECT ? "{" : "[");
        for (const jnode *c = n->child; c; c = c->next) {
            if (c->key) {
                json_append_string(&out->data, &out->len, &out->cap, c->key, strlen(c->key));
                puts_(out, ":");
            }
            emit(out, c);
            if (c->next) puts_(out, ",");
        }
        puts_(out, n->type == J_OBJECT ? "}" : "]");
    } else if (n) {
        put(out, n->text, n->len);
    } else {
        puts_(out, "null");
    }
}

/* The name of a result code, as the corpus spells the outcome. */
static const char *kind_of(kopru_result rc) {
    switch (rc) {
    case KOPRU_OK: return "ok";
    case KOPRU_VALIDATION: return "validation";
    case KOPRU_API: return "api";
    case KOPRU_AUTH: return "auth";
    case KOPRU_RATE_LIMITED: return "rate_limited";
    case KOPRU_TRANSPORT: return "transport";
    case KOPRU_DECODE: return "decode";
    case KOPRU_CONFIG: return "config";
    case KOPRU_NULL_ARGUMENT: return "null_argument";
    case KOPRU_INVALID_UTF8: return "invalid_utf8";
    case KOPRU_INVALID_JSON: return "invalid_json";
    case KOPRU_PANIC: return "panic";
    default: return "an unknown result code";
    }
}

/* Checks the validation paths of the last error against `want`; NULL when they match. */
static char *paths_mismatch(const jnode *want) {
    char *text = NULL, *why = NULL;
    if (kopru_last_error_json(&text, NULL) != KOPRU_OK) return strdup("no last error");
    jnode *err = json_parse(text, strlen(text));
    const jnode *errors = json_get(err, "errors");
    int same = json_count(errors) == json_count(want);
    for (const jnode *w = want->child; same && w; w = w->next) {
        int seen = 0;
        for (const jnode *e = errors ? errors->child : NULL; e; e = e->next) {
            const char *path = json_get_str(e, "path");
            if (path && strcmp(path, w->str) == 0) seen = 1;
        }
        same = seen;
    }
    if (!same && asprintf(&why, "expected paths %.*s, got %.200s", (int)want->len, want->text, text) < 0) abort();
    json_free(err);
    kopru_string_free(text);
    return why;
}

/* Makes the session of a case from services[service]; NULL on failure. */
static kopru_session *session_for(const jnode *doc, const jnode *c) {
    const jnode *service = json_get(json_get(doc, "services"), json_get_str(c, "service"));
    const jnode *config = json_get(service, "config"), *state = json_get(service, "state");
    kopru_session *session = NULL;
    if (kopru_session_new((const uint8_t *)config->text, config->len, state ? (const uint8_t *)state->text : NULL,
                          state ? state->len : 0, &session) != KOPRU_OK)
        return NULL;
    return session;
}

/* The op of a case as raw bytes: a string as its text, any other value as its JSON text. */
static void op_bytes(buf *out, const jnode *op) {
    const char *name = NULL;
    if (op->type == J_STRING || generator(op, &name)) raw_text(out, op);
    else put(out, op->text, op->len);
}

/* Runs a params case and returns its result code. */
static kopru_result run_params(const jnode *doc, const jnode *c, kopru_session *session) {
    buf op = {0}, params = {0};
    op_bytes(&op, json_get(c, "op"));
    const jnode *text = json_get(c, "params_text"), *text_gen = json_get(c, "params_text_gen");
    if (text && text->type == J_STRING) put(&params, text->str, text->str_len);
    else if (text_gen) raw_text(&params, text_gen);
    else emit(&params, json_get(c, "params"));
    uint64_t now = strtoull(json_get(doc, "now_ms")->text, NULL, 10);
    char *step = NULL;
    kopru_result rc = kopru_session_start(session, (const uint8_t *)(op.data ? op.data : ""), op.len,
                                          (const uint8_t *)params.data, params.len, now, &step, NULL);
    kopru_string_free(step);
    free(op.data);
    free(params.data);
    return rc;
}

/* Runs a response case: start, then the response for every request asked for (at most MAX_ROUNDS). */
static kopru_result run_response(const jnode *doc, const jnode *c, kopru_session *session, char **why) {
    const char *op = json_get_str(c, "op");
    const jnode *params = json_get(c, "params");
    if (!params) params = json_get(json_get(doc, "defaults"), op);
    uint64_t now = strtoull(json_get(doc, "now_ms")->text, NULL, 10);
    char *step = NULL;
    kopru_result rc = kopru_session_start(session, (const uint8_t *)op, strlen(op), params ? (const uint8_t *)params->text : NULL,
                                          params ? params->len : 0, now, &step, NULL);
    if (rc != KOPRU_OK || !strstr(step, "\"send\"")) {
        if (asprintf(why, "start gave no request (%s)", kind_of(rc)) < 0) abort();
        kopru_string_free(step);
        return rc;
    }
    buf response = {0};
    emit(&response, json_get(c, "response"));
    for (int round = 0; round < MAX_ROUNDS && step && strstr(step, "\"send\""); round++) {
        kopru_string_free(step);
        step = NULL;
        rc = kopru_session_receive(session, (const uint8_t *)response.data, response.len, now, &step, NULL);
        if (rc != KOPRU_OK) break;
    }
    if (rc == KOPRU_OK && step && strstr(step, "\"send\"") && asprintf(why, "no end after %d responses", MAX_ROUNDS) < 0)
        abort();
    kopru_string_free(step);
    free(response.data);
    return rc;
}

static int applies(const jnode *c) {
    const jnode *only = json_get(c, "only");
    if (!only) return 1;
    for (const jnode *b = only->child; b; b = b->next)
        if (b->str && strcmp(b->str, "c") == 0) return 1;
    return 0;
}

static void run_file(const char *dir, const char *file, int responses) {
    char *path = NULL;
    if (asprintf(&path, "%s/%s", dir, file) < 0) abort();
    FILE *f = fopen(path, "rb");
    buf text = {0};
    char chunk[65536];
    size_t n;
    while (f && (n = fread(chunk, 1, sizeof chunk, f)) > 0) put(&text, chunk, n);
    if (f) fclose(f);
    jnode *doc = text.data ? json_parse(text.data, text.len) : NULL;
    const jnode *cases = json_get(doc, "cases");
    if (!cases) {
        fprintf(stderr, "FAIL %s: not a corpus file\n", path);
        failed++;
    }
    int file_passed = 0, file_failed = 0;
    for (const jnode *c = cases ? cases->child : NULL; c; c = c->next) {
        if (!applies(c)) continue;
        current_case = json_get_str(c, "name");
        const jnode *by = json_get(json_get(c, "expect_by"), "c");
        const char *want = by ? by->str : json_get_str(c, "expect");
        char *why = NULL;
        portable_watchdog_arm(CASE_TIMEOUT_S, "FAIL bad input: a case hangs (no end within the time limit): ",
                              current_case);
        kopru_session *session = session_for(doc, c);
        kopru_result rc = KOPRU_PANIC;
        if (!session) {
            why = strdup("the corpus config was refused");
        } else {
            rc = responses ? run_response(doc, c, session, &why) : run_params(doc, c, session);
        }
        if (!why && strcmp(kind_of(rc), want) != 0) {
            char *last = NULL;
            kopru_last_error_json(&last, NULL);
            if (asprintf(&why, "expected %s, got %s: %.300s", want, kind_of(rc), last ? last : "") < 0) abort();
            kopru_string_free(last);
        }
        if (!why && rc == KOPRU_VALIDATION && json_get(c, "paths")) why = paths_mismatch(json_get(c, "paths"));
        kopru_session_free(session);
        portable_watchdog_disarm();
        if (why) {
            fprintf(stderr, "FAIL %s: %s: %s\n", file, current_case, why);
            file_failed++;
        } else {
            file_passed++;
        }
        free(why);
    }
    printf("C bad input %s: %d passed, %d failed\n", file, file_passed, file_failed);
    passed += file_passed;
    failed += file_failed;
    json_free(doc);
    free(text.data);
    free(path);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s DIR\n", argv[0]);
        return 2;
    }
    run_file(argv[1], "params.json", 0);
    run_file(argv[1], "responses.json", 1);
    printf("C bad input: %d passed, %d failed\n", passed, failed);
    return failed == 0 && passed > 0 ? 0 : 1;
}
