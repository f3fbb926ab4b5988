"""Dialogs. Import from the modules themselves; this package imports nothing eagerly, so that a
dialog module does not pull in every other one (connect.py brings the remoting layer with it).

connect.py      Connect to Server: ConnectDialog, ask_connection (API in its docstring)
certificate.py  the certificate prompt: CertificatePrompt, ask_certificate, format_fingerprint
modal.py        open_and_wait: await a window-modal dialog without a nested event loop
"""
