"""The prerequisites of a planned failover, read from both hosts when the dialog opens (reference 5.3).

The workflow checks them again before its first step; these are for the user to see, with the reason
in words, before clicking anything: the VM off (or shut down by hvgui), the replica able to take
over, and the old primary accepting replication back (needed only to reverse).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from hvgui.hyperv.enums import AuthenticationType, ServerAuthenticationType, VMState
from hvgui.hyperv.errors import HvError
from hvgui.hyperv.model import ReplicaServerInfo, VMInfo
from hvgui.hyperv.rules import Action, Reason, replication_items
from hvgui.services.workflows.reads import (
    entry_matches,
    read_host_fqdn,
    read_relations,
    read_replica_server,
    require_vm,
)
from hvgui.ui import error_texts, labels
from hvgui.ui.dialogs.common import DialogContext, Roles
from hvgui.ui.dialogs.common_widgets import Mark, fill

PREREQUISITES = ("check_off", "check_replica", "check_reverse")
Checks = dict[str, tuple[Mark, str]]


def _explain(err: HvError) -> str:
    return error_texts.explanation(error_texts.root_cause(err))


class PlannedFailoverChecks(QObject):
    def __init__(self, ctx: DialogContext, vm: VMInfo, roles: Roles, auth: AuthenticationType) -> None:
        super().__init__()
        self._ctx, self._vm, self._roles, self._auth = ctx, vm, roles, auth
        self.power: VMState | None = None  # the primary VM's state as read now
        self.checks: Checks = {key: (Mark.CHECKING, "") for key in PREREQUISITES}

    @staticmethod
    def running_note() -> str:
        return QCoreApplication.translate(
            "PlannedFailoverChecks", "It is running. hvgui can shut it down as the first step."
        )

    async def run(self) -> Checks:
        r = self._roles.replica
        await self._check_off()
        session = self._ctx.session(r) if r else None
        if session is None:
            missing = fill(
                self.tr("hvgui is not connected to the Replica server %1. Connect to it first."),
                r or self._roles.replica_server,
            )
            self.checks["check_replica"] = self.checks["check_reverse"] = (Mark.BLOCKED, missing)
            return self.checks
        try:
            replica = await require_vm(session, self._vm.id, self._vm.name)
            items = replication_items(replica, await read_relations(session, replica))
            item = next((i for i in items if i.action is Action.FAILOVER), None)
            # The replica is off until the failover; only its replication state can block it.
            if item is None or item.enabled or item.reason in (None, Reason.VM_NOT_OFF):
                self.checks["check_replica"] = (Mark.OK, "")
            else:
                self.checks["check_replica"] = (Mark.BLOCKED, labels.reason(item.reason))
            await self._check_reverse(await read_host_fqdn(session))
        except HvError as err:
            self.checks["check_replica"] = (Mark.FAILED, _explain(err))
            self.checks["check_reverse"] = (Mark.FAILED, "")
        return self.checks

    async def _check_off(self) -> None:
        p = self._vm.host
        session = self._ctx.session(p)
        if session is None:
            self.checks["check_off"] = (Mark.BLOCKED, fill(self.tr("hvgui is not connected to %1."), p))
            return
        try:
            vm = await require_vm(session, self._vm.id, self._vm.name)
        except HvError as err:
            self.checks["check_off"] = (Mark.FAILED, _explain(err))
            return
        self.power = vm.state
        if vm.state is VMState.Off:
            self.checks["check_off"] = (Mark.OK, "")
        elif vm.state is VMState.Running:
            self.checks["check_off"] = (Mark.WARNING, self.running_note())
        else:
            self.checks["check_off"] = (
                Mark.BLOCKED,
                fill(
                    self.tr(
                        "It is %1. A planned failover needs it turned off; saved or paused is not enough."
                    ),
                    labels.vm_state(vm.state),
                ),
            )

    async def _check_reverse(self, replica_fqdn: str) -> None:
        session = self._ctx.session(self._vm.host)
        if session is None:
            return
        problem = self.server_problem(await read_replica_server(session), replica_fqdn)
        self.checks["check_reverse"] = (Mark.WARNING, problem) if problem else (Mark.OK, "")

    def server_problem(self, server: ReplicaServerInfo, replica_fqdn: str) -> str:
        """Why the old primary would refuse replication from the replica host ("" if it would not)."""
        host, replica = server.host, self._roles.replica
        if not server.enabled:
            return fill(
                self.tr(
                    "%1 is not enabled as a Replica server (Hyper-V Settings > Replication Configuration)."
                ),
                host,
            )
        kerberos = self._auth is AuthenticationType.Kerberos
        wanted = ServerAuthenticationType.Kerberos if kerberos else ServerAuthenticationType.Certificate
        if server.auth not in (wanted, ServerAuthenticationType.CertificateAndKerberos):
            return fill(self.tr("%1 does not accept the authentication this replication uses."), host)
        if not server.allow_any and not any(
            entry_matches(e.allowed_primary_server, replica_fqdn) for e in server.entries
        ):
            return fill(
                self.tr("%1 does not authorize %2 as a primary server: add an authorization entry for it."),
                host,
                replica,
            )
        return ""
