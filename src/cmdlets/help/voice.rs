//! Help for the Test-Cs* voice cmdlets, in lyncsh's own words.

use super::builtin::Text;

const DIALED: (&str, &str) = (
    "DialedNumber",
    "The number as a user would dial it: digits, and a leading + when the user dials one.",
);
const TARGET: (&str, &str) = (
    "TargetNumber",
    "The number to route, already normalized (E.164, such as +14255550100); no dial plan is applied to it.",
);
const FORCE: (&str, &str) = (
    "Force",
    "Accepted; the test changes nothing, so there is nothing to confirm.",
);

pub const TEXTS: &[Text] = &[
    Text {
        name: "Test-CsVoiceNormalizationRule",
        synopsis: "Shows the number one normalization rule makes of a dialed number.",
        description: "The rule's Pattern is matched against the number as a .NET regular expression, and its Translation is filled in from the match ($1 for the first group). When the pattern does not match, TranslatedNumber is empty; that is not an error. The rule must be an object from Get-CsVoiceNormalizationRule (piped, or in a variable); its name alone is refused, as in Lync.",
        examples: &[
            ("Get-CsVoiceNormalizationRule -Identity global/KeepAll | Test-CsVoiceNormalizationRule -DialedNumber 14255550100", "Tests the installed global rule, which keeps any string of digits as it is."),
            ("Get-CsVoiceNormalizationRule | Test-CsVoiceNormalizationRule -DialedNumber 5550100", "Tries every rule of every dial plan; rules that do not match give an empty row."),
        ],
        parameters: &[DIALED, ("NormalizationRule", "The rule to test, as Get-CsVoiceNormalizationRule returns it. Bound from the pipeline.")],
        related: &["Get-CsVoiceNormalizationRule", "Test-CsDialPlan"],
    },
    Text {
        name: "Test-CsDialPlan",
        synopsis: "Shows which rule of a dial plan normalizes a dialed number, and into what.",
        description: "The plan's rules are tried in priority order (lowest Priority first) and the first whose pattern matches translates the number. TranslatedNumber and MatchingRule are both empty when no rule matches.",
        examples: &[
            ("Get-CsDialPlan -Identity Global | Test-CsDialPlan -DialedNumber 14255550100", "Normalizes a number with the global dial plan."),
            ("Get-CsDialPlan -Identity site:Redmond | Test-CsDialPlan -DialedNumber 14255559999 | Format-List", "Shows which rule of the Redmond dial plan matches an 11-digit number, and the number it makes."),
        ],
        parameters: &[DIALED, ("Dialplan", "The dial plan, as Get-CsDialPlan returns it. Bound from the pipeline.")],
        related: &["Get-CsDialPlan", "Test-CsVoiceNormalizationRule", "Test-CsVoiceUser"],
    },
    Text {
        name: "Test-CsVoiceRoute",
        synopsis: "Shows whether a voice route's number pattern matches a number.",
        description: "Only the route's NumberPattern is tested; its PSTN usages and gateways are not looked at. MatchesPattern is True or False.",
        examples: &[
            ("New-CsVoiceRoute -Identity LocalRoute -NumberPattern '^\\+1425'; Get-CsVoiceRoute LocalRoute | Test-CsVoiceRoute -TargetNumber +14255550100", "Creates a route for 425 numbers and tests a number against it."),
            ("Get-CsVoiceRoute | Test-CsVoiceRoute -TargetNumber +12065551219", "Tests every route; with no routes, nothing is written."),
        ],
        parameters: &[TARGET, ("Route", "The route, as Get-CsVoiceRoute returns it. Bound from the pipeline."), FORCE],
        related: &["Get-CsVoiceRoute", "Test-CsVoicePolicy"],
    },
    Text {
        name: "Test-CsVoicePolicy",
        synopsis: "Shows the route and PSTN usage a voice policy would send a number to.",
        description: "The policy's PSTN usages are tried in their order; for each, the routes that carry that usage are tried by Priority, and the first whose NumberPattern matches is the answer. Both values are empty when no route takes the number. -RouteSettings is not supported.",
        examples: &[
            ("Get-CsVoicePolicy -Identity Global | Test-CsVoicePolicy -TargetNumber +14255550100", "Tests the global voice policy; with no usage shared with a route, both values are empty."),
            ("New-CsVoiceRoute -Identity LocalRoute -NumberPattern '^\\+1425' -PstnUsages @{add='Local'}; Set-CsVoicePolicy -PstnUsages @{add='Local'}; Get-CsVoicePolicy Global | Test-CsVoicePolicy -TargetNumber +14255550100", "Connects the global policy to a new route through the Local usage, then tests a number."),
        ],
        parameters: &[TARGET, ("VoicePolicy", "The voice policy, as Get-CsVoicePolicy returns it. Bound from the pipeline."), ("RouteSettings", "Not supported by lyncsh: the routes of the lab are used."), FORCE],
        related: &["Get-CsVoicePolicy", "Test-CsVoiceRoute", "Test-CsVoiceUser"],
    },
    Text {
        name: "Test-CsVoiceUser",
        synopsis: "Follows a number a user dials through their dial plan and voice policy to a route.",
        description: "The user's dial plan is the one granted to them, else their Registrar pool's, their site's or the global one; its rules normalize the number. The user's voice policy (granted, site or global) then routes the result, or the number as dialed when no rule matched. -Verbose names the user and the dial plan.",
        examples: &[
            ("Test-CsVoiceUser -DialedNumber 14255550100 -SipUri sip:kenmyer@litwareinc.com", "Shows what happens when Ken Myer dials the number."),
            ("Get-CsUser -Identity 'Pilar Ackerman' | Test-CsVoiceUser -DialedNumber 5550100 -Verbose | Format-List", "Tests a user piped in, with the verbose lines that name the dial plan used."),
        ],
        parameters: &[DIALED, ("SipUri", "The user, in any form Get-CsUser takes. Bound from the pipeline by SipAddress or Identity."), FORCE],
        related: &["Test-CsDialPlan", "Test-CsVoicePolicy", "Grant-CsDialPlan"],
    },
    Text {
        name: "Test-CsTrunkConfiguration",
        synopsis: "Shows how a trunk configuration's outbound translation rules rewrite a called number.",
        description: "The trunk's OutboundTranslationRulesList is tried in priority order; the first rule whose pattern matches translates the number, and MatchingRule shows that rule's Identity. Both values are empty when no rule matches. -CallingNumber is accepted; the calling-number rules do not change the result shown.",
        examples: &[
            ("Get-CsTrunkConfiguration -Identity Global | Test-CsTrunkConfiguration -DialedNumber +14255550100", "Tests the global trunk configuration, which has no rules until some are added."),
            ("New-CsOutboundTranslationRule -Identity global/NoPlus -Pattern '^\\+(\\d*)$' -Translation '$1'; Get-CsTrunkConfiguration Global | Test-CsTrunkConfiguration -DialedNumber +14255550100", "Adds a rule that drops the leading + and shows the number the gateway would receive."),
        ],
        parameters: &[DIALED, ("TrunkConfiguration", "The trunk configuration, as Get-CsTrunkConfiguration returns it. Bound from the pipeline."), ("CallingNumber", "The caller's number; accepted, not used in the result.")],
        related: &["Get-CsTrunkConfiguration", "Get-CsOutboundTranslationRule", "Test-CsInterTrunkRouting"],
    },
    Text {
        name: "Test-CsInterTrunkRouting",
        synopsis: "Shows the routes a call arriving on a trunk could leave by, through the trunk's own PSTN usages.",
        description: "The trunk configuration's PstnUsages are tried in order, as a voice policy's are; FirstMatchingRoute and MatchingUsage name the first route that carries the usage and whose pattern matches the number, and MatchingRoutes lists every such route. A leading tel: is ignored. -RouteSettings is not supported.",
        examples: &[
            ("$trunk = Get-CsTrunkConfiguration -Identity site:Redmond; Test-CsInterTrunkRouting -TargetNumber tel:+12065551219 -TrunkConfiguration $trunk", "Tests the Redmond trunk configuration; with no usages on it, nothing matches."),
            ("New-CsVoiceRoute -Identity RedmondRoute -NumberPattern '^\\+1206' -PstnUsages @{add='Local'}; Set-CsTrunkConfiguration site:Redmond -PstnUsages @{add='Local'}; Get-CsTrunkConfiguration site:Redmond | Test-CsInterTrunkRouting -TargetNumber +12065551219", "Lets the Redmond trunk use the Local usage and shows the route a call would take."),
        ],
        parameters: &[TARGET, ("TrunkConfiguration", "The trunk configuration, as Get-CsTrunkConfiguration returns it."), ("RouteSettings", "Not supported by lyncsh: the routes of the lab are used."), FORCE],
        related: &["Test-CsTrunkConfiguration", "Test-CsVoicePolicy"],
    },
    Text {
        name: "Test-CsVoiceTestConfiguration",
        synopsis: "Runs a voice test: a dialed number through a dial plan and voice policy, checked against what is expected.",
        description: "Given a stored test (piped from Get-CsVoiceTestConfiguration), its DialedNumber goes through its TargetDialplan and TargetVoicePolicy (-Dialplan and -VoicePolicy take their place when given); Result is Success when a rule normalizes the number and the expected number, route and usage it sets are what happens, else Fail. An ad hoc test (-DialedNumber, -Dialplan, -VoicePolicy) has no expectations and no Result. -RouteSettings is not supported.",
        examples: &[
            ("Get-CsVoiceTestConfiguration -Identity TestConfig1 | Test-CsVoiceTestConfiguration", "Runs the lab's stored test TestConfig1: the global plan keeps the digits it dials, as the test expects, so it succeeds."),
            ("New-CsVoiceTestConfiguration -Identity ElevenDigits -DialedNumber 14255550100 -ExpectedTranslatedNumber 14255550100 | Test-CsVoiceTestConfiguration", "Stores a new test and runs it at once."),
            ("Test-CsVoiceTestConfiguration -DialedNumber 4255550100 -Dialplan (Get-CsDialPlan Global) -VoicePolicy (Get-CsVoicePolicy Global)", "Runs an ad hoc test with the global dial plan and voice policy."),
        ],
        parameters: &[
            ("TestCaseInputObject", "The stored test, as Get-CsVoiceTestConfiguration returns it. Bound from the pipeline."),
            ("DialedNumber", "For an ad hoc test: the number as dialed."),
            ("Dialplan", "The dial plan object to use (Get-CsDialPlan); for a stored test, in place of its TargetDialplan."),
            ("VoicePolicy", "The voice policy object to use (Get-CsVoicePolicy); for a stored test, in place of its TargetVoicePolicy."),
            ("RouteSettings", "Not supported by lyncsh: the routes of the lab are used."),
            FORCE,
        ],
        related: &["Get-CsVoiceTestConfiguration", "Test-CsVoiceUser"],
    },
    Text {
        name: "New-CsVoiceRegex",
        synopsis: "Builds a Pattern and Translation for a normalization rule, translation rule or route from lengths and digits.",
        description: "Numbers of exactly -ExactLength characters, or at least -AtLeastLength, that start with -StartsWith (counted in the length) match the pattern; the first -DigitsToStrip characters stay outside the captured group, so the Translation ($1 after -DigitsToPrepend) leaves them out. The object only holds the two strings; pass them to New-CsVoiceNormalizationRule or New-CsVoiceRoute.",
        examples: &[
            ("New-CsVoiceRegex -ExactLength 7 -DigitsToStrip 3", "Seven-digit numbers, keeping the last four: ^\\d{3}(\\d{4})$ and $1."),
            ("$regex = New-CsVoiceRegex -AtLeastLength 7 -StartsWith 1; New-CsVoiceNormalizationRule 'global/internal rule' -Pattern $regex.Pattern -Translation $regex.Translation", "Builds a pattern for numbers of seven digits or more that start with 1 and makes a rule of it."),
        ],
        parameters: &[
            ("ExactLength", "The length the numbers have, StartsWith included."),
            ("AtLeastLength", "The least length the numbers have, StartsWith included."),
            ("StartsWith", "What the numbers start with (+1, 425...)."),
            ("DigitsToStrip", "How many characters at the start the translation drops."),
            ("DigitsToPrepend", "What the translation puts in front of the number."),
        ],
        related: &["New-CsVoiceNormalizationRule", "New-CsVoiceRoute"],
    },
    Text {
        name: "Get-CsTrunk",
        synopsis: "Lists the SIP trunks of the topology: one for each PSTN gateway.",
        description: "Each trunk is named like its gateway service (PstnGateway:192.168.0.240 in the lab) and shows the gateway's pool, the Mediation Server of its site that serves it, and Routable. Trunks are defined by the topology, so there is no cmdlet to change them.",
        examples: &[
            ("Get-CsTrunk", "Lists every trunk."),
            ("Get-CsTrunk -PoolFqdn atl-cs-001.litwareinc.com | Where-Object {$_.Routable -eq $True}", "Lists the routable trunks that the Mediation Server on atl-cs-001 serves."),
        ],
        parameters: &[
            ("Identity", "The trunk, such as PstnGateway:192.168.0.240; no wildcards."),
            ("Filter", "A wildcard pattern over the trunks' identities, such as PstnGateway:*."),
            ("PoolFqdn", "Only the trunks of this gateway, or served by this Mediation Server pool."),
        ],
        related: &["Get-CsTrunkConfiguration", "Get-CsService"],
    },
];
