"""pypsrp, requests and socket exceptions -> the hyperv.errors hierarchy.

Every mapped error names the host (the profile's display name) and carries a short technical detail
taken from the innermost cause. None of the texts can contain the password: pypsrp's messages name
the user and the auth method only, and requests' messages name the URL, which holds no credentials.
Callers raise the result outside their except block, so the original exception, whose request object
holds the Authorization header, is not kept as __context__.
"""

from __future__ import annotations

import re
import socket
import ssl
from collections.abc import Callable, Iterator

import requests
import urllib3.exceptions
from pypsrp.exceptions import (
    AuthenticationError,
    SerializationError,
    WinRMError,
    WinRMTransportError,
    WSManFaultError,
)
from spnego.exceptions import SpnegoError

from hvgui.hyperv.errors import (
    AccessDenied,
    AuthenticationFailed,
    CertificateChanged,
    CertificateUntrusted,
    CommandFailed,
    ConnectionLost,
    ErrorInfo,
    HostTimeout,
    HostUnreachable,
    HvError,
    HyperVModuleMissing,
    NameNotResolved,
    WinRMNotEnabled,
)

SHELL_NOT_FOUND = 0x8033805B  # 2150858843: the shell (our runspace pool) no longer exists on the host
OPERATION_TIMED_OUT = 0x80338029  # 2150858793: a Receive with nothing to say; pypsrp polls again
INVALID_RESOURCE_URI = 0x80338012  # the PowerShell endpoint is not registered (remoting disabled)
ACCESS_DENIED = (5, 0x80070005)
_GOT_FINGERPRINT = re.compile(r'got "([0-9a-fA-F:]+)"')
_HYPERV_CMDLET = re.compile(r"^[A-Za-z]+-VM[A-Za-z]*$")


def causes(exc: BaseException) -> Iterator[BaseException]:
    """exc and everything it wraps: __cause__/__context__, urllib3's .reason, requests' args[0]."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        candidates = [current.__cause__, current.__context__, getattr(current, "reason", None)]
        candidates.append(current.args[0] if current.args else None)
        current = next((c for c in candidates if isinstance(c, BaseException)), None)


def _innermost(exc: BaseException) -> str:
    chain = list(causes(exc))
    for item in reversed(chain):
        if isinstance(item, ssl.SSLCertVerificationError) and item.verify_message:
            return f"certificate verify failed: {item.verify_message}"
    last = chain[-1]
    text = str(last) or type(last).__name__
    return text if len(text) < 400 else text[:400] + "..."


def _has(exc: BaseException, *kinds: type[BaseException]) -> bool:
    return any(isinstance(item, kinds) for item in causes(exc))


def map_exception(
    exc: BaseException,
    host: str,
    *,
    opened: bool,
    pinned: str = "",
    fingerprint: Callable[[], str] | None = None,
) -> HvError | None:
    """The HvError for exc, or None when it is not an expected failure (a bug: let it propagate).

    opened: the runspace pool had been open, so a broken connection interrupted an operation.
    fingerprint: reads the presented certificate's SHA-256 without validation (for the prompt).
    """
    if isinstance(exc, HvError):
        return exc
    detail = _innermost(exc)
    if isinstance(exc, requests.exceptions.SSLError):
        return _tls_error(exc, host, detail, pinned, fingerprint)
    if isinstance(exc, requests.exceptions.ConnectTimeout | socket.timeout) and not opened:
        return HostUnreachable(host, f"no connection within the timeout ({detail})")
    if isinstance(exc, requests.exceptions.Timeout | socket.timeout):
        return HostTimeout(host, detail)
    if isinstance(exc, requests.exceptions.ConnectionError | OSError):
        return _connection_error(exc, host, detail, opened)
    if isinstance(exc, AuthenticationError | SpnegoError):
        # pypsrp's own text names the user and method; the HTTP 401 underneath says less.
        return AuthenticationFailed(host, str(exc) or detail)
    if isinstance(exc, WSManFaultError):
        return _fault(exc, host)
    if isinstance(exc, WinRMTransportError):
        if exc.code == 401:
            return AuthenticationFailed(host, f"HTTP {exc.code}")
        if exc.code == 403:
            return AccessDenied(host, f"HTTP {exc.code}")
        # Something answers HTTP on the port, but not with WS-Management.
        return WinRMNotEnabled(host, f"HTTP {exc.code} without a WS-Management answer")
    if isinstance(exc, SerializationError):
        info = ErrorInfo(f"hvgui could not read the host's answer: {detail}", "SerializationError")
        return CommandFailed(host, [info])
    if isinstance(exc, WinRMError):
        # Invalid pool/pipeline state, a reply to another request, a broken fragment: the session is
        # no longer trustworthy. Reconnecting is the remedy.
        return ConnectionLost(host, detail) if opened else HostUnreachable(host, detail)
    return None


def _tls_error(
    exc: BaseException, host: str, detail: str, pinned: str, fingerprint: Callable[[], str] | None
) -> HvError:
    text = " ".join(str(item) for item in causes(exc))
    if pinned and "Fingerprints did not match" in text:
        match = _GOT_FINGERPRINT.search(text)
        actual = match.group(1).replace(":", "").lower() if match else _safe(fingerprint)
        return CertificateChanged(
            host,
            f"trusted SHA-256 {pinned}, the host now presents {actual or 'an unreadable certificate'}",
            expected=pinned,
            actual=actual,
        )
    if _has(exc, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in text:
        return CertificateUntrusted(host, detail, fingerprint=_safe(fingerprint))
    if "WRONG_VERSION_NUMBER" in text or "record layer failure" in text:
        return WinRMNotEnabled(host, f"TLS handshake failed ({detail}): the port may be HTTP, not HTTPS")
    return HostUnreachable(host, f"TLS handshake failed: {detail}")


def _connection_error(exc: BaseException, host: str, detail: str, opened: bool) -> HvError:
    if _has(exc, urllib3.exceptions.NameResolutionError, socket.gaierror):
        return NameNotResolved(host, detail)
    if _has(exc, urllib3.exceptions.ConnectTimeoutError):
        return HostUnreachable(host, f"no connection within the timeout ({detail})")
    if _has(exc, urllib3.exceptions.NewConnectionError, ConnectionRefusedError):
        return HostUnreachable(host, detail)
    if opened:
        return ConnectionLost(host, detail)
    # Connected, then cut off before any HTTP answer: typically plain HTTP sent to an HTTPS port.
    return WinRMNotEnabled(host, f"the connection was closed without an answer ({detail})")


def _fault(exc: WSManFaultError, host: str) -> HvError:
    code = exc.code
    reason = str(exc.reason or "").strip()
    detail = f"WS-Management fault {code}: {reason}" if reason else f"WS-Management fault {code}"
    if code in ACCESS_DENIED or "access is denied" in reason.lower():
        return AccessDenied(host, detail)
    if code == SHELL_NOT_FOUND:
        return ConnectionLost(host, detail)
    lowered = reason.lower()
    if code == INVALID_RESOURCE_URI or "resource uri" in lowered or "not enabled" in lowered:
        return WinRMNotEnabled(host, detail)
    return CommandFailed(host, [ErrorInfo(reason or str(exc), f"WSManFault,{code}", "ProtocolError")])


def shell_lost(exc: BaseException) -> bool:
    """The host no longer knows our shell: nothing is left there to clean up."""
    return isinstance(exc, WSManFaultError) and exc.code == SHELL_NOT_FOUND


def command_error(host: str, errors: list[ErrorInfo], command: str) -> HvError:
    """Error records of a pipeline -> HyperVModuleMissing when a Hyper-V cmdlet is unknown, else CommandFailed."""
    for info in errors:
        if info.error_id == "CommandNotFoundException" and _HYPERV_CMDLET.match(info.target):
            return HyperVModuleMissing(host, info.message)
    if not errors:
        errors = [ErrorInfo("The command failed without reporting an error record.")]
    return CommandFailed(host, errors, command)


def _safe(fingerprint: Callable[[], str] | None) -> str:
    if fingerprint is None:
        return ""
    try:
        return fingerprint()
    except (OSError, ValueError):
        return ""
