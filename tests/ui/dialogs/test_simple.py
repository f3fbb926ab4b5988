"""Pause, Resume (resync at a time), Import Initial Replica and Remove Replication over the wire."""

from __future__ import annotations

from PySide6.QtCore import QDateTime

from hvgui.hyperv.enums import ReplicationMode
from hvgui.hyperv.enums import ReplicationState as S
from hvgui.services.workflows import (
    EnableReplication,
    EnableReplicationRequest,
    InitialMethod,
    ReplicationSettings,
)
from hvgui.services.workflows.reads import read_relations, read_vm
from hvgui.ui.dialogs.simple import PauseDialog
from hvgui.ui.dialogs.simple_more import ImportInitialReplicaDialog, RemoveReplicationDialog
from hvgui.ui.dialogs.simple_resume import ResumeDialog
from tests.ui.dialogs.conftest import DUS, FRA, MUC, World


def finished(world: World, dialog: object, timeout: float = 60) -> None:
    world.wait(lambda: dialog.page == dialog.PROGRESS and not dialog.running, timeout)  # type: ignore[attr-defined]


def state(world: World, host: str, name: str) -> S:
    vm = world.run(read_vm(world.ctx.session(host), world.vm(host, name).id))
    return vm.replication_state


def test_pause_is_one_confirmation(world: World) -> None:
    vm, relations = world.target(MUC, "SQL-PROD-01")
    dialog = PauseDialog(None, world.ctx, vm, relations)
    dialog.open()
    assert dialog.page == dialog.SUMMARY and not dialog.has_form
    assert "log files" in dialog._consequence_label.text()
    assert [(r.key, r.host) for r in dialog._plan_list.rows] == [("pause", MUC)]
    dialog.next_button.click()
    finished(world, dialog)
    assert dialog.error is None, dialog.result_panel.as_text()
    assert state(world, MUC, "SQL-PROD-01") is S.Suspended


def test_pause_on_a_replica_that_extends_asks_which(world: World) -> None:
    vm, relations = world.target(FRA, "FS-MUC-01")
    dialog = PauseDialog(None, world.ctx, vm, relations)
    assert dialog.page == dialog.FORM
    dialog.extended_radio.setChecked(True)
    dialog.next_button.click()
    assert "extended" in dialog._plan_list.rows[0].title
    dialog.next_button.click()
    finished(world, dialog)
    assert dialog.error is None, dialog.result_panel.as_text()
    session = world.ctx.session(FRA)
    relations = world.run(read_relations(session, world.run(read_vm(session, vm.id))))
    assert {r.relationship.name: r.state for r in relations} == {
        "Simple": S.Replicating,
        "Extended": S.Suspended,
    }


def test_resume_resynchronize_at_a_time_with_validation(world: World) -> None:
    vm, relations = world.target(MUC, "ERP-SAP-APP01")  # resynchronization required
    dialog = ResumeDialog(None, world.ctx, vm, relations)
    dialog.open()
    assert not dialog.resume_radio.isEnabled() and dialog.resync_now_radio.isChecked()
    dialog.resync_at_radio.setChecked(True)
    dialog.start_edit.setDateTime(QDateTime.currentDateTime().addSecs(-600))
    assert not dialog.next_button.isEnabled() and "past" in dialog.problem_label.text()
    dialog.start_edit.setDateTime(QDateTime.currentDateTime().addDays(8))
    assert not dialog.next_button.isEnabled() and "7 days" in dialog.problem_label.text()
    dialog.start_edit.setDateTime(QDateTime.currentDateTime().addSecs(3 * 3600))
    assert dialog.next_button.isEnabled(), dialog.problem_label.text()
    dialog.next_button.click()
    assert dialog.page == dialog.SUMMARY and "Resynchronize" in dialog.next_button.text()
    assert "at" in dialog._plan_list.rows[0].title
    dialog.next_button.click()
    finished(world, dialog)
    assert dialog.error is None, dialog.result_panel.as_text()
    assert state(world, MUC, "ERP-SAP-APP01") in (S.WaitingForStartResynchronize, S.Resynchronizing)


def test_resume_a_paused_vm(world: World) -> None:
    vm, relations = world.target(MUC, 'Lohnbuchhaltung "Süd" [Prod]')
    dialog = ResumeDialog(None, world.ctx, vm, relations)
    assert dialog.resume_radio.isChecked() and dialog.resync_at_radio.isEnabled()
    dialog.next_button.click()
    dialog.next_button.click()
    finished(world, dialog)
    assert dialog.error is None, dialog.result_panel.as_text()
    assert state(world, MUC, 'Lohnbuchhaltung "Süd" [Prod]') is S.Replicating


def test_import_initial_replica_after_an_external_media_enable(world: World) -> None:
    vm = world.vm(MUC, "DC-MUC-01")
    settings = ReplicationSettings(
        replica_server=world.lab.host_fqdn(DUS),
        initial=InitialMethod.EXTERNAL_MEDIA,
        export_path="E:\\Export",
    )
    request = EnableReplicationRequest(
        vm_id=vm.id, vm_name=vm.name, primary_host=MUC, replica_host=DUS, settings=settings
    )
    world.run(EnableReplication(request, world.ctx.sessions(MUC, DUS)).run())
    world.refresh()
    replica, relations = world.target(DUS, "DC-MUC-01")
    assert replica.replication_state is S.WaitingForInitialReplication
    dialog = ImportInitialReplicaDialog(None, world.ctx, replica, relations)
    dialog.open()
    assert not dialog.next_button.isEnabled() and "folder" in dialog.problem_label.text()
    dialog.path_edit.setText("Export\\DC-MUC-01")
    assert not dialog.next_button.isEnabled() and "full path" in dialog.problem_label.text()
    dialog.path_edit.setText(f"E:\\Export\\DC-MUC-01_{vm.id}")
    assert dialog.next_button.isEnabled(), dialog.problem_label.text()
    dialog.next_button.click()
    assert dialog.next_button.text().replace("&", "") == "Complete Initial Replication"
    dialog.next_button.click()
    finished(world, dialog)
    assert dialog.error is None, dialog.result_panel.as_text()
    assert state(world, DUS, "DC-MUC-01") in (S.Replicating, S.InitialReplicationInProgress)


def test_remove_replication_on_both_sides(world: World) -> None:
    vm, relations = world.target(MUC, "SQL-PROD-01")
    dialog = RemoveReplicationDialog(None, world.ctx, vm, relations)
    dialog.open()
    assert set(dialog.boxes) == {"primary", "replica"}
    assert all(b.isChecked() for b in dialog.boxes.values())
    dialog.boxes["primary"].setChecked(False)
    dialog.boxes["replica"].setChecked(False)
    assert not dialog.next_button.isEnabled() and "at least one" in dialog.problem_label.text()
    dialog.boxes["primary"].setChecked(True)
    dialog.next_button.click()
    assert FRA in dialog._consequence_label.text()  # the replica side stays: it will report errors
    dialog.back_button.click()
    dialog.boxes["replica"].setChecked(True)
    dialog.next_button.click()
    assert [r.host for r in dialog._plan_list.rows] == [MUC, FRA]
    dialog.next_button.click()
    finished(world, dialog)
    assert dialog.error is None, dialog.result_panel.as_text()
    for host in (MUC, FRA):
        found = world.run(read_vm(world.ctx.session(host), vm.id))
        assert found is not None and found.replication_mode is ReplicationMode.NONE


def test_remove_on_a_replica_that_extends_needs_the_extended_side(world: World) -> None:
    vm, relations = world.target(FRA, "FS-MUC-01")
    dialog = RemoveReplicationDialog(None, world.ctx, vm, relations)
    assert set(dialog.boxes) == {"extended_link", "extended_replica", "primary", "replica"}
    dialog.boxes["extended_link"].setChecked(False)
    assert not dialog.next_button.isEnabled() and "extended" in dialog.problem_label.text()
    dialog.boxes["extended_link"].setChecked(True)
    dialog.next_button.click()
    assert [r.host for r in dialog._plan_list.rows] == [FRA, DUS, MUC, FRA]
