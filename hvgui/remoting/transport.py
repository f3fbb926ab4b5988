"""requests' environment settings read once per session, not on every request.

With `trust_env` on, requests re-reads the proxy variables (and NO_PROXY, and the CA bundle
variables) from the whole environment on every request; that was about a sixth of the client's
time per refresh. pypsrp has already merged the environment's proxy settings (NO_PROXY included)
and CA bundle (REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE) into the session for this endpoint when it
builds it (pypsrp 0.9.1, _TransportHTTP._build_session, pinned), so the session keeps those and
stops looking.
Same hook as tls.pin_certificate; both may wrap the same builder.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import requests
from pypsrp.wsman import WSMan


def settle_environment(wsman: WSMan) -> None:
    transport: Any = wsman.transport
    build: Callable[[], requests.Session] = transport._build_session

    def build_settled() -> requests.Session:
        session = build()
        session.trust_env = False
        return session

    transport._build_session = build_settled
