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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditColumn</name>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts and Accounts</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2, on %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnsTree</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
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
    <name>CrashDialog</name>
    <message>
        <source>hvgui ran into a bug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside hvgui. This is a bug, not a problem of your hosts. An operation that was running may not have finished: refresh and check the state. Please copy the report below and send it to the developers; it contains no passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit hvgui</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No virtual machine selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a virtual machine to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication Health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication is not enabled for this virtual machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a virtual machine to see its replication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended Replica Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication Frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n additional hourly recovery point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Latest recovery point only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery Points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Synchronized:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate (HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Virtual Machine:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message numerus="yes">
        <source>%n of the selected virtual machines could not be handled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual machine(s) selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>HealthInfo</name>
    <message>
        <source>Replication State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current Primary Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current Replica Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors encountered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful replication cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed replication cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synchronized at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of data yet to be replicated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostOperations</name>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host is removed from hvgui; its virtual machines are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyper-V Settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostPage</name>
    <message>
        <source>Virtual Machines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostState</name>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished">Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not responding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machines shown are the last known state, from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Retry to connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last known state from %1: %2 does not answer.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the host is running, that WinRM listens on the port, and that no firewall blocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host stopped answering in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host or the network may be overloaded or hung. hvgui stopped waiting so that the other hosts stay usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the host was lost in the middle of an operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step may or may not have run on the host. Refresh and check the state before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling and DNS, or use the host&apos;s IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s TLS certificate is not trusted by this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the SHA-256 fingerprint with the one on the host before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host&apos;s TLS certificate has changed since you trusted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This can mean the certificate was renewed, or that someone is intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host rejected the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the credentials and the authentication method of the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host does not accept PowerShell Remoting (WinRM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Enable-PSRemoting on the host, or check the port and the HTTP/HTTPS setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is not allowed to manage Hyper-V on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an account in the host&apos;s Hyper-V Administrators or Administrators group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hyper-V PowerShell module is not available on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the Hyper-V management tools for PowerShell on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyper-V reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation cannot be done in the current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hvgui has no connection to a host this operation needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to that host first (Connect to Server…), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine was not found on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been removed or renamed. Refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary virtual machine is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing over now starts a second copy while the first one keeps running and changing. Shut the primary down or use a planned failover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the step, the virtual machine is not in the state the step should have left it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation stopped at a step that did not succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password store (keyring) is available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept for this session only and will be asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobColumn</name>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsDock</name>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops before the next step; a step that runs is finished first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hyper-V Manager (hvgui)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operations Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyper-V Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About hvgui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hvgui %1
Hyper-V Replica management over WinRM, in the spirit of Hyper-V Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyper-V Settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <source>Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected virtual machine(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>Hyper-V Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All connected hosts and the replication overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Shut down the virtual machine %1 on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off the virtual machine %1 on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause replication of %1 on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume replication of %1 on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove replication of %1 on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail over %1 from %2 to %3 (planned failover)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail over %1 on %2 to the latest recovery point?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a test failover of %1 on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the test failover of %1 on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the failover of %1 on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the recovery points of %1 on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse replication of %1 so that %2 replicates to %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest operating system is asked to shut down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning off is like pulling the power plug: data the guest has not saved is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are collected on the primary server and sent when replication resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine stays. Only the relationship on this server is removed; remove it on the other server too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hvgui shuts the virtual machine down if it runs, sends the last changes, fails over to %3, reverses the replication direction and starts the virtual machine on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replica virtual machine is started on %2. Changes made on the primary server since the last replication are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test virtual machine is created from the latest recovery point and left turned off. Replication goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test virtual machine is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed-over virtual machine is turned off and its changes are discarded; replication continues as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This completes the failover: the other recovery points are deleted and the failover can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old primary server becomes the replica server and receives the changes from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was started on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was shut down on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was turned off on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication of %1 on %2 is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication of %1 on %2 is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication of %1 was removed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has failed over to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has failed over on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test virtual machine of %1 was created on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test failover of %1 on %2 was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failover of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failover of %1 on %2 is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication of %1 was reversed: %2 replicates to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pause replication of %n virtual machine(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resume replication of %n virtual machine(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start a test failover of %n virtual machine(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replication of %n virtual machine(s) is paused.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replication of %n virtual machine(s) is resumed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test virtual machines were created for %n virtual machine(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dialog for “%1” comes with the next version of hvgui. Until then, use Hyper-V Manager or PowerShell.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationDialog</name>
    <message>
        <source>Refresh the hosts and check the state of the virtual machine before you try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &amp;PowerShell…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop after this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you click “%1”, hvgui does the following, in this order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress (also shown in the jobs panel):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hvgui cannot tell whether this step ran on %1. It will not repeat it by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed before this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the next step, as you asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the hosts and check the state before you continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: the check before the first step found a problem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>%1 is still running on its primary server %2. Fail over anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both copies would run and change independently. Fail over anyway only if the primary server is cut off from its users.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Running</source>
        <translation type="unfinished">Wird ausgeführt</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>extended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewColumn</name>
    <message>
        <source>Virtual Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended Replica Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data at Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the last replication: the changes of this period would be lost if the primary failed now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Replication Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only relationships with a warning or critical health, a host in trouble, or overdue replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n relationship(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlannedFailoverDialog</name>
    <message>
        <source>Planned Failover for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned failover of %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A planned failover moves the virtual machine to its Replica server without losing data: it is shut down, the changes not yet replicated are sent, and the Replica virtual machine takes over. Use it for maintenance or when a disaster is expected. Your users cannot work with the virtual machine until it runs on the Replica server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisites and steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down the virtual machine first (through its operating system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reverse the replication direction after failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the Replica virtual machine after failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate thumbprint of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>40 hexadecimal characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fail Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hvgui is not connected to the Replica server %1. Connect to it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hvgui is not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is running. hvgui can shut it down as the first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is %1. A planned failover needs it turned off; saved or paused is not enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not enabled as a Replica server (Hyper-V Settings &gt; Replication Configuration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept the authentication this replication uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not authorize %2 as a primary server: add an authorization entry for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Replica virtual machine on %1 can take over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts replication from %2 (to reverse the direction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication will not be reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hvgui does not know the Replica server %1. Connect to it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the prerequisites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prerequisite is not met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine is running. Let hvgui shut it down first, or shut it down yourself and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Fix that first, or fail over without reversing the replication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication is in Critical health. A planned failover needs healthy replication; fix the cause and resume replication first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversing certificate-based replication needs the thumbprint of the new primary server&apos;s certificate (40 hexadecimal characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the data not yet replicated and prepare %1 for failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail over to the Replica virtual machine on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse the replication direction: %1 replicates to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unavailable to its users from the shutdown until it runs on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without reversing, %1 on %2 is not protected by replication until you reverse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You start %1 on %2 yourself afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays turned off on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else has changed. Shut %1 down from inside the guest or turn it off, then run the planned failover again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh %1. If %2 shows “Prepared for planned failover”, either cancel it (Cancel Failover on %1) and start it again, or fail over on %3 (Failover…). Otherwise start %2 on %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is turned off on %2. Start it again there, or fix the cause and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh %1. If %2 shows “Failover complete” there, do not fail over again: reverse the replication on %1, or cancel the failover on %1 and then on %3. Otherwise %2 is prepared on %3: cancel there (Cancel Failover) and start it, or retry with Failover… on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is prepared for planned failover on %2 and cannot start there. Cancel it there (Cancel Failover) and start it, or retry with Failover… on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has failed over to %2, but replication was not reversed. Make %3 a Replica server that authorizes %2, then use Reverse Replication… on %2; or cancel the failover on %2 and on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has failed over. Refresh %2 and start it there yourself (it may already run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now belongs to %2 and replicates back to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication was not reversed: %1 on %2 is not protected. Use Reverse Replication… on %2 when %3 is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover completed successfully.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowerShellDialog</name>
    <message>
        <source>PowerShell: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hvgui sends these commands, each in a session to the host named in its comment. You can copy them to run them yourself or to keep them with your change record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerShell – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the commands hvgui sends, in this order, each on the host named in its comment. Before the first one it reads the hosts to check that every step can succeed.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication failed; Hyper-V stopped sending changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resynchronization required: resume replication to start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resynchronization is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resynchronizing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial replication has not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial replication in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the initial copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared for planned failover: fail over on the replica or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed over: remove the recovery points or cancel the failover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed over: reverse replication to protect the virtual machine again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the replica&apos;s disks failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No replication for %1 (expected every %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never replicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host does not answer; this is the last known state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected: only the receiving side is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected: only the sending side is known.</source>
        <translation type="unfinished"></translation>
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
    <name>ReplicationWizard</name>
    <message>
        <source>View PowerShell…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerInfo</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable this computer as a Replica server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerberos port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow replication from any authenticated server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default storage location</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connecting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in trouble</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepStatus</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished">Wird ausgeführt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (connection lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run</source>
        <translation type="unfinished"></translation>
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
    <name>VmColumn</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Replication</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation type="unfinished">Mit &amp;Server verbinden…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh every host now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication &amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Problems Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add/Remove &amp;Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About hvgui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyper-V Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication Configuration of this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the host again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardText</name>
    <message>
        <source>certificate-based authentication (HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerberos authentication (HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerberos (HTTP) and certificates (HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificates (HTTPS) only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerberos (HTTP) only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Kerberos (HTTP) on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificates (HTTPS) on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Replica server. It accepts %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It accepts replication from any authenticated server (storage: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It accepts replication from %1 (authorization entry %2, storage: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not enabled as a Replica server. On %1, open Hyper-V Settings &gt; Replication Configuration, tick “Enable this computer as a Replica server”, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept replication from %2: it accepts only the servers in its authorization list (Get-VMReplicationAuthorizationEntry). In the Replica server settings of %1, add an authorization entry for %2, or allow replication from any authenticated server. Then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept %2; it accepts %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 listens for %2 on port %3, not on port %4. Use port %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused replication from %2: it has no authorization entry for it. Add one in the Replica server settings of %1, or allow replication from any authenticated server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not reach %2 on port %3 with %4. Check that %2 is enabled as a Replica server, that its firewall allows inbound replication traffic (rule “Hyper-V Replica HTTP Listener (TCP-In)” or the HTTPS one), and that %1 can resolve its name in DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule the initial replication of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the initial copy of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the initial replication of %1 from the existing copy on the Replica server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the initial replication of %1 over the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection to the Replica server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (extended replication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the existing copy of %1 as its Replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable replication of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable extended replication of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off the outdated copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the old copy of %1 as Replica (Set-VMReplication -AsReplica)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse replication of %1: from now on it replicates to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh %1. If the copy shows as Replica, run the wizard again; otherwise fix the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed. Fix the cause and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh both hosts. If %1 shows as primary on %2, start the initial replication from its Replication menu; otherwise try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication of %1 is enabled, but the initial replication has not started. Start it from the Replication menu on %2, or remove replication on both hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh %1. If the extended replication exists, start its initial replication from the Replication menu, or remove the extended replication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off %1 on %2 yourself (it is the outdated copy), then reverse again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh %1. %2 is turned off there. If it shows as Replica waiting for initial replication, reverse again (the wizard skips this step); otherwise fix the cause and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has failed over to %2 and is not protected. Refresh both hosts; if %2 shows it as primary, start the initial replication there, otherwise fix the cause and reverse again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication of %1 is reversed, but the initial replication to %2 has not started. Start it from the Replication menu on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Replica server does not accept replication from this server: it needs an authorization entry for it, or must allow any authenticated server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyper-V could not complete the step with these settings. For the Replica server, check that it is enabled, the port, the authentication type, DNS and the firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyper-V refused: the virtual machine is not in a state that allows this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something this step would create already exists (for example, the old copy is still an active primary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something this step needs was not found on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyper-V refused one of the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
