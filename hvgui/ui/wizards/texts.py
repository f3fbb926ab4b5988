"""The wizards' sentences that depend on data: step titles, server checks, failures, advice.

The services word their steps and failures in English for the audit log; the wizard shows the same
facts in the user's language, keyed by the step's stable key. The English originals stay available
under "Details".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hvgui.hyperv.enums import AuthenticationType, ServerAuthenticationType
from hvgui.hyperv.errors import CommandFailed, ConnectionProblem, HvError, PreconditionFailed
from hvgui.hyperv.model import ReplicaServerInfo
from hvgui.services.workflows.reads import entry_matches
from hvgui.ui import error_texts, labels, precondition_texts
from hvgui.ui.format import fill as fill  # re-exported for the wizard modules

_CTX = "WizardText"


def auth_name(auth: AuthenticationType) -> str:
    return labels.authentication(auth)


def server_auth_name(auth: ServerAuthenticationType) -> str:
    return labels.server_authentication(auth)


def frequency_name(seconds: int) -> str:
    if seconds == 30:
        return QCoreApplication.translate("WizardText", "30 seconds")
    if seconds == 900:
        return QCoreApplication.translate("WizardText", "15 minutes")
    return QCoreApplication.translate("WizardText", "5 minutes")


def hours(count: int) -> str:
    from hvgui.ui.plurals import plurals

    return plurals().hours(count)


def recovery_points(history: int, vss_hours: int) -> str:
    """The Summary's lines for the Configure Additional Recovery Points choice."""
    if not history:
        return QCoreApplication.translate("WizardText", "Only the latest recovery point")
    text = fill(
        QCoreApplication.translate("WizardText", "Hourly recovery points, covering %1"), hours(history)
    )
    if vss_hours:
        every = QCoreApplication.translate("WizardText", "Application-consistent (VSS) point every %1")
        text += "\n" + fill(every, hours(vss_hours))
    return text


def accepts(server: ReplicaServerInfo, auth: AuthenticationType) -> bool:
    if server.auth is ServerAuthenticationType.CertificateAndKerberos:
        return True
    return (auth is AuthenticationType.Certificate) == (server.auth is ServerAuthenticationType.Certificate)


def server_port(server: ReplicaServerInfo, auth: AuthenticationType) -> int:
    return server.certificate_port if auth is AuthenticationType.Certificate else server.kerberos_port


# The Replica server -------------------------------------------------------------------------------


def server_summary(server: ReplicaServerInfo, sender: str) -> str:
    """What the server offers and whom it accepts, for the Specify Replica Server page."""
    parts = []
    if server.auth in (ServerAuthenticationType.Kerberos, ServerAuthenticationType.CertificateAndKerberos):
        parts.append(
            fill(
                QCoreApplication.translate("WizardText", "Kerberos (HTTP) on port %1"),
                str(server.kerberos_port),
            )
        )
    if server.auth in (ServerAuthenticationType.Certificate, ServerAuthenticationType.CertificateAndKerberos):
        parts.append(
            fill(
                QCoreApplication.translate("WizardText", "certificates (HTTPS) on port %1"),
                str(server.certificate_port),
            )
        )
    lines = [
        fill(
            QCoreApplication.translate("WizardText", "%1 is a Replica server. It accepts %2."),
            server.host,
            "; ".join(parts),
        )
    ]
    if server.allow_any:
        lines.append(
            fill(
                QCoreApplication.translate(
                    "WizardText", "It accepts replication from any authenticated server (storage: %1)."
                ),
                server.default_storage,
            )
        )
    else:
        entry = next((e for e in server.entries if entry_matches(e.allowed_primary_server, sender)), None)
        if entry is not None:
            lines.append(
                fill(
                    QCoreApplication.translate(
                        "WizardText", "It accepts replication from %1 (authorization entry %2, storage: %3)."
                    ),
                    sender,
                    entry.allowed_primary_server,
                    entry.storage_location,
                )
            )
    return "\n".join(lines)


def authorization_problem(server: ReplicaServerInfo, sender: str) -> str:
    """Why the server would refuse this sender ("" if it accepts it), with what to do about it."""
    if not server.enabled:
        return fill(
            QCoreApplication.translate(
                "WizardText",
                "%1 is not enabled as a Replica server. On %1, open Hyper-V Settings > Replication Configuration, "
                "tick “Enable this computer as a Replica server”, then check again.",
            ),
            server.host,
        )
    if server.allow_any or any(entry_matches(e.allowed_primary_server, sender) for e in server.entries):
        return ""
    return fill(
        QCoreApplication.translate(
            "WizardText",
            "%1 does not accept replication from %2: it accepts only the servers in its authorization list "
            "(Get-VMReplicationAuthorizationEntry). In the Replica server settings of %1, add an authorization "
            "entry for %2, or allow replication from any authenticated server. Then check again.",
        ),
        server.host,
        sender,
    )


def connection_problem(server: ReplicaServerInfo, auth: AuthenticationType, port: int) -> str:
    if not accepts(server, auth):
        return fill(
            QCoreApplication.translate("WizardText", "%1 does not accept %2; it accepts %3."),
            server.host,
            auth_name(auth),
            server_auth_name(server.auth),
        )
    wanted = server_port(server, auth)
    if port != wanted:
        return fill(
            QCoreApplication.translate(
                "WizardText", "%1 listens for %2 on port %3, not on port %4. Use port %3."
            ),
            server.host,
            auth_name(auth),
            str(wanted),
            str(port),
        )
    return ""


def test_failed(error: HvError, sender: str, server: str, auth: AuthenticationType, port: int) -> str:
    """Test-VMReplicationConnection from the sending host failed: what it means."""
    if isinstance(error, CommandFailed) and error.errors:
        if error.first.error_id == "AccessDenied":
            return fill(
                QCoreApplication.translate(
                    "WizardText",
                    "%1 refused replication from %2: it has no authorization entry for it. Add one in the "
                    "Replica server settings of %1, or allow replication from any authenticated server.",
                ),
                server,
                sender,
            )
        return fill(
            QCoreApplication.translate(
                "WizardText",
                "%1 could not reach %2 on port %3 with %4. Check that %2 is enabled as a Replica server, that "
                "its firewall allows inbound replication traffic (rule “Hyper-V Replica HTTP Listener "
                "(TCP-In)” or the HTTPS one), and that %1 can resolve its name in DNS.",
            ),
            sender,
            server,
            str(port),
            auth_name(auth),
        )
    return unreachable(error)


def unreachable(error: HvError) -> str:
    text = error_texts.explanation(error)
    hint = error_texts.advice(error)
    return fill(
        QCoreApplication.translate("WizardText", "%1 did not answer: %2 %3"), error.host, text, hint
    ).strip()


def host_says(error: HvError) -> str:
    """The host's own words (English on every Hyper-V), for under the translated explanation."""
    if isinstance(error, CommandFailed) and error.errors:
        return fill(QCoreApplication.translate("WizardText", "%1 says: %2"), error.host, error.first.message)
    if isinstance(error, ConnectionProblem):
        return error.detail
    if isinstance(error, PreconditionFailed):
        # hvgui's own check, not the host's words: in the user's language (English for an unknown key).
        return precondition_texts.text(error)
    return str(error)


_PLAIN = {
    "AccessDenied": QT_TRANSLATE_NOOP(
        "WizardText",
        "The Replica server does not accept replication from this server: it needs an authorization entry "
        "for it, or must allow any authenticated server.",
    ),
    "OperationFailed": QT_TRANSLATE_NOOP(
        "WizardText",
        "Hyper-V could not complete the step with these settings. For the Replica server, check that it is "
        "enabled, the port, the authentication type, DNS and the firewall.",
    ),
    "InvalidState": QT_TRANSLATE_NOOP(
        "WizardText", "Hyper-V refused: the virtual machine is not in a state that allows this step."
    ),
    "ObjectExists": QT_TRANSLATE_NOOP(
        "WizardText",
        "Something this step would create already exists (for example, the old copy is still an active "
        "primary).",
    ),
    "ObjectNotFound": QT_TRANSLATE_NOOP("WizardText", "Something this step needs was not found on the host."),
    "InvalidParameter": QT_TRANSLATE_NOOP("WizardText", "Hyper-V refused one of the settings."),
}


def cause_text(error: HvError) -> str:
    """The plain explanation of why a step failed, in the user's language."""
    if isinstance(error, CommandFailed) and error.errors:
        text = _PLAIN.get(error.first.error_id)
        if text:
            return QCoreApplication.translate(_CTX, str(text))
    return error_texts.explanation(error)
