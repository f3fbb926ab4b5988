from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from hvgui.core.logging import RedactingFilter, redact, setup_logging


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("password=hunter2 next", "hunter2"),
        ('{"password": "with space"}', "with space"),
        ("WSMan(server='h', password='s3cr3t', user='x')", "s3cr3t"),
        ("NewPassword: abc123;", "abc123"),
        ("Authorization: Basic dXNlcjpwdw==", "dXNlcjpwdw=="),
        ("headers {'Authorization': 'Negotiate TlRMTVNTUAAB'}", "TlRMTVNTUAAB"),
        ("https://bob:pw123@host/wsman", "pw123"),
        ("token=abc&x=1", "abc"),
    ],
)
def test_redact_hides_values_of_password_like_fields(text: str, secret: str) -> None:
    result = redact(text)
    assert secret not in result and "***" in result


def test_redact_leaves_ordinary_text_alone() -> None:
    for text in ("5 tests passed: all good", "VM 'SQL01' started", "user=bob host=hv01"):
        assert redact(text) == text


def test_setup_logging_writes_a_redacted_log_file(hvgui_home: Path, restore_logging: None) -> None:
    stream = io.StringIO()
    setup_logging(logging.INFO, stream=stream)
    setup_logging("INFO", stream=stream)  # again: replaces, does not duplicate
    log = logging.getLogger("hvgui.test")
    log.info("connecting with password=%s", "hunter2")
    try:
        raise RuntimeError("failed for Password: 'hunter2'")
    except RuntimeError:
        log.exception("it broke")
    logging.getLogger("pypsrp.wsman").info("wire chatter is quiet")
    for handler in logging.getLogger().handlers:
        handler.flush()
    file_text = (hvgui_home / "log" / "hvgui.log").read_text(encoding="utf-8")
    for text in (stream.getvalue(), file_text):
        assert "connecting with password=***" in text
        assert "it broke" in text and "RuntimeError" in text
        assert "hunter2" not in text
        assert "wire chatter" not in text
        assert text.count("connecting with") == 1


def test_unknown_level_is_refused(restore_logging: None) -> None:
    with pytest.raises(ValueError):
        setup_logging("LOUD", log_file=False)


def test_filter_survives_a_bad_format_string() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "%d password=%s", ("not a number",), None)
    assert RedactingFilter().filter(record)
    assert "not a number" in record.getMessage()
