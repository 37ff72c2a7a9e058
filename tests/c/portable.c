#define _GNU_SOURCE
#include "portable.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#else
#include <pthread.h>
#include <signal.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
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

#ifdef _WIN32
struct portable_child {
    HANDLE process, input, output;
    long pid;
};

/* The command line of this program with `args`, each in double quotes, malloc'ed. */
static char *command_line(const char *exe, const char *const *args) {
    size_t size = strlen(exe) + 3;
    for (const char *const *arg = args; *arg; arg++) size += strlen(*arg) + 3;
    char *line = malloc(size + 1);
    if (!line) abort();
    char *end = line + sprintf(line, "\"%s\"", exe);
    for (const char *const *arg = args; *arg; arg++) end += sprintf(end, " \"%s\"", *arg);
    return line;
}

portable_child *portable_spawn_self(const char *const *args) {
    char exe[MAX_PATH + 1];
    DWORD n = GetModuleFileNameA(NULL, exe, sizeof exe);
    if (n == 0 || n >= sizeof exe) return NULL;
    SECURITY_ATTRIBUTES inheritable = {sizeof inheritable, NULL, TRUE};
    HANDLE child_in, parent_out, parent_in, child_out;
    if (!CreatePipe(&child_in, &parent_out, &inheritable, 0)) return NULL;
    if (!CreatePipe(&parent_in, &child_out, &inheritable, 0)) abort();
    /* Only the child's ends are inherited, so a child never keeps another's pipe open. */
    SetHandleInformation(parent_out, HANDLE_FLAG_INHERIT, 0);
    SetHandleInformation(parent_in, HANDLE_FLAG_INHERIT, 0);
    STARTUPINFOA startup = {0};
    startup.cb = sizeof startup;
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = child_in;
    startup.hStdOutput = child_out;
    startup.hStdError = GetStdHandle(STD_ERROR_HANDLE);
    PROCESS_INFORMATION info;
    char *line = command_line(exe, args);
    BOOL started = CreateProcessA(exe, line, NULL, NULL, TRUE, 0, NULL, NULL, &startup, &info);
    free(line);
    CloseHandle(child_in);
    CloseHandle(child_out);
    if (!started) {
        CloseHandle(parent_out);
        CloseHandle(parent_in);
        return NULL;
    }
    CloseHandle(info.hThread);
    portable_child *child = malloc(sizeof *child);
    if (!child) abort();
    *child = (portable_child){info.hProcess, parent_out, parent_in, (long)info.dwProcessId};
    return child;
}

long portable_child_pid(const portable_child *child) { return child->pid; }

int portable_child_send(portable_child *child, char byte) {
    DWORD written = 0;
    return child->input && WriteFile(child->input, &byte, 1, &written, NULL) && written == 1 ? 0 : -1;
}

int portable_child_receive(portable_child *child, char *byte) {
    DWORD got = 0;
    return ReadFile(child->output, byte, 1, &got, NULL) && got == 1 ? 0 : -1;
}

void portable_child_close_input(portable_child *child) {
    if (child->input) CloseHandle(child->input);
    child->input = NULL;
}

int portable_child_wait(portable_child *child) {
    portable_child_close_input(child);
    DWORD status = 0;
    int result = WaitForSingleObject(child->process, INFINITE) == WAIT_OBJECT_0 &&
                         GetExitCodeProcess(child->process, &status) && status <= 255
                     ? (int)status
                     : -1;
    CloseHandle(child->output);
    CloseHandle(child->process);
    free(child);
    return result;
}

int portable_parent_receive(char *byte) {
    _setmode(_fileno(stdin), _O_BINARY);
    int c = getchar();
    if (c == EOF) return -1;
    *byte = (char)c;
    return 0;
}

int portable_parent_send(char byte) {
    _setmode(_fileno(stdout), _O_BINARY);
    return putchar((unsigned char)byte) != EOF && fflush(stdout) == 0 ? 0 : -1;
}
#else
struct portable_child {
    pid_t pid;
    int input, output;
};

portable_child *portable_spawn_self(const char *const *args) {
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return NULL;
    exe[n] = '\0';
    int to_child[2], from_child[2];
    if (pipe(to_child) != 0) return NULL;
    if (pipe(from_child) != 0) abort();
    size_t count = 0;
    while (args[count]) count++;
    char **argv = calloc(count + 2, sizeof *argv);
    if (!argv) abort();
    argv[0] = exe;
    for (size_t i = 0; i < count; i++) argv[i + 1] = (char *)args[i];
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        if (dup2(to_child[0], STDIN_FILENO) < 0 || dup2(from_child[1], STDOUT_FILENO) < 0) _exit(127);
        close(to_child[0]), close(to_child[1]), close(from_child[0]), close(from_child[1]);
        execv(exe, argv);
        _exit(127);
    }
    free(argv);
    close(to_child[0]);
    close(from_child[1]);
    if (pid < 0) {
        close(to_child[1]);
        close(from_child[0]);
        return NULL;
    }
    /* Later children must not inherit this one's pipe ends (its end of file would never come). */
    fcntl(to_child[1], F_SETFD, FD_CLOEXEC);
    fcntl(from_child[0], F_SETFD, FD_CLOEXEC);
    portable_child *child = malloc(sizeof *child);
    if (!child) abort();
    *child = (portable_child){pid, to_child[1], from_child[0]};
    return child;
}

long portable_child_pid(const portable_child *child) { return (long)child->pid; }

int portable_child_send(portable_child *child, char byte) {
    return child->input >= 0 && write(child->input, &byte, 1) == 1 ? 0 : -1;
}

int portable_child_receive(portable_child *child, char *byte) { return read(child->output, byte, 1) == 1 ? 0 : -1; }

void portable_child_close_input(portable_child *child) {
    if (child->input >= 0) close(child->input);
    child->input = -1;
}

int portable_child_wait(portable_child *child) {
    portable_child_close_input(child);
    int status = 0;
    pid_t waited;
    do
        waited = waitpid(child->pid, &status, 0);
    while (waited < 0 && errno == EINTR);
    close(child->output);
    free(child);
    return waited > 0 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int portable_parent_receive(char *byte) { return read(STDIN_FILENO, byte, 1) == 1 ? 0 : -1; }

int portable_parent_send(char byte) { return write(STDOUT_FILENO, &byte, 1) == 1 ? 0 : -1; }
#endif
