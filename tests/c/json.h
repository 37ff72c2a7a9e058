/*
 * A small JSON reader for the C tests: parses UTF-8 JSON text into a tree whose
 * nodes remember where they are in the source, so that a subtree can be handed
 * back to kopru as a (ptr, len) span without re-serialising it.
 */
#ifndef KOPRU_TEST_JSON_H
#define KOPRU_TEST_JSON_H

#include <stddef.h>

typedef enum { J_NULL, J_FALSE, J_TRUE, J_NUMBER, J_STRING, J_ARRAY, J_OBJECT } jtype;

typedef struct jnode {
    jtype type;
    const char *text; /* the node's JSON text inside the parsed source */
    size_t len;       /* its length in bytes */
    char *str;        /* J_STRING: the decoded value, NUL-terminated */
    size_t str_len;   /* J_STRING: its length in bytes (a NUL inside counts) */
    char *key;        /* member of a J_OBJECT: the decoded key */
    struct jnode *child; /* J_ARRAY / J_OBJECT: first element or member */
    struct jnode *next;  /* next sibling */
} jnode;

/* Parses `len` bytes of JSON text (which must outlive the tree); NULL if invalid. */
jnode *json_parse(const char *text, size_t len);
/* Frees a tree from json_parse; NULL is ignored. */
void json_free(jnode *node);
/* The member `key` of an object, or NULL. */
const jnode *json_get(const jnode *object, const char *key);
/* The string value of member `key`, or NULL when absent or not a string. */
const char *json_get_str(const jnode *object, const char *key);
/* The element at `index` of an array, or NULL. */
const jnode *json_at(const jnode *array, size_t index);
/* The number of elements or members. */
size_t json_count(const jnode *node);
/* Deep equality: numbers by value, objects regardless of member order. */
int json_equal(const jnode *a, const jnode *b);
/* Appends `text` to *buf as a JSON string literal (quotes included). */
void json_append_string(char **buf, size_t *len, size_t *cap, const char *text, size_t text_len);
/* Appends raw bytes to a growable buffer, keeping it NUL-terminated. */
void buf_append(char **buf, size_t *len, size_t *cap, const char *data, size_t data_len);
/* Reads a whole file, NUL-terminated, malloc'ed (length in *len); NULL on failure. */
char *read_whole_file(const char *path, size_t *len);

#endif
