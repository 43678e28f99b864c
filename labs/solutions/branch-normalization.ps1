# Reference solution of the branch-normalization lab.
New-CsVoiceNormalizationRule -Parent site:Dublin -Name FourDigitExtension -Pattern '^(\d{4})$' -Translation '+3531555$1'
New-CsVoiceNormalizationRule -Parent site:Dublin -Name National -Pattern '^0([1-9]\d{7})$' -Translation '+353$1'
New-CsVoiceNormalizationRule -Parent site:Dublin -Name International -Pattern '^00(\d+)$' -Translation '+$1'
New-CsVoiceNormalizationRule -Parent site:Dublin -Name ServiceCode -Pattern '^(?!112|999)(\d{3})$' -Translation '+3531555$1'
