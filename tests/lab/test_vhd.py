"""Get-VHD: the VHD file's sizes, which Get-VMHardDiskDrive does not have on a real host."""

from __future__ import annotations

from uuid import UUID

from hvgui.lab.enums import VhdFormat, VhdType
from hvgui.lab.model import GIB
from hvgui.lab.records import UInt32, UInt64
from tests.lab.conftest import SQL_ID, Shell, cmd

OS_DISK = "C:\\VMs\\SQL01\\os.vhdx"
VHD_PROPERTIES = [
    "ComputerName",
    "Path",
    "VhdFormat",
    "VhdType",
    "FileSize",
    "Size",
    "MinimumSize",
    "LogicalSectorSize",
    "PhysicalSectorSize",
    "BlockSize",
    "ParentPath",
    "DiskIdentifier",
    "FragmentationPercentage",
    "Alignment",
    "Attached",
    "DiskNumber",
    "IsPMEMCompatible",
    "AddressAbstractionType",
    "Number",
]


def test_the_drive_has_no_sizes_as_on_a_real_host(a: Shell) -> None:
    (drive,) = a.ok(cmd("Get-VMHardDiskDrive", VMName="SQL01"))
    assert "Size" not in drive.properties and "FileSize" not in drive.properties


def test_by_vm_id_lists_every_disk_of_the_vm(a: Shell) -> None:
    (vhd,) = a.ok(cmd("Get-VHD", VMId=str(SQL_ID)))
    assert vhd.type_names == ["Microsoft.Vhd.PowerShell.VirtualHardDisk", "System.Object"]
    assert list(vhd.properties) == VHD_PROPERTIES
    p = vhd.properties
    assert (p["ComputerName"], p["Path"]) == ("HV-A", OS_DISK)
    assert p["Size"] == 100 * GIB and isinstance(p["Size"], UInt64)
    assert p["FileSize"] == 20 * GIB and isinstance(p["FileSize"], UInt64)
    assert isinstance(p["BlockSize"], UInt32)
    assert (p["VhdFormat"], p["VhdType"]) == (VhdFormat.VHDX, VhdType.Dynamic)
    assert p["Attached"] is True  # SQL01 runs


def test_vm_id_binds_positionally_as_a_guid_and_by_its_alias(a: Shell) -> None:
    (by_alias,) = a.ok(cmd("Get-VHD", Id=str(SQL_ID)))
    (positional,) = a.ok(cmd("Get-VHD", SQL_ID))  # a Guid, not a string: the VMId set
    assert by_alias.properties["Path"] == positional.properties["Path"] == OS_DISK


def test_an_unknown_vm_id_is_reported_and_the_others_are_still_read(a: Shell) -> None:
    result = a.run(cmd("Get-VHD", VMId=[str(UUID(int=9)), str(SQL_ID)]))
    assert [o.properties["Path"] for o in result.output] == [OS_DISK]
    (error,) = result.errors
    assert error.fq_error_id == "InvalidParameter,Microsoft.Vhd.PowerShell.Cmdlets.GetVHD"


def test_by_path_reads_one_file_case_insensitively(a: Shell) -> None:
    (vhd,) = a.ok(cmd("Get-VHD", Path=OS_DISK.upper()))
    assert vhd.properties["Path"] == OS_DISK
    (positional,) = a.ok(cmd("Get-VHD", OS_DISK))
    (by_alias,) = a.ok(cmd("Get-VHD", FullName=OS_DISK))
    assert positional.properties == by_alias.properties == vhd.properties


def test_a_path_that_does_not_exist_fails_as_on_windows(a: Shell) -> None:
    result = a.run(cmd("Get-VHD", Path=["C:\\nope.vhdx", "C:\\w.vhdx"]))
    assert [o.properties["Path"] for o in result.output] == ["C:\\w.vhdx"]
    assert result.failure is None
    (error,) = result.errors
    assert error.fq_error_id == "ObjectNotFound,Microsoft.Vhd.PowerShell.Cmdlets.GetVHD"
    assert error.category.name == "ObjectNotFound"
    assert "C:\\nope.vhdx" in error.message and "not found" in error.message
    assert error.activity == "Get-VHD"


def test_error_action_stop_makes_the_missing_file_terminating(a: Shell) -> None:
    result = a.run(cmd("Get-VHD", Path="C:\\nope.vhdx", ErrorAction="Stop"))
    assert result.failure is not None and result.failure.fq_error_id.startswith("ObjectNotFound,")


def test_by_disk_number_finds_nothing_mounted(a: Shell) -> None:
    assert a.fails(cmd("Get-VHD", DiskNumber=6)) == "ObjectNotFound,Microsoft.Vhd.PowerShell.Cmdlets.GetVHD"
    assert a.fails(cmd("Get-VHD", Number=6)).startswith("ObjectNotFound,")


def test_piped_hard_disk_drives_bind_their_path(a: Shell) -> None:
    vhds = a.ok(cmd("Get-VM"), cmd("Get-VMHardDiskDrive"), cmd("Get-VHD"))
    assert [v.properties["Path"] for v in vhds] == [OS_DISK, "C:\\w.vhdx"]
    assert vhds[1].properties["Attached"] is False  # Web is off


def test_piped_vm_ids_bind_by_property_name(a: Shell) -> None:
    vhds = a.ok(cmd("Get-VM", Name="SQL01"), cmd("Select-Object", Property="VMId"), cmd("Get-VHD"))
    assert [v.properties["Path"] for v in vhds] == [OS_DISK]


def test_the_sets_exclude_each_other_and_one_is_needed(a: Shell) -> None:
    assert a.fails(cmd("Get-VHD", Path=OS_DISK, VMId=str(SQL_ID))).startswith("AmbiguousParameterSet,")
    assert a.fails(cmd("Get-VHD")) == "MissingMandatoryParameter,Microsoft.Vhd.PowerShell.Cmdlets.GetVHD"


def test_another_computer_is_refused(a: Shell) -> None:
    assert a.fails(cmd("Get-VHD", Path=OS_DISK, ComputerName="HV-B")).startswith("AccessDenied,")
