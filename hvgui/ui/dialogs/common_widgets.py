"""Widgets the replication dialogs share: the live checklist, the result panel, View PowerShell.

Status is never colour alone: every row has a painted mark and a word, because these dialogs are
read under stress and on screens (and by people) that do not tell red from green.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hvgui.services.workflows.steps import Step, StepStatus
from hvgui.ui.format import fill as fill  # re-exported: the dialogs import it from here


class Mark(Enum):
    PENDING = "pending"
    CHECKING = "checking"
    RUNNING = "running"
    DONE = "done"
    OK = "ok"
    FAILED = "failed"
    UNKNOWN = "unknown"
    SKIPPED = "skipped"
    NOT_RUN = "not_run"
    WARNING = "warning"
    BLOCKED = "blocked"


_WORDS = {
    Mark.PENDING: QT_TRANSLATE_NOOP("Checklist", "Waiting"),
    Mark.CHECKING: QT_TRANSLATE_NOOP("Checklist", "Checking…"),
    Mark.RUNNING: QT_TRANSLATE_NOOP("Checklist", "Running…"),
    Mark.DONE: QT_TRANSLATE_NOOP("Checklist", "Done"),
    Mark.OK: QT_TRANSLATE_NOOP("Checklist", "OK"),
    Mark.FAILED: QT_TRANSLATE_NOOP("Checklist", "Failed"),
    Mark.UNKNOWN: QT_TRANSLATE_NOOP("Checklist", "Unknown"),
    Mark.SKIPPED: QT_TRANSLATE_NOOP("Checklist", "Not needed"),
    Mark.NOT_RUN: QT_TRANSLATE_NOOP("Checklist", "Not run"),
    Mark.WARNING: QT_TRANSLATE_NOOP("Checklist", "Needs attention"),
    Mark.BLOCKED: QT_TRANSLATE_NOOP("Checklist", "Not possible"),
}
_FROM_STEP = {
    StepStatus.PENDING: Mark.PENDING,
    StepStatus.RUNNING: Mark.RUNNING,
    StepStatus.DONE: Mark.DONE,
    StepStatus.FAILED: Mark.FAILED,
    StepStatus.UNKNOWN: Mark.UNKNOWN,
    StepStatus.SKIPPED: Mark.SKIPPED,
    StepStatus.NOT_RUN: Mark.NOT_RUN,
}
_GREEN, _RED, _ORANGE, _BLUE, _GREY = "#2e7d32", "#c62828", "#ef6c00", "#1565c0", "#9e9e9e"


def mark_of(status: StepStatus) -> Mark:
    return _FROM_STEP[status]


def mark_word(mark: Mark) -> str:
    return QCoreApplication.translate("Checklist", str(_WORDS[mark]))


def mark_pixmap(mark: Mark, size: int = 18) -> QPixmap:
    """A small painted symbol; no icon theme needed (Linux desktops differ, offscreen has none)."""
    ratio = 2.0
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    r = QRectF(1.5, 1.5, size - 3, size - 3)
    colour = {
        Mark.DONE: _GREEN,
        Mark.OK: _GREEN,
        Mark.FAILED: _RED,
        Mark.BLOCKED: _RED,
        Mark.UNKNOWN: _ORANGE,
        Mark.WARNING: _ORANGE,
        Mark.RUNNING: _BLUE,
        Mark.CHECKING: _BLUE,
    }.get(mark, _GREY)
    hollow = mark in (Mark.PENDING, Mark.NOT_RUN, Mark.CHECKING)
    if mark is Mark.WARNING:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(colour))
        p.drawPolygon([QPointF(size / 2, 1.5), QPointF(size - 1.5, size - 2), QPointF(1.5, size - 2)])
    else:
        p.setPen(QPen(QColor(colour), 1.6))
        p.setBrush(Qt.BrushStyle.NoBrush if hollow else QColor(colour))
        p.drawEllipse(r)
    pen = QPen(QColor("white"), 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    s = size
    if mark in (Mark.DONE, Mark.OK):
        p.drawPolyline(
            [QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68), QPointF(s * 0.73, s * 0.34)]
        )
    elif mark in (Mark.FAILED, Mark.BLOCKED):
        p.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67))
        p.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67))
    elif mark in (Mark.UNKNOWN, Mark.WARNING):
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(s * 0.62))
        p.setFont(font)
        p.drawText(
            QRectF(0, s * 0.06, s, s), Qt.AlignmentFlag.AlignCenter, "?" if mark is Mark.UNKNOWN else "!"
        )
    elif mark is Mark.RUNNING:
        p.drawPolyline([QPointF(s * 0.38, s * 0.3), QPointF(s * 0.66, s * 0.5), QPointF(s * 0.38, s * 0.7)])
    elif mark is Mark.SKIPPED:
        p.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.7, s * 0.5))
    elif mark is Mark.CHECKING:
        p.setPen(QPen(QColor(colour), 2.0))
        p.drawArc(QRectF(s * 0.3, s * 0.3, s * 0.4, s * 0.4), 0, 270 * 16)
    p.end()
    return pixmap


@dataclass(frozen=True)
class Row:
    key: str
    title: str
    host: str = ""
    mark: Mark = Mark.PENDING
    note: str = ""


class Checklist(QWidget):
    """Rows of mark, title (with an optional note under it), host and status word."""

    def __init__(self, parent: QWidget | None = None, *, numbered: bool = False, plan: bool = False) -> None:
        super().__init__(parent)
        self._numbered = numbered
        self._plan = plan  # a plan to confirm: no marks or status words, nothing has a status yet
        self._rows: list[Row] = []
        self._setup_ui()

    def _setup_ui(self) -> None:
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(1, 1)

    def retranslate_ui(self) -> None:
        self._rebuild()

    @property
    def rows(self) -> tuple[Row, ...]:
        return tuple(self._rows)

    def row(self, key: str) -> Row | None:
        return next((r for r in self._rows if r.key == key), None)

    def set_rows(self, rows: Iterable[Row]) -> None:
        self._rows = list(rows)
        self._rebuild()

    def update_row(
        self, key: str, mark: Mark | None = None, note: str | None = None, title: str | None = None
    ) -> None:
        for index, row in enumerate(self._rows):
            if row.key == key:
                self._rows[index] = replace(
                    row,
                    mark=row.mark if mark is None else mark,
                    note=row.note if note is None else note,
                    title=row.title if title is None else title,
                )
        self._rebuild()

    def _rebuild(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Qt keeps ownership (reparenting to None would hand it to Python, which then
                # deletes it a second time when the wrapper is collected).
                widget.hide()
                widget.deleteLater()
        for index, row in enumerate(self._rows):
            line = index * 2
            if not self._plan:
                icon = QLabel()
                icon.setPixmap(mark_pixmap(row.mark))
                icon.setObjectName(f"mark_{row.key}")
                self._grid.addWidget(icon, line, 0, Qt.AlignmentFlag.AlignTop)
            title = QLabel(f"{index + 1}. {row.title}" if self._numbered else row.title)
            title.setWordWrap(True)
            title.setObjectName(f"title_{row.key}")
            if row.mark is Mark.RUNNING:
                font = title.font()
                font.setBold(True)
                title.setFont(font)
            self._grid.addWidget(title, line, 1)
            host = QLabel(row.host)
            host.setObjectName(f"host_{row.key}")
            self._grid.addWidget(host, line, 2, Qt.AlignmentFlag.AlignTop)
            if not self._plan:
                word = QLabel(mark_word(row.mark))
                word.setObjectName(f"status_{row.key}")
                self._grid.addWidget(word, line, 3, Qt.AlignmentFlag.AlignTop)
            if row.note:
                note = QLabel(row.note)
                note.setWordWrap(True)
                note.setObjectName(f"note_{row.key}")
                font = note.font()
                font.setItalic(True)
                note.setFont(font)
                if row.mark in (Mark.FAILED, Mark.BLOCKED):
                    note.setStyleSheet(f"color: {_RED};")
                self._grid.addWidget(note, line + 1, 1, 1, 3)


def step_rows(steps: Sequence[Step], title: Callable[[Step], str]) -> list[Row]:
    return [Row(s.key, title(s), s.host) for s in steps]


class ResultPanel(QFrame):
    """How it ended: a headline, what happened, what to do next, and technical details on request."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._details_text = ""
        self._setup_ui()
        self.retranslate_ui()
        self.setVisible(False)

    def _setup_ui(self) -> None:
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self._icon = QLabel()
        top.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        self.headline = QLabel()
        self.headline.setObjectName("result_headline")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        texts.addWidget(self.headline)
        self.body = QLabel()
        self.body.setObjectName("result_body")
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts.addWidget(self.body)
        self.next_step = QLabel()
        self.next_step.setObjectName("result_next")
        self.next_step.setWordWrap(True)
        self.next_step.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts.addWidget(self.next_step)
        top.addLayout(texts, 1)
        layout.addLayout(top)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self._details_button = QPushButton()
        self._details_button.setCheckable(True)
        self._details_button.toggled.connect(self._on_details_button_toggled)
        self._copy_button = QPushButton()
        self._copy_button.clicked.connect(self._on_copy_button_clicked)
        buttons.addWidget(self._details_button)
        buttons.addWidget(self._copy_button)
        layout.addLayout(buttons)
        self.details = QPlainTextEdit()
        self.details.setObjectName("result_details")
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setMinimumHeight(140)
        self.details.setVisible(False)
        layout.addWidget(self.details)

    def retranslate_ui(self) -> None:
        self._details_button.setText(self.tr("&Details"))
        self._copy_button.setText(self.tr("Copy &report"))

    def show_result(
        self, mark: Mark, headline: str, body: str = "", next_step: str = "", details: str = ""
    ) -> None:
        self._icon.setPixmap(mark_pixmap(mark, 36))
        self.headline.setText(headline)
        self.body.setText(body)
        self.body.setVisible(bool(body))
        self.next_step.setText(next_step)
        self.next_step.setVisible(bool(next_step))
        self._details_text = details
        self.details.setPlainText(details)
        self._details_button.setVisible(bool(details))
        self._details_button.setChecked(False)
        self.setVisible(True)

    def as_text(self) -> str:
        parts = [self.headline.text(), self.body.text(), self.next_step.text(), self._details_text]
        return "\n\n".join(p for p in parts if p)

    def _on_details_button_toggled(self, shown: bool) -> None:
        self.details.setVisible(shown)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.as_text())


class PowerShellDialog(QDialog):
    """The exact commands an operation sends, one commented block per step, to read or copy."""

    def __init__(self, text: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._what = what
        self._setup_ui(text)
        self.retranslate_ui()

    def _setup_ui(self, text: str) -> None:
        self.setMinimumSize(760, 420)
        layout = QVBoxLayout(self)
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        layout.addWidget(self._intro)
        self.editor = QPlainTextEdit(text)
        self.editor.setObjectName("powershell")
        self.editor.setReadOnly(True)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout.addWidget(self.editor, 1)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton()
        self._buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self._buttons.rejected.connect(self.reject)
        layout.addWidget(self._buttons)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(self.tr("PowerShell for %1"), self._what))
        self._intro.setText(
            self.tr(
                "hvgui sends these commands, each in a session to the host named in its comment. You can "
                "copy them to run them yourself or to keep them with your change record."
            )
        )
        self.copy_button.setText(self.tr("&Copy"))

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.editor.toPlainText())


def powershell_text(steps: Sequence[Step], title: Callable[[Step], str]) -> str:
    """The plan as PowerShell with translated step comments (the commands themselves stay as sent)."""
    total = len(steps)
    blocks = []
    for number, step in enumerate(steps, 1):
        head = fill(
            QCoreApplication.translate("Checklist", "Step %1 of %2, on %3: %4"),
            number,
            total,
            step.host,
            title(step),
        )
        blocks.append(f"# {head}\n{step.powershell}")
    return "\n\n".join(blocks)


def hint_label(object_name: str) -> QLabel:
    """A wrapped explanatory text."""
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName(object_name)
    return label
