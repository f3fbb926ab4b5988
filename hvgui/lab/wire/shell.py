"""One WinRS shell: a psrpcore runspace pool, its pipelines and one output queue per target.

psrpcore keeps a single send buffer for the pool and all its pipelines and is not thread-safe, so
every touch of it happens under the shell's lock, and whatever it produced is moved at once into a
queue per target (None = the pool, else a pipeline id). A Receive then takes only its own target's
data, at most what fits into the client's MaxEnvelopeSize, and waits (long poll) when there is none.
The lab itself runs outside the lock, so pipelines of one pool do not wait for each other.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass
from typing import Any

from psrpcore import (
    CreatePipelineEvent,
    GetAvailableRunspacesEvent,
    GetCommandMetadataEvent,
    PSRPPayload,
    ResetRunspaceStateEvent,
    ServerPipeline,
    SetMaxRunspacesEvent,
    SetMinRunspacesEvent,
    StreamType,
)
from psrpcore.types import PSVersion

from hvgui.lab.wire import pipeline
from hvgui.lab.wire.runspace import LabRunspacePool
from hvgui.lab.wire.soap import E_INVALID_PARAMETER, ENVELOPE_OVERHEAD, WSManFault, shell_not_found, timed_out

# Each <rsp:Stream> element around a chunk costs about this much besides the base64 text.
_STREAM_OVERHEAD = 160


class PSRPError(Exception):
    """The client's PSRP data could not be processed; the pool's state is unknown afterwards."""


@dataclass
class _Pipe:
    ps: ServerPipeline
    command_id: str
    running: bool = False
    done: bool = False
    stop_requested: bool = False
    lost: bool = False  # the host went down while it ran: the Receive waiting for it is cut off


@dataclass
class Received:
    chunks: list[bytes]
    command_id: str | None
    done: bool


def _app_private_data() -> dict[str, Any]:
    return {
        "PSVersionTable": {
            "PSVersion": PSVersion("5.1.17763.5576"),
            "PSEdition": "Desktop",
            "BuildVersion": PSVersion("10.0.17763.5576"),
            "CLRVersion": PSVersion("4.0.30319.42000"),
            "WSManStackVersion": PSVersion("3.0"),
            "PSCompatibleVersions": [
                PSVersion(v) for v in ("1.0", "2.0", "3.0", "4.0", "5.0", "5.1.17763.5576")
            ],
        },
    }


class Shell:
    def __init__(self, shell_id: str, execute: pipeline.Executor, max_envelope: int) -> None:
        self.id = shell_id
        self.closed = False
        self.last_used = time.monotonic()
        self.created = self.last_used
        self._execute = execute
        self._pool = LabRunspacePool(application_private_data=_app_private_data())
        self._cond = threading.Condition()
        self._queues: dict[uuid.UUID | None, deque[bytes]] = {}
        self._generation: dict[uuid.UUID | None, int] = {}
        self._pipes: dict[uuid.UUID, _Pipe] = {}
        self._max_envelope = max_envelope

    # Requests ----------------------------------------------------------------------------------

    def note_envelope(self, max_envelope: int) -> None:
        self.last_used = time.monotonic()
        self._max_envelope = max_envelope

    def open(self, creation: bytes) -> None:
        jobs = self._feed(None, creation)
        self._run_all(jobs)

    def command(self, command_id: str, arguments: bytes) -> None:
        pid = _uuid(command_id)
        with self._cond:
            self._check_open()
            if pid in self._pipes:
                raise WSManFault(
                    E_INVALID_PARAMETER, "w:InvalidParameter", f"The command {command_id} already exists."
                )
            # psrpcore finds the pipeline by id while decoding CreatePipeline, so it must exist first.
            self._pipes[pid] = _Pipe(ServerPipeline(self._pool, pid), command_id)
        jobs = self._feed(pid, arguments)
        if jobs:
            # WinRM answers Command at once and runs the pipeline while the client polls with
            # Receive; a pipeline longer than the client's read timeout then meets a Receive that
            # times out (and is polled again) rather than a Command that never answers.
            threading.Thread(
                target=self._run_all, args=(jobs,), name=f"lab-pipeline-{command_id[:8]}", daemon=True
            ).start()

    def send(self, command_id: str | None, data: bytes) -> None:
        pid = None if command_id is None else _uuid(command_id)
        self._run_all(self._feed(pid, data))

    def receive(self, command_id: str | None, max_envelope: int, timeout: float) -> Received:
        target = None if command_id is None else _uuid(command_id)
        budget = max(max_envelope - ENVELOPE_OVERHEAD, 1024)
        deadline = time.monotonic() + timeout
        with self._cond:
            self._check_open()
            if target is not None and target not in self._pipes:
                raise WSManFault(
                    E_INVALID_PARAMETER, "w:InvalidParameter", f"The command {command_id} was not found."
                )
            # A newer Receive for the same target (the client retrying after its read timeout)
            # takes over; the older one gives up so no output is written to an abandoned socket.
            generation = self._generation[target] = self._generation.get(target, 0) + 1
            self._cond.notify_all()
            while True:
                self._check_open()
                queue = self._queues.get(target)
                pipe = self._pipes.get(target) if target is not None else None
                if target is not None and pipe is None:
                    # Terminated while this Receive waited: nothing more will come.
                    return Received([], command_id, True)
                if pipe is not None and pipe.lost and target is not None:
                    self._forget(target)
                    raise ConnectionError("the host went down while the pipeline ran")
                if self._generation.get(target) != generation:
                    raise timed_out()
                if queue or (pipe is not None and pipe.done):
                    break
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise timed_out()
                self._cond.wait(remaining)
            chunks = _take(queue, budget) if queue else []
            done = pipe is not None and pipe.done and not queue
            if done and target is not None:
                self._forget(target)
            self.last_used = time.monotonic()
            return Received(chunks, pipe.command_id if pipe else None, done)

    def signal(self, command_id: str, terminate: bool) -> None:
        try:
            target = _uuid(command_id)
        except WSManFault:
            return
        with self._cond:
            pipe = self._pipes.get(target)
            if pipe is None:
                return
            if terminate:
                pipe.stop_requested = True
                self._forget(target)
            elif pipe.running:
                pipe.stop_requested = True
            self._cond.notify_all()

    def close(self) -> None:
        with self._cond:
            self.closed = True
            self._queues.clear()
            self._pipes.clear()
            self._cond.notify_all()

    def state_name(self) -> str:
        return "Disconnected" if self.closed else "Connected"

    # Internals ---------------------------------------------------------------------------------

    def _check_open(self) -> None:
        if self.closed:
            raise shell_not_found(self.id)

    def _feed(self, target: uuid.UUID | None, data: bytes) -> list[pipeline.Job]:
        jobs: list[pipeline.Job] = []
        with self._cond:
            self._check_open()
            try:
                self._pool.receive_data(PSRPPayload(data, StreamType.default, target))
                while (event := self._pool.next_event()) is not None:
                    job = self._on_event(event)
                    if job is not None:
                        jobs.append(job)
            except WSManFault:
                raise
            except Exception as err:
                raise PSRPError(f"{type(err).__name__}: {err}") from err
            finally:
                self._drain()
        return jobs

    def _on_event(self, event: Any) -> pipeline.Job | None:
        if isinstance(event, CreatePipelineEvent):
            pid = event.pipeline_id
            if pid not in self._pipes:
                raise PSRPError(f"no command was created for pipeline {pid}")
            self._pipes[pid].running = True
            # psrpcore 0.3.1 has no public accessor for CreatePipeline.NoInput.
            no_input = bool(getattr(getattr(event, "_ps_object", None), "NoInput", True))
            return pipeline.job_for(pid, event.pipeline, no_input)
        if isinstance(event, GetCommandMetadataEvent):
            if event.pipeline_id in self._pipes:
                self._pipes[event.pipeline_id].running = True
                return pipeline.refuse_metadata(event.pipeline_id)
        elif isinstance(event, SetMaxRunspacesEvent | SetMinRunspacesEvent | ResetRunspaceStateEvent):
            self._pool.runspace_availability_response(event.ci, True)
        elif isinstance(event, GetAvailableRunspacesEvent):
            self._pool.runspace_availability_response(event.ci, max(self._pool.max_runspaces, 1))
        return None

    def _run_all(self, jobs: list[pipeline.Job]) -> None:
        for job in jobs:
            try:
                outcome = pipeline.run(job, self._execute)
            except ConnectionError:
                # The lab says the host went down mid-pipeline: as on a dead host, nothing more is
                # answered; the Receive waiting for this pipeline loses its connection.
                with self._cond:
                    pipe = self._pipes.get(job.pipeline_id)
                    if pipe is not None:
                        pipe.lost = pipe.done = True
                        pipe.running = False
                    self._cond.notify_all()
                continue
            except BaseException:
                with self._cond:
                    self._forget(job.pipeline_id)
                    self._cond.notify_all()
                raise
            with self._cond:
                pipe = self._pipes.get(job.pipeline_id)
                if pipe is None or self.closed:
                    continue  # terminated while it ran
                try:
                    pipeline.write(pipe.ps, outcome, stopped=pipe.stop_requested)
                finally:
                    pipe.running = False
                    pipe.done = True
                    self._drain()

    def _drain(self) -> None:
        size = max((self._max_envelope - ENVELOPE_OVERHEAD - _STREAM_OVERHEAD) * 3 // 4, 1024)
        while (payload := self._pool.data_to_send(size)) is not None:
            target = payload.pipeline_id
            if target is not None and target not in self._pipes:
                continue  # terminated: nobody will ask for it
            self._queues.setdefault(target, deque()).append(payload.data)
        self._cond.notify_all()

    def _forget(self, target: uuid.UUID) -> None:
        pipe = self._pipes.pop(target, None)
        self._queues.pop(target, None)
        self._generation.pop(target, None)
        if pipe is not None:
            self._pool.pipeline_table.pop(target, None)


def _take(queue: deque[bytes], budget: int) -> list[bytes]:
    taken: list[bytes] = []
    used = 0
    while queue:
        cost = (len(queue[0]) + 2) // 3 * 4 + _STREAM_OVERHEAD
        if taken and used + cost > budget:
            break
        taken.append(queue.popleft())
        used += cost
    return taken


def _uuid(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise WSManFault(
            E_INVALID_PARAMETER, "w:InvalidParameter", f"{text!r} is not a valid CommandId."
        ) from None
