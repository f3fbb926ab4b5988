"""First start: the welcome dialog's choices, restoring saved hosts off the UI thread, and passwords."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from hvgui.core.profiles import ConnectionProfile, ProfileStore
from hvgui.core.secrets import SecretStore, SecretsUnavailable
from hvgui.hyperv.commands import Pipeline
from hvgui.hyperv.model import PSData
from hvgui.services.connections import HostRegistry
from hvgui.services.events import Connected, Failed
from hvgui.ui.credentials import Credentials, PasswordRequired
from hvgui.ui.dialogs import explain
from hvgui.ui.first_start import FirstStartChoice, FirstStartDialog, ask_first_start, restore_saved_hosts
from tests.core.memory_keyring import MemoryKeyring
from tests.ui.dialog_helpers import Language, make_loop, open_dialog, shot, texts, untranslated

SAVED = ConnectionProfile(
    "HV-A", "hv-a.contoso.com", auth="ntlm", username="CONTOSO\\admin", save_password=True
)
UNSAVED = ConnectionProfile("HV-B", "hv-b.contoso.com", auth="ntlm", username="CONTOSO\\admin")
LOST = ConnectionProfile("HV-C", "hv-c.contoso.com", auth="ntlm", username="CONTOSO\\ops", save_password=True)
INTEGRATED = ConnectionProfile("HV-D", "hv-d.contoso.com")  # Negotiate as the signed-in user


class ThreadRecordingKeyring(MemoryKeyring):
    def __init__(self) -> None:
        super().__init__()
        self.threads: set[str] = set()

    def get_password(self, service: str, username: str) -> str | None:
        self.threads.add(threading.current_thread().name)
        return super().get_password(service, username)


class FakeRegistry:
    def __init__(self, *names: str) -> None:
        self.added: list[ConnectionProfile] = []
        self._names = list(names)

    @property
    def names(self) -> list[str]:
        return self._names + [p.name for p in self.added]

    def add(self, profile: ConnectionProfile) -> None:
        self.added.append(profile)


class NullSession:
    def __init__(self, profile: ConnectionProfile, password: str) -> None:
        self.name, self.password = profile.name, password

    async def connect(self) -> None:
        pass

    async def run(self, *pipelines: Pipeline) -> list[list[PSData]]:
        return [[] for _ in pipelines]

    async def run_one(self, pipeline: Pipeline) -> list[PSData]:
        return []

    async def close(self) -> None:
        pass


@pytest.fixture(scope="module")
def loop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    yield from make_loop(qapp)


@pytest.fixture
def keyring() -> ThreadRecordingKeyring:
    backend = ThreadRecordingKeyring()
    SecretStore(backend).set(SAVED.name, SAVED.username, "saved-secret")
    return backend


@pytest.fixture
def store(tmp_path: Path) -> ProfileStore:
    store = ProfileStore(tmp_path)
    store.save([SAVED, UNSAVED, LOST, INTEGRATED])
    return store


# The welcome dialog -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("button", "choice"),
    [("demoButton", FirstStartChoice.DEMO), ("connectButton", FirstStartChoice.CONNECT)],
)
def test_first_start_buttons_return_the_choice(qtbot: QtBot, button: str, choice: FirstStartChoice) -> None:
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    found = dialog.findChild(QPushButton, button)
    assert found is not None
    found.click()
    assert dialog.choice() is choice


def test_close_returns_close(qtbot: QtBot, loop: qasync.QEventLoop) -> None:
    async def scenario() -> FirstStartChoice:
        task = asyncio.ensure_future(ask_first_start(None))
        while (dialog := open_dialog(FirstStartDialog)) is None:
            await asyncio.sleep(0.01)
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        buttons.button(QDialogButtonBox.StandardButton.Close).click()
        return await task

    assert loop.run_until_complete(asyncio.wait_for(scenario(), 10)) is FirstStartChoice.CLOSE


def test_german_welcome_has_no_english_left(qtbot: QtBot, qapp: QApplication) -> None:
    language = Language(qapp)
    try:
        english_dialog = FirstStartDialog()
        qtbot.addWidget(english_dialog)
        english = texts(english_dialog)
        shot(english_dialog, "first-start-en")
        language.use("de")
        german_dialog = FirstStartDialog()
        qtbot.addWidget(german_dialog)
        assert untranslated(english, texts(german_dialog)) == []
        shot(german_dialog, "first-start-de")
    finally:
        language.reset()


# Restoring saved hosts ----------------------------------------------------------------------------


def test_restore_adds_every_host_and_reports_missing_passwords(
    loop: qasync.QEventLoop, store: ProfileStore, keyring: ThreadRecordingKeyring
) -> None:
    registry = FakeRegistry()
    credentials = Credentials(SecretStore(keyring))
    restored = loop.run_until_complete(restore_saved_hosts(registry, store, credentials))
    assert restored.added == ["HV-A", "HV-B", "HV-C", "HV-D"]
    assert [p.name for p in registry.added] == restored.added
    assert restored.need_password == ["HV-B", "HV-C"]
    assert restored.problem is None and restored.message() is None
    # The keyring was read, and not on the UI thread.
    assert keyring.threads and threading.main_thread().name not in keyring.threads
    assert loop.run_until_complete(credentials.password(SAVED)) == "saved-secret"
    assert loop.run_until_complete(credentials.password(INTEGRATED)) == ""


def test_restore_skips_hosts_already_present(loop: qasync.QEventLoop, store: ProfileStore) -> None:
    registry = FakeRegistry("hv-a")  # e.g. added by --demo; names compare case-insensitively
    restored = loop.run_until_complete(restore_saved_hosts(registry, store, Credentials(None)))
    assert restored.added == ["HV-B", "HV-C", "HV-D"]


def test_a_profile_unusable_here_is_reported_not_added(loop: qasync.QEventLoop, tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    credssp = ConnectionProfile("HV-E", "hv-e.contoso.com", auth="credssp", username="CONTOSO\\admin")
    store.save([credssp, INTEGRATED])  # requests-credssp is not installed in the test environment
    registry = FakeRegistry()
    restored = loop.run_until_complete(restore_saved_hosts(registry, store, Credentials(None)))
    assert restored.added == ["HV-D"]
    assert [name for name, _ in restored.unusable] == ["HV-E"]
    assert "requests-credssp" in restored.unusable[0][1]


def test_a_corrupt_profile_file_is_reported_and_start_continues(
    loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    (tmp_path / "connections.json").write_text("{not json", encoding="utf-8")
    registry = FakeRegistry()
    restored = loop.run_until_complete(
        restore_saved_hosts(registry, ProfileStore(tmp_path), Credentials(None))
    )
    assert restored.added == [] and registry.added == []
    assert restored.problem is not None and "connections.json.corrupt-" in restored.problem
    message = restored.message()
    assert message is not None and "could not be read" in message


def test_host_without_password_fails_with_password_required_then_retries(
    loop: qasync.QEventLoop, store: ProfileStore, keyring: ThreadRecordingKeyring
) -> None:
    credentials = Credentials(SecretStore(keyring))
    sessions: list[NullSession] = []

    def factory(profile: ConnectionProfile, password: str) -> NullSession:
        sessions.append(NullSession(profile, password))
        return sessions[-1]

    async def scenario() -> None:
        registry = HostRegistry(credentials.password, session_factory=factory)
        restored = await restore_saved_hosts(registry, store, credentials)
        await registry.wait_idle()
        assert isinstance(registry.status("HV-A"), Connected)
        status = registry.status("HV-B")
        assert isinstance(status, Failed) and isinstance(status.error, PasswordRequired)
        assert "password" in explain.explanation(status.error)
        # The main window asks for it, then retries.
        credentials.remember(registry.profile("HV-B"), "typed")
        await registry.retry("HV-B")
        assert isinstance(registry.status("HV-B"), Connected)
        assert restored.need_password == ["HV-B", "HV-C"]
        await registry.aclose()

    loop.run_until_complete(asyncio.wait_for(scenario(), 10))
    assert {s.name: s.password for s in sessions} == {"HV-A": "saved-secret", "HV-B": "typed", "HV-D": ""}


# Credentials --------------------------------------------------------------------------------------


def test_one_password_prompt_at_a_time(loop: qasync.QEventLoop) -> None:
    asked: list[str] = []
    active = 0

    async def ask(profile: ConnectionProfile) -> str | None:
        nonlocal active
        active += 1
        assert active == 1
        asked.append(profile.name)
        await asyncio.sleep(0.01)
        active -= 1
        return None if profile.name == "HV-C" else f"pw-{profile.name}"

    credentials = Credentials(None, ask=ask)

    async def scenario() -> tuple[object, ...]:
        return tuple(
            await asyncio.gather(
                credentials.password(UNSAVED),
                credentials.password(UNSAVED),
                credentials.password(LOST),
                return_exceptions=True,
            )
        )

    first, second, lost = loop.run_until_complete(scenario())
    assert first == second == "pw-HV-B"
    assert asked == ["HV-B", "HV-C"]  # the second request for HV-B found the first answer
    assert isinstance(lost, PasswordRequired)


def test_save_writes_the_keyring_only_when_asked(loop: qasync.QEventLoop) -> None:
    backend = MemoryKeyring()
    credentials = Credentials(SecretStore(backend))
    loop.run_until_complete(credentials.save(SAVED, "one"))
    assert list(backend.items.values()) == ["one"]
    # Unticking "Save password" later removes it from the keyring; the session keeps it.
    unticked = ConnectionProfile(**{**SAVED.__dict__, "save_password": False})
    loop.run_until_complete(credentials.save(unticked, "two"))
    assert backend.items == {}
    assert loop.run_until_complete(credentials.password(unticked)) == "two"
    loop.run_until_complete(credentials.delete(unticked))
    with pytest.raises(PasswordRequired):
        loop.run_until_complete(credentials.password(unticked))


def test_saving_without_a_keyring_keeps_the_session_copy(loop: qasync.QEventLoop) -> None:
    credentials = Credentials(None)
    with pytest.raises(SecretsUnavailable):
        loop.run_until_complete(credentials.save(SAVED, "pw"))
    assert loop.run_until_complete(credentials.password(SAVED)) == "pw"
    assert loop.run_until_complete(credentials.keyring_available()) is False
