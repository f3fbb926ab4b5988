"""hvgui-lab: the table, the connections file, the run loop, and a real process on the demo lab."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from pypsrp.powershell import RunspacePool

from hvgui.lab import cli
from hvgui.lab.wire import Endpoint
from tests.lab.wire.conftest import FakeLab, connect, run

KEYS = {"name", "host", "port", "ssl", "auth", "username", "password", "ca_file"}


def test_defaults_are_https_and_basic() -> None:
    args = cli.build_parser().parse_args([])
    assert (args.https, args.auth, args.base_port, args.bind) == (True, "basic", 0, "127.0.0.1")
    assert cli.build_parser().parse_args(["--http", "--auth", "negotiate"]).https is False
    with pytest.raises(SystemExit):
        cli.build_parser().parse_args(["--http", "--https"])


def test_serve_prints_the_table_and_writes_connections(tmp_path: Path) -> None:
    conn_file = tmp_path / "connections.json"
    state = tmp_path / "state.json"
    args = cli.build_parser().parse_args(
        [
            "--http",
            "--connections-file",
            str(conn_file),
            "--data-dir",
            str(tmp_path / "lab"),
            "--state",
            str(state),
        ]
    )
    stop = threading.Event()
    out: list[str] = []

    class Capture:
        def write(self, text: str) -> int:
            out.append(text)
            return len(text)

        def flush(self) -> None:
            pass

    lab = FakeLab()
    result: list[int] = []
    thread = threading.Thread(target=lambda: result.append(cli.serve(args, lab, stop, Capture())))  # type: ignore[arg-type]
    thread.start()
    _wait_for(conn_file)
    entries = json.loads(conn_file.read_text())
    assert [e["name"] for e in entries] == ["HV-A", "HV-B"]
    assert all(set(e) == KEYS for e in entries)
    if os.name == "posix":
        assert conn_file.stat().st_mode & 0o077 == 0
    ep = Endpoint(**entries[0])
    with RunspacePool(connect(ep)) as rp:
        assert len(run(rp, ("Get-VM", {})).output) == 1
    stop.set()
    thread.join(5)
    assert result == [0]
    text = "".join(out)
    assert "HV-A" in text and ep.url in text and ep.password in text
    assert state.read_text() == "fake lab state\n"


def test_the_process_serves_the_demo_lab_until_terminated(tmp_path: Path) -> None:
    conn_file = tmp_path / "connections.json"
    state = tmp_path / "lab-state.json"
    cmd = [
        sys.executable, "-m", "hvgui.lab.cli", "--http", "--auth", "negotiate", "--speed", "0",
        "--connections-file", str(conn_file), "--data-dir", str(tmp_path / "lab"), "--state", str(state),
    ]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for(conn_file, proc)
        entries = json.loads(conn_file.read_text())
        assert len(entries) >= 2 and all(e["auth"] == "negotiate" and not e["ssl"] for e in entries)
        with RunspacePool(connect(Endpoint(**entries[0]))) as rp:
            vms = run(rp, ("Get-VM", {})).output
            assert vms
            # Leave a mark that must survive the restart: turn a running VM off.
            name = next(
                str(v.adapted_properties["Name"])
                for v in vms
                if str(v.adapted_properties["State"]) == "Running"
            )
            ps = run(rp, ("Stop-VM", {"Name": name, "TurnOff": None}))
            assert not ps.had_errors and not ps.streams.error
    finally:
        if os.name == "posix":
            proc.send_signal(signal.SIGTERM)
        else:
            proc.terminate()
        stdout, stderr = proc.communicate(timeout=10)
    assert entries[0]["password"] in stdout
    if os.name != "posix":
        return  # terminate() on Windows kills without the orderly shutdown
    assert proc.returncode == 0, stderr
    assert state.exists()
    from hvgui.lab.records import CommandCall
    from hvgui.lab.runtime import Lab

    restored = Lab.load(state)
    [vm] = restored.invoke(entries[0]["name"], [CommandCall.of("Get-VM", Name=name)]).output
    assert vm.properties["State"].name == "Off"


def test_format_table_lines_up() -> None:
    ep = Endpoint("HV-X", "127.0.0.1", 5986, True, "basic", "LAB\\labadmin", "pw", "/tmp/ca.pem")
    lines = cli.format_table([ep]).splitlines()
    assert lines[0].split() == ["Host", "URL", "User", "Password", "CA", "file"]
    assert lines[1].split() == ["HV-X", "https://127.0.0.1:5986/wsman", "LAB\\labadmin", "pw", "/tmp/ca.pem"]


def _wait_for(path: Path, proc: subprocess.Popen[str] | None = None) -> None:
    deadline = time.monotonic() + 30
    while not (path.exists() and path.stat().st_size > 0):
        if proc is not None and proc.poll() is not None:
            raise AssertionError(proc.communicate()[1])
        if time.monotonic() > deadline:
            raise AssertionError(f"{path} was not written")
        time.sleep(0.05)
