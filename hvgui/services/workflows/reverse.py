"""Reverse replication after a failover (reference 4.2 -Reverse, 5.3 step 4, 5.4 step 5).

After a planned failover the old primary is prepared and simply becomes the replica. After an
unplanned one it is a stale primary (or came back running): it must be turned off and marked as a
replica with Set-VMReplication -AsReplica before the new primary can reverse, and the reversed
relationship needs a new initial replication. Hyper-V Manager cannot do the -AsReplica step;
hvgui runs it on the old primary's own session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from hvgui.hyperv.commands import SWITCH, Value
from hvgui.hyperv.enums import AuthenticationType, ReplicationMode, VMState
from hvgui.hyperv.enums import ReplicationState as S
from hvgui.hyperv.errors import Message, message
from hvgui.services.workflows.base import Step, StepStatus, VMTarget, Workflow, expect
from hvgui.services.workflows.common import check_schedule, fail, mode_words, on_vm, state_words
from hvgui.services.workflows.reads import (
    extended,
    read_relations,
    read_replica_server,
    replica_problem,
    require_vm,
    simple,
)


class ReverseAfter(Enum):
    PLANNED = "planned"
    UNPLANNED = "unplanned"


@dataclass(frozen=True, kw_only=True)
class ReverseReplicationRequest(VMTarget):
    new_primary_host: str  # holds the failed-over VM
    old_primary_host: str
    after: ReverseAfter
    # Unplanned: the old primary's name for -ReplicaServerName, the new primary's for -AllowedPrimaryServer.
    old_primary_server: str = ""
    new_primary_server: str = ""
    port: int | None = None
    auth: AuthenticationType | None = None
    certificate_thumbprint: str = ""  # the new primary's certificate (certificate authentication)
    # -CompressionEnabled for the reversed relationship (both paths); None keeps what Hyper-V carries over.
    compression: bool | None = None
    start_time: datetime | None = None  # unplanned: schedule the initial replication
    # The reversed relationship's schedule (both paths). None keeps what Hyper-V carries over from the
    # original relationship; vss_hours=0 turns application-consistent points off.
    frequency_sec: int | None = None
    recovery_history: int | None = None
    vss_hours: int | None = None

    def settings_params(self) -> dict[str, Value]:
        """The Set-VMReplication -Reverse parameters for the settings given, and only those."""
        params: dict[str, Value] = {}
        if self.compression is not None:
            params["CompressionEnabled"] = self.compression  # [Boolean], not a switch
        if self.frequency_sec is not None:
            params["ReplicationFrequencySec"] = self.frequency_sec
        if self.recovery_history is not None:
            params["RecoveryHistory"] = self.recovery_history
        vss = self.vss_hours
        if vss is None and self.recovery_history == 0:
            # VSS points are kept among the additional ones: carried over without them, Hyper-V refuses.
            vss = 0
        if vss:
            params["VSSSnapshotFrequencyHour"] = vss
        elif vss == 0:
            params["DisableVSSSnapshotReplication"] = SWITCH
        return params

    def schedule_problem(self, carried_history: int) -> Message | None:
        """Why the settings given cannot be used (None if they can); carried_history: the original's."""
        if self.frequency_sec is not None and self.frequency_sec not in (30, 300, 900):
            return message("frequency", "The replication frequency must be one of 30, 300, 900 seconds.")
        if self.recovery_history is not None and not 0 <= self.recovery_history <= 24:
            return message("recovery_history", "Additional recovery points cover 0 to 24 hours.")
        history = carried_history if self.recovery_history is None else self.recovery_history
        if self.vss_hours and (not history or not 1 <= self.vss_hours <= 12):
            return message(
                "reverse_vss_points",
                "Application-consistent points need additional recovery points and come every 1 to 12 hours.",
            )
        return None


class ReverseReplication(Workflow[ReverseReplicationRequest, None]):
    kind = "reverse_replication"
    title = "Reverse replication"

    @property
    def hosts(self) -> tuple[str, ...]:
        return (self.request.new_primary_host, self.request.old_primary_host)

    def describe(self) -> str:
        q = self.request
        return f"Reverse replication of {q.vm_name}: {q.new_primary_host} to {q.old_primary_host}"

    def _build_steps(self) -> list[Step]:
        q = self.request
        new, old, vm = q.new_primary_host, q.old_primary_host, q.vm_name
        reverse: dict[str, Value] = {"Reverse": SWITCH}
        if q.after is ReverseAfter.PLANNED:
            if q.certificate_thumbprint:
                reverse["CertificateThumbprint"] = q.certificate_thumbprint
            reverse.update(q.settings_params())
            return [
                Step(
                    "reverse",
                    f"Reverse replication of {vm}: {new} becomes the primary, {old} the replica",
                    new,
                    (on_vm(q.vm_id, "Set-VMReplication", **reverse),),
                    expect=(
                        expect(new, mode=ReplicationMode.Primary),
                        expect(old, mode=ReplicationMode.Replica),
                    ),
                )
            ]
        reverse["ReplicaServerName"] = q.old_primary_server
        if q.port is not None:
            reverse["ReplicaServerPort"] = q.port
        if q.auth is not None:
            reverse["AuthenticationType"] = q.auth
        if q.certificate_thumbprint:
            reverse["CertificateThumbprint"] = q.certificate_thumbprint
        reverse.update(q.settings_params())
        initial: dict[str, Value] = {}
        when = "now"
        if q.start_time is not None:
            initial["InitialReplicationStartTime"] = q.start_time
            when = f"at {q.start_time.isoformat(timespec='minutes')}"
        return [
            Step(
                "turn_off_old",
                f"Turn off the old copy of {vm} on {old}",
                old,
                (on_vm(q.vm_id, "Stop-VM", TurnOff=SWITCH),),
                expect=(expect(old, power=VMState.Off),),
            ),
            Step(
                "mark_replica",
                f"Mark the old copy of {vm} on {old} as replica of {new}",
                old,
                (
                    on_vm(
                        q.vm_id,
                        "Set-VMReplication",
                        AsReplica=SWITCH,
                        AllowedPrimaryServer=q.new_primary_server,
                    ),
                ),
                expect=(
                    expect(old, mode=ReplicationMode.Replica, replication=S.WaitingForInitialReplication),
                ),
            ),
            Step(
                "reverse",
                f"Reverse replication of {vm}: {new} replicates to {old}",
                new,
                (on_vm(q.vm_id, "Set-VMReplication", **reverse),),
                expect=(expect(new, mode=ReplicationMode.Primary, replication=S.ReadyForInitialReplication),),
            ),
            Step(
                "initial",
                f"Start the initial replication of {vm} to {old} {when}",
                new,
                (on_vm(q.vm_id, "Start-VMInitialReplication", **initial),),
                expect=(
                    expect(
                        new,
                        replication=(
                            S.ReadyForInitialReplication,
                            S.InitialReplicationInProgress,
                            S.Replicating,
                        )
                        if q.start_time
                        else (S.InitialReplicationInProgress, S.Replicating),
                    ),
                ),
            ),
        ]

    async def _check(self) -> None:
        q = self.request
        new, old = self.session(q.new_primary_host), self.session(q.old_primary_host)
        vm = await require_vm(new, q.vm_id, q.vm_name)
        if vm.replication_mode is not ReplicationMode.Replica or vm.replication_state not in (
            S.FailedOverWaitingCompletion,
            S.FailedOver,
        ):
            raise fail(
                q.new_primary_host,
                "reverse_not_failed_over",
                "%1 on %2 has not failed over (%3, %4); replication is reversed after a failover.",
                q.vm_name,
                q.new_primary_host,
                mode_words(vm.replication_mode),
                state_words(vm.replication_state),
            )
        relations = await read_relations(new, vm)
        if extended(relations) is not None:
            raise fail(
                q.new_primary_host,
                "reverse_extended",
                "%1 replicates on to a third host from %2. A VM has only one replica: continue the "
                "extended replication instead, or remove it before reversing.",
                q.vm_name,
                q.new_primary_host,
            )
        main = simple(relations)
        problem = q.schedule_problem(main.recovery_history if main else 0)
        if problem:
            raise fail(q.new_primary_host, problem)
        old_vm = await require_vm(old, q.vm_id, q.vm_name)
        prepared = old_vm.replication_state is S.PreparedForFailover
        if q.after is ReverseAfter.PLANNED and not prepared:
            raise fail(
                q.old_primary_host,
                "reverse_not_planned",
                "%1 on %2 is not prepared for failover: this was not a planned failover. Reverse it as "
                "after an unplanned failover.",
                q.vm_name,
                q.old_primary_host,
            )
        if q.after is ReverseAfter.UNPLANNED:
            if prepared:
                raise fail(
                    q.old_primary_host,
                    "reverse_was_planned",
                    "%1 on %2 is prepared for a planned failover; reverse it as after a planned failover.",
                    q.vm_name,
                    q.old_primary_host,
                )
            self._check_unplanned(old_vm.state, old_vm.replication_mode)
        # The old primary must accept the new one under the name the relationship uses for it.
        sender = q.new_primary_server or (main.replica_server if main else q.new_primary_host)
        auth = q.auth or (main.auth_type if main else None)
        if auth is AuthenticationType.Certificate and not q.certificate_thumbprint:
            raise fail(
                q.new_primary_host,
                "reverse_needs_thumbprint_of",
                "Certificate authentication needs the thumbprint of %1's certificate.",
                q.new_primary_host,
            )
        refusal = replica_problem(await read_replica_server(old), sender, auth)
        if refusal:
            raise fail(q.old_primary_host, refusal)

    def _check_unplanned(self, state: VMState, mode: ReplicationMode) -> None:
        q = self.request
        if not (q.old_primary_server and q.new_primary_server):
            raise fail(
                q.old_primary_host,
                "reverse_server_names",
                "Give the server names of both hosts as Hyper-V replication uses them.",
            )
        if q.start_time is not None:
            check_schedule(
                q.new_primary_host, q.start_time, message("initial_replication", "the initial replication")
            )
        if state is VMState.Off:
            self.skip("turn_off_old", "the old copy is already off")
        if mode is ReplicationMode.Replica:
            self.skip("mark_replica", "the old copy is already a replica")
        elif mode not in (ReplicationMode.Primary, ReplicationMode.NONE):
            raise fail(
                q.old_primary_host,
                "reverse_old_copy_role",
                "The old copy of %1 on %2 is a %3.",
                q.vm_name,
                q.old_primary_host,
                mode_words(mode),
            )

    def _advice(self, step: Step, status: StepStatus) -> str:
        q = self.request
        new, old, vm = q.new_primary_host, q.old_primary_host, q.vm_name
        if step.key == "turn_off_old":
            return f"Turn off {vm} on {old} yourself (it is the outdated copy), then reverse again."
        if step.key == "mark_replica":
            return (
                f"Refresh {old}. {vm} there is turned off. If it shows as replica waiting for initial "
                f"replication, reverse again (hvgui skips this step); otherwise fix the cause and try again."
            )
        if step.key == "reverse":
            return (
                f"{vm} has failed over on {new} and is not protected. Refresh both hosts; if {new} shows it "
                f"as primary, start the initial replication there, otherwise fix the cause and reverse again."
            )
        return (
            f"Replication of {vm} is reversed but the initial replication to {old} has not started. Start "
            f"it from the Replication menu on {new}."
        )

    def _result(self) -> None:
        return None
