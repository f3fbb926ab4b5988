"""Target resolution shared by the cmdlets: which VMs a bound call means on this host."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hvgui.lab.binder import BoundCall
from hvgui.lab.context import Context
from hvgui.lab.enums import VMReplicationMode, VMReplicationRelationshipType
from hvgui.lab.model import LabVM, ReplicationSide
from hvgui.lab.records import LabError, LabObject


def target_vms(ctx: Context, call: BoundCall, name_param: str = "VMName") -> list[LabVM]:
    ctx.check_computer_name(call.get("ComputerName"))
    if call.has("VM"):
        return [ctx.vm_from_object(o) for o in _as_list(call.get("VM"))]
    if call.has("VMReplication"):
        return [ctx.vm_from_object(_vm_carrier(o)) for o in _as_list(call.get("VMReplication"))]
    if call.has(name_param):
        return ctx.vms_by_name(_as_list(call.get(name_param)))
    return []


def _vm_carrier(obj: Any) -> Any:
    """A VMReplication object refers to (vm, side); present its VM for vm_from_object."""
    if isinstance(obj, LabObject) and isinstance(obj.ref, tuple):
        return LabObject(obj.type_names, obj.properties, obj.to_string, ref=obj.ref[0])
    return obj


def requested_side(ctx: Context, call: BoundCall, vm: LabVM) -> ReplicationSide:
    """The relationship a call acts on: -ReplicationRelationshipType, a piped VMReplication, or the VM's main one."""
    rel = call.get("ReplicationRelationshipType")
    for obj in _as_list(call.get("VMReplication")):
        if isinstance(obj, LabObject) and isinstance(obj.ref, tuple) and obj.ref[0] is vm:
            side: ReplicationSide = obj.ref[1]
            if side in vm.sides():
                return side
    if rel is not None:
        found = vm.side(VMReplicationRelationshipType(int(rel)))
        if found is None:
            raise ctx.not_applicable(vm, "None")
        return found
    if vm.relation is None:
        raise ctx.not_applicable(vm, "TestReplica" if vm.mode is VMReplicationMode.TestReplica else "None")
    return vm.relation


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def as_list(value: Any) -> list[Any]:
    return _as_list(value)


def each_vm(
    ctx: Context, vms: list[LabVM], action: Callable[[LabVM], list[LabObject] | None]
) -> list[LabObject]:
    """Run action per VM; a VM's non-terminating error is recorded and the next VM still runs."""
    out: list[LabObject] = []
    for vm in vms:
        try:
            out.extend(action(vm) or [])
        except LabError as err:
            if err.terminating:
                raise
            ctx.write_error(err)
    return out
