#define _GNU_SOURCE
#include "json.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *p;
    const char *end;
    int depth;
} reader;

static jnode *parse_value(reader *r);

static void skip_ws(reader *r) {
    while (r->p < r->end && (*r->p == ' ' || *r->p == '\t' || *r->p == '\n' || *r->p == '\r'))
        r->p++;
}

static jnode *new_node(jtype type, const char *start) {
    jnode *n = calloc(1, sizeof *n);
    if (n) {
        n->type = type;
        n->text = start;
    }
    return n;
}

static int hex4(const char *p, unsigned *out) {
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f') v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= (unsigned)(c - 'A' + 10);
        else return 0;
    }
    *out = v;
    return 1;
}

static size_t put_utf8(char *out, unsigned cp) {
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) { out[0] = (char)(0xC0 | (cp >> 6)); out[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12)); out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F)); return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18)); out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); out[3] = (char)(0x80 | (cp & 0x3F)); return 4;
}

/* Reads a string literal at r->p (the opening quote) into a new NUL-terminated buffer;
 * its length (which counts any NUL inside) goes to *out_len when out_len is not NULL. */
static char *parse_string_raw(reader *r, size_t *out_len) {
    if (r->p >= r->end || *r->p != '"') return NULL;
    r->p++;
    char *out = malloc((size_t)(r->end - r->p) + 1);
    if (!out) return NULL;
    size_t n = 0;
    while (r->p < r->end && *r->p != '"') {
        char c = *r->p++;
        if ((unsigned char)c < 0x20) goto fail;
        if (c != '\\') { out[n++] = c; continue; }
        if (r->p >= r->end) goto fail;
        c = *r->p++;
        switch (c) {
        case '"': out[n++] = '"'; break;
        case '\\': out[n++] = '\\'; break;
        case '/': out[n++] = '/'; break;
        case 'b': out[n++] = '\b'; break;
        case 'f': out[n++] = '\f'; break;
        case 'n': out[n++] = '\n'; break;
        case 'r': out[n++] = '\r'; break;
        case 't': out[n++] = '\t'; break;
        case 'u': {
            unsigned cp, low;
            if (r->end - r->p < 4 || !hex4(r->p, &cp)) goto fail;
            r->p += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                if (r->end - r->p < 6 || r->p[0] != '\\' || r->p[1] != 'u' || !hex4(r->p + 2, &low) ||
                    low < 0xDC00 || low > 0xDFFF)
                    goto fail;
                r->p += 6;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            }
            n += put_utf8(out + n, cp);
            break;
        }
        default: goto fail;
        }
    }
    if (r->p >= r->end) goto fail;
    r->p++;
    out[n] = '\0';
    if (out_len) *out_len = n;
    return out;
fail:
    free(out);
    return NULL;
}

static jnode *parse_container(reader *r, int is_object) {
    jnode *node = new_node(is_object ? J_OBJECT : J_ARRAY, r->p);
    if (!node) return NULL;
    char close = is_object ? '}' : ']';
    jnode **tail = &node->child;
    if (++r->depth > 200) goto fail;
    r->p++;
    skip_ws(r);
    if (r->p < r->end && *r->p == close) {
        r->p++;
        r->depth--;
        return node;
    }
    for (;;) {
        char *key = NULL;
        skip_ws(r);
        if (is_object) {
            key = parse_string_raw(r, NULL);
            if (!key) goto fail;
            skip_ws(r);
            if (r->p >= r->end || *r->p != ':') { free(key); goto fail; }
            r->p++;
        }
        jnode *child = parse_value(r);
        if (!child) { free(key); goto fail; }
        child->key = key;
        *tail = child;
        tail = &child->next;
        skip_ws(r);
        if (r->p < r->end && *r->p == ',') { r->p++; continue; }
        if (r->p < r->end && *r->p == close) { r->p++; break; }
        goto fail;
    }
    r->depth--;
    return node;
fail:
    json_free(node);
    return NULL;
}

static int match_word(reader *r, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(r->end - r->p) < n || memcmp(r->p, word, n) != 0) return 0;
    r->p += n;
    return 1;
}

static jnode *parse_value(reader *r) {
    skip_ws(r);
    if (r->p >= r->end) return NULL;
    const char *start = r->p;
    jnode *node = NULL;
    char c = *r->p;
    if (c == '{' || c == '[') {
        node = parse_container(r, c == '{');
    } else if (c == '"') {
        size_t str_len = 0;
        char *s = parse_string_raw(r, &str_len);
        if (!s) return NULL;
        node = new_node(J_STRING, start);
        if (!node) { free(s); return NULL; }
        node->str = s;
        node->str_len = str_len;
    } else if (match_word(r, "null")) {
        node = new_node(J_NULL, start);
    } else if (match_word(r, "true")) {
        node = new_node(J_TRUE, start);
    } else if (match_word(r, "false")) {
        node = new_node(J_FALSE, start);
    } else if (c == '-' || (c >= '0' && c <= '9')) {
        while (r->p < r->end && *r->p && strchr("+-0123456789.eE", *r->p)) r->p++;
        node = new_node(J_NUMBER, start);
    }
    if (node) node->len = (size_t)(r->p - start);
    return node;
}

jnode *json_parse(const char *text, size_t len) {
    reader r = {text, text + len, 0};
    jnode *root = parse_value(&r);
    skip_ws(&r);
    if (root && r.p != r.end) {
        json_free(root);
        return NULL;
    }
    return root;
}

void json_free(jnode *node) {
    while (node) {
        jnode *next = node->next;
        json_free(node->child);
        free(node->str);
        free(node->key);
        free(node);
        node = next;
    }
}

const jnode *json_get(const jnode *object, const char *key) {
    if (!object || object->type != J_OBJECT) return NULL;
    for (const jnode *c = object->child; c; c = c->next)
        if (strcmp(c->key, key) == 0) return c;
    return NULL;
}

const char *json_get_str(const jnode *object, const char *key) {
    const jnode *n = json_get(object, key);
    return n && n->type == J_STRING ? n->str : NULL;
}

const jnode *json_at(const jnode *array, size_t index) {
    if (!array || array->type != J_ARRAY) return NULL;
    const jnode *c = array->child;
    while (c && index--) c = c->next;
    return c;
}

size_t json_count(const jnode *node) {
    size_t n = 0;
    for (const jnode *c = node ? node->child : NULL; c; c = c->next) n++;
    return n;
}

int json_equal(const jnode *a, const jnode *b) {
    if (!a || !b) return a == b;
    if (a->type != b->type) return 0;
    switch (a->type) {
    case J_NULL: case J_TRUE: case J_FALSE: return 1;
    case J_NUMBER: {
        if (a->len == b->len && memcmp(a->text, b->text, a->len) == 0) return 1;
        char sa[64], sb[64];
        if (a->len >= sizeof sa || b->len >= sizeof sb) return 0;
        memcpy(sa, a->text, a->len); sa[a->len] = '\0';
        memcpy(sb, b->text, b->len); sb[b->len] = '\0';
        return strtod(sa, NULL) == strtod(sb, NULL);
    }
    case J_STRING: return strcmp(a->str, b->str) == 0;
    case J_ARRAY: {
        const jnode *x = a->child, *y = b->child;
        for (; x && y; x = x->next, y = y->next)
            if (!json_equal(x, y)) return 0;
        return !x && !y;
    }
    case J_OBJECT:
        if (json_count(a) != json_count(b)) return 0;
        for (const jnode *x = a->child; x; x = x->next)
            if (!json_equal(x, json_get(b, x->key))) return 0;
        return 1;
    }
    return 0;
}

void buf_append(char **buf, size_t *len, size_t *cap, const char *data, size_t data_len) {
    if (*len + data_len + 1 > *cap) {
        size_t want = *cap ? *cap : 256;
        while (*len + data_len + 1 > want) want *= 2;
        char *grown = realloc(*buf, want);
        if (!grown) { perror("realloc"); exit(2); }
        *buf = grown;
        *cap = want;
    }
    memcpy(*buf + *len, data, data_len);
    *len += data_len;
    (*buf)[*len] = '\0';
}

void json_append_string(char **buf, size_t *len, size_t *cap, const char *text, size_t text_len) {
    buf_append(buf, len, cap, "\"", 1);
    for (size_t i = 0; i < text_len; i++) {
        unsigned char c = (unsigned char)text[i];
        char esc[8];
        if (c == '"' || c == '\\') {
            esc[0] = '\\'; esc[1] = (char)c;
            buf_append(buf, len, cap, esc, 2);
        } else if (c < 0x20) {
            snprintf(esc, sizeof esc, "\\u%04x", c);
            buf_append(buf, len, cap, esc, 6);
        } else {
            buf_append(buf, len, cap, (const char *)&c, 1);
        }
    }
    buf_append(buf, len, cap, "\"", 1);
}

char *read_whole_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *data = NULL;
    size_t cap = 0;
    *len = 0;
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_append(&data, len, &cap, chunk, n);
    fclose(f);
    return data ? data : calloc(1, 1);
}
