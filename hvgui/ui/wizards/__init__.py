"""The replication wizards: Enable, Extend and Reverse Replication (reference 6.3, 5.4, 5.6).

Entry API for the main window::

    ctx = WizardContext.from_registry(registry, tracker, inventory)   # or WizardContext(sessions, tracker)
    wizard = EnableReplicationWizard(window, ctx, vm)                  # vm: VMInfo, not replicated
    wizard = ExtendReplicationWizard(window, ctx, vm, relation)        # vm: the Replica VM; relation: its
                                                                       #   Simple ReplicationInfo (mode Replica)
    wizard = ReverseReplicationWizard(window, ctx, vm, relation)       # vm: the failed-over VM on the new
                                                                       #   primary; relation: its ReplicationInfo
    wizard.finished_with.connect(on_done)                              # WizardOutcome, emitted once
    wizard.open()                                                      # window-modal; never exec()

Each wizard validates on the page where the input is (Next stays disabled and the page says why),
ends with a Summary of every step on its host and "View PowerShell…", runs the service workflow
through `ctx.tracker.run()` (so it shows in the jobs panel as well) and shows the result, or the
step that failed with what to do next. While the workflow runs, Cancel asks it to stop between
steps and the wizard stays open until it has; `finished_with` carries the outcome and the hosts to
refresh. The caller may deleteLater() the wizard in its slot.

Screenshots: `screenshot_pages(wizard)` yields ("<kind>-<nn>-<page>", widget) for every page with
sample input, then View PowerShell, progress, success and failure, asking no host.
"""

from hvgui.ui.wizards.context import WizardContext, WizardOutcome
from hvgui.ui.wizards.enable import EnableReplicationWizard
from hvgui.ui.wizards.extend import ExtendReplicationWizard
from hvgui.ui.wizards.reverse import ReverseReplicationWizard
from hvgui.ui.wizards.screenshots import screenshot_pages

__all__ = [
    "EnableReplicationWizard",
    "ExtendReplicationWizard",
    "ReverseReplicationWizard",
    "WizardContext",
    "WizardOutcome",
    "screenshot_pages",
]
