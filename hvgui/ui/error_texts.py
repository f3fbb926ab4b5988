"""What each expected failure means, in the user's language, looked up by exception class.

The services raise HvError subclasses with an English explanation and advice (class attributes);
this table gives the same in translatable form. The most specific class found in the exception's
MRO wins, so a new subclass falls back to its parent's wording until it gets its own. Classes are
named, not imported: the ui must not import the keyring-backed core.secrets just to name its error.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hvgui.hyperv.errors import HvError

_CTX = "HvError"

# class name -> (explanation, advice)
_TEXTS: dict[str, tuple[object, object]] = {
    "HvError": (QT_TRANSLATE_NOOP("HvError", "The operation failed."), ""),
    "ConnectionProblem": (QT_TRANSLATE_NOOP("HvError", "The host could not be reached."), ""),
    "HostUnreachable": (
        QT_TRANSLATE_NOOP("HvError", "The host does not answer."),
        QT_TRANSLATE_NOOP(
            "HvError",
            "Check that the host is running, that WinRM listens on the port, and that no firewall blocks it.",
        ),
    ),
    "HostTimeout": (
        QT_TRANSLATE_NOOP("HvError", "The host stopped answering in time."),
        QT_TRANSLATE_NOOP(
            "HvError",
            "The host or the network may be overloaded or hung. hvgui stopped waiting so that the other "
            "hosts stay usable.",
        ),
    ),
    "SessionClosed": (
        QT_TRANSLATE_NOOP("HvError", "hvgui is no longer connected to the host."),
        QT_TRANSLATE_NOOP("HvError", "Connect to the host again, then repeat what you were doing."),
    ),
    "ConnectionLost": (
        QT_TRANSLATE_NOOP("HvError", "The connection to the host was lost in the middle of an operation."),
        QT_TRANSLATE_NOOP(
            "HvError",
            "The step may or may not have run on the host. Refresh and check the state before trying again.",
        ),
    ),
    "NameNotResolved": (
        QT_TRANSLATE_NOOP("HvError", "The host name could not be resolved."),
        QT_TRANSLATE_NOOP("HvError", "Check the spelling and DNS, or use the host's IP address."),
    ),
    "CertificateUntrusted": (
        QT_TRANSLATE_NOOP("HvError", "The host's TLS certificate is not trusted by this computer."),
        QT_TRANSLATE_NOOP(
            "HvError", "Compare the SHA-256 fingerprint with the one on the host before you trust it."
        ),
    ),
    "CertificateChanged": (
        QT_TRANSLATE_NOOP("HvError", "The host's TLS certificate has changed since you trusted it."),
        QT_TRANSLATE_NOOP(
            "HvError",
            "This can mean the certificate was renewed, or that someone is intercepting the connection.",
        ),
    ),
    "AuthenticationFailed": (
        QT_TRANSLATE_NOOP("HvError", "The host rejected the user name or password."),
        QT_TRANSLATE_NOOP(
            "HvError", "Check the credentials and the authentication method of the connection."
        ),
    ),
    "WinRMNotEnabled": (
        QT_TRANSLATE_NOOP("HvError", "The host does not accept PowerShell Remoting (WinRM)."),
        QT_TRANSLATE_NOOP(
            "HvError", "Run Enable-PSRemoting on the host, or check the port and the HTTP/HTTPS setting."
        ),
    ),
    "AccessDenied": (
        QT_TRANSLATE_NOOP("HvError", "The account is not allowed to manage Hyper-V on this host."),
        QT_TRANSLATE_NOOP(
            "HvError", "Use an account in the host's Hyper-V Administrators or Administrators group."
        ),
    ),
    "HyperVModuleMissing": (
        QT_TRANSLATE_NOOP("HvError", "The Hyper-V PowerShell module is not available on the host."),
        QT_TRANSLATE_NOOP("HvError", "Install the Hyper-V management tools for PowerShell on the host."),
    ),
    "CommandFailed": (QT_TRANSLATE_NOOP("HvError", "Hyper-V reported an error."), ""),
    "PreconditionFailed": (
        QT_TRANSLATE_NOOP("HvError", "The operation cannot be done in the current state."),
        "",
    ),
    "NotConnected": (
        QT_TRANSLATE_NOOP("HvError", "hvgui has no connection to a host this operation needs."),
        QT_TRANSLATE_NOOP("HvError", "Connect to that host first (Connect to Server…), then try again."),
    ),
    "VMNotFound": (
        QT_TRANSLATE_NOOP("HvError", "The virtual machine was not found on the host."),
        QT_TRANSLATE_NOOP("HvError", "It may have been removed or renamed. Refresh and try again."),
    ),
    "SplitBrainWarning": (
        QT_TRANSLATE_NOOP("HvError", "The primary virtual machine is still running."),
        QT_TRANSLATE_NOOP(
            "HvError",
            "Failing over now starts a second copy while the first one keeps running and changing. Shut "
            "the primary down or use a planned failover.",
        ),
    ),
    "UnexpectedState": (
        QT_TRANSLATE_NOOP(
            "HvError",
            "After the step, the virtual machine is not in the state the step should have left it in.",
        ),
        "",
    ),
    "WorkflowFailed": (
        QT_TRANSLATE_NOOP("HvError", "The operation stopped at a step that did not succeed."),
        "",
    ),
    "OperationCancelled": (QT_TRANSLATE_NOOP("HvError", "The operation was cancelled."), ""),
    "WorkflowCancelled": (
        QT_TRANSLATE_NOOP("HvError", "The operation was cancelled before its next step."),
        QT_TRANSLATE_NOOP("HvError", "Steps already done stay done; refresh to see the state now."),
    ),
    "SecretsUnavailable": (
        QT_TRANSLATE_NOOP("HvError", "No password store (keyring) is available on this computer."),
        QT_TRANSLATE_NOOP(
            "HvError",
            "The password is kept for this session only and will be asked again next time.",
        ),
    ),
}


def _entry(error: BaseException) -> tuple[str, str]:
    for cls in type(error).__mro__:
        found = _TEXTS.get(cls.__name__)
        if found is not None:
            return str(found[0]), str(found[1])
    return str(_TEXTS["HvError"][0]), ""


def root_cause(error: HvError) -> HvError:
    """A failed workflow step is explained by what made it fail (WorkflowFailed.cause)."""
    cause = getattr(error, "cause", None)
    return cause if isinstance(cause, HvError) else error


def explanation(error: BaseException) -> str:
    return QCoreApplication.translate(_CTX, _entry(error)[0])


def advice(error: BaseException) -> str:
    text = _entry(error)[1]
    return QCoreApplication.translate(_CTX, text) if text else ""


def one_line(error: HvError) -> str:
    """For tooltips and badges: the plain explanation of the underlying cause."""
    return explanation(root_cause(error))
