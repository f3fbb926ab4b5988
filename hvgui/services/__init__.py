"""hvgui.services layer (see docs/architecture.md): asyncio, no Qt.

Connections (HostRegistry) and the inventory publish frozen events through plain callbacks and async
iterators; the ui adapts them to signals.
"""
