"""The [[replications]] table of a scenario: an existing relationship, read into a plain spec.

Building it into the model is scenario_build's job; this module only reads and checks the keys.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from hvgui.lab.cmdlets.validation import EXTENDED_FREQUENCIES, FREQUENCIES, RANGES
from hvgui.lab.enums import ReplicationAuthenticationType, VMReplicationState, VMState
from hvgui.lab.model import ReplicationSettings
from hvgui.lab.scenario_table import Table

S = VMReplicationState

# The states a scenario can start a relationship in, named as Hyper-V names the relationship's state on
# the VM that shows it (the primary, except for the failover states, which only a replica reaches).
STATES = (
    S.ReadyForInitialReplication,
    S.InitialReplicationInProgress,
    S.Replicating,
    S.Suspended,
    S.Error,
    S.WaitingForStartResynchronize,
    S.Resynchronizing,
    S.PreparedForFailover,
    S.FailedOverWaitingCompletion,
    S.FailedOver,
)
# An extended relationship (replica -> third host) cannot be failed over from the scenario.
EXTENDED_STATES = STATES[:7]

_DEFAULTS = ReplicationSettings("", "", 80, ReplicationAuthenticationType.Kerberos)
KEYS = {
    "vm", "primary", "replica", "extended", "state", "extended_state", "frequency_sec",
    "extended_frequency_sec", "recovery_history", "extended_recovery_history", "vss_hours", "auth",
    "port", "certificate_thumbprint", "extended_auth", "extended_port", "extended_certificate_thumbprint",
    "compression", "bypass_proxy", "replicate_host_kvp", "auto_resync", "auto_resync_start",
    "auto_resync_end", "excluded_disks", "ir_progress", "ir_start_in_minutes", "resync_progress",
    "last_replication_minutes_ago", "failover_minutes_ago", "pending_mb", "last_error", "test_failover",
    "test_vm_state", "replica_vm_state",
}  # fmt: skip


@dataclass(frozen=True)
class StateSpec:
    """Where in its life a relationship is: its state and the times and progress that go with it."""

    state: VMReplicationState
    last_replication_minutes_ago: float | None = None
    failover_minutes_ago: float | None = None
    pending_mb: float | None = None
    ir_progress: float = 0.0
    ir_start_in_minutes: float | None = None
    resync_progress: float = 0.0
    last_error: str = ""


@dataclass(frozen=True)
class LinkSpec:
    """How one end connects to the next: authentication, port and relationship settings."""

    auth: ReplicationAuthenticationType
    port: int | None
    thumbprint: str
    frequency_sec: int
    recovery_history: int
    vss_hours: int = 0


@dataclass(frozen=True)
class ReplicationSpec:
    where: str
    vm: str
    primary: str
    replica: str
    link: LinkSpec
    state: StateSpec
    extended: str | None = None
    extended_link: LinkSpec | None = None
    extended_state: StateSpec | None = None
    compression: bool = True
    bypass_proxy: bool = False
    replicate_host_kvp: bool = True
    auto_resync: bool = True
    auto_resync_start: timedelta = _DEFAULTS.auto_resync_start
    auto_resync_end: timedelta = _DEFAULTS.auto_resync_end
    excluded_disks: list[str] = field(default_factory=list)
    test_failover: bool = False
    test_vm_state: VMState = VMState.Off
    replica_vm_state: VMState = VMState.Off


def parse(raw: Any, source: str, index: int) -> ReplicationSpec:
    name = raw.get("vm") if isinstance(raw, dict) else None
    where = f"[[replications]] #{index + 1}" + (f" (vm '{name}')" if isinstance(name, str) else "")
    t = Table(raw, source, where, KEYS)
    state = t.enum("state", VMReplicationState, S.Replicating)
    _check_state(t, "state", state, STATES)
    frequency = t.choice("frequency_sec", FREQUENCIES, _DEFAULTS.frequency_sec)
    low, high = RANGES["RecoveryHistory"]
    history = t.integer("recovery_history", 0, low, high)
    vss = t.integer("vss_hours", 0, 0, RANGES["VSSSnapshotFrequencyHour"][1])
    if vss and not history:
        raise t.error("vss_hours", "app-consistent recovery points need recovery_history > 0")
    link = LinkSpec(
        auth=t.enum("auth", ReplicationAuthenticationType, ReplicationAuthenticationType.Kerberos),
        port=t.integer("port", None, 1, 65535),
        thumbprint=t.text("certificate_thumbprint", ""),
        frequency_sec=frequency,
        recovery_history=history,
        vss_hours=vss,
    )
    extended = t.text("extended", None)
    ext_link = ext_state = None
    if extended is not None:
        ext_state = _state_spec(t, t.enum("extended_state", VMReplicationState, S.Replicating), prefix=True)
        _check_state(t, "extended_state", ext_state.state, EXTENDED_STATES)
        ext_frequency = t.choice("extended_frequency_sec", EXTENDED_FREQUENCIES, max(300, frequency))
        if ext_frequency < frequency:
            raise t.error(
                "extended_frequency_sec",
                f"{ext_frequency} is shorter than the primary relationship's frequency_sec ({frequency})",
            )
        ext_link = LinkSpec(
            auth=t.enum(
                "extended_auth", ReplicationAuthenticationType, ReplicationAuthenticationType.Kerberos
            ),
            port=t.integer("extended_port", None, 1, 65535),
            thumbprint=t.text("extended_certificate_thumbprint", ""),
            frequency_sec=ext_frequency,
            recovery_history=t.integer("extended_recovery_history", 0, low, high),
        )
    else:
        stray = sorted(k for k in t.data if k.startswith("extended_"))
        if stray:
            raise t.error(stray[0], "needs 'extended' (the third host)")
    if t.has("test_vm_state") and not t.flag("test_failover", False):
        raise t.error("test_vm_state", "needs test_failover = true")
    return ReplicationSpec(
        where=where,
        vm=t.text("vm"),
        primary=t.text("primary"),
        replica=t.text("replica"),
        link=link,
        state=_state_spec(t, state),
        extended=extended,
        extended_link=ext_link,
        extended_state=ext_state,
        compression=t.flag("compression", True),
        bypass_proxy=t.flag("bypass_proxy", False),
        replicate_host_kvp=t.flag("replicate_host_kvp", True),
        auto_resync=t.flag("auto_resync", True),
        auto_resync_start=t.time_of_day("auto_resync_start", _DEFAULTS.auto_resync_start),
        auto_resync_end=t.time_of_day("auto_resync_end", _DEFAULTS.auto_resync_end),
        excluded_disks=t.texts("excluded_disks"),
        test_failover=t.flag("test_failover", False),
        test_vm_state=t.enum("test_vm_state", VMState, VMState.Off),
        replica_vm_state=t.enum("replica_vm_state", VMState, VMState.Off),
    )


def _check_state(
    t: Table, key: str, state: VMReplicationState, allowed: tuple[VMReplicationState, ...]
) -> None:
    if state not in allowed:
        names = ", ".join(s.name for s in allowed)
        raise t.error(
            key, f"a scenario cannot start a relationship in state {state.name}; use one of {names}"
        )


def _state_spec(t: Table, state: VMReplicationState, *, prefix: bool = False) -> StateSpec:
    """The timing keys of the primary relationship; an extended relationship takes its state only."""
    if prefix:
        return StateSpec(state)
    if t.has("ir_progress") and state is not S.InitialReplicationInProgress:
        raise t.error("ir_progress", "applies to state InitialReplicationInProgress only")
    if t.has("ir_start_in_minutes") and state is not S.ReadyForInitialReplication:
        raise t.error("ir_start_in_minutes", "applies to state ReadyForInitialReplication only")
    if t.has("resync_progress") and state is not S.Resynchronizing:
        raise t.error("resync_progress", "applies to state Resynchronizing only")
    failover = state in (S.FailedOverWaitingCompletion, S.FailedOver)
    if t.has("failover_minutes_ago") and not failover:
        raise t.error(
            "failover_minutes_ago", "applies to states FailedOverWaitingCompletion and FailedOver only"
        )
    spec = StateSpec(
        state=state,
        last_replication_minutes_ago=t.number("last_replication_minutes_ago", None, 0),
        failover_minutes_ago=t.number("failover_minutes_ago", None, 0),
        pending_mb=t.number("pending_mb", None, 0),
        ir_progress=t.number("ir_progress", 0.0, 0.0, 0.999),
        ir_start_in_minutes=t.number("ir_start_in_minutes", None, 1, 7 * 24 * 60),
        resync_progress=t.number("resync_progress", 0.0, 0.0, 0.999),
        last_error=t.text("last_error", ""),
    )
    if (
        failover
        and spec.failover_minutes_ago is not None
        and spec.last_replication_minutes_ago is not None
        and spec.last_replication_minutes_ago < spec.failover_minutes_ago
    ):
        raise t.error(
            "last_replication_minutes_ago",
            "the last replication cannot be later than the failover (failover_minutes_ago)",
        )
    return spec
