"""The WinRS/PSRP operations of one simulated host: Create, Command, Send, Receive, Signal, Delete, Get.

Everything here speaks parsed requests and returns response envelopes; HTTP, authentication and
fault injection live in http.py.
"""

from __future__ import annotations

import base64
import binascii
import logging
import threading
import time
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from hvgui.lab.records import CommandCall, PipelineResult
from hvgui.lab.wire import soap
from hvgui.lab.wire.faults import DropConnection, HostFaults
from hvgui.lab.wire.shell import PSRPError, Shell
from hvgui.lab.wire.soap import NS, WSManFault, WsmanRequest, attr, text

log = logging.getLogger(__name__)

POWERSHELL_URI = "http://schemas.microsoft.com/powershell/Microsoft.PowerShell"
SHELL_URI = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell"
CONFIG_URI = "http://schemas.microsoft.com/wbem/wsman/1/config"


@dataclass(frozen=True)
class Caller:
    """Who sent the request, for the shell's Owner and ClientIP fields."""

    user: str
    client_ip: str
    address: str


class Invoker(Protocol):
    """The part of hvgui.lab.runtime.Lab a host's service needs."""

    def invoke(self, host: str, calls: Sequence[CommandCall]) -> PipelineResult: ...


class HostService:
    def __init__(
        self,
        name: str,
        lab: Invoker,
        faults: HostFaults,
        *,
        max_shells: int = 64,
        idle_timeout: float = 7200.0,
    ) -> None:
        self.name = name
        self._lab = lab
        self._faults = faults
        self._shells: dict[str, Shell] = {}
        self._lock = threading.Lock()
        self._max_shells = max_shells
        self._idle_timeout = idle_timeout

    # Lifecycle ---------------------------------------------------------------------------------

    def lose_shells(self) -> None:
        with self._lock:
            shells = list(self._shells.values())
            self._shells.clear()
        for shell in shells:
            shell.close()

    def shell_count(self) -> int:
        with self._lock:
            return len(self._shells)

    # Dispatch ----------------------------------------------------------------------------------

    def handle(self, req: WsmanRequest, caller: Caller) -> bytes:
        """The response envelope; raises WSManFault or DropConnection."""
        handler = {
            soap.ACTION_CREATE: self._create,
            soap.ACTION_COMMAND: self._command,
            soap.ACTION_SEND: self._send,
            soap.ACTION_RECEIVE: self._receive,
            soap.ACTION_SIGNAL: self._signal,
            soap.ACTION_DELETE: self._delete,
            soap.ACTION_GET: self._get,
        }.get(req.action)
        if handler is None:
            raise WSManFault(
                soap.E_ACTION_NOT_SUPPORTED,
                "a:ActionNotSupported",
                f"The WS-Management service does not support the action {req.action}.",
            )
        try:
            body = handler(req, caller)
        except PSRPError as err:
            log.warning("%s: PSRP data rejected, shell %s closed: %s", self.name, req.shell_id, err)
            self._discard(req.shell_id)
            raise WSManFault(
                soap.E_PLUGIN_FAILED,
                "w:InternalError",
                f"The PowerShell plug-in could not process the data: {err}",
                sender=False,
            ) from None
        return soap.envelope(soap.response_action(req.action), req.message_id, body)

    def _create(self, req: WsmanRequest, caller: Caller) -> str:
        if req.resource_uri.lower() != POWERSHELL_URI.lower():
            raise WSManFault(
                soap.E_INVALID_RESOURCE_URI,
                "w:InvalidResourceURI",
                f"The WS-Management service cannot process the request. The resource URI {req.resource_uri} "
                "is not served by this host; the lab offers only Microsoft.PowerShell.",
            )
        shell_el = _body_child(req, "rsp:Shell")
        creation = _base64(shell_el.findtext("ps:creationXml", None, NS), "creationXml")
        if not creation:
            raise WSManFault(
                soap.E_SCHEMA_VALIDATION,
                "w:SchemaValidationError",
                "A PowerShell shell needs its creationXml.",
            )
        try:
            shell_id = str(uuid.UUID(shell_el.get("ShellId") or str(uuid.uuid4()))).upper()
        except ValueError:
            raise WSManFault(
                soap.E_INVALID_PARAMETER, "w:InvalidParameter", "The ShellId is not a GUID."
            ) from None
        self._reap_idle()
        with self._lock:
            if len(self._shells) >= self._max_shells:
                raise WSManFault(
                    soap.E_QUOTA_LIMIT,
                    "w:QuotaLimit",
                    "The WS-Management service cannot process the request. This user is allowed a maximum "
                    f"number of {self._max_shells} concurrent shells, which has been exceeded.",
                )
            if shell_id in self._shells:
                raise WSManFault(
                    soap.E_INVALID_PARAMETER, "w:AlreadyExists", f"The shell {shell_id} already exists."
                )
        shell = Shell(shell_id, self._executor, req.max_envelope)
        shell.open(creation)  # a PSRPError here leaves nothing behind
        with self._lock:
            self._shells[shell_id] = shell
        return (
            f"<x:ResourceCreated><a:Address>{text(caller.address)}</a:Address><a:ReferenceParameters>"
            f"<w:ResourceURI>{POWERSHELL_URI}</w:ResourceURI><w:SelectorSet>"
            f'<w:Selector Name="ShellId">{shell_id}</w:Selector></w:SelectorSet></a:ReferenceParameters>'
            f"</x:ResourceCreated>{self._shell_xml(shell, caller)}"
        )

    def _command(self, req: WsmanRequest, caller: Caller) -> str:
        shell = self._shell(req)
        line = _body_child(req, "rsp:CommandLine")
        command_id = (line.get("CommandId") or str(uuid.uuid4())).upper()
        arguments = _base64(line.findtext("rsp:Arguments", None, NS), "Arguments")
        shell.command(command_id, arguments)
        return f"<rsp:CommandResponse><rsp:CommandId>{text(command_id)}</rsp:CommandId></rsp:CommandResponse>"

    def _send(self, req: WsmanRequest, caller: Caller) -> str:
        shell = self._shell(req)
        send = _body_child(req, "rsp:Send")
        for stream in send.iterfind("rsp:Stream", NS):
            data = _base64(stream.text, "Stream")
            if data:
                shell.send(stream.get("CommandId"), data)
        return "<rsp:SendResponse/>"

    def _receive(self, req: WsmanRequest, caller: Caller) -> str:
        shell = self._shell(req)
        desired = _body_child(req, "rsp:Receive").find("rsp:DesiredStream", NS)
        command_id = desired.get("CommandId") if desired is not None else None
        if command_id and self._faults.take_drop():
            raise DropConnection
        got = shell.receive(command_id, req.max_envelope, req.operation_timeout)
        cid = f" CommandId={attr(got.command_id)}" if got.command_id else ""
        streams = "".join(
            f'<rsp:Stream Name="stdout"{cid}>{base64.b64encode(c).decode()}</rsp:Stream>' for c in got.chunks
        )
        state = f"<rsp:CommandState{cid} State={attr(soap.COMMAND_DONE)}/>" if got.done else ""
        return f"<rsp:ReceiveResponse>{streams}{state}</rsp:ReceiveResponse>"

    def _signal(self, req: WsmanRequest, caller: Caller) -> str:
        shell = self._shell(req)
        signal = _body_child(req, "rsp:Signal")
        code = (signal.findtext("rsp:Code", "", NS) or "").strip()
        command_id = signal.get("CommandId") or ""
        if code not in (soap.SIGNAL_PS_CTRL_C, soap.SIGNAL_CTRL_C, soap.SIGNAL_TERMINATE):
            raise WSManFault(soap.E_INVALID_PARAMETER, "w:InvalidParameter", f"Unknown signal code {code!r}.")
        shell.signal(command_id, terminate=code == soap.SIGNAL_TERMINATE)
        return "<rsp:SignalResponse/>"

    def _delete(self, req: WsmanRequest, caller: Caller) -> str:
        shell = self._shell(req)
        self._discard(shell.id)
        return ""

    def _get(self, req: WsmanRequest, caller: Caller) -> str:
        if req.resource_uri.lower().startswith(CONFIG_URI.lower()):
            return (
                f'<cfg:Config xmlns:cfg="{NS["cfg"]}"><cfg:MaxEnvelopeSizekb>{soap.MAX_ENVELOPE // 1024}'
                "</cfg:MaxEnvelopeSizekb><cfg:MaxTimeoutms>60000</cfg:MaxTimeoutms>"
                "<cfg:MaxBatchItems>32000</cfg:MaxBatchItems></cfg:Config>"
            )
        return self._shell_xml(self._shell(req), caller)

    # Helpers -----------------------------------------------------------------------------------

    def _executor(self, calls: Sequence[CommandCall]) -> PipelineResult:
        return self._lab.invoke(self.name, calls)

    def _shell(self, req: WsmanRequest) -> Shell:
        shell_id = (req.shell_id or "").upper()
        with self._lock:
            shell = self._shells.get(shell_id)
        if shell is None or shell.closed:
            raise soap.shell_not_found(req.shell_id or "")
        shell.note_envelope(req.max_envelope)
        return shell

    def _discard(self, shell_id: str | None) -> None:
        with self._lock:
            shell = self._shells.pop((shell_id or "").upper(), None)
        if shell is not None:
            shell.close()

    def _reap_idle(self) -> None:
        cutoff = time.monotonic() - self._idle_timeout
        with self._lock:
            idle = [s for s in self._shells.values() if s.last_used < cutoff]
            for shell in idle:
                del self._shells[shell.id]
        for shell in idle:
            shell.close()

    def _shell_xml(self, shell: Shell, caller: Caller) -> str:
        return (
            f"<rsp:Shell><rsp:ShellId>{shell.id}</rsp:ShellId><rsp:Name>Runspace1</rsp:Name>"
            f"<rsp:ResourceUri>{POWERSHELL_URI}</rsp:ResourceUri><rsp:Owner>{text(caller.user)}</rsp:Owner>"
            f"<rsp:ClientIP>{text(caller.client_ip)}</rsp:ClientIP><rsp:ProcessId>{4242}</rsp:ProcessId>"
            f"<rsp:State>{shell.state_name()}</rsp:State>"
            f"<rsp:IdleTimeOut>PT{self._idle_timeout:.3f}S</rsp:IdleTimeOut><rsp:InputStreams>stdin pr</rsp:InputStreams>"
            f"<rsp:OutputStreams>stdout</rsp:OutputStreams><rsp:ShellRunTime>{_duration(time.monotonic() - shell.created)}"
            f"</rsp:ShellRunTime><rsp:ShellInactivity>{_duration(time.monotonic() - shell.last_used)}"
            "</rsp:ShellInactivity></rsp:Shell>"
        )


def _body_child(req: WsmanRequest, path: str) -> ET.Element:
    el = req.body.find(path, NS) if req.body is not None else None
    if el is None:
        raise WSManFault(
            soap.E_SCHEMA_VALIDATION, "w:SchemaValidationError", f"The request body has no {path} element."
        )
    return el


def _base64(value: str | None, what: str) -> bytes:
    cleaned = "".join((value or "").split())
    try:
        return base64.b64decode(cleaned, validate=True)
    except (binascii.Error, ValueError):
        raise WSManFault(
            soap.E_SCHEMA_VALIDATION, "w:SchemaValidationError", f"The {what} data is not valid base64."
        ) from None


def _duration(seconds: float) -> str:
    total = int(max(seconds, 0))
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    return f"P{days}DT{hours}H{minutes}M{secs}S"
