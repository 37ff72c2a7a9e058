#define _GNU_SOURCE
#include "http.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
typedef SOCKET socket_fd;
#define NO_SOCKET INVALID_SOCKET
#define MSG_NOSIGNAL 0
#define close_socket closesocket
#else
#include <arpa/inet.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>
typedef int socket_fd;
#define NO_SOCKET (-1)
#define close_socket close
#endif

/* Starts Winsock once per process (nothing to do elsewhere); 0 when it cannot start. */
static int sockets_ready(void) {
#ifdef _WIN32
    static int started;
    if (!started) {
        WSADATA data;
        if (WSAStartup(MAKEWORD(2, 2), &data) != 0) return 0;
        started = 1;
    }
#endif
    return 1;
}

/* Splits "http://host:port/path" into its parts; 0 when it is not such a URL. */
static int split_url(const char *url, char *host, size_t host_cap, char *port, size_t port_cap,
                     const char **path) {
    const char *prefix = "http://";
    if (strncmp(url, prefix, strlen(prefix)) != 0) return 0;
    const char *h = url + strlen(prefix);
    const char *slash = strchr(h, '/');
    const char *end = slash ? slash : h + strlen(h);
    const char *colon = memchr(h, ':', (size_t)(end - h));
    const char *host_end = colon ? colon : end;
    if ((size_t)(host_end - h) >= host_cap) return 0;
    memcpy(host, h, (size_t)(host_end - h));
    host[host_end - h] = '\0';
    if (colon) {
        if ((size_t)(end - colon - 1) >= port_cap) return 0;
        memcpy(port, colon + 1, (size_t)(end - colon - 1));
        port[end - colon - 1] = '\0';
    } else {
        snprintf(port, port_cap, "80");
    }
    *path = slash ? slash : "/";
    return 1;
}

static socket_fd connect_to(const char *host, const char *port) {
    struct addrinfo hints = {0}, *res = NULL;
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    if (!sockets_ready() || getaddrinfo(host, port, &hints, &res) != 0) return NO_SOCKET;
    socket_fd fd = NO_SOCKET;
    for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {
        fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
        if (fd == NO_SOCKET) continue;
        if (connect(fd, ai->ai_addr, (int)ai->ai_addrlen) == 0) break;
        close_socket(fd);
        fd = NO_SOCKET;
    }
    freeaddrinfo(res);
    return fd;
}

static int send_all(socket_fd fd, const char *data, size_t len) {
    while (len > 0) {
        int chunk = len > 65536 ? 65536 : (int)len;
        int n = (int)send(fd, data, chunk, MSG_NOSIGNAL);
        if (n <= 0) return 0;
        data += n;
        len -= (size_t)n;
    }
    return 1;
}

/* Decodes a chunked body in place; returns its length, or (size_t)-1 when malformed. */
static size_t dechunk(char *body, size_t len) {
    size_t in = 0, out = 0;
    for (;;) {
        char *line_end = memchr(body + in, '\n', len - in);
        if (!line_end) return (size_t)-1;
        size_t size = strtoul(body + in, NULL, 16);
        in = (size_t)(line_end - body) + 1;
        if (size == 0) return out;
        if (in + size > len) return (size_t)-1;
        memmove(body + out, body + in, size);
        out += size;
        in += size;
        if (in < len && body[in] == '\r') in++;
        if (in < len && body[in] == '\n') in++;
    }
}

char *http_send(const jnode *request, const char **error) {
    const char *method = json_get_str(request, "method");
    const char *url = json_get_str(request, "url");
    const char *body = json_get_str(request, "body");
    char host[256], port[16];
    const char *path;
    if (!method || !url || !split_url(url, host, sizeof host, port, sizeof port, &path)) {
        *error = "not a plain http:// request";
        return NULL;
    }

    char *out = NULL;
    size_t len = 0, cap = 0;
    buf_append(&out, &len, &cap, method, strlen(method));
    buf_append(&out, &len, &cap, " ", 1);
    buf_append(&out, &len, &cap, path, strlen(path));
    buf_append(&out, &len, &cap, " HTTP/1.1\r\nHost: ", 17);
    buf_append(&out, &len, &cap, host, strlen(host));
    buf_append(&out, &len, &cap, "\r\nConnection: close\r\n", 21);
    const jnode *headers = json_get(request, "headers");
    for (const jnode *h = headers ? headers->child : NULL; h; h = h->next) {
        const jnode *name = json_at(h, 0), *value = json_at(h, 1);
        if (!name || !value || name->type != J_STRING || value->type != J_STRING) continue;
        if (strcasecmp(name->str, "host") == 0 || strcasecmp(name->str, "connection") == 0 ||
            strcasecmp(name->str, "content-length") == 0)
            continue; /* framing headers are this client's own */
        buf_append(&out, &len, &cap, name->str, strlen(name->str));
        buf_append(&out, &len, &cap, ": ", 2);
        buf_append(&out, &len, &cap, value->str, strlen(value->str));
        buf_append(&out, &len, &cap, "\r\n", 2);
    }
    char length_line[64];
    snprintf(length_line, sizeof length_line, "Content-Length: %zu\r\n\r\n", body ? strlen(body) : 0);
    buf_append(&out, &len, &cap, length_line, strlen(length_line));
    if (body) buf_append(&out, &len, &cap, body, strlen(body));

    socket_fd fd = connect_to(host, port);
    if (fd == NO_SOCKET) {
        free(out);
        *error = "connect failed";
        return NULL;
    }
    int sent = send_all(fd, out, len);
    free(out);
    out = NULL;
    len = cap = 0;
    if (!sent) {
        close_socket(fd);
        *error = "send failed";
        return NULL;
    }
    char chunk[4096];
    int n;
    while ((n = (int)recv(fd, chunk, (int)sizeof chunk, 0)) > 0) buf_append(&out, &len, &cap, chunk, (size_t)n);
    close_socket(fd);
    if (n < 0 || !out) {
        free(out);
        *error = "receive failed";
        return NULL;
    }

    char *head_end = strstr(out, "\r\n\r\n");
    int status = 0;
    if (!head_end || sscanf(out, "HTTP/1.%*d %d", &status) != 1) {
        free(out);
        *error = "malformed response";
        return NULL;
    }
    *head_end = '\0';
    char *resp_body = head_end + 4;
    size_t body_len = len - (size_t)(resp_body - out);

    char *json = NULL;
    size_t jlen = 0, jcap = 0;
    char status_text[48];
    snprintf(status_text, sizeof status_text, "{\"status\":%d,\"headers\":[", status);
    buf_append(&json, &jlen, &jcap, status_text, strlen(status_text));
    int chunked = 0, first = 1;
    char *line = strstr(out, "\r\n");
    while (line) {
        line += 2;
        char *next = strstr(line, "\r\n");
        size_t line_len = next ? (size_t)(next - line) : strlen(line);
        char *colon = memchr(line, ':', line_len);
        if (colon) {
            size_t name_len = (size_t)(colon - line);
            char *value = colon + 1;
            while (*value == ' ') value++;
            size_t value_len = line_len - (size_t)(value - line);
            if (name_len == 17 && strncasecmp(line, "transfer-encoding", 17) == 0 &&
                value_len >= 7 && strncasecmp(value, "chunked", 7) == 0)
                chunked = 1;
            buf_append(&json, &jlen, &jcap, first ? "[" : ",[", first ? 1 : 2);
            json_append_string(&json, &jlen, &jcap, line, name_len);
            buf_append(&json, &jlen, &jcap, ",", 1);
            json_append_string(&json, &jlen, &jcap, value, value_len);
            buf_append(&json, &jlen, &jcap, "]", 1);
            first = 0;
        }
        line = next;
    }
    if (chunked) {
        body_len = dechunk(resp_body, body_len);
        if (body_len == (size_t)-1) {
            free(out);
            free(json);
            *error = "malformed chunked body";
            return NULL;
        }
    }
    buf_append(&json, &jlen, &jcap, "],\"body\":", 9);
    json_append_string(&json, &jlen, &jcap, resp_body, body_len);
    buf_append(&json, &jlen, &jcap, "}", 1);
    free(out);
    return json;
}

int http_admin_post(const char *base_url, const char *path, const char *body) {
    char *request = NULL;
    size_t len = 0, cap = 0;
    char *url = NULL;
    if (asprintf(&url, "%s%s", base_url, path) < 0) abort();
    buf_append(&request, &len, &cap, "{\"method\":\"POST\",\"url\":", 23);
    json_append_string(&request, &len, &cap, url, strlen(url));
    buf_append(&request, &len, &cap, ",\"headers\":[[\"Content-Type\",\"application/json\"]],\"body\":", 56);
    json_append_string(&request, &len, &cap, body, strlen(body));
    buf_append(&request, &len, &cap, "}", 1);
    free(url);
    jnode *req = json_parse(request, len);
    const char *error = NULL;
    char *response = req ? http_send(req, &error) : NULL;
    jnode *resp = response ? json_parse(response, strlen(response)) : NULL;
    const jnode *status = json_get(resp, "status");
    int code = status ? atoi(status->text) : 0;
    json_free(resp);
    free(response);
    json_free(req);
    free(request);
    return code;
}

char *http_admin_get(const char *base_url, const char *path) {
    char *request = NULL;
    size_t len = 0, cap = 0;
    char *url = NULL;
    if (asprintf(&url, "%s%s", base_url, path) < 0) abort();
    buf_append(&request, &len, &cap, "{\"method\":\"GET\",\"url\":", 22);
    json_append_string(&request, &len, &cap, url, strlen(url));
    buf_append(&request, &len, &cap, ",\"headers\":[],\"body\":null}", 26);
    free(url);
    jnode *req = json_parse(request, len);
    const char *error = NULL;
    char *response = req ? http_send(req, &error) : NULL;
    jnode *resp = response ? json_parse(response, strlen(response)) : NULL;
    const char *body = json_get_str(resp, "body");
    char *copy = body ? strdup(body) : NULL;
    json_free(resp);
    free(response);
    json_free(req);
    free(request);
    return copy;
}
