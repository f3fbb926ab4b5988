"""The dockable jobs panel: each operation with its steps, progress and result; and the audit log.

The audit log is a file; it is read on a worker thread (asyncio.to_thread) when the panel opens and
after each operation, never on the GUI thread.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hvgui.services.jobs import AuditLog, AuditRecord, Job
from hvgui.services.workflows.base import StepStatus
from hvgui.ui import icons, job_texts
from hvgui.ui.bridge import ServiceBridge
from hvgui.ui.models.jobs import AuditModel, JobColumn, JobsModel
from hvgui.ui.models.roles import Role
from hvgui.ui.runner import OperationRunner
from hvgui.ui.tasks import BackgroundTasks
from hvgui.ui.views.item_views import ColumnsTree, fit_columns

Index = QModelIndex | QPersistentModelIndex

STEP_STATUS = {
    StepStatus.PENDING: QT_TRANSLATE_NOOP("StepStatus", "Waiting"),
    StepStatus.RUNNING: QT_TRANSLATE_NOOP("StepStatus", "Running"),
    StepStatus.DONE: QT_TRANSLATE_NOOP("StepStatus", "Done"),
    StepStatus.FAILED: QT_TRANSLATE_NOOP("StepStatus", "Failed"),
    StepStatus.UNKNOWN: QT_TRANSLATE_NOOP("StepStatus", "Unknown (connection lost)"),
    StepStatus.SKIPPED: QT_TRANSLATE_NOOP("StepStatus", "Not needed"),
    StepStatus.NOT_RUN: QT_TRANSLATE_NOOP("StepStatus", "Not run"),
}
_STEP_ICON = {
    StepStatus.DONE: "health-normal",
    StepStatus.FAILED: "health-critical",
    StepStatus.UNKNOWN: "health-warning",
}


class ProgressDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        value = index.data(Role.PROGRESS)
        if index.column() != JobColumn.PROGRESS or value is None:
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 3, -2, -3)
        bar.minimum, bar.maximum, bar.progress = 0, 100, int(value)
        bar.text = f"{value} %"
        bar.textVisible = True
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)


class JobsDock(QDockWidget):
    def __init__(
        self,
        bridge: ServiceBridge,
        runner: OperationRunner,
        audit: AuditLog | None,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("jobsDock")
        self._runner = runner
        self._audit = audit
        self._settings = settings
        self._tasks = BackgroundTasks()
        self.jobs = JobsModel(runner.title, self)
        self.audit_model = AuditModel(self)
        self._setup_ui()
        self.retranslate_ui()
        bridge.job_changed.connect(self._on_bridge_job_changed)
        runner.steps_changed.connect(self._on_runner_steps_changed)
        runner.progress_due.connect(self.show_job)
        # The audit record is written after the job is reported finished: read once all are done.
        runner.idle_changed.connect(self._on_runner_idle_changed)

    def _setup_ui(self) -> None:
        self.tabs = QTabWidget()
        # Operations: the list of jobs, and the steps of the selected one.
        ops = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.jobs_view = ColumnsTree(self._settings, "jobs/header")
        self.jobs_view.setModel(self.jobs)
        self.jobs_view.setSortingEnabled(False)
        self.jobs_view.setItemDelegate(ProgressDelegate(self.jobs_view))
        self.jobs_view.selectionModel().currentRowChanged.connect(self._on_jobs_view_current_row_changed)
        self.jobs_view.restore_columns()
        if not self.jobs_view.restored:
            fit_columns(self.jobs_view, minimum=80)
        left_layout.addWidget(self.jobs_view)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        left_layout.addLayout(buttons)
        self.steps = QTreeWidget()
        self.steps.setRootIsDecorated(False)
        self.steps.setColumnCount(3)
        ops.addWidget(left)
        ops.addWidget(self.steps)
        ops.setStretchFactor(0, 3)
        ops.setStretchFactor(1, 2)
        self.tabs.addTab(ops, icons.icon("jobs"), "")
        # Audit log: newest first; the selected record's steps and PowerShell below.
        audit = QSplitter(Qt.Orientation.Vertical)
        self.audit_view = ColumnsTree(self._settings, "audit/header")
        self.audit_view.setModel(self.audit_model)
        self.audit_view.setSortingEnabled(False)
        self.audit_view.selectionModel().currentRowChanged.connect(self._on_audit_view_current_row_changed)
        self.audit_view.restore_columns()
        if not self.audit_view.restored:
            fit_columns(self.audit_view, minimum=120)
        self.audit_detail = QPlainTextEdit()
        self.audit_detail.setReadOnly(True)
        audit.addWidget(self.audit_view)
        audit.addWidget(self.audit_detail)
        self.tabs.addTab(audit, "")
        self.setWidget(self.tabs)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Operations"))
        self.tabs.setTabText(0, self.tr("Operations"))
        self.tabs.setTabText(1, self.tr("Audit Log"))
        self.cancel_button.setText(self.tr("&Cancel Operation"))
        self.cancel_button.setToolTip(
            self.tr("Stops before the next step; a step that runs is finished first.")
        )
        self.steps.setHeaderLabels([self.tr("Step"), self.tr("Host"), self.tr("Status")])

    # Jobs -----------------------------------------------------------------------------------------------

    def show_job(self, job_id: str) -> None:
        """Bring the panel forward with this job selected."""
        self.show()
        self.raise_()
        self.tabs.setCurrentIndex(0)
        row = self.jobs.row_of(job_id)
        if row >= 0:
            self.jobs_view.setCurrentIndex(self.jobs.index(row, 0))

    def _current_job(self) -> Job | None:
        index = self.jobs_view.currentIndex()
        return self.jobs.job(index.row()) if index.isValid() else None

    def _on_bridge_job_changed(self, job: Job) -> None:
        first = self.jobs.rowCount() == 0
        self.jobs.apply(job)
        if first:
            self.jobs_view.setCurrentIndex(self.jobs.index(0, 0))
        current = self._current_job()
        if current is not None and current.id == job.id:
            self.cancel_button.setEnabled(job.running)
            self._show_steps(job.id)

    def _on_runner_idle_changed(self, idle: bool) -> None:
        if idle:
            self.reload_audit()

    def _on_runner_steps_changed(self, job_id: str) -> None:
        current = self._current_job()
        if current is not None and current.id == job_id:
            self._show_steps(job_id)

    def _on_jobs_view_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        job = self.jobs.job(current.row()) if current.isValid() else None
        self.cancel_button.setEnabled(bool(job and job.running))
        self._show_steps(job.id if job else "")

    def _show_steps(self, job_id: str) -> None:
        self.steps.clear()
        progress = self._runner.progress(job_id) if job_id else None
        if progress is None:
            return
        for record in progress.records:
            status = QCoreApplication.translate("StepStatus", str(STEP_STATUS[record.status]))
            title = job_texts.step_title(record.step.key, record.step.title)
            item = QTreeWidgetItem([title, record.step.host, status])
            name = _STEP_ICON.get(record.status)
            if name:
                item.setIcon(2, icons.icon(name))
            tip = record.step.powershell + (f"\n\n{record.note}" if record.note else "")
            for column in range(3):
                item.setToolTip(column, tip)
            self.steps.addTopLevelItem(item)
        self.steps.resizeColumnToContents(0)

    def _on_cancel_button_clicked(self) -> None:
        job = self._current_job()
        if job is not None and job.running:
            self._runner.cancel(job.id)
            self.cancel_button.setEnabled(False)

    # Audit log ----------------------------------------------------------------------------------------

    def reload_audit(self) -> None:
        if self._audit is not None:
            self._tasks.spawn(self._reload_audit(self._audit.read), "hvgui-audit")

    async def _reload_audit(self, read: Callable[[], list[AuditRecord]]) -> None:
        records = await asyncio.to_thread(read)
        self.audit_model.merge(records)

    def _on_audit_view_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.audit_detail.clear()
            return
        record = self.audit_model.record(current.row())
        lines = [record.what, f"{record.started} \N{EN DASH} {record.finished}", record.message, ""]
        for step in record.steps:
            lines += [f"# {step.title} ({step.host}): {step.status}", step.powershell, *step.state_after, ""]
        self.audit_detail.setPlainText("\n".join(line for line in lines if line is not None))

    async def aclose(self) -> None:
        self._tasks.cancel_all()
        await self._tasks.wait()
