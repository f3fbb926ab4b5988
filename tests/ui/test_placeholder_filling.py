"""Translated texts with several placeholders are filled in one pass (hvgui.ui.format.fill).

Filling them one after the other with str.replace fills a placeholder inside an earlier argument:
a VM named "Test %2" would show the second argument in its name. Names are free text, so no UI
module may chain replace() calls over %1, %2, ...
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import hvgui.ui as ui_package
from hvgui.ui.format import fill

UI = Path(ui_package.__file__).parent


def chained_fills(source: str) -> list[int]:
    lines: list[int] = []
    for node in ast.walk(ast.parse(source)):
        count, current = 0, node
        while (
            isinstance(current, ast.Call)
            and isinstance(current.func, ast.Attribute)
            and current.func.attr == "replace"
            and current.args
            and isinstance(current.args[0], ast.Constant)
            and isinstance(current.args[0].value, str)
            and re.fullmatch(r"%\d", current.args[0].value)
        ):
            count += 1
            current = current.func.value
        if count >= 2:
            lines.append(node.lineno)
    return lines


def test_no_ui_module_fills_several_placeholders_one_after_the_other() -> None:
    found = {
        str(path.relative_to(UI)): lines
        for path in sorted(UI.rglob("*.py"))
        if (lines := chained_fills(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_fill_does_not_fill_an_argument_twice() -> None:
    assert fill("%1 on %2", "VM %2", "HV-A") == "VM %2 on HV-A"
    assert fill("%2 before %1", "a", "b") == "b before a"
    assert fill("%1 and %3", "x") == "x and %3"  # a missing argument stays visible
