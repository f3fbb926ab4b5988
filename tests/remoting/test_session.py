"""HostSession against the lab over real WinRM: results, statements, Hyper-V's errors."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Sequence

import pytest

from hvgui.hyperv import parse
from hvgui.hyperv.commands import SWITCH, Cmd, Pipeline, by_id, select
from hvgui.hyperv.enums import VMState
from hvgui.hyperv.errors import CommandFailed, HyperVModuleMissing, SessionClosed
from hvgui.hyperv.model import EnumValue, PSData
from hvgui.lab.enums import VMState as LabVMState
from hvgui.lab.runtime import Lab
from hvgui.lab.wire import LabServer
from hvgui.remoting import HostSession, Timeouts
from tests.remoting.conftest import B_ID, FAST, SQL_ID, WEB_ID, A, B, profile, run

GET_VM = Pipeline.of(Cmd.of("Get-VM"))


def session(server: LabServer, host: str = A) -> HostSession:
    ep = server.endpoint(host)
    return HostSession(profile(ep), ep.password, timeouts=FAST)


def test_get_vm_parses_into_vm_info(server: LabServer) -> None:
    async def scenario() -> list[PSData]:
        s = session(server)
        try:
            return await s.run_one(GET_VM)
        finally:
            await s.close()

    objects = run(scenario())
    vms = {vm.id: vm for vm in (parse.vm(o, A) for o in objects)}
    assert set(vms) == {SQL_ID, WEB_ID}
    assert vms[SQL_ID].name == "SQL01" and vms[SQL_ID].state is VMState.Running
    assert vms[WEB_ID].name == "Web [Test]*" and vms[WEB_ID].state is VMState.Off
    sql = next(o for o in objects if o.props["Id"] == SQL_ID)
    assert sql.type_names[0] == "Microsoft.HyperV.PowerShell.VirtualMachine"
    assert sql.props["State"] == EnumValue("Running", 2)
    assert "SQL01" in sql.text


def test_each_statement_gets_its_own_result_list(https_server: LabServer) -> None:
    async def scenario() -> list[list[PSData]]:
        s = session(https_server)
        try:
            return await s.run(
                by_id(SQL_ID, select("Name", "Id")),
                by_id(WEB_ID, Cmd.of("Get-VMHardDiskDrive")),
                by_id(SQL_ID, Cmd.of("Get-VMHardDiskDrive")),
                Pipeline.of(Cmd.of("Get-VMHost")),
                GET_VM,
            )
        finally:
            await s.close()

    selected, no_disks, disks, hosts, vms = run(scenario())
    assert [o.props for o in selected] == [{"Name": "SQL01", "Id": SQL_ID}]
    assert no_disks == []  # an empty statement keeps its place
    assert [parse.disk(d).path for d in disks] == ["C:\\VMs\\SQL01\\os.vhdx"]
    assert [o.type_names[0] for o in hosts] == ["Microsoft.HyperV.PowerShell.VMHost"]
    assert len(vms) == 2


def test_unknown_vm_id_raises_command_failed_with_hyperv_message(server: LabServer) -> None:
    missing = uuid.uuid4()

    async def scenario() -> None:
        s = session(server)
        try:
            await s.run_one(by_id(missing))
        finally:
            await s.close()

    with pytest.raises(CommandFailed) as info:
        run(scenario())
    err = info.value
    assert err.host == A
    assert err.first.fq_error_id == "InvalidParameter,Microsoft.HyperV.PowerShell.Commands.GetVM"
    assert err.first.error_id == "InvalidParameter"
    assert str(missing) in err.first.message and err.first.category == "InvalidArgument"
    assert err.command == f"Get-VM -Id '{missing}'"
    assert str(missing) in err.detail


def test_terminating_error_is_reported_and_the_session_stays_usable(https_server: LabServer) -> None:
    # Start-VMFailover without -Confirm:$false cannot prompt in a remote session: a terminating error.
    async def scenario() -> tuple[CommandFailed, list[PSData]]:
        s = session(https_server)
        try:
            with pytest.raises(CommandFailed) as info:
                await s.run_one(by_id(SQL_ID, Cmd.of("Start-VMFailover")))
            assert s.connected, "a Hyper-V error must not cost the connection"
            return info.value, await s.run_one(GET_VM)
        finally:
            await s.close()

    err, vms = run(scenario())
    assert err.first.error_id == "HostFunctionNotImplemented"
    assert len(vms) == 2


def test_a_failing_statement_stops_the_batch(https_server: LabServer, lab: Lab) -> None:
    async def scenario() -> None:
        s = session(https_server)
        try:
            await s.run(by_id(uuid.uuid4()), by_id(WEB_ID, Cmd.of("Start-VM")))
        finally:
            await s.close()

    with pytest.raises(CommandFailed) as info:
        run(scenario())
    assert info.value.command.startswith("Get-VM -Id")
    assert lab.host(A).vms[WEB_ID].state is LabVMState.Off


def test_switch_parameters_are_sent_as_switches(https_server: LabServer, lab: Lab) -> None:
    async def scenario() -> list[PSData]:
        s = session(https_server)
        try:
            return await s.run_one(by_id(WEB_ID, Cmd.of("Start-VM", WhatIf=SWITCH)))
        finally:
            await s.close()

    assert run(scenario()) == []
    assert lab.host(A).vms[WEB_ID].state is LabVMState.Off


def test_unknown_hyperv_cmdlet_means_the_module_is_missing(https_server: LabServer) -> None:
    async def scenario(name: str) -> None:
        s = session(https_server)
        try:
            await s.run_one(Pipeline.of(Cmd.of(name)))
        finally:
            await s.close()

    with pytest.raises(HyperVModuleMissing) as info:
        run(scenario("Get-VMShinyNewThing"))
    assert "Get-VMShinyNewThing" in info.value.detail
    # Any other unknown command is just a failed command.
    with pytest.raises(CommandFailed) as failed:
        run(scenario("Get-Frobnicator"))
    assert failed.value.first.error_id == "CommandNotFoundException"


def test_every_call_runs_on_the_hosts_own_worker_thread(https_server: LabServer) -> None:
    seen: list[str] = []

    async def scenario() -> None:
        s = session(https_server, B)
        original = s._run_all

        def spy(pipelines: Sequence[Pipeline]) -> list[list[PSData]]:
            seen.append(threading.current_thread().name)
            return original(pipelines)

        s._run_all = spy  # type: ignore[method-assign]
        try:
            await s.connect()
            for _ in range(3):
                (vm,) = await s.run_one(GET_VM)
                assert vm.props["Id"] == B_ID
        finally:
            await s.close()

    run(scenario())
    assert len(set(seen)) == 1 and seen[0].startswith("hvgui-127.0.0.1")
    assert threading.current_thread().name not in seen


def test_run_without_pipelines_does_not_connect(https_server: LabServer) -> None:
    async def scenario() -> bool:
        s = session(https_server)
        try:
            assert await s.run() == []
            return s.connected
        finally:
            await s.close()

    assert run(scenario()) is False


def test_closed_session_refuses_work(https_server: LabServer) -> None:
    async def scenario() -> None:
        s = session(https_server)
        await s.run_one(GET_VM)
        await s.close()
        await s.close()  # twice is fine
        await s.run_one(GET_VM)

    with pytest.raises(SessionClosed, match="closed"):
        run(scenario())


def test_close_deletes_the_shell_on_the_host(https_server: LabServer) -> None:
    async def scenario() -> int:
        s = session(https_server, B)
        await s.connect()
        during = https_server.shell_count(B)
        await s.close()
        return during

    before = https_server.shell_count(B)
    assert run(scenario()) == before + 1
    assert https_server.shell_count(B) == before


def test_timeouts_are_checked() -> None:
    with pytest.raises(ValueError, match="exceed"):
        Timeouts(operation=20, read=20)
    with pytest.raises(ValueError):
        Timeouts(connect=0)
    assert Timeouts().read > Timeouts().operation


def test_an_invalid_profile_is_refused_before_any_connection(https_server: LabServer) -> None:
    ep = https_server.endpoint(A)
    with pytest.raises(ValueError, match="HTTPS"):
        HostSession(profile(ep, use_https=False), ep.password)
