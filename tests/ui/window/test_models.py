"""The item models pass Qt's model tester, empty and after every kind of inventory event.

Scripted sessions (no wire) make the events exact: VMs added, changed, renamed, removed, a host
going stale and coming back, a host disconnected. qtmodeltester checks the model's invariants after
each step and, being attached to the model, also watches every signal the step emitted; the test
also checks that no step resets a model (the views keep selection and scroll position).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QAbstractItemModel, QSettings
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from hvgui.hyperv.errors import HostUnreachable
from hvgui.services.connections import HostRegistry
from hvgui.services.inventory import Inventory
from hvgui.services.jobs import AuditLog, AuditRecord, AuditStep, Job, JobTracker
from hvgui.services.workflows.base import Outcome
from hvgui.ui.bridge import ServiceBridge
from hvgui.ui.host_state import HostStates
from hvgui.ui.models.jobs import AuditModel, JobsModel
from hvgui.ui.models.overview import OverviewModel, ProblemFilterProxy
from hvgui.ui.models.roles import Role
from hvgui.ui.models.tree import NavigationModel
from hvgui.ui.models.vms import HostVmProxy, VmTableModel
from tests.services.inventory_fixtures import NOW, Profile, Sessions, password, rep_row, vm_row

A, B = "HV-A", "HV-B"
FQDN = {A: "hv-a.lab.test", B: "hv-b.lab.test"}


class Scripted:
    """Registry and inventory over scripted sessions, and every model the window builds on them."""

    def __init__(self, loop: qasync.QEventLoop, qtbot: QtBot, tmp: Path) -> None:
        self.loop, self.qtbot = loop, qtbot
        self.sessions = Sessions()
        self.registry = HostRegistry(password, session_factory=self.sessions, clock=lambda: NOW)
        self.inventory = Inventory(self.registry, clock=lambda: NOW, refresh_on_connect=False)
        self.jobs = JobTracker(AuditLog(tmp / "audit.jsonl"))
        self.bridge = ServiceBridge(self.registry, self.inventory, self.jobs)
        self.hosts = HostStates(self.bridge, lambda: NOW)
        self.tree = NavigationModel(self.bridge, self.hosts)
        self.vms = VmTableModel(self.bridge, self.hosts)
        self.proxy = HostVmProxy()
        self.proxy.setSourceModel(self.vms)
        self.overview = OverviewModel(self.bridge, self.hosts, self.inventory, lambda: NOW)
        self.problems = ProblemFilterProxy()
        self.problems.setSourceModel(self.overview)
        self.resets: list[str] = []
        for name, model in self.models().items():
            model.modelAboutToBeReset.connect(lambda n=name: self.resets.append(n))

    def models(self) -> dict[str, QAbstractItemModel]:
        return {
            "tree": self.tree,
            "vms": self.vms,
            "proxy": self.proxy,
            "overview": self.overview,
            "problems": self.problems,
        }

    def wait(self, coro: object) -> object:
        task = self.loop.create_task(coro)  # type: ignore[arg-type]
        self.qtbot.waitUntil(task.done, timeout=10_000)
        return task.result()

    def connect(self, *names: str) -> None:
        for name in names:
            self.registry.add(Profile(name))
        self.wait(self.registry.wait_idle())

    def refresh(self) -> None:
        self.wait(self.inventory.refresh())

    def close(self) -> None:
        self.wait(self.inventory.aclose())
        self.wait(self.registry.aclose())
        self.bridge.detach()


@pytest.fixture
def scripted(loop: qasync.QEventLoop, qtbot: QtBot, tmp_path: Path) -> Iterator[Scripted]:
    world = Scripted(loop, qtbot, tmp_path)
    yield world
    world.close()


class ModelWatch:
    """One pytest-qt ModelTester per model (a tester watches one model). Attached once, each
    re-checks its whole model on every signal the model emits; check() adds a fresh full pass."""

    def __init__(self, config: pytest.Config, world: Scripted) -> None:
        self._config = config
        self._world = world
        self._watching = []
        for model in world.models().values():
            tester = ModelTester(config)
            tester.check(model, force_py=True)
            self._watching.append(tester)

    def check(self) -> None:
        for model in self._world.models().values():
            ModelTester(self._config).check(model, force_py=True)


@pytest.fixture
def testers(pytestconfig: pytest.Config, scripted: Scripted) -> ModelWatch:
    return ModelWatch(pytestconfig, scripted)


def test_models_are_valid_empty(qtmodeltester: ModelTester, scripted: Scripted, testers: ModelWatch) -> None:
    testers.check()
    assert scripted.tree.rowCount(scripted.tree.root_index()) == 0
    qtmodeltester.check(JobsModel(lambda j: j.title), force_py=True)


def test_models_follow_inventory_events_without_resets(scripted: Scripted, testers: ModelWatch) -> None:
    w = scripted
    a = w.sessions.prepare(A, [vm_row(1, "SQL01", mode=1), vm_row(2, "WEB01"), vm_row(3, "APP01")])
    a.replications = [rep_row(1, 1, FQDN[A], FQDN[B])]
    b = w.sessions.prepare(B, [vm_row(1, "SQL01", state="Off", mode=2), vm_row(9, "FILE01")])
    b.replications = [rep_row(1, 2, FQDN[A], FQDN[B])]
    w.connect(A, B)
    w.refresh()
    testers.check()
    host_a = w.tree.host_index(A)
    assert [w.tree.index(r, 0, host_a).data() for r in range(3)] == ["APP01", "SQL01", "WEB01"]
    w.proxy.set_host(A)
    assert w.proxy.rowCount() == 3
    assert w.overview.rowCount() == 1 and w.overview.chain(0).replica_host == B

    # Changed, renamed (moves in the sorted tree), removed and added in one refresh.
    a.vms = [vm_row(1, "SQL01", cpu=50, mode=1), vm_row(2, "ZZ-WEB01"), vm_row(4, "NEW01")]
    w.refresh()
    testers.check()
    names = [w.tree.index(r, 0, w.tree.host_index(A)).data() for r in range(3)]
    assert names == ["NEW01", "SQL01", "ZZ-WEB01"]
    assert w.proxy.rowCount() == 3

    # Replication removed on both sides: the overview row goes.
    a.replications, b.replications = [], []
    w.refresh()
    testers.check()
    assert w.overview.rowCount() == 0

    # A host that stops answering keeps its VMs, marked stale; then it comes back.
    b.error = HostUnreachable(B, "refused")
    w.refresh()
    testers.check()
    host_b = w.tree.host_index(B)
    assert host_b.data(Role.STALE) and w.tree.rowCount(host_b) == 2
    assert all(w.tree.index(r, 0, host_b).data(Role.STALE) for r in range(2))
    b.error = None
    w.refresh()
    assert not w.tree.host_index(B).data(Role.STALE)

    # Disconnecting removes the host, its VMs and its rows everywhere.
    w.wait(w.registry.remove(B))
    testers.check()
    assert not w.tree.host_index(B).isValid()
    assert all(w.vms.index(r, 0).data(Role.HOST) == A for r in range(w.vms.rowCount()))
    assert w.resets == []


def test_problem_filter_keeps_only_relationships_needing_attention(
    scripted: Scripted, testers: ModelWatch
) -> None:
    w = scripted
    a = w.sessions.prepare(A, [vm_row(1, "OK01", mode=1), vm_row(2, "BAD01", mode=1)])
    a.replications = [rep_row(1, 1, FQDN[A], FQDN[B]), rep_row(2, 1, FQDN[A], FQDN[B], state=8, health=2)]
    w.connect(A)
    w.refresh()
    w.problems.set_problems_only(True)
    testers.check()
    shown = [w.problems.index(r, 0).data() for r in range(w.problems.rowCount())]
    assert shown == ["VM2"]  # rep_row names the VM after its number
    reasons = w.problems.index(0, 7).data()
    assert "paused" in reasons.lower() and "not connected" in reasons


def test_jobs_and_audit_models(pytestconfig: pytest.Config) -> None:
    jobs = JobsModel(lambda j: f"T {j.title}")
    ModelTester(pytestconfig).check(jobs, force_py=True)
    job = Job("j1", "pause", "Pause", (A,), "SQL01", None, "Pause", A, 0.5, NOW)
    jobs.apply(job)
    jobs.apply(Job("j2", "resume", "Resume", (B,), "WEB01", None, "Resume", B, 0.0, NOW))
    jobs.apply(Job("j1", "pause", "Pause", (A,), "SQL01", None, "", A, 1.0, NOW, NOW, Outcome.SUCCEEDED))
    ModelTester(pytestconfig).check(jobs, force_py=True)
    assert jobs.rowCount() == 2 and jobs.index(0, 0).data() == "T Pause"
    assert jobs.index(0, 5).data() == "Succeeded" and jobs.index(0, 4).data(Role.PROGRESS) == 100
    audit = AuditModel()
    ModelTester(pytestconfig).check(audit, force_py=True)
    step = AuditStep("Pause", A, "done", "Get-VM -Id x | Suspend-VMReplication")
    record = AuditRecord(
        "j1",
        "pause",
        "Pause",
        (A,),
        "SQL01",
        "",
        "s",
        NOW.isoformat(),
        "succeeded",
        "",
        "me",
        {A: "LAB\\admin"},
        (step,),
    )
    audit.merge([record])
    audit.merge([record])
    ModelTester(pytestconfig).check(audit, force_py=True)
    assert audit.rowCount() == 1 and "LAB\\admin" in audit.index(0, 4).data()
    assert "Suspend-VMReplication" in audit.index(0, 0).data(3)


def test_settings_remember_the_vm_list_columns(tmp_path: Path, qtbot: QtBot, scripted: Scripted) -> None:
    from hvgui.ui.views.item_views import ColumnsTree

    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    view = ColumnsTree(settings, "vms/header")
    qtbot.addWidget(view)
    view.setModel(scripted.proxy)
    view.restore_columns()
    view.header().setSectionHidden(4, True)
    view.header().moveSection(2, 6)
    view.sortByColumn(3, view.header().sortIndicatorOrder())
    again = ColumnsTree(settings, "vms/header")
    qtbot.addWidget(again)
    again.setModel(scripted.proxy)
    again.restore_columns()
    assert again.header().isSectionHidden(4)
    assert again.header().visualIndex(2) == 6
    assert again.header().sortIndicatorSection() == 3
    menu = again.column_menu()
    assert [a.isChecked() for a in menu.actions()][4] is False
