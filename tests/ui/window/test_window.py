"""The main window on the demo lab: the three panes, selection, stale hosts and Retry."""

from __future__ import annotations

import itertools

from hvgui.hyperv.enums import ReplicationMode
from hvgui.ui.models.roles import NodeKind, Role
from tests.ui.window.conftest import DUS, FRA, MUC, SHOTS, Env


def test_the_tree_lists_every_host_and_its_vms(env: Env) -> None:
    env.connect_all()
    model = env.window.tree_model
    root = model.root_index()
    assert root.data() == "Hyper-V Manager"
    hosts = [model.index(row, 0, root).data() for row in range(model.rowCount(root))]
    assert hosts == sorted([MUC, FRA, DUS])
    for name in hosts:
        index = model.host_index(name)
        vms = {model.index(r, 0, index).data(Role.VM).id for r in range(model.rowCount(index))}
        assert vms == set(env.inventory.host(name).vms)


def test_selecting_a_vm_fills_list_details_and_actions(env: Env) -> None:
    env.connect_all()
    window = env.window
    vm = next(v for v in env.inventory.host(MUC).vms.values() if v.name == "FS-MUC-01")
    window.select_vm(MUC, vm.id)
    assert window.current_kind() is NodeKind.VM
    assert window.stack.currentWidget() is window.host_page
    assert window.vm_proxy.rowCount() == len(env.inventory.host(MUC).vms)
    assert [t.vm.id for t in window.selected_targets()] == [vm.id]
    assert window.host_page.details.current_vm() == vm
    titles = [s.title for s in window.actions_pane.sections]
    assert titles == [MUC, "FS-MUC-01"]
    texts = [b.text() for b in window.actions_pane.buttons()]
    assert "Replication" in texts and "Shut Down…" in texts and "Hyper-V Settings…" in texts
    # The Replication tab shows both hops of the extended chain from the primary's view.
    window.host_page.details.tabs.setCurrentIndex(1)
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "vm_selected.png"))


def test_the_root_shows_the_replication_overview(env: Env) -> None:
    env.connect_all()
    window = env.window
    window.select_root()
    assert window.stack.currentWidget() is window.overview
    model = window.overview_model
    chains = {model.chain(r).vm_name: model.chain(r) for r in range(model.rowCount())}
    replicated = {v.name for v in env.inventory.vms() if v.replication_mode is not ReplicationMode.NONE}
    assert set(chains) == replicated - {"RDS-SH-01 - Test"}
    fs = chains["FS-MUC-01"]
    assert (fs.primary_host, fs.replica_host, fs.extended_host) == (MUC, FRA, DUS)
    # Problems only hides the healthy ones and keeps the critical ones.
    window.overview.problems_only.setChecked(True)
    window.select_host(MUC)
    window.select_root()  # the first visit with rows sizes the columns to their contents
    shown = {window.overview.proxy.index(r, 0).data() for r in range(window.overview.proxy.rowCount())}
    assert "ERP-SAP-APP01" in shown and "SQL-PROD-01" not in shown
    window.grab().save(str(SHOTS / "overview.png"))


def test_double_click_in_the_overview_selects_the_vm_in_its_host(env: Env) -> None:
    env.connect_all()
    window = env.window
    window.select_root()
    view = window.overview.view
    proxy = window.overview.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == "SQL-PROD-01")
    replica_column = 2
    view.activated.emit(proxy.index(row, replica_column))
    assert window.current_host() == FRA
    assert window.tree.currentIndex().data() == "SQL-PROD-01"
    assert window.selected_targets()[0].vm.replication_mode is ReplicationMode.Replica


def test_a_host_that_stops_answering_is_stale_with_retry(env: Env) -> None:
    env.connect_all()
    window = env.window
    window.select_host(DUS)
    env.server.faults(DUS).refuse = True
    env.call(window.host_ops.refresh_all)
    env.until(lambda: window.hosts.get(DUS).stale)
    health = window.hosts.get(DUS)
    assert health.problem == "stale"
    host_index = window.tree_model.host_index(DUS)
    assert host_index.data(Role.STALE) is True
    first_vm = window.tree_model.index(0, 0, host_index)
    assert first_vm.data(Role.STALE) is True and "does not answer" in first_vm.data(3)  # ToolTipRole
    assert first_vm.data(Role.VM) is not None  # the last known VMs stay
    env.settle()
    assert window.host_page.banner.isVisible() and window.host_page.banner.retry.text() == "Retry"
    assert "Retry" in [b.text() for b in window.actions_pane.buttons() if b.isVisible()]
    window.grab().save(str(SHOTS / "stale_host.png"))
    # Healed: Retry connects again and the badge goes away.
    env.server.faults(DUS).refuse = False
    env.call(window.acts.host_retry.trigger)
    env.until(lambda: window.hosts.get(DUS).available)
    env.until(lambda: not window.host_page.banner.isVisible())
    assert window.tree_model.host_index(DUS).data(Role.STALE) is False


def test_every_action_is_reachable_from_the_keyboard(env: Env) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QContextMenuEvent, QKeySequence

    env.connect_all()
    window = env.window
    titles = [
        m.title()
        for m in (
            window.acts.menu_file,
            window.acts.menu_action,
            window.acts.menu_view,
            window.acts.menu_help,
        )
    ]
    assert titles == ["&File", "&Action", "&View", "&Help"]
    for menu in (window.acts.menu_file, window.acts.menu_view, window.acts.menu_help):
        for act in menu.actions():
            assert act.isSeparator() or "&" in act.text(), act.text()
    assert window.acts.refresh.shortcut() == QKeySequence(QKeySequence.StandardKey.Refresh)
    assert window.acts.refresh.shortcut().toString() == "F5"
    window.activateWindow()
    window.tree.setFocus()
    env.qtbot.keyClick(window.tree, Qt.Key.Key_F5)
    assert window.host_ops.refreshing
    env.until(lambda: not window.host_ops.refreshing)
    # The Menu key opens the context menu at the current item, not at the mouse pointer.
    vm = next(v for v in env.inventory.host(MUC).vms.values() if v.name == "SQL-PROD-01")
    window.select_vm(MUC, vm.id)
    with env.qtbot.waitSignal(window.vm_view.context_menu_requested) as blocker:
        event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), QPoint(0, 0))
        window.vm_view.contextMenuEvent(event)
    row_rect = window.vm_view.visualRect(window.vm_view.currentIndex())
    assert blocker.args[0] == window.vm_view.viewport().mapToGlobal(row_rect.bottomLeft())
    # The Action menu holds what the selection offers, like the context menu.
    window.acts.menu_action.aboutToShow.emit()
    texts = [a.text() for a in window.acts.menu_action.actions() if not a.isSeparator()]
    assert texts == ["Start", "Shut Down…", "Turn Off…", "Replication"]
    # Tab goes tree -> VM list -> details -> Actions pane.
    assert window.tree.nextInFocusChain() is not None
    order = [window.tree, window.vm_view, window.host_page.details.tabs]
    for widget, following in itertools.pairwise(order):
        chain = widget
        for _ in range(20):
            chain = chain.nextInFocusChain()
            if chain is following:
                break
        assert chain is following


def test_host_settings_open_the_replication_configuration_dialog(env: Env) -> None:
    env.connect_all()
    env.window.select_host(MUC)
    assert env.window.acts.host_settings.isEnabled()
    env.window.acts.host_settings.trigger()
    launcher = env.window.operations.dialogs
    assert launcher is not None
    env.until(lambda: any(type(w).__name__ == "HyperVSettingsDialog" for w in launcher._open))
    dialog = next(iter(launcher._open))
    env.until(lambda: dialog.ready)
    assert MUC in dialog.windowTitle()
    dialog.reject()
