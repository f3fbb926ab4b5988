"""The lab on the wire: a WS-Management/PSRP server that serves the simulated hosts to pypsrp."""

from hvgui.lab.wire.faults import HostFaults
from hvgui.lab.wire.server import Endpoint, LabProtocol, LabServer

__all__ = ["Endpoint", "HostFaults", "LabProtocol", "LabServer"]
