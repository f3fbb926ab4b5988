"""Widgets of the main window: navigation, VM list, details, Actions pane, overview."""
