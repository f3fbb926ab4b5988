"""How a workflow fails: in plain words, with what already happened and what the user can do next.

Hyper-V's own messages are kept (they go under "Details"); the plain reason in front of them is what
an operator who is not a Hyper-V specialist needs to decide the next step.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from hvgui.hyperv.enums import AuthenticationType, ServerAuthenticationType
from hvgui.hyperv.errors import (
    CommandFailed,
    ConnectionProblem,
    HvError,
    Message,
    OperationCancelled,
    PreconditionFailed,
    message,
)
from hvgui.hyperv.rules import Reason

if TYPE_CHECKING:
    from hvgui.services.workflows.base import Step


class NotConnected(PreconditionFailed):
    explanation = "hvgui has no connection to a host this operation needs."


def not_connected(host: str) -> NotConnected:
    """hvgui has no session for host; the words name only the host, so the ui can say them."""
    return NotConnected(host, message("not_connected", "Connect to %1 first; this operation needs it.", host))


def auth_words(auth: AuthenticationType) -> Message:
    """An authentication type (Kerberos, Certificate) inside a message; the ui names it as its labels do."""
    return message("authentication_type", auth.name)


def server_auth_words(auth: ServerAuthenticationType) -> Message:
    """What a Replica server accepts (Kerberos, Certificate or both) inside a message; named as the ui's labels."""
    return message("server_authentication_type", auth.name)


class VMNotFound(PreconditionFailed):
    explanation = "The virtual machine was not found on the host."


class SplitBrainWarning(PreconditionFailed):
    """The primary still runs the VM: failing over now gives two live copies that both change.

    The caller shows this warning and, if the user insists, runs the workflow again with the
    request's accept_split_brain flag set.
    """

    explanation = "The primary virtual machine is still running."
    advice = (
        "Failing over now starts a second copy of the VM while the first one keeps running and changing: "
        "both copies diverge (split brain). Shut the primary down or use a planned failover. Fail over "
        "anyway only if the primary is cut off from its users."
    )


class UnexpectedState(HvError):
    """A step reported success, but the state read back afterwards is not what the step should give."""

    explanation = "After the step, the virtual machine is not in the state the step should have left it in."


class WorkflowFailed(HvError):
    """A step did not succeed. Names the step and its host, what was done before, and what to do now.

    outcome_unknown: the connection broke while the step ran, so it may or may not have happened on
    the host; hvgui never repeats such a step by itself.
    """

    explanation = "The operation stopped at a step that did not succeed."

    def __init__(
        self,
        *,
        title: str,
        step: Step,
        step_number: int,
        step_count: int,
        cause: HvError,
        completed: Sequence[Step],
        advice: str,
        state_after: Sequence[str] = (),
        outcome_unknown: bool = False,
    ) -> None:
        self.title = title
        self.step = step
        self.step_number = step_number
        self.step_count = step_count
        self.cause = cause
        self.completed = tuple(completed)
        self.reason = plain_reason(cause, step)
        self.state_after = tuple(state_after)
        self.outcome_unknown = outcome_unknown
        super().__init__(step.host, self._text(advice))
        # After super().__init__: HvError has a class-level advice; this one is per failure.
        self.advice = advice

    def _text(self, advice: str) -> str:
        lines = [
            f'{self.title} stopped at step {self.step_number} of {self.step_count}, "{self.step.title}" '
            f"on {self.step.host}.",
            self.reason,
        ]
        if self.outcome_unknown:
            lines.append(
                "hvgui cannot tell whether this step ran on the host; it will not repeat it by itself."
            )
        lines.append("Already done: " + ("; ".join(s.title for s in self.completed) or "nothing") + ".")
        if self.state_after:
            lines.append("State now: " + "; ".join(self.state_after) + ".")
        if advice:
            lines.append("What you can do: " + advice)
        return "\n".join(lines)


class WorkflowCancelled(OperationCancelled):
    """The user cancelled; the workflow stopped before a step, never inside one."""

    def __init__(self, host: str, *, title: str, completed: Sequence[Step], advice: str) -> None:
        self.title = title
        self.completed = tuple(completed)
        done = "; ".join(s.title for s in self.completed) or "nothing"
        super().__init__(host, f"{title} was cancelled. Already done: {done}. {advice}".strip())
        self.advice = advice


# Hyper-V error ids in plain words --------------------------------------------------------------

# (cmdlet, error id) -> what it means for the user. "*" matches any cmdlet. The host's own message
# follows in the details, so these texts say what it means rather than repeat it.
_PLAIN: dict[tuple[str, str], str] = {
    ("Start-VMFailover", "InvalidState"): (
        "Hyper-V refused the failover: the VM must be turned off (not saved or paused) and replicating, "
        "and the replica must have received at least one replication."
    ),
    ("Start-VMFailover", "InvalidParameter"): (
        "Hyper-V refused the failover: this VM's role does not allow this kind of failover here."
    ),
    ("Stop-VMFailover", "InvalidState"): "There is no failover or test failover to cancel for this VM.",
    ("Complete-VMFailover", "InvalidState"): (
        "The failover can only be completed while it waits for completion (failed over, not yet committed)."
    ),
    ("Start-VM", "InvalidState"): (
        "Hyper-V does not let this VM start now: a replica starts only after a failover, and a primary "
        "prepared for planned failover only after the failover is cancelled."
    ),
    ("Stop-VM", "OperationFailed"): (
        "The guest operating system did not shut down. Shut it down from inside the guest or turn it off."
    ),
    ("Enable-VMReplication", "AccessDenied"): (
        "The Replica server does not accept replication from this primary server: it needs an "
        "authorization entry for it (or must allow any authenticated server)."
    ),
    ("Test-VMReplicationConnection", "AccessDenied"): (
        "The Replica server does not accept replication from this primary server: it needs an "
        "authorization entry for it (or must allow any authenticated server)."
    ),
    ("Enable-VMReplication", "OperationFailed"): (
        "The Replica server could not be reached with these settings. Check that it is enabled as a "
        "Replica server, the port, the authentication type, DNS and the firewall."
    ),
    ("Test-VMReplicationConnection", "OperationFailed"): (
        "The Replica server could not be reached with these settings. Check that it is enabled as a "
        "Replica server, the port, the authentication type, DNS and the firewall."
    ),
    ("Set-VMReplication", "OperationFailed"): (
        "Hyper-V could not set up replication in the other direction: the old primary host must be a "
        "Replica server that accepts replication from this host."
    ),
    ("Set-VMReplication", "ObjectExists"): (
        "The old primary host still has this VM as an active primary. Turn it off and mark it as a "
        "replica first."
    ),
    ("Import-VMInitialReplication", "ObjectNotFound"): (
        "No initial copy was found at that path. The exported folder is named <VM name>_<VM id>."
    ),
    ("Resume-VMReplication", "InvalidState"): (
        "Replication cannot be resumed from its current state (it may need a resynchronization)."
    ),
    ("Suspend-VMReplication", "InvalidState"): "Replication cannot be paused in its current state.",
    ("*", "InvalidState"): "Hyper-V refused: the VM is not in a state that allows this operation.",
    ("*", "AccessDenied"): "Hyper-V denied access.",
    ("*", "InvalidParameter"): "Hyper-V refused one of the settings.",
    ("*", "InvalidOperation"): "Hyper-V does not allow this operation for this VM's replication role.",
    ("*", "ObjectNotFound"): "Something the operation needs was not found on the host.",
    ("*", "ObjectExists"): "Something this operation would create already exists.",
    ("*", "HostFunctionNotImplemented"): (
        "The command asked for a confirmation that a remote session cannot give (a bug in hvgui)."
    ),
}


_VERBS = ("Start", "Stop", "Complete", "Set", "Get", "Enable", "Remove", "Resume", "Suspend", "Import",
          "Test", "Measure", "Reset", "New")  # fmt: skip


def _cmdlet_of(error_fq_id: str, fallback: str) -> str:
    """Microsoft.HyperV.PowerShell.Commands.StartVMFailover -> Start-VMFailover (verbs are one word)."""
    _, _, tail = error_fq_id.partition(",")
    name = tail.rsplit(".", 1)[-1] if tail else ""
    for verb in _VERBS:
        if name.startswith(verb) and len(name) > len(verb):
            return f"{verb}-{name[len(verb) :]}"
    return fallback


def _step_cmdlet(step: Step | None) -> str:
    if step is None or not step.pipelines:
        return ""
    return step.pipelines[-1].commands[-1].name


def plain_reason(error: HvError, step: Step | None = None) -> str:
    """One or two sentences for the user, followed by the host's own words where there are any."""
    if isinstance(error, CommandFailed) and error.errors:
        first = error.first
        cmdlet = _cmdlet_of(first.fq_error_id, _step_cmdlet(step))
        text = _PLAIN.get((cmdlet, first.error_id)) or _PLAIN.get(("*", first.error_id))
        host_says = f"{error.host} says: {first.message}"
        return f"{text} ({host_says})" if text else host_says
    if isinstance(error, ConnectionProblem):
        return f"{error.host}: {error.explanation} {error.advice}".strip()
    return str(error)


def not_found(error: CommandFailed) -> bool:
    """Get-VM -Id for an Id the host does not have."""
    return any("unable to find a virtual machine" in e.message.lower() for e in error.errors)


# What the menu rules' reasons mean in a precondition message (a clause after "...: ").
REASONS: dict[Reason, Message] = {
    Reason.VM_NOT_RUNNING: message("reason_vm_not_running", "the virtual machine is not running"),
    Reason.VM_ALREADY_RUNNING: message("reason_vm_already_running", "the virtual machine is already running"),
    Reason.VM_NOT_OFF: message("reason_vm_not_off", "the virtual machine is not turned off"),
    Reason.REPLICA_NOT_FAILED_OVER: message(
        "reason_replica_not_failed_over", "a replica virtual machine can only start after a failover"
    ),
    Reason.PREPARED_FOR_FAILOVER: message(
        "reason_prepared_for_failover",
        "the virtual machine is prepared for a planned failover; cancel the failover first",
    ),
    Reason.NOT_REPLICATING: message(
        "reason_not_replicating", "replication is not in a state that allows this"
    ),
    Reason.NEVER_REPLICATED: message(
        "reason_never_replicated", "the replica has not received any replication yet"
    ),
    Reason.RESYNCHRONIZING: message("reason_resynchronizing", "replication is being resynchronized"),
    Reason.TEST_FAILOVER_RUNNING: message("reason_test_failover_running", "a test failover is running"),
    Reason.ALREADY_EXTENDED: message(
        "reason_already_extended", "replication is already extended to a third host"
    ),
    Reason.EXTENDED_REPLICATION_EXISTS: message(
        "reason_extended_replication_exists",
        "the VM replicates on to a third host (extended replication); a VM can have only one replica",
    ),
    Reason.HOST_UNAVAILABLE: message("reason_host_unavailable", "the host is not available"),
}
