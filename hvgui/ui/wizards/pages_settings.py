"""Choose Replication VHDs, Configure Replication Frequency, Configure Additional Recovery Points."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)
from qasync import asyncSlot

from hvgui.hyperv.errors import HvError
from hvgui.hyperv.model import DiskInfo
from hvgui.services.workflows import reads
from hvgui.services.workflows.reads import DiskRead
from hvgui.ui import format
from hvgui.ui.format import fill
from hvgui.ui.wizards import texts
from hvgui.ui.wizards.page import PageId, WizardPage, alive, sizes_known

FREQUENCIES = (30, 300, 900)


async def read_disks(wizard: object, host: str) -> DiskRead:
    """The VM's disks with their sizes (Get-VMHardDiskDrive, then Get-VHD -VMId), read in the background."""
    session = wizard.session(host)  # type: ignore[attr-defined]
    if session is None:
        return DiskRead(())
    vm_id = wizard.vm.id  # type: ignore[attr-defined]
    return await reads.read_disks(session, vm_id)


def _size(num_bytes: int) -> str:
    return format.size(num_bytes) if num_bytes > 0 else "\u2013"


class VhdPage(WizardPage):
    """Choose Replication VHDs: every disk ticked by default; untick e.g. a page-file disk."""

    page_id = PageId.VHDS

    def __init__(self, wizard: object) -> None:
        super().__init__(wizard)  # type: ignore[arg-type]
        self._error = ""
        self._setup_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        layout.addWidget(self._intro)
        self._tree = QTreeWidget(self)
        self._tree.setObjectName("disks")
        self._tree.setRootIsDecorated(False)
        self._tree.setColumnCount(3)
        self._tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._tree.header().setStretchLastSection(False)
        self._tree.itemChanged.connect(self._on_tree_item_changed)
        layout.addWidget(self._tree, 1)
        self._total = QLabel(self)
        self._total.setObjectName("selectedSize")
        layout.addWidget(self._total)
        self._sizes_note = QLabel(self)
        self._sizes_note.setObjectName("sizesNote")
        self._sizes_note.setWordWrap(True)
        self._sizes_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._sizes_note.hide()
        layout.addWidget(self._sizes_note)
        self.add_note(layout)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Choose Replication VHDs"))
        self.setSubTitle(self.tr("Choose the virtual hard disks to replicate."))
        self._intro.setText(
            self.tr(
                "Clear the check box of a disk that need not be replicated, for example a disk that holds "
                "only the page file. A disk that is not replicated is missing on the Replica after a failover."
            )
        )
        self._tree.setHeaderLabels([self.tr("Virtual hard disk"), self.tr("Size"), self.tr("Used")])
        self._show_total()
        self._show_sizes_error()

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        if self.owner.draft.disks is None and not self.owner.offline:
            self._load()
        self.revalidate()

    @asyncSlot()  # type: ignore[untyped-decorator]
    async def _load(self) -> None:
        if not alive(self):
            return  # the wizard closed before this task got to run
        try:
            disks = await read_disks(self.owner, self.owner.vm.host)
        except HvError as err:
            if alive(self):
                self._error = texts.unreachable(err)
                self.revalidate()
            return
        if alive(self):
            self.apply(disks.disks, disks.sizes_error)

    def apply(self, disks: tuple[DiskInfo, ...], sizes_error: HvError | None = None) -> None:
        """Show the disks; sizes_error says why Get-VHD gave no sizes (each then shows a dash)."""
        self.owner.draft.disks = disks
        self.owner.draft.sizes_error = sizes_error
        self._error = ""
        self._tree.blockSignals(True)
        self._tree.clear()
        for disk in disks:
            # A size Get-VHD did not report is a dash, not "0 bytes".
            item = QTreeWidgetItem([disk.path, _size(disk.size), _size(disk.file_size)])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setData(0, Qt.ItemDataRole.UserRole, disk.path)
            item.setToolTip(0, disk.path)
            self._tree.addTopLevelItem(item)
        self._tree.blockSignals(False)
        self._tree.resizeColumnToContents(1)
        self._tree.resizeColumnToContents(2)
        self._show_total()
        self._show_sizes_error()
        self.revalidate()

    def _show_sizes_error(self) -> None:
        err = self.owner.draft.sizes_error
        if err is not None:
            self._sizes_note.setText(
                fill(
                    self.tr("The sizes are not known: %1 could not read the virtual hard disk files. %2"),
                    err.host,
                    texts.host_says(err),
                ).strip()
            )
        self._sizes_note.setVisible(err is not None)

    def _items(self) -> list[QTreeWidgetItem]:
        items = (self._tree.topLevelItem(i) for i in range(self._tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    def set_included(self, path: str, included: bool) -> None:
        for item in self._items():
            if item.data(0, Qt.ItemDataRole.UserRole) == path:
                item.setCheckState(0, Qt.CheckState.Checked if included else Qt.CheckState.Unchecked)

    def included(self) -> list[DiskInfo]:
        chosen = {
            item.data(0, Qt.ItemDataRole.UserRole)
            for item in self._items()
            if item.checkState(0) == Qt.CheckState.Checked
        }
        return [d for d in self.owner.draft.disks or () if d.path in chosen]

    def excluded_paths(self) -> tuple[str, ...]:
        chosen = {d.path for d in self.included()}
        return tuple(d.path for d in self.owner.draft.disks or () if d.path not in chosen)

    def _show_total(self) -> None:
        included = self.included()
        # A total over some sizes only would understate the copy: not known unless every size is.
        total = sum(d.file_size for d in included) if sizes_known(included) else 0
        self._total.setText(self.tr("Data to replicate at first: %1").replace("%1", _size(total)))

    def _on_tree_item_changed(self, _item: QTreeWidgetItem, _column: int) -> None:
        self._show_total()
        self.revalidate()

    def problem(self) -> str:
        if self._error:
            return self._error
        if self.owner.draft.disks is not None and not self.included():
            return self.tr("Choose at least one virtual hard disk to replicate.")
        return ""

    def hint(self) -> str:
        if self.owner.draft.disks is None and not self._error:
            return self.tr("Reading the virtual hard disks of %1…").replace("%1", self.owner.vm.name)
        return ""


class FrequencyPage(WizardPage):
    page_id = PageId.FREQUENCY

    def __init__(self, wizard: object) -> None:
        super().__init__(wizard)  # type: ignore[arg-type]
        self._setup_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        layout.addWidget(self._intro)
        self._combo = QComboBox(self)
        self._combo.setObjectName("frequency")
        for seconds in FREQUENCIES:
            self._combo.addItem("", seconds)
        self._combo.setCurrentIndex(FREQUENCIES.index(self.owner.default_frequency()))
        self._combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
        self.registerField("frequency", self._combo)
        row = QHBoxLayout()
        row.addWidget(self._combo)
        row.addStretch(1)
        layout.addLayout(row)
        self._explain = QLabel(self)
        self._explain.setObjectName("frequencyNote")
        self._explain.setWordWrap(True)
        layout.addWidget(self._explain)
        self.add_note(layout)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Configure Replication Frequency"))
        self.setSubTitle(self.tr("Choose how often changes are sent."))
        self._intro.setText(
            self.tr("Choose the frequency at which changes will be sent to the Replica server:")
        )
        for index, seconds in enumerate(FREQUENCIES):
            self._combo.setItemText(index, texts.frequency_name(seconds))
        self._explain.setText(self.owner.frequency_note())

    def seconds(self) -> int:
        return int(self._combo.currentData())

    def set_seconds(self, seconds: int) -> None:
        self._combo.setCurrentIndex(FREQUENCIES.index(seconds))

    def problem(self) -> str:
        return self.owner.frequency_problem(self.seconds())

    def _on_combo_current_index_changed(self, _index: int) -> None:
        self.revalidate()


class RecoveryPage(WizardPage):
    """Configure Additional Recovery Points (hourly points; VSS ones for a primary only)."""

    page_id = PageId.RECOVERY

    def __init__(self, wizard: object) -> None:
        super().__init__(wizard)  # type: ignore[arg-type]
        self._setup_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        layout.addWidget(self._intro)
        self._latest = QRadioButton(self)
        self._latest.setObjectName("latestOnly")
        self._hourly = QRadioButton(self)
        self._hourly.setObjectName("hourly")
        group = QButtonGroup(self)
        group.addButton(self._latest)
        group.addButton(self._hourly)
        self._latest.setChecked(True)
        layout.addWidget(self._latest)
        layout.addWidget(self._hourly)
        hours_row, vss_row = QHBoxLayout(), QHBoxLayout()
        hours_row.setContentsMargins(24, 0, 0, 0)
        vss_row.setContentsMargins(24, 0, 0, 0)
        self._hours_label = QLabel(self)
        self._hours = QSpinBox(self)
        self._hours.setObjectName("coverage")
        # Wider than Hyper-V's 1-24 on purpose: a wrong number gets a reason, not a silent clamp.
        self._hours.setRange(0, 99)
        self._hours.setValue(4)
        self._hours_label.setBuddy(self._hours)
        hours_row.addWidget(self._hours_label)
        hours_row.addWidget(self._hours)
        hours_row.addStretch(1)
        self._vss = QCheckBox(self)
        self._vss.setObjectName("vss")
        self._vss_hours = QSpinBox(self)
        self._vss_hours.setObjectName("vssHours")
        self._vss_hours.setRange(0, 99)
        self._vss_hours.setValue(4)
        vss_row.addWidget(self._vss)
        vss_row.addWidget(self._vss_hours)
        vss_row.addStretch(1)
        layout.addLayout(hours_row)
        layout.addLayout(vss_row)
        self._explain = QLabel(self)
        self._explain.setObjectName("recoveryNote")
        self._explain.setWordWrap(True)
        layout.addWidget(self._explain)
        for widget in (self._latest, self._hourly, self._vss):
            widget.toggled.connect(self._on_choice_toggled)
        for spin in (self._hours, self._vss_hours):
            spin.valueChanged.connect(self._on_spin_value_changed)
        self.registerField("hourly", self._hourly)
        self.registerField("recovery_hours", self._hours)
        self.registerField("vss", self._vss)
        self.registerField("vss_hours", self._vss_hours)
        self.add_note(layout)
        # Pre-filled once, here: going Back and forward again keeps what the user changed (cleanupPage).
        self.set_values(*self.owner.default_recovery())
        self._update_enabled()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Configure Additional Recovery Points"))
        self.setSubTitle(self.tr("Choose which points in time you can fail over to."))
        self._intro.setText(
            self.tr(
                "The Replica keeps the latest recovery point. It can keep older points as well, so that "
                "you can go back to a time before a problem started."
            )
        )
        self._latest.setText(self.tr("&Maintain only the latest recovery point"))
        self._hourly.setText(self.tr("Create additional &hourly recovery points"))
        self._hours_label.setText(self.tr("Coverage provided by additional recovery points (in hours):"))
        self._vss.setText(self.tr("&Volume Shadow Copy Service (VSS) snapshot frequency (in hours):"))
        self._explain.setText(self.owner.recovery_note())
        self._vss.setVisible(self.owner.offers_vss())
        self._vss_hours.setVisible(self.owner.offers_vss())

    def _update_enabled(self) -> None:
        hourly = self._hourly.isChecked()
        self._hours.setEnabled(hourly)
        self._hours_label.setEnabled(hourly)
        self._vss.setEnabled(hourly)
        self._vss_hours.setEnabled(hourly and self._vss.isChecked())

    def set_values(self, hours: int, vss_hours: int = 0) -> None:
        (self._hourly if hours else self._latest).setChecked(True)
        if hours:
            self._hours.setValue(hours)
        self._vss.setChecked(bool(vss_hours))
        if vss_hours:
            self._vss_hours.setValue(vss_hours)

    def recovery_history(self) -> int:
        return self._hours.value() if self._hourly.isChecked() else 0

    def vss_hours(self) -> int:
        if not (self._hourly.isChecked() and self._vss.isChecked() and self.owner.offers_vss()):
            return 0
        return self._vss_hours.value()

    def problem(self) -> str:
        if not self._hourly.isChecked():
            return ""
        hours = self._hours.value()
        if not 1 <= hours <= 24:
            return self.tr(
                "Hyper-V keeps additional recovery points for 1 to 24 hours. Enter a number in that range."
            )
        if self._vss.isChecked() and self.owner.offers_vss():
            vss = self._vss_hours.value()
            if not 1 <= vss <= 12:
                return self.tr("Application-consistent (VSS) points can be created every 1 to 12 hours.")
            if vss > hours:
                return self.tr(
                    "Application-consistent (VSS) points must fall within the time the recovery points "
                    "cover. Choose a VSS frequency of at most %n hour(s).",
                    "",
                    hours,
                )
        return ""

    def _on_choice_toggled(self, _checked: bool) -> None:
        self._update_enabled()
        self.revalidate()

    def _on_spin_value_changed(self, _value: int) -> None:
        self.revalidate()
