/*
 * The C runner of the conformance vectors (every .json file in tests/vectors): every case
 * goes through the session functions of the C ABI, following the algorithm in
 * docs/ARCHITECTURE.md. Usage: vectors DIR
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "json.h"
#include "kopru.h"
#include "portable.h"

static int passed, failed;

/* The (ptr, len) span of a node's JSON text, or an empty span for NULL. */
static const uint8_t *span_ptr(const jnode *n) { return n ? (const uint8_t *)n->text : NULL; }
static size_t span_len(const jnode *n) { return n ? n->len : 0; }

/* How many items of `list` equal `value`: the member `field` of each object, or each string when `field` is NULL. */
static size_t count_field(const jnode *list, const char *field, const char *value) {
    size_t n = 0;
    for (const jnode *e = list ? list->child : NULL; e; e = e->next) {
        const char *text = field ? json_get_str(e, field) : e->str;
        if (text && value && strcmp(text, value) == 0) n++;
    }
    return n;
}

/* True when `field` of `errors` holds exactly the strings of `want`, in any order. */
static int same_texts(const jnode *errors, const char *field, const jnode *want) {
    if (json_count(errors) != json_count(want)) return 0;
    for (const jnode *w = want->child; w; w = w->next)
        if (count_field(errors, field, w->str) != count_field(want, NULL, w->str)) return 0;
    return 1;
}

/* Checks the last error against `expect_error` ({"kind", "paths"?, "codes"?, "message"?}); NULL when it matches. */
static char *error_mismatch(const jnode *expect) {
    char *text = NULL, *why = NULL;
    kopru_last_error_json(&text, NULL);
    jnode *err = text ? json_parse(text, strlen(text)) : NULL;
    const char *kind = json_get_str(err, "kind");
    const char *want_kind = json_get_str(expect, "kind");
    const jnode *errors = json_get(err, "errors");
    const jnode *want_paths = json_get(expect, "paths");
    const jnode *want_codes = json_get(expect, "codes");
    const char *want_message = json_get_str(expect, "message");
    const char *message = json_get_str(err, "message");
    if (!kind || !want_kind || strcmp(kind, want_kind) != 0) {
        if (asprintf(&why, "expected a %s error, got %s", want_kind ? want_kind : "?", text ? text : "none") < 0)
            abort();
    } else if (want_paths && !same_texts(errors, "path", want_paths)) {
        if (asprintf(&why, "expected error paths %.*s, got %s", (int)want_paths->len, want_paths->text, text) < 0)
            abort();
    } else if (want_codes && !same_texts(errors, "code", want_codes)) {
        if (asprintf(&why, "expected error codes %.*s, got %s", (int)want_codes->len, want_codes->text, text) < 0)
            abort();
    } else if (want_message && (!message || strcmp(message, want_message) != 0)) {
        if (asprintf(&why, "expected the message %s, got %s", want_message, text) < 0) abort();
    }
    json_free(err);
    kopru_string_free(text);
    return why;
}

/* Describes a call that should have succeeded but failed with the last error. */
static char *unexpected_error(const char *call) {
    char *text = NULL, *why = NULL;
    kopru_last_error_json(&text, NULL);
    if (asprintf(&why, "%s failed: %s", call, text ? text : "no error recorded") < 0) abort();
    kopru_string_free(text);
    return why;
}

/*
 * Compares a request body (JSON text or null) with the expected one: null, JSON
 * text, or the JSON value itself; equal as parsed JSON, or as text when not JSON.
 */
static int bodies_equal(const jnode *got, const jnode *want) {
    int got_null = !got || got->type == J_NULL, want_null = !want || want->type == J_NULL;
    if (got_null || want_null) return got_null && want_null;
    if (got->type != J_STRING) return 0;
    jnode *a = json_parse(got->str, strlen(got->str));
    jnode *b = want->type == J_STRING ? json_parse(want->str, strlen(want->str)) : NULL;
    int same;
    if (want->type != J_STRING) same = json_equal(a, want);
    else if (a && b) same = json_equal(a, b);
    else same = strcmp(got->str, want->str) == 0;
    json_free(a);
    json_free(b);
    return same;
}

/* Checks a request against `expect_request`; NULL when it matches. */
static char *request_mismatch(const jnode *request, const jnode *expect) {
    char *why = NULL;
    const char *fields[] = {"method", "url"};
    for (size_t i = 0; i < 2; i++) {
        const char *got = json_get_str(request, fields[i]), *want = json_get_str(expect, fields[i]);
        if (want && (!got || strcmp(got, want) != 0)) {
            if (asprintf(&why, "%s: expected %s, got %s", fields[i], want, got ? got : "none") < 0) abort();
            return why;
        }
    }
    const jnode *want_headers = json_get(expect, "headers");
    const jnode *got_headers = json_get(request, "headers");
    for (const jnode *w = want_headers ? want_headers->child : NULL; w; w = w->next) {
        const jnode *name = json_at(w, 0), *value = json_at(w, 1);
        int seen = 0;
        for (const jnode *g = got_headers ? got_headers->child : NULL; g && name && value; g = g->next) {
            const jnode *gname = json_at(g, 0), *gvalue = json_at(g, 1);
            if (gname && gvalue && gname->str && gvalue->str && strcasecmp(gname->str, name->str) == 0 &&
                strcmp(gvalue->str, value->str) == 0)
                seen = 1;
        }
        if (!seen) {
            if (asprintf(&why, "header %.*s missing from %.*s", (int)w->len, w->text,
                         (int)span_len(got_headers), got_headers ? got_headers->text : "") < 0)
                abort();
            return why;
        }
    }
    if (json_get(expect, "body") && !bodies_equal(json_get(request, "body"), json_get(expect, "body"))) {
        const jnode *got = json_get(request, "body"), *want = json_get(expect, "body");
        if (asprintf(&why, "body: expected %.*s, got %.*s", (int)want->len, want->text, (int)span_len(got),
                     got ? got->text : "none") < 0)
            abort();
    }
    return why;
}

/* Runs one case; NULL when it passes, otherwise why it failed. */
static char *run_case(const jnode *c) {
    const jnode *config = json_get(c, "config"), *state = json_get(c, "state");
    const jnode *now = json_get(c, "now_ms"), *params = json_get(c, "params");
    const char *op = json_get_str(c, "op");
    const jnode *expect_request = json_get(c, "expect_request"), *response = json_get(c, "response");
    const jnode *expect_result = json_get(c, "expect_result"), *expect_error = json_get(c, "expect_error");
    uint64_t now_ms = now ? strtoull(now->text, NULL, 10) : 0;
    char *why = NULL;
    if (!config || !op) return strdup("the case has no config or op");

    kopru_session *session = NULL;
    kopru_result rc = kopru_session_new(span_ptr(config), span_len(config), span_ptr(state), span_len(state), &session);
    if (rc != KOPRU_OK) {
        if (expect_error && !response) return error_mismatch(expect_error);
        return unexpected_error("kopru_session_new");
    }

    char *step = NULL;
    rc = kopru_session_start(session, (const uint8_t *)op, strlen(op), span_ptr(params), span_len(params), now_ms,
                             &step, NULL);
    jnode *parsed = NULL;
    if (expect_error && !response) {
        if (rc == KOPRU_OK) {
            if (asprintf(&why, "start should fail with %.*s, gave %s", (int)expect_error->len, expect_error->text,
                         step) < 0)
                abort();
        } else {
            why = error_mismatch(expect_error);
        }
        goto done;
    }
    if (rc != KOPRU_OK) {
        why = unexpected_error("kopru_session_start");
        goto done;
    }
    parsed = json_parse(step, strlen(step));
    const jnode *send = json_get(parsed, "send");
    if (!response && expect_result && !send) {
        const jnode *local = json_get(parsed, "done");
        if (!local || !json_equal(local, expect_result)) {
            if (asprintf(&why, "expected the local result {\"done\": %.*s}, got %s", (int)expect_result->len,
                         expect_result->text, step) < 0)
                abort();
        }
        goto done;
    }
    if (!send) {
        if (asprintf(&why, "start gave no request: %s", step) < 0) abort();
        goto done;
    }
    if (expect_request && (why = request_mismatch(send, expect_request))) goto done;
    if (!response) goto done;

    kopru_string_free(step);
    step = NULL;
    rc = kopru_session_receive(session, span_ptr(response), span_len(response), now_ms, &step, NULL);
    if (expect_error) {
        if (rc == KOPRU_OK) {
            if (asprintf(&why, "receive should fail with %.*s, gave %s", (int)expect_error->len, expect_error->text,
                         step) < 0)
                abort();
        } else {
            why = error_mismatch(expect_error);
        }
        goto done;
    }
    if (rc != KOPRU_OK) {
        why = unexpected_error("kopru_session_receive");
        goto done;
    }
    if (expect_result) {
        jnode *got = json_parse(step, strlen(step));
        if (!json_equal(json_get(got, "done"), expect_result) &&
            asprintf(&why, "expected {\"done\": %.*s}, got %s", (int)expect_result->len, expect_result->text, step) <
                0)
            abort();
        json_free(got);
    }
done:
    json_free(parsed);
    kopru_string_free(step);
    kopru_session_free(session);
    return why;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s DIR\n", argv[0]);
        return 2;
    }
    int count = 0;
    char **files = portable_list_dir(argv[1], ".json", &count);
    if (count <= 0) {
        fprintf(stderr, "no vector files in %s\n", argv[1]);
        return 1;
    }
    for (int i = 0; i < count; i++) {
        char *path = NULL;
        if (asprintf(&path, "%s/%s", argv[1], files[i]) < 0) abort();
        size_t len = 0;
        char *text = read_whole_file(path, &len);
        jnode *root = text ? json_parse(text, len) : NULL;
        const jnode *cases = json_get(root, "cases");
        if (!cases || cases->type != J_ARRAY) {
            fprintf(stderr, "FAIL %s: not a vector file ({\"cases\": [...]})\n", path);
            failed++;
        }
        for (const jnode *c = cases ? cases->child : NULL; c; c = c->next) {
            char *why = run_case(c);
            if (why) {
                const char *name = json_get_str(c, "name");
                fprintf(stderr, "FAIL %s: %s: %s\n", files[i], name ? name : "(unnamed)", why);
                failed++;
            } else {
                passed++;
            }
            free(why);
        }
        json_free(root);
        free(text);
        free(path);
    }
    portable_free_names(files, count);
    printf("C vectors: %d passed, %d failed\n", passed, failed);
    return failed == 0 && passed > 0 ? 0 : 1;
}
