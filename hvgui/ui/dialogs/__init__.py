"""Dialogs: Connect to Server, the certificate prompt, and the helpers they share.

See connect.py for the API the main window uses (ConnectDialog, ask_connection) and certificate.py
for the fingerprint prompt. explain.py turns hvgui's expected errors into translated sentences.
"""

from hvgui.ui.dialogs.certificate import CertificatePrompt, ask_certificate, format_fingerprint
from hvgui.ui.dialogs.connect import ConnectDialog, ask_connection
from hvgui.ui.dialogs.modal import open_and_wait

__all__ = [
    "CertificatePrompt",
    "ConnectDialog",
    "ask_certificate",
    "ask_connection",
    "format_fingerprint",
    "open_and_wait",
]
