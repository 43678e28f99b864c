# A reference solution: lyncsh --lab client-policy labs/solutions/client-policy.ps1
$entry = New-CsClientPolicyEntry -Name "OnlineFeedbackURL" -Value "http://feedback.litwareinc.com"
New-CsClientPolicy -Identity site:Redmond -DisableEmoticons $True
Set-CsClientPolicy -Identity site:Redmond -PolicyEntry @{Add=$entry}
New-CsClientVersionPolicyRule -Parent global -RuleId "8f2a4bd1-3c71-4b1e-9d0a-5e6f7a8b9c0d" -UserAgent OC -Action Block
