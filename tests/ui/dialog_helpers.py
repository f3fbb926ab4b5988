"""Shared by the dialog tests: a qasync loop, waiting on it, walking texts, screenshots."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable, Collection, Iterator
from pathlib import Path

import qasync
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from hvgui.ui.i18n import install_translators

SHOTS = Path("/tmp/hvgui-shots")
# Same in German as in English: protocol names, Qt's "OK", the port, commands.
FINGERPRINT = re.compile(r"^[0-9A-F]{2}(:[0-9A-F]{2})*(\n[0-9A-F]{2}(:[0-9A-F]{2})*)*$")
SAME_IN_GERMAN = {"OK", "Kerberos", "NTLM", "CredSSP", "5986", "5985"}


def make_loop(app: QApplication) -> Iterator[qasync.QEventLoop]:
    # Closing the last test dialog would otherwise quit app.exec(), which the loop runs on.
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    yield loop
    asyncio.set_event_loop(None)
    loop.close()  # now, while the application still exists, not in a late __del__


def drain(loop: asyncio.AbstractEventLoop, timeout: float = 10.0) -> None:
    """Let background tasks (sessions closing) finish while the loop runs, not in Qt teardown."""

    async def rest() -> set[asyncio.Task[object]]:
        deadline = loop.time() + timeout
        while (others := asyncio.all_tasks(loop) - {asyncio.current_task()}) and loop.time() < deadline:
            await asyncio.sleep(0.02)
        return others

    left = loop.run_until_complete(rest())
    assert not left, f"tasks still running: {left}"


def run_until(
    loop: asyncio.AbstractEventLoop, predicate: Callable[[], object], timeout: float = 20.0
) -> None:
    """Run the asyncio (and Qt) loop until predicate() is true."""

    async def poll() -> None:
        while not predicate():
            await asyncio.sleep(0.02)

    loop.run_until_complete(asyncio.wait_for(poll(), timeout))


def open_dialog(kind: type[QDialog]) -> QDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible():
            return widget
    return None


def texts(root: QWidget) -> dict[str, str]:
    """Every user-visible text under root, keyed by where it sits (stable across languages)."""
    found: dict[str, str] = {"title": root.windowTitle()}
    for index, widget in enumerate(root.findChildren(QWidget)):
        key = f"{index}:{type(widget).__name__}:{widget.objectName()}"
        if isinstance(widget, QLabel | QAbstractButton):
            found[key] = widget.text()
        elif isinstance(widget, QGroupBox):
            found[key] = widget.title()
        elif isinstance(widget, QLineEdit):
            found[key + ":placeholder"] = widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for item in range(widget.count()):
                found[f"{key}:{item}"] = widget.itemText(item)
        if widget.toolTip():
            found[key + ":tooltip"] = widget.toolTip()
    return found


def untranslated(english: dict[str, str], german: dict[str, str], data: Collection[str] = ()) -> list[str]:
    """Texts that stayed English. data: values shown as they are (host names); fingerprints are data too."""

    def wordy(text: str) -> bool:
        if text in data or FINGERPRINT.match(text):
            return False
        return sum(ch.isalpha() for ch in text) > 1 and text.replace("&", "") not in SAME_IN_GERMAN

    return [text for key, text in english.items() if wordy(text) and german.get(key) == text]


class Language:
    """Switches the application's translators; always back to English afterwards."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._installed = install_translators(app, "en")

    def use(self, language: str) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = install_translators(self._app, language)
        assert self._installed, f"compiled {language} translations are missing (packaging/i18n.py compile)"

    def reset(self) -> None:
        self.use("en")


def shot(widget: QWidget, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.adjustSize()
    QApplication.processEvents()
    path = SHOTS / f"{name}.png"
    assert widget.grab().save(str(path))
    return path
