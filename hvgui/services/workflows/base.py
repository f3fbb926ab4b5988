"""The workflow runner: named steps on named hosts, checked first, re-read after, never repeated.

A workflow is built from a frozen request. `plan()` gives its steps with their PowerShell before
anything runs (the confirmation page and "View PowerShell" show exactly what `run()` will send).
`run()` checks the preconditions by reading the hosts, then runs the steps in order, each on its own
host's session, and re-reads the VM after every step that changes something. A step that fails is
never retried: when the connection breaks in the middle of one, hvgui cannot know whether it happened,
and running e.g. Start-VMFailover twice is not harmless. The error says which step stopped, what
was done before it, how things look now, and what the user can do.

Cancellation is cooperative and only takes effect between steps, before a step marked cancellable:
interrupting a cmdlet on the host is not possible over PSRP in a way that leaves a known state.
"""

from __future__ import annotations

import asyncio
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import ClassVar, Generic, NoReturn, TypeVar
from uuid import uuid4

from hvgui.hyperv.errors import ConnectionProblem, HvError
from hvgui.hyperv.model import PSData, VMInfo
from hvgui.services.events import EventHub
from hvgui.services.workflows.errors import (
    UnexpectedState,
    WorkflowCancelled,
    WorkflowFailed,
    not_connected,
    plain_reason,
)
from hvgui.services.workflows.reads import Session, describe, read_vm
from hvgui.services.workflows.steps import (
    Expect,
    Outcome,
    Progress,
    Step,
    StepRecord,
    StepStatus,
    VMTarget,
    expect,
    utcnow,
)

__all__ = [
    "Expect",
    "Outcome",
    "Progress",
    "Step",
    "StepRecord",
    "StepStatus",
    "VMTarget",
    "Workflow",
    "expect",
    "utcnow",
]

Q = TypeVar("Q")
R = TypeVar("R")

# Reading the state after a failure is a courtesy; a hung host must not hold the error back long.
REREAD_TIMEOUT = 15.0


class Workflow(ABC, Generic[Q, R]):
    """Subclasses define kind, title, _build_steps, _check, _advice and _result."""

    kind: ClassVar[str]
    title: ClassVar[str]

    def __init__(self, request: Q, sessions: Mapping[str, Session]) -> None:
        self.request = request
        self.id = uuid4().hex[:12]
        self._sessions = dict(sessions)
        self._records: list[StepRecord] = [StepRecord(step) for step in self._build_steps()]
        self._events: EventHub[Progress] = EventHub()
        self._started = False
        self._cancel_requested = False
        self._current = -1
        self.outcome = Outcome.RUNNING
        self.error: HvError | None = None
        self.started_at: datetime | None = None
        self.finished_at: datetime | None = None

    # What the caller sees before and while it runs ---------------------------------------------

    @property
    @abstractmethod
    def hosts(self) -> tuple[str, ...]:
        """The hosts involved, the main one first."""

    @abstractmethod
    def describe(self) -> str:
        """One line: "Planned failover of SQL01 from HV-A to HV-B"."""

    @property
    def target(self) -> VMTarget | None:
        return self.request if isinstance(self.request, VMTarget) else None

    def plan(self) -> list[Step]:
        return [r.step for r in self._records]

    def powershell(self) -> str:
        """The whole plan as PowerShell, one commented block per step (for "View PowerShell")."""
        steps = self.plan()
        return "\n\n".join(
            f"# Step {number} of {len(steps)}, on {step.host}: {step.title}\n{step.powershell}"
            for number, step in enumerate(steps, 1)
        )

    @property
    def records(self) -> tuple[StepRecord, ...]:
        return tuple(self._records)

    def subscribe(self, callback: Callable[[Progress], None]) -> Callable[[], None]:
        return self._events.subscribe(callback)

    def cancel(self) -> None:
        """Stop before the next step that may be cancelled; the running step finishes first."""
        self._cancel_requested = True

    @property
    def cancel_requested(self) -> bool:
        return self._cancel_requested

    def session(self, host: str) -> Session:
        found = self._sessions.get(host) or next(
            (s for name, s in self._sessions.items() if name.lower() == host.lower()), None
        )
        if found is None:
            # The workflow's title stays out of the words: the ui could not translate it inside them.
            raise not_connected(host)
        return found

    def has_session(self, host: str) -> bool:
        return any(name.lower() == host.lower() for name in self._sessions)

    # Running ------------------------------------------------------------------------------------

    async def run(self) -> R:
        if self._started:
            # The guarantee that no step runs twice starts here: a workflow object runs once.
            raise RuntimeError("A workflow runs only once; build a new one from the request.")
        self._started = True
        self.started_at = utcnow()
        self._publish()
        try:
            try:
                await self._check()
            except BaseException:
                self._mark_rest(0)
                raise
            for index, record in enumerate(self._records):
                if record.status is StepStatus.SKIPPED:
                    continue
                if self._cancel_requested and record.step.cancellable:
                    self._stop_cancelled(index)
                await self._run_step(index)
            result = self._result()
        except BaseException as exc:
            if self.outcome is Outcome.RUNNING:
                # A bug still ends the job (as failed); the exception goes on to the crash handler.
                cancelled = isinstance(exc, asyncio.CancelledError)
                self._finish(
                    Outcome.CANCELLED if cancelled else Outcome.FAILED,
                    exc if isinstance(exc, HvError) else None,
                )
            raise
        self._finish(Outcome.SUCCEEDED)
        return result

    async def _run_step(self, index: int) -> None:
        step = self._records[index].step
        self._current = index
        self._update(index, status=StepStatus.RUNNING, started=utcnow())
        try:
            results = await self.session(step.host).run(*step.pipelines)
        except HvError as err:
            unknown = isinstance(err, ConnectionProblem)
            status = StepStatus.UNKNOWN if unknown else StepStatus.FAILED
            self._update(index, status=status, finished=utcnow(), note=plain_reason(err, step))
            await self._fail(index, err, status)
        except asyncio.CancelledError:
            # The command may still complete on the host; nothing after it will be sent.
            self._records[index] = replace(
                self._records[index], status=StepStatus.UNKNOWN, finished=utcnow(), note="interrupted"
            )
            self._mark_rest(index + 1)
            raise
        output = tuple(item for result in results for item in result)
        self._update(index, status=StepStatus.DONE, finished=utcnow(), output=output)
        self._after_step(step, output)
        if not step.changes_state:
            return
        try:
            vms, lines = await self._reread(step)
        except HvError as err:
            await self._fail(index, err, StepStatus.DONE)
        self._update(index, vms_after=tuple(vms), state_after=tuple(lines))
        problem = self._verify(step, vms)
        if problem:
            await self._fail(index, UnexpectedState(step.host, problem), StepStatus.DONE)

    async def _fail(self, index: int, cause: HvError, status: StepStatus) -> NoReturn:
        self._mark_rest(index + 1)
        step = self._records[index].step
        state_after = await self._state_now()
        err = WorkflowFailed(
            title=self.describe(),
            step=step,
            step_number=index + 1,
            step_count=len(self._records),
            cause=cause,
            completed=self._done(),
            advice=self._advice(step, status),
            state_after=state_after,
            outcome_unknown=status is StepStatus.UNKNOWN,
        )
        self._finish(Outcome.FAILED, err)
        raise err

    def _stop_cancelled(self, index: int) -> NoReturn:
        self._mark_rest(index)
        step = self._records[index].step
        changed = any(s.changes_state for s in self._done())
        advice = self._advice(step, StepStatus.NOT_RUN) if changed else "Nothing was changed."
        err = WorkflowCancelled(step.host, title=self.describe(), completed=self._done(), advice=advice)
        self._finish(Outcome.CANCELLED, err)
        raise err

    def _mark_rest(self, start: int) -> None:
        for later in range(start, len(self._records)):
            if self._records[later].status is StepStatus.PENDING:
                self._records[later] = replace(self._records[later], status=StepStatus.NOT_RUN)

    def _done(self) -> list[Step]:
        return [r.step for r in self._records if r.status is StepStatus.DONE]

    # Hooks ----------------------------------------------------------------------------------------

    @abstractmethod
    def _build_steps(self) -> list[Step]:
        """Every step the request asks for, built from the request alone (plan == run)."""

    @abstractmethod
    async def _check(self) -> None:
        """Read the hosts and raise PreconditionFailed (plain words) if the workflow cannot succeed."""

    @abstractmethod
    def _advice(self, step: Step, status: StepStatus) -> str:
        """What the user can do when the workflow stopped at step (FAILED, UNKNOWN), after it (DONE,
        the state read afterwards was wrong or unreadable) or before it (NOT_RUN, cancelled)."""

    @abstractmethod
    def _result(self) -> R: ...

    def _after_step(self, step: Step, output: tuple[PSData, ...]) -> None:
        """Keep what a step returned (e.g. the test VM)."""

    async def _reread(self, step: Step) -> tuple[list[VMInfo], list[str]]:
        """The target VM on the step's host and every host it has expectations for."""
        target = self.target
        if target is None:
            return [], []
        hosts = list(dict.fromkeys([step.host, *(e.host for e in step.expect)]))
        vms: list[VMInfo] = []
        lines: list[str] = []
        for host in hosts:
            vm = await read_vm(self.session(host), target.vm_id)
            if vm is None:
                lines.append(f"{target.vm_name} is not on {host}")
            else:
                vms.append(vm)
                lines.append(describe(vm))
        return vms, lines

    def _verify(self, step: Step, vms: Sequence[VMInfo]) -> str:
        for exp in step.expect:
            vm = next((v for v in vms if v.host.lower() == exp.host.lower()), None)
            problem = exp.problem(vm)
            if problem:
                return f"After {step.title.lower()}, {problem}."
        return ""

    async def _state_now(self) -> list[str]:
        """Best effort, after a failure: how the VM looks on every host that still answers."""
        target = self.target
        if target is None:
            return []
        lines = []
        for host in self.hosts:
            if not self.has_session(host):
                continue
            try:
                vm = await asyncio.wait_for(read_vm(self.session(host), target.vm_id), REREAD_TIMEOUT)
            except (HvError, TimeoutError) as err:
                why = err.explanation if isinstance(err, HvError) else "it did not answer in time"
                lines.append(f"{host} could not be read ({why})")
                continue
            lines.append(describe(vm) if vm is not None else f"{target.vm_name} is not on {host}")
        return lines

    # Bookkeeping ----------------------------------------------------------------------------------

    def skip(self, key: str, reason: str) -> None:
        """Called by _check: the step is not needed (e.g. the VM is already off)."""
        for index, record in enumerate(self._records):
            if record.step.key == key:
                self._records[index] = replace(record, status=StepStatus.SKIPPED, note=reason)

    def step_status(self, key: str) -> StepStatus:
        return next(r.status for r in self._records if r.step.key == key)

    def _update(self, index: int, **changes: object) -> None:
        self._records[index] = replace(self._records[index], **changes)  # type: ignore[arg-type]
        self._publish()

    def _finish(self, outcome: Outcome, error: HvError | None = None) -> None:
        self.outcome = outcome
        self.error = error
        self.finished_at = utcnow()
        self._publish()

    def fraction(self) -> float:
        active = [r for r in self._records if r.status is not StepStatus.SKIPPED]
        if self.outcome is Outcome.SUCCEEDED or not active:
            return 1.0 if self.outcome is not Outcome.RUNNING else 0.0
        done = sum(1.0 for r in active if r.status is StepStatus.DONE)
        done += sum(0.5 for r in active if r.status is StepStatus.RUNNING)
        return done / len(active)

    def progress(self) -> Progress:
        return Progress(
            workflow_id=self.id,
            title=self.describe(),
            records=tuple(self._records),
            current=self._current,
            fraction=self.fraction(),
            outcome=self.outcome,
            error=self.error,
        )

    def _publish(self) -> None:
        self._events.publish(self.progress())
