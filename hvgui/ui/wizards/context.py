"""What a wizard needs from the application: sessions, the job tracker, the inventory; and its outcome."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from hvgui.hyperv.errors import HvError
from hvgui.services.connections import HostRegistry
from hvgui.services.inventory import Inventory
from hvgui.services.jobs import JobTracker
from hvgui.services.workflows.base import Outcome
from hvgui.services.workflows.common import same_host
from hvgui.services.workflows.reads import Session

SessionLookup = Mapping[str, Session] | Callable[[str], Session | None]


@dataclass(frozen=True)
class WizardContext:
    """The services a wizard works with. Only the composition root builds one.

    sessions: host name -> connected session (a mapping, or HostRegistry.session).
    host_names: the hosts the user can pick as Replica server; defaults to the mapping's keys, or the
    inventory's hosts.
    """

    sessions: SessionLookup
    tracker: JobTracker
    inventory: Inventory | None = None
    host_names: Callable[[], Sequence[str]] | None = field(default=None, compare=False)

    @classmethod
    def from_registry(
        cls, registry: HostRegistry, tracker: JobTracker, inventory: Inventory
    ) -> WizardContext:
        return cls(registry.session, tracker, inventory, registry.active)

    def session(self, host: str) -> Session | None:
        if isinstance(self.sessions, Mapping):
            found = self.sessions.get(host)
            if found is None:
                found = next((s for n, s in self.sessions.items() if n.lower() == host.lower()), None)
            return found
        return self.sessions(host)

    def hosts(self) -> list[str]:
        """Connected hosts, in the order the application lists them."""
        if self.host_names is not None:
            names = list(self.host_names())
        elif isinstance(self.sessions, Mapping):
            names = list(self.sessions)
        elif self.inventory is not None:
            names = list(self.inventory.hosts())
        else:
            names = []
        return [n for n in names if self.session(n) is not None]

    def match(self, server: str, fqdns: Mapping[str, str] | None = None) -> str | None:
        """The connected host a typed server name means (its name or FQDN), if any."""
        server = server.strip()
        if not server:
            return None
        for host in self.hosts():
            if same_host(host, server) or (fqdns and fqdns.get(host) and same_host(fqdns[host], server)):
                return host
        return None

    def sessions_for(self, *hosts: str) -> dict[str, Session]:
        found: dict[str, Session] = {}
        for host in hosts:
            session = self.session(host)
            if session is not None:
                found[host] = session
        return found


@dataclass(frozen=True)
class WizardOutcome:
    """What `finished_with` reports. ran: the workflow was started (False: closed before Finish).

    hosts: the hosts the workflow touched, for the caller to refresh.
    """

    outcome: Outcome
    ran: bool
    hosts: tuple[str, ...] = ()
    error: HvError | None = None

    @property
    def succeeded(self) -> bool:
        return self.outcome is Outcome.SUCCEEDED
