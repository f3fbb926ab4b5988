"""The recovery-point choice of the Failover and Test Failover dialogs (reference 6.4).

"Latest Recovery Point" first, as Hyper-V Manager has it, then the hourly and application-consistent
points, newest first, each with its time and kind, and what choosing it means for data loss.
"""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from hvgui.hyperv.enums import SnapshotType
from hvgui.hyperv.errors import HvError
from hvgui.hyperv.model import RecoveryPoint
from hvgui.services.workflows.reads import Session, read_recovery_points
from hvgui.ui import error_texts
from hvgui.ui import format as fmt
from hvgui.ui.dialogs.common_widgets import fill

_KIND = {
    SnapshotType.Replica: QT_TRANSLATE_NOOP("RecoveryPointPicker", "standard (crash-consistent)"),
    SnapshotType.AppConsistentReplica: QT_TRANSLATE_NOOP("RecoveryPointPicker", "application-consistent"),
    SnapshotType.SyncedReplica: QT_TRANSLATE_NOOP("RecoveryPointPicker", "planned failover (complete)"),
}


def kind_text(kind: SnapshotType) -> str:
    text = _KIND.get(kind)
    return QCoreApplication.translate("RecoveryPointPicker", str(text)) if text else kind.name


class RecoveryPointPicker(QWidget):
    """A combo box of the replica's recovery points, loaded from the host."""

    changed = Signal()
    """The choice or the list changed."""

    def __init__(self, parent: QWidget | None = None, *, explain_loss: bool = True) -> None:
        super().__init__(parent)
        self._explain_loss = explain_loss
        self.points: list[RecoveryPoint] = []
        self.loading = True
        self.load_error = ""
        self.last_replication: datetime | None = None
        self._setup_ui()
        self.retranslate_ui()

    def _setup_ui(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self._label = QLabel()
        self.combo = QComboBox()
        self.combo.setObjectName("recovery_point")
        self.combo.setMinimumContentsLength(40)
        self.combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
        self._label.setBuddy(self.combo)
        form.addRow(self._label, self.combo)
        self.loss = QLabel()
        self.loss.setObjectName("data_loss")
        self.loss.setWordWrap(True)
        form.addRow(self.loss)

    def retranslate_ui(self) -> None:
        self._label.setText(self.tr("&Recovery point:"))
        self._fill()

    async def load(self, session: Session, vm_id: UUID) -> None:
        self.loading, self.load_error = True, ""
        self._fill()
        try:
            points = await read_recovery_points(session, vm_id)
        except HvError as err:
            self.load_error = error_texts.explanation(error_texts.root_cause(err))
            points = []
        self.points = sorted(points, key=lambda p: p.created or datetime.min, reverse=True)
        self.loading = False
        self._fill()

    def _fill(self) -> None:
        chosen = self.point_id
        self.combo.blockSignals(True)
        self.combo.clear()
        if self.loading:
            self.combo.addItem(self.tr("Loading recovery points…"), None)
        else:
            self.combo.addItem(self.tr("Latest Recovery Point"), None)
            for point in self.points:
                self.combo.addItem(f"{fmt.when(point.created)} ({kind_text(point.kind)})", str(point.id))
            index = self.combo.findData(str(chosen)) if chosen else 0
            self.combo.setCurrentIndex(max(index, 0))
        self.combo.setEnabled(not self.loading)
        self.combo.blockSignals(False)
        self._update_loss()
        self.changed.emit()

    @property
    def point_id(self) -> UUID | None:
        data = self.combo.currentData() if hasattr(self, "combo") else None
        return UUID(data) if data else None

    @property
    def point(self) -> RecoveryPoint | None:
        return next((p for p in self.points if p.id == self.point_id), None)

    def choose(self, point_id: UUID | None) -> None:
        index = self.combo.findData(str(point_id)) if point_id else 0
        self.combo.setCurrentIndex(max(index, 0))

    def _update_loss(self) -> None:
        point = self.point
        if self.load_error:
            text = fill(self.tr("The recovery points could not be read: %1"), self.load_error)
        elif self.loading:
            text = ""
        elif point is None and self.last_replication is not None:
            text = fill(
                self.tr(
                    "The latest recovery point holds what arrived up to %1. Changes made on the primary "
                    "virtual machine after that are lost."
                ),
                fmt.when(self.last_replication),
            )
        elif point is None:
            text = self.tr("Changes made on the primary virtual machine after the last replication are lost.")
        else:
            text = fill(
                self.tr("Changes made after %1 are lost, including those in newer recovery points."),
                fmt.when(point.created),
            )
        if not self._explain_loss and not self.load_error:
            text = ""  # a test failover loses nothing
        self.loss.setText(text)
        self.loss.setVisible(bool(text))

    def _on_combo_current_index_changed(self, index: int) -> None:
        self._update_loss()
        self.changed.emit()
