"""What the three replication wizards share: page ids, the page base, the wizard frame and its run.

A wizard collects choices on its pages, builds the service workflow for the Summary page (whose
plan and PowerShell the user sees before anything happens), and runs exactly that workflow through
the JobTracker on the Progress page, so it shows in the wizard and in the jobs panel alike.
"""

from __future__ import annotations

import asyncio
from abc import abstractmethod
from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
    QWizard,
)
from qasync import asyncSlot

from hvgui.hyperv.enums import AuthenticationType
from hvgui.hyperv.errors import HvError
from hvgui.hyperv.model import ReplicationInfo, VMInfo
from hvgui.services.workflows.base import Outcome, Progress, Step, StepStatus, Workflow
from hvgui.services.workflows.reads import Session, read_host_fqdn, read_replica_server
from hvgui.ui.dialogs.common_widgets import PowerShellDialog, powershell_text
from hvgui.ui.format import fill
from hvgui.ui.wizards import step_texts, texts
from hvgui.ui.wizards.context import WizardContext, WizardOutcome
from hvgui.ui.wizards.page import Draft, PageId, WizardPage, alive, sizes_known

AnyWorkflow = Workflow[Any, Any]


class ReplicationWizard(QWizard):
    finished_with = Signal(object)
    """WizardOutcome: emitted once, when the wizard closes (after the workflow ended, if it ran)."""

    kind: ClassVar[str]
    shows_powershell = (PageId.SUMMARY, PageId.PROGRESS)

    def __init__(
        self, parent: QWidget | None, ctx: WizardContext, vm: VMInfo, relation: ReplicationInfo | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.vm = vm
        self.relation = relation
        self.draft = Draft()
        # Screenshots: the pages ask no host; the harness gives them sample answers instead.
        self.offline = False
        self.workflow: AnyWorkflow | None = None
        self.error: HvError | None = None
        self._task: asyncio.Task[None] | None = None
        self._emitted = False
        self._setup_ui()
        pages = self._make_pages()
        self._page_order = [page.page_id for page in pages]
        for page in pages:
            self.setPage(page.page_id, page)
        for page in pages:
            page.retranslate_ui()
        self.retranslate_ui()
        self.currentIdChanged.connect(self._on_wizard_current_id_changed)
        self.customButtonClicked.connect(self._on_wizard_custom_button_clicked)
        self.finished.connect(self._on_wizard_finished)

    def _setup_ui(self) -> None:
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, False)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setMinimumSize(860, 600)
        self._steps = QWidget(self)
        self._steps.setObjectName("pageList")
        self._steps.setFixedWidth(230)
        self._steps_layout = QVBoxLayout(self._steps)
        self._steps_layout.setContentsMargins(8, 12, 16, 8)
        self._step_labels: dict[PageId, QLabel] = {}
        for page_id in PageId:
            label = QLabel(self._steps)
            label.setObjectName(f"pageList_{page_id.name.lower()}")
            label.setWordWrap(True)
            self._steps_layout.addWidget(label)
            self._step_labels[page_id] = label
        self._steps_layout.addStretch(1)
        self.setSideWidget(self._steps)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.title_text())
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("View PowerShell…"))
        for page_id in PageId:
            page = self.page(page_id)
            self._step_labels[page_id].setText(page.title() if page is not None else "")
        self._update_page_list()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            # The page list shows the pages' titles: they must be in the new language first.
            for page_id in self.pageIds():
                page = self.page(page_id)
                if isinstance(page, WizardPage):
                    page.retranslate_ui()
            self.retranslate_ui()
        super().changeEvent(event)

    # What each wizard defines --------------------------------------------------------------------

    @abstractmethod
    def _make_pages(self) -> list[WizardPage]: ...

    def flow(self) -> list[PageId]:
        """The pages in order, for the choices made so far (by default: all of them, as made)."""
        return list(self._page_order)

    @abstractmethod
    def title_text(self) -> str: ...

    @abstractmethod
    def build_workflow(self) -> AnyWorkflow:
        """The workflow for the choices on the pages (called by the Summary page)."""

    @abstractmethod
    def sender_server(self) -> str:
        """The sending host's name as the Replica server must accept it ("" while unknown)."""

    @abstractmethod
    def success_text(self) -> str: ...

    @abstractmethod
    def commit_text(self) -> str: ...

    def excluded_hosts(self) -> set[str]:
        """Hosts that cannot be the Replica server (the sender itself)."""
        return {self.vm.host.lower()}

    # What the pages ask; the defaults suit Enable Replication ------------------------------------------

    @abstractmethod
    def before_text(self) -> str: ...

    @abstractmethod
    def server_intro(self) -> str: ...

    @abstractmethod
    def running_text(self) -> str: ...

    @abstractmethod
    def summary_rows(self) -> list[tuple[str, str]]: ...

    def before_subtitle(self) -> str:
        return self.tr("What this wizard does, and what it needs.")

    def fixed_target(self) -> str:
        """The only possible Replica server, or "" when the user chooses."""
        return ""

    def excluded_reason(self, host: str) -> str:
        return fill(self.tr("%1 is the server %2 runs on. Choose another server."), host, self.vm.name)

    async def load_sender(self) -> str:
        """The sending host's FQDN and certificates, read once."""
        draft = self.draft
        session = self.session(self.vm.host)
        if not draft.source_server and session is not None:
            draft.source_server = await read_host_fqdn(session)
        if not draft.thumbprints and session is not None:
            # Hyper-V Manager lists the host's certificates; hvgui knows the one its Replica server uses.
            own = (await read_replica_server(session)).certificate_thumbprint
            draft.thumbprints = (own.upper(),) if own else ()
        return draft.source_server or self.vm.host

    async def inspect_target(self, host: str) -> str:
        """Further checks on the chosen Replica server: a problem, or ""."""
        return ""

    def target_status(self) -> str:
        """A line about the chosen Replica server beyond its settings (what inspect_target found)."""
        return ""

    def connection_note(self) -> str:
        return ""

    def connection_editable(self) -> bool:
        return True

    def default_compression(self) -> bool:
        """The pre-filled "compress the data" choice (Hyper-V Manager's default: on)."""
        return True

    def preferred_auth(self) -> AuthenticationType:
        server = self.draft.server
        wanted = self.relation.auth_type if self.relation is not None else AuthenticationType.Kerberos
        if server is None or texts.accepts(server, wanted):
            return wanted
        return next(a for a in AuthenticationType if texts.accepts(server, a))

    def preferred_port(self, auth: AuthenticationType) -> int:
        server = self.draft.server
        if server is not None:
            return texts.server_port(server, auth)
        return 443 if auth is AuthenticationType.Certificate else 80

    def default_frequency(self) -> int:
        return 300

    def frequency_note(self) -> str:
        return ""

    def frequency_problem(self, seconds: int) -> str:
        return ""

    def default_recovery(self) -> tuple[int, int]:
        """The pre-filled (recovery history, VSS frequency) in hours; 0 = only the latest point, no VSS."""
        return (0, 0)

    def recovery_note(self) -> str:
        return ""

    def offers_vss(self) -> bool:
        return True

    def initial_note(self) -> str:
        return ""

    def offers_media(self) -> bool:
        return True

    def offers_existing(self) -> bool:
        return False

    def initial_size(self) -> int | None:
        disks = self.draft.disks or ()
        if not sizes_known(disks):
            return None
        return sum(d.file_size for d in disks) or None

    def progress_subtitle(self) -> str:
        return self.tr("The steps run one after the other. The Operations panel shows them as well.")

    def target_label(self) -> str:
        """The receiving server as the user knows it in hvgui."""
        return self.draft.target_host or self.draft.target_server

    def target_row(self) -> str:
        """For the summary: the hvgui name, and the name Hyper-V is given if that differs."""
        host, server = self.draft.target_host, self.draft.target_server
        return f"{host} ({server})" if server and server.lower() != host.lower() else host

    def initial_label(self) -> str:
        page = self.typed_page(PageId.INITIAL)
        return step_texts.initial_title(self.vm.name, page.method(), page.start_time(), page.export_path())

    def step_text(self, step: Step) -> str:
        return step_texts.step_title(self.kind, step, self.vm.name, self.target_label(), self.initial_label())

    def advice_text(self, step: Step, status: StepStatus) -> str:
        return step_texts.advice(self.kind, step, status, self.vm.name, self.vm.host, self.draft.target_host)

    # Navigation ----------------------------------------------------------------------------------

    def next_after(self, page_id: PageId) -> int:
        flow = self.flow()
        if page_id not in flow:
            return -1
        index = flow.index(page_id) + 1
        return int(flow[index]) if index < len(flow) else -1

    def typed_page(self, page_id: PageId) -> Any:
        return self.page(page_id)

    def _update_page_list(self) -> None:
        flow = self.flow()
        current = self.currentId()
        for page_id, label in self._step_labels.items():
            label.setVisible(page_id in flow)
            font = label.font()
            font.setBold(page_id == current)
            label.setFont(font)
            done = flow[: flow.index(PageId(current))] if current in flow else []
            label.setEnabled(page_id == current or page_id in done)

    def _on_wizard_current_id_changed(self, page_id: int) -> None:
        self.setOption(QWizard.WizardOption.HaveCustomButton1, page_id in self.shows_powershell)
        self._update_page_list()

    def _on_wizard_custom_button_clicked(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value and self.workflow is not None:
            dialog = self.powershell_dialog()
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def powershell_dialog(self) -> PowerShellDialog:
        """The workflow's commands as it will send them, with the step comments in the user's language."""
        assert self.workflow is not None
        return PowerShellDialog(
            powershell_text(self.workflow.plan(), self.step_text), self.title_text(), self
        )

    # Hosts ---------------------------------------------------------------------------------------

    def session(self, host: str) -> Session | None:
        return self.ctx.session(host)

    # Running -------------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def prepare(self) -> AnyWorkflow:
        """Build the workflow the Summary shows; the Progress page runs this very object."""
        self.workflow = self.build_workflow()
        return self.workflow

    def start(self) -> None:
        if (
            self.offline
            or self.workflow is None
            or self.running
            or self.workflow.outcome is not Outcome.RUNNING
        ):
            return
        self.setOption(QWizard.WizardOption.NoCancelButton, False)
        self._task = self._run()

    @asyncSlot()  # type: ignore[untyped-decorator]
    async def _run(self) -> None:
        workflow = self.workflow
        assert workflow is not None
        progress_page = self.typed_page(PageId.PROGRESS)
        unsubscribe = workflow.subscribe(self._on_workflow_progress)
        try:
            await self.ctx.tracker.run(workflow)
        except HvError as err:
            self.error = err
        finally:
            unsubscribe()
        if alive(self):
            progress_page.show_result(workflow, self.error)
            if not self.isVisible():
                self._emit()

    def _on_workflow_progress(self, progress: Progress) -> None:
        if alive(self):
            self.typed_page(PageId.PROGRESS).show_progress(progress)

    def reject(self) -> None:
        if self.running:
            # The job goes on in the jobs panel either way; here Cancel means: stop between steps.
            assert self.workflow is not None
            self.workflow.cancel()
            self.typed_page(PageId.PROGRESS).show_stopping()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.running:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def _on_wizard_finished(self, _result: int) -> None:
        if not self.running:
            self._emit()

    def _emit(self) -> None:
        if self._emitted:
            return
        self._emitted = True
        workflow = self.workflow
        ran = workflow is not None and workflow.started_at is not None
        outcome = workflow.outcome if workflow is not None and ran else Outcome.CANCELLED
        hosts: Sequence[str] = workflow.hosts if workflow is not None and ran else ()
        self.finished_with.emit(WizardOutcome(outcome, ran, tuple(hosts), self.error))
