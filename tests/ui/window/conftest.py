"""The main window against the demo lab over the wire, as the application wires it.

One LabServer per test module (HTTPS + Basic with the lab CA); each test gets a fresh demo world
behind it (LabSwitch) and its own registry, inventory, job tracker and window, so nothing a test
does (an operation, a host switched off) leaks into the next. Confirmations are answered by a
recorder instead of a modal box; what it was asked is kept for the assertions.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
import qasync
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hvgui.core.profiles import ConnectionProfile
from hvgui.lab.runtime import Lab
from hvgui.lab.wire import LabServer
from hvgui.remoting.session import HostSession, Timeouts
from hvgui.services.connections import HostRegistry, Session
from hvgui.services.inventory import Inventory
from hvgui.services.jobs import AuditLog, JobTracker
from hvgui.ui.dialogs.confirm import Confirmation
from hvgui.ui.i18n import install_translators
from hvgui.ui.main_window import MainWindow, WindowServices
from tests.services.workflows.conftest import LabSwitch

T = TypeVar("T")
MUC, FRA, DUS = "HV-MUENCHEN-01", "HV-FRANKFURT-02", "HV-DUESSELDORF-03"
SHOTS = Path("/tmp/hvgui-shots/window")
# A hung host must be given up on quickly, or the tests wait for the production timeouts.
TIMEOUTS = Timeouts(connect=2.0, operation=1.0, read=2.5)
HOST_TIMEOUT = 2.0


class Confirmations:
    """Answers every confirmation with `answer` and keeps what was asked."""

    def __init__(self) -> None:
        self.asked: list[Confirmation] = []
        self.answer = True

    def __call__(self, confirmation: Confirmation) -> bool:
        self.asked.append(confirmation)
        return self.answer


class Env:
    def __init__(
        self, loop: qasync.QEventLoop, qtbot: QtBot, server: LabServer, switch: LabSwitch, tmp: Path
    ) -> None:
        self.loop = loop
        self.qtbot = qtbot
        self.server = server
        self.switch = switch
        self.lab = switch.lab
        self.endpoints = {ep.name: ep for ep in server.endpoints()}
        self.confirm = Confirmations()
        self.registry = HostRegistry(self._password, session_factory=self._session, connect_timeout=3.0)
        self.inventory = Inventory(self.registry, host_timeout=HOST_TIMEOUT)
        self.audit = AuditLog(tmp / "audit.jsonl")
        self.settings = QSettings(str(tmp / "ui.ini"), QSettings.Format.IniFormat)
        self.window = MainWindow(
            WindowServices(
                registry=self.registry,
                inventory=self.inventory,
                jobs=JobTracker(self.audit),
                settings=self.settings,
                audit=self.audit,
                confirm=self.confirm,
                refresh_interval_ms=3_600_000,  # tests refresh explicitly
            )
        )
        self.window.resize(1440, 900)
        self.window.show()

    async def _password(self, profile: ConnectionProfile) -> str:
        return self.endpoints[profile.name].password

    def _session(self, profile: ConnectionProfile, password: str) -> Session:
        return HostSession(profile, password, timeouts=TIMEOUTS)

    def profile(self, name: str) -> ConnectionProfile:
        ep = self.endpoints[name]
        return ConnectionProfile(
            name=ep.name,
            host=ep.host,
            port=ep.port,
            use_https=ep.ssl,
            auth=ep.auth,
            username=ep.username,
            ca_file=ep.ca_file or "",
        )

    def connect_all(self) -> None:
        for name in self.endpoints:
            self.call(self.registry.add, self.profile(name))
        self.until(self.window.hosts.all_loaded)

    def call(self, fn: Callable[..., T], *args: Any) -> T:
        """Call fn as a slot is called in the application (the loop counts as running)."""
        return fn(*args)

    def run(self, coro: Coroutine[Any, Any, T], timeout: float = 30.0) -> T:
        task = self.loop.create_task(coro)
        self.qtbot.waitUntil(task.done, timeout=int(timeout * 1000))
        return task.result()

    def until(self, predicate: Callable[[], object], timeout: float = 30.0) -> None:
        self.qtbot.waitUntil(lambda: bool(predicate()), timeout=int(timeout * 1000))

    def settle(self, seconds: float = 0.05) -> None:
        self.qtbot.wait(int(seconds * 1000))

    def close(self) -> None:
        self.window.close()

        async def shutdown() -> None:
            await self.window.host_ops.aclose()
            await self.window.runner.wait_idle()
            await self.window.jobs_dock.aclose()
            await self.inventory.aclose()
            await self.registry.aclose()

        self.run(shutdown())
        self.window.deleteLater()
        self.drain()
        gc.collect()  # here, on the GUI thread

    def drain(self, timeout: float = 10.0) -> None:
        """Finish every task (sessions closing) while the loop runs, not in pytest-qt's teardown."""

        async def rest() -> set[asyncio.Task[Any]]:
            deadline = self.loop.time() + timeout
            while (others := asyncio.all_tasks() - {asyncio.current_task()}) and self.loop.time() < deadline:
                await asyncio.sleep(0.02)
            return others

        left = self.run(rest(), timeout + 5)
        assert not left, f"tasks still running: {left}"


# Closed loops stay referenced: Python collecting one later, in the middle of Qt's timer dispatch,
# would destroy its timer object while Qt still walks the timer list (a crash seen in practice).
_CLOSED: list[qasync.QEventLoop] = []


@pytest.fixture(scope="module")
def loop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    """A qasync loop that counts as running for the whole module, as in the application.

    run_until_complete() would stop the loop between waits and step tasks in its last
    processEvents() while no loop runs ("no running event loop"); here waiting spins Qt's
    event loop, and asyncio work happens whenever Qt processes events, exactly as in hvgui.
    """
    qapp.setQuitOnLastWindowClosed(False)
    event_loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    # Not stop(): it calls QApplication.exit(), which leaves the next module's loop unable to run.
    event_loop._QEventLoop__is_running = False  # type: ignore[attr-defined]
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)
    event_loop.close()
    _CLOSED.append(event_loop)


@pytest.fixture(autouse=True, scope="module")
def english(qapp: QApplication) -> Iterator[None]:
    """hvgui's English texts (plural forms come from hvgui_en.qm, as in the application)."""
    installed = install_translators(qapp, "en")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LabServer, LabSwitch]]:
    switch = LabSwitch(Lab.demo())
    server = LabServer(switch, https=True, auth="basic", data_dir=tmp_path_factory.mktemp("lab"))
    server.start()
    try:
        yield server, switch
    finally:
        server.stop()


@pytest.fixture
def env(
    loop: qasync.QEventLoop, qtbot: QtBot, served: tuple[LabServer, LabSwitch], tmp_path: Path
) -> Iterator[Env]:
    server, switch = served
    switch.reset(Lab.demo())
    for name in switch.host_names():
        server.faults(name).hang = False
        server.faults(name).refuse = False
    environment = Env(loop, qtbot, server, switch, tmp_path)
    try:
        yield environment
    finally:
        for name in switch.host_names():
            server.faults(name).hang = False
            server.faults(name).refuse = False
        environment.close()
