"""The dialog for expected failures: what happened in plain words, the details behind it, and Copy.

The headline and advice are translated per exception class (ui.error_texts). What the workflow
reports (what the check found, which step stopped, what was already done) follows in the user's
language; the services' own English account, host messages and the PowerShell go under Details.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from hvgui.hyperv.errors import CommandFailed, HvError, PreconditionFailed
from hvgui.services.workflows import Step, WorkflowCancelled, WorkflowFailed
from hvgui.ui import error_texts, job_texts, precondition_texts
from hvgui.ui.format import fill
from hvgui.ui.plurals import plurals


def _steps(steps: Sequence[Step]) -> str:
    return "; ".join(job_texts.step_title(s.key, s.title) for s in steps)


def _report(error: HvError) -> str:
    """What the services report (which step stopped, what was done), in the user's language."""
    if isinstance(error, PreconditionFailed):
        return precondition_texts.text(error)
    if isinstance(error, WorkflowFailed):
        step = error.step
        lines = [
            fill(
                QCoreApplication.translate("ErrorReport", "Stopped at step %1 of %2, “%3” on %4."),
                str(error.step_number),
                str(error.step_count),
                job_texts.step_title(step.key, step.title),
                step.host,
            )
        ]
        if error.outcome_unknown:
            lines.append(
                fill(
                    QCoreApplication.translate(
                        "ErrorReport",
                        "hvgui cannot tell whether this step ran on %1; it will not repeat it by itself.",
                    ),
                    step.host,
                )
            )
        done = _steps(error.completed)
        lines.append(
            fill(QCoreApplication.translate("ErrorReport", "Already done: %1."), done)
            if done
            else QCoreApplication.translate("ErrorReport", "Nothing was changed before this step.")
        )
        lines.append(
            fill(
                QCoreApplication.translate(
                    "ErrorReport",
                    "Refresh %1 and check the state of the virtual machine before you try again.",
                ),
                step.host,
            )
        )
        return "\n".join(lines)
    if isinstance(error, WorkflowCancelled):
        done = _steps(error.completed)
        return (
            fill(QCoreApplication.translate("ErrorReport", "Already done: %1."), done)
            if done
            else QCoreApplication.translate("ErrorReport", "Nothing was changed.")
        )
    # Other failures: the headline and advice say it; their technical text is under Details.
    return ""


@dataclass(frozen=True)
class ErrorReport:
    title: str  # what was being done, translated
    explanation: str  # translated, by exception class
    advice: str  # translated, by exception class ("" if none)
    report: str  # translated: what the check found, or the step that stopped and what was done
    details: str  # technical: error class, host messages and ids, the PowerShell

    @classmethod
    def from_error(cls, title: str, error: HvError, workflow: Any = None) -> ErrorReport:
        cause = error_texts.root_cause(error)
        advice = error_texts.advice(error) or error_texts.advice(cause)
        details = [f"{type(error).__name__} ({error.host or '-'})"]
        if cause is not error:
            details.append(
                f"{QCoreApplication.translate('ErrorReport', 'Cause')}: {type(cause).__name__} ({cause.host or '-'})"
            )
        if isinstance(cause, CommandFailed):
            for info in cause.errors:
                details.append(f"{info.message}\n  {info.fq_error_id} {info.category} {info.target}".rstrip())
        elif cause.detail and cause is not error:
            details.append(cause.detail)
        step = getattr(error, "step", None)
        if step is not None:
            details.append(
                f"{QCoreApplication.translate('ErrorReport', 'PowerShell run on %1:').replace('%1', step.host)}\n{step.powershell}"
            )
        elif workflow is not None:
            details.append(
                f"{QCoreApplication.translate('ErrorReport', 'PowerShell of the operation:')}\n{workflow.powershell()}"
            )
        if error.detail and not isinstance(error, CommandFailed):
            # The services' own account in English, as in the audit log: for support.
            details.insert(1, error.detail)
        headline = error_texts.explanation(error)
        if cause is not error:
            headline = f"{headline} {error_texts.explanation(cause)}"
        return cls(title, headline, advice, _report(error), "\n\n".join(details))

    @classmethod
    def combine(cls, title: str, reports: Sequence[ErrorReport], total: int) -> ErrorReport:
        """One dialog for a bulk operation: every VM that failed, each with its own reason."""
        failed = len(reports)
        headline = plurals().bulk_failed(failed)
        summary = "\n".join(f"• {r.title}: {r.explanation}" for r in reports)
        body = "\n\n".join(f"{r.title}\n{r.report}" for r in reports if r.report)
        details = "\n\n".join(f"== {r.title} ==\n{r.details}" for r in reports)
        count = plurals().vms_selected(total)
        return cls(title, f"{headline} {count}", summary, body, details)

    def as_text(self) -> str:
        parts = [self.title, self.explanation, self.advice, self.report, self.details]
        return "\n\n".join(p for p in parts if p)


class ErrorDialog(QDialog):
    def __init__(self, report: ErrorReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self._setup_ui()
        self.retranslate_ui()

    def _setup_ui(self) -> None:
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        top.addWidget(icon, 0)
        texts = QVBoxLayout()
        self._headline = QLabel(self.report.explanation)
        self._headline.setWordWrap(True)
        font = self._headline.font()
        font.setBold(True)
        self._headline.setFont(font)
        texts.addWidget(self._headline)
        self._advice = QLabel(self.report.advice)
        self._advice.setWordWrap(True)
        self._advice.setVisible(bool(self.report.advice))
        texts.addWidget(self._advice)
        self._report = QLabel(self.report.report)
        self._report.setWordWrap(True)
        self._report.setTextInteractionFlags(self._report.textInteractionFlags().TextSelectableByMouse)
        self._report.setVisible(bool(self.report.report))
        texts.addWidget(self._report)
        top.addLayout(texts, 1)
        layout.addLayout(top)
        self._details = QPlainTextEdit(self.report.details)
        self._details.setReadOnly(True)
        self._details.setVisible(False)
        self._details.setMinimumHeight(160)
        layout.addWidget(self._details)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._details_button = QPushButton()
        self._details_button.setCheckable(True)
        self._copy_button = QPushButton()
        self._buttons.addButton(self._details_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._buttons.addButton(self._copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._buttons.rejected.connect(self.reject)
        self._details_button.toggled.connect(self._on_details_button_toggled)
        self._copy_button.clicked.connect(self._on_copy_button_clicked)
        layout.addWidget(self._buttons)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.report.title)
        self._details_button.setText(self.tr("&Details"))
        self._copy_button.setText(self.tr("&Copy"))

    def _on_details_button_toggled(self, shown: bool) -> None:
        self._details.setVisible(shown)
        self.adjustSize()

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.report.as_text())
