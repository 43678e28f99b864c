# Reference solution of the av-conference lab.
Start-CsWindowsService -Name RTCAVMCU -ComputerName atl-cs-001.litwareinc.com
$new = Request-CsCertificate -New -Type Default,WebServicesInternal,WebServicesExternal -CA "atl-ca-001.litwareinc.com\LitwareInc-CA" | Where-Object {$_.Thumbprint}
Set-CsCertificate -Type Default,WebServicesInternal,WebServicesExternal -Thumbprint $new.Thumbprint
Set-CsConferencingPolicy -Identity MeetingsNoAudio -AllowIPAudio $True
Test-CsAVConference -TargetFqdn atl-cs-001.litwareinc.com -SenderSipAddress sip:kenmyer@litwareinc.com -ReceiverSipAddress sip:davidlongmire@litwareinc.com | Select-Object Result
