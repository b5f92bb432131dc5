## Attendance
attendance-title = Attendance
attendance-take = Attendance
attendance-session-details = Session details
attendance-present = Present
attendance-late = Late
attendance-excused = Excused
attendance-absent = Absent
attendance-unmarked = Not marked
attendance-unmarked-count = { $count ->
    [one] { $count } mark missing
   *[other] { $count } marks missing
}
attendance-method-roll-call = Roll call
attendance-method-qr = QR check-in
attendance-method-bus = Bus headcount
attendance-method-bulk = Entered from a sign-in sheet
attendance-expected = { $count ->
    [one] { $count } trainee expected
   *[other] { $count } trainees expected
}
attendance-trainees = { $count ->
    [one] { $count } trainee
   *[other] { $count } trainees
}
attendance-expected-heading = Expected
attendance-attended = Attended
attendance-rate = Rate
attendance-mark = Mark
attendance-note = Note
attendance-all-present = Mark everyone present
attendance-all-present-hint = Everyone not yet marked starts as present; correct the exceptions, then save once. Nothing is saved until you press Save.
attendance-save = Save attendance
attendance-nobody-expected = Nobody is expected at this session.
attendance-rule = Late counts as present; excused sessions are left out of the rate; sessions not marked yet are not counted. A trainee completes the course by attending at least { $threshold }% of the lectures, site visits and case studies they were expected at (excused ones left out); at the end, a session without a mark counts as missed.
attendance-cohort-rate = Whole cohort
attendance-at-risk = At risk of not completing
attendance-nobody-at-risk = Nobody is below the completion threshold.
attendance-by-delegation = By delegation
attendance-by-session = By session
attendance-by-trainee = By trainee
attendance-no-sessions = No lectures, site visits or case studies yet.
attendance-completes = Completes
attendance-confirm-completions = Confirm completions
attendance-confirm-hint = Sets every trainee who took part and meets the rule to “completed”, and the others to “did not complete”: a final status, so that the course shows nobody still in training. You can confirm again after correcting marks.
attendance-confirmed-on = Last confirmed on { $date }.
attendance-rules = Attendance rules
attendance-field-threshold = Completion threshold (%)
attendance-field-opens = Self check-in opens (minutes before the start)
attendance-field-closes = Self check-in closes (minutes after the start)
attendance-field-late = Late after (minutes after the start)
percent = { $count }%
yes = Yes
no = No
flash-attendance-saved = { $count ->
    [0] Nothing changed.
    [one] { $count } mark saved.
   *[other] { $count } marks saved.
}
flash-attendance-changed-by-others = { $count ->
    [one] Saved. Someone else changed the mark of { $names } after you opened the page; where you changed it too, yours was kept.
   *[other] Saved. Someone else changed the marks of { $count } trainees after you opened the page ({ $names }); where you changed them too, yours were kept.
}
flash-completions = Completions confirmed: { $completed } completed, { $not_completed } did not.
error-attendance-cancelled = This session is cancelled: it takes no attendance.
error-attendance-not-expected = Only trainees expected at this session can be marked.
error-attendance-mark = Choose present, late, excused or absent.
error-note-too-long = Keep the note under { $max } characters.
error-course-not-over = Completions can be confirmed once the course's last session has ended.
error-threshold-range = Enter a whole percentage from 0 to 100.
error-minutes-range = Enter a whole number of minutes from 0 to 240.
error-late-after-close = Late must start before the check-in closes.
attendance-open-screen = Show the check-in code
