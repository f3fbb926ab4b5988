"""Scenario files: a lab's hosts, VMs and existing replication relationships, written in TOML.

The format is documented in docs/lab-scenarios.md. Loading builds exactly the model the cmdlets and the
engine would have built had an administrator set the lab up by hand (see scenario_build), and checks
the file as strictly as the cmdlets check their parameters.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import fields
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path
from typing import Any
from uuid import UUID, uuid5

from hvgui.lab import scenario_build, scenario_history, scenario_spec
from hvgui.lab.clock import LabClock
from hvgui.lab.enums import RecoveryAuthenticationType, VMState
from hvgui.lab.model import (
    GIB,
    AuthorizationEntry,
    FailoverIP,
    LabHost,
    LabVM,
    NetworkAdapter,
    ReplicaServerSettings,
    VirtualDisk,
)
from hvgui.lab.runtime import Lab
from hvgui.lab.scenario_table import ScenarioError, Table

__all__ = ["ScenarioError", "load_demo", "load_file", "load_text"]

DEMO = "demo.toml"
# VM ids that a scenario does not give are derived from host and VM name, so they survive reloads.
ID_NAMESPACE = UUID("3f0c8c1e-52a7-4c59-9d1e-6b1f0c2d7a11")
DEFAULT_UPTIME_HOURS = 168.0
DEFAULT_AGE_DAYS = 180.0

_TOP_KEYS = {"lab", "hosts", "replications"}
_LAB_KEYS = {"start", "description"}
_HOST_KEYS = {
    "name", "domain", "certificates", "logical_processors", "memory_gb", "os_version", "vm_path",
    "vhd_path", "down", "unreachable_from", "replica_server", "vms",
}  # fmt: skip
_SERVER_KEYS = {
    "enabled", "auth", "kerberos_port", "certificate_port", "certificate_thumbprint", "allow_any",
    "default_storage", "monitoring_interval_hours", "monitoring_start", "entries",
}  # fmt: skip
_ENTRY_KEYS = {"allowed_primary_server", "storage_location", "trust_group"}
_VM_KEYS = {
    "name", "id", "state", "generation", "version", "cpu_count", "memory_gb", "change_rate_kbps", "notes",
    "shutdown_blocked", "uptime_hours", "created_days_ago", "path", "disks", "adapters",
}  # fmt: skip
_DISK_KEYS = {"path", "size_gb", "used_gb", "controller", "controller_number", "controller_location"}
_ADAPTER_KEYS = {"name", "switch", "mac", "ips", "test_replica_switch", "failover"}
_FAILOVER_KEYS = {f.name for f in fields(FailoverIP)}
# Set-VMReplicationServer -MonitoringInterval accepts these (hours) [reference 3.8].
_MONITORING_HOURS = (1, 2, 3, 4, 6, 8, 12, 24, 48, 72, 96, 120, 144, 168)
_LABEL = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")
_PRIMARY_PATTERN = re.compile(r"^(\*|[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9-]{1,63})*$")
_MAC = re.compile(r"^[0-9A-Fa-f]{12}$")


def load_file(path: Path, speed: float = 0.0) -> Lab:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ScenarioError(f"{path}: cannot read the scenario file: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ScenarioError(f"{path}: the scenario file is not UTF-8 text") from None
    return load_text(text, speed, source=str(path))


def load_demo(speed: float = 0.0) -> Lab:
    text = resources.files("hvgui.lab").joinpath("scenarios", DEMO).read_text(encoding="utf-8")
    return load_text(text, speed, source=DEMO)


def load_text(text: str, speed: float = 0.0, source: str = "<text>") -> Lab:
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ScenarioError(f"{source}: not valid TOML: {exc}") from None
    top = Table(doc, source, "top level", _TOP_KEYS)
    lab_table = top.table("lab", "[lab]", _LAB_KEYS)
    lab_table.text("description", "")
    start = lab_table.moment("start") or datetime.now(UTC).replace(microsecond=0)
    hosts, net = _hosts(top, source, start)
    specs = [scenario_spec.parse(raw, source, i) for i, raw in enumerate(top.tables("replications"))]
    # Built on a stopped clock so that every relative time in the file means the same instant.
    lab = Lab(hosts, LabClock(start))
    for spec in specs:
        scenario_build.build(lab, spec, source, net)
    for host in hosts.values():
        host.down = host.name in net.down
        host.unreachable_from = {
            other.name for other in hosts.values() if frozenset((host.name, other.name)) in net.cut
        }
    lab.last_tick = lab.clock.now()
    lab.clock.set_speed(speed)
    return lab


def _hosts(top: Table, source: str, start: datetime) -> tuple[dict[str, LabHost], scenario_history.Network]:
    raw_hosts = top.tables("hosts")
    if not raw_hosts:
        raise top.error("hosts", "a scenario needs at least one [[hosts]] table")
    hosts: dict[str, LabHost] = {}
    cuts: dict[str, list[str]] = {}
    down: set[str] = set()
    ids: dict[UUID, str] = {}
    for index, raw in enumerate(raw_hosts):
        name = raw.get("name")
        where = f"[[hosts]] '{name}'" if isinstance(name, str) else f"[[hosts]] #{index + 1}"
        t = Table(raw, source, where, _HOST_KEYS)
        host = _host(t)
        if any(h.answers_to(host.name) or h.answers_to(host.fqdn) for h in hosts.values()):
            raise t.error("name", f"a host named '{host.name}' is defined twice")
        host.replica = _replica_server(t, host)
        for vm_index, raw_vm in enumerate(t.tables("vms")):
            vm = _vm(raw_vm, source, host, vm_index, start)
            if vm.id in ids:
                raise ScenarioError(
                    f"{source}: [[hosts.vms]] '{vm.name}' on '{host.name}': key 'id': {vm.id} is already the id "
                    f"of a VM on '{ids[vm.id]}' (a replica gets its id from [[replications]])"
                )
            if host.vms_named(vm.name):
                raise ScenarioError(
                    f"{source}: [[hosts.vms]] '{vm.name}' on '{host.name}': key 'name': defined twice on this host"
                )
            ids[vm.id] = host.name
            host.vms[vm.id] = vm
        if t.flag("down", False):
            down.add(host.name)
        cuts[host.name] = t.texts("unreachable_from")
        hosts[host.name] = host
    cut: set[frozenset[str]] = set()
    for name, others in cuts.items():
        for other in others:
            match = next((h for h in hosts.values() if h.answers_to(other)), None)
            if match is None or match.name == name:
                raise ScenarioError(
                    f"{source}: [[hosts]] '{name}': key 'unreachable_from': '{other}' is not another host"
                )
            cut.add(frozenset((name, match.name)))
    return hosts, scenario_history.Network(down, cut)


def _host(t: Table) -> LabHost:
    name = t.text("name")
    if not _LABEL.fullmatch(name):
        raise t.error("name", f"'{name}' is not a valid computer name (letters, digits and hyphens)")
    domain = t.text("domain", "")
    if domain and not all(_LABEL.fullmatch(label) for label in domain.split(".")):
        raise t.error("domain", f"'{domain}' is not a valid DNS domain name")
    defaults = LabHost(name, domain)
    return LabHost(
        name,
        domain,
        certificates=[c.upper() for c in t.texts("certificates")],
        logical_processors=t.integer("logical_processors", defaults.logical_processors, 1, 2048),
        memory_capacity=int(t.number("memory_gb", defaults.memory_capacity / GIB, 1) * GIB),
        os_version=t.text("os_version", defaults.os_version),
        vm_path=t.text("vm_path", defaults.vm_path),
        vhd_path=t.text("vhd_path", defaults.vhd_path),
    )


def _replica_server(host_table: Table, host: LabHost) -> ReplicaServerSettings:
    t = host_table.table("replica_server", f"[hosts.replica_server] of '{host.name}'", _SERVER_KEYS)
    d = ReplicaServerSettings()
    r = ReplicaServerSettings(
        enabled=t.flag("enabled", False),
        auth=t.enum("auth", RecoveryAuthenticationType, d.auth),
        kerberos_port=t.integer("kerberos_port", d.kerberos_port, 1, 65535),
        certificate_port=t.integer("certificate_port", d.certificate_port, 1, 65535),
        certificate_thumbprint=t.text("certificate_thumbprint", "").upper(),
        allow_any=t.flag("allow_any", False),
        default_storage=t.text("default_storage", ""),
        monitoring_interval=timedelta(hours=t.choice("monitoring_interval_hours", _MONITORING_HOURS, 12)),
        monitoring_start=t.time_of_day("monitoring_start", d.monitoring_start),
    )
    # The checks Set-VMReplicationServer makes (cmdlets/server.py).
    if r.allow_any and not r.default_storage:
        raise t.error("default_storage", "required when allow_any = true")
    if r.enabled and r.auth is not RecoveryAuthenticationType.Kerberos:
        if not r.certificate_thumbprint:
            raise t.error("certificate_thumbprint", f"required for {r.auth.name} authentication")
        if r.certificate_thumbprint not in host.certificates:
            raise t.error(
                "certificate_thumbprint",
                f"not one of the host's certificates ({', '.join(host.certificates)})",
            )
    for index, raw in enumerate(t.tables("entries")):
        e = Table(
            raw, t.source, f"[[hosts.replica_server.entries]] #{index + 1} of '{host.name}'", _ENTRY_KEYS
        )
        entry = AuthorizationEntry(
            e.text("allowed_primary_server"), e.text("storage_location"), e.text("trust_group")
        )
        if not _PRIMARY_PATTERN.fullmatch(entry.allowed_primary_server):
            raise e.error(
                "allowed_primary_server",
                f"'{entry.allowed_primary_server}' is not a server name; a wildcard is allowed only as the first "
                "label (*.contoso.com)",
            )
        if any(x.allowed_primary_server.lower() == entry.allowed_primary_server.lower() for x in r.entries):
            raise e.error("allowed_primary_server", f"'{entry.allowed_primary_server}' is listed twice")
        r.entries.append(entry)
    return r


def _vm(raw: Any, source: str, host: LabHost, index: int, start: datetime) -> LabVM:
    name = raw.get("name") if isinstance(raw, dict) else None
    where = (
        "[[hosts.vms]] " + (f"'{name}'" if isinstance(name, str) else f"#{index + 1}") + f" on '{host.name}'"
    )
    t = Table(raw, source, where, _VM_KEYS)
    name = t.text("name")
    vm_id = _uuid(t, "id") or uuid5(ID_NAMESPACE, f"{host.name.lower()}/{name}")
    state = t.enum("state", VMState, VMState.Off)
    generation = t.choice("generation", (1, 2), 2)
    version = t.text("version", "10.0")
    if not re.fullmatch(r"\d+\.\d+", version):
        raise t.error("version", f"'{version}' is not a configuration version such as 9.0 or 10.0")
    running = state in (VMState.Running, VMState.Paused)
    if t.has("uptime_hours") and not running:
        raise t.error("uptime_hours", f"applies to running VMs only ('{name}' is {state.name})")
    vm = LabVM(
        id=vm_id,
        name=name,
        state=state,
        generation=generation,
        version=version,
        processor_count=t.integer("cpu_count", 2, 1, 240),
        memory_startup=int(t.number("memory_gb", 4, 0.03125) * GIB),
        path=t.text("path", f"{host.vm_path}\\{_file_name(name)}"),
        change_rate=int(t.number("change_rate_kbps", 64, 0) * 1024),
        notes=t.text("notes", ""),
        shutdown_blocked=t.flag("shutdown_blocked", False),
        created=start - timedelta(days=t.number("created_days_ago", DEFAULT_AGE_DAYS, 0)),
    )
    if running:
        vm.started_at = start - timedelta(hours=t.number("uptime_hours", DEFAULT_UPTIME_HOURS, 0))
    for i, raw_disk in enumerate(t.tables("disks")):
        vm.disks.append(_disk(raw_disk, source, f"{where}, disk #{i + 1}", generation, i, vm.disks))
    vm.adapters = [
        _adapter(a, source, f"{where}, adapter #{i + 1}", vm, i) for i, a in enumerate(t.tables("adapters"))
    ]
    return vm


def _disk(
    raw: Any, source: str, where: str, generation: int, index: int, earlier: list[VirtualDisk]
) -> VirtualDisk:
    t = Table(raw, source, f"[[hosts.vms.disks]] of {where.removeprefix('[[hosts.vms]] ')}", _DISK_KEYS)
    size = t.number("size_gb", low=0.001)
    used = t.number("used_gb", size, 0)
    if used > size * 1.01:
        raise t.error("used_gb", f"{used} GB is more than the disk's size_gb ({size} GB)")
    # Generation 1 VMs boot from IDE; generation 2 VMs have SCSI only.
    controller = str(
        t.choice("controller", ("IDE", "SCSI"), "IDE" if generation == 1 and index == 0 else "SCSI")
    )
    if controller == "IDE" and generation == 2:
        raise t.error("controller", "generation 2 VMs have no IDE controller")
    same = [d for d in earlier if d.controller_type == controller]
    per_controller = 2 if controller == "IDE" else 64
    disk = VirtualDisk(
        path=t.text("path"),
        size_bytes=int(size * GIB),
        file_bytes=int(used * GIB),
        controller_type=controller,
        controller_number=t.integer("controller_number", len(same) // per_controller, 0, 3),
        controller_location=t.integer("controller_location", len(same) % per_controller, 0, 63),
    )
    if any(d.path.lower() == disk.path.lower() for d in earlier):
        raise t.error("path", f"'{disk.path}' is attached twice")
    return disk


def _adapter(raw: Any, source: str, where: str, vm: LabVM, index: int) -> NetworkAdapter:
    t = Table(raw, source, f"[[hosts.vms.adapters]] of {where.removeprefix('[[hosts.vms]] ')}", _ADAPTER_KEYS)
    adapter_id = uuid5(vm.id, f"adapter/{index}")
    mac = t.text("mac", "00155D" + adapter_id.hex[:6].upper()).replace("-", "").replace(":", "").upper()
    if not _MAC.fullmatch(mac):
        raise t.error("mac", f"'{mac}' is not a MAC address (12 hex digits)")
    failover = t.table("failover", f"[hosts.vms.adapters.failover] of {where}", _FAILOVER_KEYS)
    return NetworkAdapter(
        name=t.text("name", "Network Adapter"),
        switch_name=t.text("switch", None),
        mac_address=mac,
        ip_addresses=t.texts("ips"),
        test_replica_switch_name=t.text("test_replica_switch", None),
        failover=FailoverIP(**{key: failover.text(key, "") for key in sorted(_FAILOVER_KEYS)}),
        id=adapter_id,
    )


def _uuid(t: Table, key: str) -> UUID | None:
    text = t.text(key, None)
    if text is None:
        return None
    try:
        return UUID(text)
    except ValueError:
        raise t.error(key, f"'{text}' is not a UUID") from None


def _file_name(name: str) -> str:
    # VM names may hold characters Windows forbids in paths ("Süd" [Prod] is fine, quotes are not).
    return re.sub(r'[<>:"/\\|?*]', "_", name).strip() or "VM"
