"""Every page of a wizard with sample input, for `hvgui --screenshots` and the user guide.

The walk asks no host: a synchronous generator cannot wait for the event loop (a nested loop inside
a running asyncio task is refused by asyncio), so the pages get sample answers and the workflow is
built but never run. The progress and result pages show sample states of that workflow.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from PySide6.QtWidgets import QApplication, QWidget

from hvgui.hyperv.enums import ReplicationMode, ReplicationState, ServerAuthenticationType, VMState
from hvgui.hyperv.errors import CommandFailed, ErrorInfo
from hvgui.hyperv.model import DiskInfo, ReplicaServerInfo
from hvgui.services.workflows.base import Outcome, StepStatus
from hvgui.services.workflows.errors import WorkflowFailed
from hvgui.services.workflows.reverse import ReverseAfter
from hvgui.ui.wizards.base import ReplicationWizard
from hvgui.ui.wizards.page import PageId
from hvgui.ui.wizards.pages_server import ServerCheck
from hvgui.ui.wizards.reverse import ReverseReplicationWizard

GIB = 1024**3
SAMPLE_THUMBPRINT = "3A7F19C2D84E5B60A1F2C3D4E5F60718293A4B5C"


def _sample_target(wizard: ReplicationWizard) -> str:
    fixed = wizard.fixed_target()
    if fixed:
        return fixed
    excluded = wizard.excluded_hosts()
    return next((h for h in wizard.ctx.hosts() if h.lower() not in excluded), "HV-REPLICA-01")


def _sample_server(host: str) -> ReplicaServerInfo:
    return ReplicaServerInfo(
        host=host,
        enabled=True,
        auth=ServerAuthenticationType.CertificateAndKerberos,
        kerberos_port=80,
        certificate_port=443,
        certificate_thumbprint=SAMPLE_THUMBPRINT,
        allow_any=True,
        default_storage="R:\\Hyper-V Replica",
        entries=(),
    )


def _sample_disks(wizard: ReplicationWizard) -> tuple[DiskInfo, ...]:
    vm = wizard.vm
    folder = f"D:\\Hyper-V\\Virtual Hard Disks\\{vm.name}"
    return (
        DiskInfo(vm.id, f"{folder}\\{vm.name}_OS.vhdx", "", 127 * GIB, 52 * GIB),
        DiskInfo(vm.id, f"{folder}\\{vm.name}_Data.vhdx", "", 512 * GIB, 210 * GIB),
    )


def fill_samples(wizard: ReplicationWizard) -> None:
    """Answer every question the pages would ask the hosts, with plausible values."""
    wizard.offline = True
    draft = wizard.draft
    target = _sample_target(wizard)
    draft.source_server = draft.source_server or wizard.vm.host
    draft.thumbprints = draft.thumbprints or (SAMPLE_THUMBPRINT,)
    draft.fqdns.setdefault(target, target)
    if draft.disks is None:
        draft.disks = _sample_disks(wizard)
    if isinstance(wizard, ReverseReplicationWizard):
        # Reverse: the case that needs the most explaining, an unplanned failover.
        wizard.old_copy = dataclasses.replace(
            wizard.vm,
            host=target,
            state=VMState.Running,
            replication_mode=ReplicationMode.Primary,
            replication_state=ReplicationState.Replicating,
        )
        wizard.after = ReverseAfter.UNPLANNED
    server_page = wizard.typed_page(PageId.SERVER)
    server_page.initializePage()
    server_page._server.setEditText(target)
    server_page.apply(ServerCheck(target, target, _sample_server(target), tested=True))
    vhds = wizard.typed_page(PageId.VHDS)
    if vhds is not None:
        vhds.apply(draft.disks)
    initial = wizard.typed_page(PageId.INITIAL)
    if initial is not None:
        initial.apply_copy(None)


def _settle(widget: QWidget) -> QWidget:
    QApplication.processEvents()
    return widget


def screenshot_pages(wizard: ReplicationWizard) -> Iterator[tuple[str, QWidget]]:
    """(name, widget) for every page in order, then View PowerShell, progress and both results.

    Names are "<kind>-<nn>-<page>", stable across runs and languages. The wizard is left showing
    sample results; close it afterwards (it reports that nothing ran).
    """
    fill_samples(wizard)
    if not wizard.isVisible():
        wizard.show()
    wizard.restart()
    fill_samples(wizard)
    number = 0

    def name(what: str) -> str:
        return f"{wizard.kind}-{number:02d}-{what}"

    while True:
        page_id = PageId(wizard.currentId())
        number += 1
        if page_id is PageId.OLD_PRIMARY:
            wizard.setField("prepare_old_primary", True)
        if page_id is PageId.PROGRESS:
            break
        yield name(page_id.name.lower()), _settle(wizard)
        if page_id is PageId.SUMMARY:
            assert wizard.workflow is not None
            dialog = wizard.powershell_dialog()
            dialog.show()
            number += 1
            yield name("powershell"), _settle(dialog)
            dialog.close()
            dialog.deleteLater()
        wizard.next()
    yield from _results(wizard, number)


def _results(wizard: ReplicationWizard, number: int) -> Iterator[tuple[str, QWidget]]:
    workflow = wizard.workflow
    assert workflow is not None
    page = wizard.typed_page(PageId.PROGRESS)
    base = workflow.progress()
    records = list(base.records)
    running = [
        dataclasses.replace(
            r, status=StepStatus.DONE if i == 0 else StepStatus.RUNNING if i == 1 else r.status
        )
        for i, r in enumerate(records)
    ]
    page.show_progress(dataclasses.replace(base, records=tuple(running), current=1, fraction=0.4))
    yield f"{wizard.kind}-{number:02d}-progress", _settle(wizard)
    done = tuple(dataclasses.replace(r, status=StepStatus.DONE) for r in records)
    page.show_result(
        workflow, None, dataclasses.replace(base, records=done, fraction=1.0, outcome=Outcome.SUCCEEDED)
    )
    yield f"{wizard.kind}-{number + 1:02d}-result-success", _settle(wizard)
    failing = min(1, len(records) - 1)
    step = records[failing].step
    cause = CommandFailed(
        step.host,
        [ErrorInfo("Hyper-V cannot connect to the specified Replica server.", "OperationFailed,Sample")],
    )
    error = WorkflowFailed(
        title=workflow.describe(),
        step=step,
        step_number=failing + 1,
        step_count=len(records),
        cause=cause,
        completed=[r.step for r in records[:failing]],
        advice="",
    )
    failed = tuple(
        dataclasses.replace(
            r,
            status=StepStatus.DONE
            if i < failing
            else StepStatus.FAILED
            if i == failing
            else StepStatus.NOT_RUN,
        )
        for i, r in enumerate(records)
    )
    page.show_result(
        workflow, error, dataclasses.replace(base, records=failed, fraction=0.3, outcome=Outcome.FAILED)
    )
    yield f"{wizard.kind}-{number + 2:02d}-result-failed", _settle(wizard)
