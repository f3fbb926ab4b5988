"""Jobs: every running workflow with its host, VM, step and progress; finished ones go to the audit log.

JobTracker runs workflows and publishes a fresh Job value whenever one changes (plain callbacks or
an async iterator; the ui adapts them to signals). The audit log is a JSON-lines file that survives
restarts: who (the operating-system user and the account used on each host), what, where, when, the
result, and the PowerShell of every step. Passwords never reach this module; as a second line of
defence, anything named like a secret is left out of what is written.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import getpass
import json
import os
import threading
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar
from uuid import UUID, uuid4

from hvgui.hyperv.errors import HvError
from hvgui.services.events import EventHub, EventStream
from hvgui.services.workflows.base import Outcome, Progress, Workflow, utcnow
from hvgui.services.workflows.bulk import BulkResult, run_bulk
from hvgui.services.workflows.reads import Session

R = TypeVar("R")
AUDIT_FILE = "audit.jsonl"
_SECRET_WORDS = ("password", "secret", "credential", "token")
CHECKING = "Checking preconditions"


@dataclass(frozen=True)
class Job:
    id: str
    kind: str
    title: str
    hosts: tuple[str, ...]
    vm_name: str
    vm_id: UUID | None
    step: str
    step_host: str
    progress: float
    started: datetime
    finished: datetime | None = None
    outcome: Outcome = Outcome.RUNNING
    message: str = ""
    batch: str = ""
    step_key: str = ""  # the current step's stable key ("" while checking), for translated titles
    error: HvError | None = field(default=None, compare=False)

    @property
    def running(self) -> bool:
        return self.outcome is Outcome.RUNNING


# The audit log --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditStep:
    title: str
    host: str
    status: str
    powershell: str
    state_after: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class AuditRecord:
    id: str
    kind: str
    what: str
    hosts: tuple[str, ...]
    vm_name: str
    vm_id: str
    started: str  # UTC, ISO 8601
    finished: str
    result: str
    message: str
    os_user: str
    accounts: Mapping[str, str]  # host -> the user name the connection to it used
    steps: tuple[AuditStep, ...]
    request: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, line: str) -> AuditRecord:
        data = json.loads(line)
        steps = tuple(
            AuditStep(**{**s, "state_after": tuple(s.get("state_after", ()))}) for s in data["steps"]
        )
        return cls(**{**data, "hosts": tuple(data["hosts"]), "steps": steps})


class AuditLog:
    """Append-only JSON lines. A line cut short by a crash is skipped when reading, not fatal."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()

    @classmethod
    def default(cls) -> AuditLog:
        from hvgui.core.paths import data_dir

        return cls(data_dir() / AUDIT_FILE)

    def append(self, record: AuditRecord) -> None:
        line = record.to_json() + "\n"
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as f:
                f.write(line)
                f.flush()
                # An audit entry that a power cut can take back is not worth much.
                os.fsync(f.fileno())

    def read(self, limit: int = 200) -> list[AuditRecord]:
        """The newest `limit` records, newest first."""
        if limit <= 0 or not self.path.exists():
            return []
        with self._lock, self.path.open(encoding="utf-8", errors="replace") as f:
            lines = deque((line for line in f if line.strip()), maxlen=limit * 2)
        records: list[AuditRecord] = []
        for line in reversed(lines):
            with contextlib.suppress(ValueError, KeyError, TypeError):
                records.append(AuditRecord.from_json(line))
            if len(records) == limit:
                break
        return records


def _plain(value: object) -> object:
    """JSON-safe copy of a request value, without anything that looks like a secret."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {
            str(k): _plain(v) for k, v in value.items() if not any(w in str(k).lower() for w in _SECRET_WORDS)
        }
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    if isinstance(value, Enum):
        return value.name
    if isinstance(value, datetime):
        return value.isoformat()
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _request(request: object) -> dict[str, Any]:
    plain = _plain(request)
    return plain if isinstance(plain, dict) else {}


def default_account(session: Session) -> str:
    """The user name a HostSession connects with (its profile's), if it tells."""
    profile = getattr(session, "profile", None)
    return str(getattr(profile, "username", "") or "")


def os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return os.environ.get("USERNAME") or os.environ.get("USER") or "unknown"


# The tracker ----------------------------------------------------------------------------------------


class JobTracker:
    def __init__(
        self,
        audit: AuditLog | None = None,
        *,
        operator: str | None = None,
        account: Callable[[Session], str] = default_account,
        keep_finished: int = 200,
    ) -> None:
        self.audit = audit
        self.operator = operator if operator is not None else os_user()
        self._account = account
        self._keep = keep_finished
        self._jobs: dict[str, Job] = {}
        self._workflows: dict[str, Workflow[Any, Any]] = {}
        self._events: EventHub[Job] = EventHub()
        self._batches: dict[str, asyncio.Event] = {}

    def jobs(self) -> list[Job]:
        """Running and recently finished jobs, oldest first."""
        return list(self._jobs.values())

    def running(self) -> list[Job]:
        return [j for j in self._jobs.values() if j.running]

    def get(self, job_id: str) -> Job | None:
        return self._jobs.get(job_id)

    def subscribe(self, callback: Callable[[Job], None]) -> Callable[[], None]:
        return self._events.subscribe(callback)

    def stream(self) -> EventStream[Job]:
        return self._events.stream()

    def cancel(self, job_id: str) -> bool:
        """Ask a running job to stop before its next step that may be cancelled."""
        workflow = self._workflows.get(job_id)
        if workflow is None:
            return False
        workflow.cancel()
        return True

    def cancel_batch(self, batch: str) -> bool:
        """Stop a bulk operation: VMs not started yet are left alone, running ones stop between steps."""
        stop = self._batches.get(batch)
        if stop is None:
            return False
        stop.set()
        for job_id, workflow in list(self._workflows.items()):
            if self._jobs[job_id].batch == batch:
                workflow.cancel()
        return True

    async def run(self, workflow: Workflow[Any, R], batch: str = "") -> R:
        """Run the workflow as a job; its result or its error come back unchanged."""
        target = workflow.target
        job = Job(
            id=workflow.id,
            kind=workflow.kind,
            title=workflow.describe(),
            hosts=workflow.hosts,
            vm_name=target.vm_name if target else "",
            vm_id=target.vm_id if target else None,
            step=CHECKING,
            step_host=workflow.hosts[0],
            progress=0.0,
            started=utcnow(),
            batch=batch,
        )
        self._workflows[job.id] = workflow
        self._put(job)
        unsubscribe = workflow.subscribe(lambda p: self._on_progress(job.id, p))
        try:
            return await workflow.run()
        finally:
            unsubscribe()
            self._workflows.pop(job.id, None)
            record = self._close(workflow)
            if record is not None and self.audit is not None:
                # fsync can take long on a slow disk: never on the event loop (the UI thread under qasync).
                await asyncio.shield(asyncio.to_thread(self.audit.append, record))

    async def run_bulk(
        self, workflows: Sequence[Workflow[Any, Any]], on_batch: Callable[[str], None] | None = None
    ) -> BulkResult:
        """Several VMs at once, each its own job (sharing a batch id), each with its own outcome.

        on_batch gets the batch id before the first job starts (for cancel_batch)."""
        batch = uuid4().hex[:12]
        stop = self._batches[batch] = asyncio.Event()
        if on_batch is not None:
            on_batch(batch)

        async def one(workflow: Workflow[Any, Any]) -> object:
            return await self.run(workflow, batch)

        try:
            return await run_bulk(workflows, one, stop)
        finally:
            del self._batches[batch]

    # Internals ------------------------------------------------------------------------------------

    def _on_progress(self, job_id: str, progress: Progress) -> None:
        job = self._jobs.get(job_id)
        if job is None or not job.running:
            return
        record = progress.step
        self._put(
            dataclasses.replace(
                job,
                step=record.step.title if record else CHECKING,
                step_key=record.step.key if record else "",
                step_host=record.step.host if record else job.step_host,
                progress=progress.fraction,
            )
        )

    def _close(self, workflow: Workflow[Any, Any]) -> AuditRecord | None:
        """Finish the job; the audit record to write, if the workflow could change anything."""
        job = self._jobs[workflow.id]
        outcome = workflow.outcome if workflow.outcome is not Outcome.RUNNING else Outcome.CANCELLED
        error = workflow.error
        job = dataclasses.replace(
            job,
            outcome=outcome,
            finished=workflow.finished_at or utcnow(),
            progress=1.0 if outcome is Outcome.SUCCEEDED else job.progress,
            message=str(error) if error else "",
            error=error,
        )
        self._put(job)
        record = None
        if self.audit is not None and any(s.changes_state for s in workflow.plan()):
            record = self._record(workflow, job)
        finished = [j.id for j in self._jobs.values() if not j.running]
        for old in finished[: max(0, len(finished) - self._keep)]:
            del self._jobs[old]
        return record

    def _record(self, workflow: Workflow[Any, Any], job: Job) -> AuditRecord:
        accounts = {}
        for host in workflow.hosts:
            with contextlib.suppress(HvError):
                accounts[host] = self._account(workflow.session(host))
        return AuditRecord(
            id=job.id,
            kind=job.kind,
            what=job.title,
            hosts=job.hosts,
            vm_name=job.vm_name,
            vm_id=str(job.vm_id) if job.vm_id else "",
            started=job.started.isoformat(),
            finished=(job.finished or utcnow()).isoformat(),
            result=job.outcome.value,
            message=job.message,
            os_user=self.operator,
            accounts=accounts,
            steps=tuple(
                AuditStep(
                    title=r.step.title,
                    host=r.step.host,
                    status=r.status.value,
                    powershell=r.step.powershell,
                    state_after=r.state_after,
                    note=r.note,
                )
                for r in workflow.records
            ),
            request=_request(workflow.request),
        )

    def _put(self, job: Job) -> None:
        self._jobs[job.id] = job
        self._events.publish(job)
