/*
 * A panic inside kopru never crosses into C: linked to a libkopru built with the cargo
 * feature `test-panic` (tests/suites/c.sh builds it into a separate target folder), this
 * calls the test-only exports that panic inside the panic guards. The fallible one
 * returns KOPRU_PANIC with a last error of kind "panic"; the one shaped like a _free
 * function returns normally; a sync run whose hook panics on the Rust side, right after
 * this file's C hook returned, returns KOPRU_PANIC too; the library keeps working
 * afterwards.
 */
#include <stdint.h>
#include <string.h>

#include "check.h"
#include "kopru.h"

/* Test-only exports (feature `test-panic`), not in kopru.h. */
kopru_result kopru_test_panic(void);
void kopru_test_panic_in_free(void);
kopru_result kopru_test_panic_in_sync_hook(kopru_sync_hook hook, void *user_data);

/* Counts its calls; the Rust side panics after the first one returns. */
static int32_t counting_hook(void *user_data, const char *kind, const uint8_t *json, size_t json_len) {
    (void)kind, (void)json, (void)json_len;
    (*(int *)user_data)++;
    return 0;
}

int main(void) {
    CHECK(kopru_test_panic() == KOPRU_PANIC, "a panic became KOPRU_PANIC");
    char *json = NULL;
    CHECK(kopru_last_error_json(&json, NULL) == KOPRU_OK && json, "a last error");
    CHECK(json && strstr(json, "\"kind\":\"panic\"") && strstr(json, "deliberate panic"), "kind panic: %s", json);
    kopru_string_free(json);

    kopru_test_panic_in_free();
    CHECK(1, "a panic inside a free function stayed inside");

    int hook_calls = 0;
    CHECK(kopru_test_panic_in_sync_hook(counting_hook, &hook_calls) == KOPRU_PANIC,
          "a panic in a sync run's hook became KOPRU_PANIC");
    CHECK(hook_calls == 1, "the C hook ran once before the panic: %d", hook_calls);
    CHECK(kopru_last_error_json(&json, NULL) == KOPRU_OK && json, "a last error");
    CHECK(json && strstr(json, "\"kind\":\"panic\"") && strstr(json, "after the hook returned"), "kind panic: %s",
          json);
    kopru_string_free(json);

    for (int i = 0; i < 100; i++) CHECK(kopru_test_panic() == KOPRU_PANIC, "panic %d", i);
    const char *config = "{\"service\":\"erp\",\"sandbox\":true,"
                         "\"credentials\":{\"username\":\"demo\",\"password\":\"demo-password\"}}";
    kopru_client *client = NULL;
    CHECK(kopru_client_new((const uint8_t *)config, strlen(config), &client) == KOPRU_OK, "kopru_client_new");
    char *result = NULL;
    CHECK(kopru_client_call(client, (const uint8_t *)"erp.products.list", 17, NULL, 0, &result, NULL) == KOPRU_OK,
          "the library still works after 101 panics");
    kopru_string_free(result);
    kopru_client_free(client);
    CHECK(kopru_last_error_json(&json, NULL) == KOPRU_OK && json && strcmp(json, "null") == 0, "cleared: %s", json);
    kopru_string_free(json);
    return check_summary("C panic guard");
}
