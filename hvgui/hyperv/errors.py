"""Expected failures, each with a plain explanation and the technical detail.

The ui shows `explanation` (translated by exception class) and offers `detail` under "Details".
Bugs are not HvErrors: they reach the crash handler.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PLACEHOLDER = re.compile(r"%(\d)")


@dataclass(frozen=True)
class Message:
    """A sentence for the user by a stable key: the English template (%1..%9) and its arguments.

    An argument that is itself words (a reason, "the initial replication") is a Message too, so that
    the ui can translate it with the sentence around it; plain arguments (names, numbers) are str.
    str() gives the English text, filled in one pass, for logs and the audit log.
    """

    key: str
    template: str
    args: tuple[str | Message, ...] = ()

    def __str__(self) -> str:
        args = self.args
        return _PLACEHOLDER.sub(
            lambda m: str(args[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(args) else m.group(0),
            self.template,
        )


def message(key: str, template: str, *args: str | Message) -> Message:
    """A Message; the key and the English template stay together where the words are written."""
    return Message(key, template, args)


@dataclass(frozen=True)
class ErrorInfo:
    """A PowerShell error record as the host reported it."""

    message: str
    fq_error_id: str = ""
    category: str = ""
    target: str = ""
    reason: str = ""

    @property
    def error_id(self) -> str:
        return self.fq_error_id.split(",", 1)[0]


class HvError(Exception):
    """Base of every expected failure. host: the Hyper-V host it concerns ("" if none)."""

    explanation = "The operation failed."
    advice = ""

    def __init__(self, host: str, detail: str = "") -> None:
        super().__init__(f"{host}: {self.explanation} {detail}".strip())
        self.host = host
        self.detail = detail


class ConnectionProblem(HvError):
    """The host could not be talked to at all; its last known state may be stale."""


class HostUnreachable(ConnectionProblem):
    explanation = "The host does not answer."
    advice = "Check that the host is running, that WinRM listens on the port, and that no firewall blocks it."


class HostTimeout(HostUnreachable):
    explanation = "The host stopped answering in time."
    advice = (
        "The host or the network may be overloaded or hung. Hyper-V Manager would freeze here; hvgui gave up."
    )


class SessionClosed(ConnectionProblem):
    """hvgui itself closed the host's session (Disconnect, Remove, shutdown) while a request waited."""

    explanation = "hvgui is no longer connected to the host."
    advice = "Connect to the host again, then repeat what you were doing."


class ConnectionLost(ConnectionProblem):
    explanation = "The connection to the host was lost in the middle of an operation."
    advice = (
        "The step may or may not have run on the host. hvgui re-reads the state before doing anything else."
    )


class NameNotResolved(ConnectionProblem):
    explanation = "The host name could not be resolved."
    advice = "Check the spelling and DNS, or use the host's IP address."


class CertificateUntrusted(ConnectionProblem):
    explanation = "The host's TLS certificate is not trusted by this computer."
    advice = "Compare the SHA-256 fingerprint with the one on the host before you trust it."

    def __init__(self, host: str, detail: str = "", fingerprint: str = "") -> None:
        super().__init__(host, detail)
        self.fingerprint = fingerprint


class CertificateChanged(ConnectionProblem):
    explanation = "The host's TLS certificate has changed since you trusted it."
    advice = "This can mean the certificate was renewed, or that someone is intercepting the connection."

    def __init__(self, host: str, detail: str = "", expected: str = "", actual: str = "") -> None:
        super().__init__(host, detail)
        self.expected, self.actual = expected, actual


class AuthenticationFailed(ConnectionProblem):
    explanation = "The host rejected the user name or password."
    advice = "Check the credentials and the authentication method of the connection."


class WinRMNotEnabled(ConnectionProblem):
    explanation = "The host does not accept PowerShell Remoting (WinRM)."
    advice = "Run Enable-PSRemoting on the host, or check the port and HTTP/HTTPS setting."


class AccessDenied(HvError):
    explanation = "The account is not allowed to manage Hyper-V on this host."
    advice = "Use an account in the host's Hyper-V Administrators or Administrators group."


class HyperVModuleMissing(HvError):
    explanation = "The Hyper-V PowerShell module is not available on the host."
    advice = "Install the Hyper-V management tools for PowerShell on the host."


class CommandFailed(HvError):
    """Hyper-V refused or failed a command; its own message and error id are kept."""

    explanation = "Hyper-V reported an error."

    def __init__(self, host: str, errors: list[ErrorInfo], command: str = "") -> None:
        detail = "\n".join(f"{e.message} ({e.fq_error_id})" for e in errors)
        super().__init__(host, detail)
        self.errors = errors
        self.command = command

    @property
    def first(self) -> ErrorInfo:
        return self.errors[0]


class PreconditionFailed(HvError):
    """hvgui checked before acting and found the operation cannot succeed now.

    detail is the English text (logs, audit log). When it was made from a Message, reason is its key
    and params its arguments, so that the ui can say it in the user's language; reason is "" for a
    plain text. (Not "args": that is Exception's own attribute and str(exception) reads it.)
    """

    explanation = "The operation cannot be done in the current state."

    def __init__(self, host: str, detail: str | Message = "") -> None:
        super().__init__(host, str(detail))
        self.message = detail if isinstance(detail, Message) else None
        self.reason = self.message.key if self.message else ""
        self.params: tuple[str | Message, ...] = self.message.args if self.message else ()


class OperationCancelled(HvError):
    explanation = "The operation was cancelled."
