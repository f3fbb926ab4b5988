"""Replication Health for <VM> (reference 5.8, 6.5): tabs Replication and Extended Replication,
Refresh, Reset Statistics, Save As (CSV) and a chart of what hvgui has seen.

Measuring changes nothing, so it runs as a plain read (every refresh and every 30 seconds while the
window is open would otherwise flood the jobs panel); Reset Statistics changes the host and runs as
a job through the tracker. The CSV is written off the UI thread.
"""

from __future__ import annotations

import asyncio
import csv
from collections.abc import Coroutine, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hvgui.hyperv.enums import RelationshipType
from hvgui.hyperv.errors import HvError
from hvgui.hyperv.model import ReplicationInfo, ReplicationStatistics, VMInfo
from hvgui.services.workflows import HealthRequest, MeasureReplication, Outcome, ResetStatistics, Step
from hvgui.ui import error_texts
from hvgui.ui.dialogs.common import DialogContext, screenshot_states
from hvgui.ui.dialogs.common_widgets import PowerShellDialog, fill, hint_label, powershell_text
from hvgui.ui.dialogs.health_pane import HealthPane
from hvgui.ui.dialogs.tasks import DialogTasks

__all__ = ["ReplicationHealthDialog", "screenshot_states"]

AUTO_REFRESH_MS = 30_000


class ReplicationHealthDialog(QDialog):
    finished_with = Signal(object)
    """Outcome: once, when the dialog closes (SUCCEEDED if statistics were reset, else CANCELLED)."""
    operation_finished = Signal(object, object)
    """Outcome, hosts: Reset Statistics ended."""

    def __init__(
        self, parent: QWidget | None, ctx: DialogContext, vm: VMInfo, relations: Sequence[ReplicationInfo]
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._vm = vm
        kinds = {r.relationship for r in relations}
        self._relationships = [RelationshipType.Simple] + (
            [RelationshipType.Extended] if RelationshipType.Extended in kinds else []
        )
        self._tasks = DialogTasks()
        self._outcome = Outcome.CANCELLED
        self._emitted = False
        self.busy = False
        self.saved_to: Path | None = None
        self.file_dialog: QFileDialog | None = None
        self._setup_ui()
        self.retranslate_ui()
        self._timer = QTimer(self)
        self._timer.setInterval(AUTO_REFRESH_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()
        self._start(self.refresh())

    def _setup_ui(self) -> None:
        self.setMinimumSize(660, 720)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.panes: dict[RelationshipType, HealthPane] = {}
        for relationship in self._relationships:
            pane = HealthPane()
            self.panes[relationship] = pane
            self.tabs.addTab(pane, "")
        layout.addWidget(self.tabs, 1)
        self.status = hint_label("status")
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.powershell_button = QPushButton()
        self.powershell_button.clicked.connect(self._on_powershell_button_clicked)
        buttons.addWidget(self.powershell_button)
        buttons.addStretch(1)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        for button in (self.refresh_button, self.reset_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(self.tr("Replication Health for %1"), self._vm.name))
        for index, relationship in enumerate(self._relationships):
            extended = relationship is RelationshipType.Extended
            self.tabs.setTabText(
                index, self.tr("Extended Replication") if extended else self.tr("Replication")
            )
        self.powershell_button.setText(self.tr("View &PowerShell…"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.reset_button.setText(self.tr("Reset &Statistics"))
        self.save_button.setText(self.tr("Save &As…"))
        self.close_button.setText(self.tr("&Close"))
        for pane in self.panes.values():
            pane.retranslate_ui()

    # Reading -----------------------------------------------------------------------------------------

    def _current(self) -> RelationshipType:
        return self._relationships[max(0, self.tabs.currentIndex())]

    def _request(self, relationship: RelationshipType) -> HealthRequest:
        return HealthRequest(
            vm_id=self._vm.id, vm_name=self._vm.name, host=self._vm.host, relationship=relationship
        )

    async def refresh(self) -> None:
        """Measure every relationship now; each result also becomes a point of the chart."""
        self._set_busy(True, self.tr("Measuring…"))
        problems = []
        for relationship, pane in self.panes.items():
            workflow = MeasureReplication(self._request(relationship), self._ctx.sessions(self._vm.host))
            try:
                stats: ReplicationStatistics = await workflow.run()
            except HvError as err:
                problems.append(error_texts.explanation(error_texts.root_cause(err)))
                continue
            now = datetime.now(UTC)
            self._ctx.history.add(stats, now)
            pane.show_stats(stats, now)
            pane.show_samples(self._ctx.history.samples(self._vm.id, self._vm.host, relationship))
        text = (
            " ".join(problems)
            if problems
            else fill(self.tr("Measured at %1."), datetime.now().strftime("%X"))
        )
        self._set_busy(False, text)

    def _set_busy(self, busy: bool, text: str) -> None:
        self.busy = busy
        self.status.setText(text)
        for button in (self.refresh_button, self.reset_button, self.save_button):
            button.setEnabled(not busy)

    def _on_refresh_button_clicked(self) -> None:
        self._start(self.refresh())

    def _on_timer_timeout(self) -> None:
        if not self.busy and self.isVisible():
            self._start(self.refresh())

    # Reset -------------------------------------------------------------------------------------------

    def _reset_workflow(self) -> ResetStatistics:
        return ResetStatistics(self._request(self._current()), self._ctx.sessions(self._vm.host))

    def _on_reset_button_clicked(self) -> None:
        self._start(self.reset_statistics())

    async def reset_statistics(self) -> None:
        """Start a new monitoring period for the relationship of the current tab (a job)."""
        self._set_busy(True, self.tr("Resetting the statistics…"))
        workflow = self._reset_workflow()
        try:
            await self._ctx.tracker.run(workflow)
        except HvError as err:
            self._set_busy(False, error_texts.explanation(error_texts.root_cause(err)))
            self.operation_finished.emit(Outcome.FAILED, workflow.hosts)
            return
        self._outcome = Outcome.SUCCEEDED
        self.operation_finished.emit(Outcome.SUCCEEDED, workflow.hosts)
        await self.refresh()

    def _on_powershell_button_clicked(self) -> None:
        measure = MeasureReplication(self._request(self._current()), {})
        steps = [*measure.plan(), *self._reset_workflow().plan()]

        def title(step: Step) -> str:
            if step.key == "reset":
                return self.tr("Reset Statistics (starts a new monitoring period)")
            return self.tr("Measure the replication (Refresh)")

        dialog = PowerShellDialog(powershell_text(steps, title), self.windowTitle(), self)
        self.powershell_dialog = dialog
        dialog.open()

    # Save As -----------------------------------------------------------------------------------------

    def _on_save_button_clicked(self) -> None:
        # Not the static getSaveFileName: that spins a nested event loop inside the asyncio one.
        dialog = QFileDialog(self, self.tr("Save Replication Health As"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("CSV files (*.csv)"))
        dialog.setDefaultSuffix("csv")
        dialog.selectFile(f"{self._vm.name}-replication-health.csv")
        dialog.fileSelected.connect(self._on_file_dialog_file_selected)
        self.file_dialog = dialog
        dialog.open()

    def _on_file_dialog_file_selected(self, path: str) -> None:
        self._start(self.save_csv(Path(path)))

    def csv_rows(self) -> list[list[str]]:
        rows = [[self.tr("Relationship"), self.tr("Item"), self.tr("Value")]]
        for index, pane in enumerate(self.panes.values()):
            if pane.stats is not None:
                rows.extend([self.tabs.tabText(index), caption, value] for caption, value in pane.items())
        return rows

    async def save_csv(self, path: Path) -> None:
        rows = self.csv_rows()
        try:
            await asyncio.to_thread(_write_csv, path, rows)
        except OSError as err:
            self.status.setText(fill(self.tr("Could not save %1: %2"), str(path), err.strerror or str(err)))
            return
        self.saved_to = path
        self.status.setText(fill(self.tr("Saved to %1."), str(path)))

    # Lifetime ----------------------------------------------------------------------------------------

    def _start(self, coro: Coroutine[Any, Any, None]) -> None:
        self._tasks.start(coro)

    def done(self, result: int) -> None:
        self._timer.stop()
        self._tasks.cancel_all()
        super().done(result)
        if not self._emitted:
            self._emitted = True
            self.finished_with.emit(self._outcome)

    @property
    def ready(self) -> bool:
        return not self.busy and all(p.stats is not None for p in self.panes.values())

    def screenshot_states(self) -> Iterator[tuple[str, QWidget]]:
        for index in range(self.tabs.count()):
            self.tabs.setCurrentIndex(index)
            yield f"{index + 1}-{'extended' if index else 'replication'}", self


def _write_csv(path: Path, rows: list[list[str]]) -> None:
    # utf-8-sig: Excel opens it with the umlauts intact.
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)
