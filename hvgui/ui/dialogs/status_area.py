"""The result line of a background check: busy bar with Stop, a message with an icon, and Details."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hvgui.hyperv.errors import HvError
from hvgui.ui.dialogs import explain


class StatusArea(QWidget):
    """Signals:
    stop_clicked: the user wants the running check stopped.
    """

    stop_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup_ui()
        self.retranslate_ui()
        self.show_message("", None)
        self.set_busy(False)

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.icon = QLabel()
        self.label = QLabel()
        self.label.setObjectName("statusLabel")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("busyBar")
        self.busy_bar.setRange(0, 0)  # no known length: Qt shows a moving bar
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setTextVisible(False)
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stopButton")
        self.stop_button.setAutoDefault(False)
        self.details_button = QToolButton()
        self.details_button.setObjectName("detailsButton")
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
        row.addWidget(self.busy_bar)
        row.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.details_edit = QPlainTextEdit()
        self.details_edit.setObjectName("detailsEdit")
        self.details_edit.setReadOnly(True)
        self.details_edit.setMaximumHeight(110)
        layout.addWidget(self.details_edit)
        self.stop_button.clicked.connect(self.stop_clicked)
        self.details_button.toggled.connect(self._on_details_button_toggled)

    def retranslate_ui(self) -> None:
        self.stop_button.setText(self.tr("Stop"))
        shown = self.details_button.isChecked()
        self.details_button.setText(self.tr("Hide Details") if shown else self.tr("Show Details"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def text(self) -> str:
        return self.label.text()

    def set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.stop_button.setVisible(busy)

    def show_message(self, text: str, icon: QStyle.StandardPixmap | None, details: str = "") -> None:
        self.label.setText(text)
        if icon is None:
            self.icon.clear()
        else:
            self.icon.setPixmap(self.style().standardIcon(icon).pixmap(16, 16))
        self.details_edit.setPlainText(details)
        self.details_button.setVisible(bool(details))
        self.details_button.setChecked(False)
        self.details_edit.setVisible(False)

    def show_error(self, error: HvError) -> None:
        text, hint = explain.explanation(error), explain.advice(error)
        self.show_message(
            f"{text}\n{hint}" if hint else text,
            QStyle.StandardPixmap.SP_MessageBoxWarning,
            explain.details(error),
        )

    def _on_details_button_toggled(self, checked: bool) -> None:
        self.details_edit.setVisible(checked)
        self.details_button.setArrowType(Qt.ArrowType.DownArrow if checked else Qt.ArrowType.RightArrow)
        self.retranslate_ui()
