"""What a cmdlet implementation works with: the lab, its host, and Hyper-V-shaped errors."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from uuid import UUID

from hvgui.lab.enums import ErrorCategory, VMReplicationState, VMState
from hvgui.lab.model import LabHost, LabVM
from hvgui.lab.records import ErrorRecord, LabError, LabObject, command_type

if TYPE_CHECKING:
    from datetime import datetime

    from hvgui.lab.runtime import Lab

# The one user-visible text of OperationFailed_InvalidReplicationState the reference has [KB].
INVALID_REPLICATION_STATE = (
    "Could not change the replication state. "
    "Virtual machine is not in a valid replication state to perform the operation."
)


@dataclass
class Context:
    lab: Lab
    host: LabHost
    cmdlet: str
    errors: list[ErrorRecord] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def now(self) -> datetime:
        return self.lab.now

    @property
    def command_type(self) -> str:
        """The cmdlet's .NET class, as the FullyQualifiedErrorId names it."""
        return command_type(self.cmdlet)

    def error(
        self,
        message: str,
        category: ErrorCategory,
        code: str,
        target: Any = "",
        *,
        terminating: bool = False,
    ) -> LabError:
        """Build (not raise) a Hyper-V error. code is the FullyQualifiedErrorId's first part."""
        target_name = getattr(target, "name", target)
        record = ErrorRecord(
            message=message,
            category=category,
            fq_error_id=f"{code},{self.command_type}",
            target_name=str(target_name),
            target_type=_target_type(target),
            activity=self.cmdlet,
        )
        return LabError(record, terminating=terminating)

    def write_error(self, err: LabError) -> None:
        self.errors.append(err.record)

    # Frequent Hyper-V errors --------------------------------------------------------------

    def invalid_replication_state(self, vm: LabVM) -> LabError:
        return self.error(INVALID_REPLICATION_STATE, ErrorCategory.InvalidOperation, "InvalidState", vm)

    def invalid_vm_state(self, vm: LabVM, needed: VMState = VMState.Off) -> LabError:
        # UNCERTAIN: exact resource text of OperationFailed_InvalidState; this follows Hyper-V's style.
        message = (
            f"The operation cannot be performed while the virtual machine '{vm.name}' is in its current "
            f"state ({vm.state.name}). The virtual machine must be in the {needed.name} state."
        )
        return self.error(message, ErrorCategory.InvalidOperation, "InvalidState", vm)

    def not_applicable(self, vm: LabVM, role: str) -> LabError:
        # VMReplication_ActionNotApplicableOn<role>; exact texts are a known gap of the reference.
        texts = {
            "Primary": f"The operation is not applicable on the primary virtual machine '{vm.name}'.",
            "Replica": f"The operation is not applicable on the Replica virtual machine '{vm.name}'.",
            "TestReplica": f"The operation is not applicable on the test virtual machine '{vm.name}'.",
            "ExtendedReplica": (
                f"The operation is not applicable on the extended Replica virtual machine '{vm.name}'."
            ),
            "None": f"Replication is not enabled for virtual machine '{vm.name}'.",
        }
        return self.error(texts[role], ErrorCategory.InvalidOperation, "InvalidOperation", vm)

    def argument_error(self, message: str, target: Any = "") -> LabError:
        return self.error(message, ErrorCategory.InvalidArgument, "InvalidParameter", target)

    # Resolving the VMs a command targets ---------------------------------------------------

    def vm_by_id(self, vm_id: UUID) -> LabVM:
        vm = self.host.vms.get(vm_id)
        if vm is None:
            raise self.error(
                f'Hyper-V was unable to find a virtual machine with id "{vm_id}".',
                ErrorCategory.InvalidArgument,
                "InvalidParameter",
                str(vm_id),
            )
        return vm

    def vms_by_name(self, names: Iterable[str]) -> list[LabVM]:
        """Like -VMName: wildcards match zero or more; a plain name that matches nothing is an error."""
        found: list[LabVM] = []
        for name in names:
            if has_wildcards(name):
                pattern = wildcard_regex(name)
                matches = [vm for vm in self._listed() if pattern.fullmatch(vm.name)]
            else:
                matches = [vm for vm in self._listed() if vm.name.lower() == name.lower()]
                if not matches:
                    self.write_error(
                        self.error(
                            f'Hyper-V was unable to find a virtual machine with name "{name}".',
                            ErrorCategory.InvalidArgument,
                            "InvalidParameter",
                            name,
                        )
                    )
            found.extend(vm for vm in matches if vm not in found)
        return found

    def _listed(self) -> list[LabVM]:
        return sorted(self.host.vms.values(), key=lambda vm: vm.name.lower())

    def vm_from_object(self, obj: Any) -> LabVM:
        vm = obj.ref if isinstance(obj, LabObject) else None
        if isinstance(vm, LabVM) and self.host.vms.get(vm.id) is vm:
            return vm
        raise self.error(
            "The virtual machine object does not belong to this host or no longer exists.",
            ErrorCategory.ObjectNotFound,
            "ObjectNotFound",
            getattr(obj, "to_string", obj),
        )

    def check_computer_name(self, names: list[str] | None) -> None:
        """-ComputerName: the lab answers for itself only; other hosts need their own session."""
        for name in names or []:
            if name.lower() not in ("localhost", ".", self.host.name.lower(), self.host.fqdn):
                raise self.error(
                    f"Hyper-V was unable to connect to computer '{name}' from this session: the "
                    "credentials cannot be delegated to a second computer (double hop). Open a "
                    "session to that computer instead.",
                    ErrorCategory.PermissionDenied,
                    "AccessDenied",
                    name,
                    terminating=True,
                )

    def state_is(self, vm: LabVM, *states: VMReplicationState) -> bool:
        return vm.relation is not None and vm.relation.state in states


def _target_type(target: Any) -> str:
    if isinstance(target, LabVM):
        return "VirtualMachine"
    if isinstance(target, str):
        return "String"
    return type(target).__name__ if target != "" else ""


def has_wildcards(text: str) -> bool:
    return any(c in text for c in "*?[")


def wildcard_regex(pattern: str) -> re.Pattern[str]:
    """PowerShell's WildcardPattern: * ? [set] [a-z], backtick escapes, case-insensitive."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "`" and i + 1 < len(pattern):
            out.append(re.escape(pattern[i + 1]))
            i += 2
            continue
        if c == "*":
            out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[":
            end = pattern.find("]", i + 1)
            if end == -1:
                out.append(re.escape(c))
            else:
                body = pattern[i + 1 : end].replace("\\", "\\\\").replace("^", "\\^")
                out.append(f"[{body}]")
                i = end
        else:
            out.append(re.escape(c))
        i += 1
    return re.compile("".join(out), re.IGNORECASE | re.DOTALL)
