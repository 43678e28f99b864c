# Reference solution of the move-team lab.
Get-CsUser -Filter {Department -eq "Sales"} | Move-CsUser -Target redmond.litwareinc.com -Confirm:$False
