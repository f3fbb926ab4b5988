"""Plain explanations of expected failures for the dialogs, and their technical details.

The translated table lives in hvgui.ui.error_texts (one table for the whole ui); only errors that
the ui itself raises and that table does not know yet are explained here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hvgui.hyperv.errors import CommandFailed, HvError
from hvgui.ui import error_texts
from hvgui.ui.credentials import PasswordRequired

_OWN: dict[type[HvError], tuple[str, str]] = {
    PasswordRequired: (
        str(QT_TRANSLATE_NOOP("HvError", "The password for this server is needed.")),
        str(
            QT_TRANSLATE_NOOP(
                "HvError", "It was not saved, or the password store did not return it. Enter it to connect."
            )
        ),
    ),
}


def _own(error: HvError) -> tuple[str, str] | None:
    for cls in type(error).__mro__:
        if cls in _OWN:
            text, hint = _OWN[cls]
            return QCoreApplication.translate("HvError", text), QCoreApplication.translate("HvError", hint)
    return None


def explanation(error: HvError) -> str:
    own = _own(error)
    return own[0] if own is not None else error_texts.explanation(error)


def advice(error: HvError) -> str:
    own = _own(error)
    return own[1] if own is not None else error_texts.advice(error)


def details(error: HvError) -> str:
    """Technical text for "Details" (not translated: it is what the server and the transport said)."""
    lines = [f"{type(error).__name__}: {error.host}" if error.host else type(error).__name__]
    if isinstance(error, CommandFailed):
        lines.extend(f"{info.message} ({info.fq_error_id})" for info in error.errors)
        if error.command:
            lines.append(f"PS> {error.command}")
    elif error.detail:
        lines.append(error.detail)
    return "\n".join(lines)
