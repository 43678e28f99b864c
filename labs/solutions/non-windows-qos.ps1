# A reference solution: lyncsh --lab non-windows-qos labs/solutions/non-windows-qos.ps1
Set-CsMediaConfiguration -EnableQoS $True
Set-CsMediaConfiguration -Identity site:Redmond -EnableQoS $True
Set-CsMediaConfiguration -Identity site:Dublin -EnableQoS $False
Get-CsUCPhoneConfiguration | Set-CsUCPhoneConfiguration -VoiceDiffServTag 46
