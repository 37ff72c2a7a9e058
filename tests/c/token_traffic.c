/*
 * Token traffic through the C ABI's raw session against the loopback sandbox
 * server (Tedbul, 3-hour tokens): a client clock 3 hours ahead gets one login
 * and an `auth` error naming clock skew, then the hourly cap stops the logins;
 * a clock 2 h 59 min ahead (tokens that seem to live a minute) makes 1,000
 * calls with no more token requests than the cap allows (one per 48 s of the run).
 * Needs KOPRU_SANDBOX_URL.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#include "check.h"
#include "http.h"
#include "json.h"
#include "kopru.h"

#define SPAN(s) (const uint8_t *)(s), strlen(s)
#define MINUTE_MS 60000ULL
#define HOUR_MS (60 * MINUTE_MS)
#define CALLS 1000
#define LOGIN_CAP 20

static const char *sandbox_url;

static uint64_t real_now_ms(void) {
    struct timeval tv;
    gettimeofday(&tv, NULL);
    return (uint64_t)tv.tv_sec * 1000 + (uint64_t)tv.tv_usec / 1000;
}

/* The outcome of one call: how many token requests it sent, and its result code. */
typedef struct {
    int token_requests;
    kopru_result rc;
} call_outcome;

/* Runs tedbul.ads.list with the client's clock at `client_now`, over real HTTP. */
static call_outcome run_call(kopru_session *session, uint64_t client_now) {
    call_outcome out = {0, KOPRU_OK};
    char *step = NULL;
    out.rc = kopru_session_start(session, SPAN("tedbul.ads.list"), NULL, 0, client_now, &step, NULL);
    while (out.rc == KOPRU_OK) {
        jnode *parsed = json_parse(step, strlen(step));
        const jnode *send = json_get(parsed, "send");
        if (!send) {
            json_free(parsed);
            break;
        }
        const char *url = json_get_str(send, "url");
        if (url && strstr(url, "api/auth")) out.token_requests++;
        const char *error = NULL;
        char *response = http_send(send, &error);
        kopru_string_free(step);
        step = NULL;
        out.rc = response ? kopru_session_receive(session, SPAN(response), client_now, &step, NULL)
                          : kopru_session_transport_failed(session, SPAN(error), 0, client_now, &step, NULL);
        free(response);
        json_free(parsed);
    }
    kopru_string_free(step);
    return out;
}

/* The last error's message, malloc'ed by kopru (free with kopru_string_free). */
static char *last_message(void) {
    char *message = NULL;
    kopru_last_error_message(&message, NULL);
    return message;
}

static kopru_session *new_session(void) {
    char *config = NULL;
    if (asprintf(&config,
                 "{\"service\":\"tedbul\",\"base_url\":\"%s/tedbul\",\"credentials\":{\"username\":\"demo\","
                 "\"password\":\"demo-password\",\"secretkey\":\"demo-secret\"}}",
                 sandbox_url) < 0)
        abort();
    kopru_session *session = NULL;
    kopru_result rc = kopru_session_new(SPAN(config), NULL, 0, &session);
    CHECK(rc == KOPRU_OK && session, "kopru_session_new gave %d", rc);
    free(config);
    return session;
}

static void test_clock_ahead_by_the_token_life(void) {
    kopru_session *session = new_session();
    if (!session) return;
    uint64_t ahead = real_now_ms() + 3 * HOUR_MS + MINUTE_MS;
    call_outcome first = run_call(session, ahead);
    char *message = last_message();
    CHECK(first.rc == KOPRU_AUTH && first.token_requests == 1, "first call: rc %d, %d logins", first.rc,
          first.token_requests);
    CHECK(message && strstr(message, "clock skew suspected") && strstr(message, "UTC"), "message: %s",
          message ? message : "(none)");
    kopru_string_free(message);
    int token_requests = first.token_requests;
    for (int i = 1; i < CALLS; i++) {
        call_outcome next = run_call(session, ahead + (uint64_t)i * 1000);
        token_requests += next.token_requests;
        CHECK(next.rc == KOPRU_AUTH, "call %d: rc %d", i, next.rc);
        if (next.rc != KOPRU_AUTH) break;
    }
    printf("tedbul, client clock 3 h 1 min ahead: %d token requests per %d calls\n", token_requests, CALLS);
    CHECK(token_requests <= LOGIN_CAP, "%d token requests in %d calls", token_requests, CALLS);
    message = last_message();
    CHECK(message && strstr(message, "max_logins_per_hour"), "then the cap: %s", message ? message : "(none)");
    kopru_string_free(message);
    kopru_session_free(session);
}

static void test_tokens_that_seem_to_live_a_minute(void) {
    kopru_session *session = new_session();
    if (!session) return;
    int token_requests = 0, most = 0, failed = 0;
    uint64_t started = real_now_ms();
    for (int i = 0; i < CALLS; i++) {
        call_outcome call = run_call(session, real_now_ms() + 3 * HOUR_MS - MINUTE_MS);
        token_requests += call.token_requests;
        if (call.token_requests > most) most = call.token_requests;
        if (call.rc != KOPRU_OK) failed++;
    }
    printf("tedbul, tokens seen living 1 min: %d token requests per %d calls in %llu s\n", token_requests, CALLS,
           (unsigned long long)((real_now_ms() - started) / 1000));
    CHECK(token_requests <= LOGIN_CAP, "%d token requests", token_requests);
    CHECK(most <= 2, "%d token requests in one call", most);
    CHECK(failed == 0, "%d of %d calls failed", failed, CALLS);
    kopru_session_free(session);
}

int main(void) {
    sandbox_url = getenv("KOPRU_SANDBOX_URL");
    if (!sandbox_url) {
        fprintf(stderr, "KOPRU_SANDBOX_URL is not set (start tests/sandbox-server)\n");
        return 2;
    }
    test_clock_ahead_by_the_token_life();
    test_tokens_that_seem_to_live_a_minute();
    return check_summary("C token traffic");
}
