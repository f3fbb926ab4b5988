"""Running one workflow for several VMs: pause, resume and test failover over a selection.

Each VM gets its own workflow, so one VM's failure neither stops nor undoes the others; the result
lists every VM's outcome. Hosts work in parallel; on one host the VMs go one after the other, which
keeps the host's session and Hyper-V's own job queue calm and the log readable.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from hvgui.hyperv.errors import HvError
from hvgui.services.workflows.base import Outcome, Workflow

AnyWorkflow = Workflow[Any, Any]
Runner = Callable[[AnyWorkflow], Awaitable[object]]


@dataclass(frozen=True)
class ItemOutcome:
    vm_id: UUID | None
    vm_name: str
    host: str
    outcome: Outcome
    result: object = None
    error: HvError | None = None

    @property
    def succeeded(self) -> bool:
        return self.outcome is Outcome.SUCCEEDED


@dataclass(frozen=True)
class BulkResult:
    items: tuple[ItemOutcome, ...]

    @property
    def succeeded(self) -> tuple[ItemOutcome, ...]:
        return tuple(i for i in self.items if i.succeeded)

    @property
    def failed(self) -> tuple[ItemOutcome, ...]:
        return tuple(i for i in self.items if not i.succeeded)


async def _run_plain(workflow: AnyWorkflow) -> object:
    return await workflow.run()


async def run_bulk(
    workflows: Sequence[AnyWorkflow], runner: Runner | None = None, stop: asyncio.Event | None = None
) -> BulkResult:
    """Run every workflow; outcomes come back in the order given. runner: e.g. JobTracker.run.

    stop: once set, VMs not yet started are left alone (outcome CANCELLED); running ones finish.
    """
    run = runner or _run_plain
    outcomes: dict[int, ItemOutcome] = {}
    by_host: dict[str, list[int]] = {}
    for index, workflow in enumerate(workflows):
        by_host.setdefault(workflow.hosts[0].lower(), []).append(index)

    async def one_host(indexes: list[int]) -> None:
        for index in indexes:
            workflow = workflows[index]
            if stop is not None and stop.is_set():
                outcomes[index] = _outcome(workflow, Outcome.CANCELLED, None, None)
                continue
            try:
                result = await run(workflow)
            except HvError as err:
                outcomes[index] = _outcome(workflow, workflow.outcome, None, err)
                continue
            outcomes[index] = _outcome(workflow, Outcome.SUCCEEDED, result, None)

    await asyncio.gather(*(one_host(indexes) for indexes in by_host.values()))
    return BulkResult(tuple(outcomes[i] for i in range(len(workflows))))


def _outcome(workflow: AnyWorkflow, outcome: Outcome, result: object, error: HvError | None) -> ItemOutcome:
    target = workflow.target
    if outcome is Outcome.RUNNING:
        # Failed before it started (e.g. no session for its host).
        outcome = Outcome.FAILED
    return ItemOutcome(
        vm_id=target.vm_id if target else None,
        vm_name=target.vm_name if target else "",
        host=workflow.hosts[0],
        outcome=outcome,
        result=result,
        error=error,
    )
