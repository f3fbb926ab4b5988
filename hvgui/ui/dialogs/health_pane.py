"""One tab of the Replication Health dialog: one relationship's state, health with reasons, statistics.

The reasons are hvgui's own reading of the statistics by the rules of reference 5.8, in the user's
language; what Hyper-V itself reports (English on every host) follows under them.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hvgui.hyperv.enums import RelationshipType, ReplicationHealth, ReplicationMode
from hvgui.hyperv.enums import ReplicationState as S
from hvgui.hyperv.model import ReplicationStatistics
from hvgui.ui import format as fmt
from hvgui.ui import labels
from hvgui.ui.dialogs.common_widgets import Mark, fill, mark_pixmap
from hvgui.ui.dialogs.health_chart import HealthChart, Sample

MISSED_WARNING = 0.20
BEHIND_WARNING = timedelta(hours=1)
LATENCY_WARNING = timedelta(minutes=5)
_MARK = {
    ReplicationHealth.Normal: Mark.OK,
    ReplicationHealth.Warning: Mark.WARNING,
    ReplicationHealth.Critical: Mark.FAILED,
    ReplicationHealth.NotApplicable: Mark.PENDING,
}
_IR = (S.ReadyForInitialReplication, S.InitialReplicationInProgress, S.WaitingForInitialReplication)


def sends(stats: ReplicationStatistics) -> bool:
    """This host is the sending end of the relationship (it has data not yet replicated)."""
    rel = stats.replication
    if rel.relationship is RelationshipType.Extended:
        return rel.mode is ReplicationMode.Replica
    return rel.mode is ReplicationMode.Primary


class HealthPane(QWidget):
    FIELDS = (
        "state", "mode", "primary", "replica", "health", "from", "to", "average_size", "maximum_size",
        "average_latency", "errors", "successful", "pending", "test_status", "last_test", "last_sync",
    )  # fmt: skip

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stats: ReplicationStatistics | None = None
        self.values: dict[str, QLabel] = {}
        self._captions: dict[str, QLabel] = {}
        self._setup_ui()
        self.retranslate_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        top = QFormLayout()
        self._stats_box = QGroupBox()
        stats = QFormLayout(self._stats_box)
        for key in self.FIELDS:
            caption, value = QLabel(), QLabel()
            # Server names are data, the same in every language.
            value.setObjectName(f"data_{key}" if key in ("primary", "replica") else f"value_{key}")
            self._captions[key], self.values[key] = caption, value
            if key == "health":
                row = QHBoxLayout()
                self._health_icon = QLabel()
                row.addWidget(self._health_icon)
                row.addWidget(value, 1)
                top.addRow(caption, row)
            elif key in ("state", "mode", "primary", "replica"):
                top.addRow(caption, value)
            else:
                stats.addRow(caption, value)
        layout.addLayout(top)
        self.reasons = QLabel()
        self.reasons.setObjectName("reasons")
        self.reasons.setWordWrap(True)
        layout.addWidget(self.reasons)
        self.host_says = QLabel()
        self.host_says.setObjectName("hostText_details")  # Hyper-V's words, English on every host
        self.host_says.setWordWrap(True)
        font = self.host_says.font()
        font.setItalic(True)
        self.host_says.setFont(font)
        layout.addWidget(self.host_says)
        layout.addWidget(self._stats_box)
        self._chart_box = QGroupBox()
        chart = QVBoxLayout(self._chart_box)
        self.chart = HealthChart()
        chart.addWidget(self.chart)
        layout.addWidget(self._chart_box)
        layout.addStretch(1)

    def retranslate_ui(self) -> None:
        captions = {
            "state": self.tr("Replication State:"),
            "mode": self.tr("Replication Type:"),
            "primary": self.tr("Current Primary Server:"),
            "replica": self.tr("Current Replica Server:"),
            "health": self.tr("Replication Health:"),
            "from": self.tr("From time:"),
            "to": self.tr("To time:"),
            "average_size": self.tr("Average size:"),
            "maximum_size": self.tr("Maximum size:"),
            "average_latency": self.tr("Average latency:"),
            "errors": self.tr("Errors encountered:"),
            "successful": self.tr("Successful replication cycles:"),
            "pending": self.tr("Size of data yet to be replicated:"),
            "test_status": self.tr("Test failover status:"),
            "last_test": self.tr("Last test failover initiated at:"),
            "last_sync": self.tr("Last synchronized at:"),
        }
        for key, text in captions.items():
            self._captions[key].setText(text)
        self._stats_box.setTitle(self.tr("Statistics for the monitoring period"))
        self._chart_box.setTitle(self.tr("Seen by hvgui while it was running"))
        self.chart.set_texts(
            self.tr("Data yet to be replicated"),
            self.tr("Average latency"),
            self.tr(
                "The chart fills in as hvgui measures (at every refresh, and every 30 seconds while this window is open)."
            ),
        )
        if self.stats is not None:
            self.show_stats(self.stats)

    def items(self) -> list[tuple[str, str]]:
        """(caption, value) of every field shown, then the reasons and Hyper-V's own words (Save As)."""
        found = [
            (self._captions[key].text().rstrip(":"), self.values[key].text())
            for key in self.FIELDS
            if not self.values[key].isHidden()
        ]
        found += [(self.tr("Reason"), line.removeprefix("• ")) for line in self.reasons.text().splitlines()]
        if self.stats is not None:
            found += [(self.tr("Hyper-V reports"), text) for text in self.stats.health_details]
        return found

    def show_samples(self, samples: list[Sample]) -> None:
        self.chart.set_samples(samples)

    def show_stats(self, stats: ReplicationStatistics, now: datetime | None = None) -> None:
        self.stats = stats
        rel = stats.replication
        source = sends(stats)
        values = {
            "state": labels.replication_state(rel.state),
            "mode": labels.replication_mode(rel.mode)
            + (
                " " + self.tr("(extended replication)")
                if rel.relationship is RelationshipType.Extended
                else ""
            ),
            "primary": rel.primary_server,
            "replica": rel.replica_server,
            "health": labels.replication_health(rel.health),
            "from": fmt.when(stats.monitoring_start),
            "to": fmt.when(stats.monitoring_end),
            "average_size": fmt.size(stats.average_size),
            "maximum_size": fmt.size(stats.maximum_size),
            "average_latency": fmt.duration(stats.average_latency) or self.tr("none"),
            "errors": str(stats.errors),
            "successful": fill(self.tr("%1 of %2"), stats.successful, stats.successful + stats.missed),
            "pending": fmt.size(stats.pending_size or 0),
            "test_status": self.tr("Running") if rel.test_vm_name else self.tr("Not running"),
            "last_test": fmt.when(stats.last_test_failover) or self.tr("never"),
            "last_sync": fmt.when(rel.last_replication) or self.tr("never"),
        }
        for key, text in values.items():
            self.values[key].setText(text)
        replica_side = rel.mode is not ReplicationMode.Primary and not source
        for key, shown in (("pending", source), ("test_status", replica_side), ("last_test", replica_side)):
            self.values[key].setVisible(shown)
            self._captions[key].setVisible(shown)
        self._health_icon.setPixmap(mark_pixmap(_MARK[rel.health]))
        reasons = self.reasons_for(
            stats, now or datetime.now(rel.last_replication.tzinfo if rel.last_replication else None)
        )
        self.reasons.setText("\n".join(f"• {r}" for r in reasons))
        self.reasons.setVisible(bool(reasons))
        host_texts = "\n".join(stats.health_details)
        self.host_says.setText(fill(self.tr("Hyper-V reports: %1"), host_texts) if host_texts else "")
        self.host_says.setVisible(bool(host_texts))

    def reasons_for(self, stats: ReplicationStatistics, now: datetime) -> list[str]:
        """Why health is not Normal, by reference 5.8, in plain words."""
        rel, found = stats.replication, []
        state, source = rel.state, sends(stats)
        if state is S.Error:
            found.append(
                self.tr(
                    "Replication is in an error state: changes are not replicated. Fix the cause (often the network or the Replica server), then resume replication."
                )
            )
        elif state in (S.WaitingForStartResynchronize, S.ResynchronizeSuspended):
            found.append(
                self.tr(
                    "Resynchronization is required: the copies may differ. Resume replication to resynchronize."
                )
            )
        elif state is S.Suspended and source:
            found.append(self.tr("Replication is paused; changes are collected and sent after you resume."))
        elif state is S.Suspended:
            found.append(
                self.tr(
                    "Replication is paused on the Replica server: the primary server cannot send its changes."
                )
            )
        elif state in _IR:
            found.append(self.tr("Initial replication has not completed yet."))
        elif state is S.PreparedForFailover:
            found.append(self.tr("The virtual machine is prepared for planned failover."))
        elif state in (S.FailedOverWaitingCompletion, S.FailedOver):
            found.append(
                self.tr("The virtual machine has failed over, but replication has not been reversed.")
            )
        elif state is S.Resynchronizing:
            found.append(self.tr("Resynchronization is in progress."))
        cycles = stats.successful + stats.missed
        if cycles and stats.missed / cycles > MISSED_WARNING:
            found.append(
                fill(
                    self.tr(
                        "More than a fifth of the replication cycles were missed in this period (%1 of %2)."
                    ),
                    stats.missed,
                    cycles,
                )
            )
        if (
            state is S.Replicating
            and rel.last_replication is not None
            and now - rel.last_replication > BEHIND_WARNING
        ):
            found.append(
                fill(
                    self.tr("Nothing was replicated for more than an hour (last at %1)."),
                    fmt.when(rel.last_replication),
                )
            )
        if (
            state is S.Replicating
            and stats.average_latency is not None
            and stats.average_latency > LATENCY_WARNING
        ):
            found.append(self.tr("The average latency is above 5 minutes."))
        if not found and rel.health is ReplicationHealth.Normal:
            found.append(self.tr("Replication is healthy: changes arrive in time and no cycles are missed."))
        if stats.errors and state is not S.Error:
            found.append(self.tr("%n replication error(s) in this period.", "", stats.errors))
        return found
