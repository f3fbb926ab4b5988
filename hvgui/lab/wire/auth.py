"""Who may talk to the lab: its one demo account, by Basic or by Negotiate (NTLM) with message encryption.

The account and its random password are created on first start and kept in the lab's directory; it
is the lab's own demo credential and the only secret the lab writes to disk. Negotiate needs
pyspnego's NTLM acceptor, which reads its user file from the NTLM_USER_FILE environment variable;
that variable is set only for the instant of each acceptor step, under a lock, and restored, so that
a client in the same process (the app in demo mode) never sees it.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import os
import re
import secrets
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path
from typing import Any, Protocol

import spnego
import spnego.exceptions

USERNAME = "labadmin"
DOMAIN = "LAB"
SOAP_CONTENT_TYPE = "application/soap+xml;charset=UTF-8"
_BOUNDARY = b"--Encrypted Boundary"
_SPNEGO_PROTOCOL = "application/HTTP-SPNEGO-session-encrypted"
ENCRYPTED_CONTENT_TYPE = f'multipart/encrypted;protocol="{_SPNEGO_PROTOCOL}";boundary="Encrypted Boundary"'


def write_private(path: Path, data: bytes) -> None:
    """Write a file only its owner can read (best effort on Windows, where modes are coarse)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)


@dataclass(frozen=True)
class LabCredentials:
    username: str
    domain: str
    password: str = field(repr=False)

    @classmethod
    def load_or_create(cls, directory: Path) -> LabCredentials:
        path = directory / "credentials.json"
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(str(data["username"]), str(data["domain"]), str(data["password"]))
        creds = cls(USERNAME, DOMAIN, secrets.token_urlsafe(18))
        write_private(
            path,
            json.dumps(
                {"username": creds.username, "domain": creds.domain, "password": creds.password}
            ).encode(),
        )
        return creds

    def accepts(self, user: str, password: str) -> bool:
        """user as 'labadmin', 'LAB\\labadmin', '.\\labadmin' or 'labadmin@LAB'."""
        name = user
        if "\\" in name:
            domain, name = name.split("\\", 1)
            if domain.upper() not in (self.domain.upper(), ".", ""):
                return False
        elif "@" in name:
            name, domain = name.split("@", 1)
            if domain.upper() != self.domain.upper():
                return False
        same_user = hmac.compare_digest(name.lower().encode(), self.username.lower().encode())
        same_password = hmac.compare_digest(password.encode(), self.password.encode())
        return same_user and same_password


@dataclass
class AuthStep:
    """ok: the request may be served with `body` (decrypted); otherwise answer 401 with `headers`."""

    ok: bool
    body: bytes = b""
    headers: list[tuple[str, str]] = field(default_factory=list)
    user: str = ""


class AuthError(Exception):
    """The connection's security context is unusable: answer and close it."""


class ConnectionAuth(Protocol):
    """Authentication state of one HTTP connection."""

    def authenticate(self, headers: Message, body: bytes, tls: bool) -> AuthStep: ...

    def wrap(self, body: bytes) -> tuple[str, bytes]: ...


class BasicAuth:
    def __init__(self, creds: LabCredentials) -> None:
        self._creds = creds

    def authenticate(self, headers: Message, body: bytes, tls: bool) -> AuthStep:
        header = headers.get("Authorization", "")
        if header[:6].lower() == "basic ":
            try:
                user, _, password = (
                    base64.b64decode(header[6:].strip(), validate=True).decode("utf-8").partition(":")
                )
            except (binascii.Error, UnicodeDecodeError, ValueError):
                user, password = "", ""
            if user and self._creds.accepts(user, password):
                return AuthStep(True, body, user=user)
        return AuthStep(False, headers=[("WWW-Authenticate", 'Basic realm="WSMAN"')])

    def wrap(self, body: bytes) -> tuple[str, bytes]:
        return SOAP_CONTENT_TYPE, body


class NtlmUserFile:
    """The acceptor's user file, made active only while pyspnego reads it."""

    _env_lock = threading.Lock()
    _VAR = "NTLM_USER_FILE"

    def __init__(self, directory: Path, creds: LabCredentials) -> None:
        self.path = directory / "ntlm-users"
        lines = [
            f"{creds.domain}:{creds.username}:{creds.password}",
            f":{creds.username}:{creds.password}",
            f":{creds.username}@{creds.domain}:{creds.password}",
        ]
        write_private(self.path, ("\n".join(lines) + "\n").encode("utf-8"))

    @contextmanager
    def active(self) -> Iterator[None]:
        with self._env_lock:
            previous = os.environ.get(self._VAR)
            os.environ[self._VAR] = str(self.path)
            try:
                yield
            finally:
                if previous is None:
                    os.environ.pop(self._VAR, None)
                else:
                    os.environ[self._VAR] = previous


_TOKEN = re.compile(r"^\s*(Negotiate|NTLM|Kerberos)\s+(\S+)", re.IGNORECASE)


class NegotiateAuth:
    """NTLM (raw or inside SPNEGO) bound to one connection, with WinRM message encryption."""

    def __init__(self, users: NtlmUserFile) -> None:
        self._users = users
        self._ctx: Any = None
        self._complete = False
        self._user = ""
        self._encrypt_reply = False

    def authenticate(self, headers: Message, body: bytes, tls: bool) -> AuthStep:
        extra: list[tuple[str, str]] = []
        match = _TOKEN.match(headers.get("Authorization", ""))
        if match:
            try:
                token = base64.b64decode(match.group(2), validate=True)
                with self._users.active():
                    if self._ctx is None or self._complete:
                        self._ctx = spnego.server(
                            protocol="negotiate", options=spnego.NegotiateOptions.wrapping_winrm
                        )
                        self._complete = False
                    out = self._ctx.step(token)
            except (binascii.Error, ValueError, spnego.exceptions.SpnegoError):
                self._ctx, self._complete = None, False
                return self._challenge()
            if not self._ctx.complete:
                return AuthStep(
                    False,
                    headers=[("WWW-Authenticate", "Negotiate " + base64.b64encode(out or b"").decode())],
                )
            self._complete = True
            self._user = str(getattr(self._ctx, "client_principal", None) or "")
            if out:
                extra.append(("WWW-Authenticate", "Negotiate " + base64.b64encode(out).decode()))
        if not self._complete:
            return self._challenge()
        content_type = headers.get("Content-Type", "").lower()
        self._encrypt_reply = content_type.startswith(("multipart/encrypted", "multipart/x-multi-encrypted"))
        if self._encrypt_reply:
            body = self._unwrap(body)
        elif body and not tls:
            # Like a Windows host with AllowUnencrypted=false: plain SOAP over HTTP is refused.
            return self._challenge()
        return AuthStep(True, body, extra, self._user)

    def wrap(self, body: bytes) -> tuple[str, bytes]:
        if not self._encrypt_reply or self._ctx is None:
            return SOAP_CONTENT_TYPE, body
        result = self._ctx.wrap_winrm(body)
        framed = b"".join(
            [
                _BOUNDARY + b"\r\n",
                f"\tContent-Type: {_SPNEGO_PROTOCOL}\r\n".encode(),
                f"\tOriginalContent: type={SOAP_CONTENT_TYPE};Length={len(body) + result.padding_length}\r\n".encode(),
                _BOUNDARY + b"\r\n",
                b"\tContent-Type: application/octet-stream\r\n",
                struct.pack("<I", len(result.header)),
                result.header,
                result.data,
                _BOUNDARY + b"--\r\n",
            ]
        )
        return ENCRYPTED_CONTENT_TYPE, framed

    def _unwrap(self, payload: bytes) -> bytes:
        marker = b"\tContent-Type: application/octet-stream\r\n"
        start = payload.find(marker)
        length = re.search(rb"Length=(\d+)", payload[: max(start, 0)])
        if start < 0 or length is None:
            raise AuthError("encrypted request without the expected MIME parts")
        data = payload[start + len(marker) :]
        trailer = _BOUNDARY + b"--\r\n"
        if data.endswith(trailer):
            data = data[: -len(trailer)]
        if len(data) < 4:
            raise AuthError("encrypted request too short")
        header_len = struct.unpack("<I", data[:4])[0]
        try:
            plain: bytes = self._ctx.unwrap_winrm(data[4 : 4 + header_len], data[4 + header_len :])
        except spnego.exceptions.SpnegoError as err:
            raise AuthError(f"cannot decrypt the request: {err}") from None
        if len(plain) != int(length.group(1)):
            raise AuthError("decrypted length does not match the announced length")
        return plain

    def _challenge(self) -> AuthStep:
        return AuthStep(False, headers=[("WWW-Authenticate", "Negotiate")])
