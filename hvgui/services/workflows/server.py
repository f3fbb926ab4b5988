"""Replica-server settings and authorization entries of one host (reference 4.1, 6.6).

Order matters: entries exist only while replication is not open to any server, so entries are
removed first, then the server settings are applied, then entries are changed and added. The dialog
knows the current entries, so the request lists the changes, and the plan shows them one by one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from hvgui.hyperv.commands import Cmd, Pipeline, Value
from hvgui.hyperv.enums import ServerAuthenticationType
from hvgui.hyperv.errors import Message, message
from hvgui.hyperv.model import AuthorizationEntry, ReplicaServerInfo, VMInfo
from hvgui.services.workflows.base import Step, StepStatus, Workflow
from hvgui.services.workflows.common import fail, literal
from hvgui.services.workflows.reads import read_replica_server

# A primary server: an FQDN or NetBIOS name, with a wildcard allowed only as the whole first label.
_SERVER = re.compile(r"^(\*|[A-Za-z0-9-]+)(\.[A-Za-z0-9-]+)*$")


@dataclass(frozen=True, kw_only=True)
class ReplicaServerRequest:
    host: str
    enabled: bool = True
    auth: ServerAuthenticationType = ServerAuthenticationType.Kerberos
    kerberos_port: int = 80
    certificate_port: int = 443
    certificate_thumbprint: str = ""
    allow_any: bool = False
    default_storage: str = ""
    remove_entries: tuple[str, ...] = ()  # AllowedPrimaryServer of entries to delete
    change_entries: tuple[AuthorizationEntry, ...] = ()
    add_entries: tuple[AuthorizationEntry, ...] = ()


class ReplicaServerSettings(Workflow[ReplicaServerRequest, ReplicaServerInfo]):
    kind = "replica_server_settings"
    title = "Replica server settings"
    _info: ReplicaServerInfo | None = None

    @property
    def hosts(self) -> tuple[str, ...]:
        return (self.request.host,)

    def describe(self) -> str:
        return f"Replica server settings of {self.request.host}"

    def _server_params(self) -> dict[str, Value]:
        q = self.request
        if not q.enabled:
            return {"ReplicationEnabled": False}
        params: dict[str, Value] = {"ReplicationEnabled": True, "AllowedAuthenticationType": q.auth}
        if q.auth is not ServerAuthenticationType.Certificate:
            params["KerberosAuthenticationPort"] = q.kerberos_port
        if q.auth is not ServerAuthenticationType.Kerberos:
            params["CertificateAuthenticationPort"] = q.certificate_port
            params["CertificateThumbprint"] = q.certificate_thumbprint
        params["ReplicationAllowedFromAnyServer"] = q.allow_any
        if q.default_storage:
            params["DefaultStorageLocation"] = q.default_storage
        return params

    def _build_steps(self) -> list[Step]:
        q = self.request
        h = q.host
        steps = [
            Step(
                f"remove_entry_{server}",
                f"Remove the authorization entry for {server} on {h}",
                h,
                (
                    Pipeline.of(
                        Cmd.of("Remove-VMReplicationAuthorizationEntry", AllowedPrimaryServer=literal(server))
                    ),
                ),
            )
            for server in q.remove_entries
        ]
        steps.append(
            Step(
                "server",
                f"{'Apply the Replica server settings' if q.enabled else 'Stop being a Replica server'} on {h}",
                h,
                (Pipeline.of(Cmd.of("Set-VMReplicationServer", **self._server_params())),),
            )
        )
        for entry in q.change_entries:
            steps.append(
                Step(
                    f"change_entry_{entry.allowed_primary_server}",
                    f"Change the authorization entry for {entry.allowed_primary_server} on {h}",
                    h,
                    (
                        Pipeline.of(
                            Cmd.of(
                                "Set-VMReplicationAuthorizationEntry",
                                AllowedPrimaryServer=literal(entry.allowed_primary_server),
                                ReplicaStorageLocation=entry.storage_location,
                                TrustGroup=entry.trust_group,
                            )
                        ),
                    ),
                )
            )
        for entry in q.add_entries:
            steps.append(
                Step(
                    f"add_entry_{entry.allowed_primary_server}",
                    f"Authorize {entry.allowed_primary_server} as a primary server on {h}",
                    h,
                    (
                        Pipeline.of(
                            Cmd.of(
                                "New-VMReplicationAuthorizationEntry",
                                AllowedPrimaryServer=entry.allowed_primary_server,
                                ReplicaStorageLocation=entry.storage_location,
                                TrustGroup=entry.trust_group,
                            )
                        ),
                    ),
                )
            )
        return steps

    async def _check(self) -> None:
        q = self.request
        problem = self._problem()
        if problem:
            raise fail(q.host, problem)
        current = await read_replica_server(self.session(q.host))
        known = [e.allowed_primary_server.lower() for e in current.entries]
        for server in q.remove_entries:
            if server.lower() not in known:
                self.skip(f"remove_entry_{server}", f"{server} has no entry")
        for entry in q.change_entries:
            if entry.allowed_primary_server.lower() not in known:
                raise fail(
                    q.host,
                    "no_entry",
                    "%1 has no authorization entry for %2.",
                    q.host,
                    entry.allowed_primary_server,
                )
        removed = {s.lower() for s in q.remove_entries}
        for entry in q.add_entries:
            if entry.allowed_primary_server.lower() in set(known) - removed:
                raise fail(
                    q.host,
                    "entry_exists",
                    "%1 already has an authorization entry for %2.",
                    q.host,
                    entry.allowed_primary_server,
                )

    def _problem(self) -> Message | None:
        q = self.request
        if not q.enabled:
            return None
        if q.auth is not ServerAuthenticationType.Kerberos and not q.certificate_thumbprint:
            return message(
                "server_needs_certificate", "Certificate-based authentication needs a certificate."
            )
        if not all(1 <= port <= 65535 for port in (q.kerberos_port, q.certificate_port)):
            return message("server_port_range", "Ports must be between 1 and 65535.")
        if q.allow_any and not q.default_storage:
            return message(
                "server_any_needs_storage",
                "Allowing replication from any server needs a default storage location.",
            )
        if q.allow_any and (q.add_entries or q.change_entries):
            return message(
                "server_entries_need_specified",
                "Authorization entries apply only when replication is allowed from the specified servers.",
            )
        for entry in (*q.add_entries, *q.change_entries):
            if not _SERVER.match(entry.allowed_primary_server) or "*" in entry.allowed_primary_server[1:]:
                return message(
                    "server_bad_name",
                    "'%1' is not a server name; a wildcard may only stand for the first part, as in "
                    "*.contoso.com.",
                    entry.allowed_primary_server,
                )
            if not entry.storage_location or not entry.trust_group:
                return message(
                    "server_entry_incomplete",
                    "The entry for %1 needs a storage location and a trust group.",
                    entry.allowed_primary_server,
                )
        return None

    async def _reread(self, step: Step) -> tuple[list[VMInfo], list[str]]:
        info = self._info = await read_replica_server(self.session(step.host))
        mode = "any server" if info.allow_any else f"{len(info.entries)} authorized server(s)"
        return [], [
            f"{info.host}: Replica server {'enabled' if info.enabled else 'disabled'}, {info.auth.name}, {mode}"
        ]

    def _verify(self, step: Step, vms: Sequence[VMInfo]) -> str:
        q, info = self.request, self._info
        assert info is not None
        servers = [e.allowed_primary_server for e in info.entries]
        if step.key == "server" and info.enabled != q.enabled:
            return f"{q.host} is still {'not ' if q.enabled else ''}a Replica server."
        lowered = [s.lower() for s in servers]
        if step.key.startswith("remove_entry_") and step.key[13:].lower() in lowered:
            return "The authorization entry is still there."
        if step.key.startswith("add_entry_") and step.key[10:].lower() not in lowered:
            return "The authorization entry was not added."
        return ""

    def _advice(self, step: Step, status: StepStatus) -> str:
        done = [r.step.title for r in self.records if r.status is StepStatus.DONE]
        applied = f" Already applied: {'; '.join(done)}." if done else ""
        return f"Open the Replica server settings of {self.request.host} again, check them and apply what is missing.{applied}"

    def _result(self) -> ReplicaServerInfo:
        return self._info or ReplicaServerInfo(
            self.request.host, False, self.request.auth, 0, 0, "", False, "", ()
        )
