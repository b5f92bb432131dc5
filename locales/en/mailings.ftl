## Itinerary e-mails and the outbox
mail-greeting = Dear { $name },
mail-itinerary-subject = Your programme: { $course }
mail-itinerary-intro = Here is your programme for { $course } in { $city }, { $dates }. Your personal page always shows the latest version:
mail-open-programme = Open my programme
mail-itinerary-calendar = The attached file itinerary.ics adds every session to your calendar. To have changes appear by themselves, subscribe instead:
mail-link-private = The link is personal: please do not forward this e-mail.
mail-sign-off = The organizers
mail-changed-subject = Your programme changed: { $course }
mail-changed-intro = Your programme for { $course } has changed since we last wrote to you:
mail-change-added = New
mail-change-removed = No longer on your programme
mail-change-cancelled = Cancelled
mail-change-moved = Changed
mail-changed-outro = Your personal page always shows the latest version:
mail-test-subject = cohortdesk test message
mail-test-body = This message confirms that cohortdesk can send e-mail from this server.
mail-skip-no-email = no e-mail address
mail-skip-withdrawn = withdrawn or did not come
mail-queued = { $count ->
    [0] No e-mail queued.
    [one] { $count } e-mail queued.
   *[other] { $count } e-mails queued.
}
mail-already = { $count ->
    [one] { $count } trainee already had this exact e-mail; it was not queued again.
   *[other] { $count } trainees already had this exact e-mail; it was not queued again.
}
mail-skipped = Not sent to { $name }: { $reason }.
outbox-delivered = Sent: { $sent } · to be tried again: { $retrying } · failed: { $failed }
flash-text = { $text }
itineraries-title = Itineraries
itineraries-out-of-date = { $count ->
    [one] { $count } trainee has an out-of-date itinerary
   *[other] { $count } trainees have an out-of-date itinerary
}
itineraries-changes-hint = Sessions changed after their itineraries were sent. Each of them gets one e-mail listing every change since (old → new time and place, cancellations), however many edits there were.
itineraries-send-changes = Send change notices
itineraries-send = Send itineraries
itineraries-send-hint = Each trainee gets an e-mail in their language with their personal link and their sessions as a calendar file. Sending again only reaches those whose itinerary changed.
itineraries-to = To
itineraries-to-all = Everyone
itineraries-to-delegation = One delegation
itineraries-to-chosen = The trainees ticked below
itineraries-choose = Choose trainees, or preview one's e-mail
itineraries-preview = Preview
itineraries-queue = Queue the e-mails
itineraries-unreachable = { $count ->
    [0] Everyone can be reached by e-mail
    [one] { $count } trainee cannot be reached by e-mail
   *[other] { $count } trainees cannot be reached by e-mail
}
itineraries-all-reachable = Every trainee has an e-mail address.
mail-from = From
mail-to = To
mail-subject = Subject
mail-attachments = Attachments
mail-plain-text = Plain text
mail-kind-itinerary = Itinerary
mail-kind-schedule-changed = Schedule change
mail-kind-test = Test
outbox-title = Outbox
outbox-hint = Every e-mail, newest first. Temporary failures are tried again after 1, 2, 4 … minutes (at most an hour apart, ten tries); a refusal by the receiving server fails at once.
outbox-filter = Show
outbox-all = All
outbox-empty = No e-mails here.
outbox-state = State
outbox-tries = Tries
outbox-next-try = next try
outbox-retry = Retry now
outbox-send-again = Send again
outbox-cancel = Cancel
outbox-retried = The message will be sent now.
outbox-cancelled = The message will not be sent.
outbox-status-queued = Queued
outbox-status-sending = Sending
outbox-status-sent = Sent
outbox-status-failed = Failed
outbox-status-cancelled = Cancelled
outbox-unchanged = This message is being sent or has been sent; nothing was changed.
itineraries-missing-titles = No { $language } version of { $titles ->
        [one] one session title
       *[other] { $titles } session titles
    }: { $readers ->
        [one] one trainee who reads { $language } will see
       *[other] { $readers } trainees who read { $language } will see
    } { $titles ->
        [one] it
       *[other] them
    } in another language.
itineraries-missing-hint = Each session's Languages page takes the missing versions.
itineraries-choose-audience = Choose who receives the itineraries: everyone, one delegation or the trainees you tick.
itineraries-tick-someone = Tick at least one trainee.
outbox-claimed = Being sent by { $worker } until { $until }
outbox-release = Give back
outbox-released = The message is given back: the next worker sends it.
outbox-not-sending = This message is not being sent; nothing was changed.
outbox-retry-all = Retry all failed
outbox-retry-all-confirm = { $count ->
    [one] Yes, send the { $count } failed e-mail again
   *[other] Yes, send the { $count } failed e-mails again
}
outbox-confirm-needed = Tick the box to confirm, then press the button again.
outbox-failed-changed = The number of failed e-mails changed meanwhile (now { $count }): look again and confirm.
outbox-retried-all = { $count ->
    [one] { $count } failed e-mail will be sent again now.
   *[other] { $count } failed e-mails will be sent again now.
}
