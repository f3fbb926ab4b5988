"""HTTP(S) for one simulated host: framing, keep-alive, authentication, fault injection.

One listening socket per host; each accepted connection gets its own thread (the long-polling
Receive holds its thread, and NTLM's security context belongs to the connection anyway).
"""

from __future__ import annotations

import contextlib
import logging
import socket
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from hvgui.lab.wire import soap
from hvgui.lab.wire.auth import AuthError, ConnectionAuth
from hvgui.lab.wire.faults import DropConnection, HostFaults
from hvgui.lab.wire.soap import WSManFault
from hvgui.lab.wire.wsman import Caller, HostService

log = logging.getLogger(__name__)

MAX_BODY = 512 * 1024
# An oversized body up to this size is read and answered with a fault; beyond it the
# connection is simply closed rather than reading megabytes from a misbehaving client.
_DISCARD_LIMIT = 8 * 1024 * 1024


@dataclass
class HostContext:
    """What the request handler needs to know about its host."""

    name: str
    fqdn: str
    service: HostService
    faults: HostFaults
    auth_factory: Callable[[], ConnectionAuth]
    is_down: Callable[[], bool]
    ssl_context: ssl.SSLContext | None = None
    _connections: set[socket.socket] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def track(self, conn: socket.socket) -> None:
        with self._lock:
            self._connections.add(conn)

    def untrack(self, conn: socket.socket) -> None:
        with self._lock:
            self._connections.discard(conn)

    def close_connections(self) -> None:
        with self._lock:
            conns = list(self._connections)
        for conn in conns:
            _shutdown(conn)


class HostHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    # A hung request must never make server_close() wait for its thread.
    block_on_close = False
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], host: HostContext) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.host = host
        super().__init__(address, WSManHandler)

    def get_request(self) -> tuple[Any, Any]:
        sock, addr = super().get_request()
        # Without it Nagle and delayed ACK add ~40 ms to every request/response pair.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sock, addr

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients vanishing mid-request (timeouts, drops, TLS rejections) are routine here.
        log.debug("%s: connection from %s ended with an error", self.host.name, client_address, exc_info=True)


class WSManHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "Microsoft-HTTPAPI/2.0"
    sys_version = ""
    timeout = 300  # idle keep-alive connections are closed after this many seconds
    server: HostHTTPServer

    def setup(self) -> None:
        host = self.server.host
        # Tracked and time-limited before the TLS handshake, so that a client that connects and
        # says nothing can neither pin a thread forever nor outlive the server's stop().
        self.request.settimeout(self.timeout)
        if host.ssl_context is not None:
            # wrap_socket takes over the plain socket's descriptor; the handshake runs only once the
            # TLS socket is tracked, so stop() can cut it short.
            self.request = host.ssl_context.wrap_socket(
                self.request, server_side=True, do_handshake_on_connect=False
            )
        self._tracked: socket.socket = self.request
        host.track(self._tracked)
        try:
            if host.ssl_context is not None:
                self.request.do_handshake()
        except BaseException:
            host.untrack(self._tracked)
            raise
        super().setup()
        self._auth = host.auth_factory()

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.host.untrack(self._tracked)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s: %s", self.server.host.name, format % args)

    def do_GET(self) -> None:
        self._reply(405, b"", [("Allow", "POST")])

    def do_POST(self) -> None:
        try:
            self._post()
        except DropConnection:
            self._drop()
        except AuthError as err:
            log.info("%s: closing a connection: %s", self.server.host.name, err)
            self.close_connection = True
            self._reply(400, b"", [("Connection", "close")])

    def _post(self) -> None:
        host = self.server.host
        body = self._read_body()
        if body is None:
            return
        if host.is_down():
            raise DropConnection
        host.faults.delay()
        if self.path.split("?", 1)[0].rstrip("/").lower() != "/wsman":
            self._reply(404, b"")
            return
        step = self._auth.authenticate(self.headers, body, host.ssl_context is not None)
        if not step.ok:
            self._reply(401, b"", step.headers)
            return
        if not step.body:
            # pypsrp's empty first POST only sets up the security context for message encryption.
            self._reply(200, b"", step.headers)
            return
        status, response = self._serve(step.body, step.user)
        content_type, payload = self._auth.wrap(response)
        self._reply(status, payload, [*step.headers, ("Content-Type", content_type)])

    def _serve(self, body: bytes, user: str) -> tuple[int, bytes]:
        host = self.server.host
        message_id = ""
        try:
            req = soap.parse_request(body)
            message_id = req.message_id
            scheme = "https" if host.ssl_context is not None else "http"
            caller = Caller(
                user, self.client_address[0], f"{scheme}://{self.headers.get('Host', host.fqdn)}/wsman"
            )
            return 200, host.service.handle(req, caller)
        except WSManFault as fault:
            return 500, soap.fault_envelope(fault, message_id, host.fqdn)
        except DropConnection:
            raise
        except ConnectionError as err:
            # The lab says the host is down (it went down mid-request): nothing answers any more.
            raise DropConnection from err
        except Exception:
            log.exception("%s: request failed", host.name)
            internal = WSManFault(
                soap.E_PLUGIN_FAILED,
                "w:InternalError",
                "The lab host failed to process the request.",
                sender=False,
            )
            return 500, soap.fault_envelope(internal, message_id, host.fqdn)

    def _read_body(self) -> bytes | None:
        """The request body, or None when the request was already answered."""
        length_text = self.headers.get("Content-Length")
        if length_text is None:
            if self.headers.get("Transfer-Encoding"):
                self.close_connection = True
                self._reply(411, b"", [("Connection", "close")])
                return None
            return b""
        try:
            length = int(length_text)
            if length < 0:
                raise ValueError(length_text)
        except ValueError:
            self.close_connection = True
            self._reply(400, b"", [("Connection", "close")])
            return None
        if length <= MAX_BODY:
            return self.rfile.read(length)
        self.close_connection = True
        if length > _DISCARD_LIMIT:
            self._drop()
            return None
        remaining = length
        while remaining > 0:
            chunk = self.rfile.read(min(remaining, 65536))
            if not chunk:
                break
            remaining -= len(chunk)
        fault = WSManFault(
            soap.E_ENCODING_LIMIT,
            "w:EncodingLimit",
            f"The WS-Management service cannot process the request because the request of {length} bytes "
            f"exceeds the maximum envelope size of {MAX_BODY} bytes.",
        )
        self._reply(
            500,
            soap.fault_envelope(fault, "", self.server.host.fqdn),
            [("Content-Type", soap_content_type()), ("Connection", "close")],
        )
        return None

    def _reply(self, status: int, payload: bytes, headers: list[tuple[str, str]] | None = None) -> None:
        self.send_response(status)
        for name, value in headers or []:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if payload:
            self.wfile.write(payload)
        self.wfile.flush()

    def _drop(self) -> None:
        self.close_connection = True
        _shutdown(self.connection)


def soap_content_type() -> str:
    return "application/soap+xml;charset=UTF-8"


def _shutdown(conn: socket.socket) -> None:
    with contextlib.suppress(OSError):
        conn.shutdown(socket.SHUT_RDWR)
