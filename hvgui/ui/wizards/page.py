"""The page base all wizard pages share, the page ids, and what pages learn for later pages."""

from __future__ import annotations

import weakref
from abc import abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING, ClassVar

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget, QWizardPage

from hvgui.hyperv.errors import HvError
from hvgui.hyperv.model import DiskInfo, ReplicaServerInfo

if TYPE_CHECKING:
    from hvgui.ui.wizards.base import ReplicationWizard


class PageId(IntEnum):
    """Every page any of the wizards has, in the order they appear."""

    BEFORE = 1
    SERVER = 2
    OLD_PRIMARY = 3
    CONNECTION = 4
    VHDS = 5
    FREQUENCY = 6
    RECOVERY = 7
    INITIAL = 8
    SUMMARY = 9
    PROGRESS = 10


@dataclass
class Draft:
    """What one page learns from the hosts and a later page needs."""

    source_server: str = ""  # the sending host as Replica servers know it (FQDN)
    target_host: str = ""  # the hvgui host that is the Replica server
    target_server: str = ""  # the name given as -ReplicaServerName
    server: ReplicaServerInfo | None = None
    thumbprints: tuple[str, ...] = ()  # certificates the sending host is known to have
    disks: tuple[DiskInfo, ...] | None = None
    sizes_error: HvError | None = None  # why the disks' sizes are not known (Get-VHD failed)
    fqdns: dict[str, str] = field(default_factory=dict)


def sizes_known(disks: Iterable[DiskInfo]) -> bool:
    """Every disk's file size is known (Get-VHD reported it): a total over them is the real total."""
    return all(d.file_size > 0 for d in disks)


def alive(obj: object) -> bool:
    """False once Qt has deleted the widget, or a page's wizard is gone (the wizard closed while a
    host was still answering, or before a background task got to run)."""
    if not shiboken6.isValid(obj):
        return False
    return not isinstance(obj, WizardPage) or obj._owner() is not None


class WizardPage(QWizardPage):
    """A page that says on itself why Next is disabled: problem() in red, hint() in neutral words."""

    page_id: ClassVar[PageId]

    def __init__(self, wizard: ReplicationWizard) -> None:
        super().__init__()
        # Weak: a page that held its wizard would make a reference cycle, and Python's cycle collector
        # may run on a worker thread, where deleting a widget aborts Qt.
        self._owner = weakref.ref(wizard)
        self._note = QWidget(self)
        self._note.setObjectName("reason")
        self._note_icon = QLabel(self._note)
        self._note_text = QLabel(self._note)
        self._note_text.setObjectName("reasonText")
        self._note_text.setWordWrap(True)
        self._note_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout(self._note)
        row.setContentsMargins(0, 6, 0, 0)
        row.addWidget(self._note_icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self._note_text, 1)
        self._note.hide()

    @property
    def owner(self) -> ReplicationWizard:
        wizard = self._owner()
        assert wizard is not None, "the page outlived its wizard"
        return wizard

    def problem(self) -> str:
        """Why the input on this page cannot be used ("" if it can)."""
        return ""

    def hint(self) -> str:
        """What is still missing or still being asked, said without alarm ("" if nothing)."""
        return ""

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        return super().isComplete() and not self.problem() and not self.hint()

    def reason_text(self) -> str:
        return self._note_text.text() if self._note.isVisibleTo(self) else ""

    def revalidate(self) -> None:
        problem = self.problem()
        text = problem or self.hint()
        if text:
            icon = (
                QStyle.StandardPixmap.SP_MessageBoxWarning
                if problem
                else QStyle.StandardPixmap.SP_MessageBoxInformation
            )
            self._note_icon.setPixmap(self.style().standardIcon(icon).pixmap(16, 16))
            self._note_text.setText(text)
            self._note_text.setStyleSheet("color: #a4262c;" if problem else "")
        self._note.setVisible(bool(text))
        self.completeChanged.emit()

    def nextId(self) -> int:  # noqa: N802 (Qt override)
        return self.owner.next_after(self.page_id)

    def cleanupPage(self) -> None:  # noqa: N802 (Qt override)
        """Going Back keeps what the user chose on this page, as Hyper-V Manager does.

        QWizardPage's default resets the page's registered fields to their values at registration
        (a changed port came back empty, a changed pre-filled frequency came back as the pre-fill).
        Not calling it is the narrow fix. The alternative, QWizard.WizardOption.IndependentPages,
        also keeps the values but calls initializePage only the first time a page is shown; the pages
        that derive their content from earlier pages (the Summary's plan, the connection pre-fill for
        a changed server, the initial copy's size, the old copy's state) would then each need a second
        refresh hook, and one forgotten would show stale content. Here initializePage still runs every
        time a page is reached, and each page decides there what to refresh and what to keep. A page
        that must stop something when left (a timer) overrides this and calls it.
        """

    def add_note(self, layout: QVBoxLayout) -> None:
        layout.addStretch(1)
        layout.addWidget(self._note)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.revalidate()
        super().changeEvent(event)

    @abstractmethod
    def retranslate_ui(self) -> None: ...
