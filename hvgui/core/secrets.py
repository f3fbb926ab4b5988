"""Passwords, kept only in the system keyring (service "hvgui"). The only module importing keyring.

Nothing here writes a password anywhere else: with no usable keyring backend, available() is False,
set() refuses, and the caller keeps the password in memory for the session only (and says so).
Log lines and exception texts name the profile and user, never the password.
"""

from __future__ import annotations

import logging

import keyring
import keyring.errors
from keyring.backends import chainer, fail, null

from hvgui.hyperv.errors import HvError

log = logging.getLogger(__name__)


class SecretsUnavailable(HvError):
    explanation = "No password store (keyring) is available on this computer."
    advice = (
        "The password is kept for this session only and will be asked again next time. Install or "
        "unlock a keyring (for example GNOME Keyring or KWallet) to save passwords."
    )

    def __init__(self, detail: str = "") -> None:
        super().__init__("", detail)


class SecretStore:
    SERVICE = "hvgui"

    def __init__(self, backend: object | None = None) -> None:
        # keyring picks the platform backend lazily; a test passes its own (any KeyringBackend-like object).
        self._backend: object = backend if backend is not None else keyring.get_keyring()

    @staticmethod
    def _account(profile_name: str, username: str) -> str:
        # The keyring's user field; readable in the platform's password manager.
        return f"{username} @ {profile_name}"

    def available(self) -> bool:
        backend = self._backend
        if isinstance(backend, fail.Keyring | null.Keyring):
            return False
        if isinstance(backend, chainer.ChainerBackend):
            return bool(backend.backends)
        return True

    def get(self, profile_name: str, username: str) -> str | None:
        if not self.available():
            return None
        try:
            value = self._call("get_password", profile_name, username)
        except keyring.errors.KeyringError as exc:
            # A locked or broken keyring must not stop a connection: the user is simply asked.
            log.warning("could not read the saved password for %s: %s", profile_name, type(exc).__name__)
            return None
        return value if isinstance(value, str) else None

    def set(self, profile_name: str, username: str, password: str) -> None:
        if not self.available():
            raise SecretsUnavailable(f"keyring backend: {type(self._backend).__name__}")
        try:
            self._call("set_password", profile_name, username, password)
        except keyring.errors.KeyringError as exc:
            raise SecretsUnavailable(f"the keyring refused to save ({type(exc).__name__})") from None

    def delete(self, profile_name: str, username: str) -> None:
        if not self.available():
            return
        try:
            self._call("delete_password", profile_name, username)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing was saved
        except keyring.errors.KeyringError as exc:
            raise SecretsUnavailable(f"the keyring refused to delete ({type(exc).__name__})") from None

    def _call(self, method: str, profile_name: str, username: str, *password: str) -> object:
        # `from None` above and no arguments in messages: a backend's exception could echo the password.
        function = getattr(self._backend, method)
        return function(self.SERVICE, self._account(profile_name, username), *password)
