"""The history of an existing relationship, laid down as the engine would have written it.

scenario_build creates both ends with the cmdlets' helpers; this module moves them through time: initial
replication, regular cycles with their statistics and recovery points, and the failures, pauses and
failovers a scenario asks for. Engine helpers do the parts the engine owns (completing initial
replication, recovery points), so the two cannot drift apart.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from hvgui.lab import engine
from hvgui.lab.enums import SnapshotType, VMReplicationType, VMState
from hvgui.lab.enums import VMReplicationState as S
from hvgui.lab.model import MIB, LabHost, LabVM, RecoveryPoint, ReplicationSide, ReplicationStats
from hvgui.lab.scenario_spec import StateSpec
from hvgui.lab.scenario_table import ScenarioError

if TYPE_CHECKING:
    from hvgui.lab.runtime import Lab

# How long ago an established relationship was enabled, unless its history needs longer.
ESTABLISHED_AGO = timedelta(days=30)
# Minutes since the last successful cycle when the scenario does not say (per state).
_LAST_DEFAULT = {S.Suspended: 45.0, S.Error: 120.0, S.WaitingForStartResynchronize: 180.0}
FAILOVER_DEFAULT = 20.0
_LOG_OVERFLOW = engine.LOG_OVERFLOW_TEXT


@dataclass
class Network:
    """Hosts the scenario marks down and links it cuts; applied to the lab after building."""

    down: set[str]
    cut: set[frozenset[str]]

    def reachable(self, a: LabHost, b: LabHost) -> bool:
        return (
            a.name not in self.down
            and b.name not in self.down
            and frozenset((a.name, b.name)) not in self.cut
        )


@dataclass
class Link:
    source_host: LabHost
    source_vm: LabVM
    source: ReplicationSide
    target_host: LabHost
    target_vm: LabVM
    target: ReplicationSide
    enabled_at: datetime | None = None


class Errors:
    def __init__(self, source: str, where: str) -> None:
        self.source, self.where = source, where

    def __call__(self, key: str, problem: str) -> ScenarioError:
        return ScenarioError(f"{self.source}: {self.where}: key '{key}': {problem}")


def apply_state(lab: Lab, link: Link, st: StateSpec, net: Network, err: Errors) -> None:
    now = lab.now
    s, r = link.source, link.target
    freq = timedelta(seconds=s.settings.frequency_sec)
    up = net.reachable(link.source_host, link.target_host)
    if st.state in (S.ReadyForInitialReplication, S.InitialReplicationInProgress):
        _initial(lab, link, st, up)
    else:
        failover = st.state in (S.FailedOverWaitingCompletion, S.FailedOver)
        t_fail = now - timedelta(minutes=st.failover_minutes_ago or FAILOVER_DEFAULT)
        if st.last_replication_minutes_ago is not None:
            t_last = now - timedelta(minutes=st.last_replication_minutes_ago)
        elif failover:
            t_last = t_fail - freq / 2
        else:
            t_last = now - timedelta(minutes=_LAST_DEFAULT.get(st.state, freq.total_seconds() / 180))
        _established(lab, link, t_last)
        if st.state is S.Replicating and not up:
            _failing(lab, link, t_last + freq, _unreachable(s))
            if s.state is not S.Replicating:
                raise err(
                    "last_replication_minutes_ago",
                    f"with the Replica server unreachable since then, replication would be in state {s.state.name}",
                )
        elif st.state is S.Suspended:
            s.state, s.state_before_suspend = S.Suspended, S.Replicating
        elif st.state is S.Error:
            _failing(lab, link, t_last + freq, st.last_error or _unreachable(s))
            if s.state is not S.Error:
                s.state, s.next_cycle_time = S.Error, None
                s.stats.errors += 1
        elif st.state is S.WaitingForStartResynchronize:
            s.state, s.pending_bytes, s.last_error = st.state, 0, st.last_error or _LOG_OVERFLOW
        elif st.state is S.Resynchronizing:
            s.state = r.state = S.Resynchronizing
            s.resync_done_bytes = int(st.resync_progress * link.source_vm.total_disk_bytes)
        elif st.state is S.PreparedForFailover:
            if link.source_vm.state is not VMState.Off:
                raise err(
                    "state", f"a VM prepared for planned failover must be Off, '{link.source_vm.name}' is not"
                )
            _prepared(link, t_last)
        elif failover:
            _failed_over(lab, link, st, t_fail, net)
    if st.pending_mb is not None:
        s.pending_bytes = int(st.pending_mb * MIB)


def _initial(lab: Lab, link: Link, st: StateSpec, up: bool) -> None:
    now = lab.now
    s, r = link.source, link.target
    if st.state is S.ReadyForInitialReplication:
        link.enabled_at = now - timedelta(minutes=10)
        if st.ir_start_in_minutes is not None:
            # Start-VMInitialReplication -InitialReplicationStartTime: scheduled, still Ready.
            s.ir_method, s.ir_start_time = "network", now + timedelta(minutes=st.ir_start_in_minutes)
    else:
        # Rounded up so the Status column shows the percentage the file asked for.
        sent = math.ceil(st.ir_progress * s.ir_total_bytes)
        started = now - _transfer_time(sent)
        link.enabled_at = started - timedelta(minutes=2)
        s.state, s.ir_method, s.ir_sent_bytes, s.ir_start_time = st.state, "network", sent, started
        r.ir_method, r.ir_total_bytes, r.ir_sent_bytes, r.ir_start_time = (
            "network",
            s.ir_total_bytes,
            sent,
            started,
        )
        if link.source_vm.state is VMState.Running:
            s.pending_bytes = int(link.source_vm.change_rate * (now - started).total_seconds())
        if not up:
            s.failing_since, s.last_error = now, _unreachable(s)
    link.target_vm.created = link.enabled_at
    s.stats = ReplicationStats(_window_start(link.source_host, now, link.enabled_at))
    r.stats = ReplicationStats(_window_start(link.target_host, now, link.enabled_at))


def _transfer_time(size: int) -> timedelta:
    """How long the engine takes to send size bytes (it moves data in 10-second steps)."""
    return timedelta(seconds=10 * max(1, math.ceil(size / (engine.NETWORK_RATE * 10))))


def _established(lab: Lab, link: Link, t_last: datetime) -> None:
    """Initial replication long done, then regular cycles up to t_last, as the engine would have run them."""
    now = lab.now
    s, r = link.source, link.target
    settings = s.settings
    freq = timedelta(seconds=settings.frequency_sec)
    duration = _transfer_time(s.ir_total_bytes)
    enabled = min(link.enabled_at or now - ESTABLISHED_AGO, t_last - duration - timedelta(hours=1))
    link.enabled_at = enabled
    link.target_vm.created = enabled
    t_ir = enabled + timedelta(minutes=1) + duration
    s.ir_method = r.ir_method = "network"
    s.ir_start_time = r.ir_start_time = enabled + timedelta(minutes=1)
    s.stats = ReplicationStats(_window_start(link.source_host, now, t_ir))
    r.stats = ReplicationStats(_window_start(link.target_host, now, t_ir))
    engine.complete_initial_replication(link.target_vm, s, r, t_ir)
    cycles = [t_last - k * freq for k in range(int((t_last - t_ir) / freq) + 1)][::-1]
    cycles = [t for t in cycles if t > t_ir]
    if settings.recovery_history:
        oldest = t_last - timedelta(hours=settings.recovery_history + 1)
        for t in cycles:
            if t >= oldest:
                engine.add_recovery_point(link.target_vm, r, t)
    size = (
        link.source_vm.change_rate * int(freq.total_seconds())
        if link.source_vm.state is VMState.Running
        else 0
    )
    latency = engine.BASE_LATENCY + size / engine.NETWORK_RATE * (0.5 if settings.compression else 1.0)
    for stats in (s.stats, r.stats):
        n = sum(1 for t in cycles if t >= stats.monitoring_start)
        stats.successful, stats.total_bytes, stats.total_latency = n, n * size, n * latency
        stats.max_bytes, stats.max_latency = (size, latency) if n else (0, 0.0)
        stats.last_type = VMReplicationType.Regular if n else VMReplicationType.None_
        if stats.last_vss_time is not None and stats.last_vss_time < stats.monitoring_start:
            stats.last_vss_time = None
    last_point = link.target_vm.recovery_points[-1] if link.target_vm.recovery_points else None
    if (
        last_point
        and last_point.creation_time == t_last
        and last_point.snapshot_type is SnapshotType.AppConsistentReplica
    ):
        r.stats.last_type = VMReplicationType.ApplicationConsistent
    s.last_replication_time = r.last_replication_time = t_last
    s.next_cycle_time = t_last + freq
    running = link.source_vm.state is VMState.Running
    s.pending_bytes = int(link.source_vm.change_rate * (now - t_last).total_seconds()) if running else 0


def _failing(lab: Lab, link: Link, since: datetime, message: str) -> None:
    """Cycles from `since` on fail; after engine.ERROR_AFTER the relationship goes to Error (engine._cycle)."""
    s = link.source
    freq = timedelta(seconds=s.settings.frequency_sec)
    s.failing_since, s.last_error = since, message
    t = since
    while t <= lab.now:
        if t >= s.stats.monitoring_start:
            s.stats.missed += 1
        if t - since >= engine.ERROR_AFTER:
            s.state, s.next_cycle_time = S.Error, None
            s.stats.errors += 1 if t >= s.stats.monitoring_start else 0
            return
        t += freq
    s.next_cycle_time = t


def _prepared(link: Link, t_prep: datetime) -> None:
    """Start-VMFailover -Prepare: pending changes sent, a synced point on the replica."""
    s, r = link.source, link.target
    s.pending_bytes = 0
    s.last_replication_time = r.last_replication_time = t_prep
    rv = link.target_vm
    rv.recovery_points.append(
        RecoveryPoint(engine.recovery_point_name(rv, t_prep), SnapshotType.SyncedReplica, t_prep)
    )
    s.state = S.PreparedForFailover


def _failed_over(lab: Lab, link: Link, st: StateSpec, t_fail: datetime, net: Network) -> None:
    s, r = link.source, link.target
    r.state_before_failover, r.state = S.Replicating, S.FailedOverWaitingCompletion
    if st.state is S.FailedOver:
        r.state = S.FailedOver
        link.target_vm.recovery_points.clear()
    if link.source_host.name in net.down:
        # A host that is down runs no cycles: its side stays as it was when it went down.
        s.pending_bytes = 0
        return
    freq = timedelta(seconds=s.settings.frequency_sec)
    replica_refuses = (
        f"The Replica virtual machine '{link.source_vm.name}' on '{link.target_host.fqdn}' is not accepting "
        f"replication (state {r.state.name})."
    )
    # A primary that is still up keeps sending after its last cycle and fails, whatever the reason.
    reason = replica_refuses if net.reachable(link.source_host, link.target_host) else _unreachable(s)
    _failing(lab, link, (s.last_replication_time or t_fail) + freq, reason)


def _unreachable(side: ReplicationSide) -> str:
    return engine.unreachable_text(side.settings.replica_server)


def _window_start(host: LabHost, now: datetime, not_before: datetime) -> datetime:
    """Start of the current monitoring window (interval from the host's daily start time), reference 5.8."""
    r = host.replica
    day = now.replace(hour=0, minute=0, second=0, microsecond=0) + r.monitoring_start
    if day > now:
        day -= timedelta(days=1)
    if r.monitoring_interval < timedelta(days=1):
        day += r.monitoring_interval * ((now - day) // r.monitoring_interval)
    return min(now, max(day, not_before))
