//! Hand-written kinds of bad input: malformed syntax beyond the grammar's examples, the shell's
//! limits, NUL and control characters, and errors raised while expressions run.

use super::Case;
use lyncsh::error::ErrorCategory::{self, *};
use lyncsh::limits::{MAX_ITEMS, MAX_LINE_LENGTH, MAX_PIPELINE_LENGTH};

fn table(rows: &[(&str, &str)], category: ErrorCategory) -> Vec<Case> {
    rows.iter()
        .map(|(input, id)| Case::new(*input, *id, category))
        .collect()
}

/// Typing and pasting mistakes: stray and unbalanced brackets, broken quotes and operators,
/// keywords without their parts, lone sigils.
pub fn syntax() -> Vec<Case> {
    table(
        &[
            (
                "Set-CsConferencingConfiguration -ClientAudioPort 1 )",
                "UnexpectedToken",
            ),
            (
                "Set-CsConferencingConfiguration -ClientAudioPort (1",
                "MissingEndParenthesisInExpression",
            ),
            (
                "Set-CsConferencingConfiguration -ClientAudioPort $(1",
                "MissingEndParenthesisInSubexpression",
            ),
            (
                "Set-CsConferencingConfiguration -Organization 'Contoso",
                "TerminatorExpectedAtEndOfString",
            ),
            (
                "Set-CsConferencingConfiguration -Organization \"Contoso",
                "TerminatorExpectedAtEndOfString",
            ),
            (
                "Set-CsConferencingConfiguration -Organization \"$(\"",
                "TerminatorExpectedAtEndOfString",
            ),
            (
                "Set-CsConferencingConfiguration -ClientAudioPort 1 | | Get-CsSite",
                "EmptyPipeElement",
            ),
            (
                "Set-CsConferencingConfiguration -ClientAudioPort 1 |",
                "EmptyPipeElement",
            ),
            ("| Set-CsConferencingConfiguration", "EmptyPipeElement"),
            ("Get-CsConferencingConfiguration | }", "EmptyPipeElement"),
            ("$port = ", "ExpectedValueExpression"),
            ("$port += ", "ExpectedValueExpression"),
            ("$port = 1 +", "ExpectedValueExpression"),
            ("$port = 1 -eq", "ExpectedValueExpression"),
            ("$port = (1 + )", "ExpectedValueExpression"),
            ("$port = 1 -gt )", "ExpectedValueExpression"),
            ("$port = 1 -frobnicate 2", "UnexpectedToken"),
            ("$port = @{Port 1}", "MissingEqualsInHashLiteral"),
            ("$port = @{Port = }", "MissingExpressionInHashLiteral"),
            ("$port = @{Port = 1", "IncompleteHashLiteral"),
            ("$port = @{Port = 1 Other = 2}", "IncompleteHashLiteral"),
            ("$port = @(1, 2", "MissingEndParenthesisInExpression"),
            ("$port = $names[", "ExpectedExpression"),
            ("$port = $names[]", "MissingArrayIndexExpression"),
            ("$port = $names[0 1]", "MissingEndSquareBracket"),
            ("$port = $names.", "MissingPropertyName"),
            ("$port = 'x'.Trim(", "MissingEndParenthesisInMethodCall"),
            ("$port = 'x'.Trim(1 2)", "MissingEndParenthesisInMethodCall"),
            ("$port = []", "MissingTypename"),
            ("$port = [int", "EndSquareBracketExpectedAtEndOfAttribute"),
            ("$port = ()", "ExpectedExpression"),
            ("$port = 1,", "ExpectedValueExpression"),
            ("$port = ", "ExpectedValueExpression"),
            ("$ = 1", "InvalidVariableReference"),
            (
                "Write-Output \"$env:\"",
                "InvalidVariableReferenceWithDrive",
            ),
            ("Write-Output ${port", "MissingEndCurlyBrace"),
            (
                "Write-Output @\" x\n\"@",
                "UnexpectedCharactersAfterHereStringHeader",
            ),
            (
                "Write-Output @'\nnever closed",
                "TerminatorExpectedAtEndOfString",
            ),
            (
                "Write-Output <# never closed",
                "MissingTerminatorMultiLineComment",
            ),
            ("Write-Output `", "IncompleteLine"),
            (
                "Get-CsConferencingConfiguration -Identity:",
                "ParameterRequiresArgument",
            ),
            (
                "Get-CsConferencingConfiguration -Identity: | Set-CsConferencingConfiguration",
                "ParameterRequiresArgument",
            ),
            (
                "Get-CsConferencingConfiguration >",
                "MissingFileSpecification",
            ),
            (
                "Get-CsConferencingConfiguration < input.txt",
                "RedirectionNotSupported",
            ),
            (
                "Get-CsConferencingConfiguration | Where-Object { $_.Identity -like 'site:*'",
                "MissingEndCurlyBrace",
            ),
            (
                "Get-CsConferencingConfiguration | ForEach-Object { $_.Identity ",
                "MissingEndCurlyBrace",
            ),
            ("}", "UnexpectedToken"),
            (")", "UnexpectedToken"),
            ("$port $names", "UnexpectedToken"),
            (
                "if $port { Get-CsSite }",
                "MissingOpenParenthesisAfterKeyword",
            ),
            ("if ($port) Get-CsSite", "MissingStatementBlock"),
            (
                "if ($port Get-CsSite) { }",
                "MissingEndParenthesisAfterStatement",
            ),
            (
                "if ($port) { Set-CsConferencingConfiguration -ClientAudioPort 1",
                "MissingEndCurlyBrace",
            ),
            ("if ($port) { } else Get-CsSite", "MissingStatementBlock"),
            (
                "foreach $n in $names { }",
                "MissingOpenParenthesisAfterKeyword",
            ),
            (
                "foreach (n in $names) { }",
                "MissingVariableNameAfterForeach",
            ),
            ("foreach ($n $names) { }", "MissingInInForeach"),
            (
                "foreach ($n in $names { }",
                "MissingEndParenthesisAfterForeach",
            ),
            ("foreach ($n in $names) Set-CsSite", "MissingStatementBlock"),
            ("function { }", "MissingNameAfterKeyword"),
            ("while $port { }", "MissingOpenParenthesisAfterKeyword"),
            ("try { Get-CsSite }; Get-CsPool", "MissingCatchOrFinally"),
            ("do { } Get-CsSite", "MissingWhileOrUntilInDoWhile"),
            ("switch ($port) 1", "MissingCurlyBraceInSwitchStatement"),
            ("class Port; Get-CsSite", "MissingTypeBody"),
            (
                "$port = 1; Set-CsConferencingConfiguration -ClientAudioPort 2 )",
                "UnexpectedToken",
            ),
            (
                "Set-CsConferencingConfiguration -ClientAudioPort 2\n)",
                "UnexpectedToken",
            ),
            (
                "Set-CsConferencingConfiguration -ClientAudioPort 2; $port = ",
                "ExpectedValueExpression",
            ),
        ],
        ParserError,
    )
}

/// Every limit, just over the line: nesting, line length, pipeline length, range size,
/// string and collection growth, and the rendered output of one statement.
pub fn limits() -> Vec<Case> {
    let long_word = "a".repeat(MAX_LINE_LENGTH);
    let bars = vec!["Write-Output 1"; MAX_PIPELINE_LENGTH + 1].join(" | ");
    vec![
        Case::new(
            format!("Write-Output {long_word}"),
            "LineTooLong",
            ParserError,
        ),
        Case::new(
            format!("$port = 1\nSet-CsConferencingConfiguration -Organization {long_word}"),
            "LineTooLong",
            ParserError,
        ),
        Case::new(bars.clone(), "PipelineTooLong", ParserError),
        Case::new(format!("$port = {bars}"), "PipelineTooLong", ParserError),
        Case::new(
            format!("$port = 1..{}", MAX_ITEMS + 1),
            "RangeTooLarge",
            InvalidArgument,
        ),
        Case::new(
            "$port = '{0,100000000}' -f 1",
            "StringTooLong",
            LimitsExceeded,
        ),
        Case::new(
            "$port = ((1..999999) -join '') + ((1..999999) -join '') + ((1..999999) -join '')",
            "StringTooLong",
            LimitsExceeded,
        ),
        Case::new(
            "$port = 'aaaa' -replace 'a', ((1..999999) -join '')",
            "StringTooLong",
            LimitsExceeded,
        ),
        Case::new(
            "$port = (1..999999) -join 'abcdefghijklmnopqrst'",
            "StringTooLong",
            LimitsExceeded,
        ),
        Case::new(
            "$port = -join ((1..999999) + (1..999999) + (1..999999))",
            "TooManyObjects",
            LimitsExceeded,
        ),
        Case::new(
            "$port = (1..999999) + (1..999999)",
            "TooManyObjects",
            LimitsExceeded,
        ),
        Case::new(
            "$port = 1..2000 | ForEach-Object { 1..1000 }",
            "TooManyObjects",
            LimitsExceeded,
        ),
        Case::new(
            "1..5 | ForEach-Object { (1..999999) -join 'abcdefghij' }",
            "OutputTooLarge",
            LimitsExceeded,
        ),
    ]
}

/// NUL and other control characters where a name, a parameter or a value was meant.
pub fn control_characters() -> Vec<Case> {
    let mut cases = Vec::new();
    for c in [
        '\0', '\u{1}', '\u{7}', '\u{8}', '\u{1b}', '\u{7f}', '\u{200b}', '\u{feff}',
    ] {
        cases.push(Case::new(
            format!("Get-Cs{c}ConferencingConfiguration"),
            "CommandNotFoundException",
            ObjectNotFound,
        ));
        cases.push(Case::new(
            format!("Set-CsConferencingConfiguration -ClientAudio{c}Port 1"),
            "NamedParameterNotFound",
            InvalidArgument,
        ));
        cases.push(Case::new(
            format!("Set-CsConferencingConfiguration -ClientAudioPort 50{c}20"),
            "CannotConvertArgumentNoMessage",
            InvalidArgument,
        ));
        cases.push(Case::new(
            format!("Set-CsConferencingConfiguration -Identity site:Red{c}mond -ClientAudioPort 1"),
            "ParameterArgumentValidationError",
            InvalidData,
        ));
    }
    cases.push(Case::new("\0", "CommandNotFoundException", ObjectNotFound));
    cases.push(Case::new("$port = 1 +\0", "UnexpectedToken", ParserError));
    cases
}

/// Errors raised while expressions and built-in commands run.
pub fn runtime() -> Vec<Case> {
    let mut cases = table(
        &[
            ("$port = 1 / 0", "RuntimeException"),
            ("$port = $port / 0", "RuntimeException"),
        ],
        NotSpecified,
    );
    cases.extend(table(
        &[
            ("$port = $null.Trim()", "InvokeMethodOnNull"),
            ("$port = $nothing.Trim()", "InvokeMethodOnNull"),
            ("$port = 'x'.NoSuchMethod()", "MethodNotFound"),
            ("$port = @{} - 1", "MethodNotFound"),
            ("$port = 'x' -match '('", "InvalidRegularExpression"),
            ("$port = 'x' -replace '[', 'y'", "InvalidRegularExpression"),
            ("$port = 'x' -split '(?<'", "InvalidRegularExpression"),
            ("$true = 1", "VariableNotWritable"),
            ("$null = 1; $false = 0", "VariableNotWritable"),
            ("$Error = 1", "VariableNotWritable"),
        ],
        InvalidOperation,
    ));
    cases.extend(table(
        &[
            ("$port = [int]'fifty'", "InvalidCastFromStringToInteger"),
            ("$port = 1..'x'", "RangeNeedsNumbers"),
            (
                "Get-CsSite | Select-Object @{Name = 'Pools'}",
                "DictionaryKeyMissingKey",
            ),
        ],
        InvalidArgument,
    ));
    cases.extend(table(
        &[
            ("$port = [NoSuch.Type]1", "NotSupportedByLyncsh"),
            ("Get-CsSite @args", "NotSupportedByLyncsh"),
        ],
        NotImplemented,
    ));
    // A redirection to a folder that does not exist, or out of the files folder.
    cases.extend(table(
        &[("Get-CsSite > C:\\NoSuchFolder\\sites.txt", "WriteError")],
        WriteError,
    ));
    cases.extend(table(
        &[
            ("Get-CsSite > ..\\..\\outside.txt", "PathOutsideFilesFolder"),
            ("'x' 2>&1 >> ..\\outside.txt", "PathOutsideFilesFolder"),
            (
                "New-Item ..\\outside -ItemType Directory",
                "PathOutsideFilesFolder",
            ),
            ("Remove-Item ..\\outside.txt", "PathOutsideFilesFolder"),
            (
                "Copy-Item ..\\outside.txt inside.txt",
                "PathOutsideFilesFolder",
            ),
            (
                "Rename-Item ..\\outside.txt inside.txt",
                "PathOutsideFilesFolder",
            ),
            (
                "Move-Item ..\\outside.txt inside.txt",
                "PathOutsideFilesFolder",
            ),
            ("Get-ChildItem ..\\", "PathOutsideFilesFolder"),
        ],
        PermissionDenied,
    ));
    // A loop whose condition never changes stops at the limit on iterations.
    cases.extend(table(
        &[
            ("while ($true) { }", "TooManyIterations"),
            ("for (;;) { }", "TooManyIterations"),
        ],
        LimitsExceeded,
    ));
    // Functions: endless recursion, arguments their attributes refuse, `throw`.
    cases.extend(table(
        &[
            (
                "function Get-Port { Get-Port }; Get-Port",
                "CallDepthOverflow",
            ),
            (
                "function Get-Port { iex 'Get-Port' }; Get-Port",
                "CallDepthOverflow",
            ),
            ("& $NoSuchBlock", "BadExpression"),
        ],
        InvalidOperation,
    ));
    cases.extend(table(
        &[
            (
                "function Set-Port([ValidateRange(1024, 65535)][int]$Port) { $Port }; Set-Port 80",
                "ParameterArgumentValidationError",
            ),
            (
                "function Set-Mode { param([ValidateSet('Audio', 'Video')]$Mode) }; Set-Mode Data",
                "ParameterArgumentValidationError",
            ),
        ],
        InvalidData,
    ));
    cases.push(Case::new(
        "throw 'Port plan refused'",
        "Port plan refused",
        OperationStopped,
    ));
    cases.extend(table(
        &[
            ("Get-Variable NoSuchVariable", "VariableNotFound"),
            ("Get-Command Get-NoSuchThing", "CommandNotFoundException"),
        ],
        ObjectNotFound,
    ));
    cases.push(Case::new(
        "Get-Help Get-NoSuchThing",
        "HelpNotFound",
        ResourceUnavailable,
    ));
    cases
}

/// The directory and the deployment: unknown and ambiguous users, pools, computers, services
/// and domains, taken SIP addresses, policies that do not exist, malformed filters, numbers and
/// PINs, files that are missing, and a move the lab cannot make.
pub fn directory_and_deployment() -> Vec<Case> {
    let not_found = table(
        &[
            ("Get-CsUser -Identity \"Nobody Here\"", "Identity"),
            (
                "Enable-CsUser -Identity \"April Reagan\" -RegistrarPool nowhere.litwareinc.com -SipAddressType SamAccountName -SipDomain litwareinc.com",
                "PoolNotFound",
            ),
            (
                "Import-CsUserData -PoolFqdn atl-cs-001.litwareinc.com -FileName missing.zip",
                "PathNotFound",
            ),
            ("Get-CsWindowsService -ComputerName nowhere", "ComputerNotFound"),
            ("Stop-CsWindowsService -Name RTCMRAUTH", "ServiceNotFound"),
            ("Enable-CsAdDomain -Domain europe.litwareinc.com", "DomainNotFound"),
            (
                "Remove-CsTestUserCredential -SipAddress sip:aidan@litwareinc.com",
                "CredentialNotFound",
            ),
        ],
        ObjectNotFound,
    );
    let invalid = table(
        &[
            ("Set-CsUser -Identity \"David*\" -Enabled $False", "AmbiguousIdentity"),
            (
                "Remove-CsPersistentChatMessage -Identity ITChatRoom -Remove",
                "AmbiguousIdentity",
            ),
            (
                "Enable-CsUser -Identity \"April Reagan\" -RegistrarPool atl-cs-001.litwareinc.com -SipAddress sip:kenmyer@litwareinc.com",
                "SipAddressInUse",
            ),
            (
                "Grant-CsVoicePolicy -Identity \"Ken Myer\" -PolicyName NoSuchPolicy",
                "PolicyNotFound",
            ),
            ("Get-CsUser -Filter {Shoe -eq 1}", "InvalidFilter"),
            ("Get-CsUser -Filter {Department -frob 1}", "InvalidFilter"),
            (
                "New-CsCommonAreaPhone -LineUri 14255556712 -RegistrarPool atl-cs-001.litwareinc.com -OU \"OU=Telecommunications,DC=litwareinc,DC=com\"",
                "InvalidUri",
            ),
            (
                "New-CsExUmContact -SipAddress sip:exum1@fabrikam.com -RegistrarPool atl-cs-001.litwareinc.com -OU \"OU=ExUmContacts,DC=litwareinc,DC=com\" -DisplayNumber 1",
                "SipAddressInUse",
            ),
            ("Set-CsClientPin -Identity \"Ken Myer\" -Pin 12a", "InvalidPin"),
            ("Test-CsIM -TargetFqdn nowhere.litwareinc.com", "PoolNotFound"),
        ],
        InvalidArgument,
    );
    let impossible = table(
        &[(
            "Move-CsLegacyUser -Identity \"Pilar Ackerman\" -Target atl-cs-001.litwareinc.com",
            "NoLegacyDeployment",
        )],
        InvalidOperation,
    );
    not_found
        .into_iter()
        .chain(invalid)
        .chain(impossible)
        .collect()
}
