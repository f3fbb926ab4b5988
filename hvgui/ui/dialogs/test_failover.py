"""Test Failover… on a replica (reference 5.5): a recovery point, the test VM it creates, its network.

The test VM "<name> - Test" is a copy that replication does not touch; it is connected only to the
switch set as the network adapter's Test Failover switch on the replica, or to nothing, so that it
cannot clash with the production VM on the network.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from hvgui.hyperv.commands import Cmd, by_id, select
from hvgui.hyperv.errors import HvError
from hvgui.hyperv.model import ReplicationInfo, VMInfo
from hvgui.hyperv.rules import Action, replication_items
from hvgui.services.workflows import Step, StepStatus, TestFailover, TestFailoverRequest
from hvgui.services.workflows.reads import read_relations, read_vm, simple
from hvgui.ui import labels
from hvgui.ui.dialogs.common import DialogContext, OperationDialog, run_states, screenshot_states
from hvgui.ui.dialogs.common_widgets import fill, hint_label
from hvgui.ui.dialogs.recovery_points import RecoveryPointPicker

__all__ = ["TestFailoverDialog", "screenshot_states"]


class TestFailoverDialog(OperationDialog):
    __test__ = False  # not a pytest test class

    def __init__(
        self, parent: QWidget | None, ctx: DialogContext, vm: VMInfo, relations: Sequence[ReplicationInfo]
    ) -> None:
        super().__init__(parent, ctx)
        self._vm = vm
        self._relations = list(relations)
        self.switches: list[str] | None = None  # per network adapter: its Test Failover switch ("" = none)
        self._setup_ui()
        self.retranslate_ui()
        self._spawn(self._load())

    @property
    def test_vm_name(self) -> str:
        return f"{self._vm.name} - Test"

    def _build_form(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self._intro = hint_label("intro")
        layout.addWidget(self._intro)
        self.picker = RecoveryPointPicker(explain_loss=False)
        main = simple(self._relations)
        self.picker.last_replication = main.last_replication if main else None
        self.picker.changed.connect(self._revalidate)
        layout.addWidget(self.picker)
        form = QFormLayout()
        self._name_label = QLabel()
        self.name_value = QLabel()
        self.name_value.setObjectName("hostText_test_vm")  # a name, the same in every language
        form.addRow(self._name_label, self.name_value)
        self._network_label = QLabel()
        self.network_value = QLabel()
        self.network_value.setObjectName("network")
        self.network_value.setWordWrap(True)
        form.addRow(self._network_label, self.network_value)
        layout.addLayout(form)
        self.start_box = QCheckBox()
        self.start_box.toggled.connect(self._revalidate)
        layout.addWidget(self.start_box)
        layout.addStretch(1)
        return page

    def retranslate_ui(self) -> None:
        vm, host = self._vm.name, self._vm.host
        self.setWindowTitle(fill(self.tr("Test Failover for %1"), vm))
        self._header.setText(fill(self.tr("Test failover of %1 on %2"), vm, host))
        self._intro.setText(
            self.tr(
                "A test failover creates a separate test virtual machine from a recovery point, so you can "
                "check that the Replica would work. Replication goes on during the test, and the production "
                "virtual machine is not affected. Stop the test failover when you are done: that deletes "
                "the test virtual machine."
            )
        )
        self._name_label.setText(self.tr("Test virtual machine:"))
        self.name_value.setText(self.test_vm_name)
        self._network_label.setText(self.tr("Network:"))
        self.start_box.setText(self.tr("&Start the test virtual machine"))
        self._show_network()
        super().retranslate_ui()

    def _show_network(self) -> None:
        if self.switches is None:
            text = self.tr("Reading the network settings…")
        elif any(self.switches):
            names = ", ".join(dict.fromkeys(s for s in self.switches if s))
            text = fill(
                self.tr("Connected to the test switch %1 (the adapters' Test Failover setting)."), names
            )
        else:
            text = self.tr(
                "Not connected to any network: no Test Failover switch is set for its network adapters "
                "on this host. That keeps the test away from the production network."
            )
        self.network_value.setText(text)

    async def _load(self) -> None:
        session = self._ctx.session(self._vm.host)
        if session is None:
            self.picker.loading = False
            self.picker.retranslate_ui()
            return
        await self.picker.load(session, self._vm.id)
        try:
            # The inventory does not carry the test VM; whether a test already runs is read now.
            vm = await read_vm(session, self._vm.id)
            if vm is not None:
                self._vm, self._relations = vm, await read_relations(session, vm)
            (rows,) = await session.run(
                by_id(self._vm.id, Cmd.of("Get-VMNetworkAdapter"), select("Name", "TestReplicaSwitchName"))
            )
            self.switches = [str(r.props.get("TestReplicaSwitchName") or "") for r in rows]
        except HvError:
            self.switches = self.switches or []
        self._show_network()
        self._revalidate()

    def problem(self) -> str:
        if self._ctx.session(self._vm.host) is None:
            return fill(self.tr("hvgui is not connected to %1."), self._vm.host)
        if self.picker.loading or self.switches is None:
            return self.tr("Loading recovery points…")
        items = replication_items(self._vm, self._relations)
        if any(i.action is Action.STOP_TEST_FAILOVER for i in items):
            return self.tr("A test failover is already running. Stop it first (one at a time).")
        item = next((i for i in items if i.action is Action.TEST_FAILOVER), None)
        if item is None:
            return self.tr("Only a Replica virtual machine can be tested.")
        if not item.enabled and item.reason is not None:
            return labels.reason(item.reason)
        return ""

    def _action_text(self) -> str:
        return self.tr("&Test Failover")

    def _consequences(self) -> str:
        return fill(
            self.tr(
                "The test virtual machine “%1” is created on %2. It uses disk space there until you stop the test."
            ),
            self.test_vm_name,
            self._vm.host,
        )

    def make_workflow(self) -> TestFailover:
        point = self.picker.point
        request = TestFailoverRequest(
            vm_id=self._vm.id,
            vm_name=self._vm.name,
            replica_host=self._vm.host,
            recovery_point_id=point.id if point else None,
            recovery_point_name=point.name if point else "",
            start_test_vm=self.start_box.isChecked(),
        )
        return TestFailover(request, self._ctx.sessions(self._vm.host))

    def step_title(self, step: Step) -> str:
        if step.key == "create":
            which = (
                self.picker.combo.currentText() if self.picker.point else self.tr("the latest recovery point")
            )
            return fill(self.tr("Create the test virtual machine “%1” from %2"), self.test_vm_name, which)
        return fill(self.tr("Start the test virtual machine “%1”"), self.test_vm_name)

    def advice(self, step: Step, status: StepStatus) -> str:
        if step.key == "create" and status is StepStatus.FAILED:
            return fill(self.tr("Nothing has changed on %1. Fix the cause and try again."), self._vm.host)
        return fill(
            self.tr("Refresh %1. If “%2” exists, use it or stop the test failover (Stop Test Failover)."),
            self._vm.host,
            self.test_vm_name,
        )

    def success(self, result: object) -> tuple[str, str]:
        return fill(self.tr("The test virtual machine “%1” was created."), self.test_vm_name), self.tr(
            "When you have finished testing, use Stop Test Failover on the Replica virtual machine."
        )

    @property
    def ready(self) -> bool:
        return not self.picker.loading and self.switches is not None

    def screenshot_states(self) -> Iterator[tuple[str, QWidget]]:
        self.picker.loading = False
        self.picker.retranslate_ui()
        if self.switches is None:
            self.switches = [""]
            self._show_network()
        yield from run_states(self)
