# A reference solution: lyncsh --lab external-federation labs/solutions/external-federation.ps1
Set-CsAccessEdgeConfiguration -AllowFederatedUsers $True
New-CsBlockedDomain -Identity contoso.com -Comment "No federation with Contoso"
New-CsExternalAccessPolicy -Identity site:Redmond -EnableFederationAccess $True
