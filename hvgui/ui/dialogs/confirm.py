"""The plain confirmation that names what an operation will touch: every VM and every host.

Until the dedicated dialogs exist (failover dialogs, wizards), operations ask with this dialog and
run with Hyper-V Manager's default choices, which the text states.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtWidgets import QMessageBox, QWidget


@dataclass(frozen=True)
class Confirmation:
    title: str
    question: str
    items: Sequence[str] = field(default_factory=tuple)  # one line per VM: "SQL01 on HV-A"
    note: str = ""  # what will happen, e.g. the default choices taken
    accept: str = ""  # the button that goes ahead, e.g. "Pause Replication"
    destructive: bool = False  # Cancel is the default button

    def text(self) -> str:
        lines = [self.question]
        if self.items:
            lines.append("\n".join(f"• {item}" for item in self.items))
        if self.note:
            lines.append(self.note)
        return "\n\n".join(lines)


Confirm = Callable[[Confirmation], bool]


def build_box(confirmation: Confirmation, parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if confirmation.destructive else QMessageBox.Icon.Question)
    box.setWindowTitle(confirmation.title)
    box.setText(confirmation.question)
    informative = "\n".join(f"• {item}" for item in confirmation.items)
    if confirmation.note:
        informative = f"{informative}\n\n{confirmation.note}" if informative else confirmation.note
    box.setInformativeText(informative)
    go = box.addButton(confirmation.accept or confirmation.title, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel if confirmation.destructive else go)
    box.setEscapeButton(cancel)
    return box


def ask(parent: QWidget | None) -> Confirm:
    """The interactive confirmation (modal); tests pass their own Confirm instead."""

    def confirm(confirmation: Confirmation) -> bool:
        box = build_box(confirmation, parent)
        box.exec()
        return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole

    return confirm
