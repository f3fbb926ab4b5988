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
    <name>ActionsPane</name>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
</context>
<context>
    <name>AuditColumn</name>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Hosts and Accounts</source>
        <translation>Hosts und Konten</translation>
    </message>
</context>
<context>
    <name>Authentication</name>
    <message>
        <source>Kerberos authentication (HTTP)</source>
        <translation>Kerberos-Authentifizierung (HTTP)</translation>
    </message>
    <message>
        <source>certificate-based authentication (HTTPS)</source>
        <translation>zertifikatbasierte Authentifizierung (HTTPS)</translation>
    </message>
    <message>
        <source>Kerberos (HTTP) only</source>
        <translation>nur Kerberos (HTTP)</translation>
    </message>
    <message>
        <source>certificates (HTTPS) only</source>
        <translation>nur Zertifikate (HTTPS)</translation>
    </message>
    <message>
        <source>Kerberos (HTTP) and certificates (HTTPS)</source>
        <translation>Kerberos (HTTP) und Zertifikate (HTTPS)</translation>
    </message>
</context>
<context>
    <name>BeforeYouBeginPage</name>
    <message>
        <source>Before You Begin</source>
        <translation>Vorbemerkungen</translation>
    </message>
</context>
<context>
    <name>CancelFailoverDialog</name>
    <message>
        <source>Cancel Failover for %1</source>
        <translation>Failover abbrechen für %1</translation>
    </message>
    <message>
        <source>Cancel the failover of %1?</source>
        <translation>Failover von %1 abbrechen?</translation>
    </message>
    <message>
        <source>Cancel &amp;Failover</source>
        <translation>&amp;Failover abbrechen</translation>
    </message>
    <message>
        <source>%1 on %2 is turned off, and every change made in it since the failover is lost. It goes back to being a Replica, and you can fail over again, to another recovery point if you like.</source>
        <translation>%1 auf %2 wird ausgeschaltet, und alle Änderungen seit dem Failover gehen verloren. Der virtuelle Computer wird wieder zum Replikat, und Sie können erneut ein Failover ausführen, auf Wunsch zu einem anderen Wiederherstellungspunkt.</translation>
    </message>
    <message>
        <source>The planned failover is cancelled: %1 can start again on %2, and replication resumes.</source>
        <translation>Das geplante Failover wird abgebrochen: %1 kann auf %2 wieder starten, und die Replikation wird fortgesetzt.</translation>
    </message>
    <message>
        <source>If %1 is prepared for planned failover on %2, that is cancelled too.</source>
        <translation>Ist %1 auf %2 für ein geplantes Failover vorbereitet, wird auch das abgebrochen.</translation>
    </message>
    <message>
        <source>The failover was completed (recovery points removed) and cannot be cancelled any more.</source>
        <translation>Das Failover wurde abgeschlossen (Wiederherstellungspunkte entfernt) und kann nicht mehr abgebrochen werden.</translation>
    </message>
    <message>
        <source>Cancel the failover on %1 (turn the virtual machine off, discard its changes)</source>
        <translation>Failover auf %1 abbrechen (virtuellen Computer ausschalten, seine Änderungen verwerfen)</translation>
    </message>
    <message>
        <source>Cancel the planned failover on %1</source>
        <translation>Geplantes Failover auf %1 abbrechen</translation>
    </message>
    <message>
        <source>Refresh %1 and cancel again if it still shows the failover.</source>
        <translation>Aktualisieren Sie %1 und brechen Sie erneut ab, wenn das Failover noch angezeigt wird.</translation>
    </message>
    <message>
        <source>The failover was cancelled.</source>
        <translation>Das Failover wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>CertificatePrompt</name>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed. hvgui does not connect.</source>
        <translation>Das Zertifikat von %1 hat sich geändert. hvgui stellt keine Verbindung her.</translation>
    </message>
    <message>
        <source>You trusted a different certificate for this server. The certificate may have been renewed, or someone may be intercepting the connection and reading your password. Ask the server&apos;s administrator, or check the fingerprint on the server yourself. If the new certificate is correct, remove the server from hvgui and add it again to trust the new certificate.</source>
        <translation>Sie haben für diesen Server einem anderen Zertifikat vertraut. Das Zertifikat wurde vielleicht erneuert, oder jemand fängt die Verbindung ab und liest Ihr Kennwort mit. Fragen Sie den Administrator des Servers, oder prüfen Sie den Fingerabdruck selbst auf dem Server. Ist das neue Zertifikat richtig, entfernen Sie den Server aus hvgui und fügen Sie ihn erneut hinzu, um dem neuen Zertifikat zu vertrauen.</translation>
    </message>
    <message>
        <source>Trusted SHA-256 fingerprint:</source>
        <translation>Vertrauenswürdiger SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>The server now presents:</source>
        <translation>Jetzt vom Server vorgelegt:</translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation>(konnte nicht gelesen werden)</translation>
    </message>
    <message>
        <source>The identity of %1 cannot be verified.</source>
        <translation>Die Identität von %1 kann nicht überprüft werden.</translation>
    </message>
    <message>
        <source>Its certificate was not issued by an authority this computer trusts; WinRM servers often use a self-signed certificate. If you trust this certificate, hvgui remembers its fingerprint for this server and from then on connects only when the server presents exactly this certificate. Trust it only if the fingerprint below matches the one on the server: if they differ, someone may be intercepting the connection. Alternatively, cancel and enter the CA file of the authority that issued the certificate.</source>
        <translation>Sein Zertifikat wurde nicht von einer Stelle ausgestellt, der dieser Computer vertraut; WinRM-Server verwenden oft ein selbstsigniertes Zertifikat. Wenn Sie diesem Zertifikat vertrauen, merkt sich hvgui seinen Fingerabdruck für diesen Server und verbindet sich künftig nur, wenn der Server genau dieses Zertifikat vorlegt. Vertrauen Sie ihm nur, wenn der Fingerabdruck unten mit dem auf dem Server übereinstimmt: Weichen sie ab, fängt womöglich jemand die Verbindung ab. Sie können auch abbrechen und die CA-Datei der Zertifizierungsstelle angeben, die das Zertifikat ausgestellt hat.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>To read it on the server, run these commands in PowerShell as administrator. The first shows the CertificateThumbprint of the HTTPS listener; put it into the second. That thumbprint is a SHA-1 hash and looks different: compare the SHA-256 that the last command prints (with dashes instead of colons).</source>
        <translation>Um ihn auf dem Server abzulesen, führen Sie diese Befehle in PowerShell als Administrator aus. Der erste zeigt den CertificateThumbprint des HTTPS-Listeners; setzen Sie ihn in den zweiten ein. Dieser Thumbprint ist ein SHA-1-Hash und sieht anders aus: Vergleichen Sie den SHA-256-Wert, den der letzte Befehl ausgibt (mit Bindestrichen statt Doppelpunkten).</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <source>Step %1 of %2, on %3: %4</source>
        <translation>Schritt %1 von %2, auf %3: %4</translation>
    </message>
</context>
<context>
    <name>ColumnsTree</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>hvgui manages the server through PowerShell Remoting (WinRM). The account needs to be a member of Hyper-V Administrators or Administrators on the server.</source>
        <translation>hvgui verwaltet den Server über PowerShell-Remoting (WinRM). Das Konto muss auf dem Server Mitglied der Gruppe „Hyper-V-Administratoren“ oder „Administratoren“ sein.</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Die CA-Datei %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>Certificate trusted; connecting again…</source>
        <translation>Zertifikat wird vertraut; Verbindung wird erneut hergestellt…</translation>
    </message>
    <message>
        <source>Connected. The server answered as %1.</source>
        <translation>Verbunden. Der Server hat sich als %1 gemeldet.</translation>
    </message>
    <message>
        <source>%1 cannot be reached now. Add it anyway? hvgui keeps trying in the background and shows the problem next to the server.</source>
        <translation>%1 ist zurzeit nicht erreichbar. Trotzdem hinzufügen? hvgui versucht es im Hintergrund weiter und zeigt das Problem beim Server an.</translation>
    </message>
    <message>
        <source>&amp;Add Anyway</source>
        <translation>&amp;Trotzdem hinzufügen</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servername:</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Übertragung:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>A&amp;nzeigename:</translation>
    </message>
    <message>
        <source>e.g. hv01.contoso.com or 192.0.2.10</source>
        <translation>z. B. hv01.contoso.com oder 192.0.2.10</translation>
    </message>
    <message>
        <source>Use &amp;HTTPS (encrypted)</source>
        <translation>&amp;HTTPS verwenden (verschlüsselt)</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Negotiate (Kerberos or NTLM)</source>
        <translation>Negotiate (Kerberos oder NTLM)</translation>
    </message>
    <message>
        <source>Basic (HTTPS only)</source>
        <translation>Basic (nur HTTPS)</translation>
    </message>
    <message>
        <source>CredSSP (needs requests-credssp)</source>
        <translation>CredSSP (erfordert requests-credssp)</translation>
    </message>
    <message>
        <source>Sa&amp;ve password</source>
        <translation>Kennwort spe&amp;ichern</translation>
    </message>
    <message>
        <source>No password store (keyring) was found on this computer: the password is kept for this session only and asked again next time.</source>
        <translation>Auf diesem Computer wurde kein Kennwortspeicher (Keyring) gefunden: Das Kennwort gilt nur für diese Sitzung und wird beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>Optional: trust the certificates this CA issued</source>
        <translation>Optional: Zertifikaten dieser CA vertrauen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation>Vertrauenswürdiges Zertifikat:</translation>
    </message>
    <message>
        <source>Enter the name or IP address of the server.</source>
        <translation>Geben Sie den Namen oder die IP-Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Enter only the server name, without http:// or https://.</source>
        <translation>Geben Sie nur den Servernamen ein, ohne http:// oder https://.</translation>
    </message>
    <message>
        <source>The server name must not contain spaces.</source>
        <translation>Der Servername darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Enter only the server name, without a path.</source>
        <translation>Geben Sie nur den Servernamen ein, ohne Pfad.</translation>
    </message>
    <message>
        <source>Enter the user name in the User name field, not with the server name.</source>
        <translation>Geben Sie den Benutzernamen im Feld „Benutzername“ ein, nicht beim Servernamen.</translation>
    </message>
    <message>
        <source>Enter the port in the Port field, not after the server name.</source>
        <translation>Geben Sie den Port im Feld „Port“ ein, nicht nach dem Servernamen.</translation>
    </message>
    <message>
        <source>This is not a valid server name.</source>
        <translation>Dies ist kein gültiger Servername.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>Basic authentication sends the password readable on the network; it is allowed only with HTTPS.</source>
        <translation>Die Standardauthentifizierung (Basic) überträgt das Kennwort lesbar im Netzwerk; sie ist nur mit HTTPS zulässig.</translation>
    </message>
    <message>
        <source>CredSSP needs the Python package requests-credssp, which is not installed.</source>
        <translation>CredSSP erfordert das Python-Paket requests-credssp, das nicht installiert ist.</translation>
    </message>
    <message>
        <source>%1 authentication needs a user name.</source>
        <translation>Die Authentifizierung %1 erfordert einen Benutzernamen.</translation>
    </message>
    <message>
        <source>Enter the password for this user name.</source>
        <translation>Geben Sie das Kennwort für diesen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>A server named %1 is already in the list.</source>
        <translation>Ein Server namens %1 ist bereits in der Liste.</translation>
    </message>
    <message>
        <source>Basic is available only with HTTPS.</source>
        <translation>Basic ist nur mit HTTPS verfügbar.</translation>
    </message>
    <message>
        <source>CredSSP needs the Python package requests-credssp.</source>
        <translation>CredSSP erfordert das Python-Paket requests-credssp.</translation>
    </message>
    <message>
        <source>DOMAIN\user, or empty for your current sign-in</source>
        <translation>DOMÄNE\Benutzer, oder leer für Ihre aktuelle Anmeldung</translation>
    </message>
    <message>
        <source>DOMAIN\user</source>
        <translation>DOMÄNE\Benutzer</translation>
    </message>
    <message>
        <source>Not needed: your current sign-in is used</source>
        <translation>Nicht nötig: Ihre aktuelle Anmeldung wird verwendet</translation>
    </message>
    <message>
        <source>Same as the server name</source>
        <translation>Wie der Servername</translation>
    </message>
    <message>
        <source>CA Certificate File</source>
        <translation>CA-Zertifikatdatei</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Specify Connection Parameters</source>
        <translation>Verbindungsparameter angeben</translation>
    </message>
    <message>
        <source>Choose how the data is sent to the Replica server.</source>
        <translation>Legen Sie fest, wie die Daten an den Replikatserver gesendet werden.</translation>
    </message>
    <message>
        <source>Replica server:</source>
        <translation>Replikatserver:</translation>
    </message>
    <message>
        <source>Replica server &amp;port:</source>
        <translation>Replikatserver&amp;port:</translation>
    </message>
    <message>
        <source>Authentication type</source>
        <translation>Authentifizierungstyp</translation>
    </message>
    <message>
        <source>Use &amp;Kerberos authentication (HTTP)</source>
        <translation>&amp;Kerberos-Authentifizierung verwenden (HTTP)</translation>
    </message>
    <message>
        <source>Use certificate-based &amp;authentication (HTTPS)</source>
        <translation>Zertifikatbasierte &amp;Authentifizierung verwenden (HTTPS)</translation>
    </message>
    <message>
        <source>C&amp;ertificate (thumbprint):</source>
        <translation>Z&amp;ertifikat (Fingerabdruck):</translation>
    </message>
    <message>
        <source>40 hexadecimal characters</source>
        <translation>40 Hexadezimalzeichen</translation>
    </message>
    <message>
        <source>&amp;Compress the data that is transmitted over the network</source>
        <translation>Über das Netzwerk übertragene Daten ko&amp;mprimieren</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Enter the port as a number from 1 to 65535.</source>
        <translation>Geben Sie den Port als Zahl von 1 bis 65535 ein.</translation>
    </message>
    <message>
        <source>Choose the certificate %1 authenticates with: its thumbprint has 40 hexadecimal characters (0-9, A-F).</source>
        <translation>Wählen Sie das Zertifikat, mit dem sich %1 authentifiziert: Sein Fingerabdruck hat 40 Hexadezimalzeichen (0–9, A–F).</translation>
    </message>
    <message>
        <source>Testing the connection from %1…</source>
        <translation>Die Verbindung von %1 aus wird getestet…</translation>
    </message>
    <message>
        <source>hvgui is not connected to %1.</source>
        <translation>hvgui ist nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>The connection test was successful.</source>
        <translation>Der Verbindungstest war erfolgreich.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>hvgui ran into a bug</source>
        <translation>hvgui hat einen Programmfehler festgestellt</translation>
    </message>
    <message>
        <source>Something went wrong inside hvgui. This is a bug, not a problem of your hosts. An operation that was running may not have finished: refresh and check the state. Please copy the report below and send it to the developers; it contains no passwords.</source>
        <translation>In hvgui ist ein Fehler aufgetreten. Das ist ein Programmfehler, kein Problem Ihrer Hosts. Ein laufender Vorgang wurde möglicherweise nicht beendet: Aktualisieren Sie die Ansicht und prüfen Sie den Zustand. Bitte kopieren Sie den Bericht unten und senden Sie ihn an die Entwickler; er enthält keine Kennwörter.</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Fortfahren</translation>
    </message>
    <message>
        <source>&amp;Quit hvgui</source>
        <translation>hvgui &amp;beenden</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <source>No virtual machine selected</source>
        <translation>Kein virtueller Computer ausgewählt</translation>
    </message>
    <message>
        <source>Select a virtual machine to see its details.</source>
        <translation>Wählen Sie einen virtuellen Computer aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>CPU Usage:</source>
        <translation>CPU-Auslastung:</translation>
    </message>
    <message>
        <source>Assigned Memory:</source>
        <translation>Zugewiesener Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>Uptime:</source>
        <translation>Betriebszeit:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Configuration Version:</source>
        <translation>Konfigurationsversion:</translation>
    </message>
    <message>
        <source>Generation:</source>
        <translation>Generation:</translation>
    </message>
    <message>
        <source>Replication Health:</source>
        <translation>Replikationsintegrität:</translation>
    </message>
    <message>
        <source>Replication is not enabled for this virtual machine.</source>
        <translation>Für diesen virtuellen Computer ist die Replikation nicht aktiviert.</translation>
    </message>
    <message>
        <source>Select a virtual machine to see its replication.</source>
        <translation>Wählen Sie einen virtuellen Computer aus, um seine Replikation zu sehen.</translation>
    </message>
    <message>
        <source>Extended Replication</source>
        <translation>Erweiterte Replikation</translation>
    </message>
    <message>
        <source>Replication Mode:</source>
        <translation>Replikationsmodus:</translation>
    </message>
    <message>
        <source>Replication State:</source>
        <translation>Replikationsstatus:</translation>
    </message>
    <message>
        <source>Primary Server:</source>
        <translation>Primärer Server:</translation>
    </message>
    <message>
        <source>Replica Server:</source>
        <translation>Replikatserver:</translation>
    </message>
    <message>
        <source>Extended Replica Server:</source>
        <translation>Erweiterter Replikatserver:</translation>
    </message>
    <message>
        <source>Replication Frequency:</source>
        <translation>Replikationshäufigkeit:</translation>
    </message>
    <message numerus="yes">
        <source>%n additional hourly recovery point(s)</source>
        <translation>
            <numerusform>%n zusätzlicher stündlicher Wiederherstellungspunkt</numerusform>
            <numerusform>%n zusätzliche stündliche Wiederherstellungspunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest recovery point only</source>
        <translation>Nur der letzte Wiederherstellungspunkt</translation>
    </message>
    <message>
        <source>Recovery Points:</source>
        <translation>Wiederherstellungspunkte:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Last Synchronized:</source>
        <translation>Zuletzt synchronisiert:</translation>
    </message>
    <message>
        <source>Certificate (HTTPS)</source>
        <translation>Zertifikat (HTTPS)</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, Port %2</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <source>Test Virtual Machine:</source>
        <translation>Virtueller Testcomputer:</translation>
    </message>
</context>
<context>
    <name>EnableReplicationWizard</name>
    <message>
        <source>Enable Replication for %1</source>
        <translation>Replikation für „%1“ aktivieren</translation>
    </message>
    <message>
        <source>&amp;Enable Replication</source>
        <translation>Replikation &amp;aktivieren</translation>
    </message>
    <message>
        <source>This wizard sets up replication of %1 from %2 to a Replica server: %2 then sends every change to the Replica server, so that you can fail over to the copy there if %2 fails.

Before you begin, make sure that:
•  the Replica server is enabled as a Replica server and accepts replication from %2 (Hyper-V Settings &gt; Replication Configuration);
•  hvgui is connected to the Replica server as well;
•  the firewall of the Replica server allows inbound replication traffic;
•  the Replica server has enough storage for a copy of the virtual machine.

The wizard checks these for you and says what to do when something is missing. Nothing changes until you click Enable Replication on the Summary page.</source>
        <translation>Dieser Assistent richtet die Replikation von %1 von %2 auf einen Replikatserver ein: %2 sendet dann jede Änderung an den Replikatserver, sodass Sie bei einem Ausfall von %2 ein Failover auf die Kopie dort ausführen können.

Stellen Sie vor dem Start sicher, dass:
•  der Replikatserver als Replikatserver aktiviert ist und Replikation von %2 annimmt (Hyper-V-Einstellungen &gt; Replikationskonfiguration);
•  hvgui auch mit dem Replikatserver verbunden ist;
•  die Firewall des Replikatservers eingehenden Replikationsverkehr zulässt;
•  der Replikatserver genügend Speicher für eine Kopie des virtuellen Computers hat.

Der Assistent prüft das für Sie und sagt, was zu tun ist, wenn etwas fehlt. Geändert wird erst etwas, wenn Sie auf der Seite „Zusammenfassung“ auf „Replikation aktivieren“ klicken.</translation>
    </message>
    <message>
        <source>Choose the Replica server for %1. The wizard asks the server for its settings and checks that it accepts replication from %2.</source>
        <translation>Wählen Sie den Replikatserver für %1. Der Assistent fragt die Einstellungen des Servers ab und prüft, ob er Replikation von %2 annimmt.</translation>
    </message>
    <message>
        <source>Over the network is simplest. Use external media when the copy is too large for the link, and an existing virtual machine when a copy of this one (restored from a backup) is already on the Replica server.</source>
        <translation>Über das Netzwerk ist am einfachsten. Externe Medien eignen sich, wenn die Kopie für die Leitung zu groß ist, ein vorhandener virtueller Computer, wenn eine Kopie dieses Computers (aus einer Sicherung wiederhergestellt) schon auf dem Replikatserver liegt.</translation>
    </message>
    <message>
        <source>Not replicated: %1</source>
        <translation>Nicht repliziert: %1</translation>
    </message>
    <message>
        <source>Virtual hard disks:</source>
        <translation>Virtuelle Festplatten:</translation>
    </message>
    <message>
        <source>Enabling replication of %1…</source>
        <translation>Die Replikation von %1 wird aktiviert…</translation>
    </message>
    <message>
        <source>Replication of %1 from %2 to %3 is enabled.</source>
        <translation>Die Replikation von %1 von %2 auf %3 ist aktiviert.</translation>
    </message>
    <message>
        <source>Next: connect the network adapters of the Replica virtual machine to virtual switches on %1 (Hyper-V does not do this), and run a test failover once the initial replication has finished.</source>
        <translation>Als Nächstes: Verbinden Sie die Netzwerkadapter des virtuellen Replikatcomputers mit virtuellen Switches auf %1 (Hyper-V macht das nicht), und führen Sie nach Abschluss der ersten Replikation ein Testfailover aus.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit Authorization Entry</source>
        <translation>Autorisierungseintrag bearbeiten</translation>
    </message>
    <message>
        <source>Add Authorization Entry</source>
        <translation>Autorisierungseintrag hinzufügen</translation>
    </message>
    <message>
        <source>Allow a primary server to replicate to %1. Use its fully qualified name, or a wildcard for the first part to allow every server of a domain (*.contoso.com).</source>
        <translation>Erlaubt einem primären Server, auf %1 zu replizieren. Geben Sie seinen vollqualifizierten Namen an oder einen Platzhalter für den ersten Teil, um alle Server einer Domäne zuzulassen (*.contoso.com).</translation>
    </message>
    <message>
        <source>&amp;Primary server:</source>
        <translation>&amp;Primärer Server:</translation>
    </message>
    <message>
        <source>&amp;Storage location:</source>
        <translation>&amp;Speicherort:</translation>
    </message>
    <message>
        <source>&amp;Trust group:</source>
        <translation>&amp;Vertrauensgruppe:</translation>
    </message>
    <message>
        <source>hv-host.contoso.com or *.contoso.com</source>
        <translation>hv-host.contoso.com oder *.contoso.com</translation>
    </message>
    <message>
        <source>a folder on the Replica server, like E:\Replica</source>
        <translation>ein Ordner auf dem Replikatserver, z. B. E:\Replikat</translation>
    </message>
    <message>
        <source>Primary servers in the same trust group may take over each other&apos;s virtual machines, for example the nodes of one cluster.</source>
        <translation>Primäre Server derselben Vertrauensgruppe dürfen die virtuellen Computer der anderen übernehmen, zum Beispiel die Knoten eines Clusters.</translation>
    </message>
    <message>
        <source>Enter the primary server.</source>
        <translation>Geben Sie den primären Server ein.</translation>
    </message>
    <message>
        <source>This is not a server name. Use letters, digits, hyphens and dots; a wildcard may only stand for the whole first part, as in *.contoso.com.</source>
        <translation>Das ist kein Servername. Verwenden Sie Buchstaben, Ziffern, Bindestriche und Punkte; ein Platzhalter darf nur für den ganzen ersten Teil stehen, wie in *.contoso.com.</translation>
    </message>
    <message>
        <source>There is already an entry for %1.</source>
        <translation>Für %1 gibt es bereits einen Eintrag.</translation>
    </message>
    <message>
        <source>Enter the folder where the replicas of this server are stored.</source>
        <translation>Geben Sie den Ordner an, in dem die Replikate dieses Servers gespeichert werden.</translation>
    </message>
    <message>
        <source>Enter a full path on the Replica server, like E:\Replica or \\server\share\Replica.</source>
        <translation>Geben Sie einen vollständigen Pfad auf dem Replikatserver an, z. B. E:\Replikat oder \\server\freigabe\Replikat.</translation>
    </message>
    <message>
        <source>Enter a trust group.</source>
        <translation>Geben Sie eine Vertrauensgruppe ein.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Stopped at step %1 of %2, “%3” on %4.</source>
        <translation>Angehalten bei Schritt %1 von %2, „%3“ auf %4.</translation>
    </message>
    <message>
        <source>hvgui cannot tell whether this step ran on %1; it will not repeat it by itself.</source>
        <translation>hvgui kann nicht feststellen, ob dieser Schritt auf %1 ausgeführt wurde; er wird nicht von selbst wiederholt.</translation>
    </message>
    <message>
        <source>Already done: %1.</source>
        <translation>Bereits erledigt: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed before this step.</source>
        <translation>Vor diesem Schritt wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Refresh %1 and check the state of the virtual machine before you try again.</source>
        <translation>Aktualisieren Sie %1, und prüfen Sie den Zustand des virtuellen Computers, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ExtendReplicationWizard</name>
    <message>
        <source>Extend Replication for %1</source>
        <translation>Replikation für „%1“ erweitern</translation>
    </message>
    <message>
        <source>&amp;Extend Replication</source>
        <translation>Replikation &amp;erweitern</translation>
    </message>
    <message>
        <source>This wizard extends the replication of %1: %2 receives its changes from %3 and will send them on to a third server, the extended Replica server. You then have a copy in a third place.

Before you begin, make sure that:
•  the extended Replica server is enabled as a Replica server and accepts replication from %2;
•  hvgui is connected to it as well;
•  its firewall allows inbound replication traffic, and it has enough storage for the copy.

Extended replication sends changes every 5 or 15 minutes and creates no application-consistent recovery points. Nothing changes until you click Extend Replication on the Summary page.</source>
        <translation>Dieser Assistent erweitert die Replikation von %1: %2 empfängt die Änderungen von %3 und sendet sie künftig an einen dritten Server weiter, den erweiterten Replikatserver. Dann gibt es eine Kopie an einem dritten Ort.

Stellen Sie vor dem Start sicher, dass:
•  der erweiterte Replikatserver als Replikatserver aktiviert ist und Replikation von %2 annimmt;
•  hvgui auch mit ihm verbunden ist;
•  seine Firewall eingehenden Replikationsverkehr zulässt und er genügend Speicher für die Kopie hat.

Die erweiterte Replikation sendet Änderungen alle 5 oder 15 Minuten und erstellt keine anwendungskonsistenten Wiederherstellungspunkte. Geändert wird erst etwas, wenn Sie auf der Seite „Zusammenfassung“ auf „Replikation erweitern“ klicken.</translation>
    </message>
    <message>
        <source>Choose the extended Replica server: the third server that receives %1 from %2. It cannot be %2 itself or the primary server %3.</source>
        <translation>Wählen Sie den erweiterten Replikatserver: den dritten Server, der %1 von %2 erhält. Das können weder %2 selbst noch der Primärserver %3 sein.</translation>
    </message>
    <message>
        <source>%1 is the primary server of %2. Extended replication goes to a third server.</source>
        <translation>%1 ist der Primärserver von %2. Die erweiterte Replikation geht an einen dritten Server.</translation>
    </message>
    <message>
        <source>%1 receives the changes from %2 every %3. Extended replication sends them on every 5 or 15 minutes, and not more often than they arrive.</source>
        <translation>%1 erhält die Änderungen von %2 alle %3. Die erweiterte Replikation sendet sie alle 5 oder 15 Minuten weiter, aber nicht häufiger, als sie ankommen.</translation>
    </message>
    <message>
        <source>Extended replication sends changes every 5 or 15 minutes; 30 seconds is not possible.</source>
        <translation>Die erweiterte Replikation sendet Änderungen alle 5 oder 15 Minuten; 30 Sekunden sind nicht möglich.</translation>
    </message>
    <message>
        <source>%1 receives the changes only every %2, so extended replication cannot send them more often. Choose %2.</source>
        <translation>%1 erhält die Änderungen nur alle %2, deshalb kann die erweiterte Replikation sie nicht häufiger senden. Wählen Sie %2.</translation>
    </message>
    <message>
        <source>Extended replication creates no application-consistent (VSS) recovery points.</source>
        <translation>Die erweiterte Replikation erstellt keine anwendungskonsistenten (VSS-)Wiederherstellungspunkte.</translation>
    </message>
    <message>
        <source>Virtual machine:</source>
        <translation>Virtueller Computer:</translation>
    </message>
    <message>
        <source>Replica of %1 on %2 (primary server: %3)</source>
        <translation>Replikat von %1 auf %2 (Primärserver: %3)</translation>
    </message>
    <message>
        <source>Extended Replica server:</source>
        <translation>Erweiterter Replikatserver:</translation>
    </message>
    <message>
        <source>Extending replication of %1…</source>
        <translation>Die Replikation von %1 wird erweitert…</translation>
    </message>
    <message>
        <source>Replication of %1 is extended: %2 sends the changes it receives from %3 on to %4.</source>
        <translation>Die Replikation von %1 ist erweitert: %2 sendet die Änderungen, die es von %3 erhält, an %4 weiter.</translation>
    </message>
</context>
<context>
    <name>FailoverDialog</name>
    <message>
        <source>Failover for %1</source>
        <translation>Failover für %1</translation>
    </message>
    <message>
        <source>Fail over %1 on %2</source>
        <translation>Failover von %1 auf %2</translation>
    </message>
    <message>
        <source>Use Failover when the primary server %1 has failed or cannot be reached: the Replica virtual machine on %2 takes over from the recovery point you choose, and changes made on the primary after that point are lost. If %1 still works, use Planned Failover on the primary instead: it sends the remaining changes first and loses nothing.</source>
        <translation>Verwenden Sie das Failover, wenn der primäre Server %1 ausgefallen oder nicht erreichbar ist: Der virtuelle Replikatcomputer auf %2 übernimmt ab dem gewählten Wiederherstellungspunkt, und Änderungen auf dem primären Server nach diesem Punkt gehen verloren. Wenn %1 noch funktioniert, verwenden Sie stattdessen „Geplantes Failover“ auf dem primären Server: Es sendet zuerst die restlichen Änderungen und verliert nichts.</translation>
    </message>
    <message>
        <source>%1 is prepared for planned failover on %2: all its changes have arrived, so the latest recovery point loses no data.</source>
        <translation>%1 ist auf %2 für ein geplantes Failover vorbereitet: Alle Änderungen sind angekommen, der letzte Wiederherstellungspunkt verliert also keine Daten.</translation>
    </message>
    <message>
        <source>&amp;Start the Replica virtual machine after failover</source>
        <translation>Virtuellen Replikatcomputer nach dem Failover &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Reverse the replication direction after failover</source>
        <translation>Replikationsrichtung nach dem Failover &amp;umkehren</translation>
    </message>
    <message>
        <source>%1 is still running on %2, and %2 answers. Failing over now starts a second copy while the first one keeps running and changing: both copies diverge (split brain), and the changes of one of them are lost. Shut %1 down on %2 or use Planned Failover instead.</source>
        <translation>%1 läuft noch auf %2, und %2 antwortet. Ein Failover jetzt startet eine zweite Kopie, während die erste weiterläuft und sich ändert: Beide Kopien laufen auseinander (Split Brain), und die Änderungen einer von beiden gehen verloren. Fahren Sie %1 auf %2 herunter oder verwenden Sie stattdessen „Geplantes Failover“.</translation>
    </message>
    <message>
        <source>The primary virtual machine is cut off from its users; fail over anyway</source>
        <translation>Der primäre virtuelle Computer ist von seinen Benutzern abgeschnitten; trotzdem Failover ausführen</translation>
    </message>
    <message>
        <source>the primary server</source>
        <translation>der primäre Server</translation>
    </message>
    <message>
        <source>Fail Over &amp;Anyway</source>
        <translation>&amp;Trotzdem Failover</translation>
    </message>
    <message>
        <source>&amp;Fail Over</source>
        <translation>&amp;Failover</translation>
    </message>
    <message>
        <source>hvgui is not connected to %1.</source>
        <translation>hvgui ist nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Loading recovery points…</source>
        <translation>Wiederherstellungspunkte werden geladen…</translation>
    </message>
    <message>
        <source>Only a Replica virtual machine can fail over here.</source>
        <translation>Hier kann nur ein virtueller Replikatcomputer ein Failover ausführen.</translation>
    </message>
    <message>
        <source>Confirm that the primary virtual machine is cut off, or cancel and shut it down.</source>
        <translation>Bestätigen Sie, dass der primäre virtuelle Computer abgeschnitten ist, oder brechen Sie ab und fahren Sie ihn herunter.</translation>
    </message>
    <message>
        <source>Reverse the replication direction: %1 replicates to %2</source>
        <translation>Replikationsrichtung umkehren: %1 repliziert nach %2</translation>
    </message>
    <message>
        <source>the latest recovery point</source>
        <translation>den letzten Wiederherstellungspunkt</translation>
    </message>
    <message>
        <source>Fail over %1 on %2 to %3</source>
        <translation>Failover von %1 auf %2 zu %3</translation>
    </message>
    <message>
        <source>Start %1 on %2</source>
        <translation>%1 auf %2 starten</translation>
    </message>
    <message>
        <source>Afterwards, check the virtual machine. Then either keep this failover with Remove Recovery Points, or discard it with Cancel Failover (for example to choose another recovery point).</source>
        <translation>Prüfen Sie danach den virtuellen Computer. Behalten Sie dann dieses Failover mit „Wiederherstellungspunkte entfernen“, oder verwerfen Sie es mit „Failover abbrechen“ (zum Beispiel, um einen anderen Wiederherstellungspunkt zu wählen).</translation>
    </message>
    <message>
        <source>Nothing has changed on %1. Fix the cause and try again.</source>
        <translation>Auf %1 hat sich nichts geändert. Beheben Sie die Ursache und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Refresh %1. If %2 shows “Failover complete”, do not fail over again: start it, then Remove Recovery Points or Cancel Failover. Otherwise try again.</source>
        <translation>Aktualisieren Sie %1. Zeigt %2 „Failover abgeschlossen“, führen Sie kein weiteres Failover aus: Starten Sie ihn, dann „Wiederherstellungspunkte entfernen“ oder „Failover abbrechen“. Andernfalls versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 has failed over on %2 but did not start. Start it there yourself, then Remove Recovery Points or Cancel Failover.</source>
        <translation>%1 hat auf %2 ein Failover ausgeführt, wurde aber nicht gestartet. Starten Sie ihn dort selbst, dann „Wiederherstellungspunkte entfernen“ oder „Failover abbrechen“.</translation>
    </message>
    <message>
        <source>Failover completed successfully.</source>
        <translation>Das Failover wurde erfolgreich abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 now belongs to %2 and replicates back to %3.</source>
        <translation>%1 gehört jetzt zu %2 und repliziert zurück nach %3.</translation>
    </message>
    <message>
        <source>Check the virtual machine now. When it is good, click Remove Recovery Points to complete the failover; to discard it, click Cancel Failover.</source>
        <translation>Prüfen Sie jetzt den virtuellen Computer. Wenn er in Ordnung ist, klicken Sie auf „Wiederherstellungspunkte entfernen“, um das Failover abzuschließen; zum Verwerfen klicken Sie auf „Failover abbrechen“.</translation>
    </message>
    <message>
        <source>&amp;Remove Recovery Points…</source>
        <translation>Wiederherstellungspunkte &amp;entfernen…</translation>
    </message>
    <message>
        <source>Cancel &amp;Failover…</source>
        <translation>&amp;Failover abbrechen…</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to hvgui</source>
        <translation>Willkommen bei hvgui</translation>
    </message>
    <message>
        <source>No servers yet</source>
        <translation>Noch keine Server</translation>
    </message>
    <message>
        <source>hvgui manages Hyper-V Replica on Hyper-V servers through PowerShell Remoting, like Hyper-V Manager, and shows every replication relationship across all servers at once.

Open the demo lab to try it safely: three simulated Hyper-V servers with replicated virtual machines run inside hvgui, and nothing on your network is touched. Or connect to one of your Hyper-V servers.</source>
        <translation>hvgui verwaltet Hyper-V-Replikat auf Hyper-V-Servern über PowerShell-Remoting, wie der Hyper-V-Manager, und zeigt alle Replikationsbeziehungen aller Server auf einen Blick.

Öffnen Sie das Demolabor, um es gefahrlos auszuprobieren: Drei simulierte Hyper-V-Server mit replizierten virtuellen Computern laufen in hvgui, und Ihr Netzwerk bleibt unberührt. Oder verbinden Sie sich mit einem Ihrer Hyper-V-Server.</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Lab</source>
        <translation>&amp;Demolabor öffnen</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Mit &amp;Server verbinden…</translation>
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
    <name>FrequencyPage</name>
    <message>
        <source>Configure Replication Frequency</source>
        <translation>Replikationshäufigkeit konfigurieren</translation>
    </message>
    <message>
        <source>Choose how often changes are sent.</source>
        <translation>Legen Sie fest, wie oft Änderungen gesendet werden.</translation>
    </message>
    <message>
        <source>Choose the frequency at which changes will be sent to the Replica server:</source>
        <translation>Wählen Sie die Häufigkeit, mit der Änderungen an den Replikatserver gesendet werden:</translation>
    </message>
</context>
<context>
    <name>HealthInfo</name>
    <message>
        <source>Replication State</source>
        <translation>Replikationsstatus</translation>
    </message>
    <message>
        <source>Replication Type</source>
        <translation>Replikationstyp</translation>
    </message>
    <message>
        <source>Current Primary Server</source>
        <translation>Aktueller primärer Server</translation>
    </message>
    <message>
        <source>Current Replica Server</source>
        <translation>Aktueller Replikatserver</translation>
    </message>
    <message>
        <source>Replication Health</source>
        <translation>Replikationsintegrität</translation>
    </message>
    <message>
        <source>From Time</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To Time</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Average size</source>
        <translation>Durchschnittliche Größe</translation>
    </message>
    <message>
        <source>Maximum size</source>
        <translation>Maximale Größe</translation>
    </message>
    <message>
        <source>Average latency</source>
        <translation>Durchschnittliche Latenz</translation>
    </message>
    <message>
        <source>Errors encountered</source>
        <translation>Aufgetretene Fehler</translation>
    </message>
    <message>
        <source>Successful replication cycles</source>
        <translation>Erfolgreiche Replikationszyklen</translation>
    </message>
    <message>
        <source>Missed replication cycles</source>
        <translation>Verpasste Replikationszyklen</translation>
    </message>
    <message>
        <source>Last synchronized at</source>
        <translation>Zuletzt synchronisiert am</translation>
    </message>
    <message>
        <source>Size of data yet to be replicated</source>
        <translation>Größe der noch zu replizierenden Daten</translation>
    </message>
</context>
<context>
    <name>HealthPane</name>
    <message>
        <source>Replication State:</source>
        <translation>Replikationsstatus:</translation>
    </message>
    <message>
        <source>Replication Type:</source>
        <translation>Replikationstyp:</translation>
    </message>
    <message>
        <source>Current Primary Server:</source>
        <translation>Aktueller primärer Server:</translation>
    </message>
    <message>
        <source>Current Replica Server:</source>
        <translation>Aktueller Replikatserver:</translation>
    </message>
    <message>
        <source>Replication Health:</source>
        <translation>Replikationsintegrität:</translation>
    </message>
    <message>
        <source>From time:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To time:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Average size:</source>
        <translation>Durchschnittliche Größe:</translation>
    </message>
    <message>
        <source>Maximum size:</source>
        <translation>Maximale Größe:</translation>
    </message>
    <message>
        <source>Average latency:</source>
        <translation>Durchschnittliche Latenz:</translation>
    </message>
    <message>
        <source>Errors encountered:</source>
        <translation>Aufgetretene Fehler:</translation>
    </message>
    <message>
        <source>Successful replication cycles:</source>
        <translation>Erfolgreiche Replikationszyklen:</translation>
    </message>
    <message>
        <source>Size of data yet to be replicated:</source>
        <translation>Größe der noch zu replizierenden Daten:</translation>
    </message>
    <message>
        <source>Test failover status:</source>
        <translation>Status des Testfailovers:</translation>
    </message>
    <message>
        <source>Last test failover initiated at:</source>
        <translation>Letztes Testfailover gestartet am:</translation>
    </message>
    <message>
        <source>Last synchronized at:</source>
        <translation>Zuletzt synchronisiert am:</translation>
    </message>
    <message>
        <source>Statistics for the monitoring period</source>
        <translation>Statistik für den Überwachungszeitraum</translation>
    </message>
    <message>
        <source>Seen by hvgui while it was running</source>
        <translation>Von hvgui während der Laufzeit beobachtet</translation>
    </message>
    <message>
        <source>Data yet to be replicated</source>
        <translation>Noch zu replizierende Daten</translation>
    </message>
    <message>
        <source>Average latency</source>
        <translation>Durchschnittliche Latenz</translation>
    </message>
    <message>
        <source>The chart fills in as hvgui measures (at every refresh, and every 30 seconds while this window is open).</source>
        <translation>Das Diagramm füllt sich mit jeder Messung von hvgui (bei jeder Aktualisierung und alle 30 Sekunden, solange dieses Fenster offen ist).</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Hyper-V reports</source>
        <translation>Meldung von Hyper-V</translation>
    </message>
    <message>
        <source>(extended replication)</source>
        <translation>(erweiterte Replikation)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Läuft nicht</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Hyper-V reports: %1</source>
        <translation>Meldung von Hyper-V: %1</translation>
    </message>
    <message>
        <source>Replication is in an error state: changes are not replicated. Fix the cause (often the network or the Replica server), then resume replication.</source>
        <translation>Die Replikation ist im Fehlerzustand: Änderungen werden nicht repliziert. Beheben Sie die Ursache (oft das Netzwerk oder der Replikatserver) und setzen Sie dann die Replikation fort.</translation>
    </message>
    <message>
        <source>Resynchronization is required: the copies may differ. Resume replication to resynchronize.</source>
        <translation>Eine Neusynchronisierung ist erforderlich: Die Kopien können sich unterscheiden. Setzen Sie die Replikation fort, um neu zu synchronisieren.</translation>
    </message>
    <message>
        <source>Replication is paused; changes are collected and sent after you resume.</source>
        <translation>Die Replikation ist angehalten; Änderungen werden gesammelt und nach dem Fortsetzen gesendet.</translation>
    </message>
    <message>
        <source>Replication is paused on the Replica server: the primary server cannot send its changes.</source>
        <translation>Die Replikation ist auf dem Replikatserver angehalten: Der primäre Server kann seine Änderungen nicht senden.</translation>
    </message>
    <message>
        <source>Initial replication has not completed yet.</source>
        <translation>Die erste Replikation ist noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The virtual machine is prepared for planned failover.</source>
        <translation>Der virtuelle Computer ist für ein geplantes Failover vorbereitet.</translation>
    </message>
    <message>
        <source>The virtual machine has failed over, but replication has not been reversed.</source>
        <translation>Für den virtuellen Computer wurde ein Failover ausgeführt, aber die Replikation wurde nicht umgekehrt.</translation>
    </message>
    <message>
        <source>Resynchronization is in progress.</source>
        <translation>Die Neusynchronisierung läuft.</translation>
    </message>
    <message>
        <source>More than a fifth of the replication cycles were missed in this period (%1 of %2).</source>
        <translation>Mehr als ein Fünftel der Replikationszyklen wurde in diesem Zeitraum verpasst (%1 von %2).</translation>
    </message>
    <message>
        <source>Nothing was replicated for more than an hour (last at %1).</source>
        <translation>Seit mehr als einer Stunde wurde nichts repliziert (zuletzt am %1).</translation>
    </message>
    <message>
        <source>The average latency is above 5 minutes.</source>
        <translation>Die durchschnittliche Latenz liegt über 5 Minuten.</translation>
    </message>
    <message>
        <source>Replication is healthy: changes arrive in time and no cycles are missed.</source>
        <translation>Die Replikation ist fehlerfrei: Änderungen kommen rechtzeitig an, und es werden keine Zyklen verpasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n replication error(s) in this period.</source>
        <translation>
            <numerusform>%n Replikationsfehler in diesem Zeitraum.</numerusform>
            <numerusform>%n Replikationsfehler in diesem Zeitraum.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostOperations</name>
    <message>
        <source>Disconnect</source>
        <translation>Verbindung trennen</translation>
    </message>
    <message>
        <source>Disconnect from %1?</source>
        <translation>Verbindung mit %1 trennen?</translation>
    </message>
    <message>
        <source>The host is removed from hvgui; its virtual machines are not affected.</source>
        <translation>Der Host wird aus hvgui entfernt; seine virtuellen Computer sind davon nicht betroffen.</translation>
    </message>
    <message>
        <source>Hyper-V Settings: %1</source>
        <translation>Hyper-V-Einstellungen: %1</translation>
    </message>
</context>
<context>
    <name>HostPage</name>
    <message>
        <source>Virtual Machines</source>
        <translation>Virtuelle Computer</translation>
    </message>
</context>
<context>
    <name>HostState</name>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Not responding</source>
        <translation>Antwortet nicht</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Since %1.</source>
        <translation>Seit %1.</translation>
    </message>
    <message>
        <source>The virtual machines shown are the last known state, from %1.</source>
        <translation>Die angezeigten virtuellen Computer zeigen den letzten bekannten Zustand vom %1.</translation>
    </message>
    <message>
        <source>Use Retry to connect again.</source>
        <translation>Mit „Wiederholen“ erneut verbinden.</translation>
    </message>
    <message>
        <source>Last known state from %1: %2 does not answer.</source>
        <translation>Letzter bekannter Zustand vom %1: %2 antwortet nicht.</translation>
    </message>
</context>
<context>
    <name>HvError</name>
    <message>
        <source>The password for this server is needed.</source>
        <translation>Das Kennwort für diesen Server wird benötigt.</translation>
    </message>
    <message>
        <source>It was not saved, or the password store did not return it. Enter it to connect.</source>
        <translation>Es wurde nicht gespeichert, oder der Kennwortspeicher hat es nicht geliefert. Geben Sie es ein, um die Verbindung herzustellen.</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>Der Vorgang ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The host could not be reached.</source>
        <translation>Der Host ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The host does not answer.</source>
        <translation>Der Host antwortet nicht.</translation>
    </message>
    <message>
        <source>Check that the host is running, that WinRM listens on the port, and that no firewall blocks it.</source>
        <translation>Prüfen Sie, ob der Host läuft, WinRM auf dem Port lauscht und keine Firewall die Verbindung blockiert.</translation>
    </message>
    <message>
        <source>The host stopped answering in time.</source>
        <translation>Der Host hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The host or the network may be overloaded or hung. hvgui stopped waiting so that the other hosts stay usable.</source>
        <translation>Der Host oder das Netzwerk ist möglicherweise überlastet oder hängt. hvgui hat das Warten beendet, damit die anderen Hosts bedienbar bleiben.</translation>
    </message>
    <message>
        <source>hvgui is no longer connected to the host.</source>
        <translation>hvgui ist nicht mehr mit dem Host verbunden.</translation>
    </message>
    <message>
        <source>Connect to the host again, then repeat what you were doing.</source>
        <translation>Verbinden Sie sich erneut mit dem Host, und wiederholen Sie dann den letzten Schritt.</translation>
    </message>
    <message>
        <source>The connection to the host was lost in the middle of an operation.</source>
        <translation>Die Verbindung zum Host ist mitten in einem Vorgang abgebrochen.</translation>
    </message>
    <message>
        <source>The step may or may not have run on the host. Refresh and check the state before trying again.</source>
        <translation>Ob der Schritt auf dem Host ausgeführt wurde, ist unbekannt. Aktualisieren Sie die Ansicht und prüfen Sie den Zustand, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The host name could not be resolved.</source>
        <translation>Der Hostname konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>Check the spelling and DNS, or use the host&apos;s IP address.</source>
        <translation>Prüfen Sie die Schreibweise und DNS, oder verwenden Sie die IP-Adresse des Hosts.</translation>
    </message>
    <message>
        <source>The host&apos;s TLS certificate is not trusted by this computer.</source>
        <translation>Dieser Computer vertraut dem TLS-Zertifikat des Hosts nicht.</translation>
    </message>
    <message>
        <source>Compare the SHA-256 fingerprint with the one on the host before you trust it.</source>
        <translation>Vergleichen Sie den SHA-256-Fingerabdruck mit dem auf dem Host, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>The host&apos;s TLS certificate has changed since you trusted it.</source>
        <translation>Das TLS-Zertifikat des Hosts hat sich geändert, seit Sie ihm vertraut haben.</translation>
    </message>
    <message>
        <source>This can mean the certificate was renewed, or that someone is intercepting the connection.</source>
        <translation>Das kann bedeuten, dass das Zertifikat erneuert wurde – oder dass jemand die Verbindung abfängt.</translation>
    </message>
    <message>
        <source>The host rejected the user name or password.</source>
        <translation>Der Host hat den Benutzernamen oder das Kennwort abgelehnt.</translation>
    </message>
    <message>
        <source>Check the credentials and the authentication method of the connection.</source>
        <translation>Prüfen Sie die Anmeldedaten und die Authentifizierungsmethode der Verbindung.</translation>
    </message>
    <message>
        <source>The host does not accept PowerShell Remoting (WinRM).</source>
        <translation>Der Host nimmt kein PowerShell-Remoting (WinRM) an.</translation>
    </message>
    <message>
        <source>Run Enable-PSRemoting on the host, or check the port and the HTTP/HTTPS setting.</source>
        <translation>Führen Sie Enable-PSRemoting auf dem Host aus, oder prüfen Sie den Port und die HTTP/HTTPS-Einstellung.</translation>
    </message>
    <message>
        <source>The account is not allowed to manage Hyper-V on this host.</source>
        <translation>Das Konto darf Hyper-V auf diesem Host nicht verwalten.</translation>
    </message>
    <message>
        <source>Use an account in the host&apos;s Hyper-V Administrators or Administrators group.</source>
        <translation>Verwenden Sie ein Konto aus der Gruppe „Hyper-V-Administratoren“ oder „Administratoren“ des Hosts.</translation>
    </message>
    <message>
        <source>The Hyper-V PowerShell module is not available on the host.</source>
        <translation>Das Hyper-V-PowerShell-Modul ist auf dem Host nicht verfügbar.</translation>
    </message>
    <message>
        <source>Install the Hyper-V management tools for PowerShell on the host.</source>
        <translation>Installieren Sie die Hyper-V-Verwaltungstools für PowerShell auf dem Host.</translation>
    </message>
    <message>
        <source>Hyper-V reported an error.</source>
        <translation>Hyper-V hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The operation cannot be done in the current state.</source>
        <translation>Der Vorgang ist im aktuellen Zustand nicht möglich.</translation>
    </message>
    <message>
        <source>hvgui has no connection to a host this operation needs.</source>
        <translation>hvgui ist mit einem Host, den dieser Vorgang braucht, nicht verbunden.</translation>
    </message>
    <message>
        <source>Connect to that host first (Connect to Server…), then try again.</source>
        <translation>Verbinden Sie sich zuerst mit diesem Host (Mit Server verbinden…) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The virtual machine was not found on the host.</source>
        <translation>Der virtuelle Computer wurde auf dem Host nicht gefunden.</translation>
    </message>
    <message>
        <source>It may have been removed or renamed. Refresh and try again.</source>
        <translation>Er wurde möglicherweise entfernt oder umbenannt. Aktualisieren Sie die Ansicht und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The primary virtual machine is still running.</source>
        <translation>Der primäre virtuelle Computer wird noch ausgeführt.</translation>
    </message>
    <message>
        <source>Failing over now starts a second copy while the first one keeps running and changing. Shut the primary down or use a planned failover.</source>
        <translation>Ein Failover startet jetzt eine zweite Kopie, während die erste weiterläuft und sich ändert. Fahren Sie den primären Computer herunter oder verwenden Sie ein geplantes Failover.</translation>
    </message>
    <message>
        <source>After the step, the virtual machine is not in the state the step should have left it in.</source>
        <translation>Nach dem Schritt ist der virtuelle Computer nicht in dem Zustand, den der Schritt hätte herstellen sollen.</translation>
    </message>
    <message>
        <source>The operation stopped at a step that did not succeed.</source>
        <translation>Der Vorgang wurde bei einem Schritt angehalten, der nicht gelungen ist.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The operation was cancelled before its next step.</source>
        <translation>Der Vorgang wurde vor seinem nächsten Schritt abgebrochen.</translation>
    </message>
    <message>
        <source>Steps already done stay done; refresh to see the state now.</source>
        <translation>Bereits ausgeführte Schritte bleiben bestehen; aktualisieren Sie die Ansicht, um den jetzigen Zustand zu sehen.</translation>
    </message>
    <message>
        <source>No password store (keyring) is available on this computer.</source>
        <translation>Auf diesem Computer ist kein Kennwortspeicher (Schlüsselbund) verfügbar.</translation>
    </message>
    <message>
        <source>The password is kept for this session only and will be asked again next time.</source>
        <translation>Das Kennwort wird nur für diese Sitzung behalten und beim nächsten Mal erneut abgefragt.</translation>
    </message>
</context>
<context>
    <name>HyperVSettingsDialog</name>
    <message>
        <source>Hyper-V Settings for %1</source>
        <translation>Hyper-V-Einstellungen für %1</translation>
    </message>
    <message>
        <source>Replication Configuration</source>
        <translation>Replikationskonfiguration</translation>
    </message>
    <message>
        <source>&amp;Enable this computer as a Replica server</source>
        <translation>Diesen Computer als Replikatserver &amp;aktivieren</translation>
    </message>
    <message>
        <source>Authentication and ports</source>
        <translation>Authentifizierung und Ports</translation>
    </message>
    <message>
        <source>Use &amp;Kerberos (HTTP)</source>
        <translation>&amp;Kerberos verwenden (HTTP)</translation>
    </message>
    <message>
        <source>Use certificate-based Authentication (HTTP&amp;S)</source>
        <translation>Zertifikatbasierte Authentifizierung verwenden (HTTP&amp;S)</translation>
    </message>
    <message>
        <source>Specify the port:</source>
        <translation>Port angeben:</translation>
    </message>
    <message>
        <source>Certificate thumbprint:</source>
        <translation>Zertifikatfingerabdruck:</translation>
    </message>
    <message>
        <source>40 hexadecimal characters, from the host&apos;s personal store</source>
        <translation>40 Hexadezimalzeichen, aus dem persönlichen Zertifikatspeicher des Hosts</translation>
    </message>
    <message>
        <source>Authorization and storage</source>
        <translation>Autorisierung und Speicherung</translation>
    </message>
    <message>
        <source>Allow replication from &amp;any authenticated server</source>
        <translation>Replikation von &amp;jedem authentifizierten Server zulassen</translation>
    </message>
    <message>
        <source>Default location to store Replica files:</source>
        <translation>Standardspeicherort für Replikatdateien:</translation>
    </message>
    <message>
        <source>Allow replication from the speci&amp;fied servers:</source>
        <translation>Replikation von den an&amp;gegebenen Servern zulassen:</translation>
    </message>
    <message>
        <source>Primary Server</source>
        <translation>Primärer Server</translation>
    </message>
    <message>
        <source>Storage Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Trust Group</source>
        <translation>Vertrauensgruppe</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remember the firewall: this page does not open it. On the Replica server, enable the inbound rule “Hyper-V Replica HTTP Listener (TCP-In)” for Kerberos or “Hyper-V Replica HTTPS Listener (TCP-In)” for certificates, e.g. Enable-NetFirewallRule -Name VIRT-HVRHTTPL-In-TCP-NoScope (VIRT-HVRHTTPSL-In-TCP-NoScope for HTTPS). If you use other ports, create rules for them.</source>
        <translation>Denken Sie an die Firewall: Diese Seite öffnet sie nicht. Aktivieren Sie auf dem Replikatserver die eingehende Regel „Hyper-V-Replikat-HTTP-Listener (TCP eingehend)“ für Kerberos oder „Hyper-V-Replikat-HTTPS-Listener (TCP eingehend)“ für Zertifikate, z. B. mit Enable-NetFirewallRule -Name VIRT-HVRHTTPL-In-TCP-NoScope (VIRT-HVRHTTPSL-In-TCP-NoScope für HTTPS). Für andere Ports legen Sie eigene Regeln an.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>hvgui is not connected to %1.</source>
        <translation>hvgui ist nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Reading the Replica server settings of %1…</source>
        <translation>Die Replikatservereinstellungen von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Choose Kerberos, certificate-based authentication, or both.</source>
        <translation>Wählen Sie Kerberos, zertifikatbasierte Authentifizierung oder beides.</translation>
    </message>
    <message>
        <source>The Kerberos port must be a number from 1 to 65535.</source>
        <translation>Der Kerberos-Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>The certificate port must be a number from 1 to 65535.</source>
        <translation>Der Zertifikat-Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>Kerberos and certificate-based authentication need different ports.</source>
        <translation>Kerberos und zertifikatbasierte Authentifizierung brauchen verschiedene Ports.</translation>
    </message>
    <message>
        <source>Certificate-based authentication needs the thumbprint of the host&apos;s certificate (40 hexadecimal characters).</source>
        <translation>Zertifikatbasierte Authentifizierung braucht den Fingerabdruck des Hostzertifikats (40 Hexadezimalzeichen).</translation>
    </message>
    <message>
        <source>Enter the default storage location as a full path on the host, like E:\Replica.</source>
        <translation>Geben Sie den Standardspeicherort als vollständigen Pfad auf dem Host an, z. B. E:\Replikat.</translation>
    </message>
    <message>
        <source>Add at least one authorization entry, or allow replication from any authenticated server.</source>
        <translation>Fügen Sie mindestens einen Autorisierungseintrag hinzu, oder lassen Sie die Replikation von jedem authentifizierten Server zu.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Remove the authorization entry for %1</source>
        <translation>Autorisierungseintrag für %1 entfernen</translation>
    </message>
    <message>
        <source>Change the authorization entry for %1</source>
        <translation>Autorisierungseintrag für %1 ändern</translation>
    </message>
    <message>
        <source>Authorize %1 as a primary server</source>
        <translation>%1 als primären Server autorisieren</translation>
    </message>
    <message>
        <source>Apply the Replica server settings on %1</source>
        <translation>Replikatservereinstellungen auf %1 übernehmen</translation>
    </message>
    <message>
        <source>Stop %1 from being a Replica server</source>
        <translation>%1 als Replikatserver deaktivieren</translation>
    </message>
    <message>
        <source>%1 stops accepting replication. Virtual machines replicating to it will report errors.</source>
        <translation>%1 nimmt keine Replikation mehr an. Virtuelle Computer, die dorthin replizieren, melden Fehler.</translation>
    </message>
    <message>
        <source>Virtual machines that already replicate here keep their settings. Check the firewall rule afterwards.</source>
        <translation>Virtuelle Computer, die bereits hierher replizieren, behalten ihre Einstellungen. Prüfen Sie danach die Firewallregel.</translation>
    </message>
    <message>
        <source>The Replica server settings were applied.</source>
        <translation>Die Replikatservereinstellungen wurden übernommen.</translation>
    </message>
    <message>
        <source>If the firewall does not allow inbound replication traffic yet, enable the rule now.</source>
        <translation>Wenn die Firewall eingehenden Replikationsverkehr noch nicht zulässt, aktivieren Sie jetzt die Regel.</translation>
    </message>
</context>
<context>
    <name>ImportInitialReplicaDialog</name>
    <message>
        <source>Import Initial Replica for %1</source>
        <translation>Erstes Replikat importieren für %1</translation>
    </message>
    <message>
        <source>Import the initial copy of %1 on %2</source>
        <translation>Erste Kopie von %1 auf %2 importieren</translation>
    </message>
    <message>
        <source>The primary server exported the initial copy into a folder named “%1_%2”. Bring it to %3 (a local disk or a share the host can read) and enter the full path of that folder as %3 sees it. Replication starts when the import completes.</source>
        <translation>Der primäre Server hat die erste Kopie in einen Ordner namens „%1_%2“ exportiert. Bringen Sie ihn zu %3 (auf einen lokalen Datenträger oder eine Freigabe, die der Host lesen kann) und geben Sie den vollständigen Pfad dieses Ordners so an, wie %3 ihn sieht. Die Replikation beginnt, wenn der Import abgeschlossen ist.</translation>
    </message>
    <message>
        <source>&amp;Folder on the Replica server:</source>
        <translation>&amp;Ordner auf dem Replikatserver:</translation>
    </message>
    <message>
        <source>for example E:\Import\%1_%2</source>
        <translation>zum Beispiel E:\Import\%1_%2</translation>
    </message>
    <message>
        <source>&amp;Complete Initial Replication</source>
        <translation>Erste Replikation &amp;abschließen</translation>
    </message>
    <message>
        <source>This virtual machine does not wait for an initial copy (it is: %1).</source>
        <translation>Dieser virtuelle Computer wartet nicht auf eine erste Kopie (Status: %1).</translation>
    </message>
    <message>
        <source>Enter the folder that holds the exported initial copy.</source>
        <translation>Geben Sie den Ordner mit der exportierten ersten Kopie an.</translation>
    </message>
    <message>
        <source>Enter a full path as the host sees it, like E:\Import\… or \\server\share\….</source>
        <translation>Geben Sie einen vollständigen Pfad an, wie der Host ihn sieht, z. B. E:\Import\… oder \\server\freigabe\….</translation>
    </message>
    <message>
        <source>Import the initial copy from %1</source>
        <translation>Erste Kopie aus %1 importieren</translation>
    </message>
    <message>
        <source>Check the path: the folder is named “%1_%2” and must be readable by %3. Then try again.</source>
        <translation>Prüfen Sie den Pfad: Der Ordner heißt „%1_%2“ und muss für %3 lesbar sein. Versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The initial copy was imported.</source>
        <translation>Die erste Kopie wurde importiert.</translation>
    </message>
    <message>
        <source>Replication continues over the network.</source>
        <translation>Die Replikation läuft über das Netzwerk weiter.</translation>
    </message>
</context>
<context>
    <name>InitialPage</name>
    <message>
        <source>Choose Initial Replication Method</source>
        <translation>Methode für die erste Replikation auswählen</translation>
    </message>
    <message>
        <source>Choose how the first full copy is sent, and when.</source>
        <translation>Legen Sie fest, wie und wann die erste vollständige Kopie gesendet wird.</translation>
    </message>
    <message>
        <source>Initial replication method</source>
        <translation>Methode für die erste Replikation</translation>
    </message>
    <message>
        <source>Send initial copy over the &amp;network</source>
        <translation>Erstkopie über das &amp;Netzwerk senden</translation>
    </message>
    <message>
        <source>Send initial copy using &amp;external media</source>
        <translation>Erstkopie mithilfe &amp;externer Medien senden</translation>
    </message>
    <message>
        <source>&amp;Location on %1:</source>
        <translation>Spei&amp;cherort auf %1:</translation>
    </message>
    <message>
        <source>For example E:\Export</source>
        <translation>Zum Beispiel E:\Export</translation>
    </message>
    <message>
        <source>Use an existing virtual machine on the Replica server as the initial &amp;copy</source>
        <translation>Vorhandenen virtuellen Computer auf dem Replikatserver als Erst&amp;kopie verwenden</translation>
    </message>
    <message>
        <source>Schedule initial replication</source>
        <translation>Erste Replikation planen</translation>
    </message>
    <message>
        <source>Start replication &amp;immediately</source>
        <translation>Replikation &amp;sofort starten</translation>
    </message>
    <message>
        <source>Start replication &amp;on:</source>
        <translation>Replikation starten &amp;am:</translation>
    </message>
    <message>
        <source>Size of the initial copy: %1</source>
        <translation>Größe der Erstkopie: %1</translation>
    </message>
    <message>
        <source>Size of the initial copy: being read…</source>
        <translation>Größe der Erstkopie: wird ermittelt…</translation>
    </message>
    <message>
        <source>Size of the initial copy: not known (%1 could not read the virtual hard disk files)</source>
        <translation>Größe der Erstkopie: unbekannt (%1 konnte die Dateien der virtuellen Festplatten nicht lesen)</translation>
    </message>
    <message>
        <source>Size of the initial copy: not known (the host did not report it)</source>
        <translation>Größe der Erstkopie: unbekannt (der Host hat sie nicht gemeldet)</translation>
    </message>
    <message>
        <source>Enter the folder on %1 where the initial copy is saved, for example on an external disk.</source>
        <translation>Geben Sie den Ordner auf %1 an, in dem die Erstkopie gespeichert wird, zum Beispiel auf einer externen Festplatte.</translation>
    </message>
    <message>
        <source>The start time %1 is in the past. Choose a time within the next 7 days.</source>
        <translation>Die Startzeit %1 liegt in der Vergangenheit. Wählen Sie eine Zeit innerhalb der nächsten 7 Tage.</translation>
    </message>
    <message>
        <source>The start time %1 is more than 7 days ahead. Hyper-V can schedule the initial replication at most 7 days in advance.</source>
        <translation>Die Startzeit %1 liegt mehr als 7 Tage in der Zukunft. Hyper-V kann die erste Replikation höchstens 7 Tage im Voraus planen.</translation>
    </message>
    <message>
        <source>%1 has no copy of %2 (a virtual machine with the same ID). Restore or import the copy there first, or choose another method.</source>
        <translation>%1 hat keine Kopie von %2 (einen virtuellen Computer mit derselben ID). Stellen Sie die Kopie dort zuerst wieder her oder importieren Sie sie, oder wählen Sie eine andere Methode.</translation>
    </message>
    <message>
        <source>%1 already has a virtual machine with the ID of %2. Use it as the initial copy, or remove it from %1 first.</source>
        <translation>%1 hat bereits einen virtuellen Computer mit der ID von %2. Verwenden Sie ihn als Erstkopie, oder entfernen Sie ihn zuerst von %1.</translation>
    </message>
    <message>
        <source>Looking for a copy of %1 on %2…</source>
        <translation>Auf %2 wird nach einer Kopie von %1 gesucht…</translation>
    </message>
</context>
<context>
    <name>JobColumn</name>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Virtual Machine</source>
        <translation>Virtueller Computer</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Current Step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
</context>
<context>
    <name>JobTexts</name>
    <message>
        <source>Enable replication of %1</source>
        <translation>Replikation von %1 aktivieren</translation>
    </message>
    <message>
        <source>Import the initial copy of %1</source>
        <translation>Erstkopie von %1 importieren</translation>
    </message>
    <message>
        <source>Extend replication of %1</source>
        <translation>Replikation von %1 erweitern</translation>
    </message>
    <message>
        <source>Failover of %1</source>
        <translation>Failover von %1</translation>
    </message>
    <message>
        <source>Cancel the failover of %1</source>
        <translation>Failover von %1 abbrechen</translation>
    </message>
    <message>
        <source>Complete the failover of %1</source>
        <translation>Failover von %1 abschließen</translation>
    </message>
    <message>
        <source>Replication health of %1</source>
        <translation>Replikationsintegrität von %1</translation>
    </message>
    <message>
        <source>Reset the replication statistics of %1</source>
        <translation>Replikationsstatistik von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Recovery points of %1</source>
        <translation>Wiederherstellungspunkte von %1</translation>
    </message>
    <message>
        <source>Pause replication of %1</source>
        <translation>Replikation von %1 anhalten</translation>
    </message>
    <message>
        <source>Resume replication of %1</source>
        <translation>Replikation von %1 fortsetzen</translation>
    </message>
    <message>
        <source>Resynchronize %1</source>
        <translation>%1 erneut synchronisieren</translation>
    </message>
    <message>
        <source>Planned failover of %1</source>
        <translation>Geplantes Failover von %1</translation>
    </message>
    <message>
        <source>Remove replication of %1</source>
        <translation>Replikation von %1 entfernen</translation>
    </message>
    <message>
        <source>Reverse replication of %1</source>
        <translation>Replikation von %1 umkehren</translation>
    </message>
    <message>
        <source>Replication configuration of %1</source>
        <translation>Replikationskonfiguration von %1</translation>
    </message>
    <message>
        <source>Test failover of %1</source>
        <translation>Testfailover von %1</translation>
    </message>
    <message>
        <source>Stop the test failover of %1</source>
        <translation>Testfailover von %1 beenden</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <source>Shut down %1</source>
        <translation>%1 herunterfahren</translation>
    </message>
    <message>
        <source>Turn off %1</source>
        <translation>%1 ausschalten</translation>
    </message>
    <message>
        <source>Start the virtual machine</source>
        <translation>Virtuellen Computer starten</translation>
    </message>
    <message>
        <source>Shut down the virtual machine</source>
        <translation>Virtuellen Computer herunterfahren</translation>
    </message>
    <message>
        <source>Turn off the virtual machine</source>
        <translation>Virtuellen Computer ausschalten</translation>
    </message>
    <message>
        <source>Mark the existing copy as the replica</source>
        <translation>Vorhandene Kopie als Replikat kennzeichnen</translation>
    </message>
    <message>
        <source>Test the connection to the Replica server</source>
        <translation>Verbindung zum Replikatserver testen</translation>
    </message>
    <message>
        <source>Enable replication</source>
        <translation>Replikation aktivieren</translation>
    </message>
    <message>
        <source>Start the initial replication</source>
        <translation>Erstreplikation starten</translation>
    </message>
    <message>
        <source>Import the initial copy</source>
        <translation>Erstkopie importieren</translation>
    </message>
    <message>
        <source>Fail over</source>
        <translation>Failover ausführen</translation>
    </message>
    <message>
        <source>Cancel the failover on the Replica server</source>
        <translation>Failover auf dem Replikatserver abbrechen</translation>
    </message>
    <message>
        <source>Cancel the planned failover on the primary server</source>
        <translation>Geplantes Failover auf dem primären Server abbrechen</translation>
    </message>
    <message>
        <source>Complete the failover (deletes the other recovery points)</source>
        <translation>Failover abschließen (löscht die übrigen Wiederherstellungspunkte)</translation>
    </message>
    <message>
        <source>Measure the replication health</source>
        <translation>Replikationsintegrität messen</translation>
    </message>
    <message>
        <source>Reset the replication statistics</source>
        <translation>Replikationsstatistik zurücksetzen</translation>
    </message>
    <message>
        <source>List the recovery points</source>
        <translation>Wiederherstellungspunkte auflisten</translation>
    </message>
    <message>
        <source>Pause replication</source>
        <translation>Replikation anhalten</translation>
    </message>
    <message>
        <source>Resume replication</source>
        <translation>Replikation fortsetzen</translation>
    </message>
    <message>
        <source>Resynchronize</source>
        <translation>Erneut synchronisieren</translation>
    </message>
    <message>
        <source>Send the last changes and prepare for failover</source>
        <translation>Letzte Änderungen senden und Failover vorbereiten</translation>
    </message>
    <message>
        <source>Reverse replication</source>
        <translation>Replikation umkehren</translation>
    </message>
    <message>
        <source>Turn off the old copy</source>
        <translation>Alte Kopie ausschalten</translation>
    </message>
    <message>
        <source>Mark the old copy as the replica</source>
        <translation>Alte Kopie als Replikat kennzeichnen</translation>
    </message>
    <message>
        <source>Apply the Replica server settings</source>
        <translation>Replikatservereinstellungen übernehmen</translation>
    </message>
    <message>
        <source>Create the test virtual machine</source>
        <translation>Virtuellen Testcomputer erstellen</translation>
    </message>
    <message>
        <source>Stop the test failover (deletes the test virtual machine)</source>
        <translation>Testfailover beenden (löscht den virtuellen Testcomputer)</translation>
    </message>
    <message>
        <source>Remove replication</source>
        <translation>Replikation entfernen</translation>
    </message>
    <message>
        <source>Remove extended replication</source>
        <translation>Erweiterte Replikation entfernen</translation>
    </message>
    <message>
        <source>Remove the authorization entry for %1</source>
        <translation>Autorisierungseintrag für %1 entfernen</translation>
    </message>
    <message>
        <source>Change the authorization entry for %1</source>
        <translation>Autorisierungseintrag für %1 ändern</translation>
    </message>
    <message>
        <source>Authorize %1 as a primary server</source>
        <translation>%1 als primären Server autorisieren</translation>
    </message>
    <message>
        <source>Checking preconditions</source>
        <translation>Vorbedingungen werden geprüft</translation>
    </message>
</context>
<context>
    <name>JobsDock</name>
    <message>
        <source>Operations</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Überwachungsprotokoll</translation>
    </message>
    <message>
        <source>&amp;Cancel Operation</source>
        <translation>Vorgang &amp;abbrechen</translation>
    </message>
    <message>
        <source>Stops before the next step; a step that runs is finished first.</source>
        <translation>Hält vor dem nächsten Schritt an; ein laufender Schritt wird zuerst beendet.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hyper-V Manager (hvgui)</source>
        <translation>Hyper-V-Manager (hvgui)</translation>
    </message>
    <message>
        <source>&amp;Operations Panel</source>
        <translation>&amp;Vorgänge</translation>
    </message>
    <message>
        <source>Not available in this version</source>
        <translation>In dieser Version nicht verfügbar</translation>
    </message>
    <message>
        <source>Hyper-V Manager</source>
        <translation>Hyper-V-Manager</translation>
    </message>
    <message>
        <source>About hvgui</source>
        <translation>Info über hvgui</translation>
    </message>
    <message>
        <source>hvgui %1
Hyper-V Replica management over WinRM, in the spirit of Hyper-V Manager.</source>
        <translation>hvgui %1
Verwaltung von Hyper-V-Replikaten über WinRM, im Sinne des Hyper-V-Managers.</translation>
    </message>
    <message>
        <source>Hyper-V Settings: %1</source>
        <translation>Hyper-V-Einstellungen: %1</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>Hyper-V Manager</source>
        <translation>Hyper-V-Manager</translation>
    </message>
    <message>
        <source>All connected hosts and the replication overview</source>
        <translation>Alle verbundenen Hosts und die Replikationsübersicht</translation>
    </message>
</context>
<context>
    <name>OldPrimaryPage</name>
    <message>
        <source>Prepare the Old Primary Server</source>
        <translation>Alten Primärserver vorbereiten</translation>
    </message>
    <message>
        <source>Turn off the outdated copy and make it the Replica.</source>
        <translation>Die veraltete Kopie ausschalten und zum Replikat machen.</translation>
    </message>
    <message>
        <source>The old copy of %1 on %2 is now: %3 (%4).</source>
        <translation>Die alte Kopie von %1 auf %2 ist jetzt: %3 (%4).</translation>
    </message>
    <message>
        <source>It is already turned off and marked as Replica, so nothing needs to be done on %2. The wizard skips this step.</source>
        <translation>Sie ist bereits ausgeschaltet und als Replikat gekennzeichnet; auf %2 ist nichts zu tun. Der Assistent überspringt diesen Schritt.</translation>
    </message>
    <message>
        <source>The failover to %3 was unplanned, so this copy on %2 is outdated. Before %3 can replicate to %2, the old copy must be:
1.  turned off (if it is running, like pulling the plug; anything changed in it since the failover is lost), and
2.  marked as Replica of %3 (Set-VMReplication -AsReplica on %2).

Hyper-V Manager cannot do this step; hvgui does it on %2 when you tick the box. The outdated copy is then overwritten by the initial replication from %3.</source>
        <translation>Das Failover auf %3 war ungeplant, deshalb ist diese Kopie auf %2 veraltet. Bevor %3 auf %2 replizieren kann, muss die alte Kopie:
1.  ausgeschaltet werden (wenn sie läuft, wie beim Ziehen des Netzsteckers; alles, was sich seit dem Failover in ihr geändert hat, geht verloren), und
2.  als Replikat von %3 gekennzeichnet werden (Set-VMReplication -AsReplica auf %2).

Der Hyper-V-Manager kann diesen Schritt nicht ausführen; hvgui erledigt ihn auf %2, wenn Sie das Kästchen ankreuzen. Die veraltete Kopie wird danach durch die erste Replikation von %3 überschrieben.</translation>
    </message>
    <message>
        <source>&amp;Turn off %1 on %2 and mark it as the Replica</source>
        <translation>%1 auf %2 &amp;ausschalten und als Replikat kennzeichnen</translation>
    </message>
    <message>
        <source>%1 is still running on %2. Hyper-V can reverse replication only after this step: tick the box, or turn it off and mark it as Replica yourself, then run the wizard again.</source>
        <translation>%1 läuft noch auf %2. Hyper-V kann die Replikation erst nach diesem Schritt umkehren: Kreuzen Sie das Kästchen an, oder schalten Sie den Computer selbst aus und kennzeichnen ihn als Replikat, und starten Sie den Assistenten dann erneut.</translation>
    </message>
    <message>
        <source>Hyper-V can reverse replication only after this step: tick the box, or mark the old copy as Replica yourself, then run the wizard again.</source>
        <translation>Hyper-V kann die Replikation erst nach diesem Schritt umkehren: Kreuzen Sie das Kästchen an, oder kennzeichnen Sie die alte Kopie selbst als Replikat, und starten Sie den Assistenten dann erneut.</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Shut down the virtual machine %1 on %2?</source>
        <translation>Den virtuellen Computer %1 auf %2 herunterfahren?</translation>
    </message>
    <message>
        <source>Turn off the virtual machine %1 on %2?</source>
        <translation>Den virtuellen Computer %1 auf %2 ausschalten?</translation>
    </message>
    <message>
        <source>Pause replication of %1 on %2?</source>
        <translation>Replikation von %1 auf %2 anhalten?</translation>
    </message>
    <message>
        <source>Resume replication of %1 on %2?</source>
        <translation>Replikation von %1 auf %2 fortsetzen?</translation>
    </message>
    <message>
        <source>Remove replication of %1 on %2?</source>
        <translation>Replikation von %1 auf %2 entfernen?</translation>
    </message>
    <message>
        <source>Fail over %1 from %2 to %3 (planned failover)?</source>
        <translation>Failover von %1 von %2 auf %3 ausführen (geplantes Failover)?</translation>
    </message>
    <message>
        <source>Fail over %1 on %2 to the latest recovery point?</source>
        <translation>Failover von %1 auf %2 zum letzten Wiederherstellungspunkt ausführen?</translation>
    </message>
    <message>
        <source>Start a test failover of %1 on %2?</source>
        <translation>Testfailover von %1 auf %2 starten?</translation>
    </message>
    <message>
        <source>Stop the test failover of %1 on %2?</source>
        <translation>Testfailover von %1 auf %2 beenden?</translation>
    </message>
    <message>
        <source>Cancel the failover of %1 on %2?</source>
        <translation>Failover von %1 auf %2 abbrechen?</translation>
    </message>
    <message>
        <source>Remove the recovery points of %1 on %2?</source>
        <translation>Wiederherstellungspunkte von %1 auf %2 entfernen?</translation>
    </message>
    <message>
        <source>Reverse replication of %1 so that %2 replicates to %3?</source>
        <translation>Replikation von %1 umkehren, sodass %2 auf %3 repliziert?</translation>
    </message>
    <message>
        <source>The guest operating system is asked to shut down.</source>
        <translation>Das Gastbetriebssystem wird aufgefordert, herunterzufahren.</translation>
    </message>
    <message>
        <source>Turning off is like pulling the power plug: data the guest has not saved is lost.</source>
        <translation>Ausschalten ist wie das Ziehen des Netzsteckers: Daten, die der Gast nicht gespeichert hat, gehen verloren.</translation>
    </message>
    <message>
        <source>Changes are collected on the primary server and sent when replication resumes.</source>
        <translation>Änderungen werden auf dem primären Server gesammelt und gesendet, sobald die Replikation fortgesetzt wird.</translation>
    </message>
    <message>
        <source>The virtual machine stays. Only the relationship on this server is removed; remove it on the other server too.</source>
        <translation>Der virtuelle Computer bleibt erhalten. Nur die Beziehung auf diesem Server wird entfernt; entfernen Sie sie auch auf dem anderen Server.</translation>
    </message>
    <message>
        <source>hvgui shuts the virtual machine down if it runs, sends the last changes, fails over to %3, reverses the replication direction and starts the virtual machine on %3.</source>
        <translation>hvgui fährt den virtuellen Computer herunter, falls er läuft, sendet die letzten Änderungen, führt das Failover auf %3 aus, kehrt die Replikationsrichtung um und startet den virtuellen Computer auf %3.</translation>
    </message>
    <message>
        <source>The replica virtual machine is started on %2. Changes made on the primary server since the last replication are lost.</source>
        <translation>Der virtuelle Replikatcomputer wird auf %2 gestartet. Änderungen auf dem primären Server seit der letzten Replikation gehen verloren.</translation>
    </message>
    <message>
        <source>A test virtual machine is created from the latest recovery point and left turned off. Replication goes on.</source>
        <translation>Aus dem letzten Wiederherstellungspunkt wird ein virtueller Testcomputer erstellt und ausgeschaltet gelassen. Die Replikation läuft weiter.</translation>
    </message>
    <message>
        <source>The test virtual machine is deleted.</source>
        <translation>Der virtuelle Testcomputer wird gelöscht.</translation>
    </message>
    <message>
        <source>A failed-over virtual machine is turned off and its changes are discarded; replication continues as before.</source>
        <translation>Ein virtueller Computer nach Failover wird ausgeschaltet und seine Änderungen werden verworfen; die Replikation läuft wie zuvor weiter.</translation>
    </message>
    <message>
        <source>This completes the failover: the other recovery points are deleted and the failover can no longer be cancelled.</source>
        <translation>Damit wird das Failover abgeschlossen: Die anderen Wiederherstellungspunkte werden gelöscht, und das Failover kann nicht mehr abgebrochen werden.</translation>
    </message>
    <message>
        <source>The old primary server becomes the replica server and receives the changes from now on.</source>
        <translation>Der bisherige primäre Server wird zum Replikatserver und erhält ab jetzt die Änderungen.</translation>
    </message>
    <message>
        <source>%1 was started on %2.</source>
        <translation>%1 wurde auf %2 gestartet.</translation>
    </message>
    <message>
        <source>%1 was shut down on %2.</source>
        <translation>%1 wurde auf %2 heruntergefahren.</translation>
    </message>
    <message>
        <source>%1 was turned off on %2.</source>
        <translation>%1 wurde auf %2 ausgeschaltet.</translation>
    </message>
    <message>
        <source>Replication of %1 on %2 is paused.</source>
        <translation>Die Replikation von %1 auf %2 ist angehalten.</translation>
    </message>
    <message>
        <source>Replication of %1 on %2 is resumed.</source>
        <translation>Die Replikation von %1 auf %2 wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Replication of %1 was removed on %2.</source>
        <translation>Die Replikation von %1 wurde auf %2 entfernt.</translation>
    </message>
    <message>
        <source>%1 has failed over to %3.</source>
        <translation>Für %1 wurde das Failover auf %3 ausgeführt.</translation>
    </message>
    <message>
        <source>%1 has failed over on %2.</source>
        <translation>Für %1 wurde das Failover auf %2 ausgeführt.</translation>
    </message>
    <message>
        <source>The test virtual machine of %1 was created on %2.</source>
        <translation>Der virtuelle Testcomputer von %1 wurde auf %2 erstellt.</translation>
    </message>
    <message>
        <source>The test failover of %1 on %2 was stopped.</source>
        <translation>Das Testfailover von %1 auf %2 wurde beendet.</translation>
    </message>
    <message>
        <source>The failover of %1 was cancelled.</source>
        <translation>Das Failover von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The failover of %1 on %2 is complete.</source>
        <translation>Das Failover von %1 auf %2 ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Replication of %1 was reversed: %2 replicates to %3.</source>
        <translation>Die Replikation von %1 wurde umgekehrt: %2 repliziert auf %3.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>The dialog for “%1” comes with the next version of hvgui. Until then, use Hyper-V Manager or PowerShell.</source>
        <translation>Das Dialogfeld für „%1“ kommt mit der nächsten Version von hvgui. Verwenden Sie bis dahin den Hyper-V-Manager oder PowerShell.</translation>
    </message>
</context>
<context>
    <name>OperationDialog</name>
    <message>
        <source>Refresh the hosts and check the state of the virtual machine before you try again.</source>
        <translation>Aktualisieren Sie die Hosts und prüfen Sie den Zustand des virtuellen Computers, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Completed successfully.</source>
        <translation>Erfolgreich abgeschlossen.</translation>
    </message>
    <message>
        <source>View &amp;PowerShell…</source>
        <translation>&amp;PowerShell anzeigen…</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Stop after this step</source>
        <translation>Nach diesem Schritt an&amp;halten</translation>
    </message>
    <message>
        <source>When you click “%1”, hvgui does the following, in this order:</source>
        <translation>Wenn Sie auf „%1“ klicken, führt hvgui Folgendes in dieser Reihenfolge aus:</translation>
    </message>
    <message>
        <source>Progress (also shown in the jobs panel):</source>
        <translation>Fortschritt (auch im Auftragsbereich angezeigt):</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 says: %2</source>
        <translation>%1 meldet: %2</translation>
    </message>
    <message>
        <source>hvgui cannot tell whether this step ran on %1. It will not repeat it by itself.</source>
        <translation>hvgui kann nicht feststellen, ob dieser Schritt auf %1 ausgeführt wurde. Er wird nicht von selbst wiederholt.</translation>
    </message>
    <message>
        <source>Already done: %1.</source>
        <translation>Bereits erledigt: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed before this step.</source>
        <translation>Vor diesem Schritt wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Stopped at step %1 of %2: %3</source>
        <translation>Angehalten bei Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>What to do next: %1</source>
        <translation>Was Sie jetzt tun können: %1</translation>
    </message>
    <message>
        <source>Stopped before the next step, as you asked.</source>
        <translation>Wie gewünscht vor dem nächsten Schritt angehalten.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Refresh the hosts and check the state before you continue.</source>
        <translation>Aktualisieren Sie die Hosts und prüfen Sie den Zustand, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>Nothing was changed: the check before the first step found a problem.</source>
        <translation>Es wurde nichts geändert: Die Prüfung vor dem ersten Schritt hat ein Problem gefunden.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>%1 is still running on its primary server %2. Fail over anyway?</source>
        <translation>%1 wird auf seinem primären Server %2 noch ausgeführt. Trotzdem Failover ausführen?</translation>
    </message>
    <message>
        <source>Both copies would run and change independently. Fail over anyway only if the primary server is cut off from its users.</source>
        <translation>Beide Kopien würden laufen und sich unabhängig voneinander ändern. Führen Sie das Failover nur aus, wenn der primäre Server für seine Benutzer nicht erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Running</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>extended: %1</source>
        <translation>erweitert: %1</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>OverviewColumn</name>
    <message>
        <source>Virtual Machine</source>
        <translation>Virtueller Computer</translation>
    </message>
    <message>
        <source>Primary Server</source>
        <translation>Primärer Server</translation>
    </message>
    <message>
        <source>Replica Server</source>
        <translation>Replikatserver</translation>
    </message>
    <message>
        <source>Extended Replica</source>
        <translation>Erweitertes Replikat</translation>
    </message>
    <message>
        <source>Replication State</source>
        <translation>Replikationsstatus</translation>
    </message>
    <message>
        <source>Replication Health</source>
        <translation>Replikationsintegrität</translation>
    </message>
    <message>
        <source>Last Replication</source>
        <translation>Letzte Replikation</translation>
    </message>
    <message>
        <source>Data at Risk</source>
        <translation>Gefährdete Daten</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Time since the last replication: the changes of this period would be lost if the primary failed now.</source>
        <translation>Zeit seit der letzten Replikation: Die Änderungen dieses Zeitraums gingen verloren, wenn der primäre Server jetzt ausfiele.</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Replication Overview</source>
        <translation>Replikationsübersicht</translation>
    </message>
    <message>
        <source>Show &amp;problems only</source>
        <translation>Nur &amp;Probleme anzeigen</translation>
    </message>
    <message>
        <source>Only relationships with a warning or critical health, a host in trouble, or overdue replication</source>
        <translation>Nur Beziehungen mit Integrität „Warnung“ oder „Kritisch“, einem gestörten Host oder überfälliger Replikation</translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n Beziehung</numerusform>
            <numerusform>%n Beziehungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n erfordert Aufmerksamkeit</numerusform>
            <numerusform>%n erfordern Aufmerksamkeit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Pause Replication for %1</source>
        <translation>Replikation anhalten für %1</translation>
    </message>
    <message>
        <source>Pause replication of %1?</source>
        <translation>Replikation von %1 anhalten?</translation>
    </message>
    <message>
        <source>This virtual machine replicates twice. Which replication do you want to pause?</source>
        <translation>Dieser virtuelle Computer repliziert zweifach. Welche Replikation möchten Sie anhalten?</translation>
    </message>
    <message>
        <source>Replication from %1 to %2</source>
        <translation>Replikation von %1 nach %2</translation>
    </message>
    <message>
        <source>Extended replication from %1 to %2</source>
        <translation>Erweiterte Replikation von %1 nach %2</translation>
    </message>
    <message>
        <source>&amp;Pause Replication</source>
        <translation>Replikation &amp;anhalten</translation>
    </message>
    <message>
        <source>No changes are sent until you resume. The primary server keeps collecting them in its log files and sends them after Resume Replication; the log files grow while it is paused, and no new recovery points are created.</source>
        <translation>Bis zum Fortsetzen werden keine Änderungen gesendet. Der primäre Server sammelt sie weiter in seinen Protokolldateien und sendet sie nach „Replikation fortsetzen“; die Protokolldateien wachsen, solange angehalten ist, und es entstehen keine neuen Wiederherstellungspunkte.</translation>
    </message>
    <message>
        <source>Pausing on the Replica server blocks the primary too: replication health becomes Critical.</source>
        <translation>Das Anhalten auf dem Replikatserver blockiert auch den primären Server: Die Replikationsintegrität wird kritisch.</translation>
    </message>
    <message>
        <source>The virtual machine is not replicated.</source>
        <translation>Der virtuelle Computer wird nicht repliziert.</translation>
    </message>
    <message>
        <source>Replication cannot be paused while it is: %1.</source>
        <translation>Die Replikation kann in diesem Status nicht angehalten werden: %1.</translation>
    </message>
    <message>
        <source>Pause the extended replication of %1 on %2</source>
        <translation>Erweiterte Replikation von %1 auf %2 anhalten</translation>
    </message>
    <message>
        <source>Pause replication of %1 on %2</source>
        <translation>Replikation von %1 auf %2 anhalten</translation>
    </message>
    <message>
        <source>Replication is paused.</source>
        <translation>Die Replikation ist angehalten.</translation>
    </message>
    <message>
        <source>Resume it with Resume Replication.</source>
        <translation>Setzen Sie sie mit „Replikation fortsetzen“ fort.</translation>
    </message>
</context>
<context>
    <name>PlannedFailoverChecks</name>
    <message>
        <source>It is running. hvgui can shut it down as the first step.</source>
        <translation>Er läuft. hvgui kann ihn im ersten Schritt herunterfahren.</translation>
    </message>
    <message>
        <source>hvgui is not connected to the Replica server %1. Connect to it first.</source>
        <translation>hvgui ist nicht mit dem Replikatserver %1 verbunden. Stellen Sie zuerst eine Verbindung her.</translation>
    </message>
    <message>
        <source>hvgui is not connected to %1.</source>
        <translation>hvgui ist nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>It is %1. A planned failover needs it turned off; saved or paused is not enough.</source>
        <translation>Status: %1. Ein geplantes Failover braucht ihn ausgeschaltet; gespeichert oder angehalten genügt nicht.</translation>
    </message>
    <message>
        <source>%1 is not enabled as a Replica server (Hyper-V Settings &gt; Replication Configuration).</source>
        <translation>%1 ist nicht als Replikatserver aktiviert (Hyper-V-Einstellungen &gt; Replikationskonfiguration).</translation>
    </message>
    <message>
        <source>%1 does not accept the authentication this replication uses.</source>
        <translation>%1 akzeptiert die Authentifizierung dieser Replikation nicht.</translation>
    </message>
    <message>
        <source>%1 does not authorize %2 as a primary server: add an authorization entry for it.</source>
        <translation>%1 autorisiert %2 nicht als primären Server: Fügen Sie einen Autorisierungseintrag dafür hinzu.</translation>
    </message>
</context>
<context>
    <name>PlannedFailoverDialog</name>
    <message>
        <source>Planned Failover for %1</source>
        <translation>Geplantes Failover für %1</translation>
    </message>
    <message>
        <source>Planned failover of %1 from %2 to %3</source>
        <translation>Geplantes Failover für %1 von %2 nach %3</translation>
    </message>
    <message>
        <source>A planned failover moves the virtual machine to its Replica server without losing data: it is shut down, the changes not yet replicated are sent, and the Replica virtual machine takes over. Use it for maintenance or when a disaster is expected. Your users cannot work with the virtual machine until it runs on the Replica server.</source>
        <translation>Ein geplantes Failover verschiebt den virtuellen Computer ohne Datenverlust auf seinen Replikatserver: Er wird heruntergefahren, die noch nicht replizierten Änderungen werden gesendet, und der virtuelle Replikatcomputer übernimmt. Verwenden Sie es für Wartungsarbeiten oder wenn ein Ausfall absehbar ist. Ihre Benutzer können mit dem virtuellen Computer erst wieder arbeiten, wenn er auf dem Replikatserver läuft.</translation>
    </message>
    <message>
        <source>Prerequisites and steps</source>
        <translation>Voraussetzungen und Schritte</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Shut down the virtual machine first (through its operating system)</source>
        <translation>Virtuellen Computer zuerst herunterfahren (über sein Betriebssystem)</translation>
    </message>
    <message>
        <source>&amp;Reverse the replication direction after failover</source>
        <translation>Replikationsrichtung nach dem Failover &amp;umkehren</translation>
    </message>
    <message>
        <source>&amp;Start the Replica virtual machine after failover</source>
        <translation>Virtuellen Replikatcomputer nach dem Failover &amp;starten</translation>
    </message>
    <message>
        <source>Certificate thumbprint of %1:</source>
        <translation>Zertifikatfingerabdruck von %1:</translation>
    </message>
    <message>
        <source>40 hexadecimal characters</source>
        <translation>40 Hexadezimalzeichen</translation>
    </message>
    <message>
        <source>&amp;Fail Over</source>
        <translation>&amp;Failover</translation>
    </message>
    <message>
        <source>%1 is turned off</source>
        <translation>%1 ist ausgeschaltet</translation>
    </message>
    <message>
        <source>The Replica virtual machine on %1 can take over</source>
        <translation>Der virtuelle Replikatcomputer auf %1 kann übernehmen</translation>
    </message>
    <message>
        <source>%1 accepts replication from %2 (to reverse the direction)</source>
        <translation>%1 nimmt Replikation von %2 an (zum Umkehren der Richtung)</translation>
    </message>
    <message>
        <source>Replication will not be reversed.</source>
        <translation>Die Replikation wird nicht umgekehrt.</translation>
    </message>
    <message>
        <source>hvgui does not know the Replica server %1. Connect to it first.</source>
        <translation>hvgui kennt den Replikatserver %1 nicht. Stellen Sie zuerst eine Verbindung her.</translation>
    </message>
    <message>
        <source>Checking the prerequisites…</source>
        <translation>Die Voraussetzungen werden geprüft…</translation>
    </message>
    <message>
        <source>A prerequisite is not met.</source>
        <translation>Eine Voraussetzung ist nicht erfüllt.</translation>
    </message>
    <message>
        <source>The virtual machine is running. Let hvgui shut it down first, or shut it down yourself and check again.</source>
        <translation>Der virtuelle Computer läuft. Lassen Sie ihn zuerst von hvgui herunterfahren, oder fahren Sie ihn selbst herunter und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>%1 Fix that first, or fail over without reversing the replication.</source>
        <translation>%1 Beheben Sie das zuerst, oder führen Sie das Failover aus, ohne die Replikation umzukehren.</translation>
    </message>
    <message>
        <source>Replication is in Critical health. A planned failover needs healthy replication; fix the cause and resume replication first.</source>
        <translation>Die Replikationsintegrität ist kritisch. Ein geplantes Failover braucht eine fehlerfreie Replikation; beheben Sie die Ursache und setzen Sie zuerst die Replikation fort.</translation>
    </message>
    <message>
        <source>Reversing certificate-based replication needs the thumbprint of the new primary server&apos;s certificate (40 hexadecimal characters).</source>
        <translation>Zum Umkehren einer zertifikatbasierten Replikation wird der Fingerabdruck des Zertifikats des neuen primären Servers benötigt (40 Hexadezimalzeichen).</translation>
    </message>
    <message>
        <source>Shut down %1 on %2</source>
        <translation>%1 auf %2 herunterfahren</translation>
    </message>
    <message>
        <source>Send the data not yet replicated and prepare %1 for failover</source>
        <translation>Noch nicht replizierte Daten senden und %1 für das Failover vorbereiten</translation>
    </message>
    <message>
        <source>Fail over to the Replica virtual machine on %1</source>
        <translation>Failover zum virtuellen Replikatcomputer auf %1</translation>
    </message>
    <message>
        <source>Reverse the replication direction: %1 replicates to %2</source>
        <translation>Replikationsrichtung umkehren: %1 repliziert nach %2</translation>
    </message>
    <message>
        <source>Start %1 on %2</source>
        <translation>%1 auf %2 starten</translation>
    </message>
    <message>
        <source>%1 is unavailable to its users from the shutdown until it runs on %2.</source>
        <translation>%1 ist für seine Benutzer vom Herunterfahren an nicht verfügbar, bis er auf %2 läuft.</translation>
    </message>
    <message>
        <source>Without reversing, %1 on %2 is not protected by replication until you reverse it.</source>
        <translation>Ohne Umkehren ist %1 auf %2 nicht durch Replikation geschützt, bis Sie sie umkehren.</translation>
    </message>
    <message>
        <source>You start %1 on %2 yourself afterwards.</source>
        <translation>Sie starten %1 auf %2 danach selbst.</translation>
    </message>
    <message>
        <source>%1 stays turned off on %2.</source>
        <translation>%1 bleibt auf %2 ausgeschaltet.</translation>
    </message>
    <message>
        <source>Nothing else has changed. Shut %1 down from inside the guest or turn it off, then run the planned failover again.</source>
        <translation>Sonst hat sich nichts geändert. Fahren Sie %1 im Gastbetriebssystem herunter oder schalten Sie ihn aus, und führen Sie das geplante Failover dann erneut aus.</translation>
    </message>
    <message>
        <source>Refresh %1. If %2 shows “Prepared for planned failover”, either cancel it (Cancel Failover on %1) and start it again, or fail over on %3 (Failover…). Otherwise start %2 on %1 again.</source>
        <translation>Aktualisieren Sie %1. Zeigt %2 „Für geplantes Failover vorbereitet“, brechen Sie entweder ab („Failover abbrechen“ auf %1) und starten ihn wieder, oder führen Sie das Failover auf %3 aus („Failover…“). Andernfalls starten Sie %2 auf %1 wieder.</translation>
    </message>
    <message>
        <source>%1 is turned off on %2. Start it again there, or fix the cause and try again.</source>
        <translation>%1 ist auf %2 ausgeschaltet. Starten Sie ihn dort wieder, oder beheben Sie die Ursache und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Refresh %1. If %2 shows “Failover complete” there, do not fail over again: reverse the replication on %1, or cancel the failover on %1 and then on %3. Otherwise %2 is prepared on %3: cancel there (Cancel Failover) and start it, or retry with Failover… on %1.</source>
        <translation>Aktualisieren Sie %1. Zeigt %2 dort „Failover abgeschlossen“, führen Sie kein weiteres Failover aus: Kehren Sie die Replikation auf %1 um, oder brechen Sie das Failover auf %1 und dann auf %3 ab. Andernfalls ist %2 auf %3 vorbereitet: Brechen Sie dort ab („Failover abbrechen“) und starten Sie ihn, oder versuchen Sie es mit „Failover…“ auf %1 erneut.</translation>
    </message>
    <message>
        <source>%1 is prepared for planned failover on %2 and cannot start there. Cancel it there (Cancel Failover) and start it, or retry with Failover… on %3.</source>
        <translation>%1 ist auf %2 für ein geplantes Failover vorbereitet und kann dort nicht starten. Brechen Sie dort ab („Failover abbrechen“) und starten Sie ihn, oder versuchen Sie es mit „Failover…“ auf %3 erneut.</translation>
    </message>
    <message>
        <source>%1 has failed over to %2, but replication was not reversed. Make %3 a Replica server that authorizes %2, then use Reverse Replication… on %2; or cancel the failover on %2 and on %3.</source>
        <translation>Für %1 wurde ein Failover nach %2 ausgeführt, aber die Replikation wurde nicht umgekehrt. Machen Sie %3 zu einem Replikatserver, der %2 autorisiert, und verwenden Sie dann „Replikation umkehren…“ auf %2; oder brechen Sie das Failover auf %2 und auf %3 ab.</translation>
    </message>
    <message>
        <source>%1 has failed over. Refresh %2 and start it there yourself (it may already run).</source>
        <translation>Für %1 wurde ein Failover ausgeführt. Aktualisieren Sie %2 und starten Sie ihn dort selbst (er läuft eventuell schon).</translation>
    </message>
    <message>
        <source>%1 now belongs to %2 and replicates back to %3.</source>
        <translation>%1 gehört jetzt zu %2 und repliziert zurück nach %3.</translation>
    </message>
    <message>
        <source>Replication was not reversed: %1 on %2 is not protected. Use Reverse Replication… on %2 when %3 is ready.</source>
        <translation>Die Replikation wurde nicht umgekehrt: %1 auf %2 ist nicht geschützt. Verwenden Sie „Replikation umkehren…“ auf %2, sobald %3 bereit ist.</translation>
    </message>
    <message>
        <source>Failover completed successfully.</source>
        <translation>Das Failover wurde erfolgreich abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n selected virtual machine(s)</source>
        <translation>
            <numerusform>%n ausgewählter virtueller Computer</numerusform>
            <numerusform>%n ausgewählte virtuelle Computer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pause replication of %n virtual machine(s)?</source>
        <translation>
            <numerusform>Replikation von %n virtuellen Computer anhalten?</numerusform>
            <numerusform>Replikation von %n virtuellen Computern anhalten?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resume replication of %n virtual machine(s)?</source>
        <translation>
            <numerusform>Replikation von %n virtuellen Computer fortsetzen?</numerusform>
            <numerusform>Replikation von %n virtuellen Computern fortsetzen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start a test failover of %n virtual machine(s)?</source>
        <translation>
            <numerusform>Testfailover von %n virtuellen Computer starten?</numerusform>
            <numerusform>Testfailover von %n virtuellen Computern starten?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replication of %n virtual machine(s) is paused.</source>
        <translation>
            <numerusform>Die Replikation von %n virtuellen Computer ist angehalten.</numerusform>
            <numerusform>Die Replikation von %n virtuellen Computern ist angehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replication of %n virtual machine(s) is resumed.</source>
        <translation>
            <numerusform>Die Replikation von %n virtuellen Computer wird fortgesetzt.</numerusform>
            <numerusform>Die Replikation von %n virtuellen Computern wird fortgesetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test virtual machines were created for %n virtual machine(s).</source>
        <translation>
            <numerusform>Für %n virtuellen Computer wurde ein virtueller Testcomputer erstellt.</numerusform>
            <numerusform>Für %n virtuelle Computer wurden virtuelle Testcomputer erstellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected virtual machines could not be handled.</source>
        <translation>
            <numerusform>%n der ausgewählten virtuellen Computer konnte nicht bearbeitet werden.</numerusform>
            <numerusform>%n der ausgewählten virtuellen Computer konnten nicht bearbeitet werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual machine(s) selected.</source>
        <translation>
            <numerusform>%n virtueller Computer ausgewählt.</numerusform>
            <numerusform>%n virtuelle Computer ausgewählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PowerShellDialog</name>
    <message>
        <source>PowerShell for %1</source>
        <translation>PowerShell für %1</translation>
    </message>
    <message>
        <source>hvgui sends these commands, each in a session to the host named in its comment. You can copy them to run them yourself or to keep them with your change record.</source>
        <translation>hvgui sendet diese Befehle, jeden in einer Sitzung zu dem Host, der in seinem Kommentar steht. Sie können sie kopieren, um sie selbst auszuführen oder mit Ihrem Änderungsprotokoll aufzubewahren.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>PreconditionTexts</name>
    <message>
        <source>Connect to %1 first; this operation needs it.</source>
        <translation>Stellen Sie zuerst eine Verbindung mit %1 her; dieser Vorgang benötigt sie.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Choose the time at which %1 should start.</source>
        <translation>Wählen Sie den Zeitpunkt, zu dem %1 beginnen soll.</translation>
    </message>
    <message>
        <source>The start time for %1 needs a time zone.</source>
        <translation>Die Startzeit für %1 braucht eine Zeitzone.</translation>
    </message>
    <message>
        <source>The start time for %1 is in the past.</source>
        <translation>Die Startzeit für %1 liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>The start time for %1 is more than 7 days ahead; Hyper-V allows at most 7.</source>
        <translation>Die Startzeit für %1 liegt mehr als 7 Tage in der Zukunft; Hyper-V erlaubt höchstens 7.</translation>
    </message>
    <message>
        <source>%1 on %2 (extended replication)</source>
        <translation>%1 auf %2 (erweiterte Replikation)</translation>
    </message>
    <message>
        <source>The replication frequency must be one of 30, 300, 900 seconds.</source>
        <translation>Die Replikationshäufigkeit muss 30, 300 oder 900 Sekunden betragen.</translation>
    </message>
    <message>
        <source>Additional recovery points cover 0 to 24 hours.</source>
        <translation>Zusätzliche Wiederherstellungspunkte umfassen 0 bis 24 Stunden.</translation>
    </message>
    <message>
        <source>Application-consistent points need additional recovery points, come every 1 to 12 hours, and are not available for extended replication.</source>
        <translation>Anwendungskonsistente Punkte erfordern zusätzliche Wiederherstellungspunkte, entstehen alle 1 bis 12 Stunden und sind für die erweiterte Replikation nicht verfügbar.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>Certificate authentication needs a certificate thumbprint, and Kerberos none.</source>
        <translation>Die zertifikatbasierte Authentifizierung braucht einen Zertifikatfingerabdruck, Kerberos keinen.</translation>
    </message>
    <message>
        <source>Choose the folder the initial copy is exported to.</source>
        <translation>Wählen Sie den Ordner, in den die erste Kopie exportiert wird.</translation>
    </message>
    <message>
        <source>Using an existing copy on the Replica server needs the primary server&apos;s name.</source>
        <translation>Für eine vorhandene Kopie auf dem Replikatserver wird der Name des primären Servers benötigt.</translation>
    </message>
    <message>
        <source>%1 on %2 is already replicated (role: %3).</source>
        <translation>%1 auf %2 wird bereits repliziert (Rolle: %3).</translation>
    </message>
    <message>
        <source>Choose the folder that holds the exported initial copy.</source>
        <translation>Wählen Sie den Ordner, der die exportierte erste Kopie enthält.</translation>
    </message>
    <message>
        <source>%1 on %2 does not wait for an initial copy (role: %3, state: %4).</source>
        <translation>%1 auf %2 wartet nicht auf eine erste Kopie (Rolle: %3, Status: %4).</translation>
    </message>
    <message>
        <source>The replication frequency must be one of 300, 900 seconds.</source>
        <translation>Die Replikationshäufigkeit muss 300 oder 900 Sekunden betragen.</translation>
    </message>
    <message>
        <source>the initial replication</source>
        <translation>die erste Replikation</translation>
    </message>
    <message>
        <source>%1 has no copy of %2 with the same Id.</source>
        <translation>%1 hat keine Kopie von %2 mit derselben ID.</translation>
    </message>
    <message>
        <source>The copy of %1 on %2 must be turned off.</source>
        <translation>Die Kopie von %1 auf %2 muss ausgeschaltet sein.</translation>
    </message>
    <message>
        <source>%1 already has a virtual machine with the Id of %2. Use it as the initial copy, or remove it first.</source>
        <translation>%1 hat bereits einen virtuellen Computer mit der ID von %2. Verwenden Sie ihn als erste Kopie, oder entfernen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>The copy of %1 on %2 is replicated itself.</source>
        <translation>Die Kopie von %1 auf %2 wird selbst repliziert.</translation>
    </message>
    <message>
        <source>the virtual machine is not running</source>
        <translation>Der virtuelle Computer wird nicht ausgeführt</translation>
    </message>
    <message>
        <source>the virtual machine is already running</source>
        <translation>Der virtuelle Computer wird bereits ausgeführt</translation>
    </message>
    <message>
        <source>the virtual machine is not turned off</source>
        <translation>Der virtuelle Computer ist nicht ausgeschaltet</translation>
    </message>
    <message>
        <source>a replica virtual machine can only start after a failover</source>
        <translation>Ein virtueller Replikatcomputer kann erst nach einem Failover starten</translation>
    </message>
    <message>
        <source>the virtual machine is prepared for a planned failover; cancel the failover first</source>
        <translation>Der virtuelle Computer ist für ein geplantes Failover vorbereitet; brechen Sie zuerst das Failover ab</translation>
    </message>
    <message>
        <source>replication is not in a state that allows this</source>
        <translation>Der Replikationsstatus lässt dies nicht zu</translation>
    </message>
    <message>
        <source>the replica has not received any replication yet</source>
        <translation>Das Replikat hat noch keine Replikation erhalten</translation>
    </message>
    <message>
        <source>replication is being resynchronized</source>
        <translation>Die Replikation wird neu synchronisiert</translation>
    </message>
    <message>
        <source>a test failover is running</source>
        <translation>Ein Testfailover läuft</translation>
    </message>
    <message>
        <source>replication is already extended to a third host</source>
        <translation>Die Replikation ist bereits auf einen dritten Host erweitert</translation>
    </message>
    <message>
        <source>the VM replicates on to a third host (extended replication); a VM can have only one replica</source>
        <translation>Der virtuelle Computer repliziert weiter auf einen dritten Host (erweiterte Replikation); ein virtueller Computer kann nur ein Replikat haben</translation>
    </message>
    <message>
        <source>the host is not available</source>
        <translation>Der Host ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Extended replication starts with the network or external media.</source>
        <translation>Die erweiterte Replikation beginnt über das Netzwerk oder mit externen Medien.</translation>
    </message>
    <message>
        <source>Only a replica VM can extend replication; the role of %1 on %2 is “%3”.</source>
        <translation>Nur ein virtueller Replikatcomputer kann die Replikation erweitern; %1 auf %2 hat die Rolle „%3“.</translation>
    </message>
    <message>
        <source>Replication of %1 cannot be extended: %2.</source>
        <translation>Die Replikation von %1 kann nicht erweitert werden: %2.</translation>
    </message>
    <message>
        <source>Extended replication cannot be more frequent than %1&apos;s replication to %2 (%3 s).</source>
        <translation>Die erweiterte Replikation kann nicht häufiger sein als die Replikation von %1 auf %2 (%3 s).</translation>
    </message>
    <message>
        <source>%1 already has a virtual machine with the Id of %2.</source>
        <translation>%1 hat bereits einen virtuellen Computer mit der ID von %2.</translation>
    </message>
    <message>
        <source>The chosen recovery point no longer exists (Hyper-V prunes and merges points over time). Refresh the list and choose again.</source>
        <translation>Der gewählte Wiederherstellungspunkt existiert nicht mehr (Hyper-V entfernt und führt Punkte mit der Zeit zusammen). Aktualisieren Sie die Liste, und wählen Sie erneut.</translation>
    </message>
    <message>
        <source>%1 on %2 cannot fail over: %3.</source>
        <translation>Für %1 auf %2 ist kein Failover möglich: %3.</translation>
    </message>
    <message>
        <source>Choose the replica side, the primary side or both.</source>
        <translation>Wählen Sie die Replikatseite, die primäre Seite oder beide.</translation>
    </message>
    <message>
        <source>There is no failover of %1 to cancel.</source>
        <translation>Es gibt kein Failover von %1, das abgebrochen werden kann.</translation>
    </message>
    <message>
        <source>The replication state of %1 on %2 is “%3”; only a failover that waits for completion can be completed.</source>
        <translation>Der Replikationsstatus von %1 auf %2 ist „%3“; nur ein Failover, das auf den Abschluss wartet, kann abgeschlossen werden.</translation>
    </message>
    <message>
        <source>%1 is still in the state “%2” on %3, which answers. Prefer a planned failover, or shut it down before failing over.</source>
        <translation>%1 ist auf %3, der antwortet, noch im Status „%2“. Verwenden Sie besser ein geplantes Failover, oder fahren Sie den virtuellen Computer vor dem Failover herunter.</translation>
    </message>
    <message>
        <source>The failover of %1 on %2 was completed (recovery points removed) and cannot be cancelled any more. Reverse replication instead.</source>
        <translation>Das Failover von %1 auf %2 wurde abgeschlossen (Wiederherstellungspunkte entfernt) und kann nicht mehr abgebrochen werden. Kehren Sie stattdessen die Replikation um.</translation>
    </message>
    <message>
        <source>%1 is not replicated.</source>
        <translation>%1 wird nicht repliziert.</translation>
    </message>
    <message>
        <source>%1 reported no replication health for %2.</source>
        <translation>%1 hat keine Replikationsintegrität für %2 gemeldet.</translation>
    </message>
    <message>
        <source>%1 on %2 is not a replica; only replicas have recovery points.</source>
        <translation>%1 auf %2 ist kein Replikat; nur Replikate haben Wiederherstellungspunkte.</translation>
    </message>
    <message>
        <source>The replication state of %1 is “%2”; it cannot be paused.</source>
        <translation>Der Replikationsstatus von %1 ist „%2“; die Replikation kann nicht angehalten werden.</translation>
    </message>
    <message>
        <source>Replication of %1 needs a resynchronization; resume it with Resynchronize.</source>
        <translation>Die Replikation von %1 erfordert eine Neusynchronisierung; setzen Sie sie mit „Neu synchronisieren“ fort.</translation>
    </message>
    <message>
        <source>The replication state of %1 is “%2”; nothing to resume.</source>
        <translation>Der Replikationsstatus von %1 ist „%2“; es gibt nichts fortzusetzen.</translation>
    </message>
    <message>
        <source>Replication of %1 is running normally. To force a resynchronization, let hvgui pause it first.</source>
        <translation>Die Replikation von %1 läuft normal. Um eine Neusynchronisierung zu erzwingen, lassen Sie hvgui die Replikation zuerst anhalten.</translation>
    </message>
    <message>
        <source>The replication state of %1 is “%2”; it cannot be resynchronized now.</source>
        <translation>Der Replikationsstatus von %1 ist „%2“; eine Neusynchronisierung ist jetzt nicht möglich.</translation>
    </message>
    <message>
        <source>the resynchronization</source>
        <translation>die Neusynchronisierung</translation>
    </message>
    <message>
        <source>The state of %1 on %3 is “%2”. A planned failover needs it turned off; saved or paused is not enough. Start it and shut it down, or turn it off.</source>
        <translation>%1 ist auf %3 im Status „%2“. Ein geplantes Failover erfordert, dass der virtuelle Computer ausgeschaltet ist; gespeichert oder angehalten genügt nicht. Starten Sie ihn und fahren Sie ihn herunter, oder schalten Sie ihn aus.</translation>
    </message>
    <message>
        <source>%1 on %2 is not a primary VM (its role is “%3”); a planned failover starts on the primary.</source>
        <translation>%1 auf %2 ist kein primärer virtueller Computer (seine Rolle ist „%3“); ein geplantes Failover beginnt auf dem primären Server.</translation>
    </message>
    <message>
        <source>%1 is already prepared for planned failover on %2. Fail over on %3, or cancel the failover to start it again on %2.</source>
        <translation>%1 ist auf %2 bereits für ein geplantes Failover vorbereitet. Führen Sie das Failover auf %3 aus, oder brechen Sie das Failover ab, um es auf %2 erneut zu starten.</translation>
    </message>
    <message>
        <source>A planned failover of %1 is not possible: %2.</source>
        <translation>Ein geplantes Failover von %1 ist nicht möglich: %2.</translation>
    </message>
    <message>
        <source>Replication of %1 is in Critical health. A planned failover needs healthy replication; fix the cause and resume replication first.</source>
        <translation>Die Replikationsintegrität von %1 ist kritisch. Ein geplantes Failover erfordert eine fehlerfreie Replikation; beheben Sie die Ursache, und setzen Sie die Replikation zuerst fort.</translation>
    </message>
    <message>
        <source>%1 on %2 replicates to %3, not to %4.</source>
        <translation>%1 auf %2 repliziert auf %3, nicht auf %4.</translation>
    </message>
    <message>
        <source>%1 is running on %2. Shut it down first, or let the planned failover shut it down.</source>
        <translation>%1 wird auf %2 ausgeführt. Fahren Sie den virtuellen Computer zuerst herunter, oder lassen Sie ihn vom geplanten Failover herunterfahren.</translation>
    </message>
    <message>
        <source>Replication cannot be reversed: %1. Fail over without reversing, or remove the extended replication first.</source>
        <translation>Die Replikation kann nicht umgekehrt werden: %1. Führen Sie das Failover ohne Umkehren aus, oder entfernen Sie zuerst die erweiterte Replikation.</translation>
    </message>
    <message>
        <source>Replication uses certificates: reversing it needs the thumbprint of %1&apos;s certificate.</source>
        <translation>Die Replikation verwendet Zertifikate: Zum Umkehren wird der Fingerabdruck des Zertifikats von %1 benötigt.</translation>
    </message>
    <message>
        <source>Replication could not be reversed afterwards: %1 Fix that first, or fail over without reversing.</source>
        <translation>Die Replikation könnte danach nicht umgekehrt werden: %1 Beheben Sie das zuerst, oder führen Sie das Failover ohne Umkehren aus.</translation>
    </message>
    <message>
        <source>Turn off %1 is not possible: %2.</source>
        <translation>%1 kann nicht ausgeschaltet werden: %2.</translation>
    </message>
    <message>
        <source>Start %1 is not possible: %2.</source>
        <translation>%1 kann nicht gestartet werden: %2.</translation>
    </message>
    <message>
        <source>Shut down %1 is not possible: %2.</source>
        <translation>%1 kann nicht heruntergefahren werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not enabled as a Replica server (Hyper-V Settings &gt; Replication Configuration).</source>
        <translation>%1 ist nicht als Replikatserver aktiviert (Hyper-V-Einstellungen &gt; Replikationskonfiguration).</translation>
    </message>
    <message>
        <source>%1 does not authorize %2 as a primary server: add an authorization entry for it in its Replica server settings.</source>
        <translation>%1 autorisiert %2 nicht als primären Server: Fügen Sie in seinen Replikatservereinstellungen einen Autorisierungseintrag dafür hinzu.</translation>
    </message>
    <message>
        <source>this action does not apply to the virtual machine&apos;s replication role</source>
        <translation>Diese Aktion gilt nicht für die Replikationsrolle des virtuellen Computers</translation>
    </message>
    <message>
        <source>%1 has no virtual machine %2 (Id %3).</source>
        <translation>%1 hat keinen virtuellen Computer %2 (ID %3).</translation>
    </message>
    <message>
        <source>%1 does not accept %2; it accepts %3.</source>
        <translation>%1 akzeptiert keine %2, sondern %3.</translation>
    </message>
    <message>
        <source>%1 listens for %2 on port %3, not on port %4.</source>
        <translation>%1 erwartet %2 an Port %3, nicht an Port %4.</translation>
    </message>
    <message>
        <source>Choose at least one host to remove replication on.</source>
        <translation>Wählen Sie mindestens einen Host, auf dem die Replikation entfernt werden soll.</translation>
    </message>
    <message>
        <source>%1 on %2 still replicates on to a third host. Remove the extended replication first (choose it too, before this side).</source>
        <translation>%1 auf %2 repliziert noch weiter auf einen dritten Host. Entfernen Sie zuerst die erweiterte Replikation (wählen Sie sie ebenfalls, vor dieser Seite).</translation>
    </message>
    <message>
        <source>%1 on %2 does not extend replication to a third host.</source>
        <translation>%1 auf %2 erweitert die Replikation nicht auf einen dritten Host.</translation>
    </message>
    <message>
        <source>Application-consistent points need additional recovery points and come every 1 to 12 hours.</source>
        <translation>Anwendungskonsistente Punkte erfordern zusätzliche Wiederherstellungspunkte und entstehen alle 1 bis 12 Stunden.</translation>
    </message>
    <message>
        <source>%1 on %2 has not failed over (role: %3, state: %4); replication is reversed after a failover.</source>
        <translation>Für %1 auf %2 wurde kein Failover ausgeführt (Rolle: %3, Status: %4); die Replikation wird nach einem Failover umgekehrt.</translation>
    </message>
    <message>
        <source>%1 replicates on to a third host from %2. A VM has only one replica: continue the extended replication instead, or remove it before reversing.</source>
        <translation>%1 repliziert von %2 weiter auf einen dritten Host. Ein virtueller Computer hat nur ein Replikat: Setzen Sie stattdessen die erweiterte Replikation fort, oder entfernen Sie sie vor dem Umkehren.</translation>
    </message>
    <message>
        <source>%1 on %2 is not prepared for failover: this was not a planned failover. Reverse it as after an unplanned failover.</source>
        <translation>%1 auf %2 ist nicht für ein Failover vorbereitet: Dies war kein geplantes Failover. Kehren Sie die Replikation wie nach einem ungeplanten Failover um.</translation>
    </message>
    <message>
        <source>Certificate authentication needs the thumbprint of %1&apos;s certificate.</source>
        <translation>Die zertifikatbasierte Authentifizierung braucht den Fingerabdruck des Zertifikats von %1.</translation>
    </message>
    <message>
        <source>Give the server names of both hosts as Hyper-V replication uses them.</source>
        <translation>Geben Sie die Servernamen beider Hosts so an, wie die Hyper-V-Replikation sie verwendet.</translation>
    </message>
    <message>
        <source>%1 on %2 is prepared for a planned failover; reverse it as after a planned failover.</source>
        <translation>%1 auf %2 ist für ein geplantes Failover vorbereitet; kehren Sie die Replikation wie nach einem geplanten Failover um.</translation>
    </message>
    <message>
        <source>The old copy of %1 on %2 has the role “%3”.</source>
        <translation>Die alte Kopie von %1 auf %2 hat die Rolle „%3“.</translation>
    </message>
    <message>
        <source>Certificate-based authentication needs a certificate.</source>
        <translation>Die zertifikatbasierte Authentifizierung braucht ein Zertifikat.</translation>
    </message>
    <message>
        <source>Ports must be between 1 and 65535.</source>
        <translation>Die Ports müssen zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>Allowing replication from any server needs a default storage location.</source>
        <translation>Die Replikation von jedem Server zuzulassen erfordert einen Standardspeicherort.</translation>
    </message>
    <message>
        <source>Authorization entries apply only when replication is allowed from the specified servers.</source>
        <translation>Autorisierungseinträge gelten nur, wenn die Replikation von den angegebenen Servern zugelassen wird.</translation>
    </message>
    <message>
        <source>%1 has no authorization entry for %2.</source>
        <translation>%1 hat keinen Autorisierungseintrag für %2.</translation>
    </message>
    <message>
        <source>%1 already has an authorization entry for %2.</source>
        <translation>%1 hat bereits einen Autorisierungseintrag für %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server name; a wildcard may only stand for the first part, as in *.contoso.com.</source>
        <translation>„%1“ ist kein Servername; ein Platzhalter darf nur für den ersten Teil stehen, wie in *.contoso.com.</translation>
    </message>
    <message>
        <source>The entry for %1 needs a storage location and a trust group.</source>
        <translation>Der Eintrag für %1 braucht einen Speicherort und eine Vertrauensgruppe.</translation>
    </message>
    <message>
        <source>The connection needs a name.</source>
        <translation>Die Verbindung braucht einen Namen.</translation>
    </message>
    <message>
        <source>Enter the host name or IP address.</source>
        <translation>Geben Sie den Hostnamen oder die IP-Adresse ein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name: enter only the name or IP address, without spaces, scheme, path or user name.</source>
        <translation>„%1“ ist kein Hostname: Geben Sie nur den Namen oder die IP-Adresse ein, ohne Leerzeichen, Schema, Pfad oder Benutzernamen.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535 (0 for the default), not %1.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen (0 für den Standardport), nicht %1.</translation>
    </message>
    <message>
        <source>Unknown authentication &apos;%1&apos;; choose one of %2.</source>
        <translation>Unbekannte Authentifizierung „%1“; wählen Sie eine von: %2.</translation>
    </message>
    <message>
        <source>Basic authentication sends the password readable by anyone on the network; it is only allowed over HTTPS.</source>
        <translation>Die Standardauthentifizierung (Basic) überträgt das Kennwort für jeden im Netzwerk lesbar; sie ist nur mit HTTPS zulässig.</translation>
    </message>
    <message>
        <source>CredSSP needs the Python package requests-credssp, which is not installed. Install it or choose another authentication.</source>
        <translation>CredSSP erfordert das Python-Paket requests-credssp, das nicht installiert ist. Installieren Sie es, oder wählen Sie eine andere Authentifizierung.</translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint must be 64 hexadecimal digits (SHA-256).</source>
        <translation>Der vertrauenswürdige Zertifikatfingerabdruck muss aus 64 Hexadezimalziffern bestehen (SHA-256).</translation>
    </message>
    <message>
        <source>hvgui could not set up a connection to %1 with its settings; the log has the details.</source>
        <translation>hvgui konnte mit diesen Einstellungen keine Verbindung mit %1 einrichten; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>A test failover of %1 is already running on %2; stop it first (one at a time per VM).</source>
        <translation>Ein Testfailover von %1 läuft bereits auf %2; beenden Sie es zuerst (eines pro virtuellem Computer).</translation>
    </message>
    <message>
        <source>%1 on %2 cannot be tested: %3.</source>
        <translation>%1 auf %2 kann nicht getestet werden: %3.</translation>
    </message>
    <message>
        <source>No test failover of %1 is running on %2.</source>
        <translation>Auf %2 läuft kein Testfailover von %1.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown: connection lost</source>
        <translation>Unbekannt: Verbindung verloren</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Wird nach dem aktuellen Schritt angehalten…</translation>
    </message>
    <message>
        <source>Checking both servers before the first step…</source>
        <translation>Vor dem ersten Schritt werden beide Server geprüft…</translation>
    </message>
    <message>
        <source>Completed.</source>
        <translation>Abgeschlossen.</translation>
    </message>
    <message>
        <source>Already done: %1.</source>
        <translation>Bereits erledigt: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Stopped as you asked, before the next step.</source>
        <translation>Wie gewünscht vor dem nächsten Schritt angehalten.</translation>
    </message>
    <message>
        <source>The operation did not finish.</source>
        <translation>Der Vorgang wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Nothing was changed. The check found:</source>
        <translation>Es wurde nichts geändert. Die Prüfung hat ergeben:</translation>
    </message>
    <message>
        <source>Close the wizard, fix the cause, and run it again.</source>
        <translation>Schließen Sie den Assistenten, beheben Sie die Ursache, und starten Sie ihn erneut.</translation>
    </message>
    <message>
        <source>Stopped at step %1 of %2.</source>
        <translation>Bei Schritt %1 von %2 angehalten.</translation>
    </message>
    <message>
        <source>“%1” on %2 did not succeed.</source>
        <translation>„%1“ auf %2 ist nicht gelungen.</translation>
    </message>
    <message>
        <source>hvgui cannot tell whether this step ran on the server, and will not repeat it by itself.</source>
        <translation>hvgui kann nicht feststellen, ob dieser Schritt auf dem Server ausgeführt wurde, und wiederholt ihn nicht von selbst.</translation>
    </message>
    <message>
        <source>Nothing was changed before this step.</source>
        <translation>Vor diesem Schritt wurde nichts geändert.</translation>
    </message>
    <message>
        <source>What you can do: %1</source>
        <translation>Was Sie tun können: %1</translation>
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
    <name>Reasons</name>
    <message>
        <source>Replication is paused.</source>
        <translation>Die Replikation ist angehalten.</translation>
    </message>
    <message>
        <source>Replication failed; Hyper-V stopped sending changes.</source>
        <translation>Die Replikation ist fehlgeschlagen; Hyper-V sendet keine Änderungen mehr.</translation>
    </message>
    <message>
        <source>Resynchronization required: resume replication to start it.</source>
        <translation>Neusynchronisierung erforderlich: Setzen Sie die Replikation fort, um sie zu starten.</translation>
    </message>
    <message>
        <source>Resynchronization is paused.</source>
        <translation>Die Neusynchronisierung ist angehalten.</translation>
    </message>
    <message>
        <source>Resynchronizing.</source>
        <translation>Wird neu synchronisiert.</translation>
    </message>
    <message>
        <source>Initial replication has not started.</source>
        <translation>Die erste Replikation hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>Initial replication in progress.</source>
        <translation>Die erste Replikation läuft.</translation>
    </message>
    <message>
        <source>Waiting for the initial copy.</source>
        <translation>Wartet auf die erste Kopie.</translation>
    </message>
    <message>
        <source>Prepared for planned failover: fail over on the replica or cancel.</source>
        <translation>Für geplantes Failover vorbereitet: Failover auf dem Replikat ausführen oder abbrechen.</translation>
    </message>
    <message>
        <source>Failed over: remove the recovery points or cancel the failover.</source>
        <translation>Failover ausgeführt: Wiederherstellungspunkte entfernen oder Failover abbrechen.</translation>
    </message>
    <message>
        <source>Failed over: reverse replication to protect the virtual machine again.</source>
        <translation>Failover ausgeführt: Replikation umkehren, um den virtuellen Computer wieder zu schützen.</translation>
    </message>
    <message>
        <source>Updating the replica&apos;s disks failed.</source>
        <translation>Das Aktualisieren der Replikatdatenträger ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No replication for %1 (expected every %2).</source>
        <translation>Seit %1 keine Replikation (erwartet alle %2).</translation>
    </message>
    <message>
        <source>Never replicated.</source>
        <translation>Noch nie repliziert.</translation>
    </message>
    <message>
        <source>A host does not answer; this is the last known state.</source>
        <translation>Ein Host antwortet nicht; dies ist der letzte bekannte Zustand.</translation>
    </message>
    <message>
        <source>%1 is not connected: only the receiving side is known.</source>
        <translation>%1 ist nicht verbunden: Nur die empfangende Seite ist bekannt.</translation>
    </message>
    <message>
        <source>%1 is not connected: only the sending side is known.</source>
        <translation>%1 ist nicht verbunden: Nur die sendende Seite ist bekannt.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Configure Additional Recovery Points</source>
        <translation>Zusätzliche Wiederherstellungspunkte konfigurieren</translation>
    </message>
    <message>
        <source>Choose which points in time you can fail over to.</source>
        <translation>Legen Sie fest, auf welche Zeitpunkte Sie ein Failover ausführen können.</translation>
    </message>
    <message>
        <source>The Replica keeps the latest recovery point. It can keep older points as well, so that you can go back to a time before a problem started.</source>
        <translation>Das Replikat behält den letzten Wiederherstellungspunkt. Es kann auch ältere Punkte behalten, damit Sie zu einem Zeitpunkt vor Beginn eines Problems zurückkehren können.</translation>
    </message>
    <message>
        <source>&amp;Maintain only the latest recovery point</source>
        <translation>&amp;Nur den letzten Wiederherstellungspunkt beibehalten</translation>
    </message>
    <message>
        <source>Create additional &amp;hourly recovery points</source>
        <translation>Zusätzliche &amp;stündliche Wiederherstellungspunkte erstellen</translation>
    </message>
    <message>
        <source>Coverage provided by additional recovery points (in hours):</source>
        <translation>Abdeckung durch zusätzliche Wiederherstellungspunkte (in Stunden):</translation>
    </message>
    <message>
        <source>&amp;Volume Shadow Copy Service (VSS) snapshot frequency (in hours):</source>
        <translation>Häufigkeit der &amp;Volumeschattenkopie-Momentaufnahmen (VSS, in Stunden):</translation>
    </message>
    <message>
        <source>Hyper-V keeps additional recovery points for 1 to 24 hours. Enter a number in that range.</source>
        <translation>Hyper-V behält zusätzliche Wiederherstellungspunkte für 1 bis 24 Stunden. Geben Sie eine Zahl in diesem Bereich ein.</translation>
    </message>
    <message>
        <source>Application-consistent (VSS) points can be created every 1 to 12 hours.</source>
        <translation>Anwendungskonsistente (VSS-)Punkte können alle 1 bis 12 Stunden erstellt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Application-consistent (VSS) points must fall within the time the recovery points cover. Choose a VSS frequency of at most %n hour(s).</source>
        <translation>
            <numerusform>Anwendungskonsistente (VSS-)Punkte müssen in die Zeit fallen, die die Wiederherstellungspunkte abdecken. Wählen Sie eine VSS-Häufigkeit von höchstens %n Stunde.</numerusform>
            <numerusform>Anwendungskonsistente (VSS-)Punkte müssen in die Zeit fallen, die die Wiederherstellungspunkte abdecken. Wählen Sie eine VSS-Häufigkeit von höchstens %n Stunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryPointPicker</name>
    <message>
        <source>standard (crash-consistent)</source>
        <translation>Standard (absturzkonsistent)</translation>
    </message>
    <message>
        <source>application-consistent</source>
        <translation>anwendungskonsistent</translation>
    </message>
    <message>
        <source>planned failover (complete)</source>
        <translation>geplantes Failover (vollständig)</translation>
    </message>
    <message>
        <source>&amp;Recovery point:</source>
        <translation>&amp;Wiederherstellungspunkt:</translation>
    </message>
    <message>
        <source>Loading recovery points…</source>
        <translation>Wiederherstellungspunkte werden geladen…</translation>
    </message>
    <message>
        <source>Latest Recovery Point</source>
        <translation>Letzter Wiederherstellungspunkt</translation>
    </message>
    <message>
        <source>The recovery points could not be read: %1</source>
        <translation>Die Wiederherstellungspunkte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The latest recovery point holds what arrived up to %1. Changes made on the primary virtual machine after that are lost.</source>
        <translation>Der letzte Wiederherstellungspunkt enthält, was bis %1 angekommen ist. Spätere Änderungen auf dem primären virtuellen Computer gehen verloren.</translation>
    </message>
    <message>
        <source>Changes made on the primary virtual machine after the last replication are lost.</source>
        <translation>Änderungen auf dem primären virtuellen Computer nach der letzten Replikation gehen verloren.</translation>
    </message>
    <message>
        <source>Changes made after %1 are lost, including those in newer recovery points.</source>
        <translation>Änderungen nach %1 gehen verloren, auch die in neueren Wiederherstellungspunkten.</translation>
    </message>
</context>
<context>
    <name>RemoveRecoveryPointsDialog</name>
    <message>
        <source>Remove Recovery Points for %1</source>
        <translation>Wiederherstellungspunkte entfernen für %1</translation>
    </message>
    <message>
        <source>Complete the failover of %1 on %2?</source>
        <translation>Failover von %1 auf %2 abschließen?</translation>
    </message>
    <message>
        <source>&amp;Remove Recovery Points</source>
        <translation>Wiederherstellungspunkte &amp;entfernen</translation>
    </message>
    <message>
        <source>This keeps the failover of %1: the recovery point it runs from becomes permanent and all other recovery points on %2 are deleted. The failover can no longer be cancelled, and no other recovery point can be chosen. Afterwards, reverse the replication to protect the virtual machine again.</source>
        <translation>Damit wird das Failover von %1 beibehalten: Der Wiederherstellungspunkt, von dem er läuft, wird dauerhaft, und alle anderen Wiederherstellungspunkte auf %2 werden gelöscht. Das Failover kann danach nicht mehr abgebrochen und kein anderer Wiederherstellungspunkt gewählt werden. Kehren Sie anschließend die Replikation um, um den virtuellen Computer wieder zu schützen.</translation>
    </message>
    <message>
        <source>Only a failover that is not yet completed can be completed (the state is: %1).</source>
        <translation>Nur ein noch nicht abgeschlossenes Failover kann abgeschlossen werden (Status: %1).</translation>
    </message>
    <message>
        <source>Complete the failover on %1 and delete the other recovery points</source>
        <translation>Failover auf %1 abschließen und die anderen Wiederherstellungspunkte löschen</translation>
    </message>
    <message>
        <source>The failover is complete.</source>
        <translation>Das Failover ist abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 is not protected now. Use Reverse Replication… on %2 to replicate it again.</source>
        <translation>%1 ist jetzt nicht geschützt. Verwenden Sie „Replikation umkehren…“ auf %2, um ihn wieder zu replizieren.</translation>
    </message>
</context>
<context>
    <name>RemoveReplicationDialog</name>
    <message>
        <source>Remove Replication for %1</source>
        <translation>Replikation entfernen für %1</translation>
    </message>
    <message>
        <source>Remove replication of %1</source>
        <translation>Replikation von %1 entfernen</translation>
    </message>
    <message>
        <source>Each server keeps its own end of the replication. Choose where to remove it; usually on all of them. No virtual machine is deleted.</source>
        <translation>Jeder Server hat sein eigenes Ende der Replikation. Wählen Sie, wo sie entfernt werden soll; meistens auf allen. Es wird kein virtueller Computer gelöscht.</translation>
    </message>
    <message>
        <source>On %1 (primary server)</source>
        <translation>Auf %1 (primärer Server)</translation>
    </message>
    <message>
        <source>%1 stops tracking and sending changes. The virtual machine keeps running.</source>
        <translation>%1 verfolgt und sendet keine Änderungen mehr. Der virtuelle Computer läuft weiter.</translation>
    </message>
    <message>
        <source>On %1 (Replica server)</source>
        <translation>Auf %1 (Replikatserver)</translation>
    </message>
    <message>
        <source>The Replica virtual machine stays on %1, turned off, with its disks. Delete it yourself, or use it as the initial copy when you enable replication again.</source>
        <translation>Der virtuelle Replikatcomputer bleibt ausgeschaltet mit seinen Datenträgern auf %1. Löschen Sie ihn selbst, oder verwenden Sie ihn als erste Kopie, wenn Sie die Replikation wieder aktivieren.</translation>
    </message>
    <message>
        <source>Extended replication from %1 to %2</source>
        <translation>Erweiterte Replikation von %1 nach %2</translation>
    </message>
    <message>
        <source>%1 stops sending changes to the extended Replica server.</source>
        <translation>%1 sendet keine Änderungen mehr an den erweiterten Replikatserver.</translation>
    </message>
    <message>
        <source>On %1 (extended Replica server)</source>
        <translation>Auf %1 (erweiterter Replikatserver)</translation>
    </message>
    <message>
        <source>The extended Replica virtual machine stays on %1, turned off.</source>
        <translation>Der erweiterte virtuelle Replikatcomputer bleibt ausgeschaltet auf %1.</translation>
    </message>
    <message>
        <source>(not connected)</source>
        <translation>(nicht verbunden)</translation>
    </message>
    <message>
        <source>&amp;Remove Replication</source>
        <translation>Replikation &amp;entfernen</translation>
    </message>
    <message>
        <source>Choose at least one server to remove replication on.</source>
        <translation>Wählen Sie mindestens einen Server, auf dem die Replikation entfernt werden soll.</translation>
    </message>
    <message>
        <source>The Replica server also sends to an extended Replica server. Remove the extended replication too, or keep the Replica side.</source>
        <translation>Der Replikatserver sendet auch an einen erweiterten Replikatserver. Entfernen Sie auch die erweiterte Replikation, oder behalten Sie die Replikatseite.</translation>
    </message>
    <message>
        <source>Replication stays configured on %1; that end will report errors until you remove it there too.</source>
        <translation>Auf %1 bleibt die Replikation eingerichtet; dieses Ende meldet Fehler, bis Sie sie dort auch entfernen.</translation>
    </message>
    <message>
        <source>Remove the extended replication of %1 on %2</source>
        <translation>Erweiterte Replikation von %1 auf %2 entfernen</translation>
    </message>
    <message>
        <source>Remove replication of %1 on %2</source>
        <translation>Replikation von %1 auf %2 entfernen</translation>
    </message>
    <message>
        <source>Refresh %1 and remove replication there again if it is still shown.</source>
        <translation>Aktualisieren Sie %1 und entfernen Sie die Replikation dort erneut, wenn sie noch angezeigt wird.</translation>
    </message>
    <message>
        <source>Replication was removed.</source>
        <translation>Die Replikation wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>ReplicaServerPage</name>
    <message>
        <source>Specify Replica Server</source>
        <translation>Replikatserver angeben</translation>
    </message>
    <message>
        <source>Choose the server that keeps the copy of the virtual machine.</source>
        <translation>Wählen Sie den Server, der die Kopie des virtuellen Computers aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Replica server:</source>
        <translation>&amp;Replikatserver:</translation>
    </message>
    <message>
        <source>Name or FQDN of a connected server</source>
        <translation>Name oder FQDN eines verbundenen Servers</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Enter the name of the Replica server, or choose a connected server from the list.</source>
        <translation>Geben Sie den Namen des Replikatservers ein, oder wählen Sie einen verbundenen Server aus der Liste.</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>%1 wird kontaktiert…</translation>
    </message>
    <message>
        <source>Connection test from %1: successful.</source>
        <translation>Verbindungstest von %1 aus: erfolgreich.</translation>
    </message>
    <message>
        <source>hvgui is not connected to %1. Connect to it first (Connect to Server…), then check again: the wizard works on both servers.</source>
        <translation>hvgui ist nicht mit %1 verbunden. Verbinden Sie sich zuerst damit (Mit Server verbinden…), und prüfen Sie dann erneut: Der Assistent arbeitet auf beiden Servern.</translation>
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
    <name>ReplicationHealthDialog</name>
    <message>
        <source>Replication Health for %1</source>
        <translation>Replikationsintegrität für %1</translation>
    </message>
    <message>
        <source>Extended Replication</source>
        <translation>Erweiterte Replikation</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <source>View &amp;PowerShell…</source>
        <translation>&amp;PowerShell anzeigen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reset &amp;Statistics</source>
        <translation>&amp;Statistik zurücksetzen</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Wird gemessen…</translation>
    </message>
    <message>
        <source>Measured at %1.</source>
        <translation>Gemessen um %1.</translation>
    </message>
    <message>
        <source>Resetting the statistics…</source>
        <translation>Die Statistik wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>Reset Statistics (starts a new monitoring period)</source>
        <translation>Statistik zurücksetzen (beginnt einen neuen Überwachungszeitraum)</translation>
    </message>
    <message>
        <source>Measure the replication (Refresh)</source>
        <translation>Replikation messen (Aktualisieren)</translation>
    </message>
    <message>
        <source>Save Replication Health As</source>
        <translation>Replikationsintegrität speichern unter</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
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
    <name>ReplicationWizard</name>
    <message>
        <source>View PowerShell…</source>
        <translation>PowerShell anzeigen…</translation>
    </message>
    <message>
        <source>What this wizard does, and what it needs.</source>
        <translation>Was dieser Assistent macht und was er braucht.</translation>
    </message>
    <message>
        <source>%1 is the server %2 runs on. Choose another server.</source>
        <translation>%1 ist der Server, auf dem %2 läuft. Wählen Sie einen anderen Server.</translation>
    </message>
    <message>
        <source>The steps run one after the other. The Operations panel shows them as well.</source>
        <translation>Die Schritte werden nacheinander ausgeführt. Der Bereich „Vorgänge“ zeigt sie ebenfalls an.</translation>
    </message>
</context>
<context>
    <name>RestoredHosts</name>
    <message>
        <source>The list of saved servers could not be read. hvgui started without it; the damaged file was kept (see Details).</source>
        <translation>Die Liste der gespeicherten Server konnte nicht gelesen werden. hvgui wurde ohne sie gestartet; die beschädigte Datei wurde aufbewahrt (siehe Details).</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>&amp;Details</source>
        <translation>Details &amp;anzeigen</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>&amp;Bericht kopieren</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>Resume Replication for %1</source>
        <translation>Replikation fortsetzen für %1</translation>
    </message>
    <message>
        <source>Resume replication of %1 on %2</source>
        <translation>Replikation von %1 auf %2 fortsetzen</translation>
    </message>
    <message>
        <source>Replication needs a resynchronization: the copies on the two servers may differ, so Hyper-V cannot just send the collected changes. Resynchronize now or choose a time.</source>
        <translation>Die Replikation braucht eine Neusynchronisierung: Die Kopien auf den beiden Servern können sich unterscheiden, daher kann Hyper-V nicht einfach die gesammelten Änderungen senden. Synchronisieren Sie jetzt neu oder wählen Sie einen Zeitpunkt.</translation>
    </message>
    <message>
        <source>Replication is: %1.</source>
        <translation>Replikationsstatus: %1.</translation>
    </message>
    <message>
        <source>&amp;Resume replication (send the changes collected meanwhile)</source>
        <translation>Replikation &amp;fortsetzen (die inzwischen gesammelten Änderungen senden)</translation>
    </message>
    <message>
        <source>Resynchronize &amp;now</source>
        <translation>&amp;Jetzt neu synchronisieren</translation>
    </message>
    <message>
        <source>Resynchronize &amp;at:</source>
        <translation>Neu synchronisieren &amp;am:</translation>
    </message>
    <message>
        <source>Resynchronization compares the virtual hard disks on both servers block by block and sends the differences. It loads disks and network and can take hours, so outside business hours is best. It deletes all recovery points; new ones are created afterwards.</source>
        <translation>Die Neusynchronisierung vergleicht die virtuellen Festplatten auf beiden Servern blockweise und sendet die Unterschiede. Sie belastet Datenträger und Netzwerk und kann Stunden dauern, am besten also außerhalb der Geschäftszeiten. Sie löscht alle Wiederherstellungspunkte; danach entstehen neue.</translation>
    </message>
    <message>
        <source>The virtual machine is not replicated.</source>
        <translation>Der virtuelle Computer wird nicht repliziert.</translation>
    </message>
    <message>
        <source>There is nothing to resume: replication is %1.</source>
        <translation>Es gibt nichts fortzusetzen: Replikationsstatus ist %1.</translation>
    </message>
    <message>
        <source>The start time is in the past. Choose a time in the future.</source>
        <translation>Die Startzeit liegt in der Vergangenheit. Wählen Sie einen Zeitpunkt in der Zukunft.</translation>
    </message>
    <message>
        <source>The start time is more than 7 days ahead; Hyper-V allows at most 7 days.</source>
        <translation>Die Startzeit liegt mehr als 7 Tage in der Zukunft; Hyper-V erlaubt höchstens 7 Tage.</translation>
    </message>
    <message>
        <source>&amp;Resynchronize</source>
        <translation>&amp;Neu synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>The changes collected on the primary server are sent to the Replica server.</source>
        <translation>Die auf dem primären Server gesammelten Änderungen werden an den Replikatserver gesendet.</translation>
    </message>
    <message>
        <source>Resynchronization starts at %1. Until then the virtual machine is not protected.</source>
        <translation>Die Neusynchronisierung beginnt am %1. Bis dahin ist der virtuelle Computer nicht geschützt.</translation>
    </message>
    <message>
        <source>Resynchronization starts now. All recovery points are deleted.</source>
        <translation>Die Neusynchronisierung beginnt jetzt. Alle Wiederherstellungspunkte werden gelöscht.</translation>
    </message>
    <message>
        <source>Resynchronize %1 on %2 at %3</source>
        <translation>%1 auf %2 am %3 neu synchronisieren</translation>
    </message>
    <message>
        <source>Resynchronize %1 on %2 now</source>
        <translation>%1 auf %2 jetzt neu synchronisieren</translation>
    </message>
    <message>
        <source>Pause replication of %1 on %2</source>
        <translation>Replikation von %1 auf %2 anhalten</translation>
    </message>
    <message>
        <source>Refresh %1. If replication is still paused or in error, fix the cause and try again.</source>
        <translation>Aktualisieren Sie %1. Ist die Replikation noch angehalten oder fehlerhaft, beheben Sie die Ursache und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Resynchronization is scheduled.</source>
        <translation>Die Neusynchronisierung ist geplant.</translation>
    </message>
    <message>
        <source>Resynchronization has started.</source>
        <translation>Die Neusynchronisierung hat begonnen.</translation>
    </message>
    <message>
        <source>Replication is resumed.</source>
        <translation>Die Replikation wird fortgesetzt.</translation>
    </message>
</context>
<context>
    <name>ReverseReplicationWizard</name>
    <message>
        <source>Reverse Replication Wizard for %1</source>
        <translation>Assistent zum Umkehren der Replikation für „%1“</translation>
    </message>
    <message>
        <source>&amp;Reverse Replication</source>
        <translation>Replikation &amp;umkehren</translation>
    </message>
    <message>
        <source>%1 has failed over to %2 and runs there, but nothing protects it yet. This wizard reverses replication: %2 becomes the primary server and replicates %1 back to %3, the old primary server.

Before you begin, make sure that:
•  %3 is running again and hvgui is connected to it;
•  %3 is enabled as a Replica server and accepts replication from %2;
•  the firewall of %3 allows inbound replication traffic.

After an unplanned failover, the old copy on %3 is outdated: it must be turned off and marked as Replica first. Hyper-V Manager cannot do this step; this wizard does it for you, after asking. Nothing changes until you click Reverse Replication on the Summary page.</source>
        <translation>Für %1 wurde ein Failover auf %2 ausgeführt, und der Computer läuft dort, ist aber noch nicht geschützt. Dieser Assistent kehrt die Replikation um: %2 wird zum Primärserver und repliziert %1 zurück auf %3, den alten Primärserver.

Stellen Sie vor dem Start sicher, dass:
•  %3 wieder läuft und hvgui mit ihm verbunden ist;
•  %3 als Replikatserver aktiviert ist und Replikation von %2 annimmt;
•  die Firewall von %3 eingehenden Replikationsverkehr zulässt.

Nach einem ungeplanten Failover ist die alte Kopie auf %3 veraltet: Sie muss zuerst ausgeschaltet und als Replikat gekennzeichnet werden. Der Hyper-V-Manager kann diesen Schritt nicht ausführen; dieser Assistent erledigt ihn nach Rückfrage für Sie. Geändert wird erst etwas, wenn Sie auf der Seite „Zusammenfassung“ auf „Replikation umkehren“ klicken.</translation>
    </message>
    <message>
        <source>Replication is reversed towards the old primary server %1. The wizard checks that hvgui is connected to it, that it accepts replication from %2, and how the failover was done.</source>
        <translation>Die Replikation wird zum alten Primärserver %1 hin umgekehrt. Der Assistent prüft, ob hvgui mit ihm verbunden ist, ob er Replikation von %2 annimmt und wie das Failover ausgeführt wurde.</translation>
    </message>
    <message>
        <source>%1 no longer has a copy of %2, so there is nothing to reverse to. Remove replication of %2 on %3 and enable replication again instead.</source>
        <translation>%1 hat keine Kopie von %2 mehr, deshalb gibt es nichts, wohin die Replikation umgekehrt werden kann. Entfernen Sie stattdessen die Replikation von %2 auf %3, und aktivieren Sie die Replikation neu.</translation>
    </message>
    <message>
        <source>The old copy on %1 is prepared for failover: this was a planned failover, and replication simply turns around.</source>
        <translation>Die alte Kopie auf %1 ist für das Failover vorbereitet: Es war ein geplantes Failover, die Replikation wird einfach umgedreht.</translation>
    </message>
    <message>
        <source>This was an unplanned failover: the old copy on %1 is outdated. The next page explains what happens to it.</source>
        <translation>Es war ein ungeplantes Failover: Die alte Kopie auf %1 ist veraltet. Die nächste Seite erklärt, was mit ihr geschieht.</translation>
    </message>
    <message>
        <source>After a planned failover, the port and the authentication stay as before.</source>
        <translation>Nach einem geplanten Failover bleiben Port und Authentifizierung wie bisher.</translation>
    </message>
    <message>
        <source>Pre-filled from the replication before the failover: %1 sent the changes to %2 every %3. The reversed replication sends them from %2 to %1.</source>
        <translation>Vorausgefüllt aus der Replikation vor dem Failover: %1 hat die Änderungen alle %3 an %2 gesendet. Die umgekehrte Replikation sendet sie von %2 an %1.</translation>
    </message>
    <message>
        <source>Pre-filled from the replication before the failover. The recovery points of the reversed replication are kept on %1, the new Replica server, and start with the first changes %2 sends.</source>
        <translation>Vorausgefüllt aus der Replikation vor dem Failover. Die Wiederherstellungspunkte der umgekehrten Replikation werden auf %1, dem neuen Replikatserver, aufbewahrt und beginnen mit den ersten Änderungen, die %2 sendet.</translation>
    </message>
    <message>
        <source>The initial copy goes over the network from %1 to %2. It replaces the outdated copy on %2.</source>
        <translation>Die Erstkopie geht über das Netzwerk von %1 an %2. Sie ersetzt die veraltete Kopie auf %2.</translation>
    </message>
    <message>
        <source>Start the initial replication of %1 to %2 at %3</source>
        <translation>Erste Replikation von %1 an %2 um %3 starten</translation>
    </message>
    <message>
        <source>Start the initial replication of %1 to %2 now</source>
        <translation>Erste Replikation von %1 an %2 jetzt starten</translation>
    </message>
    <message>
        <source>Virtual machine:</source>
        <translation>Virtueller Computer:</translation>
    </message>
    <message>
        <source>%1, failed over to %2</source>
        <translation>%1, Failover auf %2 ausgeführt</translation>
    </message>
    <message>
        <source>New Replica server:</source>
        <translation>Neuer Replikatserver:</translation>
    </message>
    <message>
        <source>%1 (the old primary server)</source>
        <translation>%1 (der alte Primärserver)</translation>
    </message>
    <message>
        <source>Failover:</source>
        <translation>Failover:</translation>
    </message>
    <message>
        <source>unplanned: the old copy is replaced</source>
        <translation>ungeplant: Die alte Kopie wird ersetzt</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, Port %2</translation>
    </message>
    <message>
        <source>Data is compressed.</source>
        <translation>Die Daten werden komprimiert.</translation>
    </message>
    <message>
        <source>Data is not compressed.</source>
        <translation>Die Daten werden nicht komprimiert.</translation>
    </message>
    <message>
        <source>Replication frequency:</source>
        <translation>Replikationshäufigkeit:</translation>
    </message>
    <message>
        <source>Compression is pre-filled from the replication before the failover: the data was compressed.</source>
        <translation>Die Komprimierung ist aus der Replikation vor dem Failover vorausgefüllt: Die Daten wurden komprimiert.</translation>
    </message>
    <message>
        <source>Compression is pre-filled from the replication before the failover: the data was not compressed.</source>
        <translation>Die Komprimierung ist aus der Replikation vor dem Failover vorausgefüllt: Die Daten wurden nicht komprimiert.</translation>
    </message>
    <message>
        <source>Recovery points:</source>
        <translation>Wiederherstellungspunkte:</translation>
    </message>
    <message>
        <source>Initial replication:</source>
        <translation>Erste Replikation:</translation>
    </message>
    <message>
        <source>Before the failover: %1</source>
        <translation>Vor dem Failover: %1</translation>
    </message>
    <message>
        <source>Reversing replication of %1…</source>
        <translation>Die Replikation von %1 wird umgekehrt…</translation>
    </message>
    <message>
        <source>Replication of %1 is reversed: %2 now replicates it to %3.</source>
        <translation>Die Replikation von %1 ist umgekehrt: %2 repliziert den Computer jetzt auf %3.</translation>
    </message>
    <message>
        <source>Replication continues where it stopped; no initial copy is needed.</source>
        <translation>Die Replikation geht dort weiter, wo sie aufgehört hat; eine Erstkopie ist nicht nötig.</translation>
    </message>
    <message>
        <source>The initial replication starts at the scheduled time.</source>
        <translation>Die erste Replikation beginnt zur geplanten Zeit.</translation>
    </message>
    <message>
        <source>The initial replication now runs in the background; the replication state of the virtual machine shows when it has finished.</source>
        <translation>Die erste Replikation läuft jetzt im Hintergrund; der Replikationsstatus des virtuellen Computers zeigt, wann sie abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>ServerInfo</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Enable this computer as a Replica server</source>
        <translation>Diesen Computer als Replikatserver aktivieren</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Kerberos port</source>
        <translation>Kerberos-Port</translation>
    </message>
    <message>
        <source>Certificate port</source>
        <translation>Zertifikat-Port</translation>
    </message>
    <message>
        <source>Allow replication from any authenticated server</source>
        <translation>Replikation von jedem authentifizierten Server zulassen</translation>
    </message>
    <message>
        <source>Default storage location</source>
        <translation>Standardspeicherort</translation>
    </message>
</context>
<context>
    <name>SettingsWizard</name>
    <message>
        <source>%1, port %2</source>
        <translation>%1, Port %2</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
    <message>
        <source>Data is compressed.</source>
        <translation>Die Daten werden komprimiert.</translation>
    </message>
    <message>
        <source>Data is not compressed.</source>
        <translation>Die Daten werden nicht komprimiert.</translation>
    </message>
    <message>
        <source>Size of the initial copy: %1</source>
        <translation>Größe der Erstkopie: %1</translation>
    </message>
    <message>
        <source>Afterwards, take the media to %1 and import the copy there (Replication &gt; Import Initial Replica).</source>
        <translation>Bringen Sie die Medien danach zu %1, und importieren Sie die Kopie dort (Replikation &gt; Erstes Replikat importieren).</translation>
    </message>
    <message>
        <source>Virtual machine:</source>
        <translation>Virtueller Computer:</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Replica server:</source>
        <translation>Replikatserver:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Replication frequency:</source>
        <translation>Replikationshäufigkeit:</translation>
    </message>
    <message>
        <source>Recovery points:</source>
        <translation>Wiederherstellungspunkte:</translation>
    </message>
    <message>
        <source>Initial replication:</source>
        <translation>Erste Replikation:</translation>
    </message>
    <message>
        <source>The initial replication starts at the scheduled time.</source>
        <translation>Die erste Replikation beginnt zur geplanten Zeit.</translation>
    </message>
    <message>
        <source>The initial copy is being saved to the external media. Take it to %1 and import it there with Replication &gt; Import Initial Replica.</source>
        <translation>Die Erstkopie wird auf den externen Medien gespeichert. Bringen Sie sie zu %1, und importieren Sie sie dort mit Replikation &gt; Erstes Replikat importieren.</translation>
    </message>
    <message>
        <source>The initial replication now runs in the background; the replication state of the virtual machine shows when it has finished.</source>
        <translation>Die erste Replikation läuft jetzt im Hintergrund; der Replikationsstatus des virtuellen Computers zeigt, wann sie abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>Hide Details</source>
        <translation>Details ausblenden</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>No hosts connected</source>
        <translation>Keine Hosts verbunden</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n Host</numerusform>
            <numerusform>%n Hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connecting</source>
        <translation>
            <numerusform>%n verbindet</numerusform>
            <numerusform>%n verbinden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in trouble</source>
        <translation>
            <numerusform>%n gestört</numerusform>
            <numerusform>%n gestört</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>Operations running</source>
        <translation>Vorgänge laufen</translation>
    </message>
</context>
<context>
    <name>StepStatus</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown (connection lost)</source>
        <translation>Unbekannt (Verbindung verloren)</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
</context>
<context>
    <name>StopTestFailoverDialog</name>
    <message>
        <source>Stop Test Failover for %1</source>
        <translation>Testfailover beenden für %1</translation>
    </message>
    <message>
        <source>Stop the test failover of %1 on %2?</source>
        <translation>Testfailover von %1 auf %2 beenden?</translation>
    </message>
    <message>
        <source>&amp;Stop Test Failover</source>
        <translation>Testfailover &amp;beenden</translation>
    </message>
    <message>
        <source>The test virtual machine “%1” is turned off and deleted, with every change made in it during the test. The Replica virtual machine and its replication are not affected.</source>
        <translation>Der virtuelle Testcomputer „%1“ wird ausgeschaltet und mit allen Änderungen aus dem Test gelöscht. Der virtuelle Replikatcomputer und seine Replikation sind nicht betroffen.</translation>
    </message>
    <message>
        <source>Turn off and delete the test virtual machine “%1”</source>
        <translation>Virtuellen Testcomputer „%1“ ausschalten und löschen</translation>
    </message>
    <message>
        <source>The test failover was stopped.</source>
        <translation>Das Testfailover wurde beendet.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Check what will happen. Nothing has changed yet.</source>
        <translation>Prüfen Sie, was geschehen wird. Bisher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>When you click %1, hvgui does exactly these steps, in this order:</source>
        <translation>Wenn Sie auf „%1“ klicken, führt hvgui genau diese Schritte in dieser Reihenfolge aus:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <source>Before the first step, hvgui checks both servers again. The operation also appears in the Operations panel. “View PowerShell…” shows the commands.</source>
        <translation>Vor dem ersten Schritt prüft hvgui beide Server erneut. Der Vorgang erscheint auch im Bereich „Vorgänge“. „PowerShell anzeigen…“ zeigt die Befehle.</translation>
    </message>
</context>
<context>
    <name>TestFailoverDialog</name>
    <message>
        <source>Test Failover for %1</source>
        <translation>Testfailover für %1</translation>
    </message>
    <message>
        <source>Test failover of %1 on %2</source>
        <translation>Testfailover von %1 auf %2</translation>
    </message>
    <message>
        <source>A test failover creates a separate test virtual machine from a recovery point, so you can check that the Replica would work. Replication goes on during the test, and the production virtual machine is not affected. Stop the test failover when you are done: that deletes the test virtual machine.</source>
        <translation>Ein Testfailover erstellt aus einem Wiederherstellungspunkt einen eigenen virtuellen Testcomputer, mit dem Sie prüfen können, ob das Replikat funktionieren würde. Die Replikation läuft während des Tests weiter, und der virtuelle Produktionscomputer ist nicht betroffen. Beenden Sie das Testfailover, wenn Sie fertig sind: Dabei wird der virtuelle Testcomputer gelöscht.</translation>
    </message>
    <message>
        <source>Test virtual machine:</source>
        <translation>Virtueller Testcomputer:</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <source>&amp;Start the test virtual machine</source>
        <translation>Virtuellen Testcomputer &amp;starten</translation>
    </message>
    <message>
        <source>Reading the network settings…</source>
        <translation>Die Netzwerkeinstellungen werden gelesen…</translation>
    </message>
    <message>
        <source>Connected to the test switch %1 (the adapters&apos; Test Failover setting).</source>
        <translation>Mit dem Testswitch %1 verbunden (Testfailover-Einstellung der Netzwerkadapter).</translation>
    </message>
    <message>
        <source>Not connected to any network: no Test Failover switch is set for its network adapters on this host. That keeps the test away from the production network.</source>
        <translation>Mit keinem Netzwerk verbunden: Für seine Netzwerkadapter ist auf diesem Host kein Testfailover-Switch eingestellt. So bleibt der Test vom Produktionsnetzwerk getrennt.</translation>
    </message>
    <message>
        <source>hvgui is not connected to %1.</source>
        <translation>hvgui ist nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Loading recovery points…</source>
        <translation>Wiederherstellungspunkte werden geladen…</translation>
    </message>
    <message>
        <source>A test failover is already running. Stop it first (one at a time).</source>
        <translation>Es läuft bereits ein Testfailover. Beenden Sie es zuerst (nur eines gleichzeitig).</translation>
    </message>
    <message>
        <source>Only a Replica virtual machine can be tested.</source>
        <translation>Nur ein virtueller Replikatcomputer kann getestet werden.</translation>
    </message>
    <message>
        <source>&amp;Test Failover</source>
        <translation>&amp;Testfailover</translation>
    </message>
    <message>
        <source>The test virtual machine “%1” is created on %2. It uses disk space there until you stop the test.</source>
        <translation>Der virtuelle Testcomputer „%1“ wird auf %2 erstellt. Er belegt dort Speicherplatz, bis Sie den Test beenden.</translation>
    </message>
    <message>
        <source>the latest recovery point</source>
        <translation>dem letzten Wiederherstellungspunkt</translation>
    </message>
    <message>
        <source>Create the test virtual machine “%1” from %2</source>
        <translation>Virtuellen Testcomputer „%1“ aus %2 erstellen</translation>
    </message>
    <message>
        <source>Start the test virtual machine “%1”</source>
        <translation>Virtuellen Testcomputer „%1“ starten</translation>
    </message>
    <message>
        <source>Nothing has changed on %1. Fix the cause and try again.</source>
        <translation>Auf %1 hat sich nichts geändert. Beheben Sie die Ursache und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Refresh %1. If “%2” exists, use it or stop the test failover (Stop Test Failover).</source>
        <translation>Aktualisieren Sie %1. Wenn „%2“ existiert, verwenden Sie ihn oder beenden Sie das Testfailover („Testfailover beenden“).</translation>
    </message>
    <message>
        <source>The test virtual machine “%1” was created.</source>
        <translation>Der virtuelle Testcomputer „%1“ wurde erstellt.</translation>
    </message>
    <message>
        <source>When you have finished testing, use Stop Test Failover on the Replica virtual machine.</source>
        <translation>Wenn Sie mit dem Testen fertig sind, verwenden Sie „Testfailover beenden“ auf dem virtuellen Replikatcomputer.</translation>
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
<context>
    <name>VhdPage</name>
    <message>
        <source>Choose Replication VHDs</source>
        <translation>Replikations-VHDs auswählen</translation>
    </message>
    <message>
        <source>Choose the virtual hard disks to replicate.</source>
        <translation>Wählen Sie die virtuellen Festplatten aus, die repliziert werden sollen.</translation>
    </message>
    <message>
        <source>Clear the check box of a disk that need not be replicated, for example a disk that holds only the page file. A disk that is not replicated is missing on the Replica after a failover.</source>
        <translation>Deaktivieren Sie das Kontrollkästchen einer Festplatte, die nicht repliziert werden muss, zum Beispiel einer Festplatte nur für die Auslagerungsdatei. Eine nicht replizierte Festplatte fehlt dem Replikat nach einem Failover.</translation>
    </message>
    <message>
        <source>Virtual hard disk</source>
        <translation>Virtuelle Festplatte</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>The sizes are not known: %1 could not read the virtual hard disk files. %2</source>
        <translation>Die Größen sind unbekannt: %1 konnte die Dateien der virtuellen Festplatten nicht lesen. %2</translation>
    </message>
    <message>
        <source>Data to replicate at first: %1</source>
        <translation>Zuerst zu replizierende Daten: %1</translation>
    </message>
    <message>
        <source>Choose at least one virtual hard disk to replicate.</source>
        <translation>Wählen Sie mindestens eine virtuelle Festplatte zum Replizieren aus.</translation>
    </message>
    <message>
        <source>Reading the virtual hard disks of %1…</source>
        <translation>Die virtuellen Festplatten von %1 werden gelesen…</translation>
    </message>
</context>
<context>
    <name>VmColumn</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>CPU Usage</source>
        <translation>CPU-Auslastung</translation>
    </message>
    <message>
        <source>Assigned Memory</source>
        <translation>Zugewiesener Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Betriebszeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Replication State</source>
        <translation>Replikationsstatus</translation>
    </message>
    <message>
        <source>Replication Health</source>
        <translation>Replikationsintegrität</translation>
    </message>
    <message>
        <source>Replication Mode</source>
        <translation>Replikationsmodus</translation>
    </message>
    <message>
        <source>Last Replication</source>
        <translation>Letzte Replikation</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>A&amp;ktion</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>Mit &amp;Server verbinden…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh every host now (F5)</source>
        <translation>Alle Hosts jetzt aktualisieren (F5)</translation>
    </message>
    <message>
        <source>Replication &amp;Overview</source>
        <translation>&amp;Replikationsübersicht</translation>
    </message>
    <message>
        <source>Show &amp;Problems Only</source>
        <translation>Nur &amp;Probleme anzeigen</translation>
    </message>
    <message>
        <source>Add/Remove &amp;Columns…</source>
        <translation>&amp;Spalten hinzufügen/entfernen…</translation>
    </message>
    <message>
        <source>&amp;Actions Pane</source>
        <translation>Ak&amp;tionsbereich</translation>
    </message>
    <message>
        <source>&amp;About hvgui</source>
        <translation>&amp;Info über hvgui</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Hyper-V Settings…</source>
        <translation>Hyper-V-Einstellungen…</translation>
    </message>
    <message>
        <source>Replication Configuration of this host</source>
        <translation>Replikationskonfiguration dieses Hosts</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Connect to the host again</source>
        <translation>Erneut mit dem Host verbinden</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Verbindung trennen</translation>
    </message>
</context>
<context>
    <name>WizardText</name>
    <message>
        <source>30 seconds</source>
        <translation>30 Sekunden</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <source>Only the latest recovery point</source>
        <translation>Nur der letzte Wiederherstellungspunkt</translation>
    </message>
    <message>
        <source>Hourly recovery points, covering %1</source>
        <translation>Stündliche Wiederherstellungspunkte für %1</translation>
    </message>
    <message>
        <source>Application-consistent (VSS) point every %1</source>
        <translation>Anwendungskonsistenter (VSS-)Punkt alle %1</translation>
    </message>
    <message>
        <source>Kerberos (HTTP) on port %1</source>
        <translation>Kerberos (HTTP) an Port %1</translation>
    </message>
    <message>
        <source>certificates (HTTPS) on port %1</source>
        <translation>Zertifikate (HTTPS) an Port %1</translation>
    </message>
    <message>
        <source>%1 is a Replica server. It accepts %2.</source>
        <translation>%1 ist ein Replikatserver. Er nimmt an: %2.</translation>
    </message>
    <message>
        <source>It accepts replication from any authenticated server (storage: %1).</source>
        <translation>Er nimmt Replikation von jedem authentifizierten Server an (Speicherort: %1).</translation>
    </message>
    <message>
        <source>It accepts replication from %1 (authorization entry %2, storage: %3).</source>
        <translation>Er nimmt Replikation von %1 an (Autorisierungseintrag %2, Speicherort: %3).</translation>
    </message>
    <message>
        <source>%1 is not enabled as a Replica server. On %1, open Hyper-V Settings &gt; Replication Configuration, tick “Enable this computer as a Replica server”, then check again.</source>
        <translation>%1 ist nicht als Replikatserver aktiviert. Öffnen Sie auf %1 Hyper-V-Einstellungen &gt; Replikationskonfiguration, aktivieren Sie „Diesen Computer als Replikatserver aktivieren“, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 does not accept replication from %2: it accepts only the servers in its authorization list (Get-VMReplicationAuthorizationEntry). In the Replica server settings of %1, add an authorization entry for %2, or allow replication from any authenticated server. Then check again.</source>
        <translation>%1 nimmt keine Replikation von %2 an: Er nimmt nur die Server aus seiner Autorisierungsliste an (Get-VMReplicationAuthorizationEntry). Fügen Sie in den Replikatservereinstellungen von %1 einen Autorisierungseintrag für %2 hinzu, oder lassen Sie Replikation von jedem authentifizierten Server zu. Prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 does not accept %2; it accepts %3.</source>
        <translation>%1 nimmt keine %2 an; er nimmt an: %3.</translation>
    </message>
    <message>
        <source>%1 listens for %2 on port %3, not on port %4. Use port %3.</source>
        <translation>%1 wartet für %2 an Port %3, nicht an Port %4. Verwenden Sie Port %3.</translation>
    </message>
    <message>
        <source>%1 refused replication from %2: it has no authorization entry for it. Add one in the Replica server settings of %1, or allow replication from any authenticated server.</source>
        <translation>%1 hat die Replikation von %2 abgelehnt: Es gibt keinen Autorisierungseintrag dafür. Fügen Sie in den Replikatservereinstellungen von %1 einen hinzu, oder lassen Sie Replikation von jedem authentifizierten Server zu.</translation>
    </message>
    <message>
        <source>%1 could not reach %2 on port %3 with %4. Check that %2 is enabled as a Replica server, that its firewall allows inbound replication traffic (rule “Hyper-V Replica HTTP Listener (TCP-In)” or the HTTPS one), and that %1 can resolve its name in DNS.</source>
        <translation>%1 konnte %2 an Port %3 mit %4 nicht erreichen. Prüfen Sie, ob %2 als Replikatserver aktiviert ist, ob seine Firewall eingehenden Replikationsverkehr zulässt (Regel „Hyper-V-Replikat-HTTP-Listener (TCP eingehend)“ bzw. die HTTPS-Regel) und ob %1 seinen Namen im DNS auflösen kann.</translation>
    </message>
    <message>
        <source>%1 did not answer: %2 %3</source>
        <translation>%1 hat nicht geantwortet: %2 %3</translation>
    </message>
    <message>
        <source>%1 says: %2</source>
        <translation>%1 meldet: %2</translation>
    </message>
    <message>
        <source>Schedule the initial replication of %1 for %2</source>
        <translation>Erste Replikation von %1 für %2 planen</translation>
    </message>
    <message>
        <source>Export the initial copy of %1 to %2</source>
        <translation>Erstkopie von %1 nach %2 exportieren</translation>
    </message>
    <message>
        <source>Start the initial replication of %1 from the existing copy on the Replica server</source>
        <translation>Erste Replikation von %1 aus der vorhandenen Kopie auf dem Replikatserver starten</translation>
    </message>
    <message>
        <source>Start the initial replication of %1 over the network</source>
        <translation>Erste Replikation von %1 über das Netzwerk starten</translation>
    </message>
    <message>
        <source>Test the connection to the Replica server %1</source>
        <translation>Verbindung zum Replikatserver %1 testen</translation>
    </message>
    <message>
        <source>%1 (extended replication)</source>
        <translation>%1 (erweiterte Replikation)</translation>
    </message>
    <message>
        <source>Mark the existing copy of %1 as its Replica</source>
        <translation>Vorhandene Kopie von %1 als dessen Replikat kennzeichnen</translation>
    </message>
    <message>
        <source>Enable replication of %1 to %2</source>
        <translation>Replikation von %1 auf %2 aktivieren</translation>
    </message>
    <message>
        <source>Enable extended replication of %1 to %2</source>
        <translation>Erweiterte Replikation von %1 auf %2 aktivieren</translation>
    </message>
    <message>
        <source>Turn off the outdated copy of %1</source>
        <translation>Veraltete Kopie von %1 ausschalten</translation>
    </message>
    <message>
        <source>Mark the old copy of %1 as Replica (Set-VMReplication -AsReplica)</source>
        <translation>Alte Kopie von %1 als Replikat kennzeichnen (Set-VMReplication -AsReplica)</translation>
    </message>
    <message>
        <source>Reverse replication of %1: from now on it replicates to %2</source>
        <translation>Replikation von %1 umkehren: ab jetzt Replikation auf %2</translation>
    </message>
    <message>
        <source>Refresh %1. If the copy shows as Replica, run the wizard again; otherwise fix the cause.</source>
        <translation>Aktualisieren Sie %1. Wird die Kopie als Replikat angezeigt, starten Sie den Assistenten erneut; andernfalls beheben Sie die Ursache.</translation>
    </message>
    <message>
        <source>Nothing has changed. Fix the cause and try again.</source>
        <translation>Es hat sich nichts geändert. Beheben Sie die Ursache, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Refresh both hosts. If %1 shows as primary on %2, start the initial replication from its Replication menu; otherwise try again.</source>
        <translation>Aktualisieren Sie beide Hosts. Wird %1 auf %2 als primär angezeigt, starten Sie die erste Replikation über das Menü „Replikation“; andernfalls versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Replication of %1 is enabled, but the initial replication has not started. Start it from the Replication menu on %2, or remove replication on both hosts.</source>
        <translation>Die Replikation von %1 ist aktiviert, aber die erste Replikation hat nicht begonnen. Starten Sie sie über das Menü „Replikation“ auf %2, oder entfernen Sie die Replikation auf beiden Hosts.</translation>
    </message>
    <message>
        <source>Refresh %1. If the extended replication exists, start its initial replication from the Replication menu, or remove the extended replication.</source>
        <translation>Aktualisieren Sie %1. Besteht die erweiterte Replikation, starten Sie ihre erste Replikation über das Menü „Replikation“, oder entfernen Sie die erweiterte Replikation.</translation>
    </message>
    <message>
        <source>Turn off %1 on %2 yourself (it is the outdated copy), then reverse again.</source>
        <translation>Schalten Sie %1 auf %2 selbst aus (es ist die veraltete Kopie), und kehren Sie die Replikation dann erneut um.</translation>
    </message>
    <message>
        <source>Refresh %1. %2 is turned off there. If it shows as Replica waiting for initial replication, reverse again (the wizard skips this step); otherwise fix the cause and try again.</source>
        <translation>Aktualisieren Sie %1. %2 ist dort ausgeschaltet. Wird der Computer als Replikat angezeigt, das auf die erste Replikation wartet, kehren Sie die Replikation erneut um (der Assistent überspringt diesen Schritt); andernfalls beheben Sie die Ursache und versuchen es erneut.</translation>
    </message>
    <message>
        <source>%1 has failed over to %2 and is not protected. Refresh both hosts; if %2 shows it as primary, start the initial replication there, otherwise fix the cause and reverse again.</source>
        <translation>Für %1 wurde ein Failover auf %2 ausgeführt, und der Computer ist nicht geschützt. Aktualisieren Sie beide Hosts; zeigt %2 ihn als primär an, starten Sie dort die erste Replikation, andernfalls beheben Sie die Ursache und kehren die Replikation erneut um.</translation>
    </message>
    <message>
        <source>Replication of %1 is reversed, but the initial replication to %2 has not started. Start it from the Replication menu on %3.</source>
        <translation>Die Replikation von %1 ist umgekehrt, aber die erste Replikation auf %2 hat nicht begonnen. Starten Sie sie über das Menü „Replikation“ auf %3.</translation>
    </message>
    <message>
        <source>The Replica server does not accept replication from this server: it needs an authorization entry for it, or must allow any authenticated server.</source>
        <translation>Der Replikatserver nimmt keine Replikation von diesem Server an: Er braucht einen Autorisierungseintrag dafür oder muss jeden authentifizierten Server zulassen.</translation>
    </message>
    <message>
        <source>Hyper-V could not complete the step with these settings. For the Replica server, check that it is enabled, the port, the authentication type, DNS and the firewall.</source>
        <translation>Hyper-V konnte den Schritt mit diesen Einstellungen nicht abschließen. Prüfen Sie beim Replikatserver, ob er aktiviert ist, sowie Port, Authentifizierungstyp, DNS und Firewall.</translation>
    </message>
    <message>
        <source>Hyper-V refused: the virtual machine is not in a state that allows this step.</source>
        <translation>Hyper-V hat abgelehnt: Der virtuelle Computer ist in keinem Zustand, der diesen Schritt erlaubt.</translation>
    </message>
    <message>
        <source>Something this step would create already exists (for example, the old copy is still an active primary).</source>
        <translation>Etwas, das dieser Schritt anlegen würde, existiert bereits (zum Beispiel ist die alte Kopie noch ein aktiver primärer Computer).</translation>
    </message>
    <message>
        <source>Something this step needs was not found on the host.</source>
        <translation>Etwas, das dieser Schritt braucht, wurde auf dem Host nicht gefunden.</translation>
    </message>
    <message>
        <source>Hyper-V refused one of the settings.</source>
        <translation>Hyper-V hat eine der Einstellungen abgelehnt.</translation>
    </message>
</context>
<context>
    <name>_VMDialog</name>
    <message>
        <source>hvgui is not connected to %1.</source>
        <translation>hvgui ist nicht mit %1 verbunden.</translation>
    </message>
</context>
</TS>
