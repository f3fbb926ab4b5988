"""The window's fixed actions and its menu bar: File, Action, View, Help.

The Action menu, like Hyper-V Manager's (an MMC console), holds what the current selection offers;
it is rebuilt each time it opens, from the same builders as the context menus. Every action has a
mnemonic, the frequent ones a shortcut, so everything is reachable from the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar

from hvgui.ui import icons


class WindowActions(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)

        def make(icon: str = "", checkable: bool = False) -> QAction:
            act = QAction(window)
            if icon:
                act.setIcon(icons.icon(icon))
            act.setCheckable(checkable)
            return act

        self.connect_server = make("connect")
        self.exit = make()
        self.exit.setShortcut(QKeySequence.StandardKey.Quit)
        self.refresh = make("refresh")
        self.refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.overview = make("overview")
        self.overview.setShortcut(QKeySequence("Ctrl+1"))
        self.problems_only = make(checkable=True)
        self.columns = make()
        self.show_actions = make(checkable=True)
        self.show_actions.setChecked(True)
        self.about = make("app")
        self.host_refresh = make("refresh")
        self.host_settings = make("settings")
        self.host_retry = make("refresh")
        self.host_disconnect = make("disconnect")
        self.menu_file = QMenu(window)
        self.menu_action = QMenu(window)
        self.menu_view = QMenu(window)
        self.menu_help = QMenu(window)

    def build_menu_bar(self, bar: QMenuBar, jobs_toggle: QAction) -> None:
        self.menu_file.addAction(self.connect_server)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.exit)
        self.menu_view.addAction(self.refresh)
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.overview)
        self.menu_view.addAction(self.problems_only)
        self.menu_view.addAction(self.columns)
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.show_actions)
        self.menu_view.addAction(jobs_toggle)
        self.menu_help.addAction(self.about)
        self.menu_action.setToolTipsVisible(True)
        for menu in (self.menu_file, self.menu_action, self.menu_view, self.menu_help):
            bar.addMenu(menu)

    def retranslate_ui(self) -> None:
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_action.setTitle(self.tr("&Action"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.connect_server.setText(self.tr("&Connect to Server…"))
        self.exit.setText(self.tr("E&xit"))
        self.refresh.setText(self.tr("&Refresh"))
        self.refresh.setToolTip(self.tr("Refresh every host now (F5)"))
        self.overview.setText(self.tr("Replication &Overview"))
        self.problems_only.setText(self.tr("Show &Problems Only"))
        self.columns.setText(self.tr("Add/Remove &Columns…"))
        self.show_actions.setText(self.tr("&Actions Pane"))
        self.about.setText(self.tr("&About hvgui"))
        self.host_refresh.setText(self.tr("Refresh"))
        self.host_settings.setText(self.tr("Hyper-V Settings…"))
        self.host_settings.setToolTip(self.tr("Replication Configuration of this host"))
        self.host_retry.setText(self.tr("Retry"))
        self.host_retry.setToolTip(self.tr("Connect to the host again"))
        self.host_disconnect.setText(self.tr("Disconnect"))

    def host_actions(self) -> list[QAction]:
        return [self.host_refresh, self.host_settings, self.host_retry, self.host_disconnect]

    def root_actions(self) -> list[QAction]:
        return [self.connect_server, self.overview, self.refresh]
