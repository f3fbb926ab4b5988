"""TLS trust for WinRM over HTTPS: the server certificate's fingerprint, and pinning to it.

A host with a self-signed or privately issued certificate is common for WinRM. Instead of turning
validation off, the user compares the SHA-256 fingerprint we show and, if it matches what the host
presents, that fingerprint is pinned in the profile: the connection then accepts exactly that
certificate (and no CA is consulted for this host) and refuses any other one.
"""

from __future__ import annotations

import hashlib
import ipaddress
import socket
import ssl
from collections.abc import Callable
from typing import Any, cast

import requests
import requests.adapters
from pypsrp.wsman import WSMan


def fingerprint_of(der: bytes) -> str:
    return hashlib.sha256(der).hexdigest()


def fetch_certificate_fingerprint(host: str, port: int, timeout: float) -> str:
    """The SHA-256 of the certificate the server presents, read WITHOUT validating it.

    Only for showing it to the user ("do you trust this certificate?") and for reporting a change;
    never a reason to trust anything by itself. Blocking: call it on the host's worker thread.
    """
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    # SNI lets a server with several certificates present the one for this name, as requests would.
    server_hostname = None if _is_ip(host) else host
    with (
        socket.create_connection((host, port), timeout=timeout) as raw,
        context.wrap_socket(raw, server_hostname=server_hostname) as tls,
    ):
        der = tls.getpeercert(binary_form=True)
    if not der:
        raise ssl.SSLError("the server presented no certificate")
    return fingerprint_of(der)


def pin_certificate(wsman: WSMan, fingerprint: str) -> None:
    """Make `wsman` accept only the certificate with this SHA-256 fingerprint.

    pypsrp builds its requests.Session lazily in _TransportHTTP._build_session (pypsrp 0.9.1) and
    offers no option for this. We wrap that method: after pypsrp has mounted its own adapters (with
    its retry policy), urllib3's assert_fingerprint is added to the https pool manager's connection
    settings, so every new TLS connection compares the fingerprint right after the handshake and
    raises SSLError("Fingerprints did not match ...") otherwise. The caller passes
    cert_validation=False, which only switches off CA and host name checks; urllib3 still marks the
    connection verified because a fingerprint was asserted.
    """
    transport: Any = wsman.transport
    build: Callable[[], requests.Session] = transport._build_session

    def build_pinned() -> requests.Session:
        session = build()
        adapter = cast(requests.adapters.HTTPAdapter, session.get_adapter("https://"))
        adapter.poolmanager.connection_pool_kw["assert_fingerprint"] = fingerprint
        # An HTTPS proxy gets its own pool manager: give it the fingerprint as well, or a proxied
        # connection would skip the check with validation off.
        proxy_manager_for = adapter.proxy_manager_for

        def pinned_proxy_manager(proxy: str, **kwargs: Any) -> Any:
            return proxy_manager_for(proxy, assert_fingerprint=fingerprint, **kwargs)

        adapter.proxy_manager_for = pinned_proxy_manager  # type: ignore[method-assign]
        return session

    transport._build_session = build_pinned


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True
