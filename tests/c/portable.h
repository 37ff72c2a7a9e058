/*
 * What the C tests need from the operating system, for POSIX and for Windows
 * (mingw-w64, Winsock): the clock, sleeping, a thread, a temporary folder, a sorted
 * folder listing and a watchdog that ends a hung test.
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

#endif
