"""Enum values and menu items appear in the user's language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from hvgui.hyperv.enums import ReplicationHealth, ReplicationMode, ReplicationState, VMState
from hvgui.hyperv.rules import Action, Reason
from hvgui.ui import labels
from hvgui.ui.i18n import install_translators


@pytest.fixture
def german(qapp: QCoreApplication) -> Iterator[None]:
    translators = install_translators(qapp, "de")
    assert translators, (
        "compiled German translations are missing (run ./dev test or packaging/i18n.py compile)"
    )
    yield
    for t in translators:
        qapp.removeTranslator(t)
    install_translators(qapp, "en")


def test_every_enum_member_has_a_label() -> None:
    for state in VMState:
        assert labels.vm_state(state)
    for rs in ReplicationState:
        assert labels.replication_state(rs)
    for health in ReplicationHealth:
        assert labels.replication_health(health)
    for mode in ReplicationMode:
        assert labels.replication_mode(mode)
    for action in Action:
        assert labels.action(action)
    for reason in Reason:
        assert labels.reason(reason)


def test_english_labels_follow_hyper_v_manager() -> None:
    assert labels.replication_state(ReplicationState.Replicating) == "Replication enabled"
    assert labels.action(Action.VIEW_HEALTH) == "View Replication Health…"


@pytest.mark.usefixtures("german")
def test_german_labels() -> None:
    assert (
        labels.replication_state(ReplicationState.WaitingForStartResynchronize)
        == "Neusynchronisierung erforderlich"
    )
    assert labels.replication_health(ReplicationHealth.Critical) == "Kritisch"
    assert labels.action(Action.PLANNED_FAILOVER) == "Geplantes Failover…"
    assert labels.vm_state(VMState.RunningCritical) == "Wird ausgeführt (Speicher nicht erreichbar)"
