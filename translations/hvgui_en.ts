<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Action</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut Down…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn Off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable Replication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned Failover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Failover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Test Failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend Replication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Initial Replica…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Recovery Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse Replication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View Replication Health…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Replication</source>
        <translation type="unfinished"></translation>
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
    <name>Authentication</name>
    <message>
        <source>Kerberos authentication (HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate-based authentication (HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerberos (HTTP) only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificates (HTTPS) only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerberos (HTTP) and certificates (HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BeforeYouBeginPage</name>
    <message>
        <source>Before You Begin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelFailoverDialog</name>
    <message>
        <source>Cancel Failover for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the failover of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;Failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is turned off, and every change made in it since the failover is lost. It goes back to being a Replica, and you can fail over again, to another recovery point if you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned failover is cancelled: %1 can start again on %2, and replication resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 is prepared for planned failover on %2, that is cancelled too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failover was completed (recovery points removed) and cannot be cancelled any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the failover on %1 (turn the virtual machine off, discard its changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the planned failover on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh %1 and cancel again if it still shows the failover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failover was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatePrompt</name>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 has changed. hvgui does not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You trusted a different certificate for this server. The certificate may have been renewed, or someone may be intercepting the connection and reading your password. Ask the server&apos;s administrator, or check the fingerprint on the server yourself. If the new certificate is correct, remove the server from hvgui and add it again to trust the new certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server now presents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity of %1 cannot be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its certificate was not issued by an authority this computer trusts; WinRM servers often use a self-signed certificate. If you trust this certificate, hvgui remembers its fingerprint for this server and from then on connects only when the server presents exactly this certificate. Trust it only if the fingerprint below matches the one on the server: if they differ, someone may be intercepting the connection. Alternatively, cancel and enter the CA file of the authority that issued the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To read it on the server, run these commands in PowerShell as administrator. The first shows the CertificateThumbprint of the HTTPS listener; put it into the second. That thumbprint is a SHA-1 hash and looks different: compare the SHA-256 that the last command prints (with dashes instead of colons).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hvgui manages the server through PowerShell Remoting (WinRM). The account needs to be a member of Hyper-V Administrators or Administrators on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate trusted; connecting again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The server answered as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached now. Add it anyway? hvgui keeps trying in the background and shows the problem next to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. hv01.contoso.com or 192.0.2.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;HTTPS (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiate (Kerberos or NTLM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic (HTTPS only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CredSSP (needs requests-credssp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password store (keyring) was found on this computer: the password is kept for this session only and asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: trust the certificates this CA issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name or IP address of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter only the server name, without http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter only the server name, without a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name in the User name field, not with the server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the port in the Port field, not after the server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic authentication sends the password readable on the network; it is allowed only with HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CredSSP needs the Python package requests-credssp, which is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 authentication needs a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password for this user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server named %1 is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic is available only with HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CredSSP needs the Python package requests-credssp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAIN\user, or empty for your current sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAIN\user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: your current sign-in is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA Certificate File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Specify Connection Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the data is sent to the Replica server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica server &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;Kerberos authentication (HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use certificate-based &amp;authentication (HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ertificate (thumbprint):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>40 hexadecimal characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compress the data that is transmitted over the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the port as a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate %1 authenticates with: its thumbprint has 40 hexadecimal characters (0-9, A-F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hvgui is not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection test was successful.</source>
        <translation type="unfinished"></translation>
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
        <translation>
            <numerusform>%n additional hourly recovery point</numerusform>
            <numerusform>%n additional hourly recovery points</numerusform>
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
    <name>EnableReplicationWizard</name>
    <message>
        <source>Enable Replication for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wizard sets up replication of %1 from %2 to a Replica server: %2 then sends every change to the Replica server, so that you can fail over to the copy there if %2 fails.

Before you begin, make sure that:
•  the Replica server is enabled as a Replica server and accepts replication from %2 (Hyper-V Settings &gt; Replication Configuration);
•  hvgui is connected to the Replica server as well;
•  the firewall of the Replica server allows inbound replication traffic;
•  the Replica server has enough storage for a copy of the virtual machine.

The wizard checks these for you and says what to do when something is missing. Nothing changes until you click Enable Replication on the Summary page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Replica server for %1. The wizard asks the server for its settings and checks that it accepts replication from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the network is simplest. Use external media when the copy is too large for the link, and an existing virtual machine when a copy of this one (restored from a backup) is already on the Replica server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not replicated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual hard disks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling replication of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication of %1 from %2 to %3 is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: connect the network adapters of the Replica virtual machine to virtual switches on %1 (Hyper-V does not do this), and run a test failover once the initial replication has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit Authorization Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Authorization Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow a primary server to replicate to %1. Use its fully qualified name, or a wildcard for the first part to allow every server of a domain (*.contoso.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Primary server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Storage location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hv-host.contoso.com or *.contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder on the Replica server, like E:\Replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary servers in the same trust group may take over each other&apos;s virtual machines, for example the nodes of one cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the primary server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a server name. Use letters, digits, hyphens and dots; a wildcard may only stand for the whole first part, as in *.contoso.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an entry for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the folder where the replicas of this server are stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a full path on the Replica server, like E:\Replica or \\server\share\Replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a trust group.</source>
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
    <message>
        <source>Stopped at step %1 of %2, “%3” on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hvgui cannot tell whether this step ran on %1; it will not repeat it by itself.</source>
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
        <source>Refresh %1 and check the state of the virtual machine before you try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtendReplicationWizard</name>
    <message>
        <source>Extend Replication for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extend Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wizard extends the replication of %1: %2 receives its changes from %3 and will send them on to a third server, the extended Replica server. You then have a copy in a third place.

Before you begin, make sure that:
•  the extended Replica server is enabled as a Replica server and accepts replication from %2;
•  hvgui is connected to it as well;
•  its firewall allows inbound replication traffic, and it has enough storage for the copy.

Extended replication sends changes every 5 or 15 minutes and creates no application-consistent recovery points. Nothing changes until you click Extend Replication on the Summary page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the extended Replica server: the third server that receives %1 from %2. It cannot be %2 itself or the primary server %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the primary server of %2. Extended replication goes to a third server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 receives the changes from %2 every %3. Extended replication sends them on every 5 or 15 minutes, and not more often than they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended replication sends changes every 5 or 15 minutes; 30 seconds is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 receives the changes only every %2, so extended replication cannot send them more often. Choose %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended replication creates no application-consistent (VSS) recovery points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica of %1 on %2 (primary server: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended Replica server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extending replication of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication of %1 is extended: %2 sends the changes it receives from %3 on to %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailoverDialog</name>
    <message>
        <source>Failover for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail over %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Failover when the primary server %1 has failed or cannot be reached: the Replica virtual machine on %2 takes over from the recovery point you choose, and changes made on the primary after that point are lost. If %1 still works, use Planned Failover on the primary instead: it sends the remaining changes first and loses nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is prepared for planned failover on %2: all its changes have arrived, so the latest recovery point loses no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the Replica virtual machine after failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reverse the replication direction after failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still running on %2, and %2 answers. Failing over now starts a second copy while the first one keeps running and changing: both copies diverge (split brain), and the changes of one of them are lost. Shut %1 down on %2 or use Planned Failover instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary virtual machine is cut off from its users; fail over anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the primary server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail Over &amp;Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fail Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hvgui is not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading recovery points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a Replica virtual machine can fail over here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that the primary virtual machine is cut off, or cancel and shut it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse the replication direction: %1 replicates to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the latest recovery point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail over %1 on %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterwards, check the virtual machine. Then either keep this failover with Remove Recovery Points, or discard it with Cancel Failover (for example to choose another recovery point).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed on %1. Fix the cause and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh %1. If %2 shows “Failover complete”, do not fail over again: start it, then Remove Recovery Points or Cancel Failover. Otherwise try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has failed over on %2 but did not start. Start it there yourself, then Remove Recovery Points or Cancel Failover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover completed successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now belongs to %2 and replicates back to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the virtual machine now. When it is good, click Remove Recovery Points to complete the failover; to discard it, click Cancel Failover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Recovery Points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;Failover…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to hvgui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No servers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hvgui manages Hyper-V Replica on Hyper-V servers through PowerShell Remoting, like Hyper-V Manager, and shows every replication relationship across all servers at once.

Open the demo lab to try it safely: three simulated Hyper-V servers with replicated virtual machines run inside hvgui, and nothing on your network is touched. Or connect to one of your Hyper-V servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrequencyPage</name>
    <message>
        <source>Configure Replication Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how often changes are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the frequency at which changes will be sent to the Replica server:</source>
        <translation type="unfinished"></translation>
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
    <name>HealthPane</name>
    <message>
        <source>Replication State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current Primary Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current Replica Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication Health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average latency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors encountered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful replication cycles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of data yet to be replicated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test failover status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last test failover initiated at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synchronized at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics for the monitoring period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by hvgui while it was running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data yet to be replicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart fills in as hvgui measures (at every refresh, and every 30 seconds while this window is open).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyper-V reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(extended replication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyper-V reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication is in an error state: changes are not replicated. Fix the cause (often the network or the Replica server), then resume replication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resynchronization is required: the copies may differ. Resume replication to resynchronize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication is paused; changes are collected and sent after you resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication is paused on the Replica server: the primary server cannot send its changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial replication has not completed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine is prepared for planned failover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine has failed over, but replication has not been reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resynchronization is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than a fifth of the replication cycles were missed in this period (%1 of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was replicated for more than an hour (last at %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average latency is above 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication is healthy: changes arrive in time and no cycles are missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replication error(s) in this period.</source>
        <translation>
            <numerusform>%n replication error in this period.</numerusform>
            <numerusform>%n replication errors in this period.</numerusform>
        </translation>
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
        <translation type="unfinished"></translation>
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
        <source>Since %1.</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not saved, or the password store did not return it. Enter it to connect.</source>
        <translation type="unfinished"></translation>
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
        <source>hvgui is no longer connected to the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the host again, then repeat what you were doing.</source>
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
        <source>The operation was cancelled before its next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps already done stay done; refresh to see the state now.</source>
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
    <name>HyperVSettingsDialog</name>
    <message>
        <source>Hyper-V Settings for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable this computer as a Replica server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication and ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;Kerberos (HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use certificate-based Authentication (HTTP&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify the port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate thumbprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>40 hexadecimal characters, from the host&apos;s personal store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization and storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow replication from &amp;any authenticated server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default location to store Replica files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow replication from the speci&amp;fied servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the firewall: this page does not open it. On the Replica server, enable the inbound rule “Hyper-V Replica HTTP Listener (TCP-In)” for Kerberos or “Hyper-V Replica HTTPS Listener (TCP-In)” for certificates, e.g. Enable-NetFirewallRule -Name VIRT-HVRHTTPL-In-TCP-NoScope (VIRT-HVRHTTPSL-In-TCP-NoScope for HTTPS). If you use other ports, create rules for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hvgui is not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Replica server settings of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Kerberos, certificate-based authentication, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kerberos port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerberos and certificate-based authentication need different ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate-based authentication needs the thumbprint of the host&apos;s certificate (40 hexadecimal characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the default storage location as a full path on the host, like E:\Replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one authorization entry, or allow replication from any authenticated server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the authorization entry for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the authorization entry for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize %1 as a primary server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the Replica server settings on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1 from being a Replica server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stops accepting replication. Virtual machines replicating to it will report errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machines that already replicate here keep their settings. Check the firewall rule afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Replica server settings were applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the firewall does not allow inbound replication traffic yet, enable the rule now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportInitialReplicaDialog</name>
    <message>
        <source>Import Initial Replica for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the initial copy of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary server exported the initial copy into a folder named “%1_%2”. Bring it to %3 (a local disk or a share the host can read) and enter the full path of that folder as %3 sees it. Replication starts when the import completes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder on the Replica server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example E:\Import\%1_%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete Initial Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This virtual machine does not wait for an initial copy (it is: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the folder that holds the exported initial copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a full path as the host sees it, like E:\Import\… or \\server\share\….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the initial copy from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path: the folder is named “%1_%2” and must be readable by %3. Then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial copy was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication continues over the network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitialPage</name>
    <message>
        <source>Choose Initial Replication Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the first full copy is sent, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial replication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send initial copy over the &amp;network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send initial copy using &amp;external media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location on %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example E:\Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an existing virtual machine on the Replica server as the initial &amp;copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule initial replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start replication &amp;immediately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start replication &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the initial copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the initial copy: being read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the initial copy: not known (%1 could not read the virtual hard disk files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the initial copy: not known (the host did not report it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the folder on %1 where the initial copy is saved, for example on an external disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start time %1 is in the past. Choose a time within the next 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start time %1 is more than 7 days ahead. Hyper-V can schedule the initial replication at most 7 days in advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no copy of %2 (a virtual machine with the same ID). Restore or import the copy there first, or choose another method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a virtual machine with the ID of %2. Use it as the initial copy, or remove it from %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a copy of %1 on %2…</source>
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
    <name>JobTexts</name>
    <message>
        <source>Enable replication of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the initial copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend replication of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the failover of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the failover of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication health of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the replication statistics of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery points of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause replication of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume replication of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resynchronize %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned failover of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove replication of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse replication of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication configuration of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test failover of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the test failover of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down the virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off the virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the existing copy as the replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection to the Replica server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the initial replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the initial copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the failover on the Replica server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the planned failover on the primary server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the failover (deletes the other recovery points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure the replication health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the replication statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the recovery points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resynchronize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the last changes and prepare for failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off the old copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the old copy as the replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the Replica server settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the test virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the test failover (deletes the test virtual machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove extended replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the authorization entry for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the authorization entry for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize %1 as a primary server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking preconditions</source>
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
    <name>OldPrimaryPage</name>
    <message>
        <source>Prepare the Old Primary Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off the outdated copy and make it the Replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old copy of %1 on %2 is now: %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is already turned off and marked as Replica, so nothing needs to be done on %2. The wizard skips this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failover to %3 was unplanned, so this copy on %2 is outdated. Before %3 can replicate to %2, the old copy must be:
1.  turned off (if it is running, like pulling the plug; anything changed in it since the failover is lost), and
2.  marked as Replica of %3 (Set-VMReplication -AsReplica on %2).

Hyper-V Manager cannot do this step; hvgui does it on %2 when you tick the box. The outdated copy is then overwritten by the initial replication from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Turn off %1 on %2 and mark it as the Replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still running on %2. Hyper-V can reverse replication only after this step: tick the box, or turn it off and mark it as Replica yourself, then run the wizard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyper-V can reverse replication only after this step: tick the box, or mark the old copy as Replica yourself, then run the wizard again.</source>
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
        <source>&amp;Run</source>
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
        <source>Stopped at step %1 of %2: %3</source>
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
        <translation type="unfinished"></translation>
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
        <source>Extended Replica</source>
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
        <translation>
            <numerusform>%n relationship</numerusform>
            <numerusform>%n relationships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Pause Replication for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause replication of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This virtual machine replicates twice. Which replication do you want to pause?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended replication from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes are sent until you resume. The primary server keeps collecting them in its log files and sends them after Resume Replication; the log files grow while it is paused, and no new recovery points are created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing on the Replica server blocks the primary too: replication health becomes Critical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine is not replicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication cannot be paused while it is: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the extended replication of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause replication of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume it with Resume Replication.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannedFailoverChecks</name>
    <message>
        <source>It is running. hvgui can shut it down as the first step.</source>
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
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n selected virtual machine(s)</source>
        <translation>
            <numerusform>%n selected virtual machine</numerusform>
            <numerusform>%n selected virtual machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pause replication of %n virtual machine(s)?</source>
        <translation>
            <numerusform>Pause replication of %n virtual machine?</numerusform>
            <numerusform>Pause replication of %n virtual machines?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resume replication of %n virtual machine(s)?</source>
        <translation>
            <numerusform>Resume replication of %n virtual machine?</numerusform>
            <numerusform>Resume replication of %n virtual machines?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start a test failover of %n virtual machine(s)?</source>
        <translation>
            <numerusform>Start a test failover of %n virtual machine?</numerusform>
            <numerusform>Start a test failover of %n virtual machines?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replication of %n virtual machine(s) is paused.</source>
        <translation>
            <numerusform>Replication of %n virtual machine is paused.</numerusform>
            <numerusform>Replication of %n virtual machines is paused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replication of %n virtual machine(s) is resumed.</source>
        <translation>
            <numerusform>Replication of %n virtual machine is resumed.</numerusform>
            <numerusform>Replication of %n virtual machines is resumed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test virtual machines were created for %n virtual machine(s).</source>
        <translation>
            <numerusform>A test virtual machine was created for %n virtual machine.</numerusform>
            <numerusform>Test virtual machines were created for %n virtual machines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected virtual machines could not be handled.</source>
        <translation>
            <numerusform>%n of the selected virtual machines could not be handled.</numerusform>
            <numerusform>%n of the selected virtual machines could not be handled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual machine(s) selected.</source>
        <translation>
            <numerusform>%n virtual machine selected.</numerusform>
            <numerusform>%n virtual machines selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PowerShellDialog</name>
    <message>
        <source>PowerShell for %1</source>
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
</context>
<context>
    <name>PreconditionTexts</name>
    <message>
        <source>Connect to %1 first; this operation needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the time at which %1 should start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start time for %1 needs a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start time for %1 is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start time for %1 is more than 7 days ahead; Hyper-V allows at most 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 (extended replication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replication frequency must be one of 30, 300, 900 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional recovery points cover 0 to 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application-consistent points need additional recovery points, come every 1 to 12 hours, and are not available for extended replication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authentication needs a certificate thumbprint, and Kerberos none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder the initial copy is exported to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using an existing copy on the Replica server needs the primary server&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is already replicated (role: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder that holds the exported initial copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 does not wait for an initial copy (role: %3, state: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replication frequency must be one of 300, 900 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the initial replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no copy of %2 with the same Id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of %1 on %2 must be turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a virtual machine with the Id of %2. Use it as the initial copy, or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of %1 on %2 is replicated itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the virtual machine is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the virtual machine is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the virtual machine is not turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a replica virtual machine can only start after a failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the virtual machine is prepared for a planned failover; cancel the failover first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replication is not in a state that allows this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the replica has not received any replication yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replication is being resynchronized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a test failover is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replication is already extended to a third host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VM replicates on to a third host (extended replication); a VM can have only one replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended replication starts with the network or external media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a replica VM can extend replication; the role of %1 on %2 is “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication of %1 cannot be extended: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended replication cannot be more frequent than %1&apos;s replication to %2 (%3 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a virtual machine with the Id of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen recovery point no longer exists (Hyper-V prunes and merges points over time). Refresh the list and choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 cannot fail over: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the replica side, the primary side or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no failover of %1 to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replication state of %1 on %2 is “%3”; only a failover that waits for completion can be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still in the state “%2” on %3, which answers. Prefer a planned failover, or shut it down before failing over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failover of %1 on %2 was completed (recovery points removed) and cannot be cancelled any more. Reverse replication instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not replicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported no replication health for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is not a replica; only replicas have recovery points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replication state of %1 is “%2”; it cannot be paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication of %1 needs a resynchronization; resume it with Resynchronize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replication state of %1 is “%2”; nothing to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication of %1 is running normally. To force a resynchronization, let hvgui pause it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replication state of %1 is “%2”; it cannot be resynchronized now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resynchronization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state of %1 on %3 is “%2”. A planned failover needs it turned off; saved or paused is not enough. Start it and shut it down, or turn it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is not a primary VM (its role is “%3”); a planned failover starts on the primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already prepared for planned failover on %2. Fail over on %3, or cancel the failover to start it again on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A planned failover of %1 is not possible: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication of %1 is in Critical health. A planned failover needs healthy replication; fix the cause and resume replication first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 replicates to %3, not to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is running on %2. Shut it down first, or let the planned failover shut it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication cannot be reversed: %1. Fail over without reversing, or remove the extended replication first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication uses certificates: reversing it needs the thumbprint of %1&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication could not be reversed afterwards: %1 Fix that first, or fail over without reversing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off %1 is not possible: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1 is not possible: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down %1 is not possible: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not enabled as a Replica server (Hyper-V Settings &gt; Replication Configuration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not authorize %2 as a primary server: add an authorization entry for it in its Replica server settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this action does not apply to the virtual machine&apos;s replication role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no virtual machine %2 (Id %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept %2; it accepts %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 listens for %2 on port %3, not on port %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one host to remove replication on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 still replicates on to a third host. Remove the extended replication first (choose it too, before this side).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 does not extend replication to a third host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application-consistent points need additional recovery points and come every 1 to 12 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 has not failed over (role: %3, state: %4); replication is reversed after a failover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replicates on to a third host from %2. A VM has only one replica: continue the extended replication instead, or remove it before reversing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is not prepared for failover: this was not a planned failover. Reverse it as after an unplanned failover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authentication needs the thumbprint of %1&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server names of both hosts as Hyper-V replication uses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is prepared for a planned failover; reverse it as after a planned failover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old copy of %1 on %2 has the role “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate-based authentication needs a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowing replication from any server needs a default storage location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization entries apply only when replication is allowed from the specified servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no authorization entry for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has an authorization entry for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server name; a wildcard may only stand for the first part, as in *.contoso.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry for %1 needs a storage location and a trust group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name: enter only the name or IP address, without spaces, scheme, path or user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535 (0 for the default), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown authentication &apos;%1&apos;; choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic authentication sends the password readable by anyone on the network; it is only allowed over HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CredSSP needs the Python package requests-credssp, which is not installed. Install it or choose another authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted certificate fingerprint must be 64 hexadecimal digits (SHA-256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hvgui could not set up a connection to %1 with its settings; the log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test failover of %1 is already running on %2; stop it first (one at a time per VM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 cannot be tested: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test failover of %1 is running on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
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
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking both servers before the first step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped as you asked, before the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. The check found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the wizard, fix the cause, and run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at step %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” on %2 did not succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hvgui cannot tell whether this step ran on the server, and will not repeat it by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed before this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>The virtual machine is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine must be turned off first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Replica virtual machine can be started only after a failover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine is prepared for planned failover. Cancel the failover to start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication is not in a state that allows this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Replica has not received any replication yet; initial replication must finish first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible while the virtual machine resynchronizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test failover is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication is already extended to a third server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible while extended replication exists: a virtual machine can have only one Replica. Remove extended replication first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host is not connected.</source>
        <translation type="unfinished"></translation>
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
    <name>RecoveryPage</name>
    <message>
        <source>Configure Additional Recovery Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which points in time you can fail over to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Replica keeps the latest recovery point. It can keep older points as well, so that you can go back to a time before a problem started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maintain only the latest recovery point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create additional &amp;hourly recovery points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage provided by additional recovery points (in hours):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume Shadow Copy Service (VSS) snapshot frequency (in hours):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyper-V keeps additional recovery points for 1 to 24 hours. Enter a number in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application-consistent (VSS) points can be created every 1 to 12 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Application-consistent (VSS) points must fall within the time the recovery points cover. Choose a VSS frequency of at most %n hour(s).</source>
        <translation>
            <numerusform>Application-consistent (VSS) points must fall within the time the recovery points cover. Choose a VSS frequency of at most %n hour.</numerusform>
            <numerusform>Application-consistent (VSS) points must fall within the time the recovery points cover. Choose a VSS frequency of at most %n hours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryPointPicker</name>
    <message>
        <source>standard (crash-consistent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application-consistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned failover (complete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading recovery points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest Recovery Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery points could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest recovery point holds what arrived up to %1. Changes made on the primary virtual machine after that are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made on the primary virtual machine after the last replication are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made after %1 are lost, including those in newer recovery points.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveRecoveryPointsDialog</name>
    <message>
        <source>Remove Recovery Points for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the failover of %1 on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Recovery Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This keeps the failover of %1: the recovery point it runs from becomes permanent and all other recovery points on %2 are deleted. The failover can no longer be cancelled, and no other recovery point can be chosen. Afterwards, reverse the replication to protect the virtual machine again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a failover that is not yet completed can be completed (the state is: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the failover on %1 and delete the other recovery points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failover is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not protected now. Use Reverse Replication… on %2 to replicate it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveReplicationDialog</name>
    <message>
        <source>Remove Replication for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove replication of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each server keeps its own end of the replication. Choose where to remove it; usually on all of them. No virtual machine is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 (primary server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stops tracking and sending changes. The virtual machine keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 (Replica server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Replica virtual machine stays on %1, turned off, with its disks. Delete it yourself, or use it as the initial copy when you enable replication again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended replication from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stops sending changes to the extended Replica server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 (extended Replica server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extended Replica virtual machine stays on %1, turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one server to remove replication on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Replica server also sends to an extended Replica server. Remove the extended replication too, or keep the Replica side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication stays configured on %1; that end will report errors until you remove it there too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the extended replication of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove replication of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh %1 and remove replication there again if it is still shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplicaServerPage</name>
    <message>
        <source>Specify Replica Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the server that keeps the copy of the virtual machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replica server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or FQDN of a connected server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the Replica server, or choose a connected server from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test from %1: successful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hvgui is not connected to %1. Connect to it first (Connect to Server…), then check again: the wizard works on both servers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplicationHealth</name>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplicationHealthDialog</name>
    <message>
        <source>Replication Health for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &amp;PowerShell…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting the statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Statistics (starts a new monitoring period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure the replication (Refresh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Replication Health As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplicationMode</name>
    <message>
        <source>Not replicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended replica</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplicationState</name>
    <message>
        <source>Not enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending initial replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial replication in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for initial replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared for planned failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed over, not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resynchronization required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resynchronizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resynchronization paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failback in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failback complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk update in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk update error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repurposing in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared for synchronous replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared for group reverse replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test failover in progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplicationWizard</name>
    <message>
        <source>View PowerShell…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this wizard does, and what it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the server %2 runs on. Choose another server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps run one after the other. The Operations panel shows them as well.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoredHosts</name>
    <message>
        <source>The list of saved servers could not be read. hvgui started without it; the damaged file was kept (see Details).</source>
        <translation type="unfinished"></translation>
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
    <name>ResumeDialog</name>
    <message>
        <source>Resume Replication for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume replication of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication needs a resynchronization: the copies on the two servers may differ, so Hyper-V cannot just send the collected changes. Resynchronize now or choose a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication is: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume replication (send the changes collected meanwhile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resynchronize &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resynchronize &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resynchronization compares the virtual hard disks on both servers block by block and sends the differences. It loads disks and network and can take hours, so outside business hours is best. It deletes all recovery points; new ones are created afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine is not replicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to resume: replication is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start time is in the past. Choose a time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start time is more than 7 days ahead; Hyper-V allows at most 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resynchronize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes collected on the primary server are sent to the Replica server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resynchronization starts at %1. Until then the virtual machine is not protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resynchronization starts now. All recovery points are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resynchronize %1 on %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resynchronize %1 on %2 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause replication of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh %1. If replication is still paused or in error, fix the cause and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resynchronization is scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resynchronization has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReverseReplicationWizard</name>
    <message>
        <source>Reverse Replication Wizard for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reverse Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has failed over to %2 and runs there, but nothing protects it yet. This wizard reverses replication: %2 becomes the primary server and replicates %1 back to %3, the old primary server.

Before you begin, make sure that:
•  %3 is running again and hvgui is connected to it;
•  %3 is enabled as a Replica server and accepts replication from %2;
•  the firewall of %3 allows inbound replication traffic.

After an unplanned failover, the old copy on %3 is outdated: it must be turned off and marked as Replica first. Hyper-V Manager cannot do this step; this wizard does it for you, after asking. Nothing changes until you click Reverse Replication on the Summary page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication is reversed towards the old primary server %1. The wizard checks that hvgui is connected to it, that it accepts replication from %2, and how the failover was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer has a copy of %2, so there is nothing to reverse to. Remove replication of %2 on %3 and enable replication again instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old copy on %1 is prepared for failover: this was a planned failover, and replication simply turns around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was an unplanned failover: the old copy on %1 is outdated. The next page explains what happens to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a planned failover, the port and the authentication stay as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-filled from the replication before the failover: %1 sent the changes to %2 every %3. The reversed replication sends them from %2 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-filled from the replication before the failover. The recovery points of the reversed replication are kept on %1, the new Replica server, and start with the first changes %2 sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial copy goes over the network from %1 to %2. It replaces the outdated copy on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the initial replication of %1 to %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the initial replication of %1 to %2 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, failed over to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Replica server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the old primary server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unplanned: the old copy is replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data is compressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data is not compressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression is pre-filled from the replication before the failover: the data was compressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression is pre-filled from the replication before the failover: the data was not compressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial replication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the failover: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversing replication of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication of %1 is reversed: %2 now replicates it to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication continues where it stopped; no initial copy is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial replication starts at the scheduled time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial replication now runs in the background; the replication state of the virtual machine shows when it has finished.</source>
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
    <name>SettingsWizard</name>
    <message>
        <source>%1, port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data is compressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data is not compressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the initial copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterwards, take the media to %1 and import the copy there (Replication &gt; Import Initial Replica).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial replication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial replication starts at the scheduled time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial copy is being saved to the external media. Take it to %1 and import it there with Replication &gt; Import Initial Replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial replication now runs in the background; the replication state of the virtual machine shows when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details</source>
        <translation type="unfinished"></translation>
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
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connecting</source>
        <translation>
            <numerusform>%n connecting</numerusform>
            <numerusform>%n connecting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in trouble</source>
        <translation>
            <numerusform>%n in trouble</numerusform>
            <numerusform>%n in trouble</numerusform>
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
        <translation type="unfinished"></translation>
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
    <name>StopTestFailoverDialog</name>
    <message>
        <source>Stop Test Failover for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the test failover of %1 on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Test Failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test virtual machine “%1” is turned off and deleted, with every change made in it during the test. The Replica virtual machine and its replication are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off and delete the test virtual machine “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test failover was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what will happen. Nothing has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you click %1, hvgui does exactly these steps, in this order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the first step, hvgui checks both servers again. The operation also appears in the Operations panel. “View PowerShell…” shows the commands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestFailoverDialog</name>
    <message>
        <source>Test Failover for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test failover of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test failover creates a separate test virtual machine from a recovery point, so you can check that the Replica would work. Replication goes on during the test, and the production virtual machine is not affected. Stop the test failover when you are done: that deletes the test virtual machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test virtual machine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the test virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the network settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the test switch %1 (the adapters&apos; Test Failover setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to any network: no Test Failover switch is set for its network adapters on this host. That keeps the test away from the production network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hvgui is not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading recovery points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test failover is already running. Stop it first (one at a time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a Replica virtual machine can be tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test virtual machine “%1” is created on %2. It uses disk space there until you stop the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the latest recovery point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the test virtual machine “%1” from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the test virtual machine “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed on %1. Fix the cause and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh %1. If “%2” exists, use it or stop the test failover (Stop Test Failover).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test virtual machine “%1” was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you have finished testing, use Stop Test Failover on the Replica virtual machine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VMState</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved (fast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving (fast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced shutdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hibernated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component servicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (storage inaccessible)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VhdPage</name>
    <message>
        <source>Choose Replication VHDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the virtual hard disks to replicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the check box of a disk that need not be replicated, for example a disk that holds only the page file. A disk that is not replicated is missing on the Replica after a failover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual hard disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sizes are not known: %1 could not read the virtual hard disk files. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data to replicate at first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one virtual hard disk to replicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the virtual hard disks of %1…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
    <message>
        <source>Only the latest recovery point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly recovery points, covering %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application-consistent (VSS) point every %1</source>
        <translation type="unfinished"></translation>
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
<context>
    <name>_VMDialog</name>
    <message>
        <source>hvgui is not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
