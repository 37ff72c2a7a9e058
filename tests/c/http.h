/*
 * A minimal HTTP/1.1 client for plain http:// URLs, enough for the C tests to
 * carry a kopru session's requests to the loopback sandbox server by hand.
 */
#ifndef KOPRU_TEST_HTTP_H
#define KOPRU_TEST_HTTP_H

#include "json.h"

/*
 * Sends the request of a session step (`{"method","url","headers","body"}`) and
 * returns the response as kopru's response JSON (`{"status","headers","body"}`),
 * malloc'ed; NULL when the transport failed (the reason goes to *error, static).
 */
char *http_send(const jnode *request, const char **error);

/* POSTs the JSON `body` to `base_url` + `path` (an admin endpoint of the sandbox
 * server); returns the HTTP status, 0 when the transport failed. */
int http_admin_post(const char *base_url, const char *path, const char *body);

/* GETs `base_url` + `path` (an admin endpoint of the sandbox server); returns the
 * body text, malloc'ed; NULL when the transport failed. */
char *http_admin_get(const char *base_url, const char *path);

#endif
