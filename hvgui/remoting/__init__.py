"""hvgui.remoting layer (see docs/architecture.md): the only package that imports pypsrp.

HostSession runs hyperv.commands.Pipeline objects on one host and returns hyperv.model.PSData;
failures arrive as hyperv.errors.HvError subclasses.
"""

from hvgui.remoting.session import HostSession, Timeouts
from hvgui.remoting.tls import fetch_certificate_fingerprint

__all__ = ["HostSession", "Timeouts", "fetch_certificate_fingerprint"]
