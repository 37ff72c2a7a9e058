"""A tiny HTTP CONNECT proxy on loopback, the way company proxies tunnel HTTPS.

    python3 connect_proxy.py LOG_FILE USER:PASSWORD NAME=HOST:PORT ... [--tls CERT KEY]

It requires ``Proxy-Authorization: Basic`` with USER:PASSWORD (407 otherwise), resolves
only the names it is given (NAME=HOST:PORT; anything else gets 502, like a name the
company's DNS does not know) and appends one line per tunnel to LOG_FILE:
``CONNECT name:port 200`` / ``407`` / ``502``. With ``--tls`` the proxy itself speaks TLS
(an ``https://`` proxy) with that certificate. Prints ``listening PORT``; runs until killed.
"""

from __future__ import annotations

import base64
import socket
import ssl
import sys
import threading

from tls_relay import pipe


def read_head(client: socket.socket) -> bytes:
    """The request head, up to the blank line (at most 64 KiB)."""
    head = b""
    while b"\r\n\r\n" not in head and len(head) < 65536:
        chunk = client.recv(4096)
        if not chunk:
            break
        head += chunk
    return head


def handle(client: socket.socket, log_file: str, expected: str, names: dict[str, tuple[str, int]]) -> None:
    """Answers one CONNECT request and tunnels it."""
    with client:
        lines = read_head(client).decode("latin-1").split("\r\n")
        method, target, _ = (lines[0].split(" ") + ["", "", ""])[:3]
        headers = {
            name.strip().lower(): value.strip()
            for name, _, value in (line.partition(":") for line in lines[1:] if line)
        }
        credentials = headers.get("proxy-authorization", "")
        given = ""
        if credentials.lower().startswith("basic "):
            given = base64.b64decode(credentials[6:]).decode("utf-8", "replace")
        if method != "CONNECT":
            status = "405 Method Not Allowed"
        elif given != expected:
            status = "407 Proxy Authentication Required"
        elif target.rsplit(":", 1)[0] not in names:
            status = "502 Bad Gateway"
        else:
            status = "200 Connection established"
        with open(log_file, "a", encoding="utf-8") as log:
            log.write(f"{method} {target} {status.split(' ')[0]}\n")
        extra = 'Proxy-Authenticate: Basic realm="company"\r\n' if status.startswith("407") else ""
        client.sendall(f"HTTP/1.1 {status}\r\n{extra}Content-Length: 0\r\n\r\n".encode())
        if not status.startswith("200"):
            return
        with socket.create_connection(names[target.rsplit(":", 1)[0]]) as upstream:
            back = threading.Thread(target=pipe, args=(upstream, client), daemon=True)
            back.start()
            pipe(client, upstream)
            back.join()


def main() -> None:
    arguments = sys.argv[1:]
    context = None
    if "--tls" in arguments:
        at = arguments.index("--tls")
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(arguments[at + 1], arguments[at + 2])
        del arguments[at : at + 3]
    log_file, expected = arguments[:2]
    names = {}
    for mapping in arguments[2:]:
        name, address = mapping.split("=", 1)
        host, port = address.rsplit(":", 1)
        names[name] = (host, int(port))
    listener = socket.create_server(("127.0.0.1", 0))
    print(f"listening {listener.getsockname()[1]}", flush=True)
    while True:
        client, _ = listener.accept()
        if context is not None:
            try:
                client = context.wrap_socket(client, server_side=True)
            except (ssl.SSLError, OSError):
                client.close()
                continue
        threading.Thread(target=handle, args=(client, log_file, expected, names), daemon=True).start()


if __name__ == "__main__":
    main()
