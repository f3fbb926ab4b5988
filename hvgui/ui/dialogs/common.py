"""The replication dialogs' shared frame, and the entry API the main window uses.

Entry API
---------
One class per dialog, built as ``Dialog(parent, ctx, vm, relations)`` where ctx is the application's
:class:`DialogContext` (``DialogContext.from_registry(registry, tracker, inventory)``, built once:
it also keeps the health history), vm the selected ``VMInfo`` and relations its ``ReplicationInfo``
on that host (the inventory's ``HostInventory.replications`` filtered by ``vm.id``). The dialogs
re-read what they depend on when they open; the other hosts are found through the inventory:

==============================================  =====================================================
failover_planned.PlannedFailoverDialog          primary VM: Planned Failover…
failover.FailoverDialog                          replica VM: Failover…
test_failover.TestFailoverDialog                 replica VM: Test Failover…
simple.StopTestFailoverDialog                    replica VM: Stop Test Failover
simple.CancelFailoverDialog                      replica after failover, prepared primary: Cancel Failover
simple.RemoveRecoveryPointsDialog                replica after failover: Remove Recovery Points
simple.PauseDialog / simple_resume.ResumeDialog  Pause Replication / Resume Replication (offers resync)
simple_more.ImportInitialReplicaDialog           replica placeholder: Import Initial Replica…
simple_more.RemoveReplicationDialog              Remove Replication (which side or sides)
health.ReplicationHealthDialog                   View Replication Health…
settings.HyperVSettingsDialog(parent, ctx, host) Hyper-V Settings… → Replication Configuration
==============================================  =====================================================

Show them with ``.open()`` (window-modal) or ``.show()``; never ``exec()`` inside an async slot. Each
runs its workflow itself through ``ctx.tracker.run(workflow)`` (so it appears in the jobs panel and
the audit log) and shows the progress and the result in the dialog; it cannot be closed while a
step runs ("Stop after this step" cancels between steps). Signals:

* ``operation_finished(outcome, hosts)``: an operation ended (``services.workflows.Outcome``); refresh
  these hosts. May come more than once (e.g. a failover after a split-brain warning, Refresh).
* ``finished_with(outcome)``: exactly once, when the dialog closes: the outcome of its last operation
  that changed something, or ``Outcome.CANCELLED`` if none ran.

Every dialog module also has ``screenshot_states(dialog) -> Iterator[tuple[str, QWidget]]`` for the
screenshot harness: it walks the dialog through its pages and simulated progress, failure and
success states (no host is touched) and yields a stable name and the widget to grab for each. Let
the event loop run until ``dialog.ready`` is true first: the dialogs read the hosts when they open.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from hvgui.hyperv.enums import RelationshipType, ReplicationMode
from hvgui.hyperv.errors import ConnectionLost
from hvgui.hyperv.model import ReplicationInfo, VMInfo
from hvgui.services.inventory import Inventory
from hvgui.services.jobs import JobTracker
from hvgui.services.workflows import WorkflowFailed
from hvgui.services.workflows.common import same_host
from hvgui.services.workflows.reads import Session
from hvgui.ui.dialogs.common_widgets import Mark, Row, fill
from hvgui.ui.dialogs.health_chart import HealthHistory
from hvgui.ui.dialogs.operation import OperationDialog
from hvgui.ui.dialogs.outcome_text import failure_view

if TYPE_CHECKING:
    from hvgui.services.connections import HostRegistry

__all__ = ["DialogContext", "OperationDialog", "Roles", "fill", "roles", "run_states", "screenshot_states"]


@dataclass(frozen=True)
class DialogContext:
    """What a dialog needs from the application (the composition root builds one)."""

    session: Callable[[str], Session | None]  # HostRegistry.session: host name -> connected session
    tracker: JobTracker
    inventory: Inventory | None = None
    # Pending size and latency seen since the app started, per VM and relationship (health chart).
    history: HealthHistory = field(default_factory=HealthHistory)

    @classmethod
    def from_registry(
        cls, registry: HostRegistry, tracker: JobTracker, inventory: Inventory
    ) -> DialogContext:
        """The application's context; build it once so the health history lasts as long as the app."""
        return cls(registry.session, tracker, inventory)

    def sessions(self, *hosts: str) -> dict[str, Session]:
        """The connected sessions among hosts; a missing one makes the workflow say "connect first"."""
        found: dict[str, Session] = {}
        for host in hosts:
            session = self.session(host) if host else None
            if session is not None:
                found[host] = session
        return found

    def host_names(self) -> list[str]:
        return list(self.inventory.hosts()) if self.inventory is not None else []


@dataclass(frozen=True)
class Roles:
    """The hvgui host names (registry names) of a VM's copies; "" where hvgui does not know one."""

    primary: str = ""
    replica: str = ""
    extended: str = ""
    primary_server: str = ""  # as Hyper-V names them (FQDN), for texts when the host is not connected
    replica_server: str = ""
    extended_server: str = ""


def _host_for(ctx: DialogContext, server: str) -> str:
    if not server:
        return ""
    return (
        next((name for name in ctx.host_names() if same_host(name, server)), "")
        or next(
            (name for name in ctx.host_names() if same_host(name.split(".")[0], server.split(".")[0])), ""
        )
        or server
    )


def roles(ctx: DialogContext, vm: VMInfo, relations: Sequence[ReplicationInfo]) -> Roles:
    """Which connected host holds which copy: the inventory's chain first, server names as fallback."""
    simple = next((r for r in relations if r.relationship is RelationshipType.Simple), None)
    ext = next((r for r in relations if r.relationship is RelationshipType.Extended), None)
    primary = replica = extended = ""
    if ctx.inventory is not None:
        chain = next((c for c in ctx.inventory.relationships() if c.vm_id == vm.id), None)
        if chain is not None:
            primary, replica, extended = (
                chain.primary_host or "",
                chain.replica_host or "",
                chain.extended_host or "",
            )
    mode = vm.replication_mode
    if mode is ReplicationMode.Primary:
        primary = vm.host
    elif mode is ReplicationMode.Replica:
        replica = vm.host
    elif mode is ReplicationMode.ExtendedReplica:
        extended = vm.host
    p_server = simple.primary_server if simple else ""
    r_server = simple.replica_server if simple else (ext.primary_server if ext else "")
    e_server = ext.replica_server if ext else ""
    if mode is ReplicationMode.ExtendedReplica and simple is not None:
        # An extended replica's only relationship names the replica (its sender) as primary.
        r_server, e_server, p_server = simple.primary_server, simple.replica_server, ""
    return Roles(
        primary=primary or _host_for(ctx, p_server),
        replica=replica or _host_for(ctx, r_server),
        extended=extended or _host_for(ctx, e_server),
        primary_server=p_server,
        replica_server=r_server,
        extended_server=e_server,
    )


def run_states(dialog: OperationDialog) -> Iterator[tuple[str, QWidget]]:
    """The pages, then a simulated run: one step done and one running, a failure at step 2 (the host
    did not answer), and success. Nothing is sent to a host."""
    if dialog.has_form:
        dialog.go_to(dialog.FORM)
        yield "1-form", dialog
    if dialog.problem():
        return
    dialog.go_to(dialog.SUMMARY)
    yield "2-summary", dialog
    steps = dialog.planned_steps()
    title = dialog.step_title

    def rows(marks: Sequence[Mark], note: str = "") -> list[Row]:
        return [
            Row(s.key, title(s), s.host, m, note if m is Mark.UNKNOWN else "")
            for s, m in zip(steps, marks, strict=True)
        ]

    running = (
        [Mark.DONE, Mark.RUNNING, *[Mark.PENDING] * (len(steps) - 2)] if len(steps) > 1 else [Mark.RUNNING]
    )
    dialog.show_state(rows(running), running=True)
    yield "3-running", dialog
    at = min(1, len(steps) - 1)
    err = WorkflowFailed(
        title=dialog.windowTitle(),
        step=steps[at],
        step_number=at + 1,
        step_count=len(steps),
        cause=ConnectionLost(steps[at].host, "connection reset"),
        completed=steps[:at],
        advice="",
        outcome_unknown=True,
    )
    view = failure_view(err, (), title, dialog.advice)
    marks = [Mark.DONE] * at + [Mark.UNKNOWN] + [Mark.NOT_RUN] * (len(steps) - at - 1)
    dialog.show_state(
        rows(marks, view.row_note), result=(view.mark, view.headline, view.body, view.next_step)
    )
    yield "4-failed", dialog
    headline, next_step = dialog.success(None)
    dialog.show_state(rows([Mark.DONE] * len(steps)), result=(Mark.DONE, headline, "", next_step))
    yield "5-done", dialog
    dialog.powershell_button.click()
    shown = dialog.powershell_dialog
    if shown is not None:
        yield "6-powershell", shown
        shown.close()


def screenshot_states(dialog: QWidget) -> Iterator[tuple[str, QWidget]]:
    """Every state of a replication dialog for the screenshot harness, in a stable order."""
    states = getattr(dialog, "screenshot_states", None)
    if callable(states):
        yield from states()
    elif isinstance(dialog, OperationDialog):
        yield from run_states(dialog)
    else:
        yield "1-dialog", dialog
