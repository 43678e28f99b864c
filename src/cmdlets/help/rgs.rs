//! Help for the Response Group's object constructors (New-CsRgsPrompt, New-CsRgsCallAction...),
//! in lyncsh's own words. The stored records' help is generated from their declarations.

use super::builtin::Text;

pub const TEXTS: &[Text] = &[
    Text {
        name: "New-CsRgsPrompt",
        synopsis: "Builds a Response Group prompt: spoken text, an audio file, or both.",
        description: "A prompt is what a caller hears before a call action, as a question, or when an answer is missing or wrong. With an audio file the file plays and the text is the fallback; the text is read out in the workflow's language. The object is kept only where you put it.",
        examples: &[
            ("New-CsRgsPrompt -TextToSpeechPrompt 'Welcome to the help desk.'", "Builds a prompt that reads out a welcome."),
            ("$p = New-CsRgsPrompt -TextToSpeechPrompt 'Please hold.'; New-CsRgsCallAction -Prompt $p -Action Terminate", "Plays the prompt, then ends the call."),
        ],
        parameters: &[
            ("TextToSpeechPrompt", "The text read out to the caller."),
            ("AudioFilePrompt", "An audio file object from Import-CsRgsAudioFile, played in place of the text."),
        ],
        related: &["New-CsRgsCallAction", "New-CsRgsQuestion", "Import-CsRgsAudioFile"],
    },
    Text {
        name: "New-CsRgsCallAction",
        synopsis: "Builds a Response Group call action: what happens to a call next.",
        description: "The action ends the call (Terminate), or passes it to a queue (TransferToQueue, with -QueueID), to a question (TransferToQuestion, with -Question), or to a SIP address, voice mail or a phone number (TransferToUri, TransferToVoicemailUri, TransferToPSTN, with a sip: -Uri). A missing target is refused. A workflow's default action must go to a queue or a question; its after-hours and holiday actions, and a queue's timeout and overflow actions, may not go to a question. The queue is checked when the action is saved in a record.",
        examples: &[
            ("$q = Get-CsRgsQueue -Identity service:ApplicationServer:atl-cs-001.litwareinc.com -Name 'Help Desk'; New-CsRgsCallAction -Action TransferToQueue -QueueID $q.Identity", "Builds an action that puts the caller in the Help Desk queue."),
            ("New-CsRgsCallAction -Action TransferToVoicemailUri -Uri sip:kenmyer@litwareinc.com -Prompt (New-CsRgsPrompt -TextToSpeechPrompt 'Please leave a message.')", "Builds an action that says a sentence, then sends the caller to Ken Myer's voice mail."),
        ],
        parameters: &[
            ("Action", "What to do: Terminate, TransferToQueue, TransferToQuestion, TransferToUri, TransferToVoicemailUri or TransferToPSTN."),
            ("Prompt", "A prompt from New-CsRgsPrompt played before the action."),
            ("QueueID", "The Identity of the queue, for TransferToQueue."),
            ("Question", "A question from New-CsRgsQuestion, for TransferToQuestion."),
            ("Uri", "The sip: address the call goes to, for the three Transfer...Uri and PSTN actions."),
        ],
        related: &["New-CsRgsPrompt", "New-CsRgsQuestion", "New-CsRgsWorkflow", "New-CsRgsQueue"],
    },
    Text {
        name: "New-CsRgsAnswer",
        synopsis: "Builds one answer to a Response Group question and the action it leads to.",
        description: "The caller answers by pressing a key (-DtmfResponse, one of 0-9, * or #), by saying one of the words of -VoiceResponseList, or either; an answer needs at least one of them. -Action says what happens then.",
        examples: &[
            ("$a = New-CsRgsCallAction -Action TransferToUri -Uri sip:kenmyer@litwareinc.com; New-CsRgsAnswer -Action $a -DtmfResponse 1 -VoiceResponseList Sales -Name 'Sales'", "Builds an answer: press 1 or say Sales to reach Ken Myer."),
            ("New-CsRgsAnswer -Action (New-CsRgsCallAction -Action Terminate) -DtmfResponse '#'", "Builds an answer that ends the call on the hash key."),
        ],
        parameters: &[
            ("Action", "The call action from New-CsRgsCallAction taken when the caller gives this answer."),
            ("DtmfResponse", "The key that gives this answer."),
            ("VoiceResponseList", "The words that give this answer when spoken."),
            ("Name", "A name for the answer; answers need not have different names."),
        ],
        related: &["New-CsRgsQuestion", "New-CsRgsCallAction"],
    },
    Text {
        name: "New-CsRgsQuestion",
        synopsis: "Builds an interactive question for a Response Group workflow.",
        description: "The question plays its -Prompt and waits for one of its answers. -NoAnswerPrompt plays when the caller says nothing, -InvalidAnswerPrompt when the answer is not one of the list, and the question is then asked again. A call action with TransferToQuestion asks it.",
        examples: &[
            ("$yes = New-CsRgsAnswer -Action (New-CsRgsCallAction -Action Terminate) -DtmfResponse 1; New-CsRgsQuestion -Prompt (New-CsRgsPrompt -TextToSpeechPrompt 'Press 1 to end the call.') -AnswerList $yes -Name 'End'", "Builds a question with one answer."),
            ("$q = New-CsRgsQuestion -Prompt (New-CsRgsPrompt -TextToSpeechPrompt 'Which department?') -InvalidAnswerPrompt (New-CsRgsPrompt -TextToSpeechPrompt 'Sorry, I did not understand.'); $q.AnswerList.Count", "Builds a question with a prompt for wrong answers; its answer list starts empty."),
        ],
        parameters: &[
            ("Prompt", "The prompt that asks the question."),
            ("AnswerList", "The answers from New-CsRgsAnswer the question accepts."),
            ("NoAnswerPrompt", "The prompt played when the caller gives no answer."),
            ("InvalidAnswerPrompt", "The prompt played when the answer is not in the list."),
            ("Name", "A name for the question; questions need not have different names."),
        ],
        related: &["New-CsRgsAnswer", "New-CsRgsCallAction", "New-CsRgsPrompt"],
    },
    Text {
        name: "New-CsRgsTimeRange",
        synopsis: "Builds an opening and a closing time for one day of Response Group business hours.",
        description: "Times are written hh:mm on a 24-hour clock, and the range must close after it opens, within the day. Put the object into a business hours record (-MondayHours1 ... -SundayHours2 of New-CsRgsHoursOfBusiness, or the same properties of an object from Get-CsRgsHoursOfBusiness).",
        examples: &[
            ("$day = New-CsRgsTimeRange -Name 'Day' -OpenTime 08:00 -CloseTime 17:00; New-CsRgsHoursOfBusiness -Parent service:ApplicationServer:atl-cs-001.litwareinc.com -Name 'Lab Hours' -MondayHours1 $day -FridayHours1 $day", "Opens a new business hours record from 8:00 to 17:00 on Mondays and Fridays."),
            ("$h = Get-CsRgsHoursOfBusiness -Identity service:ApplicationServer:atl-cs-001.litwareinc.com -Name 'Help Desk Business Hours'; $h.SaturdayHours1 = New-CsRgsTimeRange -Name 'Saturday' -OpenTime 10:00 -CloseTime 14:00; Set-CsRgsHoursOfBusiness -Instance $h", "Opens the help desk on Saturday mornings."),
        ],
        parameters: &[
            ("Name", "A name for the range."),
            ("OpenTime", "When the range opens (hh:mm)."),
            ("CloseTime", "When the range closes (hh:mm), after it opens."),
        ],
        related: &["New-CsRgsHoursOfBusiness", "Set-CsRgsHoursOfBusiness"],
    },
    Text {
        name: "New-CsRgsHoliday",
        synopsis: "Builds a Response Group holiday: a name, a start and an end.",
        description: "A one-day holiday starts at midnight and ends at midnight the next day; the end must come after the start. Put the object into a holiday set: -HolidayList of New-CsRgsHolidaySet, or the HolidayList of an object from Get-CsRgsHolidaySet (with its Add method) written back with Set-CsRgsHolidaySet.",
        examples: &[
            ("$day = New-CsRgsHoliday -Name 'Boxing Day' -StartDate '12/26/2018' -EndDate '12/27/2018'; $set = Get-CsRgsHolidaySet -Identity service:ApplicationServer:atl-cs-001.litwareinc.com -Name '2018 Holidays'; $set.HolidayList.Add($day); Set-CsRgsHolidaySet -Instance $set", "Adds a holiday to the lab's 2018 holiday set."),
            ("New-CsRgsHoliday -Name 'Founders Day' -StartDate '3/1/2019 12:00 AM' -EndDate '3/2/2019 12:00 AM'", "Builds a holiday object and shows it."),
        ],
        parameters: &[
            ("Name", "The holiday's name."),
            ("StartDate", "When the holiday starts."),
            ("EndDate", "When the holiday ends, after it starts."),
        ],
        related: &["New-CsRgsHolidaySet", "Set-CsRgsHolidaySet"],
    },
];
