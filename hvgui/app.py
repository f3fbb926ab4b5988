"""Composition root: command line, and (from issue 5 on) QApplication, qasync loop and wiring."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from hvgui.lab.cli import main as lab_main

    args = list(sys.argv[1:] if argv is None else argv)
    if "--demo" in args:
        # Until the main window exists, the demo starts the embedded lab and prints its hosts.
        args.remove("--demo")
        return lab_main(["--https", "--list-vms", *args])
    print("hvgui: the main window arrives with issue 5; run `hvgui --demo` to start the lab.")
    return 2
