"""Replication Health (the demo's Critical VM, Reset Statistics, Save As CSV, the extended tab) and
the Replication Configuration page (entries, certificate authentication, port validation)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from hvgui.hyperv.enums import ServerAuthenticationType
from hvgui.hyperv.model import AuthorizationEntry
from hvgui.services.workflows import Outcome
from hvgui.services.workflows.reads import read_replica_server
from hvgui.ui.dialogs.health import ReplicationHealthDialog
from hvgui.ui.dialogs.settings import HyperVSettingsDialog
from tests.ui.dialogs.conftest import FRA, MUC, World

MUC_CERT = "3A7F19C2D84E5B60A1F2C3D4E5F60718293A4B5C"


def test_health_shows_the_critical_vm_reasons_resets_and_saves(world: World, tmp_path: Path) -> None:
    vm, relations = world.target(FRA, "CRM-WEB-01")  # replication error, Critical
    dialog = ReplicationHealthDialog(None, world.ctx, vm, relations)
    dialog.open()
    world.wait(lambda: not dialog.busy and dialog.panes[relations[0].relationship].stats is not None)
    assert dialog.tabs.count() == 1 and dialog.tabs.tabText(0) == "Replication"
    pane = next(iter(dialog.panes.values()))
    assert pane.values["health"].text() == "Critical"
    assert pane.values["state"].text() == "Replication error"
    assert "error state" in pane.reasons.text()
    assert pane.host_says.text().startswith("Hyper-V reports:")
    assert not pane.values["pending"].isHidden() and pane.values["test_status"].isHidden()

    dialog.reset_button.click()
    world.wait(lambda: any(j.kind == "reset_statistics" and not j.running for j in world.ctx.tracker.jobs()))
    world.wait(lambda: not dialog.busy)
    job = next(j for j in world.ctx.tracker.jobs() if j.kind == "reset_statistics")
    assert job.outcome is Outcome.SUCCEEDED, job.message
    assert len(world.ctx.history.samples(vm.id, FRA, relations[0].relationship)) >= 2

    dialog.save_button.click()
    assert dialog.file_dialog is not None
    target = tmp_path / "health.csv"
    dialog.file_dialog.fileSelected.emit(str(target))
    world.wait(lambda: dialog.saved_to is not None)
    text = target.read_text(encoding="utf-8-sig")
    assert "Replication Health,Critical" in text and "Reason," in text
    outcomes: list[object] = []
    dialog.finished_with.connect(outcomes.append)
    dialog.close_button.click()
    assert outcomes == [Outcome.SUCCEEDED]


def test_health_of_a_replica_that_extends_has_two_tabs(world: World) -> None:
    vm, relations = world.target(FRA, "FS-MUC-01")
    dialog = ReplicationHealthDialog(None, world.ctx, vm, relations)
    world.wait(lambda: not dialog.busy and all(p.stats for p in dialog.panes.values()))
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Replication",
        "Extended Replication",
    ]
    panes = list(dialog.panes.values())
    assert panes[0].values["test_status"].text() == "Not running"  # the replica end of München -> Frankfurt
    assert not panes[1].values["pending"].isHidden()  # the sending end of Frankfurt -> Düsseldorf
    dialog.close()


def open_settings(world: World, host: str) -> HyperVSettingsDialog:
    dialog = HyperVSettingsDialog(None, world.ctx, host)
    dialog.open()
    world.wait(lambda: dialog.loaded is not None)
    return dialog


def test_settings_add_edit_remove_an_authorization_entry(world: World) -> None:
    dialog = open_settings(world, MUC)
    assert dialog.enable_box.isChecked() and dialog.specified_radio.isChecked()
    assert [e.allowed_primary_server for e in dialog.entries] == ["*.rz.contoso-gmbh.de"]
    assert dialog.problem_label.text() == "Nothing has changed."

    dialog.add_button.click()
    entry = dialog.entry_dialog
    assert entry is not None
    ok = entry.buttons.button(QDialogButtonBox.StandardButton.Ok)
    entry.server_edit.setText("hv-*.contoso.com")
    assert not ok.isEnabled() and "wildcard" in entry.problem_label.text()
    entry.server_edit.setText("*.rz.contoso-gmbh.de")
    assert not ok.isEnabled() and "already" in entry.problem_label.text()
    entry.server_edit.setText("*.dr.contoso-gmbh.de")
    entry.storage_edit.setText("Replica")
    assert not ok.isEnabled() and "full path" in entry.problem_label.text()
    entry.storage_edit.setText("F:\\DR Replica")
    entry.trust_edit.setText("DR")
    assert ok.isEnabled(), entry.problem_label.text()
    ok.click()
    assert len(dialog.entries) == 2

    dialog.table.selectRow(0)
    dialog.edit_button.click()
    edit = dialog.entry_dialog
    assert edit is not None and edit.server_edit.text() == "*.rz.contoso-gmbh.de"
    edit.storage_edit.setText("E:\\Replica RZ")
    edit.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    dialog.next_button.click()
    keys = [r.key for r in dialog._plan_list.rows]
    assert keys == ["server", "change_entry_*.rz.contoso-gmbh.de", "add_entry_*.dr.contoso-gmbh.de"]
    dialog.next_button.click()
    world.wait(lambda: dialog.page == dialog.PROGRESS and not dialog.running, 60)
    assert dialog.error is None, dialog.result_panel.as_text()
    info = world.run(read_replica_server(world.ctx.session(MUC)))
    assert {e.allowed_primary_server: e.storage_location for e in info.entries} == {
        "*.rz.contoso-gmbh.de": "E:\\Replica RZ",
        "*.dr.contoso-gmbh.de": "F:\\DR Replica",
    }

    again = open_settings(world, MUC)
    again.table.selectRow(1)
    again.remove_button.click()
    again.next_button.click()
    assert again._plan_list.rows[0].key == "remove_entry_*.dr.contoso-gmbh.de"
    again.next_button.click()
    world.wait(lambda: again.page == again.PROGRESS and not again.running, 60)
    assert again.error is None, again.result_panel.as_text()
    info = world.run(read_replica_server(world.ctx.session(MUC)))
    assert [e.allowed_primary_server for e in info.entries] == ["*.rz.contoso-gmbh.de"]
    assert info.entries[0] == AuthorizationEntry("*.rz.contoso-gmbh.de", "E:\\Replica RZ", "RZ-CONTOSO")


def test_settings_certificate_authentication_with_port_validation(world: World) -> None:
    dialog = open_settings(world, MUC)
    dialog.certificate_box.setChecked(True)
    dialog.certificate_port.setText("70000")
    assert not dialog.next_button.isEnabled() and "65535" in dialog.problem_label.text()
    dialog.certificate_port.setText("80")
    assert not dialog.next_button.isEnabled() and "different ports" in dialog.problem_label.text()
    dialog.certificate_port.setText("443")
    dialog.thumbprint_edit.setText("1234")
    assert not dialog.next_button.isEnabled() and "thumbprint" in dialog.problem_label.text()
    dialog.thumbprint_edit.setText(MUC_CERT)
    assert dialog.next_button.isEnabled(), dialog.problem_label.text()
    dialog.next_button.click()
    assert "firewall" in dialog._consequence_label.text()
    dialog.next_button.click()
    world.wait(lambda: dialog.page == dialog.PROGRESS and not dialog.running, 60)
    assert dialog.error is None, dialog.result_panel.as_text()
    info = world.run(read_replica_server(world.ctx.session(MUC)))
    assert info.auth is ServerAuthenticationType.CertificateAndKerberos and info.certificate_port == 443
    assert info.certificate_thumbprint.upper() == MUC_CERT
