"""The dialogs against the demo lab over the wire: real HostSessions, HostRegistry and Inventory.

One LabServer per test module (HTTPS + Basic); every test gets a fresh demo world behind it
(LabSwitch from the workflow tests), and the module's registry, inventory and job tracker, so the
dialogs resolve hosts and run workflows exactly as in the application.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
import qasync
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QGroupBox, QLabel, QLineEdit, QWidget

from hvgui.core.profiles import ConnectionProfile
from hvgui.hyperv.model import ReplicationInfo, VMInfo
from hvgui.lab.records import CommandCall
from hvgui.lab.runtime import Lab
from hvgui.lab.wire import LabServer
from hvgui.remoting.session import HostSession, Timeouts
from hvgui.services.connections import HostRegistry
from hvgui.services.inventory import Inventory
from hvgui.services.jobs import AuditLog, JobTracker
from hvgui.ui.dialogs.common import DialogContext
from hvgui.ui.i18n import install_translators
from tests.services.workflows.conftest import LabSwitch

MUC, FRA, DUS = "HV-MUENCHEN-01", "HV-FRANKFURT-02", "HV-DUESSELDORF-03"
SHOTS = Path("/tmp/hvgui-shots/dialogs")
TIMEOUTS = Timeouts(connect=3.0, operation=3.0, read=6.0)
# Same in both languages: names, numbers, Qt's "OK", PowerShell and protocol words.
SAME_IN_GERMAN = {"OK", "Kerberos", "HTTP", "HTTPS", "CSV", "Failover", "PowerShell", "Normal", "Details"}


def run_until(
    loop: asyncio.AbstractEventLoop, predicate: Callable[[], object], timeout: float = 30.0
) -> None:
    async def poll() -> None:
        while not predicate():
            await asyncio.sleep(0.02)

    loop.run_until_complete(asyncio.wait_for(poll(), timeout))


class World:
    """One test's lab and the application's services connected to it."""

    def __init__(self, served: Served) -> None:
        self.served = served
        self.lab = Lab.demo()
        served.switch.reset(self.lab)
        self.loop = served.loop
        self.ctx = served.ctx
        self.refresh()

    def refresh(self) -> None:
        self.loop.run_until_complete(self.served.inventory.refresh())

    def run(self, coro: Any) -> Any:
        return self.loop.run_until_complete(coro)

    def wait(self, predicate: Callable[[], object], timeout: float = 30.0) -> None:
        run_until(self.loop, predicate, timeout)

    def vm(self, host: str, name: str) -> VMInfo:
        inv = self.served.inventory.host(host)
        assert inv is not None
        return next(v for v in inv.vms.values() if v.name == name)

    def relations(self, vm: VMInfo) -> list[ReplicationInfo]:
        inv = self.served.inventory.host(vm.host)
        assert inv is not None
        return [r for r in inv.replications if r.vm_id == vm.id]

    def target(self, host: str, name: str) -> tuple[VMInfo, list[ReplicationInfo]]:
        vm = self.vm(host, name)
        return vm, self.relations(vm)

    def do(self, host: str, *calls: CommandCall) -> list[Any]:
        result = self.lab.invoke(host, list(calls))
        assert result.failure is None and not result.errors, (result.failure, result.errors)
        return result.output

    def on_vm(self, host: str, vm_id: UUID, cmdlet: str, **params: Any) -> list[Any]:
        return self.do(host, CommandCall.of("Get-VM", Id=str(vm_id)), CommandCall.of(cmdlet, **params))

    def lab_vm(self, host: str, name: str) -> Any:
        return next(v for v in self.lab.host(host).vms.values() if v.name == name)


class Served:
    def __init__(self, loop: qasync.QEventLoop, server: LabServer, switch: LabSwitch, tmp: Path) -> None:
        self.loop = loop
        self.server = server
        self.switch = switch
        passwords = {ep.name: ep.password for ep in server.endpoints()}

        async def password(profile: ConnectionProfile) -> str:
            return passwords[profile.name]

        self.registry = HostRegistry(
            password, session_factory=lambda profile, pw: HostSession(profile, pw, timeouts=TIMEOUTS)
        )
        self.inventory = Inventory(self.registry, refresh_on_connect=False)
        self.tracker = JobTracker(AuditLog(tmp / "audit.jsonl"), operator="tester")
        self.ctx = DialogContext(
            session=self.registry.session, tracker=self.tracker, inventory=self.inventory
        )

        async def connect() -> None:
            for ep in server.endpoints():
                self.registry.add(
                    ConnectionProfile(
                        name=ep.name,
                        host=ep.host,
                        port=ep.port,
                        use_https=ep.ssl,
                        auth=ep.auth,
                        username=ep.username,
                        ca_file=ep.ca_file or "",
                    )
                )
            await self.registry.wait_idle()

        loop.run_until_complete(connect())
        assert all(self.registry.session(ep.name) for ep in server.endpoints())


def release_widgets() -> None:
    """Delete every window now, on this thread. Left to the garbage collector, a dialog may be
    destroyed in the middle of a queued callback or on another thread, which crashes Qt."""
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    gc.collect()


# A closed loop is kept referenced: collected later, in the middle of Qt's timer or signal dispatch
# (of another test package's loop), its Qt objects would be destroyed while Qt still uses them.
_CLOSED: list[qasync.QEventLoop] = []


@pytest.fixture(scope="package")
def qloop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    """One asyncio loop on the Qt event loop for the dialog tests, closed when they are done so that
    nothing of it (timers, notifiers, executor threads) is left for the tests that follow."""
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    loop.run_until_complete(loop.shutdown_default_executor())
    loop.close()
    _CLOSED.append(loop)
    asyncio.set_event_loop(None)


@pytest.fixture(scope="module")
def served(qloop: qasync.QEventLoop, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    switch = LabSwitch(Lab.demo())
    tmp = tmp_path_factory.mktemp("dialogs")
    server = LabServer(switch, https=True, auth="basic", data_dir=tmp)
    server.start()
    served = Served(qloop, server, switch, tmp)
    try:
        yield served
    finally:
        release_widgets()
        qloop.run_until_complete(served.inventory.aclose())
        qloop.run_until_complete(served.registry.aclose())
        server.stop()


@pytest.fixture
def world(served: Served, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[World]:
    monkeypatch.setenv("HVGUI_HOME", str(tmp_path / "home"))
    asyncio.set_event_loop(served.loop)  # other test packages may have set their own meanwhile
    world = World(served)
    try:
        yield world
    finally:
        served.switch.before.clear()
        served.switch.after.clear()
        for ep in served.server.endpoints():
            served.server.faults(ep.name).clear()
        release_widgets()


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    installed = install_translators(qapp, "en")

    def use(lang: str) -> None:
        nonlocal installed
        for translator in installed:
            qapp.removeTranslator(translator)
        installed = install_translators(qapp, lang)
        assert lang == "en" or installed, "compiled translations missing: packaging/i18n.py compile"

    yield use
    use("en")


def texts(root: QWidget) -> dict[str, str]:
    """Every visible text under root, keyed by object name and position (stable across languages)."""
    found: dict[str, str] = {"title": root.windowTitle()}
    for index, widget in enumerate(root.findChildren(QWidget)):
        if not widget.isVisibleTo(root) or widget.objectName().startswith(("host_", "hostText", "data_")):
            continue
        key = f"{index}:{type(widget).__name__}:{widget.objectName()}"
        if isinstance(widget, QLabel | QAbstractButton):
            found[key] = widget.text()
        elif isinstance(widget, QGroupBox):
            found[key] = widget.title()
        elif isinstance(widget, QLineEdit):
            found[key + ":placeholder"] = widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for item in range(widget.count()):
                found[f"{key}:{item}"] = widget.itemText(item)
    return found


def untranslated(english: dict[str, str], german: dict[str, str]) -> list[str]:
    def wordy(text: str) -> bool:
        letters = sum(ch.isalpha() for ch in text)
        return letters > 3 and text.replace("&", "") not in SAME_IN_GERMAN

    return [text for key, text in english.items() if wordy(text) and german.get(key) == text]


def shot(widget: QWidget, name: str) -> Path:
    path = SHOTS / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.adjustSize()
    QApplication.processEvents()
    assert widget.grab().save(str(path))
    return path
