"""Driving a wizard like a user, and reading what it shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QWidget,
    QWizard,
)

from hvgui.ui.wizards.base import ReplicationWizard
from hvgui.ui.wizards.page import PageId
from tests.ui.wizards.conftest import Served


def page(wizard: ReplicationWizard) -> Any:
    return wizard.currentPage()


def at(wizard: ReplicationWizard) -> PageId:
    return PageId(wizard.currentId())


def forward_button(wizard: QWizard) -> QAbstractButton:
    """Next, or the commit button on the Summary page."""
    which = (
        QWizard.WizardButton.CommitButton
        if wizard.currentPage().isCommitPage()
        else QWizard.WizardButton.NextButton
    )
    button = wizard.button(which)
    assert button is not None
    return button


def can_go_on(wizard: QWizard) -> bool:
    return forward_button(wizard).isEnabled()


def advance(served: Served, wizard: ReplicationWizard, expect: PageId | None = None) -> None:
    """Wait until the page lets the user go on (hosts answered), then click Next."""
    served.wait(lambda: can_go_on(wizard), timeout=30)
    forward_button(wizard).click()
    if expect is not None:
        assert at(wizard) is expect, (at(wizard), page(wizard).reason_text())


def child(wizard: QWidget, kind: type[Any], name: str) -> Any:
    found = wizard.findChild(kind, name)
    assert found is not None, name
    return found


def visible_texts(root: QWidget) -> list[str]:
    """Every text a user can read on the wizard as it stands, in a stable order."""
    found = [root.windowTitle()]
    if isinstance(root, QWizard):
        current = root.currentPage()
        found += [current.title(), current.subTitle()]
        for which in QWizard.WizardButton:
            button = root.button(which) if which.value < 9 else None
            if button is not None and button.isVisible():
                found.append(button.text())
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            found += [header.text(c) for c in range(header.columnCount())]
            for row in range(widget.topLevelItemCount()):
                item = widget.topLevelItem(row)
                found += [item.text(c) for c in range(item.columnCount())]
    return [text for text in found if text]


def back(wizard: ReplicationWizard, expect: PageId) -> None:
    """Click Back, as a user checking an earlier page."""
    button = wizard.button(QWizard.WizardButton.BackButton)
    assert button is not None and button.isVisible() and button.isEnabled()
    button.click()
    assert at(wizard) is expect, at(wizard)
