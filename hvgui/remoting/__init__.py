"""hvgui.remoting layer (see docs/architecture.md)."""
