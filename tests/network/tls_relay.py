"""A TLS front for the loopback sandbox server: accepts TLS on 127.0.0.1 with a
certificate signed by the test's own CA and relays the bytes to the plain-HTTP server.

    python3 tls_relay.py CERT KEY UPSTREAM_HOST:PORT

Prints ``listening PORT`` once it accepts connections; runs until killed.
"""

from __future__ import annotations

import socket
import ssl
import sys
import threading


def pipe(source: socket.socket, target: socket.socket) -> None:
    """Copies bytes from ``source`` to ``target`` until either side closes."""
    try:
        while chunk := source.recv(65536):
            target.sendall(chunk)
    except OSError:
        pass
    finally:
        for side in (source, target):
            try:
                side.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def serve(client: socket.socket, context: ssl.SSLContext, upstream: tuple[str, int]) -> None:
    """Completes the TLS handshake with one client and relays it to the upstream server."""
    try:
        secure = context.wrap_socket(client, server_side=True)
    except (ssl.SSLError, OSError):
        client.close()
        return
    with secure, socket.create_connection(upstream) as plain:
        back = threading.Thread(target=pipe, args=(plain, secure), daemon=True)
        back.start()
        pipe(secure, plain)
        back.join()


def main() -> None:
    cert, key, upstream_text = sys.argv[1:4]
    host, port = upstream_text.rsplit(":", 1)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    listener = socket.create_server(("127.0.0.1", 0))
    print(f"listening {listener.getsockname()[1]}", flush=True)
    while True:
        client, _ = listener.accept()
        threading.Thread(target=serve, args=(client, context, (host, int(port))), daemon=True).start()


if __name__ == "__main__":
    main()
