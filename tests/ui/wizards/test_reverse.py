"""Reverse Replication wizard against the demo lab.

ZEITERFASSUNG-01 failed over unplanned from DUS to MUC (the demo's case); the old copy on DUS came
back running. The wizard turns it off, marks it -AsReplica on DUS, reverses on MUC and starts the
initial replication. PRINT-MUC-01 is prepared for a planned failover to FRA: after the failover the
wizard just reverses.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QRadioButton, QSpinBox, QWizard
from pytestqt.qtbot import QtBot

from hvgui.hyperv.enums import ReplicationMode, ReplicationState, VMState
from hvgui.lab.records import CommandCall
from hvgui.services.workflows.base import Outcome, StepStatus
from hvgui.services.workflows.reverse import ReverseAfter
from hvgui.ui.wizards import ReverseReplicationWizard
from hvgui.ui.wizards.page import PageId
from tests.ui.wizards.conftest import DUS, FRA, MUC, Served
from tests.ui.wizards.helpers import advance, at, back, can_go_on, child, page, visible_texts

UNPLANNED_FLOW = [
    PageId.BEFORE,
    PageId.SERVER,
    PageId.OLD_PRIMARY,
    PageId.CONNECTION,
    PageId.FREQUENCY,
    PageId.RECOVERY,
    PageId.INITIAL,
    PageId.SUMMARY,
    PageId.PROGRESS,
]
PLANNED_FLOW = [
    PageId.BEFORE,
    PageId.SERVER,
    PageId.CONNECTION,
    PageId.FREQUENCY,
    PageId.RECOVERY,
    PageId.SUMMARY,
    PageId.PROGRESS,
]


def lab_do(served: Served, host: str, name: str, cmdlet: str, **params: Any) -> None:
    vm = next(v for v in served.lab.host(host).vms.values() if v.name == name)
    result = served.lab.invoke(
        host, [CommandCall.of("Get-VM", Id=str(vm.id)), CommandCall.of(cmdlet, **params)]
    )
    assert result.failure is None and not result.errors, (result.failure, result.errors)


def schedule(served: Served, host: str, name: str) -> tuple[int, int, int]:
    """(frequency, recovery history, VSS frequency) of the VM's relationship, read over the wire."""
    (relation,) = served.relations(served.vm(host, name))
    return relation.frequency_sec, relation.recovery_history, relation.vss_hours


def recovery_shown(wizard: ReverseReplicationWizard) -> tuple[bool, int, bool, int]:
    """The Additional Recovery Points page as the user sees it: hourly?, hours, VSS?, VSS hours."""
    return (
        child(wizard, QRadioButton, "hourly").isChecked(),
        child(wizard, QSpinBox, "coverage").value(),
        child(wizard, QCheckBox, "vss").isChecked(),
        child(wizard, QSpinBox, "vssHours").value(),
    )


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
    assert wizard.flow() == UNPLANNED_FLOW
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
    compression = child(wizard, QCheckBox, "compression")
    # Shown as in Hyper-V Manager, pre-filled from the replication before the failover (compressed).
    assert compression.isVisibleTo(wizard) and compression.isEnabled() and compression.isChecked()
    assert "the data was compressed" in child(wizard, QLabel, "keptSettings").text()
    # Pre-filled from the replication DUS -> MUC before the failover: 5 minutes, 6 hours, no VSS.
    advance(served, wizard, PageId.FREQUENCY)
    frequency = child(wizard, QComboBox, "frequency")
    assert frequency.currentText() == "5 minutes"
    frequency.setCurrentIndex(frequency.findText("15 minutes"))
    advance(served, wizard, PageId.RECOVERY)
    assert recovery_shown(wizard) == (True, 6, False, 4)
    assert child(wizard, QSpinBox, "coverage").isEnabled()
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
    assert (
        "-ReplicationFrequencySec 900 -RecoveryHistory 6 -DisableVSSSnapshotReplication"
        in workflow.powershell()
    )
    assert "-CompressionEnabled $true" in workflow.powershell()
    summary = visible_texts(page(wizard))
    assert "15 minutes\nBefore the failover: 5 minutes" in summary
    assert "Kerberos authentication (HTTP), port 80\nData is compressed." in summary
    assert "Hourly recovery points, covering 6 hours" in summary

    advance(served, wizard, PageId.PROGRESS)
    served.wait(lambda: page(wizard).isComplete(), timeout=60)
    assert workflow.outcome is Outcome.SUCCEEDED, wizard.error
    assert [r.status for r in workflow.records] == [StepStatus.DONE] * 4
    new = served.reread(wizard.vm)
    assert new.replication_mode is ReplicationMode.Primary and new.state is VMState.Running
    old = served.reread(wizard.vm, DUS)
    assert old.replication_mode is ReplicationMode.Replica and old.state is VMState.Off
    assert schedule(served, MUC, "ZEITERFASSUNG-01") == (900, 6, 0)
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_after_a_planned_failover_the_wizard_just_reverses(served: Served, qtbot: QtBot) -> None:
    # The demo's relationship MUC -> FRA, with a schedule to carry over: 15 minutes, 4 hours, VSS every 2.
    lab_do(served, MUC, "PRINT-MUC-01", "Set-VMReplication", ReplicationFrequencySec=900, RecoveryHistory=4,
           VSSSnapshotFrequencyHour=2)  # fmt: skip
    lab_do(served, FRA, "PRINT-MUC-01", "Start-VMFailover", Confirm=False)
    wizard = open_wizard(served, qtbot, FRA, "PRINT-MUC-01")
    advance(served, wizard, PageId.SERVER)
    served.wait(lambda: page(wizard).current_check() is not None)
    assert wizard.after is ReverseAfter.PLANNED
    assert wizard.flow() == PLANNED_FLOW
    advance(served, wizard, PageId.CONNECTION)
    assert child(wizard, QLineEdit, "port").isReadOnly()
    advance(served, wizard, PageId.FREQUENCY)
    assert child(wizard, QComboBox, "frequency").currentText() == "15 minutes"
    assert "every 15 minutes" in child(wizard, QLabel, "frequencyNote").text()
    advance(served, wizard, PageId.RECOVERY)
    assert recovery_shown(wizard) == (True, 4, True, 2)
    assert "kept on HV-MUENCHEN-01" in child(wizard, QLabel, "recoveryNote").text()
    child(wizard, QRadioButton, "latestOnly").setChecked(True)
    assert not child(wizard, QSpinBox, "coverage").isEnabled()
    advance(served, wizard, PageId.SUMMARY)
    assert wizard.workflow is not None
    assert [(s.key, s.host) for s in wizard.workflow.plan()] == [("reverse", FRA)]
    summary = visible_texts(page(wizard))
    assert "15 minutes" in summary
    assert (
        "Only the latest recovery point\nBefore the failover: Hourly recovery points, covering 4 hours, "
        "Application-consistent (VSS) point every 2 hours"
    ) in summary
    advance(served, wizard, PageId.PROGRESS)
    served.wait(lambda: page(wizard).isComplete(), timeout=60)
    assert wizard.workflow.outcome is Outcome.SUCCEEDED, wizard.error
    new = served.reread(wizard.vm)
    assert (new.replication_mode, new.replication_state) == (
        ReplicationMode.Primary,
        ReplicationState.Replicating,
    )
    assert served.reread(wizard.vm, MUC).replication_mode is ReplicationMode.Replica
    assert schedule(served, FRA, "PRINT-MUC-01") == schedule(served, MUC, "PRINT-MUC-01") == (900, 0, 0)
    assert at(wizard) is PageId.PROGRESS
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_recovery_points_hyper_v_would_refuse_keep_next_disabled(served: Served, qtbot: QtBot) -> None:
    lab_do(served, FRA, "PRINT-MUC-01", "Start-VMFailover", Confirm=False)
    wizard = open_wizard(served, qtbot, FRA, "PRINT-MUC-01")
    for expected in (PageId.SERVER, PageId.CONNECTION, PageId.FREQUENCY, PageId.RECOVERY):
        advance(served, wizard, expected)
    assert recovery_shown(wizard)[0] is False  # the original kept only the latest point
    child(wizard, QRadioButton, "hourly").setChecked(True)
    coverage, vss, vss_hours = (
        child(wizard, QSpinBox, "coverage"),
        child(wizard, QCheckBox, "vss"),
        child(wizard, QSpinBox, "vssHours"),
    )
    coverage.setValue(30)
    assert not can_go_on(wizard) and "1 to 24 hours" in page(wizard).reason_text()
    coverage.setValue(3)
    vss.setChecked(True)
    vss_hours.setValue(5)
    assert not can_go_on(wizard) and "at most 3 hours" in page(wizard).reason_text()
    vss_hours.setValue(3)
    assert can_go_on(wizard)
    advance(served, wizard, PageId.SUMMARY)
    assert "-RecoveryHistory 3 -VSSSnapshotFrequencyHour 3" in wizard.workflow.powershell()
    wizard.reject()


def test_compression_is_pre_filled_from_the_original_and_can_change(served: Served, qtbot: QtBot) -> None:
    lab_do(served, MUC, "PRINT-MUC-01", "Set-VMReplication", CompressionEnabled=False)
    lab_do(served, FRA, "PRINT-MUC-01", "Start-VMFailover", Confirm=False)
    wizard = open_wizard(served, qtbot, FRA, "PRINT-MUC-01")
    advance(served, wizard, PageId.SERVER)
    served.wait(lambda: page(wizard).current_check() is not None)
    advance(served, wizard, PageId.CONNECTION)
    compression = child(wizard, QCheckBox, "compression")
    # After a planned failover port and authentication are fixed; compression is not.
    assert compression.isVisibleTo(wizard) and compression.isEnabled() and not compression.isChecked()
    assert "the data was not compressed" in child(wizard, QLabel, "keptSettings").text()
    compression.setChecked(True)
    for expected in (PageId.FREQUENCY, PageId.RECOVERY, PageId.SUMMARY):
        advance(served, wizard, expected)
    assert wizard.workflow is not None
    assert "Set-VMReplication -Reverse -CompressionEnabled $true" in wizard.workflow.powershell()
    summary = visible_texts(page(wizard))
    assert any("Data is compressed.\nBefore the failover: Data is not compressed." in t for t in summary)
    advance(served, wizard, PageId.PROGRESS)
    served.wait(lambda: page(wizard).isComplete(), timeout=60)
    assert wizard.workflow.outcome is Outcome.SUCCEEDED, wizard.error
    for host in (FRA, MUC):
        (relation,) = served.relations(served.vm(host, "PRINT-MUC-01"))
        assert relation.compression is True, host
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_going_back_keeps_the_choices_and_the_summary_follows_a_changed_one(
    served: Served, qtbot: QtBot
) -> None:
    lab_do(served, DUS, "ZEITERFASSUNG-01", "Start-VM")
    wizard = open_wizard(served, qtbot, MUC, "ZEITERFASSUNG-01")
    advance(served, wizard, PageId.SERVER)
    served.wait(lambda: page(wizard).current_check() is not None)
    advance(served, wizard, PageId.OLD_PRIMARY)
    child(wizard, QCheckBox, "confirmOldCopy").setChecked(True)
    advance(served, wizard, PageId.CONNECTION)
    compression = child(wizard, QCheckBox, "compression")
    compression.setChecked(False)
    advance(served, wizard, PageId.FREQUENCY)
    frequency = child(wizard, QComboBox, "frequency")
    frequency.setCurrentIndex(frequency.findText("15 minutes"))  # pre-filled: 5 minutes
    advance(served, wizard, PageId.RECOVERY)
    child(wizard, QSpinBox, "coverage").setValue(8)  # pre-filled: 6 hours
    advance(served, wizard, PageId.INITIAL)
    back(wizard, PageId.RECOVERY)
    assert recovery_shown(wizard) == (True, 8, False, 4)
    back(wizard, PageId.FREQUENCY)
    assert frequency.currentText() == "15 minutes"
    back(wizard, PageId.CONNECTION)
    assert not compression.isChecked() and child(wizard, QLineEdit, "port").text() == "80"
    back(wizard, PageId.OLD_PRIMARY)
    assert child(wizard, QCheckBox, "confirmOldCopy").isChecked() and can_go_on(wizard)
    back(wizard, PageId.SERVER)
    for expected in (PageId.OLD_PRIMARY, PageId.CONNECTION, PageId.FREQUENCY, PageId.RECOVERY):
        advance(served, wizard, expected)
    assert frequency.currentText() == "15 minutes" and not compression.isChecked()
    advance(served, wizard, PageId.INITIAL)
    advance(served, wizard, PageId.SUMMARY)
    summary = visible_texts(page(wizard))
    assert "15 minutes\nBefore the failover: 5 minutes" in summary
    assert any("Data is not compressed.\nBefore the failover: Data is compressed." in t for t in summary)
    assert wizard.workflow is not None
    assert "-CompressionEnabled $false -ReplicationFrequencySec 900 -RecoveryHistory 8" in (
        wizard.workflow.powershell()
    )

    # Back to the pre-filled frequency: the Summary no longer calls it a change.
    for expected in (PageId.INITIAL, PageId.RECOVERY, PageId.FREQUENCY):
        back(wizard, expected)
    frequency.setCurrentIndex(frequency.findText("5 minutes"))
    for expected in (PageId.RECOVERY, PageId.INITIAL, PageId.SUMMARY):
        advance(served, wizard, expected)
    summary = visible_texts(page(wizard))
    assert "5 minutes" in summary and not any(t.startswith("15 minutes") for t in summary)
    assert "-ReplicationFrequencySec 300 -RecoveryHistory 8" in wizard.workflow.powershell()
    wizard.reject()
