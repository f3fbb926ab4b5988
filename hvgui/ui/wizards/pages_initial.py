"""Choose Initial Replication Method: how the first full copy travels, and when it starts."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QTime, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
)
from qasync import asyncSlot

from hvgui.hyperv.errors import HvError
from hvgui.hyperv.model import VMInfo
from hvgui.services.workflows.common import MAX_SCHEDULE
from hvgui.services.workflows.enable import InitialMethod
from hvgui.services.workflows.reads import DiskRead, read_vm
from hvgui.ui import format
from hvgui.ui.format import fill
from hvgui.ui.wizards import texts
from hvgui.ui.wizards.page import PageId, WizardPage, alive
from hvgui.ui.wizards.pages_settings import read_disks

# The clock moves while the page is open: a time that was fine may pass or a full week may fit again.
RECHECK_MS = 15_000


def to_utc(moment: QDateTime) -> datetime:
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC)


def default_start() -> QDateTime:
    """The next full hour after the next one: soon, and clearly in the future."""
    start = QDateTime.currentDateTime().addSecs(2 * 3600)
    return QDateTime(start.date(), QTime(start.time().hour(), 0))


class InitialPage(WizardPage):
    page_id = PageId.INITIAL

    def __init__(self, wizard: object) -> None:
        super().__init__(wizard)  # type: ignore[arg-type]
        self._copy: VMInfo | None = None
        self._copy_known = False
        self._error = ""
        self._setup_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self._size = QLabel(self)
        self._size.setObjectName("initialSize")
        layout.addWidget(self._size)

        self._method_box = QGroupBox(self)
        box = QVBoxLayout(self._method_box)
        self._network = QRadioButton(self._method_box)
        self._network.setObjectName("network")
        self._media = QRadioButton(self._method_box)
        self._media.setObjectName("media")
        self._existing = QRadioButton(self._method_box)
        self._existing.setObjectName("existing")
        self._methods = QButtonGroup(self)
        for button in (self._network, self._media, self._existing):
            self._methods.addButton(button)
        self._network.setChecked(True)
        box.addWidget(self._network)
        box.addWidget(self._media)
        path_row = QHBoxLayout()
        path_row.setContentsMargins(24, 0, 0, 0)
        self._path_label = QLabel(self._method_box)
        self._path = QLineEdit(self._method_box)
        self._path.setObjectName("mediaPath")
        self._path_label.setBuddy(self._path)
        path_row.addWidget(self._path_label)
        path_row.addWidget(self._path, 1)
        box.addLayout(path_row)
        box.addWidget(self._existing)
        layout.addWidget(self._method_box)

        self._when_box = QGroupBox(self)
        when = QVBoxLayout(self._when_box)
        self._now = QRadioButton(self._when_box)
        self._now.setObjectName("startNow")
        self._later = QRadioButton(self._when_box)
        self._later.setObjectName("startLater")
        self._when = QButtonGroup(self)
        self._when.addButton(self._now)
        self._when.addButton(self._later)
        self._now.setChecked(True)
        when.addWidget(self._now)
        row = QHBoxLayout()
        row.addWidget(self._later)
        self._start = QDateTimeEdit(default_start(), self._when_box)
        self._start.setObjectName("startTime")
        self._start.setCalendarPopup(True)
        row.addWidget(self._start)
        row.addStretch(1)
        when.addLayout(row)
        layout.addWidget(self._when_box)

        self._explain = QLabel(self)
        self._explain.setWordWrap(True)
        layout.addWidget(self._explain)

        for button in (self._network, self._media, self._existing, self._now, self._later):
            button.toggled.connect(self._on_choice_toggled)
        self._path.textChanged.connect(self._on_path_text_changed)
        self._start.dateTimeChanged.connect(self._on_start_date_time_changed)
        self._timer = QTimer(self)
        self._timer.setInterval(RECHECK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.registerField("media", self._media)
        self.registerField("media_path", self._path)
        self.registerField("existing", self._existing)
        self.registerField("start_later", self._later)
        self.registerField("start_time", self._start, "dateTime", self._start.dateTimeChanged)
        self.add_note(layout)
        self._update_enabled()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Choose Initial Replication Method"))
        self.setSubTitle(self.tr("Choose how the first full copy is sent, and when."))
        self._method_box.setTitle(self.tr("Initial replication method"))
        self._network.setText(self.tr("Send initial copy over the &network"))
        self._media.setText(self.tr("Send initial copy using &external media"))
        self._path_label.setText(self.tr("&Location on %1:").replace("%1", self.owner.vm.host))
        self._path.setPlaceholderText(self.tr("For example E:\\Export"))
        self._existing.setText(
            self.tr("Use an existing virtual machine on the Replica server as the initial &copy")
        )
        self._when_box.setTitle(self.tr("Schedule initial replication"))
        self._now.setText(self.tr("Start replication &immediately"))
        self._later.setText(self.tr("Start replication &on:"))
        self._explain.setText(self.owner.initial_note())
        self._media.setVisible(self.owner.offers_media())
        self._path_label.setVisible(self.owner.offers_media())
        self._path.setVisible(self.owner.offers_media())
        self._existing.setVisible(self.owner.offers_existing())
        self._show_size()

    # Values --------------------------------------------------------------------------------------

    def method(self) -> InitialMethod:
        if self._media.isChecked():
            return InitialMethod.EXTERNAL_MEDIA
        if self._existing.isChecked():
            return InitialMethod.EXISTING_VM
        return InitialMethod.SCHEDULED if self._later.isChecked() else InitialMethod.NETWORK

    def start_time(self) -> datetime | None:
        return to_utc(self._start.dateTime()) if self.method() is InitialMethod.SCHEDULED else None

    def export_path(self) -> str:
        return self._path.text().strip() if self.method() is InitialMethod.EXTERNAL_MEDIA else ""

    def choose(self, method: InitialMethod, *, path: str = "", start: datetime | None = None) -> None:
        """Set the page's choice (tests and screenshots)."""
        button = {
            InitialMethod.EXTERNAL_MEDIA: self._media,
            InitialMethod.EXISTING_VM: self._existing,
        }.get(method, self._network)
        button.setChecked(True)
        (self._later if method is InitialMethod.SCHEDULED else self._now).setChecked(True)
        if path:
            self._path.setText(path)
        if start is not None:
            self._start.setDateTime(QDateTime.fromSecsSinceEpoch(int(start.timestamp())))

    # Page ----------------------------------------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        self._timer.start()
        if not self.owner.offline:
            if self.owner.draft.disks is None:
                self._load_disks()
            if self.owner.offers_existing():
                self._copy_known = False
                self._load_copy()
        self.retranslate_ui()
        self.revalidate()

    def cleanupPage(self) -> None:  # noqa: N802 (Qt override)
        self._timer.stop()
        super().cleanupPage()

    @asyncSlot()  # type: ignore[untyped-decorator]
    async def _load_disks(self) -> None:
        if not alive(self):
            return  # the wizard closed before this task got to run
        try:
            read = await read_disks(self.owner, self.owner.vm.host)
        except HvError:
            read = DiskRead(())  # only the size shown is missing; the workflow does not need it
        if alive(self):
            self.owner.draft.disks, self.owner.draft.sizes_error = read.disks, read.sizes_error
            self._show_size()

    @asyncSlot()  # type: ignore[untyped-decorator]
    async def _load_copy(self) -> None:
        if not alive(self):
            return  # the wizard closed before this task got to run
        session = self.owner.session(self.owner.draft.target_host)
        try:
            copy = await read_vm(session, self.owner.vm.id) if session is not None else None
        except HvError as err:
            if alive(self):
                self._error = texts.unreachable(err)
                self.revalidate()
            return
        if alive(self):
            self.apply_copy(copy)

    def apply_copy(self, copy: VMInfo | None) -> None:
        self._copy, self._copy_known, self._error = copy, True, ""
        self.revalidate()

    def _show_size(self) -> None:
        size = self.owner.initial_size()
        if size is not None:
            self._size.setText(self.tr("Size of the initial copy: %1").replace("%1", format.size(size)))
        elif self.owner.draft.disks is None:
            self._size.setText(self.tr("Size of the initial copy: being read…"))
        elif (err := self.owner.draft.sizes_error) is not None:
            self._size.setText(
                self.tr(
                    "Size of the initial copy: not known (%1 could not read the virtual hard disk files)"
                ).replace("%1", err.host)
            )
        else:
            self._size.setText(self.tr("Size of the initial copy: not known (the host did not report it)"))

    def _update_enabled(self) -> None:
        media = self._media.isChecked()
        self._path.setEnabled(media)
        self._path_label.setEnabled(media)
        # Hyper-V starts an export or an existing copy at once (-DestinationPath and -UseBackup take no time).
        network = self._network.isChecked()
        self._when_box.setEnabled(network)
        if not network:
            self._now.setChecked(True)
        self._start.setEnabled(network and self._later.isChecked())

    def problem(self) -> str:
        if self._error:
            return self._error
        method = self.method()
        target, vm = self.owner.draft.target_host, self.owner.vm.name
        if method is InitialMethod.EXTERNAL_MEDIA and not self.export_path():
            return self.tr(
                "Enter the folder on %1 where the initial copy is saved, for example on an external disk."
            ).replace("%1", self.owner.vm.host)
        if method is InitialMethod.SCHEDULED:
            when = self.start_time()
            now = datetime.now(UTC)
            if when is None or when <= now:
                return self.tr(
                    "The start time %1 is in the past. Choose a time within the next 7 days."
                ).replace("%1", format.when(when))
            if when > now + MAX_SCHEDULE:
                return self.tr(
                    "The start time %1 is more than 7 days ahead. Hyper-V can schedule the initial replication "
                    "at most 7 days in advance."
                ).replace("%1", format.when(when))
        if self.owner.offers_existing() and self._copy_known:
            if method is InitialMethod.EXISTING_VM and self._copy is None:
                return fill(
                    self.tr(
                        "%1 has no copy of %2 (a virtual machine with the same ID). Restore or import the copy there "
                        "first, or choose another method."
                    ),
                    target,
                    vm,
                )
            if method is not InitialMethod.EXISTING_VM and self._copy is not None:
                return fill(
                    self.tr(
                        "%1 already has a virtual machine with the ID of %2. Use it as the initial copy, or remove "
                        "it from %1 first."
                    ),
                    target,
                    vm,
                )
        return ""

    def hint(self) -> str:
        if self.owner.offers_existing() and not self._copy_known and not self.owner.offline:
            return fill(
                self.tr("Looking for a copy of %1 on %2…"), self.owner.vm.name, self.owner.draft.target_host
            )
        return ""

    def _on_choice_toggled(self, _checked: bool) -> None:
        self._update_enabled()
        self.revalidate()

    def _on_path_text_changed(self, _text: str) -> None:
        self.revalidate()

    def _on_start_date_time_changed(self, _moment: QDateTime) -> None:
        self.revalidate()

    def _on_timer_timeout(self) -> None:
        self.revalidate()
