"""The lab on the wire: one WinRM endpoint per simulated host, served to unmodified PowerShell clients.

    server = LabServer(lab, https=True, auth="basic", data_dir=path)
    server.start()
    for ep in server.endpoints(): ...         # name, host, port, ssl, auth, username, password, ca_file
    server.faults("HV-MUENCHEN").latency = 0.2
    server.stop()

Everything runs on background threads, so tests and the app's demo mode use it in-process.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

from hvgui.lab.records import CommandCall, PipelineResult
from hvgui.lab.wire.auth import BasicAuth, ConnectionAuth, LabCredentials, NegotiateAuth, NtlmUserFile
from hvgui.lab.wire.faults import HostFaults
from hvgui.lab.wire.http import HostContext, HostHTTPServer
from hvgui.lab.wire.tls import LabCA
from hvgui.lab.wire.wsman import HostService

log = logging.getLogger(__name__)

AuthMode = Literal["basic", "negotiate"]
TICK_INTERVAL = 0.5


class LabProtocol(Protocol):
    """What the server needs from hvgui.lab.runtime.Lab."""

    @property
    def clock(self) -> Any: ...

    def host_names(self) -> list[str]: ...

    def host_fqdn(self, name: str) -> str: ...

    def invoke(self, host: str, calls: Sequence[CommandCall]) -> PipelineResult: ...

    def set_host_down(self, host: str, down: bool) -> None: ...

    def is_host_down(self, host: str) -> bool: ...

    def tick(self) -> None: ...

    def save(self, path: Path) -> None: ...


@dataclass(frozen=True)
class Endpoint:
    """How a client reaches one simulated host."""

    name: str
    host: str
    port: int
    ssl: bool
    auth: str
    username: str
    password: str = field(repr=False)
    ca_file: str | None
    fqdn: str = ""

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{'https' if self.ssl else 'http'}://{host}:{self.port}/wsman"

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "host": self.host,
            "port": self.port,
            "ssl": self.ssl,
            "auth": self.auth,
            "username": self.username,
            "password": self.password,
            "ca_file": self.ca_file,
        }


class _Host:
    def __init__(self, name: str, fqdn: str, port: int, context: HostContext) -> None:
        self.name = name
        self.fqdn = fqdn
        self.port = port
        self.context = context
        self.httpd: HostHTTPServer | None = None
        self.thread: threading.Thread | None = None
        self.lock = threading.RLock()


class LabServer:
    def __init__(
        self,
        lab: LabProtocol,
        *,
        https: bool = True,
        auth: AuthMode = "basic",
        base_port: int = 0,
        bind: str = "127.0.0.1",
        data_dir: Path,
    ) -> None:
        if auth not in ("basic", "negotiate"):
            raise ValueError(f"auth must be 'basic' or 'negotiate', not {auth!r}")
        self.lab = lab
        self.https = https
        self.auth: AuthMode = auth
        self.bind = bind
        self.data_dir = Path(data_dir)
        self._base_port = base_port
        self._hosts: dict[str, _Host] = {}
        self._started = False
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None
        self._creds: LabCredentials | None = None
        self._ca: LabCA | None = None

    # Lifecycle ---------------------------------------------------------------------------------

    def start(self) -> None:
        if self._started:
            return
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._creds = LabCredentials.load_or_create(self.data_dir)
        self._ca = LabCA(self.data_dir) if self.https else None
        users = NtlmUserFile(self.data_dir, self._creds) if self.auth == "negotiate" else None
        self._stop.clear()
        try:
            for index, name in enumerate(self.lab.host_names()):
                host = self._make_host(name, index, users)
                self._hosts[name] = host
                self._listen(host)
        except BaseException:
            self.stop()
            raise
        self._started = True
        speed = float(getattr(getattr(self.lab, "clock", None), "speed", 0.0) or 0.0)
        if speed > 0:
            self._ticker = threading.Thread(target=self._tick_loop, name="hvgui-lab-ticker", daemon=True)
            self._ticker.start()

    def stop(self) -> None:
        self._stop.set()
        for host in self._hosts.values():
            host.context.faults.stop()
            host.context.service.lose_shells()
            self._close_listener(host)
            host.context.close_connections()
        if self._ticker is not None:
            self._ticker.join(timeout=2)
            self._ticker = None
        self._hosts.clear()
        self._started = False

    def __enter__(self) -> LabServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # Queries and controls ----------------------------------------------------------------------

    def endpoints(self) -> list[Endpoint]:
        return [self.endpoint(name) for name in self._hosts]

    def endpoint(self, name: str) -> Endpoint:
        host = self._host(name)
        assert self._creds is not None
        return Endpoint(
            name=host.name,
            host=self._client_host(),
            port=host.port,
            ssl=self.https,
            auth=self.auth,
            username=f"{self._creds.domain}\\{self._creds.username}",
            password=self._creds.password,
            ca_file=str(self._ca.ca_file) if self._ca is not None else None,
            fqdn=host.fqdn,
        )

    def faults(self, host: str) -> HostFaults:
        return self._host(host).context.faults

    def shell_count(self, host: str) -> int:
        return self._host(host).context.service.shell_count()

    # Internals ---------------------------------------------------------------------------------

    def _host(self, name: str) -> _Host:
        for host in self._hosts.values():
            if name.lower() in (host.name.lower(), host.fqdn.lower()):
                return host
        raise KeyError(name)

    def _client_host(self) -> str:
        return {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(self.bind, self.bind)

    def _make_host(self, name: str, index: int, users: NtlmUserFile | None) -> _Host:
        fqdn = self.lab.host_fqdn(name)
        holder: dict[str, _Host] = {}
        faults = HostFaults(
            on_change=lambda f: self._apply_faults(holder["host"]),
            on_lose_shells=lambda: holder["host"].context.service.lose_shells(),
        )
        service = HostService(name, self.lab, faults)
        ssl_context = None
        if self._ca is not None:
            names = ["localhost", fqdn, name.lower()]
            ips = ["127.0.0.1", "::1"]
            if self.bind in ("0.0.0.0", "::", ""):
                # Reachable from other machines: let them use this machine's own names too.
                names += [socket.gethostname(), socket.getfqdn()]
            else:
                ips.append(self.bind)
            ssl_context = self._ca.server_context(fqdn, names, ips)
        context = HostContext(
            name=name,
            fqdn=fqdn,
            service=service,
            faults=faults,
            auth_factory=self._auth_factory(users),
            is_down=lambda: self.lab.is_host_down(name),
            ssl_context=ssl_context,
        )
        port = self._base_port + index if self._base_port else 0
        host = holder["host"] = _Host(name, fqdn, port, context)
        return host

    def _auth_factory(self, users: NtlmUserFile | None) -> Any:
        creds = self._creds
        assert creds is not None

        def make() -> ConnectionAuth:
            if users is not None:
                return NegotiateAuth(users)
            return BasicAuth(creds)

        return make

    def _listen(self, host: _Host) -> None:
        with host.lock:
            if host.httpd is not None or self._stop.is_set():
                return
            httpd = HostHTTPServer((self.bind, host.port), host.context)
            host.port = httpd.server_address[1]
            host.httpd = httpd
            host.thread = threading.Thread(
                target=httpd.serve_forever,
                kwargs={"poll_interval": 0.05},
                name=f"hvgui-lab-{host.name}",
                daemon=True,
            )
            host.thread.start()
            log.info("%s listening on %s:%d", host.name, self.bind, host.port)

    def _close_listener(self, host: _Host) -> None:
        with host.lock:
            httpd, host.httpd = host.httpd, None
            thread, host.thread = host.thread, None
        if httpd is not None:
            httpd.shutdown()
            httpd.server_close()
        if thread is not None:
            thread.join(timeout=2)

    def _apply_faults(self, host: _Host) -> None:
        faults = host.context.faults
        if faults.host_down != self.lab.is_host_down(host.name):
            self.lab.set_host_down(host.name, faults.host_down)
        if faults.accepting:
            self._listen(host)
        else:
            self._close_listener(host)
            host.context.close_connections()

    def _tick_loop(self) -> None:
        while not self._stop.wait(TICK_INTERVAL):
            try:
                self.lab.tick()
            except Exception:
                log.exception("lab tick failed")
