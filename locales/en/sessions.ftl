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
session-add-venue = Not in the list? Add a new venue
session-add-venue-hint = When the session is saved, the venue is added to the venues and chosen for this session instead of the one above.
session-add-speaker-hint = When the session is saved, the speaker is added to the speakers and chosen for this session.
session-add-speaker = Not in the list? Add a new speaker
session-add-interpreter = Not in the list? Add a new interpreter
session-add-interpreter-hint = When the session is saved, the interpreter is added with the language pairs chosen above and assigned to this session.
session-add-vehicle = Not in the list? Add a new bus
session-add-vehicle-hint = When the session is saved, the bus is added to this course's buses and booked for this session.
session-field-interpretation-hint = One pair, or several with Ctrl (⌘ on a Mac) held down; a phone shows the list to tick.
session-save-and-add = Save and add another
flash-session-saved-next = Session saved. The next one starts when it ends, at the same place.
