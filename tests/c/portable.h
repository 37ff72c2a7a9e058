/*
 * What the C tests need from the operating system, for POSIX and for Windows
 * (mingw-w64, Winsock): the clock, sleeping, a thread, a temporary folder, a sorted
 * folder listing, a watchdog that ends a hung test, and child processes running
 * this same program again (fork + exec on POSIX, CreateProcess on Windows).
 */
#ifndef KOPRU_TEST_PORTABLE_H
#define KOPRU_TEST_PORTABLE_H

#include <stddef.h>
#include <stdint.h>

/* Unix time in milliseconds. */
uint64_t portable_now_ms(void);

/* Sleeps for `ms` milliseconds. */
void portable_sleep_ms(uint64_t ms);

/* Runs `body(arg)` on a new OS thread and waits for it; returns its result. */
void *portable_run_thread(void *(*body)(void *), void *arg);

/* Creates a fresh folder under the system's temporary folder, named `prefix` + a
 * random part; returns its path (malloc'ed, '/'-free on Windows), NULL on failure. */
char *portable_make_temp_dir(const char *prefix);

/* Removes an empty folder; 0 on success. */
int portable_remove_dir(const char *path);

/* The names of the files in `dir` that end in `suffix`, sorted by strcmp; *count
 * receives how many (-1 when the folder cannot be read). Free with portable_free_names. */
char **portable_list_dir(const char *dir, const char *suffix, int *count);

/* Frees what portable_list_dir returned. */
void portable_free_names(char **names, int count);

/* Ends the process with status 2, after printing `message` + `what` on stderr, unless
 * portable_watchdog_disarm is called within `seconds`. One watchdog at a time. */
void portable_watchdog_arm(unsigned seconds, const char *message, const char *what);

/* Stops the watchdog armed last. */
void portable_watchdog_disarm(void);

/* A child process started by portable_spawn_self, with a pipe to its stdin and
 * one from its stdout (its stderr is the parent's). */
typedef struct portable_child portable_child;

/* Starts this same program again with the arguments `args` (NULL-terminated; no
 * argument may hold a double quote); NULL on failure. */
portable_child *portable_spawn_self(const char *const *args);

/* The child's process id (the one the OS and the child itself report). */
long portable_child_pid(const portable_child *child);

/* Writes `byte` to the child's stdin; 0 on success. */
int portable_child_send(portable_child *child, char byte);

/* Reads one byte of the child's stdout into *byte; 0 on success. */
int portable_child_receive(portable_child *child, char *byte);

/* Closes the child's stdin: its next read returns end of file. */
void portable_child_close_input(portable_child *child);

/* Waits for the child to end and frees it; returns its exit status (0-255), or -1
 * when it did not exit normally (a signal, a crash). */
int portable_child_wait(portable_child *child);

/* In a child: reads one byte of stdin into *byte (the pipe from the parent); 0 on
 * success, -1 at end of file or on error. */
int portable_parent_receive(char *byte);

/* In a child: writes `byte` to stdout (the pipe to the parent); 0 on success. */
int portable_parent_send(char byte);

#endif
