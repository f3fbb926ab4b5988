"""Composition root: the command line, QApplication and the qasync loop, and the wiring of the layers.

    hvgui [--lang de|en]                       saved servers are restored in the background
    hvgui --demo [--speed N]                   the embedded lab, connected like real hosts
    hvgui --demo --screenshot FILE [--lang]    loads, selects a replicated VM, saves a PNG, exits 0

Only this module knows every piece (and only it may import the lab). The window appears first;
the keyring, the profile file, the demo lab and every host are dealt with afterwards, on worker
threads or as background tasks, so nothing here keeps the window from painting.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from hvgui.core import paths

log = logging.getLogger("hvgui.app")
DEMO_SPEED = 3.0
SCREENSHOT_TIMEOUT = 60.0
SCREENSHOT_SIZE = (1440, 900)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hvgui", description="Hyper-V Replica manager")
    parser.add_argument(
        "--demo", action="store_true", help="start the embedded Hyper-V lab and connect to it"
    )
    parser.add_argument("--speed", type=float, default=DEMO_SPEED, help="demo lab seconds per real second")
    parser.add_argument("--lang", choices=("de", "en"), help="user interface language (default: system)")
    parser.add_argument(
        "--screenshot", type=Path, metavar="FILE", help="with --demo: save the window as PNG, exit"
    )
    parser.add_argument(
        "--screenshots",
        type=Path,
        metavar="DIR",
        help="with --demo: save the window, the Replication submenu and every wizard page and dialog state as PNGs, exit",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.screenshot is not None and not args.demo:
        print("hvgui: --screenshot needs --demo", file=sys.stderr)
        return 2
    if args.screenshots is not None and not args.demo:
        print("hvgui: --screenshots needs --demo", file=sys.stderr)
        return 2
    if args.speed < 0:
        print("hvgui: --speed must not be negative", file=sys.stderr)
        return 2
    from hvgui.core.logging import setup_logging

    setup_logging(logging.DEBUG if args.verbose else logging.INFO)
    import qasync
    from PySide6.QtWidgets import QApplication

    from hvgui.ui import icons
    from hvgui.ui.crash import CrashHandler
    from hvgui.ui.gc_guard import GuiThreadCollector
    from hvgui.ui.i18n import choose_language, install_translators

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("hvgui")
    app.setOrganizationName("hvgui")
    app.setWindowIcon(icons.icon("app"))
    translators = install_translators(app, choose_language(args.lang))
    crash = CrashHandler(app, show_dialog=args.screenshot is None)
    crash.install()
    collector = GuiThreadCollector(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    loop.set_exception_handler(crash.loop_exception_handler)
    try:
        with loop:
            return int(loop.run_until_complete(Application(args, crash).run()))
    finally:
        collector.stop()
        crash.uninstall()
        del translators


@dataclass
class DemoLab:
    server: Any  # hvgui.lab.wire.LabServer
    clock: Any  # the lab's clock: demo time runs faster than real time

    def stop(self) -> None:
        self.server.stop()


def start_demo_lab(speed: float) -> DemoLab:
    """The demo scenario over HTTPS with the lab CA and Basic auth (runs on a worker thread)."""
    from hvgui.lab.runtime import Lab
    from hvgui.lab.wire.server import LabServer

    lab = Lab.demo(speed)
    server = LabServer(lab, https=True, auth="basic", data_dir=paths.data_dir() / "lab")
    server.start()
    return DemoLab(server, lab.clock.now)


class Application:
    def __init__(self, args: argparse.Namespace, crash: Any) -> None:
        self.args = args
        self.crash = crash
        self.demo: DemoLab | None = None
        self.demo_hosts: set[str] = set()
        self._closed = asyncio.Event()
        self._credentials: Any = None
        self._credentials_ready = asyncio.Event()
        self._secrets: Any = None
        from hvgui.ui.tasks import BackgroundTasks

        self.tasks = BackgroundTasks()

    async def run(self) -> int:
        from PySide6.QtCore import QSettings

        from hvgui.core.profiles import ProfileStore
        from hvgui.services.connections import HostRegistry
        from hvgui.services.inventory import Inventory
        from hvgui.services.jobs import AuditLog, JobTracker
        from hvgui.ui.main_window import MainWindow, WindowServices

        screenshot = self.args.screenshot is not None or self.args.screenshots is not None
        if self.args.demo:
            # The lab's clock is the client's clock too: "data at risk" then means lab minutes.
            self.demo = await asyncio.to_thread(start_demo_lab, self.args.speed)
        clock = self._now
        self.store = ProfileStore()
        self.registry = HostRegistry(self._password, clock=clock)
        self.inventory = Inventory(self.registry, clock=clock)
        settings_file = (
            Path(tempfile.mkdtemp(prefix="hvgui-shot-")) / "ui.ini"
            if screenshot
            else paths.config_dir() / "ui.ini"
        )
        # QSettings reads this small file once and writes it back lazily from the event loop.
        settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        audit = AuditLog(paths.data_dir() / "audit.jsonl")
        services = WindowServices(
            registry=self.registry,
            inventory=self.inventory,
            jobs=JobTracker(audit),
            settings=settings,
            audit=audit,
            clock=clock,
            connect_to_server=self._connect_to_server,
            forget_host=self._forget_host,
            reenter_password=self._reenter_password,
        )
        self.window = MainWindow(services)
        self.window.closed.connect(self._closed.set)
        self.crash.window = self.window
        self.crash.quit = self.window.close
        if screenshot:
            self.window.resize(*SCREENSHOT_SIZE)
        self.window.show()
        self.window.fit_columns()
        self.window.host_ops.start_interval()
        self.window.jobs_dock.reload_audit()
        await self._open_credentials()
        try:
            if self.demo is not None:
                self._add_demo_hosts()
            else:
                await self._restore_or_greet()
            if self.args.screenshots is not None:
                return await self._screenshots(self.args.screenshots)
            if screenshot:
                return await self._screenshot(self.args.screenshot)
            await self._closed.wait()
            return 0
        finally:
            await self._shutdown()

    def _now(self) -> datetime:
        from hvgui.services.connections import utc_now

        # The lab's clock while the demo runs (also when the demo is chosen after the start).
        return self.demo.clock() if self.demo is not None else utc_now()

    # Passwords ----------------------------------------------------------------------------------------

    async def _open_credentials(self) -> None:
        from hvgui.ui.credentials import Credentials

        if not self.args.demo:
            from hvgui.core.secrets import SecretStore

            # keyring.get_keyring() may talk to D-Bus or a locked wallet: never on the GUI thread.
            self._secrets = await asyncio.to_thread(SecretStore)
        self._credentials = Credentials(self._secrets)
        self._credentials_ready.set()

    async def _password(self, profile: Any) -> str:
        await self._credentials_ready.wait()
        return str(await self._credentials.password(profile))

    # Hosts --------------------------------------------------------------------------------------------

    def _add_demo_hosts(self) -> None:
        from hvgui.core.profiles import ConnectionProfile

        assert self.demo is not None
        for ep in self.demo.server.endpoints():
            profile = ConnectionProfile(
                name=ep.name,
                host=ep.host,
                port=ep.port,
                use_https=ep.ssl,
                auth=ep.auth,
                username=ep.username,
                ca_file=ep.ca_file or "",
            )
            self._credentials.remember(profile, ep.password)
            self.demo_hosts.add(ep.name)
            if ep.name not in self.registry.names:
                self.registry.add(profile)

    async def _restore_or_greet(self) -> None:
        from hvgui.ui.first_start import FirstStartChoice, ask_first_start, restore_saved_hosts

        restored = await restore_saved_hosts(self.registry, self.store, self._credentials)
        message = restored.message()
        if message:
            self.window.inform(self.window.windowTitle(), f"{message}\n\n{restored.problem}")
        if restored.added:
            return
        choice = await ask_first_start(self.window)
        if choice is FirstStartChoice.DEMO:
            self.demo = await asyncio.to_thread(start_demo_lab, self.args.speed)
            await self._open_credentials()
            self._add_demo_hosts()
        elif choice is FirstStartChoice.CONNECT:
            await self._connect_flow()

    def _connect_to_server(self, parent: Any) -> None:
        self.tasks.spawn(self._connect_flow(), "hvgui-connect-dialog")

    async def _connect_flow(self) -> None:
        from hvgui.core.secrets import SecretsUnavailable
        from hvgui.ui.dialogs.connect import ask_connection

        result = await ask_connection(self.window, secrets=self._secrets, taken_names=self.registry.names)
        if result is None:
            return
        profile, password, _save = result
        try:
            await self._credentials.save(profile, password)
        except SecretsUnavailable as err:
            log.warning("password kept for this session only: %s", err)
        self.registry.add(profile)
        await self._save_profiles()

    async def _forget_host(self, profile: Any) -> None:
        if profile.name in self.demo_hosts:
            return
        await self._save_profiles()
        await self._credentials.delete(profile)

    def _reenter_password(self, name: str) -> None:
        self.tasks.spawn(self._reenter_flow(name), f"hvgui-password-{name}")

    async def _reenter_flow(self, name: str) -> None:
        """The Connect to Server dialog, filled in, for a host whose password is not known."""
        from hvgui.core.secrets import SecretsUnavailable
        from hvgui.ui.dialogs.connect import ask_connection

        old = self.registry.profile(name)
        others = [n for n in self.registry.names if n != name]
        result = await ask_connection(self.window, secrets=self._secrets, initial=old, taken_names=others)
        if result is None:
            return
        profile, password, _save = result
        try:
            await self._credentials.save(profile, password)
        except SecretsUnavailable as err:
            log.warning("password kept for this session only: %s", err)
        if profile == old:
            await self.registry.retry(name)
        else:
            await self.registry.remove(name)
            self.registry.add(profile)
        await self._save_profiles()

    async def _save_profiles(self) -> None:
        profiles = [self.registry.profile(n) for n in self.registry.names if n not in self.demo_hosts]
        await asyncio.to_thread(self.store.save, profiles)

    # Screenshot and shutdown ---------------------------------------------------------------------------

    async def _screenshots(self, directory: Path) -> int:
        from hvgui.ui.screenshots import write_all

        if not await self._wait_loaded():
            return 1
        self._select_sensible()
        await asyncio.sleep(0.5)
        launcher = self.window.operations.dialogs
        assert launcher is not None
        written = await write_all(self.window, launcher, self.inventory, directory)
        print(f"hvgui: {len(written)} screenshots saved to {directory}")
        return 1 if self.crash.reports else 0

    async def _wait_loaded(self) -> bool:
        started = time.monotonic()
        while not self.window.hosts.all_loaded():
            if time.monotonic() - started > SCREENSHOT_TIMEOUT:
                print("hvgui: the inventory did not load in time", file=sys.stderr)
                return False
            await asyncio.sleep(0.1)
        return True

    async def _screenshot(self, target: Path) -> int:
        started = time.monotonic()
        while not self.window.hosts.all_loaded():
            if time.monotonic() - started > SCREENSHOT_TIMEOUT:
                print("hvgui: the inventory did not load in time", file=sys.stderr)
                return 1
            await asyncio.sleep(0.1)
        self._select_sensible()
        await asyncio.sleep(0.5)  # let the views lay out and paint
        target.parent.mkdir(parents=True, exist_ok=True)
        if not self.window.grab().save(str(target), "PNG"):
            print(f"hvgui: could not write {target}", file=sys.stderr)
            return 1
        print(f"hvgui: screenshot saved to {target}")
        return 1 if self.crash.reports else 0

    def _select_sensible(self) -> None:
        """The first host, and on it a running primary VM in good health (else any replicated VM)."""
        from hvgui.hyperv.enums import ReplicationHealth, ReplicationMode, VMState

        for name in self.registry.names:
            state = self.inventory.host(name)
            if state is None or not state.vms:
                continue
            vms = sorted(state.vms.values(), key=lambda v: v.name.lower())
            good = [
                v
                for v in vms
                if v.replication_mode is ReplicationMode.Primary
                and v.state is VMState.Running
                and v.replication_health is ReplicationHealth.Normal
            ]
            chosen = (good or [v for v in vms if v.replication_mode is not ReplicationMode.NONE] or vms)[0]
            self.window.select_vm(name, chosen.id)
            self.window.host_page.details.tabs.setCurrentIndex(1)  # the Replication tab tells more
            return

    async def _shutdown(self) -> None:
        try:
            self.tasks.cancel_all()
            await self.tasks.wait()
            await self.window.host_ops.aclose()
            await self.window.jobs_dock.aclose()
            await self.inventory.aclose()
            await self.registry.aclose()
        finally:
            if self.demo is not None:
                await asyncio.to_thread(self.demo.stop)
