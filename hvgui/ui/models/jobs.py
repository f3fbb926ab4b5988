"""Jobs (running and finished operations) and the audit log, as table models.

Titles come from the operation runner in the user's language when it started the job, else from
ui.job_texts by the workflow's kind; the services' own English title is the last fallback.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)

from hvgui.hyperv.errors import PreconditionFailed
from hvgui.services.jobs import AuditRecord, Job
from hvgui.services.workflows.base import Outcome
from hvgui.ui import error_texts, format, icons, job_texts, precondition_texts
from hvgui.ui.models.roles import Role
from hvgui.ui.models.table import Index, TableModel

MAX_JOBS = 200


class JobColumn(IntEnum):
    OPERATION = 0
    VM = 1
    HOSTS = 2
    STEP = 3
    PROGRESS = 4
    RESULT = 5
    STARTED = 6


JOB_HEADERS = {
    JobColumn.OPERATION: QT_TRANSLATE_NOOP("JobColumn", "Operation"),
    JobColumn.VM: QT_TRANSLATE_NOOP("JobColumn", "Virtual Machine"),
    JobColumn.HOSTS: QT_TRANSLATE_NOOP("JobColumn", "Hosts"),
    JobColumn.STEP: QT_TRANSLATE_NOOP("JobColumn", "Current Step"),
    JobColumn.PROGRESS: QT_TRANSLATE_NOOP("JobColumn", "Progress"),
    JobColumn.RESULT: QT_TRANSLATE_NOOP("JobColumn", "Result"),
    JobColumn.STARTED: QT_TRANSLATE_NOOP("JobColumn", "Started"),
}

OUTCOMES = {
    Outcome.RUNNING: QT_TRANSLATE_NOOP("Outcome", "Running"),
    Outcome.SUCCEEDED: QT_TRANSLATE_NOOP("Outcome", "Succeeded"),
    Outcome.FAILED: QT_TRANSLATE_NOOP("Outcome", "Failed"),
    Outcome.CANCELLED: QT_TRANSLATE_NOOP("Outcome", "Cancelled"),
}
_OUTCOME_ICON = {Outcome.SUCCEEDED: "health-normal", Outcome.FAILED: "health-critical"}


def outcome_text(outcome: Outcome | str) -> str:
    try:
        value = outcome if isinstance(outcome, Outcome) else Outcome(outcome)
    except ValueError:
        return str(outcome)
    return QCoreApplication.translate("Outcome", str(OUTCOMES[value]))


class JobsModel(TableModel):
    """Newest job last; a job's updates change its row in place."""

    columns = JobColumn

    def __init__(self, title_of: Callable[[Job], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._title_of = title_of
        self._jobs: list[Job] = []

    def job(self, row: int) -> Job:
        return self._jobs[row]

    def row_of(self, job_id: str) -> int:
        return next((row for row, j in enumerate(self._jobs) if j.id == job_id), -1)

    def running(self) -> list[Job]:
        return [j for j in self._jobs if j.running]

    def row_count(self) -> int:
        return len(self._jobs)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("JobColumn", str(JOB_HEADERS[JobColumn(section)]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._jobs):
            return None
        job = self._jobs[index.row()]
        column = JobColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(job, column)
        if role == Role.PROGRESS:
            return round(job.progress * 100)
        if role == Role.JOB:
            return job
        if role == Qt.ItemDataRole.DecorationRole and column is JobColumn.RESULT:
            name = _OUTCOME_ICON.get(job.outcome)
            return icons.icon(name) if name else None
        if role == Qt.ItemDataRole.ToolTipRole and job.error is not None:
            # The plain reason first; the services' own account (with the host's words) under it.
            plain = error_texts.explanation(error_texts.root_cause(job.error))
            if isinstance(job.error, PreconditionFailed):
                # hvgui's own check: what it found, in the user's language (its English is in the audit log).
                return f"{plain}\n\n{precondition_texts.text(job.error)}"
            return f"{plain}\n\n{job.message}" if job.message else plain
        if role == Qt.ItemDataRole.ToolTipRole and job.message:
            return job.message
        return None

    def _text(self, job: Job, column: JobColumn) -> str:
        match column:
            case JobColumn.OPERATION:
                return self._title_of(job)
            case JobColumn.VM:
                return job.vm_name
            case JobColumn.HOSTS:
                return ", ".join(job.hosts)
            case JobColumn.STEP:
                return job_texts.step_title(job.step_key, job.step) if job.running else ""
            case JobColumn.PROGRESS:
                return f"{round(job.progress * 100)} %"
            case JobColumn.RESULT:
                return outcome_text(job.outcome)
            case JobColumn.STARTED:
                return format.when(job.started)

    def apply(self, job: Job) -> None:
        row = self.row_of(job.id)
        if row >= 0:
            self._jobs[row] = job
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(JobColumn) - 1))
            return
        if len(self._jobs) >= MAX_JOBS:
            finished = next((r for r, j in enumerate(self._jobs) if not j.running), None)
            if finished is not None:
                self.beginRemoveRows(QModelIndex(), finished, finished)
                self._jobs.pop(finished)
                self.endRemoveRows()
        row = len(self._jobs)
        self.beginInsertRows(QModelIndex(), row, row)
        self._jobs.append(job)
        self.endInsertRows()


class AuditColumn(IntEnum):
    FINISHED = 0
    WHAT = 1
    RESULT = 2
    USER = 3
    HOSTS = 4


AUDIT_HEADERS = {
    AuditColumn.FINISHED: QT_TRANSLATE_NOOP("AuditColumn", "Finished"),
    AuditColumn.WHAT: QT_TRANSLATE_NOOP("AuditColumn", "Operation"),
    AuditColumn.RESULT: QT_TRANSLATE_NOOP("AuditColumn", "Result"),
    AuditColumn.USER: QT_TRANSLATE_NOOP("AuditColumn", "User"),
    AuditColumn.HOSTS: QT_TRANSLATE_NOOP("AuditColumn", "Hosts and Accounts"),
}


class AuditModel(TableModel):
    """The audit log, newest first; new records are inserted at the top."""

    columns = AuditColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[AuditRecord] = []

    def record(self, row: int) -> AuditRecord:
        return self._records[row]

    def row_count(self) -> int:
        return len(self._records)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AuditColumn", str(AUDIT_HEADERS[AuditColumn(section)]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            match AuditColumn(index.column()):
                case AuditColumn.FINISHED:
                    return format.when(_parse(record.finished))
                case AuditColumn.WHAT:
                    return job_texts.job_title(record.kind, record.vm_name, record.request, record.what)
                case AuditColumn.RESULT:
                    return outcome_text(record.result)
                case AuditColumn.USER:
                    return record.os_user
                case AuditColumn.HOSTS:
                    return ", ".join(
                        f"{h} ({a})" if a else h for h, a in record.accounts.items()
                    ) or ", ".join(record.hosts)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n\n".join(f"# {s.title} ({s.host}): {s.status}\n{s.powershell}" for s in record.steps)
        return None

    def merge(self, records: Sequence[AuditRecord]) -> None:
        """records: newest first, as AuditLog.read gives them; only unseen ones are inserted."""
        known = {r.id for r in self._records}
        new = [r for r in records if r.id not in known]
        if not new:
            return
        self.beginInsertRows(QModelIndex(), 0, len(new) - 1)
        self._records[:0] = new
        self.endInsertRows()


def _parse(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None
