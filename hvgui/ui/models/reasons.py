"""Why a replication relationship needs attention, in words, from what the inventory knows.

Hyper-V's own health reasons need Measure-VMReplication per VM (the health dialog reads them); the
overview works from the state, the time since the last replication and the hosts' reachability,
which the inventory has for every relationship at once.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hvgui.hyperv.enums import ReplicationHealth
from hvgui.hyperv.enums import ReplicationState as S
from hvgui.services.inventory import ReplicationChain, ReplicationLink
from hvgui.ui import format
from hvgui.ui.format import fill

_CTX = "Reasons"

# A hop that has not replicated for this many intervals is overdue (Hyper-V warns after missed
# cycles too, but only once its monitoring window closes).
OVERDUE_INTERVALS = 3
_MIN_OVERDUE = timedelta(minutes=5)

_STATE = {
    S.Suspended: QT_TRANSLATE_NOOP("Reasons", "Replication is paused."),
    S.Error: QT_TRANSLATE_NOOP("Reasons", "Replication failed; Hyper-V stopped sending changes."),
    S.WaitingForStartResynchronize: QT_TRANSLATE_NOOP(
        "Reasons", "Resynchronization required: resume replication to start it."
    ),
    S.ResynchronizeSuspended: QT_TRANSLATE_NOOP("Reasons", "Resynchronization is paused."),
    S.Resynchronizing: QT_TRANSLATE_NOOP("Reasons", "Resynchronizing."),
    S.ReadyForInitialReplication: QT_TRANSLATE_NOOP("Reasons", "Initial replication has not started."),
    S.InitialReplicationInProgress: QT_TRANSLATE_NOOP("Reasons", "Initial replication in progress."),
    S.WaitingForInitialReplication: QT_TRANSLATE_NOOP("Reasons", "Waiting for the initial copy."),
    S.PreparedForFailover: QT_TRANSLATE_NOOP(
        "Reasons", "Prepared for planned failover: fail over on the replica or cancel."
    ),
    S.FailedOverWaitingCompletion: QT_TRANSLATE_NOOP(
        "Reasons", "Failed over: remove the recovery points or cancel the failover."
    ),
    S.FailedOver: QT_TRANSLATE_NOOP(
        "Reasons", "Failed over: reverse replication to protect the virtual machine again."
    ),
    S.UpdateError: QT_TRANSLATE_NOOP("Reasons", "Updating the replica's disks failed."),
}


def _state_text(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def overdue(link: ReplicationLink, now: datetime) -> timedelta | None:
    """How long the hop has not replicated, if that is longer than it should be."""
    if link.last_replication is None or link.state is not S.Replicating:
        return None
    since = now - link.last_replication
    limit = max(timedelta(seconds=link.frequency_sec * OVERDUE_INTERVALS), _MIN_OVERDUE)
    return since if since > limit else None


def _server(link: ReplicationLink, source: bool) -> str:
    if source:
        return link.source_host or link.source_server
    return link.target_host or link.target_server


def link_reasons(link: ReplicationLink, now: datetime) -> list[str]:
    reasons: list[str] = []
    text = _STATE.get(link.state)
    if text:
        reasons.append(_state_text(str(text)))
    late = overdue(link, now)
    if late is not None:
        reasons.append(
            fill(
                QCoreApplication.translate("Reasons", "No replication for %1 (expected every %2)."),
                format.duration(late),
                format.duration(timedelta(seconds=link.frequency_sec)),
            )
        )
    if link.last_replication is None and link.state is S.Replicating:
        reasons.append(QCoreApplication.translate("Reasons", "Never replicated."))
    if link.stale:
        reasons.append(
            QCoreApplication.translate("Reasons", "A host does not answer; this is the last known state.")
        )
    if link.source_host is None:
        reasons.append(
            QCoreApplication.translate(
                "Reasons", "%1 is not connected: only the receiving side is known."
            ).replace("%1", link.source_server)
        )
    elif link.target_host is None:
        reasons.append(
            QCoreApplication.translate(
                "Reasons", "%1 is not connected: only the sending side is known."
            ).replace("%1", link.target_server)
        )
    return reasons


def chain_reasons(chain: ReplicationChain, now: datetime) -> list[str]:
    reasons: list[str] = []
    for link in chain.links:
        for reason in link_reasons(link, now):
            if reason not in reasons:
                reasons.append(reason)
    return reasons


def is_problem(chain: ReplicationChain, now: datetime) -> bool:
    """Shown by "problems only": bad health, a host in trouble, or replication falling behind."""
    if chain.health in (ReplicationHealth.Warning, ReplicationHealth.Critical):
        return True
    return any(link.stale or overdue(link, now) is not None or link.state in _STATE for link in chain.links)
