"""Planned failover (reference 5.3): shut down and prepare on the primary, fail over on the replica,
optionally reverse and start there. Zero data loss; each step runs on its own host's session.
"""

from __future__ import annotations

from dataclasses import dataclass

from hvgui.hyperv.commands import SWITCH
from hvgui.hyperv.enums import AuthenticationType, ReplicationHealth, ReplicationMode, VMState
from hvgui.hyperv.enums import ReplicationState as S
from hvgui.hyperv.model import ReplicationInfo
from hvgui.hyperv.rules import Action, Reason, replication_items
from hvgui.services.workflows.base import Step, StepStatus, VMTarget, Workflow, expect
from hvgui.services.workflows.common import fail, mode_words, on_vm, same_host, start_vm_step, vm_state_words
from hvgui.services.workflows.errors import REASONS
from hvgui.services.workflows.reads import (
    blocked,
    extended,
    read_host_fqdn,
    read_relations,
    read_replica_server,
    replica_problem,
    require_vm,
    simple,
)


@dataclass(frozen=True, kw_only=True)
class PlannedFailoverRequest(VMTarget):
    primary_host: str
    replica_host: str
    shut_down_first: bool = True
    reverse: bool = True
    start_after: bool = True
    # With certificate authentication the reversed relationship needs the new primary's certificate.
    certificate_thumbprint: str = ""


class PlannedFailover(Workflow[PlannedFailoverRequest, None]):
    kind = "planned_failover"
    title = "Planned failover"

    @property
    def hosts(self) -> tuple[str, ...]:
        return (self.request.primary_host, self.request.replica_host)

    def describe(self) -> str:
        q = self.request
        return f"Planned failover of {q.vm_name} from {q.primary_host} to {q.replica_host}"

    def _build_steps(self) -> list[Step]:
        q = self.request
        p, r, vm = q.primary_host, q.replica_host, q.vm_name
        steps = []
        if q.shut_down_first:
            steps.append(
                Step(
                    "shut_down",
                    f"Shut down {vm} on {p}",
                    p,
                    (on_vm(q.vm_id, "Stop-VM"),),
                    expect=(expect(p, power=VMState.Off),),
                )
            )
        steps.append(
            Step(
                "prepare",
                f"Send the last changes and prepare {vm} for failover on {p}",
                p,
                (on_vm(q.vm_id, "Start-VMFailover", Prepare=SWITCH, Confirm=False),),
                expect=(expect(p, power=VMState.Off, replication=S.PreparedForFailover),),
            )
        )
        steps.append(
            Step(
                "fail_over",
                f"Fail over {vm} on {r}",
                r,
                (on_vm(q.vm_id, "Start-VMFailover", Confirm=False),),
                expect=(expect(r, replication=S.FailedOverWaitingCompletion),),
            )
        )
        if q.reverse:
            params = {"CertificateThumbprint": q.certificate_thumbprint} if q.certificate_thumbprint else {}
            steps.append(
                Step(
                    "reverse",
                    f"Reverse replication of {vm}: {r} becomes the primary, {p} the replica",
                    r,
                    (on_vm(q.vm_id, "Set-VMReplication", Reverse=SWITCH, **params),),
                    # Failed over but not reversed leaves the VM unprotected: finish what was asked.
                    cancellable=False,
                    expect=(expect(r, mode=ReplicationMode.Primary), expect(p, mode=ReplicationMode.Replica)),
                )
            )
        if q.start_after:
            steps.append(start_vm_step(q.vm_id, vm, r))
        return steps

    async def _check(self) -> None:
        q = self.request
        p, r = self.session(q.primary_host), self.session(q.replica_host)
        primary = await require_vm(p, q.vm_id, q.vm_name)
        if primary.replication_mode is not ReplicationMode.Primary:
            raise fail(
                q.primary_host,
                "planned_not_primary",
                "%1 on %2 is not a primary VM (its role is %3); a planned failover starts on the primary.",
                q.vm_name,
                q.primary_host,
                mode_words(primary.replication_mode),
            )
        if primary.replication_state is S.PreparedForFailover:
            raise fail(
                q.primary_host,
                "already_prepared",
                "%1 is already prepared for planned failover on %2. Fail over on %3, or cancel the "
                "failover to start it again on %2.",
                q.vm_name,
                q.primary_host,
                q.replica_host,
            )
        relations = await read_relations(p, primary)
        reason = blocked(replication_items(primary, relations), Action.PLANNED_FAILOVER)
        if reason:
            raise fail(
                q.primary_host,
                "planned_not_possible",
                "A planned failover of %1 is not possible: %2.",
                q.vm_name,
                reason,
            )
        if primary.replication_health is ReplicationHealth.Critical:
            raise fail(
                q.primary_host,
                "planned_critical",
                "Replication of %1 is in Critical health. A planned failover needs healthy replication; "
                "fix the cause and resume replication first.",
                q.vm_name,
            )
        self._check_power(primary.state)
        main = simple(relations)
        replica = await require_vm(r, q.vm_id, q.vm_name)
        replica_relations = await read_relations(r, replica)
        reason = blocked(replication_items(replica, replica_relations), Action.FAILOVER)
        if reason:
            raise fail(
                q.replica_host,
                "cannot_fail_over",
                "%1 on %2 cannot fail over: %3.",
                q.vm_name,
                q.replica_host,
                reason,
            )
        replica_fqdn = await read_host_fqdn(r)
        if main is not None and not same_host(main.replica_server, replica_fqdn):
            raise fail(
                q.replica_host,
                "replicates_elsewhere",
                "%1 on %2 replicates to %3, not to %4.",
                q.vm_name,
                q.primary_host,
                main.replica_server,
                q.replica_host,
            )
        if q.reverse:
            await self._check_reverse(replica_fqdn, main.auth_type if main else None, replica_relations)

    def _check_power(self, state: VMState) -> None:
        q = self.request
        if state is VMState.Off:
            if q.shut_down_first:
                self.skip("shut_down", f"{q.vm_name} is already turned off")
            return
        if state is VMState.Running and q.shut_down_first:
            return
        if state is VMState.Running:
            raise fail(
                q.primary_host,
                "planned_vm_running",
                "%1 is running on %2. Shut it down first, or let the planned failover shut it down.",
                q.vm_name,
                q.primary_host,
            )
        raise fail(
            q.primary_host,
            "planned_vm_not_off",
            "%1 is %2 on %3. A planned failover needs it turned off; saved or paused is not enough. Start "
            "it and shut it down, or turn it off.",
            q.vm_name,
            vm_state_words(state),
            q.primary_host,
        )

    async def _check_reverse(
        self, replica_fqdn: str, auth: AuthenticationType | None, replica_relations: list[ReplicationInfo]
    ) -> None:
        q = self.request
        if extended(replica_relations) is not None:
            raise fail(
                q.replica_host,
                "reverse_extended_exists",
                "Replication cannot be reversed: %1. Fail over without reversing, or remove the extended "
                "replication first.",
                REASONS[Reason.EXTENDED_REPLICATION_EXISTS],
            )
        if auth is AuthenticationType.Certificate and not q.certificate_thumbprint:
            raise fail(
                q.replica_host,
                "reverse_needs_thumbprint",
                "Replication uses certificates: reversing it needs the thumbprint of %1's certificate.",
                q.replica_host,
            )
        server = await read_replica_server(self.session(q.primary_host))
        problem = replica_problem(server, replica_fqdn, auth)
        if problem:
            raise fail(
                q.primary_host,
                "reverse_would_fail",
                "Replication could not be reversed afterwards: %1 Fix that first, or fail over without "
                "reversing.",
                problem,
            )

    def _advice(self, step: Step, status: StepStatus) -> str:
        q = self.request
        p, r, vm = q.primary_host, q.replica_host, q.vm_name
        unknown = status is StepStatus.UNKNOWN
        ran = status is StepStatus.DONE
        cancel_both = (
            f"cancel the failover: Cancel Failover (Stop-VMFailover) on {r}, then on {p}, and start {vm} "
            f"on {p} again"
        )
        if step.key == "shut_down":
            if unknown:
                return (
                    f"Refresh {p} and check whether {vm} is off. Nothing else has changed; run the planned "
                    "failover again once the host answers."
                )
            return (
                f"Nothing has changed except possibly the shutdown. Shut {vm} down from inside the guest or "
                "turn it off, then run the planned failover again."
            )
        if step.key == "prepare":
            if unknown or ran:
                return (
                    f"Refresh {p}. If {vm} shows 'Prepared for planned failover', either cancel it with "
                    f"Cancel Failover (Stop-VMFailover) on {p} and start the VM again, or continue with "
                    f"Failover on {r}. Otherwise start {vm} on {p} again."
                )
            return f"{vm} is turned off on {p}. Start it again there, or fix the cause and try again."
        if step.key == "fail_over":
            if unknown or ran:
                return (
                    f"Refresh {r}. If {vm} shows 'Failover complete' there, do not fail over again: "
                    f"reverse replication on {r} or {cancel_both}. Otherwise {vm} is prepared on {p}: "
                    f"cancel with Cancel Failover (Stop-VMFailover) on {p} and start it there, or retry "
                    f"the failover on {r} (Replication > Failover)."
                )
            return (
                f"{vm} is prepared for planned failover on {p} and cannot start there. Cancel with Cancel "
                f"Failover (Stop-VMFailover) on {p} and start it there, or retry the failover on {r} "
                "(Replication > Failover)."
            )
        if step.key == "reverse":
            start = f" Start {vm} on {r} when you are ready." if q.start_after else ""
            return (
                f"{vm} has failed over to {r} but replication was not reversed"
                f"{' (or it is unknown whether it was: refresh both hosts)' if unknown else ''}. Make "
                f"{p} a Replica server that authorizes {r}, then use Reverse Replication on {r}; or "
                f"{cancel_both}.{start}"
            )
        done = "failed over" + (" and replication reversed" if q.reverse else "")
        return f"{vm} has {done}. Start it on {r} yourself (refresh first: it may already run)."

    def _result(self) -> None:
        return None
