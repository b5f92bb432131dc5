## Cohorts
cohorts-title = Cohorts
cohorts-empty = No cohorts match.
cohorts-count = { $count ->
    [one] { $count } cohort
   *[other] { $count } cohorts
}
cohort-new = New cohort
cohort-edit = Edit cohort
cohort-field-name = Name
cohort-field-name-hint = For example: 2023 SCO Poverty Reduction Training — Qingdao
cohort-field-allocation = Host city and commitment
cohort-field-allocation-hint = The cohort's places count against this host city's allocation.
cohort-field-commitment = Commitment
cohort-field-venue = Venue or address
cohort-field-starts-on = First day
cohort-field-ends-on = Last day
cohort-field-time-zone = Time zone
cohort-field-capacity = Capacity
cohort-field-languages = Working languages
cohort-field-status = Status
cohort-field-notes = Notes
cohort-host-city = Host city
cohort-dates = Dates
cohort-no-allocations = No host city allocation is open. Add one to a commitment first.
cohort-archived-notice = This cohort is archived.
cohort-status-planning = Planning
cohort-status-open = Open for nominations
cohort-status-running = Running
cohort-status-completed = Completed
cohort-status-cancelled = Cancelled
cohort-sections = Cohort sections
cohort-overview = Overview
cohort-passports-kept = { $days ->
    [one] Passport numbers and expiry dates of this course's trainees are erased on { $date } (tomorrow), { $kept } days after it ends — later for anyone who takes part in a later course.
   *[other] Passport numbers and expiry dates of this course's trainees are erased on { $date } (in { $days } days), { $kept } days after it ends — later for anyone who takes part in a later course.
}
cohort-passports-erased = Passport numbers and expiry dates of this course's trainees were erased on { $date }, { $kept } days after it ended (except for anyone who takes part in a later course).
cohort-add-host-city = Host city not in the list? Give it places here
cohort-add-host-city-hint = When the cohort is saved, the city is given these places of the commitment and the cohort is placed there instead of the allocation chosen above.
cohort-add-host-city-commitment = From the commitment
cohort-awaits-completion = This course ended on { $date } and is not completed yet.
cohort-complete-explained = Completing it, in one step:
cohort-complete-does-completed = every trainee who took part and meets the attendance rule becomes “completed” and gets a certificate;
cohort-complete-does-not-completed = the others end as “did not complete” (counted apart from no-shows), so nobody stays “in training”;
cohort-complete-does-status = the course becomes “completed” and counts as delivered in the progress reports. Marks can still be corrected and completions confirmed again on the attendance page.
cohort-complete = Complete the course
cohort-complete-check-attendance = Check the attendance first
flash-course-completed = Course completed: { $completed } completed, { $not_completed } did not complete.
