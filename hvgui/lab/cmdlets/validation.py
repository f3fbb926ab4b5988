"""Argument validation the Hyper-V cmdlets do before touching anything (ValidateRange and friends)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

from hvgui.lab.binder import BoundCall
from hvgui.lab.context import Context
from hvgui.lab.enums import ErrorCategory
from hvgui.lab.records import ErrorRecord, LabError

# ValidateRange attributes of the module [CODE, reference 3.8].
RANGES = {
    "ReplicationFrequencySec": (30, 900),
    "RecoveryHistory": (0, 24),
    "VSSSnapshotFrequencyHour": (0, 12),
    "ReplicaServerPort": (1, 65535),
}
FREQUENCIES = (30, 300, 900)
EXTENDED_FREQUENCIES = (300, 900)
MAX_SCHEDULE_AHEAD = timedelta(days=7)
_HOSTNAME = re.compile(
    r"^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"
)


def check_ranges(ctx: Context, call: BoundCall) -> None:
    for param, (low, high) in RANGES.items():
        value = call.get(param)
        if value is None:
            continue
        if value < low:
            _range_error(
                ctx,
                param,
                f"The {value} argument is less than the minimum allowed range of {low}. "
                f"Supply an argument that is greater than or equal to {low} and then try the command again.",
            )
        if value > high:
            _range_error(
                ctx,
                param,
                f"The {value} argument is greater than the maximum allowed range of {high}. "
                f"Supply an argument that is less than or equal to {high} and then try the command again.",
            )


def _range_error(ctx: Context, param: str, detail: str) -> None:
    raise LabError(
        ErrorRecord(
            message=f"Cannot validate argument on parameter '{param}'. {detail}",
            category=ErrorCategory.InvalidData,
            fq_error_id=f"ParameterArgumentValidationError,{ctx.command_type}",
            target_name=param,
            activity=ctx.cmdlet,
            reason="ParameterBindingValidationException",
            exception_type="System.Management.Automation.ParameterBindingValidationException",
        ),
        terminating=True,
    )


def check_frequency(
    ctx: Context, frequency: int | None, *, extended: bool, primary_frequency: int | None
) -> None:
    if frequency is None:
        return
    allowed = EXTENDED_FREQUENCIES if extended else FREQUENCIES
    if frequency not in allowed:
        choices = " or ".join(str(f) for f in allowed)
        what = "extended replication" if extended else "replication"
        raise ctx.argument_error(
            f"The replication frequency {frequency} seconds is not valid for {what}. Specify {choices} seconds.",
            "ReplicationFrequencySec",
        )
    if extended and primary_frequency is not None and frequency < primary_frequency:
        raise ctx.argument_error(
            f"The extended replication frequency ({frequency} seconds) cannot be shorter than the frequency of "
            f"the primary replication ({primary_frequency} seconds).",
            "ReplicationFrequencySec",
        )


def check_vss(ctx: Context, vss_hours: int, recovery_history: int, *, extended: bool) -> None:
    if vss_hours <= 0:
        return
    if extended:
        raise ctx.argument_error(
            "Application-consistent recovery points cannot be configured for extended replication.",
            "VSSSnapshotFrequencyHour",
        )
    if recovery_history <= 0:
        raise ctx.argument_error(
            "Application-consistent recovery points require additional recovery points: specify a recovery "
            "history greater than 0.",
            "VSSSnapshotFrequencyHour",
        )


def check_server_name(ctx: Context, name: str) -> None:
    if not _HOSTNAME.fullmatch(name):
        raise ctx.argument_error(
            f"The Replica server name '{name}' is not valid. Specify a DNS host name (NetBIOS name or FQDN).",
            "ReplicaServerName",
        )


def check_start_time(ctx: Context, value: Any, param: str) -> datetime:
    """A scheduled start must lie in the future and at most 7 days ahead."""
    when = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now = ctx.now
    if when <= now:
        raise ctx.argument_error(
            f"The start time {when:%Y-%m-%d %H:%M} is in the past. Specify a future time.", param
        )
    if when - now > MAX_SCHEDULE_AHEAD:
        raise ctx.argument_error(
            f"The start time {when:%Y-%m-%d %H:%M} is more than 7 days ahead. Specify a time within the next 7 days.",
            param,
        )
    return when
