# Reference solution of the prepare-and-publish lab.
Set-CsWebServer -Identity WebServer:atl-cs-001.litwareinc.com -ExternalFqdn csweb-ext.litwareinc.com
$new = Request-CsCertificate -New -Type WebServicesExternal -CA "atl-ca-001.litwareinc.com\LitwareInc-CA" | Where-Object {$_.Thumbprint}
Set-CsCertificate -Type WebServicesExternal -Thumbprint $new.Thumbprint
Start-CsWindowsService -Name REPLICA -ComputerName redmond.litwareinc.com
Enable-CsTopology
Invoke-CsManagementStoreReplication
Get-CsManagementStoreReplicationStatus | Select-Object ReplicaFqdn, UpToDate
