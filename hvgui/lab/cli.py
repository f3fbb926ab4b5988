"""hvgui-lab: run the simulated Hyper-V hosts as WinRM endpoints until Ctrl+C.

    hvgui-lab [--scenario FILE] [--speed N] [--http | --https] [--auth basic|negotiate]
              [--base-port P] [--bind ADDR] [--state FILE] [--connections-file PATH] [--data-dir DIR]

Prints one line per host (name, URL, user, password, CA file) and can write the same as JSON for
scripts and for hvgui's own "connect to lab" action.
"""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import FrameType
from typing import Any, TextIO

from hvgui.lab.wire.auth import write_private
from hvgui.lab.wire.server import Endpoint, LabProtocol, LabServer

log = logging.getLogger("hvgui.lab")


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("hvgui", appauthor=False)) / "lab"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hvgui-lab", description="Serve the simulated Hyper-V hosts over WinRM."
    )
    parser.add_argument("--scenario", type=Path, help="scenario file (default: the built-in demo lab)")
    parser.add_argument("--speed", type=float, default=1.0, help="lab seconds per real second (0 = frozen)")
    transport = parser.add_mutually_exclusive_group()
    transport.add_argument(
        "--http", dest="https", action="store_false", help="plain HTTP (use with --auth negotiate)"
    )
    transport.add_argument(
        "--https", dest="https", action="store_true", help="HTTPS with the lab CA (default)"
    )
    parser.set_defaults(https=True)
    parser.add_argument("--auth", choices=("basic", "negotiate"), default="basic")
    parser.add_argument(
        "--base-port", type=int, default=0, help="first port; hosts get consecutive ports (0 = any free)"
    )
    parser.add_argument("--bind", default="127.0.0.1", help="address to listen on")
    parser.add_argument(
        "--state", type=Path, help="load the lab from this file if it exists; save to it on exit"
    )
    parser.add_argument("--connections-file", type=Path, help="write the endpoints as JSON to this file")
    parser.add_argument("--data-dir", type=Path, help="where the lab CA and demo credentials live")
    parser.add_argument("--list-vms", action="store_true", help="also print every host's VMs at start")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every request")
    return parser


def load_lab(args: argparse.Namespace) -> LabProtocol:
    from hvgui.lab.runtime import Lab

    if args.state is not None and args.state.exists():
        return Lab.load(args.state, args.speed)
    if args.scenario is not None:
        return Lab.from_scenario_file(args.scenario, args.speed)
    return Lab.demo(args.speed)


def format_table(endpoints: Sequence[Endpoint]) -> str:
    rows = [("Host", "URL", "User", "Password", "CA file")]
    rows += [(e.name, e.url, e.username, e.password, e.ca_file or "-") for e in endpoints]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows
    )


def vm_table(lab: LabProtocol) -> str:
    """Every host's VMs as Get-VM reports them: what the demo shows until the window exists."""
    from hvgui.lab.enums import enum_name
    from hvgui.lab.records import CommandCall

    rows = [("Host", "VM", "State", "Replication", "Health", "Status")]
    for host in lab.host_names():
        for vm in lab.invoke(host, [CommandCall.of("Get-VM")]).output:
            p = vm.properties
            mode, state = enum_name(p["ReplicationMode"]), enum_name(p["ReplicationState"])
            rows.append(
                (
                    host,
                    str(p["Name"]),
                    enum_name(p["State"]),
                    "-" if mode == "None" else f"{mode}: {state}",
                    enum_name(p["ReplicationHealth"]),
                    str(p["Status"]),
                )
            )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows)


def write_connections(path: Path, endpoints: Sequence[Endpoint]) -> None:
    # The file holds the lab's demo password, so only its owner may read it.
    write_private(path, (json.dumps([e.as_dict() for e in endpoints], indent=2) + "\n").encode("utf-8"))


def serve(
    args: argparse.Namespace,
    lab: LabProtocol,
    stop: threading.Event,
    out: TextIO = sys.stdout,
) -> int:
    """Run the server until `stop` is set; the testable heart of main()."""
    data_dir = args.data_dir or default_data_dir()
    server = LabServer(
        lab, https=args.https, auth=args.auth, base_port=args.base_port, bind=args.bind, data_dir=data_dir
    )
    try:
        server.start()
    except OSError as err:
        print(f"hvgui-lab: cannot listen on {args.bind}: {err}", file=sys.stderr)
        return 1
    try:
        endpoints = server.endpoints()
        print(format_table(endpoints), file=out)
        if getattr(args, "list_vms", False):
            print("\n" + vm_table(lab), file=out)
        if args.connections_file is not None:
            write_connections(args.connections_file, endpoints)
            print(f"Connections written to {args.connections_file}", file=out)
        print("Press Ctrl+C to stop.", file=out, flush=True)
        # A timed wait keeps Ctrl+C deliverable on Windows, where an untimed wait blocks it.
        while not stop.wait(0.5):
            pass
    finally:
        server.stop()
    if args.state is not None:
        try:
            lab.save(args.state)
        except Exception as err:  # the lab's own failure must still end the process cleanly
            log.exception("saving the lab state failed")
            print(f"hvgui-lab: cannot save the lab state to {args.state}: {err}", file=sys.stderr)
            return 1
        print(f"Lab state saved to {args.state}", file=out)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO, format="%(asctime)s %(name)s: %(message)s"
    )
    if args.speed < 0:
        print("hvgui-lab: --speed must not be negative", file=sys.stderr)
        return 2
    try:
        lab = load_lab(args)
    except (OSError, ValueError) as err:
        print(f"hvgui-lab: cannot load the lab: {err}", file=sys.stderr)
        return 1
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous: dict[signal.Signals, Any] = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        previous[sig] = signal.signal(sig, on_signal)
    try:
        return serve(args, lab, stop)
    except KeyboardInterrupt:
        return 0
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


if __name__ == "__main__":
    sys.exit(main())
