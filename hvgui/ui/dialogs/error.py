"""The dialog for expected failures: what happened in plain words, the details behind it, and Copy.

The headline and advice are translated per exception class (ui.error_texts). What the workflow
itself reports (which step stopped, what was already done, the state now, what to do next) follows
as it came from the services; host messages and the PowerShell that ran go under Details.
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
from hvgui.ui import error_texts, precondition_texts
from hvgui.ui.plurals import plurals


@dataclass(frozen=True)
class ErrorReport:
    title: str  # what was being done, translated
    explanation: str  # translated, by exception class
    advice: str  # translated, by exception class ("" if none)
    report: str  # the services' own account: step, what was done, state now, what to do
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
        headline = error_texts.explanation(error)
        if cause is not error:
            headline = f"{headline} {error_texts.explanation(cause)}"
        report = precondition_texts.text(error) if isinstance(error, PreconditionFailed) else error.detail
        return cls(title, headline, advice, report, "\n\n".join(details))

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
