"""Start, shut down and turn off a VM (reference 4.7), with the replication rules Hyper-V applies:
a replica starts only after a failover, a primary prepared for planned failover not at all."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from hvgui.hyperv.commands import SWITCH, Value
from hvgui.hyperv.enums import VMState
from hvgui.hyperv.rules import Action, vm_items
from hvgui.services.workflows.base import Step, StepStatus, VMTarget, Workflow, expect
from hvgui.services.workflows.common import fail, on_vm
from hvgui.services.workflows.reads import blocked, require_vm


class PowerAction(Enum):
    START = "start"
    SHUT_DOWN = "shut_down"  # graceful, through the guest's shutdown integration service
    TURN_OFF = "turn_off"  # power cut: the guest loses what it has not written


_RULE = {
    PowerAction.START: Action.START,
    PowerAction.SHUT_DOWN: Action.SHUT_DOWN,
    PowerAction.TURN_OFF: Action.TURN_OFF,
}
_VERB = {PowerAction.START: "Start", PowerAction.SHUT_DOWN: "Shut down", PowerAction.TURN_OFF: "Turn off"}


@dataclass(frozen=True, kw_only=True)
class PowerRequest(VMTarget):
    host: str
    action: PowerAction


class Power(Workflow[PowerRequest, None]):
    kind = "power"
    title = "Start or stop a VM"

    @property
    def hosts(self) -> tuple[str, ...]:
        return (self.request.host,)

    def describe(self) -> str:
        q = self.request
        return f"{_VERB[q.action]} {q.vm_name} on {q.host}"

    def _build_steps(self) -> list[Step]:
        q = self.request
        params: dict[str, Value] = {"TurnOff": SWITCH} if q.action is PowerAction.TURN_OFF else {}
        cmdlet = "Start-VM" if q.action is PowerAction.START else "Stop-VM"
        state = VMState.Running if q.action is PowerAction.START else VMState.Off
        return [
            Step(
                q.action.value,
                self.describe(),
                q.host,
                (on_vm(q.vm_id, cmdlet, **params),),
                expect=(expect(q.host, power=state),),
            )
        ]

    async def _check(self) -> None:
        q = self.request
        vm = await require_vm(self.session(q.host), q.vm_id, q.vm_name)
        reason = blocked(vm_items(vm), _RULE[q.action])
        if reason:
            # One sentence per action: the verb in front of the name would not translate on its own.
            if q.action is PowerAction.START:
                raise fail(q.host, "start_not_possible", "Start %1 is not possible: %2.", q.vm_name, reason)
            if q.action is PowerAction.SHUT_DOWN:
                raise fail(
                    q.host, "shut_down_not_possible", "Shut down %1 is not possible: %2.", q.vm_name, reason
                )
            raise fail(q.host, "turn_off_not_possible", "Turn off %1 is not possible: %2.", q.vm_name, reason)

    def _advice(self, step: Step, status: StepStatus) -> str:
        q = self.request
        if q.action is PowerAction.SHUT_DOWN and status is StepStatus.FAILED:
            return "Shut the guest down from inside, or turn the VM off."
        return f"Refresh {q.host} to see the VM's state, then try again if needed."

    def _result(self) -> None:
        return None
