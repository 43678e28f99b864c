# A reference solution: lyncsh --lab server-port-ranges labs/solutions/server-port-ranges.ps1
Get-CsService -ConferencingServer | Select-Object Identity, AudioPortStart, AudioPortCount, VideoPortStart, VideoPortCount, AppSharingPortStart, AppSharingPortCount
Get-CsService -ConferencingServer | ForEach-Object {Set-CsConferenceServer -Identity $_.Identity -AppSharingPortStart 40803 -AppSharingPortCount 8348}
Set-CsApplicationServer -Identity ApplicationServer:atl-cs-001.litwareinc.com -AudioPortStart 49152 -AudioPortCount 8348
Set-CsMediationServer -Identity MediationServer:atl-cs-001.litwareinc.com -AudioPortStart 49152 -AudioPortCount 8348
Test-LabPortPlan
