"""Reverse Replication wizard against the demo lab.

ZEITERFASSUNG-01 failed over unplanned from DUS to MUC (the demo's case); the old copy on DUS came
back running. The wizard turns it off, marks it -AsReplica on DUS, reverses on MUC and starts the
initial replication. PRINT-MUC-01 is prepared for a planned failover to FRA: after the failover the
wizard just reverses.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWizard
from pytestqt.qtbot import QtBot

from hvgui.hyperv.enums import ReplicationMode, ReplicationState, VMState
from hvgui.lab.records import CommandCall
from hvgui.services.workflows.base import Outcome, StepStatus
from hvgui.services.workflows.reverse import ReverseAfter
from hvgui.ui.wizards import ReverseReplicationWizard
from hvgui.ui.wizards.page import PageId
from tests.ui.wizards.conftest import DUS, FRA, MUC, Served
from tests.ui.wizards.helpers import advance, at, can_go_on, child, page


def lab_do(served: Served, host: str, name: str, cmdlet: str, **params: Any) -> None:
    vm = next(v for v in served.lab.host(host).vms.values() if v.name == name)
    result = served.lab.invoke(
        host, [CommandCall.of("Get-VM", Id=str(vm.id)), CommandCall.of(cmdlet, **params)]
    )
    assert result.failure is None and not result.errors, (result.failure, result.errors)


def open_wizard(served: Served, qtbot: QtBot, host: str, name: str) -> ReverseReplicationWizard:
    vm = served.vm(host, name)
    (relation,) = served.relations(vm)
    wizard = ReverseReplicationWizard(None, served.ctx(), vm, relation)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_after_an_unplanned_failover_the_old_copy_is_marked_as_replica_and_replication_reversed(
    served: Served, qtbot: QtBot
) -> None:
    lab_do(served, DUS, "ZEITERFASSUNG-01", "Start-VM")  # the old host came back with the VM running
    wizard = open_wizard(served, qtbot, MUC, "ZEITERFASSUNG-01")
    advance(served, wizard, PageId.SERVER)
    combo = child(wizard, QComboBox, "replicaServer")
    assert combo.currentText() == DUS and not combo.isEnabled()  # pre-filled: the old primary
    served.wait(lambda: page(wizard).current_check() is not None)
    assert wizard.after is ReverseAfter.UNPLANNED
    assert "unplanned failover" in child(wizard, type(page(wizard)._status), "serverStatus").text()

    advance(served, wizard, PageId.OLD_PRIMARY)
    assert not can_go_on(wizard)
    assert (
        "Hyper-V Manager cannot do this step"
        in child(wizard, type(page(wizard)._explain), "oldCopyExplain").text()
    )
    assert "tick the box" in page(wizard).reason_text()
    child(wizard, QCheckBox, "confirmOldCopy").setChecked(True)
    assert can_go_on(wizard)

    advance(served, wizard, PageId.CONNECTION)
    assert child(wizard, QLineEdit, "port").text() == "80"
    assert not child(wizard, QCheckBox, "compression").isVisibleTo(wizard)
    advance(served, wizard, PageId.INITIAL)
    assert not child(wizard, type(page(wizard)._media), "media").isVisibleTo(wizard)
    advance(served, wizard, PageId.SUMMARY)
    workflow = wizard.workflow
    assert workflow is not None
    assert [(s.key, s.host) for s in workflow.plan()] == [
        ("turn_off_old", DUS),
        ("mark_replica", DUS),
        ("reverse", MUC),
        ("initial", MUC),
    ]
    assert "Set-VMReplication -AsReplica -AllowedPrimaryServer 'hv-muenchen-01.rz.contoso-gmbh.de'" in (
        workflow.powershell()
    )

    advance(served, wizard, PageId.PROGRESS)
    served.wait(lambda: page(wizard).isComplete(), timeout=60)
    assert workflow.outcome is Outcome.SUCCEEDED, wizard.error
    assert [r.status for r in workflow.records] == [StepStatus.DONE] * 4
    new = served.reread(wizard.vm)
    assert new.replication_mode is ReplicationMode.Primary and new.state is VMState.Running
    old = served.reread(wizard.vm, DUS)
    assert old.replication_mode is ReplicationMode.Replica and old.state is VMState.Off
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_after_a_planned_failover_the_wizard_just_reverses(served: Served, qtbot: QtBot) -> None:
    lab_do(served, FRA, "PRINT-MUC-01", "Start-VMFailover", Confirm=False)
    wizard = open_wizard(served, qtbot, FRA, "PRINT-MUC-01")
    advance(served, wizard, PageId.SERVER)
    served.wait(lambda: page(wizard).current_check() is not None)
    assert wizard.after is ReverseAfter.PLANNED
    assert wizard.flow() == [PageId.BEFORE, PageId.SERVER, PageId.CONNECTION, PageId.SUMMARY, PageId.PROGRESS]
    advance(served, wizard, PageId.CONNECTION)
    assert child(wizard, QLineEdit, "port").isReadOnly()
    advance(served, wizard, PageId.SUMMARY)
    assert wizard.workflow is not None
    assert [(s.key, s.host) for s in wizard.workflow.plan()] == [("reverse", FRA)]
    advance(served, wizard, PageId.PROGRESS)
    served.wait(lambda: page(wizard).isComplete(), timeout=60)
    assert wizard.workflow.outcome is Outcome.SUCCEEDED, wizard.error
    new = served.reread(wizard.vm)
    assert (new.replication_mode, new.replication_state) == (
        ReplicationMode.Primary,
        ReplicationState.Replicating,
    )
    assert served.reread(wizard.vm, MUC).replication_mode is ReplicationMode.Replica
    assert at(wizard) is PageId.PROGRESS
    wizard.button(QWizard.WizardButton.FinishButton).click()
