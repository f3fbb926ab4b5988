"""Passwords for the host registry, without blocking the UI thread on the keyring.

    credentials = Credentials(secrets)                 # secrets: core.secrets.SecretStore or None
    registry = HostRegistry(credentials.password)      # its PasswordProvider
    credentials.remember(profile, password)            # typed in this session (ConnectDialog)
    await credentials.save(profile, password)          # and into the keyring, if profile.save_password

Where a password comes from, in order: this session's memory; nothing, for Negotiate/Kerberos
without a user name (the current sign-in is used); the keyring, read on a worker thread because a
keyring backend may talk D-Bus or wait for an unlock prompt; the optional `ask` callback (one prompt
at a time). Otherwise PasswordRequired is raised: the host then fails with that error and the main
window can ask for the password and retry.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from hvgui.core.profiles import ConnectionProfile
from hvgui.core.secrets import SecretStore, SecretsUnavailable
from hvgui.hyperv.errors import ConnectionProblem

Ask = Callable[[ConnectionProfile], Awaitable[str | None]]
# Windows' integrated sign-in (or a Kerberos ticket) needs no password when no user name is given.
_IMPLICIT_AUTH = ("negotiate", "kerberos")


class PasswordRequired(ConnectionProblem):
    explanation = "The password for this server is needed."
    advice = "It was not saved, or the password store did not return it. Enter it to connect."


def needs_password(auth: str, username: str) -> bool:
    return bool(username) or auth not in _IMPLICIT_AUTH


class Credentials:
    def __init__(self, secrets: SecretStore | None, ask: Ask | None = None) -> None:
        self._secrets = secrets
        self._ask = ask
        self._session: dict[tuple[str, str], str] = {}
        self._asking = asyncio.Lock()

    @staticmethod
    def _key(profile: ConnectionProfile) -> tuple[str, str]:
        return (profile.name, profile.username)

    def remember(self, profile: ConnectionProfile, password: str) -> None:
        """Keep the password in memory for this session only."""
        self._session[self._key(profile)] = password

    def forget(self, profile: ConnectionProfile) -> None:
        self._session.pop(self._key(profile), None)

    async def keyring_available(self) -> bool:
        if self._secrets is None:
            return False
        return await asyncio.to_thread(self._secrets.available)

    async def load(self, profile: ConnectionProfile) -> str | None:
        """The password known without asking the user (session, then keyring), or None."""
        known = self._session.get(self._key(profile))
        if known is not None:
            return known
        if not needs_password(profile.auth, profile.username):
            return ""
        if not profile.save_password or self._secrets is None:
            return None
        saved = await asyncio.to_thread(self._secrets.get, profile.name, profile.username)
        if saved is not None:
            self.remember(profile, saved)
        return saved

    async def password(self, profile: ConnectionProfile) -> str:
        """HostRegistry's PasswordProvider. Raises PasswordRequired when nothing knows it."""
        known = await self.load(profile)
        if known is not None:
            return known
        if self._ask is not None:
            # Several hosts restored at start must not open several prompts at once.
            async with self._asking:
                known = self._session.get(self._key(profile))
                if known is None:
                    known = await self._ask(profile)
                if known is not None:
                    self.remember(profile, known)
                    return known
        raise PasswordRequired(profile.name, f"user {profile.username!r}, {profile.auth}")

    async def save(self, profile: ConnectionProfile, password: str) -> None:
        """Remember for the session; store in the keyring too if the profile asks for it.

        Raises SecretsUnavailable when the keyring cannot store it (the session copy stays).
        A profile that does not save its password has any earlier keyring entry removed, so
        unticking "Save password" really forgets it.
        """
        self.remember(profile, password)
        if self._secrets is None:
            if profile.save_password:
                raise SecretsUnavailable("no password store was given")
            return
        if profile.save_password:
            await asyncio.to_thread(self._secrets.set, profile.name, profile.username, password)
        else:
            await asyncio.to_thread(self._secrets.delete, profile.name, profile.username)

    async def delete(self, profile: ConnectionProfile) -> None:
        """Forget the password everywhere (the host was removed)."""
        self.forget(profile)
        if self._secrets is not None:
            await asyncio.to_thread(self._secrets.delete, profile.name, profile.username)
