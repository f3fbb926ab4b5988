"""Pipelines are data: what goes on the wire and what the user sees as PowerShell."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

from hvgui.hyperv.commands import SWITCH, Cmd, Pipeline, by_id, select, wire_value
from hvgui.hyperv.enums import AuthenticationType, ReplicationMode

VM_ID = UUID("5c0d3a9e-6f1b-4b8e-9a51-0d4f4c1e2a01")


def test_a_vm_is_targeted_by_id_through_the_pipeline() -> None:
    pipeline = by_id(VM_ID, Cmd.of("Start-VMFailover", Prepare=SWITCH, Confirm=False))
    assert pipeline.to_powershell() == (f"Get-VM -Id '{VM_ID}' | Start-VMFailover -Prepare -Confirm:$false")


def test_user_text_is_quoted_so_it_cannot_become_code() -> None:
    name = "Lohn 'Süd' $(Remove-Item C:\\) [Prod]"
    text = Pipeline.of(Cmd.of("Get-VM", Name=name)).to_powershell()
    assert text == "Get-VM -Name 'Lohn ''Süd'' $(Remove-Item C:\\) [Prod]'"
    # Typographic single quotes also end a string in PowerShell: they are doubled too.
    assert Pipeline.of(Cmd.of("Get-VM", Name="a\u2019b")).to_powershell() == "Get-VM -Name 'a\u2019\u2019b'"


def test_values_are_sent_in_forms_pypsrp_can_serialise() -> None:
    assert wire_value(datetime(2026, 11, 25, 8, 0, tzinfo=UTC)) == "2026-11-25T08:00:00+00:00"
    assert wire_value(timedelta(hours=18, minutes=30)) == "18:30:00"
    assert wire_value(timedelta(days=2, hours=1)) == "2.01:00:00"
    assert wire_value(AuthenticationType.Certificate) == "Certificate"
    assert wire_value(ReplicationMode.NONE) == "None"
    assert wire_value(VM_ID) == str(VM_ID)
    assert wire_value(True) is True


def test_lists_booleans_and_numbers_render_as_powershell_literals() -> None:
    cmd = Cmd.of(
        "Set-VMReplication",
        ReplicatedDiskPaths=["C:\\a.vhdx", "D:\\b.vhdx"],
        CompressionEnabled=False,
        ReplicationFrequencySec=300,
    )
    assert Pipeline.of(cmd).to_powershell() == (
        "Set-VMReplication -ReplicatedDiskPaths 'C:\\a.vhdx', 'D:\\b.vhdx' -CompressionEnabled $false "
        "-ReplicationFrequencySec 300"
    )
    assert cmd.wire_params()[1] == ("CompressionEnabled", False)


def test_select_object_lists_the_columns() -> None:
    assert Pipeline.of(Cmd.of("Get-VM"), select("Name", "State")).to_powershell() == (
        "Get-VM | Select-Object -Property 'Name', 'State'"
    )
