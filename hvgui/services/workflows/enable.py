"""Enable replication and its initial replication; import an initial replica (reference 4.2, 4.3).

Hyper-V Manager's wizard contacts the Replica server before enabling; so does this workflow: the
target must be a Replica server that accepts this primary with these settings, and
Test-VMReplicationConnection must pass, before anything changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from uuid import UUID

from hvgui.hyperv.commands import SWITCH, Cmd, Pipeline, Value
from hvgui.hyperv.enums import AuthenticationType, ReplicationMode, VMState
from hvgui.hyperv.enums import ReplicationState as S
from hvgui.hyperv.errors import Message, message
from hvgui.services.workflows.base import Step, StepStatus, VMTarget, Workflow, expect
from hvgui.services.workflows.common import check_schedule, fail, mode_words, on_vm, state_words
from hvgui.services.workflows.reads import (
    read_host_fqdn,
    read_replica_server,
    read_vm,
    replica_problem,
    require_vm,
)


class InitialMethod(Enum):
    NETWORK = "network"  # now, over the network
    SCHEDULED = "scheduled"  # over the network, at start_time
    EXTERNAL_MEDIA = "external_media"  # export to export_path; imported on the replica later
    EXISTING_VM = "existing_vm"  # a copy of the VM (same Id) already on the replica host


@dataclass(frozen=True, kw_only=True)
class ReplicationSettings:
    """The connection and schedule of a relationship, as the wizard pages collect them."""

    replica_server: str  # the name the primary uses for the Replica server (FQDN)
    port: int = 80
    auth: AuthenticationType = AuthenticationType.Kerberos
    certificate_thumbprint: str = ""
    compression: bool = True
    frequency_sec: int = 300
    recovery_history: int = 0
    vss_hours: int = 0
    initial: InitialMethod = InitialMethod.NETWORK
    start_time: datetime | None = None
    export_path: str = ""

    def connection_params(self) -> dict[str, Value]:
        params: dict[str, Value] = {
            "ReplicaServerName": self.replica_server,
            "ReplicaServerPort": self.port,
            "AuthenticationType": self.auth,
        }
        if self.auth is AuthenticationType.Certificate:
            params["CertificateThumbprint"] = self.certificate_thumbprint
        return params

    def problems(self, *, extended: bool = False) -> Message | None:
        if self.frequency_sec not in ((300, 900) if extended else (30, 300, 900)):
            if extended:
                return message(
                    "frequency_extended", "The replication frequency must be one of 300, 900 seconds."
                )
            return message("frequency", "The replication frequency must be one of 30, 300, 900 seconds.")
        if not 0 <= self.recovery_history <= 24:
            return message("recovery_history", "Additional recovery points cover 0 to 24 hours.")
        if self.vss_hours and (extended or not self.recovery_history or not 1 <= self.vss_hours <= 12):
            return message(
                "vss_points",
                "Application-consistent points need additional recovery points, come every 1 to 12 "
                "hours, and are not available for extended replication.",
            )
        if not 1 <= self.port <= 65535:
            return message("port_range", "The port must be between 1 and 65535.")
        if (self.auth is AuthenticationType.Certificate) != bool(self.certificate_thumbprint):
            return message(
                "certificate_thumbprint",
                "Certificate authentication needs a certificate thumbprint, and Kerberos none.",
            )
        if self.initial is InitialMethod.EXTERNAL_MEDIA and not self.export_path:
            return message("export_folder_missing", "Choose the folder the initial copy is exported to.")
        return None


def connection_test(settings: ReplicationSettings) -> Pipeline:
    return Pipeline.of(Cmd.of("Test-VMReplicationConnection", **settings.connection_params()))


def initial_replication(vm_id: UUID, settings: ReplicationSettings) -> Pipeline:
    params: dict[str, Value] = {}
    if settings.initial is InitialMethod.SCHEDULED and settings.start_time is not None:
        params["InitialReplicationStartTime"] = settings.start_time
    elif settings.initial is InitialMethod.EXTERNAL_MEDIA:
        params["DestinationPath"] = settings.export_path
    elif settings.initial is InitialMethod.EXISTING_VM:
        params["UseBackup"] = SWITCH
    return on_vm(vm_id, "Start-VMInitialReplication", **params)


def initial_title(vm_name: str, settings: ReplicationSettings) -> str:
    return {
        InitialMethod.NETWORK: f"Start the initial replication of {vm_name} over the network",
        InitialMethod.SCHEDULED: f"Schedule the initial replication of {vm_name} for "
        f"{settings.start_time.isoformat(timespec='minutes') if settings.start_time else '?'}",
        InitialMethod.EXTERNAL_MEDIA: f"Export the initial copy of {vm_name} to {settings.export_path}",
        InitialMethod.EXISTING_VM: f"Start the initial replication of {vm_name} from the existing copy",
    }[settings.initial]


# What a relationship's sending end shows after each way of starting initial replication.
INITIAL_STATES = {
    InitialMethod.NETWORK: (S.InitialReplicationInProgress, S.Replicating),
    InitialMethod.SCHEDULED: (S.ReadyForInitialReplication, S.InitialReplicationInProgress),
    InitialMethod.EXTERNAL_MEDIA: (S.InitialReplicationInProgress,),
    InitialMethod.EXISTING_VM: (S.InitialReplicationInProgress, S.Replicating),
}


@dataclass(frozen=True, kw_only=True)
class EnableReplicationRequest(VMTarget):
    primary_host: str
    replica_host: str
    settings: ReplicationSettings
    # The primary's name as the Replica server knows it; read from the primary when empty.
    # EXISTING_VM needs it in the plan (-AllowedPrimaryServer), so it must be given then.
    primary_server: str = ""
    excluded_vhd_paths: tuple[str, ...] = ()


class EnableReplication(Workflow[EnableReplicationRequest, None]):
    kind = "enable_replication"
    title = "Enable replication"

    @property
    def hosts(self) -> tuple[str, ...]:
        return (self.request.primary_host, self.request.replica_host)

    def describe(self) -> str:
        q = self.request
        return f"Enable replication of {q.vm_name} from {q.primary_host} to {q.replica_host}"

    def _build_steps(self) -> list[Step]:
        q, s = self.request, self.request.settings
        p, r = q.primary_host, q.replica_host
        steps = []
        if s.initial is InitialMethod.EXISTING_VM:
            steps.append(
                Step(
                    "mark_existing",
                    f"Mark the existing copy of {q.vm_name} on {r} as its replica",
                    r,
                    (
                        on_vm(
                            q.vm_id,
                            "Enable-VMReplication",
                            AsReplica=SWITCH,
                            AllowedPrimaryServer=q.primary_server,
                        ),
                    ),
                    expect=(
                        expect(r, mode=ReplicationMode.Replica, replication=S.WaitingForInitialReplication),
                    ),
                )
            )
        steps.append(
            Step(
                "test_connection",
                f"Test the connection from {p} to {s.replica_server}",
                p,
                (connection_test(s),),
                changes_state=False,
            )
        )
        params: dict[str, Value] = {
            **s.connection_params(),
            "CompressionEnabled": s.compression,
            "ReplicationFrequencySec": s.frequency_sec,
            "RecoveryHistory": s.recovery_history,
        }
        if s.vss_hours:
            params["VSSSnapshotFrequencyHour"] = s.vss_hours
        if q.excluded_vhd_paths:
            params["ExcludedVhdPath"] = list(q.excluded_vhd_paths)
        steps.append(
            Step(
                "enable",
                f"Enable replication of {q.vm_name} on {p} to {r}",
                p,
                (on_vm(q.vm_id, "Enable-VMReplication", **params),),
                expect=(
                    expect(p, mode=ReplicationMode.Primary, replication=S.ReadyForInitialReplication),
                    expect(r, mode=ReplicationMode.Replica),
                ),
            )
        )
        steps.append(
            Step(
                "initial",
                initial_title(q.vm_name, s),
                p,
                (initial_replication(q.vm_id, s),),
                expect=(expect(p, replication=INITIAL_STATES[s.initial]),),
            )
        )
        return steps

    async def _check(self) -> None:
        q, s = self.request, self.request.settings
        problem = s.problems()
        if not problem and s.initial is InitialMethod.EXISTING_VM and not q.primary_server:
            problem = message(
                "existing_copy_needs_primary",
                "Using an existing copy on the Replica server needs the primary server's name.",
            )
        if problem:
            raise fail(q.primary_host, problem)
        if s.initial is InitialMethod.SCHEDULED:
            check_schedule(
                q.primary_host, s.start_time, message("initial_replication", "the initial replication")
            )
        p, r = self.session(q.primary_host), self.session(q.replica_host)
        vm = await require_vm(p, q.vm_id, q.vm_name)
        if vm.replication_mode is not ReplicationMode.NONE:
            raise fail(
                q.primary_host,
                "already_replicated",
                "%1 on %2 is already replicated (%3).",
                q.vm_name,
                q.primary_host,
                mode_words(vm.replication_mode),
            )
        primary_server = q.primary_server or await read_host_fqdn(p)
        problem = replica_problem(await read_replica_server(r), primary_server, s.auth, s.port)
        if problem:
            raise fail(q.replica_host, problem)
        existing = await read_vm(r, q.vm_id)
        if s.initial is InitialMethod.EXISTING_VM:
            if existing is None:
                raise fail(
                    q.replica_host,
                    "no_existing_copy",
                    "%1 has no copy of %2 with the same Id.",
                    q.replica_host,
                    q.vm_name,
                )
            if existing.state is not VMState.Off:
                raise fail(
                    q.replica_host,
                    "existing_copy_not_off",
                    "The copy of %1 on %2 must be turned off.",
                    q.vm_name,
                    q.replica_host,
                )
            if existing.replication_mode is ReplicationMode.Replica:
                self.skip("mark_existing", "the copy is already marked as replica")
            elif existing.replication_mode is not ReplicationMode.NONE:
                raise fail(
                    q.replica_host,
                    "existing_copy_replicated",
                    "The copy of %1 on %2 is replicated itself.",
                    q.vm_name,
                    q.replica_host,
                )
        elif existing is not None:
            raise fail(
                q.replica_host,
                "same_id_exists",
                "%1 already has a virtual machine with the Id of %2. Use it as the initial copy, or remove "
                "it first.",
                q.replica_host,
                q.vm_name,
            )

    def _advice(self, step: Step, status: StepStatus) -> str:
        q = self.request
        if step.key == "mark_existing":
            return f"Refresh {q.replica_host}; if the copy shows as replica, run the wizard again, otherwise fix the cause."
        if step.key == "test_connection":
            return "Nothing has changed. Fix the connection settings or the Replica server, then try again."
        if step.key == "enable":
            if status is StepStatus.FAILED:
                return "Nothing has changed. Fix the cause and try again."
            return (
                f"Refresh both hosts. If {q.vm_name} shows as primary on {q.primary_host}, start the initial "
                "replication from its Replication menu; otherwise try again."
            )
        return (
            f"Replication of {q.vm_name} is enabled but the initial replication has not started. Start it "
            f"from the Replication menu on {q.primary_host}, or remove replication on both hosts."
        )

    def _result(self) -> None:
        return None


@dataclass(frozen=True, kw_only=True)
class ImportInitialReplicaRequest(VMTarget):
    replica_host: str
    path: str  # the exported folder, named <VM name>_<VM id>


class ImportInitialReplica(Workflow[ImportInitialReplicaRequest, None]):
    kind = "import_initial_replica"
    title = "Import initial replica"

    @property
    def hosts(self) -> tuple[str, ...]:
        return (self.request.replica_host,)

    def describe(self) -> str:
        return f"Import the initial replica of {self.request.vm_name} on {self.request.replica_host}"

    def _build_steps(self) -> list[Step]:
        q = self.request
        return [
            Step(
                "import",
                f"Import the initial copy of {q.vm_name} from {q.path} on {q.replica_host}",
                q.replica_host,
                (on_vm(q.vm_id, "Import-VMInitialReplication", Path=q.path),),
                expect=(expect(q.replica_host, replication=(S.Replicating, S.InitialReplicationInProgress)),),
            )
        ]

    async def _check(self) -> None:
        q = self.request
        if not q.path:
            raise fail(
                q.replica_host,
                "import_folder_missing",
                "Choose the folder that holds the exported initial copy.",
            )
        vm = await require_vm(self.session(q.replica_host), q.vm_id, q.vm_name)
        if (
            vm.replication_mode not in (ReplicationMode.Replica, ReplicationMode.ExtendedReplica)
            or vm.replication_state is not S.WaitingForInitialReplication
        ):
            raise fail(
                q.replica_host,
                "not_waiting_for_import",
                "%1 on %2 does not wait for an initial copy (%3, %4).",
                q.vm_name,
                q.replica_host,
                mode_words(vm.replication_mode),
                state_words(vm.replication_state),
            )

    def _advice(self, step: Step, status: StepStatus) -> str:
        return (
            f"Check the path (the folder is named {self.request.vm_name}_{self.request.vm_id}) and try again."
        )

    def _result(self) -> None:
        return None
