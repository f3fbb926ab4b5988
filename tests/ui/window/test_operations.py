"""Operations from the menus on the demo lab: confirmation, the runner, jobs, errors, bulk."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMenu

from hvgui.hyperv.enums import ReplicationState
from hvgui.hyperv.rules import Action
from hvgui.services.workflows.base import Outcome
from hvgui.ui.dialogs.confirm import build_box
from hvgui.ui.models.roles import Role
from tests.ui.window.conftest import FRA, MUC, SHOTS, Env


def vm_id(env: Env, host: str, name: str) -> object:
    return next(v.id for v in env.inventory.host(host).vms.values() if v.name == name)


def select_rows(env: Env, host: str, names: list[str]) -> None:
    window = env.window
    window.select_host(host)
    proxy = window.vm_proxy
    selection = window.vm_view.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if index.data() in names:
            selection.select(index, flags)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)


def find_action(menu: QMenu, action: Action) -> object:
    for act in menu.actions():
        if act.data() == action.value:
            return act
        if act.menu() is not None:
            found = find_action(act.menu(), action)
            if found is not None:
                return found
    return None


def test_bulk_pause_names_every_vm_and_pauses_each(env: Env) -> None:
    env.connect_all()
    names = ["FS-MUC-01", "SQL-PROD-01", "ARCHIV-FS-02"]
    select_rows(env, MUC, names)
    assert sorted(t.vm.name for t in env.window.selected_targets()) == sorted(names)
    assert env.window.actions_pane.sections[-1].title == "3 selected virtual machines"
    menu = env.window.context_menu(for_tree=False)
    pause = find_action(menu, Action.PAUSE)
    assert pause is not None and pause.isEnabled()
    pause.trigger()
    [asked] = env.confirm.asked
    assert asked.question == "Pause replication of 3 virtual machines?"
    for name in names:
        assert any(item == f"{name} on {MUC}" for item in asked.items)
    box = build_box(asked, env.window)  # what the user would see lists every one of them too
    assert all(name in box.informativeText() for name in names)
    env.until(lambda: not env.window.runner.busy())
    env.until(
        lambda: all(
            env.inventory.host(MUC).vms[vm_id(env, MUC, n)].replication_state is ReplicationState.Suspended
            for n in names
        )
    )
    jobs = env.window.jobs_dock.jobs
    assert jobs.rowCount() == 3
    assert {jobs.job(r).outcome for r in range(3)} == {Outcome.SUCCEEDED}
    assert {jobs.index(r, 0).data() for r in range(3)} == {f"Pause Replication: {n}" for n in names}
    env.until(lambda: env.window.jobs_dock.audit_model.rowCount() == 3)
    env.window.grab().save(str(SHOTS / "bulk_paused.png"))


def opened(env: Env, cls_name: str) -> Any:
    """The dialog of that class the launcher has open (the single-VM replication path)."""
    launcher = env.window.operations.dialogs
    assert launcher is not None
    env.until(lambda: any(type(w).__name__ == cls_name for w in launcher._open))
    return next(w for w in launcher._open if type(w).__name__ == cls_name)


def test_pause_of_one_vm_opens_its_dialog_and_closing_it_runs_nothing(env: Env) -> None:
    env.connect_all()
    env.window.select_vm(MUC, vm_id(env, MUC, "SQL-PROD-01"))
    menu = env.window.context_menu(for_tree=False)
    find_action(menu, Action.PAUSE).trigger()
    dialog = opened(env, "PauseDialog")
    assert dialog.isVisible() and env.confirm.asked == []
    dialog.reject()
    env.until(lambda: not env.window.operations.dialogs._open)
    assert env.window.jobs_dock.jobs.rowCount() == 0


def test_planned_failover_opens_the_checklist_and_changes_nothing_by_itself(env: Env) -> None:
    env.connect_all()
    env.window.select_vm(MUC, vm_id(env, MUC, "FS-MUC-01"))
    menu = env.window.context_menu(for_tree=False)
    planned = find_action(menu, Action.PLANNED_FAILOVER)
    assert planned.isEnabled()
    planned.trigger()
    dialog = opened(env, "PlannedFailoverDialog")
    env.until(lambda: dialog.ready)
    dialog.grab().save(str(SHOTS / "planned_failover_dialog.png"))
    dialog.reject()
    vm = env.inventory.host(MUC).vms[vm_id(env, MUC, "FS-MUC-01")]
    assert vm.replication_state is ReplicationState.Replicating


def test_failover_on_a_replica_opens_the_recovery_point_dialog(env: Env) -> None:
    env.connect_all()
    env.window.select_vm(FRA, vm_id(env, FRA, "SQL-PROD-01"))
    menu = env.window.context_menu(for_tree=False)
    failover = find_action(menu, Action.FAILOVER)
    assert failover.isEnabled()
    failover.trigger()
    dialog = opened(env, "FailoverDialog")
    env.until(lambda: dialog.ready)
    dialog.reject()
    replica = env.inventory.host(FRA).vms[vm_id(env, FRA, "SQL-PROD-01")]
    assert replica.replication_state is ReplicationState.Replicating


def test_start_runs_without_asking_and_reports_in_the_status_bar(env: Env) -> None:
    env.connect_all()
    target = vm_id(env, FRA, "BUILD-AGENT-07")
    env.window.select_vm(FRA, target)
    find_action(env.window.context_menu(for_tree=False), Action.START).trigger()
    assert env.confirm.asked == []
    env.until(lambda: env.window.status.currentMessage() == f"BUILD-AGENT-07 was started on {FRA}.")
    env.until(lambda: env.inventory.host(FRA).vms[target].state.name == "Running")
    index = env.window.tree_model.vm_index(FRA, target)
    env.until(lambda: index.data(Role.VM).state.name == "Running")
