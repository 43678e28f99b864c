# Reference solution of the gateway-routing lab.
Set-CsPstnUsage -Usage @{Add="RedmondLocal"}
New-CsVoiceRoute -Identity RedmondGatewayRoute -NumberPattern '^\+1425\d{7}$' -PstnUsages @{Add="RedmondLocal"} -PstnGatewayList @{Add="PstnGateway:192.168.0.240"}
New-CsVoicePolicy -Identity site:Redmond -PstnUsages @{Add="RedmondLocal"}
New-CsOutboundTranslationRule -Parent service:PstnGateway:192.168.0.240 -Name NoPlus -Pattern '^\+(\d+)$' -Translation '$1'
