"""From a PSRP CreatePipeline to lab calls, and from lab results back to PSRP pipeline messages."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from psrpcore import ServerPipeline
from psrpcore.types import PipelineState, PSInvocationState

from hvgui.lab.enums import ErrorCategory
from hvgui.lab.records import CommandCall, ErrorRecord, PipelineResult
from hvgui.lab.wire.clixml_out import output_message
from hvgui.lab.wire.runspace import RawOutput
from hvgui.lab.wire.serialize import category_info, error_record, exception, from_ps, to_ps

log = logging.getLogger(__name__)

Executor = Callable[[Sequence[CommandCall]], PipelineResult]


@dataclass
class Job:
    """A pipeline whose definition has fully arrived: run it outside the pool lock."""

    pipeline_id: Any
    statements: list[list[CommandCall]] = field(default_factory=list)
    refusal: ErrorRecord | None = None


@dataclass
class Outcome:
    results: list[PipelineResult]
    failure: ErrorRecord | None


def job_for(pipeline_id: Any, powershell: Any, no_input: bool) -> Job:
    """Split the PowerShell definition into statements; refuse what a cmdlet-only host cannot run."""
    if not no_input:
        return Job(
            pipeline_id,
            refusal=_refused(
                "InputNotSupported",
                "The lab does not accept pipeline input sent by the client; produce the objects on the host in the same pipeline.",
            ),
        )
    statements: list[list[CommandCall]] = []
    current: list[CommandCall] = []
    for command in powershell.commands:
        if command.is_script:
            return Job(pipeline_id, refusal=_script_refused())
        args = tuple((name, from_ps(value)) for name, value in command.parameters)
        current.append(CommandCall(str(command.command_text), args))
        if command.end_of_statement:
            statements.append(current)
            current = []
    if current:
        statements.append(current)
    if not statements:
        return Job(pipeline_id, refusal=_refused("EmptyPipeline", "No command was given."))
    return Job(pipeline_id, statements)


def run(job: Job, execute: Executor) -> Outcome:
    """Run each statement as one lab pipeline. A failed statement ends the request, as a
    statement-terminating error does in a non-interactive session without error handling."""
    if job.refusal is not None:
        return Outcome([], job.refusal)
    results: list[PipelineResult] = []
    for statement in job.statements:
        try:
            result = execute(statement)
        except ConnectionError:
            raise
        except Exception:
            # A bug in the simulation must not take the server down; the client sees a failed pipeline.
            log.exception("lab pipeline raised")
            return Outcome(results, _internal_error(statement))
        results.append(result)
        if result.failure is not None:
            return Outcome(results, result.failure)
    return Outcome(results, None)


def write(pipe: ServerPipeline, outcome: Outcome, *, stopped: bool) -> None:
    """Queue the outcome as PSRP messages on the pipeline and finish it. Caller holds the pool lock."""
    if pipe.state == PSInvocationState.NotStarted:
        # Windows does not announce Running; setting the state directly avoids that extra message.
        pipe.state = PSInvocationState.Running
    if stopped:
        pipe.stop()
        pipe.close()
        return
    failure = outcome.failure
    try:
        for result in outcome.results:
            for warning in result.warnings:
                pipe.write_warning(warning)
            for obj in result.output:
                raw = output_message(obj)
                pipe.write_output(to_ps(obj) if raw is None else RawOutput(raw))
            for record in result.errors:
                pipe.write_error(
                    exception(record),
                    category_info(record),
                    record.target_name or None,
                    record.fq_error_id,
                )
    except Exception:
        log.exception("serialising a lab result failed")
        failure = _internal_error([])
    if failure is None:
        pipe.complete()
    else:
        state = PipelineState(
            PipelineState=int(PSInvocationState.Failed), ExceptionAsErrorRecord=error_record(failure)
        )
        pipe.prepare_message(state)
        pipe.state = PSInvocationState.Failed
    pipe.close()


def refuse_metadata(pipeline_id: Any) -> Job:
    return Job(
        pipeline_id,
        refusal=_refused(
            "GetCommandMetadataNotSupported", "The lab does not answer command metadata requests."
        ),
    )


def _script_refused() -> ErrorRecord:
    return ErrorRecord(
        message=(
            "The syntax is not supported by this runspace. This can occur if the runspace is in no-language mode."
        ),
        category=ErrorCategory.ParserError,
        fq_error_id="ScriptsNotAllowed",
        reason="ParseException",
        exception_type="System.Management.Automation.ParseException",
    )


def _refused(fq_error_id: str, message: str) -> ErrorRecord:
    return ErrorRecord(
        message=message,
        category=ErrorCategory.NotImplemented,
        fq_error_id=fq_error_id,
        reason="NotSupportedException",
        exception_type="System.NotSupportedException",
    )


def _internal_error(statement: Sequence[CommandCall]) -> ErrorRecord:
    name = statement[0].name if statement else ""
    return ErrorRecord(
        message="The lab failed while running the command; see the lab server's log.",
        category=ErrorCategory.NotSpecified,
        fq_error_id="LabInternalError",
        activity=name,
        reason="InvalidOperationException",
        exception_type="System.InvalidOperationException",
    )
