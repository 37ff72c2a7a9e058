/* The tiny test harness of the C tests: CHECK counts, failures are printed. */
#ifndef KOPRU_TEST_CHECK_H
#define KOPRU_TEST_CHECK_H

#include <stdio.h>

static int checks_passed, checks_failed;

#define CHECK(cond, ...)                                                  \
    do {                                                                  \
        if (cond) {                                                       \
            checks_passed++;                                              \
        } else {                                                          \
            checks_failed++;                                              \
            fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__);          \
            fprintf(stderr, __VA_ARGS__);                                 \
            fputc('\n', stderr);                                          \
        }                                                                 \
    } while (0)

/* Prints the summary line and gives the process exit status. */
static int check_summary(const char *what) {
    printf("%s: %d passed, %d failed\n", what, checks_passed, checks_failed);
    return checks_failed == 0 && checks_passed > 0 ? 0 : 1;
}

#endif
