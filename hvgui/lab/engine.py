"""Time in the lab: replication cycles, initial replication, resynchronisation and recovery points.

Everything here is driven by the shared clock, so a test that steps the clock sees exactly what a
demo running faster than real time shows.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from hvgui.lab.enums import SnapshotType, VMReplicationType, VMState
from hvgui.lab.enums import VMReplicationState as S
from hvgui.lab.model import LabHost, LabVM, RecoveryPoint, ReplicationSide, ReplicationStats

if TYPE_CHECKING:
    from hvgui.lab.runtime import Lab

# Simulated link and disk speeds (bytes per lab second).
NETWORK_RATE = 100 * 1024**2
RESYNC_RATE = 200 * 1024**2
BASE_LATENCY = 1.5
# UNCERTAIN: how long Hyper-V keeps retrying before it puts replication into the Error state; the
# reference only says health moves Warning -> Critical/Error -> resynchronization required.
ERROR_AFTER = timedelta(minutes=30)
# Reference 4.4: HRL logs above half the VM's VHD size force a resynchronisation.
RESYNC_LOG_RATIO = 0.5
MAX_STEPS = 20_000
LOG_OVERFLOW_TEXT = "The change log exceeded half of the virtual hard disk size."
_TRACKING = {S.InitialReplicationInProgress, S.Replicating, S.Suspended, S.Error, S.ResynchronizeSuspended}


def advance(lab: Lab, start: datetime, end: datetime) -> None:
    for host in lab.hosts.values():
        if host.down:
            continue
        for vm in list(host.vms.values()):
            for side in vm.sides():
                if side.is_source:
                    _advance_source(lab, host, vm, side, start, end)
                _roll_monitoring_window(host, side, end)


def find_partner(
    lab: Lab, host: LabHost, vm: LabVM, side: ReplicationSide
) -> tuple[LabHost, ReplicationSide] | None:
    """The other end of a relationship, as the lab (omniscient) sees it."""
    other_name = side.settings.replica_server if side.is_source else side.settings.primary_server
    other = lab.find_host(other_name)
    if other is None or other is host:
        return None
    other_vm = other.vms.get(vm.id)
    if other_vm is None:
        return None
    for candidate in other_vm.sides():
        if candidate.is_source != side.is_source and candidate.relationship_type is side.relationship_type:
            return other, candidate
    return None


def _advance_source(
    lab: Lab, host: LabHost, vm: LabVM, side: ReplicationSide, start: datetime, end: datetime
) -> None:
    t = start
    steps = 0
    while t < end and steps < MAX_STEPS:
        steps += 1
        nxt = min(end, _next_event(side, t))
        _accumulate_changes(vm, side, nxt - t)
        t = nxt
        if side.state is S.ReadyForInitialReplication and side.ir_start_time and side.ir_start_time <= t:
            side.state = S.InitialReplicationInProgress
            side.ir_method = side.ir_method or "network"
        elif side.state is S.InitialReplicationInProgress and side.ir_method in ("network", "backup"):
            _progress_initial_replication(lab, host, vm, side, t)
        elif side.state is S.WaitingForStartResynchronize and _resync_due(side, t):
            start_resync(lab, host, vm, side)
        elif side.state is S.Resynchronizing:
            _progress_resync(lab, host, vm, side, t)
        elif side.state is S.Replicating and side.next_cycle_time and t >= side.next_cycle_time:
            _cycle(lab, host, vm, side, t)
        _check_log_overflow(vm, side)


def _next_event(side: ReplicationSide, t: datetime) -> datetime:
    if side.state is S.Replicating:
        if side.next_cycle_time is None:
            side.next_cycle_time = t + timedelta(seconds=side.settings.frequency_sec)
        return max(side.next_cycle_time, t + timedelta(microseconds=1))
    if side.state is S.ReadyForInitialReplication and side.ir_start_time:
        return max(side.ir_start_time, t + timedelta(microseconds=1))
    # Progress of long transfers is sampled every 10 lab seconds so Status moves smoothly.
    return t + timedelta(seconds=10)


def _accumulate_changes(vm: LabVM, side: ReplicationSide, dt: timedelta) -> None:
    if side.state in _TRACKING and vm.state is VMState.Running:
        side.pending_bytes += int(vm.change_rate * dt.total_seconds())


def _check_log_overflow(vm: LabVM, side: ReplicationSide) -> None:
    tracking = side.state in (S.Replicating, S.Suspended, S.Error)
    if tracking and vm.total_disk_bytes and side.pending_bytes > RESYNC_LOG_RATIO * vm.total_disk_bytes:
        side.state = S.WaitingForStartResynchronize
        side.pending_bytes = 0
        side.last_error = LOG_OVERFLOW_TEXT


def _resync_due(side: ReplicationSide, t: datetime) -> bool:
    if side.resync_start_time is not None:
        return side.resync_start_time <= t
    s = side.settings
    if not s.auto_resync:
        return False
    of_day = timedelta(hours=t.hour, minutes=t.minute, seconds=t.second)
    start, end = s.auto_resync_start, s.auto_resync_end
    return start <= of_day <= end if start <= end else (of_day >= start or of_day <= end)


def _link(lab: Lab, host: LabHost, vm: LabVM, side: ReplicationSide) -> tuple[LabHost, ReplicationSide] | str:
    """The receiving end if replication traffic can flow now, else why not."""
    target = lab.find_host(side.settings.replica_server)
    if target is None or not lab.reachable(host, target):
        return unreachable_text(side.settings.replica_server)
    partner = find_partner(lab, host, vm, side)
    if partner is None:
        return f"The Replica server '{target.fqdn}' has no replication relationship for virtual machine '{vm.name}'."
    _, other = partner
    if other.state not in (S.Replicating, S.WaitingForInitialReplication, S.Resynchronizing):
        return (
            f"The Replica virtual machine '{vm.name}' on '{target.fqdn}' is not accepting replication "
            f"(state {other.state.name})."
        )
    return partner


def unreachable_text(server: str) -> str:
    return (
        f"Hyper-V cannot connect to the specified Replica server '{server}'. "
        "Error: A connection with the server could not be established (0x00002EFD)."
    )


def _cycle(lab: Lab, host: LabHost, vm: LabVM, side: ReplicationSide, t: datetime) -> None:
    side.next_cycle_time = t + timedelta(seconds=side.settings.frequency_sec)
    link = _link(lab, host, vm, side)
    if isinstance(link, str):
        side.stats.missed += 1
        side.last_error = link
        side.failing_since = side.failing_since or t
        if t - side.failing_since >= ERROR_AFTER:
            side.state = S.Error
            side.stats.errors += 1
        return
    target_host, other = link
    size = side.pending_bytes
    latency = BASE_LATENCY + size / NETWORK_RATE * (0.5 if side.settings.compression else 1.0)
    for stats in (side.stats, other.stats):
        stats.successful += 1
        stats.total_bytes += size
        stats.max_bytes = max(stats.max_bytes, size)
        stats.total_latency += latency
        stats.max_latency = max(stats.max_latency, latency)
        stats.last_type = VMReplicationType.Regular
    side.pending_bytes = 0
    side.failing_since = None
    side.last_error = ""
    side.last_replication_time = other.last_replication_time = t
    replica_vm = target_host.vms[vm.id]
    add_recovery_point(replica_vm, other, t)
    # What arrives on B is what B has to ship on to C: the replica VM itself never runs.
    onward = replica_vm.extended
    if onward is not None and onward.state in _TRACKING:
        onward.pending_bytes += size


def add_recovery_point(vm: LabVM, side: ReplicationSide, t: datetime) -> None:
    """Hourly (and app-consistent) points on the replica, pruned to the recovery history."""
    s = side.settings
    if s.recovery_history <= 0:
        return
    if side.last_recovery_point_time and t - side.last_recovery_point_time < timedelta(hours=1):
        return
    kind = SnapshotType.Replica
    if s.vss_hours and (
        side.last_vss_point_time is None or t - side.last_vss_point_time >= timedelta(hours=s.vss_hours)
    ):
        kind = SnapshotType.AppConsistentReplica
        side.last_vss_point_time = t
        side.stats.last_vss_time = t
        side.stats.last_type = VMReplicationType.ApplicationConsistent
    vm.recovery_points.append(RecoveryPoint(recovery_point_name(vm, t), kind, t))
    side.last_recovery_point_time = t
    hourly = [
        p
        for p in vm.recovery_points
        if p.snapshot_type in (SnapshotType.Replica, SnapshotType.AppConsistentReplica)
    ]
    for old in hourly[: max(0, len(hourly) - s.recovery_history)]:
        vm.recovery_points.remove(old)


def recovery_point_name(vm: LabVM, t: datetime) -> str:
    # UNCERTAIN: Hyper-V names checkpoints "<VM> - (<date> - <time>)"; recovery points follow suit.
    return f"{vm.name} - ({t:%m/%d/%Y} - {t:%I:%M:%S %p})"


def _progress_initial_replication(
    lab: Lab, host: LabHost, vm: LabVM, side: ReplicationSide, t: datetime
) -> None:
    link = _link(lab, host, vm, side)
    if isinstance(link, str):
        side.last_error = link
        side.failing_since = side.failing_since or t
        return
    side.failing_since = None
    rate = NETWORK_RATE * (4 if side.ir_method == "backup" else 1)
    side.ir_sent_bytes = min(side.ir_total_bytes, side.ir_sent_bytes + rate * 10)
    other_host, other = link
    other.ir_method, other.ir_total_bytes, other.ir_sent_bytes = (
        "network",
        side.ir_total_bytes,
        side.ir_sent_bytes,
    )
    other.ir_start_time = side.ir_start_time or t
    if side.ir_sent_bytes >= side.ir_total_bytes:
        complete_initial_replication(other_host.vms[vm.id], side, other, t)


def complete_initial_replication(
    replica_vm: LabVM, side: ReplicationSide, other: ReplicationSide, t: datetime
) -> None:
    side.state = other.state = S.Replicating
    side.last_replication_time = other.last_replication_time = t
    side.next_cycle_time = t + timedelta(seconds=side.settings.frequency_sec)
    side.ir_sent_bytes = side.ir_total_bytes
    other.ir_sent_bytes = other.ir_total_bytes = side.ir_total_bytes
    side.failing_since = None
    add_recovery_point(replica_vm, other, t)


def _progress_resync(lab: Lab, host: LabHost, vm: LabVM, side: ReplicationSide, t: datetime) -> None:
    link = _link(lab, host, vm, side)
    if isinstance(link, str):
        side.last_error = link
        return
    side.resync_done_bytes += RESYNC_RATE * 10
    if side.resync_done_bytes >= vm.total_disk_bytes:
        other_host, other = link
        replica_vm = other_host.vms[vm.id]
        # Resynchronisation deletes all recovery points [reference 4.4].
        replica_vm.recovery_points.clear()
        other.last_recovery_point_time = None
        side.state = other.state = S.Replicating
        side.resync_done_bytes = 0
        side.pending_bytes = 0
        side.last_error = ""
        side.last_replication_time = other.last_replication_time = t
        side.next_cycle_time = t + timedelta(seconds=side.settings.frequency_sec)


def start_resync(lab: Lab, host: LabHost, vm: LabVM, side: ReplicationSide) -> None:
    """Both ends resynchronise together; the replica side shows it too."""
    side.state = S.Resynchronizing
    side.resync_done_bytes = 0
    side.resync_start_time = None
    partner = find_partner(lab, host, vm, side)
    if partner is not None and partner[1].state is S.Replicating:
        partner[1].state = S.Resynchronizing


def _roll_monitoring_window(host: LabHost, side: ReplicationSide, now: datetime) -> None:
    if now - side.stats.monitoring_start >= host.replica.monitoring_interval:
        side.stats = ReplicationStats(monitoring_start=now)
