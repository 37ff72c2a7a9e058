/*
 * The secrets canary of the C ABI: unique strings as password and secret key, and (through
 * a crafted state) as access and refresh tokens. Every error kind is provoked through the
 * session functions, with vendors and transports that echo the secrets back, plus the
 * failures of the C boundary itself; neither the last error's message nor its JSON may
 * contain a secret. The exported state holds the tokens (by design), never the password or
 * the secret key. Runs in-process, no server needed.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "kopru.h"

#define PASSWORD "canary-password-7f3a9c"
#define SECRET_KEY "canary-secretkey-51e2d8"
#define ACCESS "canary-access-9b4e06"
#define REFRESH "canary-refresh-c0d1f7"
#define HELD PASSWORD " " SECRET_KEY " " ACCESS " " REFRESH
#define SPAN(s) (const uint8_t *)(s), strlen(s)

static const char *FORBIDDEN[] = {PASSWORD, SECRET_KEY, ACCESS, REFRESH};
static const uint64_t NOW = 1700000000000ULL;
static const char *CONFIG = "{\"service\":\"tedbul\",\"max_retries\":0,\"credentials\":{\"username\":\"demo\","
                            "\"password\":\"" PASSWORD "\",\"secretkey\":\"" SECRET_KEY "\"}}";
static const char *STATE = "{\"version\":1,\"service\":\"tedbul\",\"account\":\"demo\",\"access_token\":\"" ACCESS
                           "\",\"access_expires_ms\":1900000000000,\"refresh_token\":\"" REFRESH
                           "\",\"refresh_expires_ms\":1900000000000}";
static const char *ECHO = "{\\\"message\\\":\\\"token " HELD "\\\",\\\"errors\\\":{\\\"x\\\":[\\\"" HELD "\\\"]}}";
static int kinds_seen[8];

/* Checks that neither view of the last error shows a secret, and notes its kind. */
static void check_last_error(const char *what) {
    char *message = NULL, *json = NULL;
    CHECK(kopru_last_error_message(&message, NULL) == KOPRU_OK, "%s: no message", what);
    CHECK(kopru_last_error_json(&json, NULL) == KOPRU_OK, "%s: no JSON", what);
    for (size_t i = 0; i < sizeof FORBIDDEN / sizeof *FORBIDDEN; i++) {
        CHECK(message && !strstr(message, FORBIDDEN[i]), "%s: the message shows %s: %s", what, FORBIDDEN[i], message);
        CHECK(json && !strstr(json, FORBIDDEN[i]), "%s: the JSON shows %s: %s", what, FORBIDDEN[i], json);
    }
    const char *kinds[] = {"", "validation", "api", "auth", "rate_limited", "transport", "decode", "config"};
    for (int k = 1; k < 8 && json; k++) {
        char *needle = NULL;
        if (asprintf(&needle, "\"kind\":\"%s\"", kinds[k]) < 0) abort();
        if (strstr(json, needle)) kinds_seen[k] = 1;
        free(needle);
    }
    kopru_string_free(message);
    kopru_string_free(json);
}

/* Starts the ads list and hands `response` back until the session fails. */
static void answered(kopru_session *session, const char *response, const char *what) {
    char *step = NULL;
    kopru_result rc = kopru_session_start(session, SPAN("tedbul.ads.list"), SPAN("{}"), NOW, &step, NULL);
    for (int i = 0; rc == KOPRU_OK && i < 10; i++) {
        kopru_string_free(step);
        step = NULL;
        rc = kopru_session_receive(session, SPAN(response), NOW, &step, NULL);
    }
    kopru_string_free(step);
    CHECK(rc != KOPRU_OK, "%s: no error", what);
    check_last_error(what);
}

static kopru_session *new_session(void) {
    kopru_session *session = NULL;
    CHECK(kopru_session_new(SPAN(CONFIG), SPAN(STATE), &session) == KOPRU_OK, "kopru_session_new");
    return session;
}

int main(void) {
    kopru_session *session = new_session();
    char *step = NULL;
    CHECK(kopru_session_start(session, SPAN("tedbul." PASSWORD "." ACCESS), SPAN("{}"), NOW, &step, NULL) ==
              KOPRU_CONFIG,
          "an unknown operation");
    check_last_error("config");
    CHECK(kopru_session_start(session, SPAN("tedbul.ads.list"), SPAN("{\"page\":\"" PASSWORD "\",\"" ACCESS "\":1}"),
                              NOW, &step, NULL) == KOPRU_VALIDATION,
          "invalid params");
    check_last_error("validation");
    const int statuses[] = {400, 404, 500, 401};
    for (size_t i = 0; i < sizeof statuses / sizeof *statuses; i++) {
        char *response = NULL;
        if (asprintf(&response, "{\"status\":%d,\"headers\":[],\"body\":\"%s\"}", statuses[i], ECHO) < 0) abort();
        answered(session, response, "a vendor error that echoes the secrets");
        free(response);
    }
    answered(session, "{\"status\":429,\"headers\":[[\"Retry-After\",\"" PASSWORD "\"]],\"body\":\"x\"}",
             "rate limited");
    kopru_session_free(session);
    session = new_session();
    answered(session,
             "{\"status\":200,\"headers\":[],\"body\":\"{\\\"status\\\":true,\\\"result\\\":{\\\"total\\\":1,"
             "\\\"data\\\":{\\\"price\\\":\\\"" HELD "\\\"}}}\"}",
             "decode");
    answered(session, "{\"status\":\"" PASSWORD "\",\"headers\":[],\"body\":\"\"}", "a response whose status is a secret");
    CHECK(kopru_session_start(session, SPAN("tedbul.ads.list"), SPAN("{}"), NOW, &step, NULL) == KOPRU_OK, "start");
    kopru_string_free(step);
    step = NULL;
    CHECK(kopru_session_transport_failed(session, SPAN("connect https://demo:" PASSWORD "@host/ failed: " HELD), 1, NOW,
                                         &step, NULL) == KOPRU_TRANSPORT,
          "transport");
    check_last_error("transport");

    char *state = NULL;
    CHECK(kopru_session_export_state(session, &state, NULL) == KOPRU_OK, "export state");
    CHECK(state && strstr(state, ACCESS), "the exported state holds the token: %s", state);
    CHECK(state && !strstr(state, PASSWORD) && !strstr(state, SECRET_KEY), "the state shows a password: %s", state);
    kopru_string_free(state);
    kopru_session_free(session);

    kopru_client *client = NULL;
    const char *sandbox = "{\"service\":\"tedbul\",\"sandbox\":true,\"credentials\":{\"username\":\"demo\","
                          "\"password\":\"" PASSWORD "\",\"secretkey\":\"" SECRET_KEY "\"}}";
    CHECK(kopru_client_new(SPAN(sandbox), &client) == KOPRU_OK, "kopru_client_new");
    char *result = NULL;
    CHECK(kopru_client_call(client, SPAN("tedbul.ads.list"), SPAN("{}"), &result, NULL) == KOPRU_AUTH,
          "the sandbox refuses the canary password");
    check_last_error("auth through the client");
    kopru_client_free(client);
    CHECK(kopru_client_new(SPAN("{\"service\":\"tedbul\",\"base_url\":\"http://u:" PASSWORD "@example.com\","
                                "\"credentials\":{\"username\":\"u\",\"password\":\"" PASSWORD "\",\"secretkey\":\"s\"}}"),
                           &client) == KOPRU_CONFIG,
          "a plain-http base URL with credentials in it");
    check_last_error("config with a URL that holds the password");

    for (int k = 1; k < 8; k++) CHECK(kinds_seen[k], "error kind %d was provoked", k);
    return check_summary("C secrets");
}
