"""Preconditions are said in the user's language: every reason key the services use has a template.

The workflows raise PreconditionFailed with an English detail (logs, audit log), a reason key and
its arguments. The keys are read from the services' source (fail(host, key, template, ...) and
message(key, template, ...)), so that a new check without a translated template fails here instead
of showing English in a German window.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

import hvgui.core.profiles as profiles_module
import hvgui.services as services_package
from hvgui.core.profiles import ConnectionProfile, ProfileInvalid
from hvgui.hyperv.enums import (
    AuthenticationType,
    ReplicationMode,
    ReplicationState,
    ServerAuthenticationType,
    VMState,
)
from hvgui.hyperv.errors import ConnectionLost, PreconditionFailed, message
from hvgui.hyperv.model import ReplicaServerInfo
from hvgui.services.connections import unusable
from hvgui.services.jobs import Job
from hvgui.services.workflows.base import Outcome, Step
from hvgui.services.workflows.common import fail, mode_words, state_words, vm_on_host, vm_state_words
from hvgui.services.workflows.errors import (
    REASONS,
    WorkflowCancelled,
    WorkflowFailed,
    auth_words,
    not_connected,
    server_auth_words,
)
from hvgui.services.workflows.reads import replica_problem
from hvgui.ui import precondition_texts
from hvgui.ui.dialogs.error import ErrorReport
from hvgui.ui.i18n import install_translators
from hvgui.ui.models.jobs import JobsModel
from hvgui.ui.wizards import texts as wizard_texts

SERVICES = Path(services_package.__file__).parent
# The connection profile's own check: its sentences reach the window as a PreconditionFailed.
SOURCES = [*SERVICES.rglob("*.py"), Path(profiles_module.__file__)]
# English words of ours that must not stand in a German sentence (names and PowerShell aside).
ENGLISH = re.compile(r"\b(Certificate|CertificateAndKerberos|is not|connected|the|and|must|port)\b")
_PLACEHOLDER = re.compile(r"%(\d)")


def placeholders(template: str) -> set[str]:
    return set(_PLACEHOLDER.findall(template))


def used_keys() -> dict[str, set[str]]:
    """Every literal reason key in the services, with the English templates written for it."""
    keys: dict[str, set[str]] = {}
    for source in SOURCES:
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name == "fail" and len(node.args) >= 3:
                key, template = node.args[1], node.args[2]
            elif name == "message" and len(node.args) >= 2:
                key, template = node.args[0], node.args[1]
            else:
                continue
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                assert isinstance(template, ast.Constant) or key.value in precondition_texts.ENUM_KEYS, (
                    f"{source.name}:{node.lineno}: the English template of {key.value!r} is not a literal"
                )
                if isinstance(template, ast.Constant):
                    keys.setdefault(key.value, set()).add(template.value)
    return keys


@pytest.fixture
def german(qapp: QCoreApplication) -> Iterator[None]:
    translators = install_translators(qapp, "de")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")


def test_the_key_scan_finds_the_checks_of_every_workflow() -> None:
    keys = used_keys()
    assert {
        "start_time_past",
        "cannot_fail_over",
        "reverse_not_failed_over",
        "server_bad_name",
    } <= keys.keys()
    assert {"replica_not_enabled", "reason_vm_not_running", "vm_not_found", "not_connected"} <= keys.keys()
    assert {"profile_bad_host", "profile_port_range", "session_settings_invalid"} <= keys.keys()
    assert len(keys) > 80


def test_a_key_has_one_english_template() -> None:
    assert sorted(k for k, templates in used_keys().items() if len(templates) > 1) == []


def test_every_key_has_a_template_with_the_same_placeholders() -> None:
    keys = used_keys()
    missing = sorted(keys.keys() - precondition_texts.TEMPLATES.keys() - precondition_texts.ENUM_KEYS)
    assert missing == []
    differ = sorted(
        key
        for key, templates in keys.items()
        if key in precondition_texts.TEMPLATES
        for english in templates
        if placeholders(english) != placeholders(str(precondition_texts.TEMPLATES[key]))
    )
    assert differ == []


def test_the_english_text_is_the_detail_and_unchanged() -> None:
    err = fail("HV-A", "start_time_past", "The start time for %1 is in the past.", message("x", "the resync"))
    assert err.detail == "The start time for the resync is in the past."
    assert err.reason == "start_time_past"
    assert str(err) == "HV-A: The operation cannot be done in the current state. " + err.detail
    assert err.args == (str(err),)  # Exception's own args are untouched


def test_enum_words_name_every_member() -> None:
    for state in ReplicationState:
        assert precondition_texts.say(state_words(state))
    for mode in ReplicationMode:
        assert precondition_texts.say(mode_words(mode))
    for vm_state in VMState:
        assert precondition_texts.say(vm_state_words(vm_state))
    for auth in AuthenticationType:
        assert precondition_texts.say(auth_words(auth)) != auth.name
    for server_auth in ServerAuthenticationType:
        assert precondition_texts.say(server_auth_words(server_auth)) != server_auth.name


def test_every_rule_reason_has_a_template() -> None:
    assert sorted(r.key for r in REASONS.values() if r.key not in precondition_texts.TEMPLATES) == []


def test_an_unknown_key_or_a_plain_text_falls_back_to_the_detail() -> None:
    assert precondition_texts.text(PreconditionFailed("HV-A", "Plain English.")) == "Plain English."
    err = fail("HV-A", "something_new", "Something new about %1.", "SQL01")
    assert precondition_texts.text(err) == "Something new about SQL01."


def test_a_name_with_placeholders_is_not_filled_twice() -> None:
    err = fail("HV-A", "not_replicated", "%1 is not replicated.", vm_on_host("%2", "HV-A"))
    assert precondition_texts.text(err) == "%2 on HV-A is not replicated."


@pytest.mark.usefixtures("german")
def test_preconditions_in_german() -> None:
    past = fail(
        "HV-A",
        "start_time_past",
        "The start time for %1 is in the past.",
        message("initial_replication", "the initial replication"),
    )
    assert (
        precondition_texts.text(past) == "Die Startzeit für die erste Replikation liegt in der Vergangenheit."
    )
    blocked = fail(
        "HV-B",
        "cannot_fail_over",
        "%1 on %2 cannot fail over: %3.",
        "SQL01",
        "HV-B",
        REASONS[next(r for r in REASONS if r.name == "NEVER_REPLICATED")],
    )
    assert precondition_texts.text(blocked) == (
        "Für SQL01 auf HV-B ist kein Failover möglich: Das Replikat hat noch keine Replikation erhalten."
    )
    paused = fail(
        "HV-A",
        "cannot_pause",
        "Replication of %1 is %2; it cannot be paused.",
        vm_on_host("SQL01", "HV-A"),
        state_words(ReplicationState.Error),
    )
    text = precondition_texts.text(paused)
    assert "SQL01 auf HV-A" in text and "angehalten" in text


def _server(auth: ServerAuthenticationType) -> ReplicaServerInfo:
    return ReplicaServerInfo("HV-B", True, auth, 80, 443, "", True, "D:\\Replica", ())


def test_authentication_keeps_hyper_v_names_in_the_english_detail() -> None:
    refused = replica_problem(
        _server(ServerAuthenticationType.Kerberos), "HV-A", AuthenticationType.Certificate
    )
    assert refused is not None
    assert str(refused) == "HV-B does not accept Certificate authentication (it accepts Kerberos)."


@pytest.mark.usefixtures("german")
def test_authentication_types_are_named_in_german() -> None:
    refused = replica_problem(
        _server(ServerAuthenticationType.Kerberos), "HV-A", AuthenticationType.Certificate
    )
    assert refused is not None
    text = precondition_texts.text(fail("HV-B", refused))
    assert (
        text
        == "HV-B akzeptiert keine zertifikatbasierte Authentifizierung (HTTPS), sondern nur Kerberos (HTTP)."
    )
    port = replica_problem(
        _server(ServerAuthenticationType.CertificateAndKerberos), "HV-A", AuthenticationType.Kerberos, 8080
    )
    assert port is not None
    text = precondition_texts.text(fail("HV-B", port))
    assert "Kerberos-Authentifizierung (HTTP)" in text and "8080" in text
    assert not ENGLISH.search(text), text
    refused = replica_problem(
        _server(ServerAuthenticationType.Certificate), "HV-A", AuthenticationType.Kerberos
    )
    assert refused is not None
    text = precondition_texts.text(fail("HV-B", refused))
    assert "nur Zertifikate (HTTPS)" in text and not ENGLISH.search(text), text


@pytest.mark.usefixtures("german")
def test_not_connected_in_the_error_dialog_is_german() -> None:
    # host_operations' Hyper-V Settings on a host without a session
    report = ErrorReport.from_error("Hyper-V-Einstellungen: HV-A", not_connected("HV-A"))
    assert "HV-A" in report.report
    assert not ENGLISH.search(report.report), report.report
    assert not ENGLISH.search(report.explanation), report.explanation


def _invalid(**changes: object) -> ProfileInvalid:
    values: dict[str, object] = {"name": "HV-A", "host": "hv-a.contoso.com", **changes}
    with pytest.raises(ProfileInvalid) as caught:
        ConnectionProfile(**values).validate()  # type: ignore[arg-type]
    return caught.value


UNUSABLE_PROFILES = [
    {"name": " "},
    {"host": ""},
    {"host": "https://hv-a"},
    {"port": 70000},
    {"auth": "digest"},
    {"auth": "basic", "use_https": False},
    {"pinned_sha256": "abc"},
]


@pytest.mark.parametrize("changes", UNUSABLE_PROFILES)
def test_an_unusable_profile_keeps_its_english_sentence(changes: dict[str, object]) -> None:
    exc = _invalid(**changes)
    assert isinstance(exc, ValueError)
    err = PreconditionFailed("HV-A", unusable("HV-A", exc))
    assert err.detail == str(exc)
    assert err.reason.startswith("profile_")


@pytest.mark.usefixtures("german")
@pytest.mark.parametrize("changes", UNUSABLE_PROFILES)
def test_an_unusable_profile_is_said_in_german(changes: dict[str, object]) -> None:
    exc = _invalid(**changes)
    text = precondition_texts.text(PreconditionFailed("HV-A", unusable("HV-A", exc)))
    assert text != str(exc)
    assert not ENGLISH.search(text), text


@pytest.mark.usefixtures("german")
def test_other_session_settings_are_said_in_german_without_their_english() -> None:
    err = PreconditionFailed("HV-A", unusable("HV-A", ValueError("timeouts must be positive")))
    assert err.reason == "session_settings_invalid"
    text = precondition_texts.text(err)
    assert "HV-A" in text and "timeouts" not in text and not ENGLISH.search(text), text


@pytest.mark.usefixtures("german")
def test_the_wizards_host_says_line_is_german_for_a_precondition() -> None:
    err = not_connected("HV-A")
    assert wizard_texts.host_says(err) == precondition_texts.text(err)
    assert not ENGLISH.search(wizard_texts.host_says(err))


@pytest.mark.usefixtures("german")
def test_a_failed_step_in_the_error_dialog_is_german() -> None:
    # Operations without their own dialog (bulk, the menu's Start) report through the error dialog.
    done = Step("shut_down", "Shut down SQL01 on HV-B", "HV-B", ())
    step = Step("fail_over", "Fail over SQL01 on HV-B", "HV-B", ())
    failed = WorkflowFailed(
        title="Failover of SQL01 on HV-B",
        step=step,
        step_number=2,
        step_count=3,
        cause=ConnectionLost("HV-B", "connection reset"),
        completed=[done],
        advice="Refresh HV-B: if SQL01 shows Failed over, do not fail over again.",
        outcome_unknown=True,
    )
    report = ErrorReport.from_error("Failover: SQL01", failed)
    assert "2" in report.report and "3" in report.report and "HV-B" in report.report
    assert not ENGLISH.search(report.report), report.report
    assert "Refresh HV-B: if SQL01 shows Failed over" in report.details  # the services' English, for support
    cancelled = WorkflowCancelled("HV-B", title="Failover of SQL01", completed=[done], advice="Refresh HV-B.")
    report = ErrorReport.from_error("Failover: SQL01", cancelled)
    assert report.report and not ENGLISH.search(report.report), report.report


@pytest.mark.usefixtures("german")
def test_a_failed_check_in_the_jobs_tooltip_is_german() -> None:
    err = not_connected("HV-A")
    job = Job(
        "j1", "pause", "Pause replication of SQL01", ("HV-A",), "SQL01", None, "", "HV-A", 0.0,
        datetime(2026, 1, 1, tzinfo=UTC), outcome=Outcome.FAILED, message=str(err), error=err,
    )  # fmt: skip
    model = JobsModel(lambda j: j.title)
    model.apply(job)
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert precondition_texts.text(err) in tip
    assert not ENGLISH.search(tip), tip
