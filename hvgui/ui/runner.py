"""The one operation runner: every operation starts here, runs in the background, ends in a message.

Like Anki's operations: the caller hands over a workflow and a title and gets on with its life. The
job appears in the jobs panel at once, but the panel is only brought forward when the operation is
still running after a short delay, so quick operations do not flash anything. Success is a status
bar message; an expected failure (HvError) opens the error dialog with the plain explanation and
details; anything else is a bug and goes to the crash handler.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable, Coroutine, Sequence
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from hvgui.hyperv.errors import HvError
from hvgui.services.jobs import Job, JobTracker
from hvgui.services.workflows.base import Progress, Workflow
from hvgui.services.workflows.bulk import BulkResult
from hvgui.services.workflows.errors import WorkflowCancelled
from hvgui.ui import error_texts, job_texts
from hvgui.ui.dialogs.error import ErrorDialog, ErrorReport

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 600
AnyWorkflow = Workflow[Any, Any]
ErrorHandler = Callable[[HvError], bool]  # True: handled, no error dialog
Refresh = Callable[[Sequence[str]], None]


class OperationRunner(QObject):
    progress_due = Signal(str)
    """job id: the operation is still running after the delay; show its progress."""
    steps_changed = Signal(str)
    """job id: a step of the operation started or ended (progress(job_id) has the records)."""
    message = Signal(str)
    """A status bar message: an operation succeeded or was cancelled."""
    failed = Signal(str, object)
    """job id, HvError: the operation stopped with an expected failure."""
    idle_changed = Signal(bool)
    """True when no operation runs any more, False when the first one starts."""

    def __init__(
        self, jobs: JobTracker, window: QWidget | None, refresh: Refresh, parent: QObject | None = None
    ):
        super().__init__(parent)
        self._jobs = jobs
        self._window = window
        self._refresh = refresh
        self._titles: dict[str, str] = {}
        self._progress: dict[str, Progress] = {}
        self._workflows: dict[str, AnyWorkflow] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        self.last_error_dialog: ErrorDialog | None = None

    # What the views ask ----------------------------------------------------------------------------

    @property
    def jobs(self) -> JobTracker:
        return self._jobs

    def title(self, job: Job) -> str:
        title = self._titles.get(job.id)
        return title if title is not None else job_texts.job_title(job.kind, job.vm_name, fallback=job.title)

    def progress(self, job_id: str) -> Progress | None:
        return self._progress.get(job_id)

    def workflow(self, job_id: str) -> AnyWorkflow | None:
        return self._workflows.get(job_id)

    def busy(self) -> bool:
        return any(not t.done() for t in self._tasks)

    async def wait_idle(self) -> None:
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    def cancel(self, job_id: str) -> bool:
        return self._jobs.cancel(job_id)

    # Starting --------------------------------------------------------------------------------------

    def run(
        self,
        workflow: AnyWorkflow,
        title: str,
        success: str,
        *,
        on_error: ErrorHandler | None = None,
        on_result: Callable[[Any], None] | None = None,
    ) -> asyncio.Task[Any]:
        """Run one workflow as a job. title and success are already translated."""
        self._watch(workflow, title)
        return self._start(self._run_one(workflow, title, success, on_error, on_result))

    def run_bulk(
        self, workflows: Sequence[AnyWorkflow], title: str, success: str, *, item_title: Callable[[str], str]
    ) -> asyncio.Task[Any]:
        """Several VMs, one job each; one message at the end naming every VM that failed."""
        for workflow in workflows:
            vm = workflow.target.vm_name if workflow.target else ""
            self._watch(workflow, item_title(vm))
        return self._start(self._run_bulk(workflows, title, success))

    def _watch(self, workflow: AnyWorkflow, title: str) -> None:
        job_id = workflow.id
        self._titles[job_id] = title
        self._workflows[job_id] = workflow

        def on_progress(progress: Progress) -> None:
            self._progress[job_id] = progress
            self.steps_changed.emit(job_id)

        workflow.subscribe(on_progress)
        # Only if it is still running then: quick operations should not make the window jump.
        QTimer.singleShot(PROGRESS_DELAY_MS, self, lambda: self._on_delay_elapsed(job_id))

    def _start(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        was_idle = not self.busy()
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._on_task_done)
        if was_idle:
            self.idle_changed.emit(False)
        return task

    def _on_delay_elapsed(self, job_id: str) -> None:
        job = self._jobs.get(job_id)
        if job is not None and job.running:
            self.progress_due.emit(job_id)

    def _on_task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not self._tasks:
            self.idle_changed.emit(True)
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            # Expected failures were handled inside; this is a bug: one crash report, like qasync does.
            sys.excepthook(type(error), error, error.__traceback__)

    # Running ---------------------------------------------------------------------------------------

    async def _run_one(
        self,
        workflow: AnyWorkflow,
        title: str,
        success: str,
        on_error: ErrorHandler | None,
        on_result: Callable[[Any], None] | None,
    ) -> None:
        try:
            result = await self._jobs.run(workflow)
        except WorkflowCancelled as err:
            self.message.emit(f"{title}: {error_texts.explanation(err)}")
        except HvError as err:
            log.info("%s failed: %s", workflow.describe(), err)
            self.failed.emit(workflow.id, err)
            if on_error is None or not on_error(err):
                self.show_error(ErrorReport.from_error(title, err, workflow))
        else:
            if success:
                self.message.emit(success)
            if on_result is not None:
                on_result(result)
        finally:
            self._refresh(workflow.hosts)

    async def _run_bulk(self, workflows: Sequence[AnyWorkflow], title: str, success: str) -> BulkResult:
        try:
            result = await self._jobs.run_bulk(workflows)
        finally:
            self._refresh(sorted({h for w in workflows for h in w.hosts}))
        if not result.failed:
            self.message.emit(success)
            return result
        reports = []
        for item in result.failed:
            workflow = next((w for w in workflows if w.target and w.target.vm_id == item.vm_id), None)
            if item.error is not None:
                reports.append(ErrorReport.from_error(f"{item.vm_name} ({item.host})", item.error, workflow))
        self.show_error(ErrorReport.combine(title, reports, len(result.items)))
        return result

    def show_error(self, report: ErrorReport) -> None:
        """Non-modal to the event loop: open() returns at once, the operations keep running."""
        dialog = ErrorDialog(report, self._window)
        self.last_error_dialog = dialog
        dialog.open()
