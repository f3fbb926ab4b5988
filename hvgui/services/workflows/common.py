"""Small builders shared by the workflow modules: pipelines aimed at one VM or one relationship."""

from __future__ import annotations

from datetime import datetime, timedelta
from uuid import UUID

from hvgui.hyperv.commands import Cmd, Pipeline, Value, by_id
from hvgui.hyperv.enums import RelationshipType, VMState
from hvgui.hyperv.errors import PreconditionFailed
from hvgui.services.workflows.base import Step, expect, utcnow

# Start-VMInitialReplication / Resume-VMReplication accept a start time at most this far ahead.
MAX_SCHEDULE = timedelta(days=7)


def on_vm(vm_id: UUID, name: str, **params: Value) -> Pipeline:
    return by_id(vm_id, Cmd.of(name, **params))


def on_relationship(vm_id: UUID, relationship: RelationshipType, name: str, **params: Value) -> Pipeline:
    """The extended relationship is reached through its VMReplication object (psrp-wire.md 6): in the
    VMObject parameter sets -ReplicationRelationshipType does not exist for every cmdlet."""
    if relationship is RelationshipType.Simple:
        return on_vm(vm_id, name, **params)
    return by_id(
        vm_id,
        Cmd.of("Get-VMReplication", ReplicationRelationshipType=RelationshipType.Extended),
        Cmd.of(name, **params),
    )


def fail(host: str, text: str) -> PreconditionFailed:
    return PreconditionFailed(host, text)


def check_schedule(host: str, when: datetime | None, what: str) -> None:
    """Hyper-V takes a start time in the future and at most 7 days ahead (host clocks follow NTP)."""
    if when is None:
        raise fail(host, f"Choose the time at which {what} should start.")
    if when.tzinfo is None:
        raise fail(host, f"The start time for {what} needs a time zone.")
    now = utcnow()
    if when <= now:
        raise fail(host, f"The start time for {what} is in the past.")
    if when > now + MAX_SCHEDULE:
        raise fail(host, f"The start time for {what} is more than 7 days ahead; Hyper-V allows at most 7.")


def same_host(a: str, b: str) -> bool:
    """Server names as Hyper-V keeps them: FQDN or NetBIOS, any case."""
    a, b = a.strip().lower(), b.strip().lower()
    return a == b or (a.split(".")[0] == b.split(".")[0] and ("." not in a or "." not in b))


def literal(text: str) -> str:
    """A value for a parameter that takes wildcards, matching only itself (WildcardPattern.Escape).

    "*.contoso.com" is a real authorization entry; unescaped, removing it would remove every entry
    of the domain too.
    """
    return "".join(f"`{c}" if c in "*?[]`" else c for c in text)


def start_vm_step(vm_id: UUID, vm_name: str, host: str) -> Step:
    """The last step of a failover when the user asked for the VM to be started."""
    return Step(
        "start",
        f"Start {vm_name} on {host}",
        host,
        (on_vm(vm_id, "Start-VM"),),
        expect=(expect(host, power=VMState.Running),),
    )
