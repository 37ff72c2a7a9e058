/*
 * Failure paths of the state files through the C ABI, with real processes
 * against the loopback sandbox server (issues 10 and 12). The children are this
 * same program started again (`processes --child <role> <state_file>`: fork + exec
 * on POSIX, CreateProcess on Windows), told when to go through their stdin and
 * answering through their stdout:
 *   - 4 processes x 200 calls sharing one session state_file: one login between
 *     them, no call fails;
 *   - an unusable state_file ("", a folder, /dev/zero, a missing folder) is
 *     KOPRU_CONFIG from kopru_client_new, before anything is sent;
 *   - a save that fails after the call leaves the call's result, with a
 *     `state_not_saved` warning in it;
 *   - a second kopru_sync_run on a state file that a running one (another
 *     process) holds returns KOPRU_LOCKED naming the holder's pid, and nothing is
 *     created twice.
 * Usage: processes (needs KOPRU_SANDBOX_URL; its children inherit it).
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#ifdef _WIN32
#include <direct.h>
#endif

#include "check.h"
#include "http.h"
#include "json.h"
#include "kopru.h"
#include "portable.h"

#define SPAN(s) (const uint8_t *)(s), strlen(s)
#define PROCESSES 4
#define CALLS 200
#define CATALOGUE_PARAMS "{\"job\":\"catalogue\",\"marketplace\":\"entegra\"}"

static const char *sandbox_url;
static char *state_dir;

static const char *ENTEGRA_CREDENTIALS = "{\"email\":\"demo@kopru.dev\",\"password\":\"demo-password\"}";
static const char *ERP_CREDENTIALS = "{\"username\":\"demo\",\"password\":\"demo-password\"}";
static const char *TEDBUL_CREDENTIALS =
    "{\"username\":\"demo\",\"password\":\"demo-password\",\"secretkey\":\"demo-secret\"}";

/* A path in this test's folder, malloc'ed. */
static char *state_path(const char *name) {
    char *path = NULL;
    if (asprintf(&path, "%s/%s", state_dir, name) < 0) abort();
    return path;
}

/* Removes the files in `folder` (the state and lock files the clients left),
 * then the folder itself; 0 on success. */
static int remove_folder(const char *folder) {
    int count = 0;
    char **names = portable_list_dir(folder, "", &count);
    for (int i = 0; i < count; i++) {
        if (strcmp(names[i], ".") == 0 || strcmp(names[i], "..") == 0) continue;
        char *path = NULL;
        if (asprintf(&path, "%s/%s", folder, names[i]) < 0) abort();
        if (remove(path) != 0) fprintf(stderr, "could not remove %s\n", path);
        free(path);
    }
    portable_free_names(names, count);
    return portable_remove_dir(folder);
}

/* A client config on the loopback server with `state_file` (NULL: none), malloc'ed. */
static char *config_with(const char *service, const char *credentials, const char *state_file) {
    char *config = NULL;
    int n = state_file
                ? asprintf(&config, "{\"service\":\"%s\",\"base_url\":\"%s/%s\",\"credentials\":%s,\"state_file\":\"%s\"}",
                           service, sandbox_url, service, credentials, state_file)
                : asprintf(&config, "{\"service\":\"%s\",\"base_url\":\"%s/%s\",\"credentials\":%s}", service,
                           sandbox_url, service, credentials);
    if (n < 0) abort();
    return config;
}

/* A number from the server's stats: stats[service][key], or stats[service].paths[path][key]. */
static long server_stat(const char *service, const char *path, const char *key) {
    char *text = http_admin_get(sandbox_url, "/_admin/stats");
    jnode *stats = text ? json_parse(text, strlen(text)) : NULL;
    const jnode *of = json_get(stats, service);
    if (path) of = json_get(json_get(of, "paths"), path);
    const jnode *value = json_get(of, key);
    long count = value ? atol(value->text) : (path ? 0 : -1);
    json_free(stats);
    free(text);
    return count;
}

/* The calling thread's last error as JSON text (free with kopru_string_free). */
static char *last_error_text(void) {
    char *text = NULL;
    if (kopru_last_error_json(&text, NULL) != KOPRU_OK) return NULL;
    return text;
}

/* One child of the shared-state test: waits for the start signal (its stdin
 * closing), then makes its client and runs CALLS calls; its exit status is the
 * number of failed calls. */
static int shared_state_child(const char *state_file) {
    char go;
    portable_parent_receive(&go);
    char *config = config_with("tedbul", TEDBUL_CREDENTIALS, state_file);
    kopru_client *client = NULL;
    int failed = kopru_client_new(SPAN(config), &client) == KOPRU_OK ? 0 : CALLS;
    free(config);
    for (int i = 0; client && i < CALLS; i++) {
        char *result = NULL;
        kopru_result rc = kopru_client_call(client, SPAN("tedbul.ads.list"), SPAN("{}"), &result, NULL);
        if (rc != KOPRU_OK || !result || strstr(result, "\"warnings\"")) {
            char *error = last_error_text();
            fprintf(stderr, "  child call %d: %d %s\n", i, rc, error ? error : (result ? result : ""));
            kopru_string_free(error);
            failed++;
        }
        kopru_string_free(result);
    }
    kopru_client_free(client);
    return failed > 99 ? 99 : failed;
}

static void test_processes_share_one_login(void) {
    CHECK(http_admin_post(sandbox_url, "/_admin/reset", "{}") == 200, "reset the server");
    char *state_file = state_path("tedbul.session.json");
    const char *args[] = {"--child", "shared", state_file, NULL};
    portable_child *children[PROCESSES];
    for (int i = 0; i < PROCESSES; i++)
        if (!(children[i] = portable_spawn_self(args))) abort();
    for (int i = 0; i < PROCESSES; i++)
        portable_child_close_input(children[i]); /* every child's read returns now: they start together */
    int failed = 0, crashed = 0;
    for (int i = 0; i < PROCESSES; i++) {
        int status = portable_child_wait(children[i]);
        if (status >= 0)
            failed += status;
        else
            crashed++;
    }
    long logins = server_stat("tedbul", NULL, "logins");
    long requests = server_stat("tedbul", NULL, "requests");
    printf("processes: %d processes x %d calls on one state_file: %ld logins, %ld requests, %d failed calls\n",
           PROCESSES, CALLS, logins, requests, failed);
    CHECK(crashed == 0, "%d children did not exit", crashed);
    CHECK(failed == 0, "%d calls failed or warned", failed);
    CHECK(logins == 1, "one login between %d processes, got %ld", PROCESSES, logins);
    CHECK(requests == PROCESSES * CALLS + 1, "every call sent once plus the login: %ld", requests);
    free(state_file);
}

static void test_unusable_state_files_are_refused_up_front(void) {
    char *missing = state_path("missing/tedbul.json");
#ifdef _WIN32
    const char *device = "NUL";
#else
    const char *device = "/dev/zero";
#endif
    const char *paths[] = {"", state_dir, device, missing};
    for (size_t i = 0; i < sizeof paths / sizeof *paths; i++) {
        char *config = config_with("tedbul", TEDBUL_CREDENTIALS, paths[i]);
        kopru_client *client = NULL;
        kopru_result rc = kopru_client_new(SPAN(config), &client);
        CHECK(rc == KOPRU_CONFIG && client == NULL, "state_file \"%s\": %d", paths[i], rc);
        kopru_client_free(client);
        free(config);
    }
    free(missing);
}

static void test_a_failed_save_keeps_the_result_with_a_warning(void) {
    char *folder = state_path("gone");
    char *state_file = state_path("gone/tedbul.json");
#ifdef _WIN32
    _mkdir(folder);
#else
    mkdir(folder, 0700);
#endif
    char *config = config_with("tedbul", TEDBUL_CREDENTIALS, state_file);
    kopru_client *client = NULL;
    CHECK(kopru_client_new(SPAN(config), &client) == KOPRU_OK, "a client with a usable state_file");
    CHECK(remove_folder(folder) == 0, "the state folder is gone");
    char *result = NULL;
    kopru_result rc = kopru_client_call(client, SPAN("tedbul.ads.list"), SPAN("{}"), &result, NULL);
    jnode *parsed = result ? json_parse(result, strlen(result)) : NULL;
    const jnode *warning = json_at(json_get(parsed, "warnings"), 0);
    const char *kind = json_get_str(warning, "kind");
    CHECK(rc == KOPRU_OK && json_get(parsed, "items") != NULL, "the call's own result: %d %s", rc,
          result ? result : "");
    CHECK(kind && strcmp(kind, "state_not_saved") == 0, "a state_not_saved warning: %s", result ? result : "");
    json_free(parsed);
    kopru_string_free(result);
    kopru_client_free(client);
    free(config);
    free(state_file);
    free(folder);
}

/* The hook of the run that holds the lock: at its first call it tells the parent
 * (a byte on stdout) and waits for the parent's byte on stdin. */
static int32_t holding_hook(void *user_data, const char *kind, const uint8_t *json, size_t json_len) {
    (void)kind, (void)json, (void)json_len;
    int *told = user_data;
    if (!*told) {
        char byte = 1;
        *told = 1;
        if (portable_parent_send(byte) != 0 || portable_parent_receive(&byte) != 0) return 1;
    }
    return 0;
}

/* Runs the Entegra catalogue job with `state_file`; the report is freed. */
static kopru_result run_catalogue(const char *state_file, const char *params, kopru_sync_hook hook, void *user_data) {
    char *erp_config = config_with("erp", ERP_CREDENTIALS, NULL);
    char *entegra_config = config_with("entegra", ENTEGRA_CREDENTIALS, NULL);
    kopru_client *erp = NULL, *entegra = NULL;
    kopru_result rc = kopru_client_new(SPAN(erp_config), &erp);
    if (rc == KOPRU_OK) rc = kopru_client_new(SPAN(entegra_config), &entegra);
    char *report = NULL;
    if (rc == KOPRU_OK)
        rc = kopru_sync_run(erp, entegra, SPAN(params), SPAN(state_file), hook, user_data, &report, NULL);
    kopru_string_free(report);
    kopru_client_free(erp);
    kopru_client_free(entegra);
    free(erp_config);
    free(entegra_config);
    return rc;
}

/* The child that holds the lock: runs the catalogue job, pausing at its first call
 * until the parent says go on; its exit status is 0 when the run succeeded. */
static int holder_child(const char *state_file) {
    int told = 0;
    return run_catalogue(state_file, CATALOGUE_PARAMS, holding_hook, &told) == KOPRU_OK ? 0 : 1;
}

static void test_a_second_sync_run_is_locked_out(void) {
    CHECK(http_admin_post(sandbox_url, "/_admin/reset", "{}") == 200, "reset the server");
    char *state_file = state_path("entegra.catalogue.json");
    const char *args[] = {"--child", "holder", state_file, NULL};
    portable_child *holder = portable_spawn_self(args);
    if (!holder) abort();
    long holder_pid = portable_child_pid(holder);
    char byte = 0;
    CHECK(portable_child_receive(holder, &byte) == 0, "the first run started");
    kopru_result rc = run_catalogue(state_file, "{\"job\":\"catalogue\",\"marketplace\":\"entegra\",\"lock_wait_ms\":100}",
                                    NULL, NULL);
    char *error = last_error_text();
    jnode *parsed = error ? json_parse(error, strlen(error)) : NULL;
    const char *kind = json_get_str(parsed, "kind");
    const jnode *pid = json_get(parsed, "holder_pid");
    CHECK(rc == KOPRU_LOCKED && kind && strcmp(kind, "locked") == 0, "the second run: %d %s", rc, error ? error : "");
    CHECK(pid && atol(pid->text) == holder_pid, "the holder's pid %ld in %s", holder_pid, error ? error : "");
    json_free(parsed);
    kopru_string_free(error);
    if (portable_child_send(holder, byte) != 0) abort();
    int status = portable_child_wait(holder);
    CHECK(status == 0, "the first run finished: %d", status);
    rc = run_catalogue(state_file, CATALOGUE_PARAMS, NULL, NULL);
    CHECK(rc == KOPRU_OK, "a later run goes on: %d", rc);
    long created = server_stat("entegra", "POST /product/", "applied");
    long repeated = server_stat("entegra", "POST /product/", "repeated");
    printf("processes: overlapping catalogue runs: %ld creates applied, %ld repeated\n", created, repeated);
    CHECK(created > 0 && repeated == 0, "creates applied %ld, repeated %ld", created, repeated);
    free(state_file);
}

int main(int argc, char **argv) {
    sandbox_url = getenv("KOPRU_SANDBOX_URL");
    if (!sandbox_url) {
        fprintf(stderr, "set KOPRU_SANDBOX_URL (the loopback sandbox server)\n");
        return 2;
    }
    if (argc == 4 && strcmp(argv[1], "--child") == 0) {
        if (strcmp(argv[2], "shared") == 0) return shared_state_child(argv[3]);
        if (strcmp(argv[2], "holder") == 0) return holder_child(argv[3]);
        fprintf(stderr, "unknown child role %s\n", argv[2]);
        return 2;
    }
    state_dir = portable_make_temp_dir("kopru-processes-c-");
    if (!state_dir) abort();
    test_processes_share_one_login();
    test_unusable_state_files_are_refused_up_front();
    test_a_failed_save_keeps_the_result_with_a_warning();
    test_a_second_sync_run_is_locked_out();
    if (remove_folder(state_dir) != 0) fprintf(stderr, "could not remove %s\n", state_dir);
    free(state_dir);
    return check_summary("processes");
}
