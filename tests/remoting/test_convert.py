"""pypsrp objects -> PSData/EnumValue/ErrorInfo, built by hand to pin down each rule."""

from __future__ import annotations

import uuid
from typing import Any

from pypsrp.complex_objects import GenericComplexObject, PSThreadOptions

from hvgui.hyperv import parse
from hvgui.hyperv.enums import VMState
from hvgui.hyperv.model import EnumValue, PSData
from hvgui.remoting.convert import error_info, to_psdata, to_value


def obj(types: list[str], text: str = "", adapted: Any = None, extended: Any = None) -> GenericComplexObject:
    o = GenericComplexObject()
    o.types = types
    o.to_string = text
    o.adapted_properties = adapted or {}
    o.extended_properties = extended or {}
    return o


def enum(type_name: str, name: str, number: int) -> GenericComplexObject:
    o = obj([type_name, "System.Enum", "System.ValueType", "System.Object"], name)
    o.property_sets = [number]
    return o


def test_generic_object_becomes_psdata_with_merged_properties() -> None:
    vm_id = uuid.uuid4()
    o = obj(
        ["Deserialized.Microsoft.HyperV.PowerShell.VirtualMachine", "Deserialized.System.Object"],
        "VirtualMachine (Name = 'SQL01')",
        adapted={
            "Name": "SQL01",
            "Id": vm_id,
            "State": enum("Microsoft.HyperV.PowerShell.VMState", "Off", 3),
        },
        extended={"Uptime": "PT5H3M", "Name": "note wins"},
    )
    data = to_psdata(o)
    assert data.type_names == ("Microsoft.HyperV.PowerShell.VirtualMachine", "System.Object")
    assert data.text == "VirtualMachine (Name = 'SQL01')"
    assert data.props["Id"] == vm_id
    assert data.props["State"] == EnumValue("Off", 3)
    assert data.props["Name"] == "note wins"
    info = parse.vm(PSData(data.type_names, {**data.props, "Name": "SQL01"}, data.text), "HV-A")
    assert info.state is VMState.Off and info.uptime.total_seconds() == 5 * 3600 + 180


def test_nested_objects_lists_and_dicts_are_converted_recursively() -> None:
    host = obj(["Microsoft.HyperV.PowerShell.VMHost", "System.Object"], "HV-A", {"Name": "HV-A"})
    o = obj(
        ["Thing", "System.Object"],
        adapted={
            "Host": host,
            "Items": [host, 1, None],
            "Table": {"k": enum("X.Kind", "Two", 2), 3: "three"},
            "Flag": True,
            "Raw": b"\x00",
        },
    )
    props = to_psdata(o).props
    assert props["Host"] == PSData(
        ("Microsoft.HyperV.PowerShell.VMHost", "System.Object"), {"Name": "HV-A"}, "HV-A"
    )
    items = props["Items"]
    assert isinstance(items, list) and isinstance(items[0], PSData) and items[1:] == [1, None]
    assert props["Table"] == {"k": EnumValue("Two", 2), 3: "three"}
    assert props["Flag"] is True and props["Raw"] == b"\x00"


def test_pypsrp_enum_classes_become_enum_values() -> None:
    value = PSThreadOptions(value=PSThreadOptions.USE_NEW_THREAD)
    assert to_value(value) == EnumValue("UseNewThread", PSThreadOptions.USE_NEW_THREAD)


def test_bare_values_in_the_output_are_wrapped() -> None:
    assert to_psdata("text") == PSData(("str",), {"Value": "text"}, "text")
    u = uuid.uuid4()
    assert to_psdata(u).props == {"Value": u}
    wrapped = to_psdata(enum("X.Kind", "Two", 2))
    assert wrapped.props == {"Value": EnumValue("Two", 2)} and wrapped.text == "Two"


def test_object_without_to_string_has_empty_text() -> None:
    o = obj(["Selected.X", "System.Object"])
    o.to_string = None
    assert to_psdata(o).text == ""


class FakeRecord:
    """The attributes pypsrp's ErrorRecordMessage has."""

    def __init__(self, **values: Any) -> None:
        self._to_string = values.pop("text", None)
        self.__dict__.update(values)

    def __str__(self) -> str:
        return str(self._to_string)


def test_error_record_becomes_error_info() -> None:
    exception = obj(["System.Exception"], adapted={"Message": "exception message"})
    record = FakeRecord(
        text="The shown message.",
        exception=exception,
        fq_error="ObjectNotFound,Microsoft.HyperV.PowerShell.Commands.GetVM",
        category=13,
        target_name="SQL02",
        reason="VirtualizationException",
        message="ObjectNotFound: (SQL02:String) [Get-VM], VirtualizationException",
    )
    info = error_info(record)
    assert info.message == "The shown message."
    assert info.fq_error_id == "ObjectNotFound,Microsoft.HyperV.PowerShell.Commands.GetVM"
    assert info.error_id == "ObjectNotFound"
    assert info.category == "ObjectNotFound"
    assert info.target == "SQL02" and info.reason == "VirtualizationException"


def test_error_record_falls_back_to_the_exception_message() -> None:
    exception = obj(["System.Exception"], adapted={"Message": "exception message"})
    info = error_info(FakeRecord(exception=exception, fq_error=None, category=99, target_name=None))
    assert info.message == "exception message"
    assert info.category == "99" and info.fq_error_id == "" and info.target == ""
