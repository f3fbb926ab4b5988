"""Logging setup: stderr and a rotating file in the log directory, both behind a redacting filter.

hvgui never logs a password on purpose; the filter is the second line of defence for text that
comes from elsewhere (a library's message, an exception echoing a request). It replaces the value of
anything shaped like a password field, an HTTP Authorization header or credentials in a URL.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
from typing import TextIO

from hvgui.core import paths

LOG_FILE = "hvgui.log"
MASK = "***"
FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"
# Wire libraries log every SOAP message at DEBUG: megabytes per refresh and of no use to a user's report.
QUIET_LIBRARIES = ("pypsrp", "spnego", "urllib3", "requests_credssp", "psrpcore")

_KEY = r"(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key)s?"
_PATTERNS = (
    # password=..., "password": "...", Password: ..., pwd='...'
    re.compile(
        rf"(?i)(\b\w*{_KEY}\b[\"']?\s*[=:]\s*)(\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|[^\s,;&)}}\]]+)"
    ),
    # Authorization: Basic dXNlcjpwdw==  (also Negotiate/NTLM/Kerberos/Bearer tokens)
    re.compile(
        r"(?i)(\bauthorization[\"']?\s*[=:]\s*[\"']?(?:basic|negotiate|ntlm|kerberos|bearer)\s+)([^\s\"',]+)"
    ),
    # scheme://user:password@host
    re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://[^/\s:@]+:)([^/\s@]+)(?=@)"),
)


def redact(text: str) -> str:
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + MASK, text)
    return text


class RedactingFilter(logging.Filter):
    """Formats the record's message and traceback once, redacted, so no handler sees the originals."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def setup_logging(
    level: int | str = logging.INFO, *, log_file: bool = True, stream: TextIO | None = None
) -> None:
    """Configure the root logger. Calling it again replaces the handlers it installed before."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "hvgui", False):
            root.removeHandler(handler)
            handler.close()
    numeric = logging.getLevelName(level) if isinstance(level, str) else level
    if not isinstance(numeric, int):
        raise ValueError(f"unknown log level {level!r}")
    root.setLevel(numeric)
    handlers: list[logging.Handler] = [logging.StreamHandler(stream or sys.stderr)]
    if log_file:
        directory = paths.log_dir()
        directory.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                directory / LOG_FILE, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
        )
    for handler in handlers:
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.addFilter(RedactingFilter())
        handler.hvgui = True  # type: ignore[attr-defined]  # marks our handlers for the next call
        root.addHandler(handler)
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(max(numeric, logging.WARNING))
