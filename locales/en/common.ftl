## Navigation and page frame
nav-skip = Skip to content
nav-label = Main
nav-dashboard = Dashboard
nav-commitments = Commitments
nav-cohorts = Cohorts
nav-logout = Log out
nav-breadcrumbs = You are here
footer-text = cohortdesk — training courses for the SCO poverty-reduction programme

## Words used on many pages
edit = Edit
save = Save
cancel = Cancel
archive = Archive
restore = Restore
archived = archived
actions = Actions
filter-all = All
filter-year = Year
filter-apply = Show
filter-show-archived = Show archived
filter-hide-archived = Hide archived
filter-clear = Show all
places-count = { $count ->
    [one] { $count } place
   *[other] { $count } places
}
days-count = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
form-has-errors = { $count ->
    [one] Please correct the field marked below.
   *[other] Please correct the { $count } fields marked below.
}

## Notices after an action
flash-welcome = Welcome! Your organizer account is ready.
flash-saved = Changes saved.
flash-archived = Archived. It no longer appears in lists unless you show archived items.
flash-restored = Restored.
flash-commitment-created = Commitment created. Now add the host cities' allocations.
flash-allocation-saved = Allocation saved.
flash-cohort-created = Cohort created.
flash-trainee-added = Trainee enrolled.
flash-status-changed = Status changed.
flash-imported = { $count ->
    [one] { $count } trainee imported.
   *[other] { $count } trainees imported.
}

## Roles
role-organizer = Organizer
role-coordinator = Coordinator
role-trainee = Trainee

## Languages a course is taught in
language-zh = Chinese
language-ru = Russian
language-en = English
language-kk = Kazakh
language-ky = Kyrgyz
language-tg = Tajik
language-uz = Uzbek
language-ur = Urdu
language-fa = Persian
language-hi = Hindi

## Messages next to form fields
error-required = Please fill this in.
error-too-long = Use at most { $max } characters.
error-not-a-number = Enter a whole number, such as 70.
error-out-of-range = Enter a number from { $min } to { $max }.
error-not-a-date = “{ $value }” is not a date; write it as YYYY-MM-DD or DD.MM.YYYY, e.g. 2023-06-15 or 15.06.2023.
error-end-before-start = The last day cannot be before the first day.
error-course-too-long = A course lasts at most { $max } days; these dates span { $days }.
error-time-zone = “{ $value }” is not a time zone. Use a name such as Asia/Shanghai.
error-choose-one = Choose one of the options.
error-email = Enter an e-mail address such as name@example.org.
error-email-taken = An account with this e-mail address already exists.
error-password-short = Use at least { $min } characters.
error-password-weak = This password is too easy to guess: add a few unrelated words.
error-password-mismatch = The two passwords are not the same.
error-places-below-allocated = Host cities already hold { $allocated } places; promise at least that many.
error-period-excludes-cohort = A cohort under this commitment runs on { $date }; the period must include it.
error-allocations-exceed = Only { $available } of the { $places } promised places are still unallocated.
error-allocation-below-planned = Cohorts in this city already hold { $planned } places; allocate at least that many.
error-city-taken = This host city already has an allocation in this commitment.
error-course-not-awaiting-completion = Only a course that ended and is not completed or cancelled can be completed.
error-host-city-administrators = Only an organizer of every course can give a host city places. Choose one of the allocations above.
error-target-year = { $year } is not a year of this commitment.
error-targets-exceed = The yearly targets add up to { $total }, more than the { $places } places allocated.
error-commitment-archived = This commitment is archived; choose a current one.
error-outside-period = The commitment runs from { $start } to { $end }; the course must fall within it.
error-over-allocation = Only { $remaining } of { $city }'s { $places } places are left.
error-status-step = A cohort moves one step at a time (planning → open → running → completed), or is cancelled before it is completed.

## Error pages
error-back = Back to the start page
error-400-title = Bad request
error-400-text = The request could not be understood. Go back and try again.
error-403-title = Not allowed
error-403-text = Your account may not do this, or the form had expired. Go back, reload the page and try again.
error-404-title = Not found
error-404-text = There is nothing at this address. It may have been mistyped, or the item no longer exists.
error-413-title = Too large
error-413-text = What you sent is larger than cohortdesk accepts.
error-422-title = Cannot be saved
error-422-text = The input breaks a rule. Go back and correct it.
error-500-title = Something went wrong
error-500-text = cohortdesk could not finish this request. Please try again in a moment; if it keeps happening, tell your administrator.
error-503-title = Temporarily unavailable
error-503-text = The database cannot be reached right now. Please try again in a moment.

## Navigation, more
nav-resources = Venues and people
delete = Delete
error-database-busy = Nothing was saved: the database is busy or out of reach for a moment. Everything you entered is still here — send the form again in a few seconds.
conflict-heading = Someone else saved this while you were editing it. Nothing of yours was saved; your input is kept below. These fields were changed meanwhile (their values now):
conflict-by-system = the system
conflict-apply = Check your values below, then put them on top of these changes with this button or Save.
conflict-save-mine = Save my values on top
