"""WS-Management envelopes: reading requests, writing responses and faults as a Windows host does.

Responses are built from string templates rather than an XML tree: they are few, fixed in shape, and
the base64 payloads inside them need no escaping. Requests are parsed with ElementTree after refusing
DTDs, so entity expansion can never be used against the lab.
"""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

NS = {
    "s": "http://www.w3.org/2003/05/soap-envelope",
    "a": "http://schemas.xmlsoap.org/ws/2004/08/addressing",
    "w": "http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd",
    "p": "http://schemas.microsoft.com/wbem/wsman/1/wsman.xsd",
    "rsp": "http://schemas.microsoft.com/wbem/wsman/1/windows/shell",
    "x": "http://schemas.xmlsoap.org/ws/2004/09/transfer",
    "f": "http://schemas.microsoft.com/wbem/wsman/1/wsmanfault",
    "cfg": "http://schemas.microsoft.com/wbem/wsman/1/config",
    "ps": "http://schemas.microsoft.com/powershell",
}

_TRANSFER = "http://schemas.xmlsoap.org/ws/2004/09/transfer/"
_SHELL = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/"
ACTION_CREATE = _TRANSFER + "Create"
ACTION_DELETE = _TRANSFER + "Delete"
ACTION_GET = _TRANSFER + "Get"
ACTION_COMMAND = _SHELL + "Command"
ACTION_SEND = _SHELL + "Send"
ACTION_RECEIVE = _SHELL + "Receive"
ACTION_SIGNAL = _SHELL + "Signal"
ACTION_FAULT = "http://schemas.dmtf.org/wbem/wsman/1/wsman/fault"
ANONYMOUS = "http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous"
COMMAND_DONE = _SHELL + "CommandState/Done"
COMMAND_RUNNING = _SHELL + "CommandState/Running"
SIGNAL_TERMINATE = _SHELL + "signal/Terminate"
SIGNAL_PS_CTRL_C = "powershell/signal/ctrl_c"
SIGNAL_CTRL_C = _SHELL + "signal/ctrl_c"

# The WSMan error codes the lab answers with (winerror.h, ERROR_WSMAN_*).
E_INFO_HEADER_REQUIRED = 0x80338011
E_ACTION_NOT_SUPPORTED = 0x80338013
E_INVALID_SOAP_BODY = 0x80338027
E_OPERATION_TIMEDOUT = 0x80338029
E_ENCODING_LIMIT = 0x80338035
E_INVALID_PARAMETER = 0x8033803A
E_INVALID_RESOURCE_URI = 0x8033803B
E_QUOTA_LIMIT = 0x8033803F
E_SCHEMA_VALIDATION = 0x80338041
E_INVALID_XML = 0x80338043
E_MIN_ENVELOPE_SIZE = 0x8033807E
E_PLUGIN_FAILED = 0x80338083
E_SHELL_NOT_FOUND = 0x8033805B
E_RESOURCE_NOT_FOUND = 0x80338000

MIN_ENVELOPE = 8192
MAX_ENVELOPE = 512000


class WSManFault(Exception):
    """A request the host refuses; rendered as a SOAP fault with HTTP 500."""

    def __init__(self, code: int, subcode: str, message: str, *, sender: bool = True) -> None:
        super().__init__(message)
        self.code = code
        self.subcode = subcode
        self.message = message
        self.sender = sender


def shell_not_found(shell_id: str) -> WSManFault:
    return WSManFault(
        E_SHELL_NOT_FOUND,
        "w:InvalidSelectors",
        f"The request for the Windows Remote Shell with ShellId {shell_id} failed because the shell was not "
        "found on the server. Possible causes are: the specified ShellId is incorrect or the shell no longer "
        "exists on the server. Provide the correct ShellId or create a new shell and retry the operation.",
    )


def timed_out() -> WSManFault:
    return WSManFault(
        E_OPERATION_TIMEDOUT,
        "w:TimedOut",
        "The WS-Management service cannot complete the operation within the time specified in OperationTimeout.",
        sender=False,
    )


@dataclass
class WsmanRequest:
    action: str
    message_id: str
    resource_uri: str
    operation_timeout: float
    max_envelope: int
    selectors: dict[str, str] = field(default_factory=dict)
    options: dict[str, str] = field(default_factory=dict)
    body: ET.Element | None = None

    @property
    def shell_id(self) -> str | None:
        return self.selectors.get("ShellId")


_DURATION = re.compile(
    r"^P(?:(?P<d>\d+(?:\.\d+)?)D)?(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<m>\d+(?:\.\d+)?)M)?(?:(?P<s>\d+(?:\.\d+)?)S)?)?$"
)


def parse_duration(text: str) -> float:
    """xs:duration (PT20S, PT20.000S, P0DT1H) to seconds; ValueError if it is not one."""
    match = _DURATION.match(text.strip())
    if not match or text.strip() in ("P", "PT"):
        raise ValueError(text)
    parts = {k: float(v) if v else 0.0 for k, v in match.groupdict().items()}
    return parts["d"] * 86400 + parts["h"] * 3600 + parts["m"] * 60 + parts["s"]


def parse_request(data: bytes) -> WsmanRequest:
    """Read the headers the lab acts on. Raises WSManFault for anything malformed."""
    head = data[:4096].lower()
    if b"<!doctype" in head or b"<!entity" in data.lower():
        raise WSManFault(
            E_INVALID_XML, "w:SchemaValidationError", "Document type definitions are not allowed."
        )
    try:
        root = ET.fromstring(data)
    except ET.ParseError as err:
        raise WSManFault(
            E_INVALID_XML,
            "w:SchemaValidationError",
            f"The WS-Management service cannot process the request because the XML is invalid: {err}",
        ) from None
    if root.tag != f"{{{NS['s']}}}Envelope":
        raise WSManFault(E_INVALID_SOAP_BODY, "w:InvalidBody", "The request is not a SOAP 1.2 envelope.")
    header = root.find("s:Header", NS)
    if header is None:
        raise _missing("Header")
    action = _text(header, "a:Action")
    message_id = _text(header, "a:MessageID")
    if not action or not message_id:
        raise _missing("Action" if not action else "MessageID")
    timeout_text = _text(header, "w:OperationTimeout") or "PT60S"
    try:
        timeout = parse_duration(timeout_text)
    except ValueError:
        raise WSManFault(
            E_INVALID_PARAMETER, "w:InvalidHeader", f"Invalid OperationTimeout {timeout_text!r}."
        ) from None
    envelope_text = _text(header, "w:MaxEnvelopeSize") or "153600"
    if not envelope_text.isdigit():
        raise WSManFault(
            E_INVALID_PARAMETER, "w:InvalidHeader", f"Invalid MaxEnvelopeSize {envelope_text!r}."
        )
    max_envelope = int(envelope_text)
    if max_envelope < MIN_ENVELOPE:
        raise WSManFault(
            E_MIN_ENVELOPE_SIZE,
            "w:EncodingLimit",
            "The WS-Management service cannot process the request because the envelope size in the request is too small.",
        )
    selectors = {
        el.get("Name", ""): (el.text or "").strip() for el in header.iterfind("w:SelectorSet/w:Selector", NS)
    }
    options = {
        el.get("Name", ""): (el.text or "").strip() for el in header.iterfind("w:OptionSet/w:Option", NS)
    }
    body = root.find("s:Body", NS)
    if body is None:
        raise WSManFault(E_INVALID_SOAP_BODY, "w:InvalidBody", "The request has no SOAP body.")
    return WsmanRequest(
        action=action,
        message_id=message_id,
        resource_uri=_text(header, "w:ResourceURI"),
        operation_timeout=min(max(timeout, 0.0), 3600.0),
        max_envelope=min(max_envelope, MAX_ENVELOPE),
        selectors=selectors,
        options=options,
        body=body,
    )


def _text(parent: ET.Element, path: str) -> str:
    el = parent.find(path, NS)
    return (el.text or "").strip() if el is not None else ""


def _missing(name: str) -> WSManFault:
    return WSManFault(
        E_INFO_HEADER_REQUIRED,
        "a:MessageInformationHeaderRequired",
        f"The WS-Management service cannot process the request. The request does not have the {name} header.",
    )


_ENVELOPE = (
    '<s:Envelope xml:lang="en-US" xmlns:s="{s}" xmlns:a="{a}" xmlns:x="{x}" xmlns:w="{w}" '
    'xmlns:rsp="{rsp}" xmlns:p="{p}">'
    "<s:Header><a:Action>{{action}}</a:Action><a:MessageID>uuid:{{mid}}</a:MessageID>"
    "<a:To>" + ANONYMOUS + "</a:To><a:RelatesTo>{{relates}}</a:RelatesTo></s:Header>"
    "<s:Body>{{body}}</s:Body></s:Envelope>"
).format(**NS)

# What a response adds around its payload; the Receive budget subtracts it (with room to spare).
ENVELOPE_OVERHEAD = len(_ENVELOPE) + 512


def envelope(action: str, relates_to: str, body: str) -> bytes:
    return _ENVELOPE.format(
        action=escape(action),
        mid=str(uuid.uuid4()).upper(),
        relates=escape(relates_to),
        body=body,
    ).encode("utf-8")


def fault_envelope(fault: WSManFault, relates_to: str, machine: str) -> bytes:
    role = "s:Sender" if fault.sender else "s:Receiver"
    body = (
        f"<s:Fault><s:Code><s:Value>{role}</s:Value><s:Subcode><s:Value>{escape(fault.subcode)}</s:Value>"
        f'</s:Subcode></s:Code><s:Reason><s:Text xml:lang="en-US">{escape(fault.message)}</s:Text></s:Reason>'
        f'<s:Detail><f:WSManFault xmlns:f="{NS["f"]}" Code="{fault.code}" Machine={quoteattr(machine)}>'
        f"<f:Message>{escape(fault.message)}</f:Message></f:WSManFault></s:Detail></s:Fault>"
    )
    return envelope(ACTION_FAULT, relates_to or "", body)


def response_action(request_action: str) -> str:
    return request_action + "Response"


def attr(value: str) -> str:
    """An attribute value, quoted and escaped."""
    return quoteattr(value)


def text(value: str) -> str:
    return escape(value)
