"""Failover on the replica (to a chosen point, then Remove Recovery Points; split brain; Cancel Failover)
and Test Failover with Stop Test Failover, against the demo lab over the wire."""

from __future__ import annotations

from hvgui.hyperv.enums import ReplicationMode, VMState
from hvgui.hyperv.enums import ReplicationState as S
from hvgui.services.workflows import Outcome, TestVM
from hvgui.services.workflows.reads import read_recovery_points, read_vm
from hvgui.ui.dialogs.failover import FailoverDialog
from hvgui.ui.dialogs.simple import CancelFailoverDialog, RemoveRecoveryPointsDialog, StopTestFailoverDialog
from hvgui.ui.dialogs.test_failover import TestFailoverDialog
from tests.ui.dialogs.conftest import FRA, MUC, World

VM = "SQL-PROD-01"  # München -> Frankfurt, 24 hourly points with VSS points


def finished(world: World, dialog: object, timeout: float = 60) -> None:
    world.wait(lambda: dialog.page == dialog.PROGRESS and not dialog.running, timeout)  # type: ignore[attr-defined]


def test_failover_to_a_chosen_point_then_remove_recovery_points(world: World) -> None:
    world.served.server.faults(MUC).host_down = True  # the primary site is gone: the usual case
    vm, relations = world.target(FRA, VM)
    dialog = FailoverDialog(None, world.ctx, vm, relations)
    dialog.open()
    world.wait(lambda: not dialog.picker.loading)
    combo = dialog.picker.combo
    assert combo.itemText(0) == "Latest Recovery Point" and combo.count() > 10
    assert "lost" in dialog.picker.loss.text()
    combo.setCurrentIndex(3)
    chosen = dialog.picker.point
    assert chosen is not None and "lost" in dialog.picker.loss.text()
    dialog.next_button.click()
    assert [r.key for r in dialog._plan_list.rows] == ["fail_over", "start"]
    assert "Remove Recovery Points" in dialog._consequence_label.text()
    dialog.next_button.click()
    finished(world, dialog)
    assert dialog.error is None, dialog.result_panel.as_text()
    replica = world.run(read_vm(world.ctx.session(FRA), vm.id))
    assert replica.replication_state is S.FailedOverWaitingCompletion and replica.state is VMState.Running

    dialog.remove_points_button.click()
    world.wait(lambda: dialog.follow_up is not None)
    follow = dialog.follow_up
    assert isinstance(follow, RemoveRecoveryPointsDialog) and not dialog.isVisible()
    assert "deleted" in follow._consequence_label.text()
    assert follow.close_button.isDefault() and not follow.next_button.isDefault()  # Enter cancels
    follow.next_button.click()
    finished(world, follow)
    assert follow.error is None, follow.result_panel.as_text()
    replica = world.run(read_vm(world.ctx.session(FRA), vm.id))
    assert replica.replication_state is S.FailedOver
    assert len(world.run(read_recovery_points(world.ctx.session(FRA), vm.id))) <= 1


def test_split_brain_needs_acknowledgement_then_cancel_failover(world: World) -> None:
    vm, relations = world.target(FRA, VM)  # the primary on München still runs
    dialog = FailoverDialog(None, world.ctx, vm, relations)
    dialog.open()
    world.wait(lambda: not dialog.picker.loading)
    dialog.next_button.click()
    dialog.next_button.click()
    world.wait(lambda: not dialog.running and dialog.error is not None)
    assert dialog.page == dialog.SUMMARY and dialog._warning.isVisible()
    assert not dialog.next_button.isEnabled() and dialog.problem_label.isVisible()
    assert "Anyway" in dialog.next_button.text()
    dialog.accept_box.setChecked(True)
    assert dialog.next_button.isEnabled()
    dialog.next_button.click()
    finished(world, dialog)
    assert dialog.error is None, dialog.result_panel.as_text()

    dialog.cancel_failover_button.click()
    world.wait(lambda: dialog.follow_up is not None)
    cancel = dialog.follow_up
    assert isinstance(cancel, CancelFailoverDialog)
    assert "lost" in cancel._consequence_label.text()
    outcomes: list[object] = []
    cancel.finished_with.connect(outcomes.append)
    cancel.next_button.click()
    finished(world, cancel)
    assert cancel.error is None, cancel.result_panel.as_text()
    replica = world.run(read_vm(world.ctx.session(FRA), vm.id))
    assert replica.replication_state is S.Replicating and replica.state is VMState.Off
    cancel.close_button.click()
    assert outcomes == [Outcome.SUCCEEDED]


def test_test_failover_then_stop(world: World) -> None:
    vm, relations = world.target(FRA, VM)
    dialog = TestFailoverDialog(None, world.ctx, vm, relations)
    dialog.open()
    world.wait(lambda: not dialog.picker.loading and dialog.switches is not None)
    assert dialog.name_value.text() == "SQL-PROD-01 - Test"
    assert "Not connected" in dialog.network_value.text()
    dialog.picker.combo.setCurrentIndex(2)
    dialog.next_button.click()
    dialog.next_button.click()
    finished(world, dialog)
    assert isinstance(dialog.result_value, TestVM), dialog.result_panel.as_text()
    assert dialog.result_value.name == "SQL-PROD-01 - Test"

    world.refresh()
    vm, relations = world.target(FRA, VM)
    again = TestFailoverDialog(None, world.ctx, vm, relations)
    world.wait(lambda: again.switches is not None)
    assert "already running" in again.problem_label.text() and not again.next_button.isEnabled()
    again.close()

    stop = StopTestFailoverDialog(None, world.ctx, vm, relations)
    stop.open()
    assert stop.page == stop.SUMMARY and "deleted" in stop._consequence_label.text()
    stop.next_button.click()
    finished(world, stop)
    assert stop.error is None, stop.result_panel.as_text()
    world.refresh()
    assert not any(v.name.endswith(" - Test") for v in world.served.inventory.host(FRA).vms.values())
    assert world.vm(FRA, VM).replication_mode is ReplicationMode.Replica


def test_failover_of_a_prepared_vm_offers_reverse_and_runs_both(world: World) -> None:
    vm, relations = world.target(FRA, "PRINT-MUC-01")  # prepared for planned failover on München
    dialog = FailoverDialog(None, world.ctx, vm, relations)
    dialog.open()
    world.wait(lambda: dialog.ready and dialog._planned_note.isVisibleTo(dialog))
    assert dialog.reverse_box.isVisibleTo(dialog) and dialog.reverse_box.isChecked()
    dialog.next_button.click()
    assert [(r.key, r.host) for r in dialog._plan_list.rows] == [
        ("fail_over", FRA),
        ("start", FRA),
        ("reverse", FRA),
    ]
    dialog.next_button.click()
    finished(world, dialog)
    assert dialog.error is None, dialog.result_panel.as_text()
    assert [r.mark.value for r in dialog._progress_list.rows] == ["done", "done", "done"]
    new = world.run(read_vm(world.ctx.session(FRA), vm.id))
    old = world.run(read_vm(world.ctx.session(MUC), vm.id))
    assert new.replication_mode is ReplicationMode.Primary and new.state is VMState.Running
    assert old.replication_mode is ReplicationMode.Replica
    kinds = [j.kind for j in world.ctx.tracker.jobs()][-2:]
    assert kinds == ["unplanned_failover", "reverse_replication"]
