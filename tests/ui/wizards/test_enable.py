"""Enable Replication wizard against the demo lab: MUC -> FRA for DC-MUC-01, and what blocks Next."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox, QWizard
from pytestqt.qtbot import QtBot

from hvgui.hyperv.enums import ReplicationMode, ReplicationState
from hvgui.lab.records import CommandCall
from hvgui.services.workflows.base import Outcome
from hvgui.services.workflows.enable import InitialMethod
from hvgui.ui.wizards import EnableReplicationWizard, WizardOutcome
from hvgui.ui.wizards.page import PageId
from tests.ui.wizards.conftest import DUS, FRA, MUC, Served
from tests.ui.wizards.helpers import advance, at, back, can_go_on, child, page, visible_texts

VM = "DC-MUC-01"


def open_wizard(served: Served, qtbot: QtBot, host: str = MUC, name: str = VM) -> EnableReplicationWizard:
    wizard = EnableReplicationWizard(None, served.ctx(), served.vm(host, name))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def to_server_page(served: Served, wizard: EnableReplicationWizard, server: str = FRA) -> None:
    advance(served, wizard, PageId.SERVER)
    child(wizard, QComboBox, "replicaServer").setEditText(server)
    served.wait(lambda: page(wizard).current_check() is not None)


def test_enable_replication_from_munich_to_frankfurt_runs_to_the_end(served: Served, qtbot: QtBot) -> None:
    wizard = open_wizard(served, qtbot)
    outcomes: list[WizardOutcome] = []
    wizard.finished_with.connect(outcomes.append)
    combo = child(wizard, QComboBox, "replicaServer")
    to_server_page(served, wizard)
    # The primary itself is not offered; the other connected hosts are.
    assert MUC not in [combo.itemText(i) for i in range(combo.count())]
    assert can_go_on(wizard), page(wizard).reason_text()
    status = child(wizard, type(page(wizard)._status), "serverStatus").text()
    assert "HV-FRANKFURT-02 is a Replica server" in status and "successful" in status

    advance(served, wizard, PageId.CONNECTION)
    assert child(wizard, QLineEdit, "port").text() == "80"
    advance(served, wizard, PageId.VHDS)
    served.wait(lambda: wizard.draft.disks is not None)
    assert len(wizard.draft.disks or ()) == 1
    advance(served, wizard, PageId.FREQUENCY)
    page(wizard).set_seconds(30)
    advance(served, wizard, PageId.RECOVERY)
    page(wizard).set_values(6, 2)
    advance(served, wizard, PageId.INITIAL)
    assert page(wizard).method() is InitialMethod.NETWORK
    advance(served, wizard, PageId.SUMMARY)

    workflow = wizard.workflow
    assert workflow is not None
    assert [(s.key, s.host) for s in workflow.plan()] == [
        ("test_connection", MUC),
        ("enable", MUC),
        ("initial", MUC),
    ]
    assert (
        "-ReplicationFrequencySec 30 -RecoveryHistory 6 -VSSSnapshotFrequencyHour 2" in workflow.powershell()
    )
    assert wizard.button(QWizard.WizardButton.CustomButton1).isVisible()  # View PowerShell

    advance(served, wizard, PageId.PROGRESS)
    served.wait(lambda: page(wizard).isComplete(), timeout=60)
    assert workflow.outcome is Outcome.SUCCEEDED, wizard.error
    assert child(wizard, type(page(wizard)._headline), "headline").text() == "Completed."
    jobs = served.tracker.jobs()
    assert jobs[-1].id == workflow.id and jobs[-1].outcome is Outcome.SUCCEEDED

    primary = served.reread(wizard.vm)
    assert primary.replication_mode is ReplicationMode.Primary
    replica = served.reread(wizard.vm, FRA)
    assert replica.replication_mode is ReplicationMode.Replica
    (relation,) = served.relations(primary)
    assert (relation.frequency_sec, relation.recovery_history, relation.vss_hours) == (30, 6, 2)
    assert relation.state in (ReplicationState.InitialReplicationInProgress, ReplicationState.Replicating)

    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert [o.outcome for o in outcomes] == [Outcome.SUCCEEDED] and outcomes[0].ran
    assert set(outcomes[0].hosts) == {MUC, FRA}


def test_an_empty_or_unknown_replica_server_blocks_next_with_its_reason(served: Served, qtbot: QtBot) -> None:
    wizard = open_wizard(served, qtbot)
    advance(served, wizard, PageId.SERVER)
    assert not can_go_on(wizard)
    assert "Enter the name of the Replica server" in page(wizard).reason_text()
    combo = child(wizard, QComboBox, "replicaServer")
    combo.setEditText("HV-NOWHERE-09")
    served.wait(lambda: page(wizard).current_check() is not None)
    assert not can_go_on(wizard)
    assert "not connected to HV-NOWHERE-09" in page(wizard).reason_text()
    combo.setEditText(MUC)
    served.wait(lambda: page(wizard).current_check() is not None)
    assert not can_go_on(wizard)
    assert "is the server DC-MUC-01 runs on" in page(wizard).reason_text()
    combo.setEditText("")
    assert not can_go_on(wizard)


def test_a_replica_server_that_does_not_authorize_the_primary_is_explained(
    served: Served, qtbot: QtBot
) -> None:
    # Düsseldorf accepts only the authorization entries for MUC and FRA: pretend MUC's entry is gone.
    entries = served.lab.host(DUS).replica.entries
    saved = list(entries)
    entries[:] = [e for e in entries if "muenchen" not in e.allowed_primary_server]
    try:
        wizard = open_wizard(served, qtbot)
        to_server_page(served, wizard, DUS)
        assert not can_go_on(wizard)
        reason = page(wizard).reason_text()
        assert "does not accept replication from hv-muenchen-01" in reason
        assert "Get-VMReplicationAuthorizationEntry" in reason and "any authenticated server" in reason
    finally:
        entries[:] = saved


def test_invalid_input_blocks_next_on_its_page(served: Served, qtbot: QtBot) -> None:
    # A VM of its own: the first test enables DC-MUC-01, whose copy would then be on the replica.
    wizard = open_wizard(served, qtbot, FRA, "BUILD-AGENT-07")
    to_server_page(served, wizard, MUC)
    advance(served, wizard, PageId.CONNECTION)
    port = child(wizard, QLineEdit, "port")
    for text in ("0", "70000", "eighty"):
        port.setText(text)
        assert not can_go_on(wizard)
        assert "from 1 to 65535" in page(wizard).reason_text()
    port.setText("8080")
    assert not can_go_on(wizard)
    assert "listens for Kerberos authentication (HTTP) on port 80" in page(wizard).reason_text()
    port.setText("80")
    assert can_go_on(wizard)

    advance(served, wizard, PageId.VHDS)
    served.wait(lambda: wizard.draft.disks is not None)
    (disk,) = wizard.draft.disks or ()
    page(wizard).set_included(disk.path, False)
    assert not can_go_on(wizard) and "at least one" in page(wizard).reason_text()
    page(wizard).set_included(disk.path, True)

    advance(served, wizard, PageId.FREQUENCY)
    advance(served, wizard, PageId.RECOVERY)
    child(wizard, type(page(wizard)._hourly), "hourly").setChecked(True)
    coverage = child(wizard, QSpinBox, "coverage")
    coverage.setValue(25)
    assert not can_go_on(wizard) and "1 to 24 hours" in page(wizard).reason_text()
    coverage.setValue(3)
    child(wizard, type(page(wizard)._vss), "vss").setChecked(True)
    child(wizard, QSpinBox, "vssHours").setValue(4)
    assert not can_go_on(wizard) and "at most 3 hours" in page(wizard).reason_text()
    child(wizard, QSpinBox, "vssHours").setValue(13)
    assert not can_go_on(wizard) and "every 1 to 12 hours" in page(wizard).reason_text()
    child(wizard, QSpinBox, "vssHours").setValue(2)
    assert can_go_on(wizard)

    advance(served, wizard, PageId.INITIAL)
    served.wait(lambda: not page(wizard).hint())
    initial = page(wizard)
    initial.choose(InitialMethod.SCHEDULED, start=datetime.now(UTC) - timedelta(hours=1))
    assert not can_go_on(wizard) and "is in the past" in initial.reason_text()
    initial.choose(InitialMethod.SCHEDULED, start=datetime.now(UTC) + timedelta(days=7, hours=2))
    assert not can_go_on(wizard) and "more than 7 days ahead" in initial.reason_text()
    initial.choose(InitialMethod.SCHEDULED, start=datetime.now(UTC) + timedelta(days=2))
    assert can_go_on(wizard)
    initial.choose(InitialMethod.EXTERNAL_MEDIA)
    assert not can_go_on(wizard) and "Enter the folder" in initial.reason_text()
    initial.choose(InitialMethod.EXTERNAL_MEDIA, path="E:\\Export")
    assert can_go_on(wizard)
    initial.choose(InitialMethod.EXISTING_VM)
    assert not can_go_on(wizard) and "has no copy of BUILD-AGENT-07" in initial.reason_text()
    initial.choose(InitialMethod.NETWORK)
    assert can_go_on(wizard)
    assert at(wizard) is PageId.INITIAL
    wizard.reject()


def test_a_step_that_fails_ends_with_the_step_its_meaning_and_what_to_do(
    served: Served, qtbot: QtBot
) -> None:
    wizard = open_wizard(served, qtbot)
    outcomes: list[WizardOutcome] = []
    wizard.finished_with.connect(outcomes.append)
    to_server_page(served, wizard)
    while at(wizard) is not PageId.SUMMARY:
        advance(served, wizard)

    def die(host: str, calls: Sequence[CommandCall]) -> None:
        # MUC goes down as Enable-VMReplication reaches it: nobody can tell whether it ran.
        if host == MUC and any(c.name == "Enable-VMReplication" for c in calls):
            served.server.faults(MUC).host_down = True
            raise ConnectionError("MUC died")

    served.switch.before.append(die)
    advance(served, wizard, PageId.PROGRESS)
    served.wait(lambda: page(wizard).isComplete(), timeout=60)
    assert wizard.workflow is not None and wizard.workflow.outcome is Outcome.FAILED
    headline = child(wizard, type(page(wizard)._headline), "headline").text()
    result = child(wizard, type(page(wizard)._result_label), "result").text()
    assert headline == "Stopped at step 2 of 3."
    assert "Enable replication of DC-MUC-01 to HV-FRANKFURT-02" in result
    assert "cannot tell whether this step ran" in result
    assert "Already done: Test the connection to the Replica server" in result
    assert "What you can do: Refresh both hosts." in result
    assert served.tracker.jobs()[-1].outcome is Outcome.FAILED
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert [(o.outcome, o.ran) for o in outcomes] == [(Outcome.FAILED, True)]


def test_cancel_while_running_stops_before_the_next_step_and_keeps_the_wizard_open(
    served: Served, qtbot: QtBot
) -> None:
    wizard = open_wizard(served, qtbot)
    to_server_page(served, wizard)
    while at(wizard) is not PageId.SUMMARY:
        advance(served, wizard)
    started, release = threading.Event(), threading.Event()

    def hold(host: str, calls: Sequence[CommandCall]) -> None:
        if host == MUC and any(c.name == "Test-VMReplicationConnection" for c in calls):
            started.set()
            release.wait(10)

    served.switch.before.append(hold)
    advance(served, wizard, PageId.PROGRESS)
    served.wait(started.is_set)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    headline = child(wizard, type(page(wizard)._headline), "headline")
    assert headline.text() == "Stopping after the current step…"
    assert wizard.isVisible() and wizard.running
    release.set()
    served.wait(lambda: page(wizard).isComplete(), timeout=30)
    assert wizard.workflow is not None and wizard.workflow.outcome is Outcome.CANCELLED
    assert headline.text() == "Stopped as you asked, before the next step."
    assert "Nothing was changed." in child(wizard, type(page(wizard)._result_label), "result").text()
    assert served.reread(wizard.vm).replication_mode is ReplicationMode.NONE


def test_going_back_keeps_the_choices_and_the_summary_follows_a_changed_one(
    served: Served, qtbot: QtBot
) -> None:
    wizard = open_wizard(served, qtbot)
    to_server_page(served, wizard)
    advance(served, wizard, PageId.CONNECTION)
    port, compression = child(wizard, QLineEdit, "port"), child(wizard, QCheckBox, "compression")
    assert port.text() == "80" and compression.isChecked()
    compression.setChecked(False)
    # Back to the server and forward again: the same server, so nothing is pre-filled anew.
    back(wizard, PageId.SERVER)
    assert child(wizard, QComboBox, "replicaServer").currentText() == FRA
    advance(served, wizard, PageId.CONNECTION)
    assert port.text() == "80" and not compression.isChecked()  # Qt's reset left the port empty

    advance(served, wizard, PageId.VHDS)
    served.wait(lambda: wizard.draft.disks is not None)
    advance(served, wizard, PageId.FREQUENCY)
    page(wizard).set_seconds(30)
    advance(served, wizard, PageId.RECOVERY)
    page(wizard).set_values(6, 2)
    advance(served, wizard, PageId.INITIAL)
    page(wizard).choose(InitialMethod.EXTERNAL_MEDIA, path="E:\\Export")
    back(wizard, PageId.RECOVERY)
    assert (page(wizard).recovery_history(), page(wizard).vss_hours()) == (6, 2)
    back(wizard, PageId.FREQUENCY)
    assert page(wizard).seconds() == 30
    back(wizard, PageId.VHDS)
    back(wizard, PageId.CONNECTION)
    assert not compression.isChecked()
    for expected in (PageId.VHDS, PageId.FREQUENCY, PageId.RECOVERY, PageId.INITIAL):
        advance(served, wizard, expected)
    assert (page(wizard).method(), page(wizard).export_path()) == (InitialMethod.EXTERNAL_MEDIA, "E:\\Export")
    advance(served, wizard, PageId.SUMMARY)
    assert "30 seconds" in visible_texts(page(wizard))
    assert wizard.workflow is not None
    text = wizard.workflow.powershell()
    assert "-CompressionEnabled $false -ReplicationFrequencySec 30" in text and "E:\\Export" in text

    # An earlier choice changed: the Summary (and the workflow it shows) follows it.
    for expected in (PageId.INITIAL, PageId.RECOVERY, PageId.FREQUENCY):
        back(wizard, expected)
    page(wizard).set_seconds(900)
    for expected in (PageId.RECOVERY, PageId.INITIAL, PageId.SUMMARY):
        advance(served, wizard, expected)
    summary = visible_texts(page(wizard))
    assert "15 minutes" in summary and "30 seconds" not in summary
    assert "-ReplicationFrequencySec 900" in wizard.workflow.powershell()

    # Another Replica server: its settings are read and pre-filled again; the other choices stay.
    for expected in (PageId.INITIAL, PageId.RECOVERY, PageId.FREQUENCY, PageId.VHDS, PageId.CONNECTION):
        back(wizard, expected)
    back(wizard, PageId.SERVER)
    to_other = child(wizard, QComboBox, "replicaServer")
    to_other.setEditText(DUS)
    served.wait(lambda: page(wizard).current_check() is not None and can_go_on(wizard))
    advance(served, wizard, PageId.CONNECTION)
    assert child(wizard, QLabel, "serverName").text() == wizard.draft.target_server
    assert "duesseldorf" in wizard.draft.target_server.lower() and not compression.isChecked()
    for expected in (PageId.VHDS, PageId.FREQUENCY, PageId.RECOVERY, PageId.INITIAL, PageId.SUMMARY):
        advance(served, wizard, expected)
    summary = visible_texts(page(wizard))
    assert any(DUS in line for line in summary) and not any(FRA in line for line in summary)
    assert "15 minutes" in summary
    assert f"-ReplicaServerName '{wizard.draft.target_server}'" in wizard.workflow.powershell()
    wizard.reject()


def _lab_disks(served: Served, host: str = MUC, name: str = VM) -> list[tuple[str, int, int]]:
    vm = next(v for v in served.lab.host(host).vms.values() if v.name == name)
    return [(d.path, d.size_bytes, d.file_bytes) for d in vm.disks]


def test_disk_sizes_come_from_get_vhd(served: Served, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QTreeWidget

    from hvgui.ui import format

    ((path, size, used),) = _lab_disks(served)
    wizard = open_wizard(served, qtbot)
    to_server_page(served, wizard)
    advance(served, wizard, PageId.CONNECTION)
    advance(served, wizard, PageId.VHDS)
    served.wait(lambda: wizard.draft.disks is not None)
    (disk,) = wizard.draft.disks or ()
    assert (disk.path, disk.size, disk.file_size) == (path, size, used)
    item = child(wizard, QTreeWidget, "disks").topLevelItem(0)
    assert (item.text(0), item.text(1), item.text(2)) == (path, format.size(size), format.size(used))
    assert format.size(used) in child(wizard, QLabel, "selectedSize").text()
    assert not child(wizard, QLabel, "sizesNote").isVisibleTo(wizard)
    advance(served, wizard, PageId.FREQUENCY)
    advance(served, wizard, PageId.RECOVERY)
    advance(served, wizard, PageId.INITIAL)
    served.wait(lambda: not page(wizard).hint())
    assert wizard.initial_size() == used
    assert format.size(used) in child(wizard, QLabel, "initialSize").text()
    wizard.reject()


def test_a_host_that_cannot_read_the_vhds_still_lists_the_disks(
    served: Served, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QTreeWidget

    from hvgui.lab import runtime
    from hvgui.lab.enums import ErrorCategory

    def denied(ctx: Any, call: Any) -> list[Any]:
        raise ctx.error(
            "Access is denied.", ErrorCategory.PermissionDenied, "AccessDenied", str(call.get("VMId"))
        )

    monkeypatch.setitem(runtime._REGISTRY, "get-vhd", denied)
    ((path, _size, _used),) = _lab_disks(served)
    wizard = open_wizard(served, qtbot)
    to_server_page(served, wizard)
    advance(served, wizard, PageId.CONNECTION)
    advance(served, wizard, PageId.VHDS)
    served.wait(lambda: wizard.draft.disks is not None)
    (disk,) = wizard.draft.disks or ()
    assert disk.path == path and disk.file_size == 0
    item = child(wizard, QTreeWidget, "disks").topLevelItem(0)
    assert (item.text(1), item.text(2)) == ("\u2013", "\u2013")
    assert "\u2013" in child(wizard, QLabel, "selectedSize").text()
    note = child(wizard, QLabel, "sizesNote")
    assert note.isVisibleTo(wizard)
    assert MUC in note.text() and "Access is denied." in note.text()
    assert can_go_on(wizard), page(wizard).reason_text()  # the sizes are only information
    advance(served, wizard, PageId.FREQUENCY)
    advance(served, wizard, PageId.RECOVERY)
    advance(served, wizard, PageId.INITIAL)
    served.wait(lambda: not page(wizard).hint())
    assert wizard.initial_size() is None
    assert "not known" in child(wizard, QLabel, "initialSize").text()
    wizard.reject()
