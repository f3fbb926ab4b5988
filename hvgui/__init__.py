"""hvgui: Hyper-V Replica management over WinRM, in the spirit of Hyper-V Manager."""

__version__ = "0.1.0"
