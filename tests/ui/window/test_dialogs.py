"""The error dialog (expected failures) and the crash handler (bugs)."""

from __future__ import annotations

import inspect

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hvgui.hyperv import errors as hyperv_errors
from hvgui.hyperv.commands import Cmd, Pipeline
from hvgui.hyperv.errors import CommandFailed, ErrorInfo, HostTimeout, HvError
from hvgui.services.workflows import errors as workflow_errors
from hvgui.services.workflows.base import Step
from hvgui.services.workflows.errors import WorkflowFailed
from hvgui.ui import error_texts
from hvgui.ui.crash import CrashDialog, CrashHandler
from hvgui.ui.dialogs.error import ErrorDialog, ErrorReport
from tests.ui.window.conftest import SHOTS

SECRET = "S3cr3t-Pa55"


def error_classes() -> list[type[HvError]]:
    found = []
    for module in (hyperv_errors, workflow_errors):
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, HvError) and cls.__module__ == module.__name__:
                found.append(cls)
    return found


@pytest.mark.parametrize("cls", error_classes(), ids=lambda c: c.__name__)
def test_every_expected_failure_has_its_own_translatable_explanation(cls: type[HvError]) -> None:
    assert cls.__name__ in error_texts._TEXTS


def failed_step() -> WorkflowFailed:
    step = Step(
        "fail_over",
        "Fail over SQL01 on HV-B",
        "HV-B",
        (
            Pipeline.of(
                Cmd.of("Get-VM", Id="5c0d3a9e-6f1b-4b8e-9a51-0d4f4c1e2a01"), Cmd.of("Start-VMFailover")
            ),
        ),
    )
    cause = CommandFailed(
        "HV-B",
        [ErrorInfo("The operation cannot be performed while the object is in its current state.",
                   "InvalidState,Microsoft.HyperV.PowerShell.Commands.StartVMFailover", "InvalidOperation")],
    )  # fmt: skip
    return WorkflowFailed(
        title="Failover of SQL01 on HV-B",
        step=step,
        step_number=1,
        step_count=2,
        cause=cause,
        completed=[],
        advice="Nothing has changed on HV-B.",
    )


def test_error_report_explains_step_cause_and_powershell(qtbot: QtBot) -> None:
    report = ErrorReport.from_error("Failover: SQL01", failed_step())
    assert report.explanation == (
        "The operation stopped at a step that did not succeed. Hyper-V reported an error."
    )
    assert report.report.startswith("Stopped at step 1 of 2, “Fail over” on HV-B.")
    assert "Nothing was changed before this step." in report.report
    # The services' English account (with their advice) is for support, under Details.
    assert "stopped at step 1 of 2" in report.details and "Nothing has changed" in report.details
    assert "InvalidState,Microsoft.HyperV.PowerShell.Commands.StartVMFailover" in report.details
    assert "Start-VMFailover" in report.details and "PowerShell run on HV-B" in report.details
    dialog = ErrorDialog(report)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog._details.isVisible()
    dialog._details_button.click()
    assert dialog._details.isVisible()
    dialog.grab().save(str(SHOTS / "error_details.png"))
    dialog._copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "Failover: SQL01" in copied and "Start-VMFailover" in copied


def test_bulk_report_names_each_failed_vm() -> None:
    reports = [
        ErrorReport.from_error("SQL01 (HV-A)", HostTimeout("HV-A", "no answer")),
        ErrorReport.from_error("WEB01 (HV-A)", HostTimeout("HV-A", "no answer")),
    ]
    combined = ErrorReport.combine("Pause Replication", reports, 3)
    assert "SQL01 (HV-A)" in combined.advice and "WEB01 (HV-A)" in combined.advice
    assert "3 virtual machines selected" in combined.explanation


def test_bugs_reach_one_crash_dialog_without_secrets(qtbot: QtBot, qapp: QApplication) -> None:
    handler = CrashHandler()
    handler.install()
    try:
        for attempt in range(2):
            try:
                raise RuntimeError(f"boom {attempt} password={SECRET} https://admin:{SECRET}@hv-a/wsman")
            except RuntimeError as exc:
                handler.excepthook(type(exc), exc, exc.__traceback__)
        qtbot.waitUntil(lambda: len(handler.reports) == 2)
    finally:
        handler.uninstall()
    assert all(SECRET not in report for report in handler.reports)
    assert "boom 0" in handler.reports[0] and "Traceback" in handler.reports[0]
    dialogs = [w for w in qapp.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()]
    assert len(dialogs) == 1  # the second report was appended, not a second dialog
    text = dialogs[0].report.toPlainText()
    assert "boom 0" in text and "boom 1" in text and SECRET not in text
    dialogs[0]._copy.click()
    assert SECRET not in QGuiApplication.clipboard().text()
    dialogs[0].grab().save(str(SHOTS / "crash_dialog.png"))
    dialogs[0].close()
    dialogs[0].deleteLater()


def test_asyncio_errors_go_to_the_crash_handler(qtbot: QtBot) -> None:
    handler = CrashHandler(show_dialog=False)
    error = ValueError("a bug in a task")
    handler.loop_exception_handler(
        None, {"message": "Task exception was never retrieved", "exception": error}
    )
    qtbot.waitUntil(lambda: bool(handler.reports))
    assert "a bug in a task" in handler.reports[0] and "Task exception" in handler.reports[0]
