"""Every dialog state rendered in English and German (PNG under /tmp/hvgui-shots/dialogs/), and no
English text left in the German run: the same widgets are compared between the two languages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from hvgui.ui.dialogs.common import screenshot_states
from hvgui.ui.dialogs.failover import FailoverDialog
from hvgui.ui.dialogs.failover_planned import PlannedFailoverDialog
from hvgui.ui.dialogs.health import ReplicationHealthDialog
from hvgui.ui.dialogs.settings import HyperVSettingsDialog
from hvgui.ui.dialogs.simple import (
    CancelFailoverDialog,
    PauseDialog,
    RemoveRecoveryPointsDialog,
    StopTestFailoverDialog,
)
from hvgui.ui.dialogs.simple_more import ImportInitialReplicaDialog, RemoveReplicationDialog
from hvgui.ui.dialogs.simple_resume import ResumeDialog
from hvgui.ui.dialogs.test_failover import TestFailoverDialog
from tests.ui.dialogs.conftest import FRA, MUC, World, shot, texts, untranslated

CASES: list[tuple[str, Any, str, str | None]] = [
    ("planned_failover", PlannedFailoverDialog, MUC, "SQL-PROD-01"),
    ("failover", FailoverDialog, FRA, "SQL-PROD-01"),
    ("test_failover", TestFailoverDialog, FRA, "SQL-PROD-01"),
    ("stop_test_failover", StopTestFailoverDialog, MUC, "RDS-SH-01"),
    ("cancel_failover", CancelFailoverDialog, MUC, "ZEITERFASSUNG-01"),
    ("remove_recovery_points", RemoveRecoveryPointsDialog, MUC, "ZEITERFASSUNG-01"),
    ("pause", PauseDialog, FRA, "FS-MUC-01"),
    ("resume", ResumeDialog, MUC, "ERP-SAP-APP01"),
    ("import_initial_replica", ImportInitialReplicaDialog, FRA, "MONITORING-01"),
    ("remove_replication", RemoveReplicationDialog, FRA, "FS-MUC-01"),
    ("health_extended", ReplicationHealthDialog, FRA, "FS-MUC-01"),
    ("health_critical", ReplicationHealthDialog, FRA, "CRM-WEB-01"),
    ("settings", HyperVSettingsDialog, MUC, None),
]


def render(
    world: World, language: str, name: str, kind: Any, host: str, vm: str | None
) -> dict[str, dict[str, str]]:
    dialog: QWidget = (
        kind(None, world.ctx, host) if vm is None else kind(None, world.ctx, *world.target(host, vm))
    )
    dialog.show()
    world.wait(lambda: dialog.ready)  # type: ignore[attr-defined]
    seen: dict[str, dict[str, str]] = {}
    for state, widget in screenshot_states(dialog):
        assert state not in seen, f"state names repeat: {state}"
        shot(widget, f"{language}/{name}-{state}")
        seen[state] = texts(widget)
    dialog.close()
    return seen


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_every_state_in_english_and_german(
    world: World, language: Callable[[str], None], case: tuple[str, Any, str, str | None]
) -> None:
    name, kind, host, vm = case
    language("en")
    english = render(world, "en", name, kind, host, vm)
    language("de")
    german = render(world, "de", name, kind, host, vm)
    assert list(english) == list(german)
    assert english
    left = {state: untranslated(english[state], german[state]) for state in english}
    assert not any(left.values()), {k: v for k, v in left.items() if v}
