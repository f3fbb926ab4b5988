"""The Replication submenu per role and state matches reference 6.2, through the real menu builders.

Every case of tests/unit/hyperv/test_rules.py goes through build_replication_menu/fill_vm_menu; the
QActions' texts, enabled states and tooltips must be exactly the rules' items, worded by labels.
The Actions pane offers the same entries as the context menu.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from hvgui.hyperv.enums import ReplicationMode, ReplicationState, VMState
from hvgui.hyperv.model import ReplicationInfo, VMInfo
from hvgui.hyperv.rules import Action, Reason, replication_items
from hvgui.ui import labels
from hvgui.ui.actions import (
    VmTarget,
    build_replication_menu,
    fill_bulk_menu,
    fill_vm_menu,
    menu_snapshot,
    replication_title,
)
from hvgui.ui.views.actions_pane import ActionsPane, Section
from tests.unit.hyperv.test_rules import CASES, rel, vm

S, M, A = ReplicationState, ReplicationMode, Action

# Reference 6.2, in Hyper-V Manager's English captions, per role and state.
REFERENCE = {
    "not replicated": [],
    "primary": ["Planned Failover…", "Pause Replication", "View Replication Health…", "Remove Replication"],
    "primary paused": [
        "Planned Failover…",
        "Resume Replication",
        "View Replication Health…",
        "Remove Replication",
    ],
    "replica": [
        "Failover…",
        "Test Failover…",
        "Pause Replication",
        "Extend Replication…",
        "View Replication Health…",
        "Remove Replication",
    ],
    "replica placeholder": [
        "Import Initial Replica…",
        "Pause Replication",
        "View Replication Health…",
        "Remove Replication",
    ],
    "replica testing": [
        "Failover…",
        "Stop Test Failover",
        "Pause Replication",
        "Extend Replication…",
        "View Replication Health…",
        "Remove Replication",
    ],
    "replica failed over": [
        "Cancel Failover",
        "Remove Recovery Points",
        "Reverse Replication…",
        "View Replication Health…",
        "Remove Replication",
    ],
}


def expected(v: VMInfo, rels: tuple[ReplicationInfo, ...]) -> list[tuple[str, bool, str]]:
    return [
        (labels.action(i.action), i.enabled, labels.reason(i.reason) if i.reason else "")
        for i in replication_items(v, rels)
    ]


def snapshot(menu: QMenu) -> list[tuple[str, bool, str]]:
    # An enabled QAction's tooltip defaults to its text; only a disabled one carries a reason.
    return [(text, enabled, tip if not enabled else "") for text, enabled, tip in menu_snapshot(menu)]


@pytest.mark.parametrize(("name", "v", "rels", "_items"), CASES, ids=[c[0] for c in CASES])
def test_replication_submenu_matches_the_rules(
    qtbot: QtBot, name: str, v: VMInfo, rels: tuple[ReplicationInfo, ...], _items: object
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = build_replication_menu(parent, VmTarget(v, rels), lambda action: None)
    if not expected(v, rels):
        assert menu is None
        return
    assert menu is not None and menu.title() == replication_title() == "Replication"
    assert snapshot(menu) == expected(v, rels)
    if name in REFERENCE:
        assert [text for text, _, _ in snapshot(menu)] == REFERENCE[name]


@pytest.mark.parametrize(("name", "v", "rels", "_items"), CASES, ids=[c[0] for c in CASES])
def test_context_menu_has_power_items_then_the_submenu(
    qtbot: QtBot, name: str, v: VMInfo, rels: tuple[ReplicationInfo, ...], _items: object
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = QMenu(parent)
    fill_vm_menu(menu, VmTarget(v, rels), lambda action: None)
    top = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert top[:3] == ["Start", "Shut Down…", "Turn Off…"]
    if v.replication_mode is M.NONE:
        assert top[3:] == ["Enable Replication…"]  # a top-level item, not in the submenu
    elif expected(v, rels):
        assert top[3:] == ["Replication"]
        submenu = menu.actions()[-1].menu()
        assert submenu is not None and snapshot(submenu) == expected(v, rels)


def test_disabled_items_carry_the_reason_as_tooltip(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    replica = vm(M.Replica, S.Replicating)
    never = (rel(M.Replica, S.Replicating, last=None),)
    menu = build_replication_menu(parent, VmTarget(replica, never), lambda action: None)
    assert menu is not None and menu.toolTipsVisible()
    failover = next(a for a in menu.actions() if a.data() == A.FAILOVER.value)
    assert not failover.isEnabled() and failover.toolTip() == labels.reason(Reason.NEVER_REPLICATED)
    offline = build_replication_menu(
        parent,
        VmTarget(vm(M.Primary, S.Replicating), (rel(M.Primary, S.Replicating),), False),
        lambda a: None,
    )
    assert offline is not None
    assert all(not a.isEnabled() and a.toolTip() == "The host is not connected." for a in offline.actions())


def test_menu_items_trigger_their_action(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[Action] = []
    menu = build_replication_menu(
        parent, VmTarget(vm(M.Primary, S.Replicating), (rel(M.Primary, S.Replicating),)), seen.append
    )
    assert menu is not None
    next(a for a in menu.actions() if a.data() == A.PAUSE.value).trigger()
    assert seen == [A.PAUSE]


def test_bulk_menu_offers_pause_resume_and_test_failover(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    replicas = [VmTarget(vm(M.Replica, S.Replicating), (rel(M.Replica, S.Replicating),)) for _ in range(3)]
    menu = QMenu(parent)
    fill_bulk_menu(menu, replicas, lambda action: None)
    items = [(a.text(), a.isEnabled()) for a in menu.actions() if not a.isSeparator()]
    assert items == [
        ("3 selected virtual machines", False),
        ("Pause Replication", True),
        ("Resume Replication", False),
        ("Test Failover…", True),
    ]
    paused = VmTarget(vm(M.Primary, S.Suspended), (rel(M.Primary, S.Suspended),))
    mixed = QMenu(parent)
    fill_bulk_menu(mixed, [replicas[0], paused], lambda action: None)
    pause = next(a for a in mixed.actions() if a.data() == A.PAUSE.value)
    assert not pause.isEnabled() and pause.toolTip()


def test_actions_pane_mirrors_the_context_menu(qtbot: QtBot) -> None:
    pane = ActionsPane()
    qtbot.addWidget(pane)
    target = VmTarget(vm(M.Replica, S.Replicating, VMState.Off), (rel(M.Replica, S.Replicating),))
    menu = QMenu(pane)
    fill_vm_menu(menu, target, lambda action: None)
    entries = [a for a in menu.actions() if not a.isSeparator()]
    pane.set_sections([Section("SQL01", [a.menu() or a for a in entries])])  # type: ignore[misc]
    buttons = pane.buttons()
    assert [b.text() for b in buttons] == [a.text() for a in entries]
    assert [b.isEnabled() for b in buttons] == [a.isEnabled() for a in entries]
    start = buttons[0]
    assert not start.isEnabled() and start.toolTip() == labels.reason(Reason.REPLICA_NOT_FAILED_OVER)
    assert buttons[-1].menu() is not None  # Replication opens the same submenu
