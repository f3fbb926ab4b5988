"""The frame every replication dialog shares: input, a summary of each step and host, live progress.

See hvgui.ui.dialogs.common for the entry API. Subclasses build the form, validate it (the reason
shows under the pages and keeps Next disabled), build the workflow from it, and word its steps,
advice and success in the user's language. The workflow runs through the JobTracker, so it is a job
in the jobs panel and the audit log like every other operation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hvgui.hyperv.errors import HvError
from hvgui.services.workflows import Outcome, Progress, Step, StepRecord, StepStatus, Workflow
from hvgui.ui import job_texts
from hvgui.ui.dialogs.common_widgets import (
    Checklist,
    Mark,
    PowerShellDialog,
    ResultPanel,
    Row,
    fill,
    hint_label,
    mark_of,
    mark_pixmap,
    powershell_text,
    step_rows,
)
from hvgui.ui.dialogs.outcome_text import failure_view
from hvgui.ui.dialogs.tasks import DialogTasks

if TYPE_CHECKING:
    from hvgui.ui.dialogs.common import DialogContext

AnyWorkflow = Workflow[Any, Any]


class OperationDialog(QDialog):
    """Input page (optional), then a summary of every step and host, then live progress and result.

    Subclasses build the form, validate it (the reason shows under the pages and blocks Next), build
    the workflow from it, and word its steps, advice and success in the user's language.
    """

    finished_with = Signal(object)
    """Outcome: once, when the dialog closes (CANCELLED if no operation ran)."""
    operation_finished = Signal(object, object)
    """Outcome, tuple of host names: an operation ended; these hosts changed."""

    FORM, SUMMARY, PROGRESS = range(3)
    # Cannot be undone (deletes recovery points, a test VM, changes): Enter must not do it.
    destructive = False

    def __init__(self, parent: QWidget | None, ctx: DialogContext) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._workflow: AnyWorkflow | None = None
        self._chain: list[AnyWorkflow] = []
        self._running = False
        self._outcome: Outcome | None = None
        self._emitted = False
        self._tasks = DialogTasks()
        self.error: HvError | None = None
        self.result_value: object = None
        self.powershell_dialog: PowerShellDialog | None = None

    # To be provided by subclasses -------------------------------------------------------------------

    def _build_form(self) -> QWidget | None:
        """The input page, or None when the summary is the whole dialog (plain confirmations)."""
        return None

    def _build_summary_extra(self) -> QWidget | None:
        return None

    def problem(self) -> str:
        """Why the input cannot be used (translated), or ""."""
        return ""

    def _summary_problem(self) -> str:
        return ""

    def make_workflow(self) -> AnyWorkflow:
        raise NotImplementedError

    def make_workflows(self) -> list[AnyWorkflow]:
        """What runs, in order; usually the one workflow (Failover may reverse afterwards)."""
        return [self.make_workflow()]

    def planned_steps(self) -> list[Step]:
        return [step for workflow in self.make_workflows() for step in workflow.plan()]

    def step_title(self, step: Step) -> str:
        """Subclasses name their steps more precisely (with the VM and hosts)."""
        return job_texts.step_title(step.key, step.title)

    def advice(self, step: Step, status: StepStatus) -> str:
        return self.tr("Refresh the hosts and check the state of the virtual machine before you try again.")

    def _action_text(self) -> str:
        return self.tr("&Run")

    def _consequences(self) -> str:
        """What the user must know before going ahead (translated); "" if nothing special."""
        return ""

    def success(self, result: object) -> tuple[str, str]:
        """Headline and what to do now."""
        return self.tr("Completed successfully."), ""

    def _handled(self, error: HvError) -> bool:
        """True when the subclass deals with this failure itself (e.g. the split-brain question)."""
        return False

    # Building --------------------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        # The pages sit in a QStackedWidget, which does not pass on height-for-width: without a
        # sensible minimum, wrapped texts in the result would be cut off.
        self.setMinimumSize(660, 500)
        layout = QVBoxLayout(self)
        self._header = QLabel()
        self._header.setObjectName("header")
        self._header.setWordWrap(True)
        font = self._header.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self._header.setFont(font)
        layout.addWidget(self._header)
        self._pages = QStackedWidget()
        form = self._build_form()
        self.has_form = form is not None
        self._pages.addWidget(form if form is not None else QWidget())
        summary = QWidget()
        s_layout = QVBoxLayout(summary)
        s_layout.setContentsMargins(0, 0, 0, 0)
        self._summary_intro = hint_label("summary_intro")
        s_layout.addWidget(self._summary_intro)
        self._plan_list = Checklist(numbered=True, plan=True)
        s_layout.addWidget(self._plan_list)
        self._consequence_frame = QFrame()
        self._consequence_frame.setFrameShape(QFrame.Shape.StyledPanel)
        c_layout = QHBoxLayout(self._consequence_frame)
        info = QLabel()
        info.setPixmap(mark_pixmap(Mark.WARNING, 22))
        c_layout.addWidget(info, 0, Qt.AlignmentFlag.AlignTop)
        self._consequence_label = hint_label("consequences")
        c_layout.addWidget(self._consequence_label, 1)
        s_layout.addWidget(self._consequence_frame)
        extra = self._build_summary_extra()
        if extra is not None:
            s_layout.addWidget(extra)
        s_layout.addStretch(1)
        self._pages.addWidget(summary)
        progress = QWidget()
        p_layout = QVBoxLayout(progress)
        p_layout.setContentsMargins(0, 0, 0, 0)
        self._progress_intro = hint_label("progress_intro")
        p_layout.addWidget(self._progress_intro)
        self._progress_list = Checklist(numbered=True)
        p_layout.addWidget(self._progress_list)
        self.result_panel = ResultPanel()
        p_layout.addWidget(self.result_panel)
        self._follow_up = QHBoxLayout()
        self._follow_up.addStretch(1)
        p_layout.addLayout(self._follow_up)
        p_layout.addStretch(1)
        self._pages.addWidget(progress)
        layout.addWidget(self._pages, 1)
        problem_row = QHBoxLayout()
        self._problem_icon = QLabel()
        self._problem_icon.setPixmap(mark_pixmap(Mark.WARNING))
        problem_row.addWidget(self._problem_icon, 0, Qt.AlignmentFlag.AlignTop)
        self.problem_label = hint_label("problem")
        problem_row.addWidget(self.problem_label, 1)
        layout.addLayout(problem_row)
        buttons = QHBoxLayout()
        self.powershell_button = QPushButton()
        self.powershell_button.clicked.connect(self._on_powershell_button_clicked)
        buttons.addWidget(self.powershell_button)
        buttons.addStretch(1)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.next_button = QPushButton()
        self.next_button.setDefault(not self.destructive)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self._on_stop_button_clicked)
        self.close_button = QPushButton()
        self.close_button.setDefault(self.destructive)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        for button in (self.back_button, self.next_button, self.stop_button, self.close_button):
            buttons.addWidget(button)
        for button in (self.powershell_button, self.back_button, self.stop_button):
            button.setAutoDefault(False)  # Enter means the default button, wherever the focus is
        layout.addLayout(buttons)
        self._pages.setCurrentIndex(self.FORM if self.has_form else self.SUMMARY)

    def retranslate_ui(self) -> None:
        self.powershell_button.setText(self.tr("View &PowerShell…"))
        self.back_button.setText(self.tr("< &Back"))
        self.stop_button.setText(self.tr("&Stop after this step"))
        self._summary_intro.setText(
            fill(
                self.tr("When you click “%1”, hvgui does the following, in this order:"),
                self._action_text().replace("&", ""),
            )
        )
        self._progress_intro.setText(self.tr("Progress (also shown in the jobs panel):"))
        self._refresh_plan()
        self._revalidate()

    # State -----------------------------------------------------------------------------------------

    @property
    def page(self) -> int:
        return self._pages.currentIndex()

    @property
    def ready(self) -> bool:
        """Everything the dialog reads from the hosts when it opens has arrived (screenshots wait)."""
        return True

    @property
    def running(self) -> bool:
        return self._running

    @property
    def workflow(self) -> AnyWorkflow | None:
        return self._workflow

    def _revalidate(self) -> None:
        if not hasattr(self, "next_button"):
            return  # a form widget changed while the pages are still being built
        page = self.page
        finished = page == self.PROGRESS and not self._running
        if page == self.FORM:
            problem = self.problem()
        elif page == self.SUMMARY:
            problem = self.problem() or self._summary_problem()
        else:
            problem = ""
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        self._problem_icon.setVisible(bool(problem))
        self.next_button.setVisible(page != self.PROGRESS)
        self.next_button.setEnabled(not problem)
        self.next_button.setText(self.tr("&Next >") if page == self.FORM else self._action_text())
        self.back_button.setVisible(page == self.SUMMARY and self.has_form)
        self.stop_button.setVisible(self._running)
        self.close_button.setEnabled(not self._running)
        self.close_button.setText(self.tr("&Close") if finished else self.tr("Cancel"))
        self.powershell_button.setEnabled(not self._form_problem())
        if page == self.SUMMARY:
            self._consequence_label.setText(self._consequences())
            self._consequence_frame.setVisible(bool(self._consequence_label.text()))

    def _form_problem(self) -> str:
        return self.problem() if self.page != self.PROGRESS else ""

    def _refresh_plan(self) -> None:
        if self._form_problem():
            self._plan_list.set_rows([])
            return
        try:
            steps = self.planned_steps()
        except (ValueError, KeyError):
            steps = []
        self._plan_list.set_rows(step_rows(steps, self.step_title))

    def go_to(self, page: int) -> None:
        if page == self.SUMMARY:
            self._refresh_plan()
        self._pages.setCurrentIndex(page)
        self._revalidate()

    # Slots -----------------------------------------------------------------------------------------

    def _on_back_button_clicked(self) -> None:
        self.go_to(self.FORM)

    def _on_next_button_clicked(self) -> None:
        if self.problem() or (self.page == self.SUMMARY and self._summary_problem()):
            return
        if self.page == self.FORM:
            self.go_to(self.SUMMARY)
        elif self.page == self.SUMMARY and not self._running:
            self._start(self.run_operation())

    def _on_stop_button_clicked(self) -> None:
        if self._workflow is not None:
            self._workflow.cancel()
            self.stop_button.setEnabled(False)

    def _on_close_button_clicked(self) -> None:
        if self._outcome is Outcome.SUCCEEDED:
            self.accept()
        else:
            self.reject()

    def _on_powershell_button_clicked(self) -> None:
        ran = self.page == self.PROGRESS and self._chain
        steps = [s for w in self._chain for s in w.plan()] if ran else self.planned_steps()
        dialog = PowerShellDialog(powershell_text(steps, self.step_title), self._header.text(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.powershell_dialog = dialog
        dialog.open()

    # Running ---------------------------------------------------------------------------------------

    async def run_operation(self) -> None:
        """Run the workflows built from the input one after the other, each as a job, with live
        progress in the dialog; the first one that fails stops the rest."""
        chain = self.make_workflows()
        self._chain, self._running, self.error = chain, True, None
        self.result_panel.setVisible(False)
        self._clear_follow_up()
        self.stop_button.setEnabled(True)
        self.go_to(self.PROGRESS)
        try:
            for workflow in chain:
                self._workflow = workflow
                self._show_records(workflow.records)
                unsubscribe = workflow.subscribe(self._on_workflow_progress)
                try:
                    self.result_value = await self._ctx.tracker.run(workflow)
                finally:
                    unsubscribe()
        except HvError as err:
            self.error = err
            failed = self._workflow.outcome if self._workflow else Outcome.FAILED
            self._outcome = failed if failed is not Outcome.RUNNING else Outcome.FAILED
            self._running = False
            if not self._handled(err):
                self._show_failure(err)
        else:
            self._outcome = Outcome.SUCCEEDED
            self._running = False
            headline, next_step = self.success(self.result_value)
            self.result_panel.show_result(Mark.DONE, headline, "", next_step)
            self._after_success(self.result_value)
        finally:
            self._running = False
            self._revalidate()
            hosts = tuple(dict.fromkeys(h for w in chain for h in w.hosts))
            self.operation_finished.emit(self._outcome or Outcome.FAILED, hosts)

    def _after_success(self, result: object) -> None:
        """Offer follow-up actions (buttons in the result area)."""

    def _add_follow_up(self, button: QPushButton) -> None:
        self._follow_up.addWidget(button)

    def _clear_follow_up(self) -> None:
        while self._follow_up.count() > 1:
            item = self._follow_up.takeAt(1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _on_workflow_progress(self, progress: Progress) -> None:
        self._show_records(progress.records)

    def _show_records(self, records: Sequence[Any], failure_note: str = "") -> None:
        """The current workflow's records, between the finished ones and those still to come."""
        current = self._workflow
        before: list[StepRecord] = []
        after: list[StepRecord] = []
        stopped = self.error is not None and not self._running
        seen = False
        for workflow in self._chain:
            if workflow is current:
                seen = True
            elif not seen:
                before.extend(workflow.records)
            else:
                after.extend(workflow.records)
        rows = []
        for record in (*before, *records, *after):
            mark = mark_of(record.status)
            if stopped and record in after:
                mark = Mark.NOT_RUN
            note = failure_note if mark in (Mark.FAILED, Mark.UNKNOWN) else ""
            rows.append(Row(record.step.key, self.step_title(record.step), record.step.host, mark, note))
        self._progress_list.set_rows(rows)

    def _show_failure(self, err: HvError) -> None:
        records = self._workflow.records if self._workflow else ()
        view = failure_view(err, records, self.step_title, self.advice)
        if view.show_records:
            self._show_records(records, view.row_note)
        self.result_panel.show_result(view.mark, view.headline, view.body, view.next_step, view.details)

    # Closing ---------------------------------------------------------------------------------------

    def reject(self) -> None:
        if self._running:
            return  # a failover half done is worse than a dialog that stays open
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._running:
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        if self._running:
            return
        self._tasks.cancel_all()
        super().done(result)
        if not self._emitted:
            self._emitted = True
            self.finished_with.emit(self._outcome or Outcome.CANCELLED)

    def show_state(
        self, rows: Iterable[Row], *, running: bool = False, result: tuple[Mark, str, str, str] | None = None
    ) -> None:
        """Show a progress state without running anything (the screenshot harness)."""
        self._pages.setCurrentIndex(self.PROGRESS)
        self._progress_list.set_rows(rows)
        self._running = running
        if result is None:
            self.result_panel.setVisible(False)
        else:
            self.result_panel.show_result(*result)
        self._revalidate()
        self._running = False

    def _spawn(self, coro: Any) -> None:
        """Load something in the background; the dialog stays usable and its close cancels it."""
        self._tasks.start(coro)

    def _start(self, coro: Any) -> None:
        """Run the operation: it is not cancelled with the dialog (closing waits for it anyway)."""
        self._tasks.start(coro, keep=False)
