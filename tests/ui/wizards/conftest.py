"""The wizards against the demo lab over real WinRM (HTTPS + Basic), on a qasync loop.

Each test module serves its own demo lab (one LabServer per module); the wizards get real
HostSessions through a WizardContext, and the tests drive them like a user: type, tick, Next.
"""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
import qasync
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hvgui.core.profiles import ConnectionProfile
from hvgui.hyperv import parse
from hvgui.hyperv.inventory_commands import vm_list
from hvgui.hyperv.model import ReplicationInfo, VMInfo
from hvgui.lab.runtime import Lab
from hvgui.lab.wire import Endpoint, LabServer
from hvgui.remoting.session import HostSession, Timeouts
from hvgui.services.jobs import JobTracker
from hvgui.services.workflows.reads import read_relations, read_vm
from hvgui.ui.i18n import install_translators
from hvgui.ui.wizards import WizardContext
from tests.services.workflows.conftest import LabSwitch

T = TypeVar("T")
MUC, FRA, DUS = "HV-MUENCHEN-01", "HV-FRANKFURT-02", "HV-DUESSELDORF-03"
TIMEOUTS = Timeouts(connect=5.0, operation=5.0, read=10.0)


def profile(ep: Endpoint) -> ConnectionProfile:
    return ConnectionProfile(
        name=ep.name,
        host=ep.host,
        port=ep.port,
        use_https=ep.ssl,
        auth=ep.auth,
        username=ep.username,
        ca_file=ep.ca_file or "",
    )


def run_until(
    loop: asyncio.AbstractEventLoop, predicate: Callable[[], object], timeout: float = 20.0
) -> None:
    """Run Qt's event loop (and so asyncio's, which runs from Qt events) until predicate() holds.

    A nested QEventLoop handles each event as it arrives; polling with short waits would add a
    pause to every one of the many small asyncio steps a wizard takes."""
    if predicate():
        return
    waiter = QEventLoop()
    deadline = time.monotonic() + timeout
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: waiter.quit() if predicate() or time.monotonic() > deadline else None)
    timer.start()
    waiter.exec()
    timer.stop()
    if not predicate():
        raise TimeoutError(f"not reached within {timeout} s")


def run_task(loop: asyncio.AbstractEventLoop, coro: Coroutine[Any, Any, T], timeout: float = 60.0) -> T:
    task = loop.create_task(coro)
    run_until(loop, task.done, timeout)
    return task.result()


@dataclass
class Served:
    lab: Lab
    switch: LabSwitch
    server: LabServer
    sessions: dict[str, HostSession]
    loop: asyncio.AbstractEventLoop
    tracker: JobTracker

    def ctx(self) -> WizardContext:
        return WizardContext(self.sessions, self.tracker)

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        return run_task(self.loop, coro)

    def vm(self, host: str, name: str) -> VMInfo:
        (rows,) = run_task(self.loop, self.sessions[host].run(vm_list()))
        return next(vm for vm in (parse.vm(r, host) for r in rows) if vm.name == name)

    def reread(self, vm: VMInfo, host: str | None = None) -> VMInfo:
        found = run_task(self.loop, read_vm(self.sessions[host or vm.host], vm.id))
        assert found is not None
        return found

    def relations(self, vm: VMInfo) -> list[ReplicationInfo]:
        return run_task(self.loop, read_relations(self.sessions[vm.host], vm))

    def wait(self, predicate: Callable[[], object], timeout: float = 20.0) -> None:
        run_until(self.loop, predicate, timeout)


@pytest.fixture(scope="module")
def loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    # Widgets and loops other test modules left behind go now, not in the middle of this module's
    # event loop (that crashed the interpreter when the whole ui suite ran in one process).
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    # A loop that counts as running for the whole module, as in the application: with
    # run_until_complete() per wait, qasync stepped tasks in its last processEvents() while no loop
    # ran ("no running event loop", seen once a page's read took two round trips).
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


# Closed loops stay referenced: collected later, in the middle of Qt's timer dispatch, one would
# destroy its timer object while Qt still walks the timer list (seen in the window tests).
_CLOSED: list[qasync.QEventLoop] = []


@pytest.fixture(scope="module")
def server(loop: asyncio.AbstractEventLoop, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    switch = LabSwitch(Lab.demo())
    lab_server = LabServer(switch, https=True, auth="basic", data_dir=tmp_path_factory.mktemp("lab"))
    lab_server.start()
    sessions = {
        ep.name: HostSession(profile(ep), ep.password, timeouts=TIMEOUTS) for ep in lab_server.endpoints()
    }
    try:
        yield Served(switch.lab, switch, lab_server, sessions, loop, JobTracker())
    finally:
        for session in sessions.values():
            run_task(loop, session.close())
        lab_server.stop()


@pytest.fixture
def served(server: Served, qtbot: QtBot) -> Iterator[Served]:
    """A fresh demo world behind the module's server for every test.

    It asks for qtbot so that it is torn down first: qtbot's teardown processes Qt events, which
    would step a pending read with no asyncio loop running."""
    server.lab = Lab.demo()
    server.switch.reset(server.lab)
    server.tracker = JobTracker()
    for host in server.sessions:
        server.server.faults(host).clear()
    yield server

    # A page's background read may still be on its way when a test ends; it finishes here, while
    # the loop runs and the sessions are open, not in a later test or after the sessions closed.
    for _ in range(3):  # a finished read may start another (disks, then their sizes)
        pending = [t for t in asyncio.all_tasks(server.loop) if not t.done()]
        if not pending:
            break
        run_until(server.loop, lambda: all(t.done() for t in pending), 15)  # noqa: B023


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread() -> Iterator[None]:
    """Collect a test's widgets here: a cycle collected later on a worker thread would abort Qt."""
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def hvgui_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("HVGUI_HOME", str(home))
    return home


class Language:
    """Switch the application's translators; back to English afterwards."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._installed = install_translators(app, "en")

    def use(self, language: str) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = install_translators(self._app, language)


@pytest.fixture(autouse=True)
def language(qapp: QApplication) -> Iterator[Language]:
    """English as the application installs it (its plural forms come from hvgui_en.qm)."""
    switch = Language(qapp)
    try:
        yield switch
    finally:
        switch.use("en")
