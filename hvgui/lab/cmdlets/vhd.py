"""Get-VHD and the Microsoft.Vhd.PowerShell.VirtualHardDisk objects it writes.

Sizes belong to the VHD file, not to the VM's drive: Get-VMHardDiskDrive has none, Get-VHD has them.
As on Windows, -VMId reads every drive of the VM that has a path, -Path reads each file, and a piped
HardDiskDrive binds its Path by property name (Path is the default set). A file that cannot be read is
a non-terminating error for that file; the others are still written.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import replace
from typing import Any
from uuid import UUID

from hvgui.lab.binder import BoundCall
from hvgui.lab.cmdlets.common import as_list
from hvgui.lab.context import Context
from hvgui.lab.enums import (
    ErrorCategory,
    VhdFormat,
    VhdType,
    VirtualHardDiskPmemAddressAbstractionType,
    VMState,
)
from hvgui.lab.model import LabHost, LabVM, VirtualDisk
from hvgui.lab.records import LabError, LabObject, UInt32, UInt64
from hvgui.lab.runtime import cmdlet

# Microsoft.Vhd.PowerShell.VirtualHardDisk derives from nothing but System.Object, and has no ToString.
VHD_TYPES = ("Microsoft.Vhd.PowerShell.VirtualHardDisk", "System.Object")
_BLOCK_SIZE = 32 * 1024 * 1024  # a dynamic VHDX's default block size
_OPEN = (VMState.Running, VMState.Paused)  # the worker process holds the file open


@cmdlet("Get-VHD")
def get_vhd(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    ctx.check_computer_name(call.get("ComputerName"))
    if call.parameter_set == "VMId":
        return [vhd_object(ctx.host, vm, disk) for vm in _vms(ctx, call) for disk in vm.disks if disk.path]
    if call.parameter_set == "Disk":
        # The lab mounts no VHDs in the management OS, so no disk number belongs to one.
        # UNCERTAIN: the exact text Windows gives; the category and error id follow the Path case.
        number = call.get("DiskNumber")
        raise ctx.error(
            f"Getting the mounted storage instance for disk number {number} failed. No virtual hard disk "
            "is mounted with that disk number.",
            ErrorCategory.ObjectNotFound,
            "ObjectNotFound",
        )
    out: list[LabObject] = []
    for path in as_list(call.get("Path")):
        found = _disk_at(ctx.host, str(path))
        if found is None:
            ctx.write_error(_not_found(ctx, str(path)))
            continue
        out.append(vhd_object(ctx.host, *found))
    return out


def _vms(ctx: Context, call: BoundCall) -> list[LabVM]:
    vms: list[LabVM] = []
    for vm_id in as_list(call.get("VMId")):
        try:
            vms.append(ctx.vm_by_id(UUID(str(vm_id))))
        except LabError as err:  # reported per id; the other VMs are still read
            ctx.write_error(err)
    return vms


def _disk_at(host: LabHost, path: str) -> tuple[LabVM, VirtualDisk] | None:
    wanted = path.strip().lower()
    for vm in host.vms.values():
        for disk in vm.disks:
            if disk.path.lower() == wanted:
                return vm, disk
    return None


def _not_found(ctx: Context, path: str) -> LabError:
    # As Windows reports a missing file: the image management service's text, and no target
    # (CategoryInfo "ObjectNotFound: (:) [Get-VHD], VirtualizationException").
    err = ctx.error(
        f"Getting the mounted storage instance for the path '{path}' failed.\n"
        "The operation failed because the file was not found.",
        ErrorCategory.ObjectNotFound,
        "ObjectNotFound",
    )
    return LabError(replace(err.record, target_type=""))


def vhd_format(disk: VirtualDisk) -> VhdFormat:
    name = disk.path.lower()
    if name.endswith((".vhdx", ".avhdx")):
        return VhdFormat.VHDX
    if name.endswith((".vhd", ".avhd")):
        return VhdFormat.VHD
    if name.endswith(".vhds"):
        return VhdFormat.VHDSet
    return VhdFormat.Unknown


def vhd_object(host: LabHost, vm: LabVM, disk: VirtualDisk) -> LabObject:
    """Get-VHD's object for a lab disk: a dynamic disk whose one partition fills it."""
    differencing = disk.path.lower().endswith((".avhdx", ".avhd"))
    props: dict[str, Any] = {
        "ComputerName": host.name,
        "Path": disk.path,
        "VhdFormat": vhd_format(disk),
        "VhdType": VhdType.Differencing if differencing else VhdType.Dynamic,
        "FileSize": UInt64(disk.file_bytes),
        "Size": UInt64(disk.size_bytes),
        "MinimumSize": UInt64(disk.size_bytes),
        "LogicalSectorSize": UInt32(512),
        "PhysicalSectorSize": UInt32(4096),
        "BlockSize": UInt32(_BLOCK_SIZE),
        "ParentPath": None,
        "DiskIdentifier": str(uuid.uuid5(vm.id, disk.path.lower())).upper(),
        "FragmentationPercentage": UInt32(0),
        "Alignment": UInt32(1),
        "Attached": vm.state in _OPEN,
        "DiskNumber": None,
        "IsPMEMCompatible": False,
        "AddressAbstractionType": VirtualHardDiskPmemAddressAbstractionType.None_,
        # An alias of DiskNumber the module's type data adds; Format-List shows it last.
        "Number": None,
    }
    return LabObject(list(VHD_TYPES), props, VHD_TYPES[0], ref=(vm, disk))
