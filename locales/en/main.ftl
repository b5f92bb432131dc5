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

## Login and first run
login-title = Log in
login-intro = Log in with the e-mail address and password of your cohortdesk account.
login-submit = Log in
login-failed = The e-mail address or the password is not right.
login-throttled = { $count ->
    [one] Too many failed attempts. Try again in { $count } minute.
   *[other] Too many failed attempts. Try again in { $count } minutes.
}
setup-title = Set up cohortdesk
setup-intro = No one has an account yet. Create the first organizer account; you can add colleagues later.
setup-submit = Create account
field-name = Full name
field-email = E-mail address
field-password = Password
field-password-hint = At least 10 characters.
field-password-confirm = Password again

## Dashboard
dashboard-title = Dashboard
dashboard-commitments = Commitments
dashboard-current = Current and upcoming cohorts
dashboard-current-empty = No cohort is running or planned from today on.
dashboard-recent = Recently finished
dashboard-by-status = Cohorts by status

## Commitments
commitments-title = Commitments
commitments-explained = A commitment is a promise of training places over a period, shared out among host cities.
commitments-empty = No commitments yet.
commitment-new = New commitment
commitment-edit = Edit commitment
commitment-field-name = Name
commitment-field-name-hint = For example: SCO poverty-reduction training 2023–2025
commitment-field-description = Description
commitment-field-places = Training places promised
commitment-field-starts-on = First day
commitment-field-ends-on = Last day
commitment-period = Period
commitment-allocated = Allocated
commitment-planned = Planned
commitment-planned-rule = Planned = the capacity of every cohort under this commitment that is not cancelled.
commitment-places-planned = { $count ->
    [one] { $count } place planned in cohorts
   *[other] { $count } places planned in cohorts
}
commitment-places-delivered = { $count ->
    [one] { $count } place delivered (a completed enrollment)
   *[other] { $count } places delivered (completed enrollments)
}
commitment-see-progress = See progress
commitment-places-allocated = { $count ->
    [one] { $count } place allocated to host cities
   *[other] { $count } places allocated to host cities
}
commitment-archived-notice = This commitment is archived: no new cohorts can be placed under it.

## Allocations
allocations-title = Host cities
allocations-empty = No host city has an allocation yet.
allocation-new = Add host city
allocation-edit = Edit allocation
allocation-field-host-city = Host city
allocation-field-places = Places
allocation-remaining = Remaining
allocation-targets = Yearly targets
allocation-targets-hint = Optional: how many of these places each year should deliver.

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
error-password-mismatch = The two passwords are not the same.
error-places-below-allocated = Host cities already hold { $allocated } places; promise at least that many.
error-period-excludes-cohort = A cohort under this commitment runs on { $date }; the period must include it.
error-allocations-exceed = Only { $available } of the { $places } promised places are still unallocated.
error-allocation-below-planned = Cohorts in this city already hold { $planned } places; allocate at least that many.
error-city-taken = This host city already has an allocation in this commitment.
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

## Roster
roster-title = Trainees
roster-enrolled = { $count ->
    [one] trainee enrolled
   *[other] trainees enrolled
}
roster-places-taken = places taken
roster-places-left = { $count ->
    [one] place left
   *[other] places left
}
roster-places-rule = A place is taken by a confirmed, arrived or completed trainee; nominated ones do not take one yet.
roster-by-status = By status
roster-by-gender = By gender
roster-by-country = By country
roster-delegation = Delegation
roster-empty = No trainees yet. Add them one by one, or import the list the ministries sent.
roster-none-match = No trainees match.
roster-shown = { $count ->
    [one] { $count } trainee shown
   *[other] { $count } trainees shown
}
export-csv = Download CSV
export-with-passport = include passport columns

pages-label = Pages
pages-lines = Lines
pages-previous = ← Previous
pages-next = Next →
pages-all = All on one page (to print)

## Trainees
trainee-name = Name
trainee-add = Add trainee
trainee-add-intro = Someone who took part in an earlier cohort is recognised by passport number or e-mail, and their details are updated.
trainee-edit = Edit trainee
trainee-person = Person
trainee-contact = Contact and needs
trainee-travel = Travel and lodging
trainee-in-this-cohort = In this cohort
trainee-history = History
trainee-change-status = Change status to
trainee-other-cohorts = Other cohorts
trainee-times-in-zone = Times are on the cohort's clock:
trainee-passport-valid-until = valid until
trainee-language-by-country = By country
trainee-field-family-name = Family name
trainee-field-given-name = Given name
trainee-field-latin-hint = In Latin letters, as in the passport.
trainee-field-native-name = Full name in own script
trainee-field-native-name-hint = Optional: Cyrillic, Chinese, Arabic script…
trainee-field-gender = Gender
trainee-field-date-of-birth = Date of birth
trainee-field-country = Country
trainee-field-organization = Organization
trainee-field-position = Position
trainee-field-email = E-mail
trainee-field-phone = Phone or messenger
trainee-field-phone-hint = With the country code, e.g. +7 701 000 0000 (WhatsApp, Telegram…).
trainee-field-language = Preferred language
trainee-field-dietary = Dietary requirements
trainee-field-accessibility = Accessibility needs
trainee-field-passport = Passport
trainee-field-passport-number = Passport number
trainee-field-passport-expiry = Passport valid until
trainee-field-notes = Notes
trainee-field-status = Status
trainee-field-arrival = Arrival
trainee-field-departure = Departure
trainee-field-flight = Flight
trainee-field-airport = Airport
trainee-field-hotel = Hotel
trainee-field-room = Room
gender-female = Female
gender-male = Male
enrollment-status-nominated = Nominated
enrollment-status-confirmed = Confirmed
enrollment-status-arrived = Arrived
enrollment-status-completed = Completed
enrollment-status-withdrawn = Withdrawn
enrollment-status-no-show = No-show
error-gender = “{ $value }” is not a gender; write female or male.
error-date-of-birth = This date of birth is not plausible.
error-country = “{ $value }” is not a known country; use its two-letter ISO code (KZ) or its name.
error-language = “{ $value }” is not a language cohortdesk speaks; use en, zh or ru.
error-passport-number = A passport number has only letters and digits, at most 20.
error-enrollment-status = “{ $value }” is not a status; use nominated, confirmed, arrived, completed, withdrawn or no_show.
error-not-a-time = “{ $value }” is not a date and time; write it as YYYY-MM-DD HH:MM or DD.MM.YYYY HH:MM, e.g. 2023-06-14 22:40.
error-departure-before-arrival = The departure cannot be before the arrival.
error-already-enrolled = { $name } is already enrolled in this cohort.
error-email-other-trainee = This e-mail address belongs to another trainee ({ $name }).
error-passport-other-trainee = This passport number belongs to another trainee ({ $name }).
error-cohort-full = Not enough places: { $taken } of { $capacity } are taken and { $left } left.
error-enrollment-step = A trainee moves one step at a time: nominated → confirmed → arrived → completed; withdrawn or no-show instead.

## Delegations
delegations-title = Delegations
delegations-explained = Each country's group in the cohort is a delegation, created with its first trainee. Its leader is one of its trainees; its focal point is the national contact at home or at the embassy.
delegations-empty = No delegations yet: they appear as trainees are enrolled.
delegation-country = Country
delegation-leader = Leader
delegation-focal-point = National focal point
delegation-focal-point-hint = The person at the ministry or embassy who answers for this delegation.
delegation-edit = Edit delegation

## Import
import-title = Import trainees
import-intro = Load the whole list the partner ministries sent. Nothing is saved until you have seen the preview and confirmed it, and then either every row is imported or none.
import-file = Roster file
import-file-hint = An Excel, WPS or LibreOffice workbook (.xlsx, .xls, .ods), or CSV or tab-separated text in any usual encoding (UTF-8, UTF-16, Windows-1251, GB18030); at most 5 MB and 5,000 rows. The encoding, separator and sheet are detected, and you can change them in the preview.
import-check = Check the file
import-template = Template
import-columns = Columns
import-columns-intro = Row 1 names the columns, in English, Russian or Chinese (as in the table below, or the other usual headings such as Фамилия, 姓, Дата рождения, 出生日期); their order does not matter and unknown ones are ignored. Dates are written YYYY-MM-DD, DD.MM.YYYY or as date cells of a workbook (03/04/1985 is refused: it could be April or March); times YYYY-MM-DD HH:MM or DD.MM.YYYY HH:MM on the cohort's clock; countries as ISO codes (KZ) or names in English, Chinese or Russian; gender as female or male; status as nominated, confirmed, arrived, completed, withdrawn or no_show.
import-required = required
import-preview-title = Check the import
import-will-enrol = { $count ->
    [one] { $count } trainee will be enrolled,
   *[other] { $count } trainees will be enrolled,
}
import-new-people = { $count ->
    [one] { $count } of them new to cohortdesk.
   *[other] { $count } of them new to cohortdesk.
}
import-confirm = { $count ->
    [one] Import { $count } trainee
   *[other] Import { $count } trainees
}
import-again = Correct the file and upload it again.
import-row = Row
import-known = known
import-new = new
import-refused = { $count ->
    [one] Nothing was imported: { $count } problem must be corrected first.
   *[other] Nothing was imported: { $count } problems must be corrected first.
}
import-at-cell = row { $row }, column { $column }: { $message }
import-at-row = row { $row }: { $message }
import-too-large = The file is larger than { $max } MB; split it into smaller files.
import-empty = The file is empty.
import-missing-column = The column “{ $column }” is missing.
import-repeated-column = The column “{ $column }” appears twice.
import-unknown-column = The column “{ $column }” is not known and was ignored.
import-no-rows = The file has a header but no rows.
import-too-many-rows = The file has more than { $max } rows; split it into smaller files.
import-field-count = it has { $found } values where the header has { $expected }.
import-duplicate = the same as in row { $row }.
import-passport-expires = the passport expires on { $date }, before the course ends.

## Navigation, more
nav-resources = Venues and people
delete = Delete

## Timetable
timetable-title = Timetable
timetable-views = Timetable views
timetable-by-day = Day by day
timetable-today = Go to today
timetable-week = Week grid
timetable-week-number = Week { $count }
timetable-legend = Kinds of session
timetable-day = Day { $count }
timetable-day-empty = Nothing planned on this day.
timetable-sessions = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
weekday-mon = Mon
weekday-tue = Tue
weekday-wed = Wed
weekday-thu = Thu
weekday-fri = Fri
weekday-sat = Sat
weekday-sun = Sun
session-new = Add session
session-edit = Edit session
session-add-to-day = Add a session on this day
session-cancel = Cancel session
session-now = now
session-next = next
session-for = For:
session-whole-cohort = The whole cohort
session-bus-departs = Bus leaves at
session-bus-returns = back at
session-day = Day
session-time = Time
session-logistics = Buses and hosts
session-logistics-hint = For site visits: when and where the buses leave, which buses, when they are back, and who receives the group.
session-materials = Materials
session-materials-none = No materials yet.
session-materials-upload = Upload a file (at most 20 MB)
session-materials-send = Upload
session-warnings = Before saving, please look at these:
session-save-anyway = Save anyway
session-audience-hint = Nothing chosen: the whole cohort attends. Choose groups or delegations for parallel sessions.
session-field-kind = Kind
session-field-title = Title
session-field-description = Description
session-field-theme = Theme
session-field-status = Status
session-field-start = Starts
session-field-end = Ends
session-field-venue = Venue
session-field-room = Room
session-field-speakers = Speakers
session-field-languages = Languages spoken
session-field-interpretation = Interpretation needed
session-field-interpreters = Interpreters
session-field-audience = Who attends
session-field-departs = Buses leave at
session-field-departure-point = From
session-field-returns = Back at
session-field-vehicles = Buses
session-field-host = Host
session-field-host-contact = Host's contact
session-field-address = Address
session-field-what-to-bring = What to bring or wear
session-field-materials-link = Link to materials
session-kind-lecture = Lecture
session-kind-site-visit = Site visit
session-kind-case-study = Case study
session-kind-ceremony = Ceremony
session-kind-meal = Meal
session-kind-break = Break
session-kind-free-time = Free time
session-status-planned = Planned
session-status-confirmed = Confirmed
session-status-cancelled = Cancelled
theme-governance = Rural governance
theme-construction = Rural construction
theme-industry = Agricultural industry development
theme-mechanization = Agricultural mechanization
theme-tourism = Agri-tourism integration
theme-other = Other
seats-count = { $count ->
    [one] { $count } seat
   *[other] { $count } seats
}
flash-session-saved = Session saved.
flash-session-cancelled = Session cancelled. It stays on the timetable, struck through.
flash-materials-saved = Materials uploaded.
error-materials-missing = Choose a file to upload.
error-materials-too-large = The file is larger than { $max } MB.
error-not-a-clock-time = “{ $value }” is not a time; write it as HH:MM, e.g. 09:30.
error-time-skipped = { $time } does not exist on that day in { $zone }: the clocks jump over it.
error-time-repeated = { $time } happens twice on that day in { $zone }: the clocks go back. Choose another time.
error-end-not-after-start = The session must end after it starts.
error-session-too-long = A session lasts at most 16 hours.
error-departs-after-start = The buses must leave before the session starts.
error-returns-before-end = The buses cannot be back before the session ends.
error-outside-course = The course runs from { $start } to { $end }.
error-link = Enter an address starting with https://.
error-venue-seats = The venue seats { $seats }, fewer than the { $count } who attend.
error-vehicle-seats = The buses seat { $seats }, fewer than the { $count } who attend.
clash-speaker = { $name } is already speaking in cohort “{ $cohort }” from { $start } to { $end } on { $date } (“{ $title }”).
clash-venue = { $name } is already booked for “{ $title }” in cohort “{ $cohort }” from { $start } to { $end } on { $date }.
clash-interpreter = { $name } is already interpreting in cohort “{ $cohort }” from { $start } to { $end } on { $date } (“{ $title }”).
clash-vehicle = { $name } is already out for “{ $title }” in cohort “{ $cohort }” from { $start } to { $end } on { $date }.
clash-trainees = Some of these trainees already have “{ $title }” from { $start } to { $end } on { $date }.
warning-short-return = Less than 30 minutes between the return from a site visit and the next session (“{ $title }”).
warning-no-interpreter = Interpretation is needed but no interpreter is assigned.
warning-long-session = The session lasts more than 4 hours without a break.
warning-long-day = This day lasts { $hours } hours for these trainees.

## Cloning
clone-title = Copy a timetable
clone-intro = Copy the sessions of another cohort into this one, moved by whole days. Every session is checked again like a new one; a trial run shows what can be placed before anything is saved.
clone-source = Copy from
clone-shift = Move by days
clone-shift-hint = Empty: the days between the two courses' first days.
clone-try = Try it
clone-report = What the copy would do
clone-would-place = { $count ->
    [one] { $count } session can be placed.
   *[other] { $count } sessions can be placed.
}
clone-would-refuse = { $count ->
    [one] { $count } session cannot be placed:
   *[other] { $count } sessions cannot be placed:
}
clone-confirm = { $count ->
    [one] Copy { $count } session
   *[other] Copy { $count } sessions
}
flash-cloned = { $placed } copied, { $refused } left out.

## Groups
groups-title = Groups
groups-explained = Groups let sessions run in parallel, such as case studies: a session for one group does not clash with another group's.
groups-empty = No groups yet.
groups-split = Split the trainees into groups
groups-split-hint = { $count ->
    [one] { $count } trainee, dealt out so that every group mixes the delegations.
   *[other] { $count } trainees, dealt out so that every group mixes the delegations.
}
groups-split-submit = Make the groups
group-default-name = Group
group-new = Add group
group-edit = Edit group
group-field-name = Group name
group-members = Members
flash-group-created = Group added. Now choose its members.
flash-group-deleted = Group deleted.
flash-groups-split = Groups made.
error-group-name-taken = This cohort already has a group with this name.
error-group-in-use = { $count ->
    [one] { $count } session is for this group; give it to other groups or the whole cohort first.
   *[other] { $count } sessions are for this group; give them to other groups or the whole cohort first.
}

## Vehicles
vehicles-title = Vehicles
vehicles-explained = The cohort's own buses and cars, and the shared ones any cohort may book.
vehicles-empty = No vehicles yet.
vehicle-new = Add vehicle
vehicle-edit = Edit vehicle
vehicle-shared = shared
vehicle-field-name = Name or plate
vehicle-field-seats = Seats
vehicle-field-driver = Driver's contact
vehicle-field-shared = Shared by every cohort

## Venues, speakers, interpreters
resources-title = Venues and people
resources-sections = Venues and people
resources-empty = Nothing here yet.
resource-schedule = Schedule
resource-schedule-empty = Not booked in any session.
venues-title = Venues
venue-new = Add venue
venue-edit = Edit venue
venue-map = Map
venue-field-name = Name
venue-field-kind = Kind
venue-field-address = Address
venue-field-capacity = Seats
venue-field-map-link = Map link
venue-kind-classroom = Classroom
venue-kind-hall = Hall
venue-kind-village = Village
venue-kind-cooperative = Cooperative
venue-kind-farm = Farm
venue-kind-enterprise = Enterprise
venue-kind-hotel = Hotel
venue-kind-other = Other
speakers-title = Speakers
speaker-new = Add speaker
speaker-edit = Edit speaker
speaker-field-name = Name
speaker-field-title = Title
speaker-field-organization = Organization
speaker-field-languages = Languages
interpreters-title = Interpreters
interpreter-new = Add interpreter
interpreter-edit = Edit interpreter
interpreter-field-name = Name
interpreter-field-pairs = Language pairs
interpreter-field-contact = Contact

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
attendance-confirm-hint = Sets every trainee who meets the rule to “completed”, and one who no longer does back to “arrived”. You can confirm again after correcting marks.
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
checkin-title = Check in
checkin-scan-hint = Scan this code with your phone's camera to check in.
checkin-qr-label = The check-in code to scan
checkin-count = { $count ->
    [one] { $count } checked in
   *[other] { $count } checked in
}
checkin-window = Check-in opens at { $opens }, counts as late after { $late } and closes at { $closes }.
checkin-refresh-hint = The code changes every 30 seconds; a photo of it is soon useless.
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
checkin-throttled = Too many wrong codes from this network; try again in 15 minutes or ask an organizer.
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
boarding-title = Bus headcount
boarding-leg = Which way
boarding-out = Going out
boarding-back = Coming back
boarding-vehicle = The bus you are at
boarding-missing = { $count ->
    [one] { $count } missing
   *[other] { $count } missing
}
boarding-all-aboard = Everyone is aboard.
boarding-no-vehicles = No bus is assigned to this site visit; add one on the session's form.
boarding-board = Boarded
boarding-undo = Undo
flash-boarded = Boarded.
error-boarding-vehicle = That bus is not assigned to this site visit.
certificate-page = Certificate of completion
certificate-open = Open to print
certificate-print-hint = Print on A4; the QR code leads to the public page that confirms the certificate.
certificate-title = Certificate of Completion
certificate-body = This is to certify that { $name } took part in “{ $course }”, held in { $city } on { $dates }, and completed the course.
certificate-serial = Serial number
verify-title = Certificate verification
verify-valid = This certificate is valid.
verify-course = Course
verify-unknown = No valid certificate has this serial number.
verify-throttled = Too many serial numbers tried from this network; try again in 15 minutes.
itinerary-title = Your programme
itinerary-times-in-zone = All times are local time in { $zone }.
itinerary-today = Today
itinerary-tomorrow = Tomorrow
itinerary-travel = Travel and hotel
itinerary-whole-course = The whole course, day by day
itinerary-free-day = Nothing planned for you on this day.
itinerary-map = Map
itinerary-bring = Bring
itinerary-speakers = Speakers
itinerary-bus-line = Bus leaves at { $bus }
itinerary-attendance = Your attendance
itinerary-attended = { $count ->
    [one] { $attended } of { $count } session attended
   *[other] { $attended } of { $count } sessions attended
}
itinerary-attendance-none = No attendance taken yet.
itinerary-badge-code = Your check-in code:
itinerary-contacts = Contacts
itinerary-delegation-contact = Your delegation's contact
itinerary-no-contact = Ask the organizers at the hotel reception.
itinerary-calendar = In your phone's calendar
itinerary-calendar-hint = Subscribe once: changes to the programme then appear in your calendar by themselves.
itinerary-subscribe = Add my programme to my calendar
itinerary-subscribe-course = the whole course's programme
itinerary-personal-link = Personal link
itinerary-personal-link-hint = Opens this trainee's programme on their phone without a password. Anyone with the link can read it: issue a new one if it was shared by mistake.
itinerary-link-none = No personal link yet.
itinerary-link-issue = Issue a personal link
itinerary-link-reissue = Issue a new link (the old one stops working)
itinerary-link-revoke = Revoke the link
itinerary-link-issued = New personal link issued; the old one no longer works.
itinerary-link-revoked = Personal link revoked.
mail-greeting = Dear { $name },
mail-itinerary-subject = Your programme: { $course }
mail-itinerary-intro = here is your programme for { $course } in { $city }, { $dates }. Your personal page always shows the latest version:
mail-open-programme = Open my programme
mail-itinerary-calendar = The attached file itinerary.ics adds every session to your calendar. To have changes appear by themselves, subscribe instead:
mail-link-private = The link is personal: please do not forward this e-mail.
mail-sign-off = The organizers
mail-changed-subject = Your programme changed: { $course }
mail-changed-intro = your programme for { $course } has changed since we last wrote to you:
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

## Progress against a commitment
nav-progress = Progress
progress-title = Progress
progress-as-of = as of { $date }
progress-key-figures = Key figures
progress-delivered = Delivered
progress-people = People trained
progress-remaining = Remaining places
progress-days-left = Days left
progress-pipeline = On the way
progress-in-progress = In progress
progress-confirmed = Confirmed
progress-nominated = Nominated
progress-upcoming = Upcoming
progress-projected = Projected
progress-target = Target
progress-allocation = Allocation
progress-short = { $count ->
    [one] Delivered and upcoming places together fall { $count } place short of the target.
   *[other] Delivered and upcoming places together fall { $count } places short of the target.
}
progress-on-track = Delivered and upcoming places together reach the target.
progress-burn-up = Places delivered over time
progress-burn-up-summary = { $delivered } of { $target } places delivered; { $projected } projected by { $deadline }.
progress-today = Today
progress-legend-delivered = Places delivered
progress-legend-projection = Projection from upcoming cohorts
progress-legend-pace = Even pace to the target
progress-chart-host-cities = Host cities against their allocations
progress-chart-countries = Places by country
progress-download-csv = Download CSV
progress-json = Download JSON
progress-host-city = Host city
progress-year = Year
progress-country = Country
progress-code = Country code
progress-cohort = Cohort
progress-dates = Dates
progress-status = Status
progress-capacity = Capacity
progress-starts-on = First day
progress-ends-on = Last day
progress-by-host-city = By host city
progress-by-host-city-year = By host city and year
progress-by-year = By year
progress-by-country = By country
progress-by-cohort = By cohort
progress-definitions = How the figures are counted
progress-define-delivered = Delivered = enrollments with status “completed” in cohorts under this commitment. One place is one completed enrollment.
progress-define-people = People trained = different trainees with at least one completed enrollment. Someone who completed two cohorts counts as two places and one person.
progress-define-in-progress = In progress = enrollments with status “arrived”: trainees on a course now.
progress-define-confirmed = Confirmed = enrollments with status “confirmed”.
progress-define-nominated = Nominated = enrollments with status “nominated”.
progress-define-upcoming = Upcoming = the capacity of cohorts that are neither completed nor cancelled, less the places they have already delivered.
progress-define-remaining = Remaining places = the target less the places delivered (never below zero).
progress-define-projected = Projected = delivered plus upcoming places. In the chart each cohort adds its places on its last day.
progress-define-days-left = Days left = days from today to the commitment's last day. Years are the year a cohort starts.

## Cohort report
report-title = Report
report-participants = Participants
report-women = Women
report-men = Men
report-gender-balance = Gender balance
report-gender = Gender
report-hours = Hours taught
report-sessions = Sessions
report-sessions-count = { $count ->
    [one] { $count } lecture, site visit or case study
   *[other] { $count } lectures, site visits and case studies
}
report-attendance-rate = Attendance rate
report-expected = Expected
report-date = Date
report-starts = Starts
report-ends = Ends
report-kind = Kind
report-theme = Theme
report-native-name = Name in own script
report-completed = Completed
report-by-delegation = By delegation
report-by-session = By session
report-by-trainee = By trainee
report-by-theme = Hours by theme
report-by-kind = Hours by kind
report-define-participants = Participants = trainees enrolled in this cohort, less those who withdrew or did not come.
report-define-completed = Delivered = participants with status “completed”: the places this cohort counts towards the commitment, as on the progress page.
report-define-attendance-rate = Attendance rate = sessions attended (present or late) ÷ (attended + absent); excused sessions and sessions not marked are left out.
report-define-gender = Women and men = participants by the gender on their record; the share is of all participants.
report-define-hours = Hours taught = the length of the lectures, site visits and case studies not cancelled, by theme and by kind.
report-define-expected = Expected = participants a session is for (the whole cohort, or its delegations or groups).

## Personal API tokens
nav-api-tokens = API tokens
api-tokens-title = API tokens
api-tokens-explained = A personal token lets your own tools read the progress and cohort reports as JSON under /api/v1/. It reads what you may read and changes nothing. Revoke a token as soon as it is no longer needed.
api-token-new = New token
api-token-field-name = Name
api-token-field-name-hint = What the token is for, e.g. “Ministry dashboard”.
api-token-create = Create token
api-token-created = Your new token
api-token-copy-now = Copy it now: it is shown only this once and cannot be seen again.
api-token-example = Try it:
api-tokens-yours = Your tokens
api-tokens-empty = You have no API tokens yet.
api-token-ends-with = Ends with
api-token-created-on = Created
api-token-last-used = Last used
api-token-active = Active
api-token-revoked = Revoked
api-token-revoke = Revoke
flash-api-token-revoked = The token is revoked: tools using it get “401 Unauthorized” from now on.

## Audit log
audit-title = Audit log
audit-explained = Every change to commitments, host-city allocations, cohorts, trainees, enrollments, sessions, attendance and accounts: who made it, when, and each field before and after. Passport numbers are masked.
audit-history = History
audit-empty = No changes recorded yet.
audit-when = When
audit-who = Who
audit-what = What
audit-object = Object
audit-changes = Changes
audit-emptied = (empty)
audit-system = System (command line or demo)
audit-any = Any
audit-cohort-id = Cohort no.
audit-from = From
audit-until = Until
audit-filter = Show
audit-newer = ← Newer
audit-older = Older →
audit-whole-cohort = Every change in this cohort's trainees, sessions and attendance
nav-audit = Audit log
audit-action-create = Created
audit-action-update = Changed
audit-action-delete = Deleted
audit-object-commitment = commitment
audit-object-allocation = host-city allocation
audit-object-cohort = cohort
audit-object-trainee = trainee
audit-object-enrollment = enrollment
audit-object-session = session
audit-object-attendance = attendance
audit-object-user = account
audit-field-name = Name
audit-field-description = Description
audit-field-places = Places
audit-field-starts_on = First day
audit-field-ends_on = Last day
audit-field-archived = Archived
audit-field-commitment = Commitment
audit-field-host_city = Host city
audit-field-targets = Yearly targets
audit-field-allocation = Allocation
audit-field-venue = Venue
audit-field-time_zone = Time zone
audit-field-capacity = Capacity
audit-field-languages = Languages
audit-field-status = Status
audit-field-notes = Notes
audit-field-completion_threshold = Completion threshold (%)
audit-field-checkin_opens_before = Check-in opens before (min)
audit-field-checkin_closes_after = Check-in closes after (min)
audit-field-late_after = Late after (min)
audit-field-family_name = Family name
audit-field-given_name = Given name
audit-field-native_name = Name in own script
audit-field-gender = Gender
audit-field-date_of_birth = Date of birth
audit-field-country = Country
audit-field-organization = Organization
audit-field-position = Position
audit-field-email = E-mail
audit-field-phone = Phone
audit-field-language = Language
audit-field-dietary = Dietary needs
audit-field-accessibility = Accessibility
audit-field-passport_number = Passport number
audit-field-passport_expiry = Passport expiry
audit-field-trainee = Trainee
audit-field-arrival_at = Arrival
audit-field-arrival_flight = Arrival flight
audit-field-arrival_airport = Arrival airport
audit-field-departure_at = Departure
audit-field-departure_flight = Departure flight
audit-field-departure_airport = Departure airport
audit-field-hotel = Hotel
audit-field-room = Room
audit-field-title = Title
audit-field-kind = Kind
audit-field-theme = Theme
audit-field-starts_at = Starts
audit-field-ends_at = Ends
audit-field-host_organization = Host organization
audit-field-address = Address
audit-field-departure_point = Bus leaves from
audit-field-departs_at = Bus leaves at
audit-field-returns_at = Bus returns at
audit-field-role = Role
audit-field-password = Password

## The full enrollment export
export-all-enrollments = All enrollments (CSV)
export-enrollment = Enrollment no.
export-cohort-id = Cohort no.
export-trainee-id = Trainee no.
progress-commitment = Commitment

## Files in and out
error-ambiguous-date = “{ $value }” could be { $first } or { $second }: write it as { $iso } (year, month, day) or { $dotted } (day, month, year).
error-line-break = Write this on one line: it contains a line break.
error-bidi-character = Remove the invisible character { $code }: it changes the direction text is shown in.
error-control-character = Remove the invisible control character { $code } (retype the text rather than pasting it).
import-heading = Heading
import-column-name = Column name
import-template-sheet = Trainees
import-which-reads-right = Which of these reads right?
import-read-as = How the file is read
import-encoding = Encoding
import-separator = Separator
import-sheet = Sheet
import-everyone-nominated = Import everyone as nominated
import-everyone-nominated-hint = Ignores the file's status column: for taking a past course's roster into a new cohort.
import-read-again = Read it again
import-known-or-new = Known or new
import-read-text = { $encoding }, { $separator }, { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}
import-read-workbook = { $kind }, sheet “{ $sheet }”, { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}
import-password = The workbook is protected with a password. Open it, remove the password (File → Info → Protect workbook) and save it again.
import-corrupt = The workbook cannot be opened: it is damaged, or not a workbook. Open it in Excel, WPS or LibreOffice and save it again.
import-not-a-table = This file is neither a workbook nor text: upload the roster as .xlsx, .xls, .ods or CSV.
import-no-such-sheet = The workbook has no such sheet.
import-choose-encoding = The file's encoding cannot be told from its contents: choose the one that reads right.
import-mixed-encodings = The file mixes two encodings: line(s) { $utf8 } are UTF-8 and line(s) { $other } are not. Save the whole file again in one encoding (in Excel: “CSV UTF-8”).
import-bad-bytes = Line(s) { $lines } hold bytes that mean nothing in { $encoding }: choose another encoding.
import-cell-error = the cell holds the spreadsheet error { $value } instead of a value.
import-header-not-first = The column names must be in row 1, but they are in row { $row }: delete the rows above them.
import-unnamed-column = Column { $column } has values but no name in row 1 (merged heading cells?): give each column its own heading.
import-status-before-start = the course has not started, so nobody can be “{ $value }” yet: leave the status empty, or tick “Import everyone as nominated”.
encoding-utf-8 = UTF-8
encoding-utf-16le = UTF-16 (Excel “Unicode text”)
encoding-utf-16be = UTF-16 big-endian
encoding-windows-1251 = Windows-1251 (Cyrillic)
encoding-koi8-r = KOI8-R (Cyrillic)
encoding-gb18030 = GB18030 / GBK (Chinese)
encoding-big5 = Big5 (traditional Chinese)
encoding-windows-1252 = Windows-1252 (Western European)
separator-comma = commas
separator-semicolon = semicolons
separator-tab = tabs
separator-pipe = vertical bars
workbook-xlsx = Excel workbook (.xlsx)
workbook-xls = Excel 97–2003 workbook (.xls)
workbook-ods = OpenDocument spreadsheet (.ods)
export-enrollments = Enrollments
roster-column-family-name = Family name
roster-column-given-name = Given name
roster-column-native-name = Name in native script
roster-column-gender = Gender
roster-column-date-of-birth = Date of birth
roster-column-country = Country
roster-column-organization = Organization
roster-column-position = Position
roster-column-email = E-mail
roster-column-phone = Phone
roster-column-preferred-language = Preferred language
roster-column-dietary = Dietary requirements
roster-column-accessibility = Accessibility needs
roster-column-passport-number = Passport number
roster-column-passport-expiry = Passport expiry
roster-column-notes = Notes
roster-column-status = Status
roster-column-arrival = Arrival
roster-column-arrival-flight = Arrival flight
roster-column-arrival-airport = Arrival airport
roster-column-departure = Departure
roster-column-departure-flight = Departure flight
roster-column-departure-airport = Departure airport
roster-column-hotel = Hotel
roster-column-room = Room
export-xlsx = Download Excel
export-all-enrollments-xlsx = All enrollments (Excel)
audit-when-utc = When (UTC)
audit-kind = Kind of object
audit-object-number = No.
audit-field = Field
audit-before = Before
audit-after = After
import-empty-workbook = Every sheet of the workbook is empty.
