"""Summary (exactly what will happen on which host) and Progress (the steps as they run, then the result)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWizard,
)

from hvgui.hyperv.errors import HvError, PreconditionFailed
from hvgui.services.workflows.base import Outcome, Progress, StepRecord, StepStatus
from hvgui.services.workflows.errors import WorkflowCancelled, WorkflowFailed
from hvgui.ui import error_texts, precondition_texts
from hvgui.ui.format import fill
from hvgui.ui.wizards import texts
from hvgui.ui.wizards.base import AnyWorkflow
from hvgui.ui.wizards.page import PageId, WizardPage
from hvgui.ui.wizards.steps_table import StepRow, StepTable


class SummaryPage(WizardPage):
    page_id = PageId.SUMMARY

    def __init__(self, wizard: object) -> None:
        super().__init__(wizard)  # type: ignore[arg-type]
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setCommitPage(True)
        layout = QVBoxLayout(self)
        self._intro = QLabel(self)
        self._intro.setObjectName("summaryIntro")
        self._intro.setWordWrap(True)
        layout.addWidget(self._intro)
        self._steps = StepTable(self, "plan", with_status=False)
        layout.addWidget(self._steps)
        self._settings_title = QLabel(self)
        layout.addWidget(self._settings_title)
        self._form = QFormLayout()
        layout.addLayout(self._form)
        self._outro = QLabel(self)
        self._outro.setWordWrap(True)
        layout.addWidget(self._outro)
        self.add_note(layout)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr("Check what will happen. Nothing has changed yet."))
        commit = self.owner.commit_text()
        self.setButtonText(QWizard.WizardButton.CommitButton, commit)
        self._intro.setText(
            self.tr("When you click %1, hvgui does exactly these steps, in this order:").replace(
                "%1", commit.replace("&", "")
            )
        )
        self._steps.set_headers(self.tr("Step"), self.tr("Server"), self.tr("What happens"))
        self._settings_title.setText(self.tr("Settings:"))
        self._outro.setText(
            self.tr(
                "Before the first step, hvgui checks both servers again. The operation also appears in the "
                "Operations panel. “View PowerShell…” shows the commands."
            )
        )
        if self.owner.workflow is not None:
            self._fill()

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        self.owner.prepare()
        self.retranslate_ui()

    def _fill(self) -> None:
        workflow = self.owner.workflow
        assert workflow is not None
        self._steps.set_rows([StepRow(step.host, self.owner.step_text(step)) for step in workflow.plan()])
        while self._form.rowCount():
            self._form.removeRow(0)
        for label, value in self.owner.summary_rows():
            shown = QLabel(value, self)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._form.addRow(QLabel(label, self), shown)


class ProgressPage(WizardPage):
    page_id = PageId.PROGRESS

    def __init__(self, wizard: object) -> None:
        super().__init__(wizard)  # type: ignore[arg-type]
        self._progress: Progress | None = None
        self._result: tuple[AnyWorkflow, HvError | None] | None = None
        self._stopping = False
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setFinalPage(True)
        layout = QVBoxLayout(self)
        self._headline = QLabel(self)
        self._headline.setObjectName("headline")
        self._headline.setWordWrap(True)
        font = self._headline.font()
        font.setBold(True)
        self._headline.setFont(font)
        layout.addWidget(self._headline)
        self._steps = StepTable(self, "steps", with_status=True)
        layout.addWidget(self._steps)
        self._bar = QProgressBar(self)
        self._bar.setObjectName("progress")
        self._bar.setRange(0, 100)
        layout.addWidget(self._bar)
        self._result_label = QLabel(self)
        self._result_label.setObjectName("result")
        self._result_label.setWordWrap(True)
        self._result_label.setTextFormat(Qt.TextFormat.RichText)
        self._result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self._result_label)
        self._details_button = QPushButton(self)
        self._details_button.setObjectName("showDetails")
        self._details_button.setCheckable(True)
        self._details_button.toggled.connect(self._on_details_button_toggled)
        layout.addWidget(self._details_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._details = QPlainTextEdit(self)
        self._details.setObjectName("details")
        self._details.setReadOnly(True)
        self._details.hide()
        layout.addWidget(self._details)
        self._details_button.hide()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Progress"))
        self.setSubTitle(self.owner.progress_subtitle())
        self._steps.set_headers(
            self.tr("Step"), self.tr("Server"), self.tr("What happens"), self.tr("Status")
        )
        self._details_button.setText(self.tr("&Details"))
        self._render()

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        self._progress = self.owner.workflow.progress() if self.owner.workflow is not None else None
        self._render()
        self.owner.start()

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        return self._result is not None

    # Fed by the wizard -----------------------------------------------------------------------------

    def show_progress(self, progress: Progress) -> None:
        self._progress = progress
        self._render()

    def show_stopping(self) -> None:
        self._stopping = True
        self._render()

    def show_result(
        self, workflow: AnyWorkflow, error: HvError | None, progress: Progress | None = None
    ) -> None:
        self._progress = progress or workflow.progress()
        self._result = (workflow, error)
        self.owner.setOption(QWizard.WizardOption.NoCancelButton, True)
        self._render()
        self.completeChanged.emit()

    # Drawing ---------------------------------------------------------------------------------------

    def _status_text(self, status: StepStatus) -> str:
        return {
            StepStatus.PENDING: self.tr("Waiting"),
            StepStatus.RUNNING: self.tr("Running…"),
            StepStatus.DONE: self.tr("Done"),
            StepStatus.FAILED: self.tr("Failed"),
            StepStatus.UNKNOWN: self.tr("Unknown: connection lost"),
            StepStatus.SKIPPED: self.tr("Not needed"),
            StepStatus.NOT_RUN: self.tr("Not done"),
        }[status]

    def _status_icon(self, status: StepStatus) -> Any:
        pixmap = {
            StepStatus.DONE: QStyle.StandardPixmap.SP_DialogApplyButton,
            StepStatus.FAILED: QStyle.StandardPixmap.SP_MessageBoxCritical,
            StepStatus.UNKNOWN: QStyle.StandardPixmap.SP_MessageBoxWarning,
            StepStatus.RUNNING: QStyle.StandardPixmap.SP_MediaPlay,
        }.get(status)
        return self.style().standardIcon(pixmap) if pixmap is not None else None

    def _render(self) -> None:
        progress = self._progress
        if progress is None:
            return
        self._steps.set_rows([self._row(record) for record in progress.records])
        self._bar.setValue(round(progress.fraction * 100))
        if self._result is None:
            self._headline.setText(
                self.tr("Stopping after the current step…") if self._stopping else self.owner.running_text()
            )
            self._result_label.setText(
                self.tr("Checking both servers before the first step…") if progress.current < 0 else ""
            )
            return
        workflow, error = self._result
        headline, body, details = self._explain(workflow, progress, error)
        self._headline.setText(headline)
        # One paragraph per line: what happened, why, what was done, what to do.
        self._result_label.setText(
            "".join(f"<p>{html.escape(line)}</p>" for line in body.split("\n") if line)
        )
        self._details.setPlainText(details)
        self._details_button.setVisible(bool(details))

    def _row(self, record: StepRecord) -> StepRow:
        return StepRow(
            record.step.host,
            self.owner.step_text(record.step),
            self._status_text(record.status),
            self._status_icon(record.status),
        )

    def _explain(
        self, workflow: AnyWorkflow, progress: Progress, error: HvError | None
    ) -> tuple[str, str, str]:
        """Headline, what it means and what to do, technical details."""
        if error is None and progress.outcome is Outcome.SUCCEEDED:
            return self.tr("Completed."), self.owner.success_text(), ""
        if isinstance(error, WorkflowFailed):
            return self._failed(workflow, error)
        if isinstance(error, WorkflowCancelled):
            return (
                self.tr("Stopped as you asked, before the next step."),
                self._cancelled(workflow, error),
                str(error),
            )
        if error is None:
            return self.tr("The operation did not finish."), "", ""
        lines = [error_texts.explanation(error)]
        if isinstance(error, PreconditionFailed):
            lines.append(self.tr("Nothing was changed. The check found:"))
            lines.append(precondition_texts.text(error))
            lines.append(self.tr("Close the wizard, fix the cause, and run it again."))
        else:
            lines.append(error_texts.advice(error))
        return self.tr("Nothing was changed."), "\n".join(x for x in lines if x), texts.host_says(error)

    def _cancelled(self, workflow: AnyWorkflow, error: WorkflowCancelled) -> str:
        if not any(step.changes_state for step in error.completed):
            return self.tr("Nothing was changed.")
        done = "; ".join(self.owner.step_text(s) for s in error.completed)
        lines = [self.tr("Already done: %1.").replace("%1", done)]
        following = next((r.step for r in workflow.records if r.status is StepStatus.NOT_RUN), None)
        if following is not None:
            advice = self.owner.advice_text(following, StepStatus.NOT_RUN)
            lines.append(self.tr("What you can do: %1").replace("%1", advice))
        return "\n".join(lines)

    def _failed(self, workflow: AnyWorkflow, error: WorkflowFailed) -> tuple[str, str, str]:
        step = error.step
        record = next((r for r in workflow.records if r.step.key == step.key), None)
        status = (
            StepStatus.UNKNOWN if error.outcome_unknown else (record.status if record else StepStatus.FAILED)
        )
        headline = fill(self.tr("Stopped at step %1 of %2."), str(error.step_number), str(error.step_count))
        lines = [
            fill(self.tr("“%1” on %2 did not succeed."), self.owner.step_text(step), step.host),
            texts.cause_text(error.cause),
        ]
        if error.outcome_unknown:
            lines.append(
                self.tr(
                    "hvgui cannot tell whether this step ran on the server, and will not repeat it by itself."
                )
            )
        done = [self.owner.step_text(s) for s in error.completed]
        lines.append(
            self.tr("Already done: %1.").replace("%1", "; ".join(done))
            if done
            else self.tr("Nothing was changed before this step.")
        )
        lines.append(self.tr("What you can do: %1").replace("%1", self.owner.advice_text(step, status)))
        details = "\n\n".join([texts.host_says(error.cause), str(error)])
        return headline, "\n".join(lines), details

    def _on_details_button_toggled(self, checked: bool) -> None:
        self._details.setVisible(checked)
