# Reference solution of the finance-conferencing lab.
Get-CsAdUser -Filter {Department -eq "Finance" -and Enabled -eq $null} | Enable-CsUser -RegistrarPool atl-cs-001.litwareinc.com -SipAddressType SamAccountName -SipDomain litwareinc.com
Set-CsUser -Identity "Pilar Ackerman" -Enabled $True
New-CsConferencingPolicy -Identity tag:FinanceConferencingPolicy -MaxMeetingSize 50 -AllowConferenceRecording $False | Out-Null
Get-CsUser -Filter {Department -eq "Finance"} | Grant-CsConferencingPolicy -PolicyName FinanceConferencingPolicy
