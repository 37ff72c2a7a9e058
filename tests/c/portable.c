#define _GNU_SOURCE
#include "portable.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef _WIN32
#include <windows.h>
#else
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#endif

uint64_t portable_now_ms(void) {
#ifdef _WIN32
    FILETIME ft;
    GetSystemTimeAsFileTime(&ft);
    uint64_t ticks = ((uint64_t)ft.dwHighDateTime << 32) | ft.dwLowDateTime; /* 100 ns since 1601 */
    return ticks / 10000 - UINT64_C(11644473600000);
#else
    struct timeval tv;
    gettimeofday(&tv, NULL);
    return (uint64_t)tv.tv_sec * 1000 + (uint64_t)tv.tv_usec / 1000;
#endif
}

void portable_sleep_ms(uint64_t ms) {
#ifdef _WIN32
    Sleep((DWORD)ms);
#else
    struct timespec wait = {(time_t)(ms / 1000), (long)(ms % 1000) * 1000000L};
    nanosleep(&wait, NULL);
#endif
}

#ifdef _WIN32
typedef struct {
    void *(*body)(void *);
    void *arg;
    void *result;
} thread_call;

static DWORD WINAPI thread_entry(LPVOID param) {
    thread_call *call = param;
    call->result = call->body(call->arg);
    return 0;
}
#endif

void *portable_run_thread(void *(*body)(void *), void *arg) {
#ifdef _WIN32
    thread_call call = {body, arg, NULL};
    HANDLE thread = CreateThread(NULL, 0, thread_entry, &call, 0, NULL);
    if (!thread) abort();
    WaitForSingleObject(thread, INFINITE);
    CloseHandle(thread);
    return call.result;
#else
    pthread_t thread;
    void *result = NULL;
    if (pthread_create(&thread, NULL, body, arg) != 0) abort();
    pthread_join(thread, &result);
    return result;
#endif
}

char *portable_make_temp_dir(const char *prefix) {
#ifdef _WIN32
    char base[MAX_PATH + 1];
    DWORD n = GetTempPathA(sizeof base, base);
    if (n == 0 || n > MAX_PATH) return NULL;
    for (char *p = base; *p; p++)
        if (*p == '\\') *p = '/';
    for (int attempt = 0; attempt < 100; attempt++) {
        char *path = NULL;
        unsigned random_part = (unsigned)GetTickCount() ^ ((unsigned)GetCurrentProcessId() << 16) ^ (unsigned)attempt;
        if (asprintf(&path, "%s%s%08x", base, prefix, random_part) < 0) abort();
        if (CreateDirectoryA(path, NULL)) return path;
        free(path);
    }
    return NULL;
#else
    const char *tmp = getenv("TMPDIR");
    char *path = NULL;
    if (asprintf(&path, "%s/%sXXXXXX", tmp && *tmp ? tmp : "/tmp", prefix) < 0) abort();
    if (!mkdtemp(path)) {
        free(path);
        return NULL;
    }
    return path;
#endif
}

int portable_remove_dir(const char *path) {
#ifdef _WIN32
    return RemoveDirectoryA(path) ? 0 : -1;
#else
    return rmdir(path);
#endif
}

static int compare_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

char **portable_list_dir(const char *dir, const char *suffix, int *count) {
    *count = -1;
    DIR *d = opendir(dir);
    if (!d) return NULL;
    char **names = NULL;
    int n = 0, cap = 0;
    size_t suffix_len = strlen(suffix);
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        size_t len = strlen(e->d_name);
        if (len <= suffix_len || strcmp(e->d_name + len - suffix_len, suffix) != 0) continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            names = realloc(names, (size_t)cap * sizeof *names);
            if (!names) abort();
        }
        names[n] = strdup(e->d_name);
        if (!names[n]) abort();
        n++;
    }
    closedir(d);
    if (n > 1) qsort(names, (size_t)n, sizeof *names, compare_names);
    *count = n;
    return names;
}

void portable_free_names(char **names, int count) {
    for (int i = 0; i < count; i++) free(names[i]);
    free(names);
}

static const char *watchdog_message = "";
static const char *watchdog_what = "";

#ifdef _WIN32
static HANDLE watchdog_timer;

static VOID CALLBACK watchdog_callback(PVOID param, BOOLEAN fired) {
    (void)param;
    (void)fired;
    fputs(watchdog_message, stderr);
    fputs(watchdog_what, stderr);
    fputc('\n', stderr);
    fflush(stderr);
    _exit(2);
}

void portable_watchdog_arm(unsigned seconds, const char *message, const char *what) {
    watchdog_message = message;
    watchdog_what = what ? what : "";
    if (!CreateTimerQueueTimer(&watchdog_timer, NULL, watchdog_callback, NULL, seconds * 1000u, 0,
                               WT_EXECUTEONLYONCE))
        abort();
}

void portable_watchdog_disarm(void) {
    if (watchdog_timer) DeleteTimerQueueTimer(NULL, watchdog_timer, INVALID_HANDLE_VALUE);
    watchdog_timer = NULL;
}
#else
static void on_alarm(int sig) {
    (void)sig;
    /* Only async-signal-safe calls here: write and _exit. */
    if (write(STDERR_FILENO, watchdog_message, strlen(watchdog_message)) < 0 ||
        write(STDERR_FILENO, watchdog_what, strlen(watchdog_what)) < 0 || write(STDERR_FILENO, "\n", 1) < 0)
        _exit(3);
    _exit(2);
}

void portable_watchdog_arm(unsigned seconds, const char *message, const char *what) {
    watchdog_message = message;
    watchdog_what = what ? what : "";
    signal(SIGALRM, on_alarm);
    alarm(seconds);
}

void portable_watchdog_disarm(void) { alarm(0); }
#endif
