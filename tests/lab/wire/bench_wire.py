"""Wire benchmark (not collected by pytest): medians over 20 runs on loopback.

    .venv/bin/python -m tests.lab.wire.bench_wire [--runs 20] [--vms 200]

The server runs in its own process, as a real host would, so client and server do not share a GIL.
Per mode (HTTP + Basic, HTTPS + Basic, HTTP + NTLM with message encryption) it times: opening a
runspace pool; one Get-VM of a single VM; Get-VM of all VMs; Get-VM of all VMs piped to
Select-Object with the ten list columns.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

COLUMNS = [
    "Name",
    "State",
    "CPUUsage",
    "MemoryAssigned",
    "Uptime",
    "Status",
    "ReplicationState",
    "ReplicationHealth",
    "ReplicationMode",
    "Id",
]
MODES = [("HTTP  Basic", False, "basic"), ("HTTPS Basic", True, "basic"), ("HTTP  NTLM ", False, "negotiate")]


def build_lab(count: int) -> Any:
    """Two hosts; `count` running VMs on the first, all replicating to the second."""
    from datetime import UTC, datetime

    from hvgui.lab.clock import LabClock
    from hvgui.lab.enums import VMState
    from hvgui.lab.model import GIB, LabHost, LabVM, NetworkAdapter, ReplicaServerSettings, VirtualDisk
    from hvgui.lab.records import CommandCall
    from hvgui.lab.runtime import Lab

    start = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
    hosts = {}
    for name in ("HV-BENCH-A", "HV-BENCH-B"):
        host = LabHost(name, "bench.test", certificates=[name[-1] * 40])
        host.replica = ReplicaServerSettings(enabled=True, allow_any=True, default_storage="D:\\Replica")
        hosts[name] = host
    for i in range(count):
        vm = LabVM(
            id=uuid.UUID(int=i + 1),
            name=f"VM{i:04d}",
            state=VMState.Running,
            disks=[VirtualDisk(f"D:\\VMs\\VM{i:04d}\\os.vhdx", 60 * GIB, 20 * GIB)],
            adapters=[NetworkAdapter(switch_name="LAN", mac_address=f"00155D{i:06X}")],
            started_at=start,
        )
        hosts["HV-BENCH-A"].vms[vm.id] = vm
    lab = Lab(hosts, LabClock(start))
    lab.last_tick = start
    for i in range(count):
        name = f"VM{i:04d}"
        lab.invoke(
            "HV-BENCH-A",
            [
                CommandCall.of(
                    "Enable-VMReplication",
                    VMName=name,
                    ReplicaServerName="hv-bench-b.bench.test",
                    ReplicaServerPort=80,
                    AuthenticationType="Kerberos",
                )
            ],
        )
        lab.invoke("HV-BENCH-A", [CommandCall.of("Start-VMInitialReplication", VMName=name)])
    lab.advance(3600)
    return lab


def _serve(count: int, https: bool, auth: str, data_dir: str, conn: Connection) -> None:
    from hvgui.lab.wire import LabServer

    server = LabServer(build_lab(count), https=https, auth=auth, data_dir=Path(data_dir))  # type: ignore[arg-type]
    server.start()
    conn.send([ep.as_dict() for ep in server.endpoints()])
    conn.recv()
    server.stop()


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm up (imports, TLS session, first-use caches)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def bench_mode(count: int, https: bool, auth: str, runs: int, data_dir: str) -> dict[str, float]:
    from pypsrp.powershell import PowerShell, RunspacePool
    from pypsrp.wsman import WSMan

    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_serve, args=(count, https, auth, data_dir, child), daemon=True)
    proc.start()
    try:
        ep = parent.recv()[0]
        encryption = "auto" if https or auth == "negotiate" else "never"

        def wsman() -> WSMan:
            return WSMan(
                ep["host"],
                port=ep["port"],
                ssl=ep["ssl"],
                auth=ep["auth"],
                username=ep["username"],
                password=ep["password"],
                cert_validation=ep["ca_file"] or False,
                encryption=encryption,
            )

        def open_pool() -> None:
            pool = RunspacePool(wsman())
            pool.open()
            pool.close()

        pool = RunspacePool(wsman())
        pool.open()

        def invoke(*commands: tuple[str, dict[str, Any]], expect: int) -> Callable[[], None]:
            def run() -> None:
                ps = PowerShell(pool)
                for name, params in commands:
                    ps.add_cmdlet(name)
                    for key, value in params.items():
                        ps.add_parameter(key, value)
                out = ps.invoke()
                assert len(out) == expect and not ps.had_errors, (len(out), ps.streams.error[:1])

            return run

        results = {
            "pool open": median_ms(open_pool, runs),
            "Get-VM (1 VM)": median_ms(invoke(("Get-VM", {"Name": "VM0000"}), expect=1), runs),
            f"Get-VM ({count} VMs)": median_ms(invoke(("Get-VM", {}), expect=count), runs),
            f"Get-VM ({count}) | Select 10": median_ms(
                invoke(("Get-VM", {}), ("Select-Object", {"Property": COLUMNS}), expect=count), runs
            ),
        }
        pool.close()
        return results
    finally:
        parent.send("stop")
        proc.join(10)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--vms", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hvgui-bench-") as data_dir:
        rows = {label: bench_mode(args.vms, https, auth, args.runs, data_dir) for label, https, auth in MODES}
    columns = list(next(iter(rows.values())))
    width = max(len(c) for c in columns) + 2
    print(f"median of {args.runs} runs, milliseconds, loopback, server in its own process")
    print("mode".ljust(13) + "".join(c.rjust(width) for c in columns))
    for label, values in rows.items():
        print(label.ljust(13) + "".join(f"{values[c]:.1f}".rjust(width) for c in columns))


if __name__ == "__main__":
    main()
