"""Every page of every wizard in English and German: rendered to PNG, and no English left in German.

The pages are walked with screenshot_pages() (sample answers, nothing runs), for VMs of the demo lab
read over the wire, so the names are the ones a user of the demo sees.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from hvgui.hyperv.enums import RelationshipType
from hvgui.ui.wizards import (
    EnableReplicationWizard,
    ExtendReplicationWizard,
    ReverseReplicationWizard,
    screenshot_pages,
)
from hvgui.ui.wizards.base import ReplicationWizard
from tests.ui.wizards.conftest import FRA, MUC, Language, Served
from tests.ui.wizards.helpers import visible_texts

SHOTS = Path("/tmp/hvgui-shots/wizards")
# Words that German uses as they are.
SAME_IN_GERMAN = {
    "Server", "Status", "Details", "Kerberos", "HTTP", "HTTPS", "PowerShell", "Failover", "VSS", "Port",
    "Hyper-V", "FQDN", "GB", "MB", "TB", "GiB", "ID", "VHD", "VHDs", "Set-VMReplication", "AsReplica",
}  # fmt: skip

Factory = Callable[[Served], ReplicationWizard]


def enable(served: Served) -> ReplicationWizard:
    return EnableReplicationWizard(None, served.ctx(), served.vm(MUC, "DC-MUC-01"))


def extend(served: Served) -> ReplicationWizard:
    replica = served.vm(FRA, "SQL-PROD-01")
    relation = next(r for r in served.relations(replica) if r.relationship is RelationshipType.Simple)
    return ExtendReplicationWizard(None, served.ctx(), replica, relation)


def reverse(served: Served) -> ReplicationWizard:
    vm = served.vm(MUC, "ZEITERFASSUNG-01")
    (relation,) = served.relations(vm)
    return ReverseReplicationWizard(None, served.ctx(), vm, relation)


def walk(served: Served, qtbot: QtBot, factory: Factory, language: str) -> dict[str, list[str]]:
    wizard = factory(served)
    qtbot.addWidget(wizard)
    SHOTS.mkdir(parents=True, exist_ok=True)
    seen: dict[str, list[str]] = {}
    for name, widget in screenshot_pages(wizard):
        QApplication.processEvents()
        assert widget.grab().save(str(SHOTS / f"{name}-{language}.png"))
        seen[name] = visible_texts(widget)
    wizard.close()
    return seen


def english_left(english: str, german: str, data: set[str]) -> bool:
    if english != german:
        return False
    # Paths are data, whatever words they contain.
    text = re.sub(r"\S*\\\S*", " ", english.replace("&", ""))
    words = re.findall(r"[A-Za-zÄÖÜäöüß][\w\-]+", text)
    return any(w not in SAME_IN_GERMAN and w not in data and not w.isupper() for w in words)


@pytest.mark.parametrize("factory", [enable, extend, reverse], ids=["enable", "extend", "reverse"])
def test_every_page_renders_and_german_leaves_no_english(
    served: Served, qtbot: QtBot, language: Language, factory: Factory
) -> None:
    english = walk(served, qtbot, factory, "en")
    language.use("de")
    german = walk(served, qtbot, factory, "de")
    assert list(english) == list(german)  # the same pages in the same order
    sample = factory(served)
    qtbot.addWidget(sample)
    data = _data(sample)
    left = {
        name: [e for e, g in zip(english[name], german[name], strict=False) if english_left(e, g, data)]
        for name in english
        if not name.endswith("powershell")  # the dialogs' shared View PowerShell window has its own tests
    }
    assert not {name: texts for name, texts in left.items() if texts}


def _data(wizard: ReplicationWizard) -> set[str]:
    """Names of hosts, VMs and paths: the same in every language."""
    words: set[str] = set()
    names = [wizard.vm.name, wizard.vm.host, *wizard.ctx.hosts()]
    if wizard.relation is not None:
        names += [wizard.relation.primary_server, wizard.relation.replica_server]
    for name in names:
        words.update(re.findall(r"[\w\-]+", name))
    words.update({"Hyper-V", "Virtual", "Hard", "Disks", "OS", "Data", "vhdx", "REPLICA"})
    return words


def test_the_page_list_follows_the_language(served: Served, qtbot: QtBot, language: Language) -> None:
    wizard = enable(served)
    qtbot.addWidget(wizard)
    wizard.show()
    side = wizard.sideWidget()
    assert isinstance(side, QWidget)
    before = visible_texts(side)
    assert "Specify Replica Server" in before
    language.use("de")
    QApplication.processEvents()  # LanguageChange is posted
    assert "Replikatserver angeben" in visible_texts(side)
    assert wizard.windowTitle() == "Replikation für „DC-MUC-01“ aktivieren"
