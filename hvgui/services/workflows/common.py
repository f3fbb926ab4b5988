"""Small builders shared by the workflow modules: pipelines aimed at one VM or one relationship."""

from __future__ import annotations

from datetime import datetime, timedelta
from uuid import UUID

from hvgui.hyperv.commands import Cmd, Pipeline, Value, by_id
from hvgui.hyperv.enums import RelationshipType, ReplicationMode, ReplicationState, VMState
from hvgui.hyperv.errors import Message, PreconditionFailed, message
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


def fail(
    host: str, key: str | Message, template: str | None = None, *args: str | Message
) -> PreconditionFailed:
    """The precondition that failed, by key, English template (%1..%9) and arguments:

        raise fail(host, "vm_not_replicated", "%1 is not replicated.", what)

    hvgui/ui/precondition_texts.py says it in the user's language (a test checks every key used
    here has a translation there); the English text is the error's detail. A Message is taken as
    it is. A single plain text (fail(host, text)) still works, for code not converted yet: the ui
    shows such a text in English.
    """
    if isinstance(key, Message):
        return PreconditionFailed(host, key)
    if template is None:
        return PreconditionFailed(host, key)
    return PreconditionFailed(host, message(key, template, *args))


def check_schedule(host: str, when: datetime | None, what: Message | str) -> None:
    """Hyper-V takes a start time in the future and at most 7 days ahead (host clocks follow NTP).

    what: the operation to be started, e.g. message("initial_replication", "the initial replication")
    (a plain str still works, but then stays English in the ui).
    """
    if when is None:
        raise fail(host, "start_time_missing", "Choose the time at which %1 should start.", what)
    if when.tzinfo is None:
        raise fail(host, "start_time_no_zone", "The start time for %1 needs a time zone.", what)
    now = utcnow()
    if when <= now:
        raise fail(host, "start_time_past", "The start time for %1 is in the past.", what)
    if when > now + MAX_SCHEDULE:
        raise fail(
            host,
            "start_time_too_late",
            "The start time for %1 is more than 7 days ahead; Hyper-V allows at most 7.",
            what,
        )


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


def state_words(state: ReplicationState) -> Message:
    """A replication state inside a message; the ui names it as its lists do."""
    return message("replication_state", state.name)


def mode_words(mode: ReplicationMode) -> Message:
    """A replication mode (role) inside a message; the ui names it as its lists do."""
    return message("replication_mode", mode.name)


def vm_on_host(vm_name: str, host: str, relationship: RelationshipType = RelationshipType.Simple) -> Message:
    """ "SQL01 on HV-A", or "SQL01 on HV-A (extended replication)"."""
    if relationship is RelationshipType.Extended:
        return message("vm_on_host_extended", "%1 on %2 (extended replication)", vm_name, host)
    return message("vm_on_host", "%1 on %2", vm_name, host)


def vm_state_words(state: VMState) -> Message:
    """A virtual machine's state (Running, Saved...) inside a message; the ui names it as its lists do."""
    return message("vm_state", state.name)
