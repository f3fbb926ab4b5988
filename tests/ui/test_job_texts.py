"""Jobs and steps are named in the user's language: every key the services use has a title.

The services title jobs and steps in English for the audit log; the window looks them up by the
workflow's kind and the step's key. The keys are read from the workflows' source, so that a new
step without a translated title fails here instead of showing English in a German window.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

import hvgui.services.workflows as workflows_package
from hvgui.hyperv.enums import RelationshipType
from hvgui.services.jobs import Job
from hvgui.services.workflows.base import Workflow
from hvgui.services.workflows.power import PowerAction
from hvgui.ui import job_texts
from hvgui.ui.i18n import install_translators
from hvgui.ui.models.jobs import JobColumn, JobsModel

WORKFLOWS = Path(workflows_package.__file__).parent


def step_keys() -> set[str]:
    """Literal keys, and the fixed prefix of keys built with an f-string, of every Step made."""
    keys: set[str] = set()
    for source in WORKFLOWS.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name not in {"Step", "_step"}:
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                keys.add(first.value)
            elif isinstance(first, ast.JoinedStr) and isinstance(first.values[0], ast.Constant):
                keys.add(f"{first.values[0].value}SERVER")
    # Keys made from values: the power action's, and remove.py's remove_<relationship>_<host>.
    keys |= {action.value for action in PowerAction}
    keys |= {f"remove_{kind.name.lower()}_HV-A" for kind in RelationshipType}
    return keys


def all_kinds() -> set[str]:
    kinds: set[str] = set()
    pending: list[type] = [Workflow]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if "kind" in vars(cls):
            kinds.add(vars(cls)["kind"])
    return kinds


@pytest.fixture
def german(qapp: QCoreApplication) -> Iterator[None]:
    translators = install_translators(qapp, "de")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")


def test_the_key_scan_finds_the_steps_of_every_workflow() -> None:
    keys = step_keys()
    assert {"prepare", "fail_over", "reverse", "test_connection", "add_entry_SERVER"} <= keys
    assert len(keys) > 25


def test_every_step_key_has_a_title() -> None:
    missing = sorted(k for k in step_keys() if job_texts.step_title(k, fallback="") == "")
    assert missing == []


def test_every_workflow_kind_has_a_title() -> None:
    import hvgui.services.workflows.bulk  # noqa: F401  (every workflow module is loaded)

    kinds = all_kinds() - {"power"}
    assert {"planned_failover", "test_failover"} <= kinds
    assert sorted(k for k in kinds if job_texts.job_title(k, "VM") == "") == []
    for action in PowerAction:
        assert job_texts.job_title("power", "VM", {"action": action.value}) != ""


@pytest.mark.usefixtures("german")
def test_titles_in_german() -> None:
    assert job_texts.job_title("planned_failover", "SQL01") == "Geplantes Failover von SQL01"
    assert job_texts.step_title("prepare") == "Letzte Änderungen senden und Failover vorbereiten"
    assert job_texts.step_title("") == "Vorbedingungen werden geprüft"
    assert job_texts.step_title("add_entry_*.contoso.de") == "*.contoso.de als primären Server autorisieren"


def test_a_vm_name_with_placeholders_is_not_filled_twice() -> None:
    assert job_texts.job_title("pause_replication", "%2 %1") == "Pause replication of %2 %1"


def test_an_unknown_key_falls_back_to_the_services_title() -> None:
    assert job_texts.step_title("something_new", fallback="Do something new") == "Do something new"
    assert job_texts.job_title("something_new", "VM", fallback="Do it to VM") == "Do it to VM"


@pytest.mark.usefixtures("german")
def test_the_jobs_list_shows_the_current_step_in_german(qapp: QCoreApplication) -> None:
    job = Job(
        id="1",
        kind="planned_failover",
        title="Planned failover of SQL01",
        hosts=("HV-A", "HV-B"),
        vm_name="SQL01",
        vm_id=None,
        step="Send the last changes and prepare SQL01 for failover on HV-A",
        step_host="HV-A",
        progress=0.2,
        started=datetime.now(UTC),
        step_key="prepare",
    )
    model = JobsModel(lambda j: job_texts.job_title(j.kind, j.vm_name, fallback=j.title))
    model.apply(job)
    assert model.index(0, JobColumn.OPERATION).data() == "Geplantes Failover von SQL01"
    assert model.index(0, JobColumn.STEP).data() == "Letzte Änderungen senden und Failover vorbereiten"
