## Self check-in
checkin-title = Check in
checkin-scan-hint = Scan this code with your phone's camera to check in.
checkin-qr-label = The check-in code to scan
checkin-count = { $count ->
    [one] { $count } checked in
   *[other] { $count } checked in
}
checkin-window = Check-in opens at { $opens }, counts as late after { $late } and closes at { $closes }.
checkin-refresh-hint = The code changes every 30 seconds; a photo of it is soon useless.
checkin-show-new-code = Show the new code
checkin-as = Checking in as { $name }.
checkin-submit = Check in
checkin-not-you = Not you?
checkin-badge-code = Your check-in code
checkin-badge-hint = The six letters and digits on your badge, e.g. K7M2QX. This phone remembers you after the first time.
checkin-next-time = Next time, scan the code on the screen and press “Check in”.
checkin-not-yet = Check-in for this session opens at { $time }.
checkin-closed = Check-in for this session closed at { $time }; ask an organizer to mark you.
checkin-unknown-code = This check-in code belongs to nobody in this course; check your badge.
checkin-not-expected = You are not expected at “{ $title }”: this code is for another session.
checkin-already = { $mark ->
    [present] You are already marked present (at { $time }).
    [late] You are already marked late (at { $time }).
    [excused] You are already marked excused (at { $time }); ask an organizer to change it.
   *[absent] You are already marked absent (at { $time }); ask an organizer to change it.
}
checkin-forged = This is not a check-in code of this course.
checkin-expired = This code has expired: scan the screen again.
checkin-throttled = Too many wrong codes: wait a minute and try again, or ask an organizer.
checkin-done = { $mark ->
    [late] { $name }: checked in, late, at “{ $title }”.
   *[other] { $name }: checked in at “{ $title }”.
}
trainee-badge-code = Check-in code (on the badge)
attendance-sheet = Sign-in sheet
attendance-sheet-hint = Print this page (A4) for places without signal; type the results in afterwards with bulk entry, by row number.
attendance-native-name = Name in own script
attendance-signature = Signature
attendance-bulk = Bulk entry
attendance-bulk-lines = One trainee a line: row number or name, then the mark, then a note
attendance-bulk-hint = For example “12 late”, “ABENOV Nurlan absent”, “7 e official duty”. Marks: present, late, excused, absent (or p, l, e, a).
attendance-bulk-rest-present = Everyone not listed and not yet marked was present
attendance-bulk-refused = Nothing was saved. Correct these lines:
attendance-bulk-line = Line { $count }
flash-bulk-saved = { $rest ->
    [0] { $count ->
        [one] { $count } mark saved.
       *[other] { $count } marks saved.
    }
   *[other] { $count ->
        [one] { $count } mark saved, and { $rest } more trainees marked present.
       *[other] { $count } marks saved, and { $rest } more trainees marked present.
    }
}
error-bulk-no-mark = add present, late, excused or absent after the name.
error-bulk-unknown = “{ $who }” matches nobody on this session's sheet, or more than one person; use the row number.
error-bulk-twice = this trainee is already on line { $line }.
checkin-link-revoked = This phone was told who you are by a personal link that has since been revoked: type the code on your badge.
checkin-back-to-programme = Back to my programme
