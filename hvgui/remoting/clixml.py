"""A lean reader for the CLIXML of pipeline output, straight to hyperv.model values.

Why: a refresh of a host is mostly parsing (psrp-wire.md section 5), and pypsrp 0.9.1 re-serialises
every nested element back to text (it keeps each object's XML), which is more than half of its
parsing time. This reader walks the parsed tree once and builds what convert.to_value would make of
pypsrp's objects: PSData for objects, EnumValue for enums, plain values for primitives, DateTime
and TimeSpan as text, Guid as UUID.

It reads the shapes Hyper-V's output takes (objects with type names, adapted and extended
properties, enums, primitives, references) and nothing more: anything else (lists, dictionaries,
secure strings, PowerShell's own record types) raises Unsupported, and the caller lets pypsrp
parse that message as before. tests/remoting/test_clixml.py compares both readers on the lab's
output of every cmdlet hvgui uses.

The format: MS-PSRP 2.2.5 (Serialization), read from the specification, not from pypsrp.
"""

from __future__ import annotations

import base64
import functools
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import Any
from uuid import UUID

from hvgui.hyperv.model import EnumValue, PSData

_PREFIX = "Deserialized."
_ENUM_TYPE = "System.Enum"

# An object's type names decide how a client reads it: the first one it knows wins. These two are
# read as property bags (PSData); the other known ones (lists, hashtables, PowerShell's own records,
# primitives wrapped in an object) are left to pypsrp. Names are compared without "Deserialized."
# (MS-PSRP 2.2.5.2.3); the list is the set of types a PSRP client knows by name.
_BAGS = frozenset({"System.Object", "System.Management.Automation.PSObject"})
_OTHERS = frozenset(
    {
        "Selected.Microsoft.PowerShell.Commands.GenericMeasureInfo",
        "System.Array",
        "System.Collections.ArrayList",
        "System.Collections.Hashtable",
        "System.Collections.Generic.List",
        "System.Collections.Queue",
        "System.Collections.Stack",
        "System.ConsoleColor",
        "System.Globalization.CultureInfo",
        "System.Management.Automation.CommandOrigin",
        "System.Management.Automation.DebugRecord",
        "System.Management.Automation.ErrorRecord",
        "System.Management.Automation.Host.Coordinates",
        "System.Management.Automation.Host.KeyInfo",
        "System.Management.Automation.Host.Size",
        "System.Management.Automation.InformationalRecord",
        "System.Management.Automation.InformationRecord",
        "System.Management.Automation.ParameterMetadata",
        "System.Management.Automation.ProgressRecordType",
        "System.Management.Automation.PSBoundParametersDictionary",
        "System.Management.Automation.PSCredential",
        "System.Management.Automation.PSPrimitiveDictionary",
        "System.Management.Automation.PSTypeName",
        "System.Management.Automation.Remoting.RemoteHostMethodId",
        "System.Management.Automation.Runspaces.ApartmentState",
        "System.Management.Automation.Runspaces.PipelineResultTypes",
        "System.Management.Automation.Runspaces.PSThreadOptions",
        "System.Management.Automation.Runspaces.RemoteStreamOptions",
        "System.Management.Automation.SessionStateEntryVisibility",
        "System.Management.Automation.VerboseRecord",
        "System.Management.Automation.WarningRecord",
        "System.Management.Automation.ScriptBlock",
        "System.String",
        "System.Char",
        "System.Boolean",
        "System.DateTime",
        "System.Byte",
        "System.SByte",
        "System.UInt16",
        "System.Int16",
        "System.UInt32",
        "System.Int32",
        "System.UInt64",
        "System.Int64",
        "System.Single",
        "System.Double",
        "System.Decimal",
        "System.Guid",
        "System.Uri",
        "System.Version",
        "System.Xml.XmlDocument",
        "System.Security.SecureString",
    }
)
_LIST_FORMS = (
    "System.Collections.Generic.List`1[[",
    "System.Collections.ObjectModel.Collection`1[[",
    "System.Collections.ObjectModel.ReadOnlyCollection`1[[",
)
_DICTIONARY_FORM = "System.Collections.Generic.Dictionary`2[["

# Strings escape control characters and lone surrogates as _xHHHH_ (MS-PSRP 2.2.5.3.2).
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


class Unsupported(ValueError):
    """The message holds something this reader leaves to pypsrp."""


def _string(text: str | None) -> str:
    if not text:
        return ""
    if "_x" not in text:
        return text
    units = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    # Two escaped halves of a surrogate pair become one character.
    return units.encode("utf-16-be", "surrogatepass").decode("utf-16-be", "replace")


def _text(element: ET.Element) -> str:
    return element.text or ""


_PRIMITIVES: dict[str, Callable[[ET.Element], object]] = {
    "S": lambda e: _string(e.text),
    "C": lambda e: chr(int(_text(e))),
    "B": lambda e: _text(e).lower() == "true",
    "DT": lambda e: e.text,
    "TS": lambda e: e.text,
    "By": lambda e: int(_text(e)),
    "SB": lambda e: int(_text(e)),
    "U16": lambda e: int(_text(e)),
    "I16": lambda e: int(_text(e)),
    "U32": lambda e: int(_text(e)),
    "I32": lambda e: int(_text(e)),
    "U64": lambda e: int(_text(e)),
    "I64": lambda e: int(_text(e)),
    "Sg": lambda e: float(_text(e)),
    "Db": lambda e: float(_text(e)),
    "D": lambda e: e.text,
    "BA": lambda e: base64.b64decode(_text(e)),
    "G": lambda e: UUID(_text(e)),
    "URI": lambda e: _string(e.text),
    "Nil": lambda e: None,
    "Version": lambda e: e.text,
    "XD": lambda e: _string(e.text),
    "SBK": lambda e: _string(e.text),
}


def _type_name(name: str) -> str:
    return name[len(_PREFIX) :] if name.startswith(_PREFIX) else name


@functools.lru_cache(maxsize=1024)
def _kind(types: tuple[str, ...]) -> tuple[tuple[str, ...], bool] | None:
    """For a list of type names: None if not a property bag, else (names, is_enum).

    A host sends the same few type lists over and over, so each is looked at once."""
    if not _is_bag(types):
        return None
    names = tuple(_type_name(t) for t in types)
    return names, _ENUM_TYPE in names


def _is_bag(types: tuple[str, ...]) -> bool:
    """Whether a client reads an object with these type names as a property bag."""
    if not types:
        return True
    for name in types:
        plain = name[len(_PREFIX) :] if name.startswith(_PREFIX + "System.") else name
        if plain.startswith(_DICTIONARY_FORM):
            return False
        is_list = plain.endswith("[]") or plain.startswith(_LIST_FORMS)
        if plain.endswith("[]"):
            plain = plain[:-2]
        elif is_list:
            plain = plain[plain.index("[[") + 2 : -1].split(",")[0]
        if plain in _BAGS:
            return not is_list
        if plain in _OTHERS:
            return False
    return False  # no type a client knows: pypsrp keeps the raw XML


class _Reader:
    """One message: RefId and TN RefId tables live as long as it does."""

    def __init__(self) -> None:
        self._objects: dict[str, object] = {}
        self._type_lists: dict[str, tuple[str, ...]] = {}

    def value(self, element: ET.Element) -> object:
        tag = element.tag
        primitive = _PRIMITIVES.get(tag)
        if primitive is not None:
            return primitive(element)
        if tag == "Obj":
            return self._object(element)
        if tag == "Ref":
            try:
                return self._objects[element.attrib["RefId"]]
            except KeyError as exc:
                raise Unsupported(f"a reference to an unknown object: {exc}") from exc
        raise Unsupported(f"element <{tag}>")

    def _object(self, element: ET.Element) -> object:
        types: tuple[str, ...] = ()
        text: str | None = None
        values: list[object] = []
        props: dict[str, object] = {}
        extended: dict[str, object] = {}
        for child in element:
            tag = child.tag
            if tag == "TN":
                types = tuple(_text(t) for t in child)
                self._type_lists[child.attrib.get("RefId", "")] = types
            elif tag == "TNRef":
                types = self._type_lists.get(child.attrib.get("RefId", ""), ())
            elif tag == "ToString":
                text = _string(child.text)
            elif tag == "Props":
                props.update(self._members(child))
            elif tag == "MS":
                extended.update(self._members(child))
            elif tag in _PRIMITIVES:
                values.append(_PRIMITIVES[tag](child))
            else:
                raise Unsupported(f"element <{tag}> in an object")
        kind = _kind(types)
        if kind is None:
            raise Unsupported(f"an object of type {types[0] if types else '?'}")
        names, is_enum = kind
        result: object
        if is_enum:
            number = values[0] if values else 0
            result = EnumValue(text or "", int(number) if isinstance(number, int) else 0)
        else:
            # On a name clash the note property wins: PowerShell resolves instance members first.
            result = PSData(names, {**props, **extended}, text or "")
        ref = element.attrib.get("RefId")
        if ref is not None:
            self._objects[ref] = result
        return result

    def _members(self, element: ET.Element) -> dict[str, Any]:
        members: dict[str, Any] = {}
        for child in element:
            name = child.attrib.get("N")
            if name is None:
                raise Unsupported("a property without a name")
            members[name] = self.value(child)
        return members


def read_output(clixml: str) -> object:
    """One PIPELINE_OUTPUT message's data -> PSData, EnumValue or a plain value. Raises Unsupported."""
    try:
        root = ET.fromstring(clixml)
    except ET.ParseError as exc:
        raise Unsupported(f"not XML: {exc}") from exc
    return _Reader().value(root)
