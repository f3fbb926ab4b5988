"""Read-only stand-ins for the Replication Health and Hyper-V Settings dialogs of the next issue.

They show what the workflows read, as a list of labelled values, in a window that does not block
the event loop (open(), not exec()).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from hvgui.hyperv.enums import ServerAuthenticationType
from hvgui.hyperv.model import ReplicaServerInfo, ReplicationStatistics
from hvgui.ui import format, labels


def _line(label: str, value: str) -> str:
    return f"{label}: {value}" if value else f"{label}: \N{EN DASH}"


def health_text(stats: ReplicationStatistics) -> str:
    rel = stats.replication
    lines = [
        _line(
            QCoreApplication.translate("HealthInfo", "Replication State"), labels.replication_state(rel.state)
        ),
        _line(
            QCoreApplication.translate("HealthInfo", "Replication Type"), labels.replication_mode(rel.mode)
        ),
        _line(QCoreApplication.translate("HealthInfo", "Current Primary Server"), rel.primary_server),
        _line(QCoreApplication.translate("HealthInfo", "Current Replica Server"), rel.replica_server),
        _line(
            QCoreApplication.translate("HealthInfo", "Replication Health"),
            labels.replication_health(rel.health),
        ),
        "",
        _line(QCoreApplication.translate("HealthInfo", "From Time"), format.when(stats.monitoring_start)),
        _line(QCoreApplication.translate("HealthInfo", "To Time"), format.when(stats.monitoring_end)),
        _line(QCoreApplication.translate("HealthInfo", "Average size"), format.size(stats.average_size)),
        _line(QCoreApplication.translate("HealthInfo", "Maximum size"), format.size(stats.maximum_size)),
        _line(
            QCoreApplication.translate("HealthInfo", "Average latency"),
            format.duration(stats.average_latency),
        ),
        _line(QCoreApplication.translate("HealthInfo", "Errors encountered"), str(stats.errors)),
        _line(
            QCoreApplication.translate("HealthInfo", "Successful replication cycles"), str(stats.successful)
        ),
        _line(QCoreApplication.translate("HealthInfo", "Missed replication cycles"), str(stats.missed)),
        _line(
            QCoreApplication.translate("HealthInfo", "Last synchronized at"),
            format.when(rel.last_replication),
        ),
    ]
    if stats.pending_size is not None:
        lines.append(
            _line(
                QCoreApplication.translate("HealthInfo", "Size of data yet to be replicated"),
                format.size(stats.pending_size),
            )
        )
    if stats.health_details:
        lines += ["", *stats.health_details]
    return "\n".join(lines)


_AUTH = {
    ServerAuthenticationType.Kerberos: "Kerberos (HTTP)",
    ServerAuthenticationType.Certificate: "HTTPS",
    ServerAuthenticationType.CertificateAndKerberos: "Kerberos (HTTP), HTTPS",
}


def server_text(info: ReplicaServerInfo) -> str:
    yes, no = QCoreApplication.translate("ServerInfo", "Yes"), QCoreApplication.translate("ServerInfo", "No")
    lines = [
        _line(
            QCoreApplication.translate("ServerInfo", "Enable this computer as a Replica server"),
            yes if info.enabled else no,
        ),
    ]
    if info.enabled:
        lines += [
            _line(
                QCoreApplication.translate("ServerInfo", "Authentication"),
                _AUTH.get(info.auth, info.auth.name),
            ),
            _line(QCoreApplication.translate("ServerInfo", "Kerberos port"), str(info.kerberos_port)),
            _line(QCoreApplication.translate("ServerInfo", "Certificate port"), str(info.certificate_port)),
            _line(
                QCoreApplication.translate("ServerInfo", "Allow replication from any authenticated server"),
                yes if info.allow_any else no,
            ),
            _line(QCoreApplication.translate("ServerInfo", "Default storage location"), info.default_storage),
        ]
        for entry in info.entries:
            lines.append(f"• {entry.allowed_primary_server} → {entry.storage_location} ({entry.trust_group})")
    return "\n".join(lines)


def show_info(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close, parent)
    box.open()
    return box
