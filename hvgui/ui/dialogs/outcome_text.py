"""How an operation ended, in the user's language: the step it stopped at, why, and what to do next.

The services word their failures in English for the audit log; that account goes under Details.
What the user reads first is built here from the error's class (ui.error_texts), the host's own
message, and the dialog's translated step titles and advice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from hvgui.hyperv.errors import CommandFailed, HvError, PreconditionFailed
from hvgui.services.workflows import Step, StepRecord, StepStatus, WorkflowCancelled, WorkflowFailed
from hvgui.ui import error_texts, precondition_texts
from hvgui.ui.dialogs.common_widgets import Mark, fill


@dataclass(frozen=True)
class FailureView:
    mark: Mark
    headline: str
    body: str
    next_step: str
    details: str
    row_note: str = ""  # shown under the step that failed
    show_records: bool = True


def reason(err: HvError) -> str:
    """The plain reason: the cause's translated explanation and the host's own words."""
    cause = error_texts.root_cause(err)
    text = error_texts.explanation(cause)
    if isinstance(cause, CommandFailed) and cause.errors:
        text += " " + fill(
            QCoreApplication.translate("OperationDialog", "%1 says: %2"), cause.host, cause.first.message
        )
    return text


def details(err: HvError) -> str:
    """The services' own account (English, as in the audit log), the cause, the PowerShell."""
    lines = [f"{type(err).__name__} ({err.host or '-'})", str(err)]
    cause = error_texts.root_cause(err)
    if cause is not err:
        lines.append(f"{type(cause).__name__} ({cause.host or '-'}): {cause}")
    step = getattr(err, "step", None)
    if isinstance(step, Step):
        lines.append(f"PS {step.host}> {step.powershell}")
    return "\n\n".join(lines)


def failure_view(
    err: HvError,
    records: Sequence[StepRecord],
    step_title: Callable[[Step], str],
    advice: Callable[[Step, StepStatus], str],
) -> FailureView:
    why = reason(err)
    more = details(err)
    if isinstance(err, WorkflowFailed):
        unsure = StepStatus.UNKNOWN if err.outcome_unknown else StepStatus.FAILED
        status = next((r.status for r in records if r.step.key == err.step.key), unsure)
        body = [why]
        if err.outcome_unknown:
            body.append(
                fill(
                    QCoreApplication.translate(
                        "OperationDialog",
                        "hvgui cannot tell whether this step ran on %1. It will not repeat it by itself.",
                    ),
                    err.step.host,
                )
            )
        done = "; ".join(step_title(s) for s in err.completed)
        body.append(
            fill(QCoreApplication.translate("OperationDialog", "Already done: %1."), done)
            if done
            else QCoreApplication.translate("OperationDialog", "Nothing was changed before this step.")
        )
        return FailureView(
            Mark.UNKNOWN if err.outcome_unknown else Mark.FAILED,
            fill(
                QCoreApplication.translate("OperationDialog", "Stopped at step %1 of %2: %3"),
                err.step_number,
                err.step_count,
                step_title(err.step),
            ),
            "\n".join(body),
            fill(
                QCoreApplication.translate("OperationDialog", "What to do next: %1"), advice(err.step, status)
            ),
            more,
            row_note=why,
        )
    if isinstance(err, WorkflowCancelled):
        done = "; ".join(step_title(s) for s in err.completed)
        return FailureView(
            Mark.WARNING,
            QCoreApplication.translate("OperationDialog", "Stopped before the next step, as you asked."),
            fill(QCoreApplication.translate("OperationDialog", "Already done: %1."), done)
            if done
            else QCoreApplication.translate("OperationDialog", "Nothing was changed."),
            QCoreApplication.translate(
                "OperationDialog", "Refresh the hosts and check the state before you continue."
            ),
            more,
        )
    if isinstance(err, PreconditionFailed):
        return FailureView(
            Mark.BLOCKED,
            QCoreApplication.translate(
                "OperationDialog", "Nothing was changed: the check before the first step found a problem."
            ),
            f"{why}\n{precondition_texts.text(err)}".strip(),
            error_texts.advice(err),
            more,
        )
    cause = error_texts.root_cause(err)
    return FailureView(Mark.FAILED, why, "", error_texts.advice(cause), more, show_records=False)
