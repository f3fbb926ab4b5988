"""Planned Failover against the demo lab: checklist, reverse + start, and a host dying mid-way."""

from __future__ import annotations

from collections.abc import Sequence

from hvgui.hyperv.enums import ReplicationMode, VMState
from hvgui.hyperv.enums import ReplicationState as S
from hvgui.lab.records import CommandCall
from hvgui.services.workflows import Outcome
from hvgui.services.workflows.reads import read_vm
from hvgui.ui.dialogs.common_widgets import Mark
from hvgui.ui.dialogs.failover_planned import PlannedFailoverDialog
from tests.ui.dialogs.conftest import FRA, MUC, World

VM = "SQL-PROD-01"


def open_dialog(world: World) -> PlannedFailoverDialog:
    vm, relations = world.target(MUC, VM)
    dialog = PlannedFailoverDialog(None, world.ctx, vm, relations)
    dialog.open()
    world.wait(lambda: not dialog._loading)
    return dialog


def marks(dialog: PlannedFailoverDialog, rows: Sequence[object] | None = None) -> dict[str, Mark]:
    return {r.key: r.mark for r in (rows or dialog.checklist.rows)}


def test_planned_failover_with_reverse_and_start(world: World) -> None:
    # München must accept replication from Frankfurt to reverse: the demo authorizes *.rz.contoso-gmbh.de.
    dialog = open_dialog(world)
    assert marks(dialog)["check_off"] is Mark.WARNING  # running: hvgui offers to shut it down
    assert marks(dialog)["check_reverse"] is Mark.OK
    assert dialog.reverse_box.isChecked() and dialog.start_box.isChecked()
    assert dialog.next_button.isEnabled(), dialog.problem_label.text()
    dialog.shut_down_box.setChecked(False)
    assert not dialog.next_button.isEnabled() and "running" in dialog.problem_label.text()
    dialog.shut_down_box.setChecked(True)
    dialog.next_button.click()
    assert dialog.page == dialog.SUMMARY
    plan = [(r.key, r.host) for r in dialog._plan_list.rows]
    assert plan == [
        ("shut_down", MUC),
        ("prepare", MUC),
        ("fail_over", FRA),
        ("reverse", FRA),
        ("start", FRA),
    ]
    outcomes: list[object] = []
    dialog.finished_with.connect(outcomes.append)
    dialog.next_button.click()
    world.wait(lambda: dialog.page == dialog.PROGRESS and not dialog.running, 60)
    assert dialog.error is None, dialog.result_panel.as_text()
    assert all(m in (Mark.OK, Mark.DONE) for m in marks(dialog, dialog._progress_list.rows).values())
    vm = world.run(read_vm(world.ctx.session(FRA), dialog._vm.id))
    assert vm.replication_mode is ReplicationMode.Primary and vm.state is VMState.Running
    old = world.run(read_vm(world.ctx.session(MUC), dialog._vm.id))
    assert old.replication_mode is ReplicationMode.Replica
    assert [j.outcome for j in world.ctx.tracker.jobs()][-1] is Outcome.SUCCEEDED
    dialog.close_button.click()
    assert outcomes == [Outcome.SUCCEEDED]


def test_checklist_shows_where_it_stopped_when_the_replica_host_dies(world: World) -> None:
    dialog = open_dialog(world)
    faults = world.served.server.faults(FRA)

    def die(host: str, calls: Sequence[CommandCall]) -> None:
        if host == FRA and any(c.name == "Start-VMFailover" for c in calls):
            faults.host_down = True
            raise ConnectionError("HV-FRANKFURT-02 died")

    world.served.switch.before.append(die)
    dialog.next_button.click()
    dialog.next_button.click()
    world.wait(lambda: dialog.page == dialog.PROGRESS and not dialog.running, 60)
    got = marks(dialog, dialog._progress_list.rows)
    assert got["shut_down"] is Mark.DONE and got["prepare"] is Mark.DONE
    assert got["fail_over"] in (Mark.UNKNOWN, Mark.FAILED)
    assert got["reverse"] is Mark.NOT_RUN and got["start"] is Mark.NOT_RUN
    text = dialog.result_panel.as_text()
    assert "step 3 of 5" in text and "What to do next" in text and FRA in text
    primary = world.run(read_vm(world.ctx.session(MUC), dialog._vm.id))
    assert primary.replication_state is S.PreparedForFailover


def test_stop_after_this_step_stops_before_the_next_step(world: World) -> None:
    dialog = open_dialog(world)
    dialog.next_button.click()
    dialog.next_button.click()
    world.wait(lambda: dialog.running)
    assert dialog.stop_button.isVisible() and not dialog.close_button.isEnabled()
    dialog.reject()  # closing is refused while a step may be running
    assert dialog.isVisible()
    dialog.stop_button.click()
    world.wait(lambda: not dialog.running, 60)
    assert "as you asked" in dialog.result_panel.headline.text()
    assert any(r.mark is Mark.NOT_RUN for r in dialog._progress_list.rows)
    assert [j.outcome for j in world.ctx.tracker.jobs()][-1] is Outcome.CANCELLED
