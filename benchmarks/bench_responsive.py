"""Issue 5's responsiveness goal: event-loop stalls of the main window while one host hangs.

    .venv/bin/python benchmarks/bench_responsive.py [--runs 10]

Runs tests/ui/window/test_responsive.py --runs times, each in a fresh interpreter (the window
against the demo lab over HTTPS, one host hung, a refresh of all hosts), and prints the worst gap
between two ticks of a 10 ms timer on the GUI thread in each run, then the median and the worst.
Goal: under 100 ms. The test itself fails only at 500 ms (a freeze), so that CI noise on a loaded
machine does not fail the build; this is where the finer number is watched.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEST = "tests/ui/window/test_responsive.py"
GOAL_MS = 100.0
LINE = re.compile(r"worst stall ([0-9.]+) ms, others after ([0-9.]+) s")


def one_run() -> tuple[float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    done = subprocess.run(
        [sys.executable, "-m", "pytest", TEST, "-q", "-s", "-p", "no:cacheprovider"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    match = LINE.search(done.stdout)
    if match is None:
        raise SystemExit(f"the test did not report a stall (exit {done.returncode}):\n{done.stdout[-2000:]}")
    return float(match.group(1)), float(match.group(2))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    stalls: list[float] = []
    for index in range(args.runs):
        stall, others = one_run()
        stalls.append(stall)
        print(f"run {index + 1:2}: worst stall {stall:6.1f} ms, healthy hosts updated after {others:.2f} s")
    median, worst = statistics.median(stalls), max(stalls)
    verdict = "met" if worst < GOAL_MS else "NOT met"
    print(
        f"stall median {median:.1f} ms, worst {worst:.1f} ms over {args.runs} runs (goal < {GOAL_MS:.0f} ms: {verdict})"
    )


if __name__ == "__main__":
    main()
