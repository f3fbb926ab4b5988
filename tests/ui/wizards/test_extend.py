"""Extend Replication wizard against the demo lab: SQL-PROD-01 (MUC -> FRA) extended from FRA to DUS."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWizard
from pytestqt.qtbot import QtBot

from hvgui.hyperv.enums import RelationshipType, ReplicationMode, ReplicationState
from hvgui.services.workflows.base import Outcome
from hvgui.ui.wizards import ExtendReplicationWizard
from hvgui.ui.wizards.page import PageId
from tests.ui.wizards.conftest import DUS, FRA, MUC, Served
from tests.ui.wizards.helpers import advance, back, can_go_on, child, page

VM = "SQL-PROD-01"


def open_wizard(served: Served, qtbot: QtBot, name: str = VM) -> ExtendReplicationWizard:
    replica = served.vm(FRA, name)
    relation = next(r for r in served.relations(replica) if r.relationship is RelationshipType.Simple)
    wizard = ExtendReplicationWizard(None, served.ctx(), replica, relation)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_extend_replication_from_frankfurt_to_duesseldorf_runs_to_the_end(
    served: Served, qtbot: QtBot
) -> None:
    wizard = open_wizard(served, qtbot)
    assert wizard.flow() == [
        PageId.BEFORE,
        PageId.SERVER,
        PageId.CONNECTION,
        PageId.FREQUENCY,
        PageId.RECOVERY,
        PageId.INITIAL,
        PageId.SUMMARY,
        PageId.PROGRESS,
    ]
    advance(served, wizard, PageId.SERVER)
    combo = child(wizard, QComboBox, "replicaServer")
    # Neither the replica's own host nor the primary can be the extended Replica server.
    assert [combo.itemText(i) for i in range(combo.count())] == [DUS]
    combo.setEditText(DUS)
    served.wait(lambda: page(wizard).current_check() is not None)
    assert can_go_on(wizard), page(wizard).reason_text()
    advance(served, wizard, PageId.CONNECTION)
    advance(served, wizard, PageId.FREQUENCY)
    assert page(wizard).seconds() == 300
    page(wizard).set_seconds(900)
    advance(served, wizard, PageId.RECOVERY)
    assert not child(wizard, type(page(wizard)._vss), "vss").isVisibleTo(wizard)
    page(wizard).set_values(2)
    advance(served, wizard, PageId.INITIAL)
    served.wait(lambda: wizard.draft.disks is not None)
    advance(served, wizard, PageId.SUMMARY)
    workflow = wizard.workflow
    assert workflow is not None
    assert {s.host for s in workflow.plan()} == {FRA}
    assert "-ReplicationFrequencySec 900 -RecoveryHistory 2" in workflow.powershell()
    assert "VSSSnapshotFrequencyHour" not in workflow.powershell()

    advance(served, wizard, PageId.PROGRESS)
    served.wait(lambda: page(wizard).isComplete(), timeout=60)
    assert workflow.outcome is Outcome.SUCCEEDED, wizard.error
    extended = next(r for r in served.relations(wizard.vm) if r.relationship is RelationshipType.Extended)
    assert extended.frequency_sec == 900 and extended.recovery_history == 2
    assert extended.state in (ReplicationState.InitialReplicationInProgress, ReplicationState.Replicating)
    assert served.reread(wizard.vm, DUS).replication_mode is ReplicationMode.ExtendedReplica
    assert served.tracker.jobs()[-1].outcome is Outcome.SUCCEEDED
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_30_seconds_or_more_often_than_the_primary_blocks_next(served: Served, qtbot: QtBot) -> None:
    wizard = open_wizard(served, qtbot)
    advance(served, wizard, PageId.SERVER)
    child(wizard, QComboBox, "replicaServer").setEditText(DUS)
    served.wait(lambda: page(wizard).current_check() is not None)
    advance(served, wizard, PageId.CONNECTION)
    advance(served, wizard, PageId.FREQUENCY)
    page(wizard).set_seconds(30)
    assert not can_go_on(wizard)
    assert "every 5 or 15 minutes; 30 seconds is not possible" in page(wizard).reason_text()
    page(wizard).set_seconds(300)
    assert can_go_on(wizard)
    # Were the primary relationship at 15 minutes, 5 would be more often than changes arrive.
    assert wizard.relation is not None
    wizard.relation = type(wizard.relation)(**{**wizard.relation.__dict__, "frequency_sec": 900})
    page(wizard).set_seconds(900)
    page(wizard).set_seconds(300)
    assert not can_go_on(wizard) and "Choose 15 minutes" in page(wizard).reason_text()
    wizard.reject()


def test_the_primary_cannot_be_the_extended_replica_server(served: Served, qtbot: QtBot) -> None:
    wizard = open_wizard(served, qtbot)
    advance(served, wizard, PageId.SERVER)
    child(wizard, QComboBox, "replicaServer").setEditText("hv-muenchen-01.rz.contoso-gmbh.de")
    served.wait(lambda: page(wizard).current_check() is not None)
    assert not can_go_on(wizard)
    assert f"{MUC} is the primary server of SQL-PROD-01" in page(wizard).reason_text()
    wizard.reject()


def test_going_back_keeps_the_choices(served: Served, qtbot: QtBot) -> None:
    wizard = open_wizard(served, qtbot)
    advance(served, wizard, PageId.SERVER)
    child(wizard, QComboBox, "replicaServer").setEditText(DUS)
    served.wait(lambda: page(wizard).current_check() is not None)
    advance(served, wizard, PageId.CONNECTION)
    advance(served, wizard, PageId.FREQUENCY)
    page(wizard).set_seconds(900)
    advance(served, wizard, PageId.RECOVERY)
    page(wizard).set_values(2)
    advance(served, wizard, PageId.INITIAL)
    back(wizard, PageId.RECOVERY)
    assert page(wizard).recovery_history() == 2
    back(wizard, PageId.FREQUENCY)
    assert page(wizard).seconds() == 900
    back(wizard, PageId.CONNECTION)
    assert child(wizard, QLineEdit, "port").text() == "80"
    for expected in (PageId.FREQUENCY, PageId.RECOVERY, PageId.INITIAL, PageId.SUMMARY):
        advance(served, wizard, expected)
    assert wizard.workflow is not None
    assert "-ReplicationFrequencySec 900 -RecoveryHistory 2" in wizard.workflow.powershell()
    wizard.reject()
