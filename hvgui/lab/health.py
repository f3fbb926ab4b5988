"""Replication health by reference section 5.8, with Hyper-V's reasons in words.

Health is judged over the monitoring window (the statistics), state is instantaneous.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from hvgui.lab.enums import VMReplicationHealthState as Health
from hvgui.lab.enums import VMReplicationState as S
from hvgui.lab.model import LabVM, ReplicationSide

MISSED_RATIO_WARNING = 0.20
BEHIND_WARNING = timedelta(hours=1)
LATENCY_WARNING = timedelta(minutes=5)

_CRITICAL_STATES = {S.Error, S.WaitingForStartResynchronize, S.UpdateError, S.ResynchronizeSuspended}
_WARNING_STATES = {
    S.ReadyForInitialReplication,
    S.InitialReplicationInProgress,
    S.WaitingForInitialReplication,
    S.PreparedForFailover,
    S.FailedOverWaitingCompletion,
    S.FailedOver,
    S.Resynchronizing,
    S.WaitingForUpdateCompletion,
}


def evaluate(vm: LabVM, side: ReplicationSide | None, now: datetime) -> tuple[Health, list[str]]:
    """Health and the ReplicationHealthDetails texts for one side."""
    if side is None or side.state is S.Disabled:
        return Health.NotApplicable, []
    reasons: list[str] = []
    worst = Health.Normal
    name = vm.name

    def raise_to(level: Health, reason: str) -> None:
        nonlocal worst
        worst = max(worst, level)
        reasons.append(reason)

    state = side.state
    if state in _CRITICAL_STATES:
        if state is S.Error:
            detail = f" {side.last_error}" if side.last_error else ""
            raise_to(
                Health.Critical,
                f"Replication for virtual machine '{name}' is in error. Fix the error(s) and resume "
                f"replication.{detail}",
            )
        else:
            raise_to(
                Health.Critical,
                f"Resynchronization is required for virtual machine '{name}'. Resume replication to "
                "resynchronize.",
            )
    elif state is S.Suspended:
        if side.is_source:
            raise_to(Health.Warning, f"Replication is paused for virtual machine '{name}'.")
        else:
            # Pausing on the replica blocks the primary: reference 5.8 rates it Critical.
            raise_to(Health.Critical, f"Replication is paused on the Replica virtual machine '{name}'.")
    elif state in _WARNING_STATES:
        raise_to(Health.Warning, _warning_text(state, name))

    stats = side.stats
    cycles = stats.successful + stats.missed
    if cycles and stats.missed / cycles > MISSED_RATIO_WARNING:
        raise_to(
            Health.Warning,
            f"More than 20 percent of replication cycles have been missed for virtual machine '{name}'.",
        )
    if state is S.Replicating:
        if side.is_source and side.failing_since is not None:
            raise_to(
                Health.Warning,
                f"Hyper-V could not replicate changes for virtual machine '{name}' to the Replica server "
                f"since {side.failing_since:%Y-%m-%d %H:%M}.",
            )
        last = side.last_replication_time
        if last is not None and now - last > BEHIND_WARNING:
            who = "primary" if not side.is_source else "Replica"
            raise_to(
                Health.Warning,
                f"Replica virtual machine '{name}' is behind the {who} by more than an hour."
                if not side.is_source
                else f"Virtual machine '{name}' has not replicated to the {who} for more than an hour.",
            )
        if stats.successful and timedelta(seconds=stats.total_latency / stats.successful) > LATENCY_WARNING:
            raise_to(Health.Warning, f"Average replication latency for '{name}' exceeds 5 minutes.")
    return worst, reasons


def _warning_text(state: S, name: str) -> str:
    if state in (
        S.ReadyForInitialReplication,
        S.InitialReplicationInProgress,
        S.WaitingForInitialReplication,
    ):
        return f"Initial replication has not completed for virtual machine '{name}'."
    if state is S.PreparedForFailover:
        return f"Virtual machine '{name}' is prepared for planned failover."
    if state in (S.FailedOverWaitingCompletion, S.FailedOver):
        return (
            f"Failover has been started for virtual machine '{name}' but replication has not been reversed."
        )
    if state is S.Resynchronizing:
        return f"Resynchronization is in progress for virtual machine '{name}'."
    return f"A disk update is in progress for virtual machine '{name}'."
