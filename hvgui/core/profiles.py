"""Connection profiles: how to reach a host, saved as JSON in the user's config directory.

A profile never holds a password; core.secrets keeps those in the system keyring. The file is
replaced atomically, so a crash while saving leaves the old or the new list, never half of one. A
file that cannot be read as a profile list is renamed aside (kept for the user, never overwritten)
and reported through ProfileStore.problem; the application starts with no profiles.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from hvgui.core import paths
from hvgui.hyperv.errors import Message, message

log = logging.getLogger(__name__)

AUTH_METHODS = ("negotiate", "kerberos", "ntlm", "basic", "credssp")
HTTP_PORT, HTTPS_PORT = 5985, 5986
FILE_NAME = "connections.json"
FORMAT_VERSION = 1
_FINGERPRINT = re.compile(r"^[0-9a-f]{64}$")
_HOST_FORBIDDEN = re.compile(r"[\s/\\@?#]")


def normalize_fingerprint(text: str) -> str:
    """Fingerprint text as other tools show it (AB:CD:... or with spaces) -> hex, lower, no colons."""
    return re.sub(r"[\s:]", "", text).lower()


def credssp_available() -> bool:
    return importlib.util.find_spec("requests_credssp") is not None


@dataclass(frozen=True)
class ConnectionProfile:
    name: str  # display name, usually the host name
    host: str
    port: int = 0  # 0 = default for the scheme (5985 http / 5986 https)
    use_https: bool = True
    auth: str = "negotiate"  # negotiate | kerberos | ntlm | basic | credssp
    username: str = ""
    ca_file: str = ""  # "" = system trust
    pinned_sha256: str = ""  # accepted certificate fingerprint (hex, lower, no colons)
    save_password: bool = False

    def effective_port(self) -> int:
        if self.port:
            return self.port
        return HTTPS_PORT if self.use_https else HTTP_PORT

    def with_pin(self, fingerprint: str) -> ConnectionProfile:
        return replace(self, pinned_sha256=normalize_fingerprint(fingerprint))

    def validate(self) -> None:
        """Raise ProfileInvalid (a ValueError) with a sentence the user can act on.

        str() of it is the English sentence; its message (key, template, arguments) lets the ui say it
        in the user's language (hvgui/ui/precondition_texts.py).
        """
        if not self.name.strip():
            raise ProfileInvalid(message("profile_no_name", "The connection needs a name."))
        host = self.host.strip()
        if not host:
            raise ProfileInvalid(message("profile_no_host", "Enter the host name or IP address."))
        if host != self.host or _HOST_FORBIDDEN.search(host):
            raise ProfileInvalid(
                message(
                    "profile_bad_host",
                    "'%1' is not a host name: enter only the name or IP address, without spaces, scheme, "
                    "path or user name.",
                    self.host,
                )
            )
        if isinstance(self.port, bool) or not 0 <= self.port <= 65535:
            raise ProfileInvalid(
                message(
                    "profile_port_range",
                    "The port must be between 1 and 65535 (0 for the default), not %1.",
                    str(self.port),
                )
            )
        if self.auth not in AUTH_METHODS:
            raise ProfileInvalid(
                message(
                    "profile_unknown_auth",
                    "Unknown authentication '%1'; choose one of %2.",
                    self.auth,
                    ", ".join(AUTH_METHODS),
                )
            )
        if self.auth == "basic" and not self.use_https:
            raise ProfileInvalid(
                message(
                    "profile_basic_needs_https",
                    "Basic authentication sends the password readable by anyone on the network; "
                    "it is only allowed over HTTPS.",
                )
            )
        if self.auth == "credssp" and not credssp_available():
            raise ProfileInvalid(
                message(
                    "profile_credssp_missing",
                    "CredSSP needs the Python package requests-credssp, which is not installed. "
                    "Install it or choose another authentication.",
                )
            )
        if self.pinned_sha256 and not _FINGERPRINT.match(self.pinned_sha256):
            raise ProfileInvalid(
                message(
                    "profile_bad_fingerprint",
                    "The trusted certificate fingerprint must be 64 hexadecimal digits (SHA-256).",
                )
            )


class ProfileInvalid(ValueError):
    """A profile that cannot be used; str() is the English sentence, message its key and arguments."""

    def __init__(self, words: Message) -> None:
        super().__init__(str(words))
        self.message = words


# The JSON type each field must have, taken from the defaults of an empty profile.
_TYPES: dict[str, type] = {
    f.name: type(getattr(ConnectionProfile("", ""), f.name)) for f in fields(ConnectionProfile)
}


def _profile_from_json(raw: object) -> ConnectionProfile:
    if not isinstance(raw, dict):
        raise TypeError("a profile is not a JSON object")
    values: dict[str, Any] = {}
    for key, kind in _TYPES.items():
        if key not in raw:
            continue
        value = raw[key]
        # bool is an int in Python; a port of `true` is damage, not a port.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise TypeError(f"'{key}' should be {kind.__name__}, found {type(value).__name__}")
        values[key] = value
    if "name" not in values or "host" not in values:
        raise TypeError("a profile lacks its name or host")
    # Keys written by a newer version are ignored rather than treated as damage.
    return ConnectionProfile(**values)


class ProfileStore:
    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory if directory is not None else paths.config_dir()
        self.problem: str | None = None

    @property
    def path(self) -> Path:
        return self.directory / FILE_NAME

    def load(self) -> list[ConnectionProfile]:
        self.problem = None
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        except (OSError, UnicodeDecodeError) as exc:
            if isinstance(exc, UnicodeDecodeError):
                return self._set_aside(f"it is not UTF-8 text ({exc.reason})")
            self.problem = f"The saved connections could not be read from {self.path}: {exc.strerror or exc}"
            log.warning("%s", self.problem)
            return []
        try:
            document = json.loads(text)
            if not isinstance(document, dict) or not isinstance(document.get("profiles"), list):
                raise TypeError("the file has no list of profiles")
            return [_profile_from_json(raw) for raw in document["profiles"]]
        except (ValueError, TypeError) as exc:
            return self._set_aside(str(exc))

    def save(self, profiles: Sequence[ConnectionProfile]) -> None:
        document = {"version": FORMAT_VERSION, "profiles": [asdict(p) for p in profiles]}
        data = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
        self.directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{FILE_NAME}.", suffix=".tmp", dir=self.directory)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(data)
                handle.flush()
                # Without fsync a power cut after os.replace can leave an empty file on some filesystems.
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def _set_aside(self, reason: str) -> list[ConnectionProfile]:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{FILE_NAME}.corrupt-{stamp}")
        counter = 1
        while target.exists():
            counter += 1
            target = self.path.with_name(f"{FILE_NAME}.corrupt-{stamp}-{counter}")
        try:
            os.replace(self.path, target)
        except OSError as exc:
            self.problem = (
                f"The saved connections in {self.path} are damaged ({reason}) and could not be moved "
                f"aside ({exc.strerror or exc}); hvgui started without them."
            )
        else:
            self.problem = (
                f"The saved connections were damaged ({reason}). hvgui started without them and kept "
                f"the old file as {target}."
            )
        log.warning("%s", self.problem)
        return []
