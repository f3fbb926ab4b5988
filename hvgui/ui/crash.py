"""Bugs end here: one excepthook for the GUI thread, worker threads and the asyncio loop.

Expected failures are HvErrors and get the error dialog; anything else is a bug in hvgui. The report
names versions and the traceback, nothing else (no local variables), and goes through the logging
redaction, so it can be copied and sent without leaking a password. While a crash dialog is open,
further reports are appended to it instead of stacking dialogs.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Qt, Signal, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hvgui import __version__ as hvgui_version
from hvgui.core.logging import redact

log = logging.getLogger(__name__)
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]


def build_report(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None, where: str = ""
) -> str:
    lines = [
        f"hvgui {hvgui_version}",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        f"Qt {qVersion()}, PySide6 {pyside_version}",
        f"{platform.system()} {platform.release()} {platform.machine()}",
    ]
    if where:
        lines.append(f"Context: {where}")
    lines.append("")
    lines.extend(traceback.format_exception(kind, value, tb))
    return redact("\n".join(line.rstrip("\n") for line in lines))


class CrashDialog(QDialog):
    quit_requested = Signal()
    """The user chose to quit after the bug."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup_ui(report)
        self.retranslate_ui()

    def _setup_ui(self, report: str) -> None:
        self.setMinimumSize(640, 420)
        layout = QVBoxLayout(self)
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        layout.addWidget(self._intro)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.report)
        self._buttons = QDialogButtonBox()
        self._copy = QPushButton()
        self._continue = QPushButton()
        self._quit = QPushButton()
        self._buttons.addButton(self._copy, QDialogButtonBox.ButtonRole.ActionRole)
        self._buttons.addButton(self._quit, QDialogButtonBox.ButtonRole.DestructiveRole)
        self._buttons.addButton(self._continue, QDialogButtonBox.ButtonRole.RejectRole)
        self._continue.setDefault(True)
        self._copy.clicked.connect(self._on_copy_clicked)
        self._continue.clicked.connect(self.reject)
        self._quit.clicked.connect(self._on_quit_clicked)
        layout.addWidget(self._buttons)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("hvgui ran into a bug"))
        self._intro.setText(
            self.tr(
                "Something went wrong inside hvgui. This is a bug, not a problem of your hosts. An "
                "operation that was running may not have finished: refresh and check the state. Please "
                "copy the report below and send it to the developers; it contains no passwords."
            )
        )
        self._copy.setText(self.tr("&Copy Report"))
        self._continue.setText(self.tr("C&ontinue"))
        self._quit.setText(self.tr("&Quit hvgui"))

    def append(self, report: str) -> None:
        self.report.appendPlainText("\n" + "=" * 60 + "\n" + report)

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())

    def _on_quit_clicked(self) -> None:
        self.quit_requested.emit()
        self.reject()


class CrashHandler(QObject):
    crashed = Signal(str)
    """A bug's report (redacted); delivered on the GUI thread whichever thread crashed."""

    def __init__(self, parent: QObject | None = None, *, show_dialog: bool = True) -> None:
        super().__init__(parent)
        self.reports: list[str] = []
        self.window: QWidget | None = None
        self.quit: Callable[[], None] | None = None
        self._show_dialog = show_dialog
        self._dialog: CrashDialog | None = None
        self._previous: ExceptHook | None = None
        self._previous_thread: Any = None
        # Queued: a worker thread's crash is shown by the GUI thread.
        self.crashed.connect(self._on_crashed, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous = sys.excepthook
        self._previous_thread = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
            threading.excepthook = self._previous_thread
            self._previous = None

    def excepthook(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            (self._previous or sys.__excepthook__)(kind, value, tb)
            return
        self._report(kind, value, tb, "")

    def loop_exception_handler(self, loop: Any, context: dict[str, Any]) -> None:
        """For asyncio's set_exception_handler: a task or callback raised and nobody caught it."""
        error = context.get("exception")
        message = str(context.get("message", ""))
        if isinstance(error, BaseException):
            self._report(type(error), error, error.__traceback__, message)
        else:
            log.error("asyncio: %s", redact(repr(context)))

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        where = f"thread {args.thread.name}" if args.thread else "thread"
        self._report(args.exc_type, args.exc_value, args.exc_traceback, where)

    def _report(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None, where: str
    ) -> None:
        report = build_report(kind, value, tb, where)
        log.error("bug: %s", report)
        self.crashed.emit(report)

    def _on_crashed(self, report: str) -> None:
        self.reports.append(report)
        if not self._show_dialog:
            return
        if self._dialog is not None and self._dialog.isVisible():
            self._dialog.append(report)
            return
        self._dialog = CrashDialog(report, self.window)
        if self.quit is not None:
            self._dialog.quit_requested.connect(self.quit)
        self._dialog.open()
