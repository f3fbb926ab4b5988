<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Action</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Shut Down…</source>
        <translation>Herunterfahren…</translation>
    </message>
    <message>
        <source>Turn Off…</source>
        <translation>Ausschalten…</translation>
    </message>
    <message>
        <source>Enable Replication…</source>
        <translation>Replikation aktivieren…</translation>
    </message>
    <message>
        <source>Planned Failover…</source>
        <translation>Geplantes Failover…</translation>
    </message>
    <message>
        <source>Failover…</source>
        <translation>Failover…</translation>
    </message>
    <message>
        <source>Test Failover…</source>
        <translation>Testfailover…</translation>
    </message>
    <message>
        <source>Stop Test Failover</source>
        <translation>Testfailover beenden</translation>
    </message>
    <message>
        <source>Pause Replication</source>
        <translation>Replikation anhalten</translation>
    </message>
    <message>
        <source>Resume Replication</source>
        <translation>Replikation fortsetzen</translation>
    </message>
    <message>
        <source>Extend Replication…</source>
        <translation>Replikation erweitern…</translation>
    </message>
    <message>
        <source>Import Initial Replica…</source>
        <translation>Erstes Replikat importieren…</translation>
    </message>
    <message>
        <source>Cancel Failover</source>
        <translation>Failover abbrechen</translation>
    </message>
    <message>
        <source>Remove Recovery Points</source>
        <translation>Wiederherstellungspunkte entfernen</translation>
    </message>
    <message>
        <source>Reverse Replication…</source>
        <translation>Replikation umkehren…</translation>
    </message>
    <message>
        <source>View Replication Health…</source>
        <translation>Replikationsintegrität anzeigen…</translation>
    </message>
    <message>
        <source>Remove Replication</source>
        <translation>Replikation entfernen</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>The virtual machine is not running.</source>
        <translation>Der virtuelle Computer wird nicht ausgeführt.</translation>
    </message>
    <message>
        <source>The virtual machine is already running.</source>
        <translation>Der virtuelle Computer wird bereits ausgeführt.</translation>
    </message>
    <message>
        <source>The virtual machine must be turned off first.</source>
        <translation>Der virtuelle Computer muss zuerst ausgeschaltet werden.</translation>
    </message>
    <message>
        <source>A Replica virtual machine can be started only after a failover.</source>
        <translation>Ein virtueller Replikatcomputer kann erst nach einem Failover gestartet werden.</translation>
    </message>
    <message>
        <source>The virtual machine is prepared for planned failover. Cancel the failover to start it.</source>
        <translation>Der virtuelle Computer ist für ein geplantes Failover vorbereitet. Brechen Sie das Failover ab, um ihn zu starten.</translation>
    </message>
    <message>
        <source>Replication is not in a state that allows this.</source>
        <translation>Der Replikationszustand lässt dies nicht zu.</translation>
    </message>
    <message>
        <source>The Replica has not received any replication yet; initial replication must finish first.</source>
        <translation>Das Replikat hat noch keine Replikation empfangen; zuerst muss die erste Replikation abgeschlossen sein.</translation>
    </message>
    <message>
        <source>Not possible while the virtual machine resynchronizes.</source>
        <translation>Nicht möglich, solange der virtuelle Computer neu synchronisiert wird.</translation>
    </message>
    <message>
        <source>A test failover is already running.</source>
        <translation>Es wird bereits ein Testfailover ausgeführt.</translation>
    </message>
    <message>
        <source>Replication is already extended to a third server.</source>
        <translation>Die Replikation ist bereits auf einen dritten Server erweitert.</translation>
    </message>
    <message>
        <source>Not possible while extended replication exists: a virtual machine can have only one Replica. Remove extended replication first.</source>
        <translation>Nicht möglich, solange eine erweiterte Replikation besteht: Ein virtueller Computer kann nur ein Replikat haben. Entfernen Sie zuerst die erweiterte Replikation.</translation>
    </message>
    <message>
        <source>The host is not connected.</source>
        <translation>Der Host ist nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>ReplicationHealth</name>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>ReplicationMode</name>
    <message>
        <source>Not replicated</source>
        <translation>Nicht repliziert</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Replikat</translation>
    </message>
    <message>
        <source>Test replica</source>
        <translation>Testreplikat</translation>
    </message>
    <message>
        <source>Extended replica</source>
        <translation>Erweitertes Replikat</translation>
    </message>
</context>
<context>
    <name>ReplicationState</name>
    <message>
        <source>Not enabled</source>
        <translation>Nicht aktiviert</translation>
    </message>
    <message>
        <source>Pending initial replication</source>
        <translation>Erste Replikation ausstehend</translation>
    </message>
    <message>
        <source>Initial replication in progress</source>
        <translation>Erste Replikation wird ausgeführt</translation>
    </message>
    <message>
        <source>Waiting for initial replication</source>
        <translation>Warten auf erste Replikation</translation>
    </message>
    <message>
        <source>Replication enabled</source>
        <translation>Replikation aktiviert</translation>
    </message>
    <message>
        <source>Prepared for planned failover</source>
        <translation>Für geplantes Failover vorbereitet</translation>
    </message>
    <message>
        <source>Failed over, not completed</source>
        <translation>Failover ausgeführt, nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Failover complete</source>
        <translation>Failover abgeschlossen</translation>
    </message>
    <message>
        <source>Replication paused</source>
        <translation>Replikation angehalten</translation>
    </message>
    <message>
        <source>Replication error</source>
        <translation>Replikationsfehler</translation>
    </message>
    <message>
        <source>Resynchronization required</source>
        <translation>Neusynchronisierung erforderlich</translation>
    </message>
    <message>
        <source>Resynchronizing</source>
        <translation>Wird neu synchronisiert</translation>
    </message>
    <message>
        <source>Resynchronization paused</source>
        <translation>Neusynchronisierung angehalten</translation>
    </message>
    <message>
        <source>Failover in progress</source>
        <translation>Failover wird ausgeführt</translation>
    </message>
    <message>
        <source>Failback in progress</source>
        <translation>Failback wird ausgeführt</translation>
    </message>
    <message>
        <source>Failback complete</source>
        <translation>Failback abgeschlossen</translation>
    </message>
    <message>
        <source>Disk update in progress</source>
        <translation>Datenträgeraktualisierung wird ausgeführt</translation>
    </message>
    <message>
        <source>Disk update error</source>
        <translation>Fehler bei der Datenträgeraktualisierung</translation>
    </message>
    <message>
        <source>Repurposing in progress</source>
        <translation>Neuzuweisung wird ausgeführt</translation>
    </message>
    <message>
        <source>Prepared for synchronous replication</source>
        <translation>Für synchrone Replikation vorbereitet</translation>
    </message>
    <message>
        <source>Prepared for group reverse replication</source>
        <translation>Für umgekehrte Gruppenreplikation vorbereitet</translation>
    </message>
    <message>
        <source>Test failover in progress</source>
        <translation>Testfailover wird ausgeführt</translation>
    </message>
</context>
<context>
    <name>VMState</name>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Resetting</source>
        <translation>Wird zurückgesetzt</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation>Wird angehalten</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Wird fortgesetzt</translation>
    </message>
    <message>
        <source>Saved (fast)</source>
        <translation>Gespeichert (schnell)</translation>
    </message>
    <message>
        <source>Saving (fast)</source>
        <translation>Wird gespeichert (schnell)</translation>
    </message>
    <message>
        <source>Forced shutdown</source>
        <translation>Erzwungenes Herunterfahren</translation>
    </message>
    <message>
        <source>Forced restart</source>
        <translation>Erzwungener Neustart</translation>
    </message>
    <message>
        <source>Hibernated</source>
        <translation>Ruhezustand</translation>
    </message>
    <message>
        <source>Component servicing</source>
        <translation>Komponentenwartung</translation>
    </message>
    <message>
        <source>%1 (storage inaccessible)</source>
        <translation>%1 (Speicher nicht erreichbar)</translation>
    </message>
</context>
</TS>
