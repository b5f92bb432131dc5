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
enrollment-status-not-completed = Did not complete
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
roster-search = Search
roster-search-hint = Part of a name in Latin or native script, of an organization, or a badge code.
bulk-title = With the trainees selected
bulk-action = Action
bulk-set-status = Set status: { $status }
bulk-move-to-group = Move to { $group }
bulk-issue-links = Issue personal links to those without one
bulk-apply = Apply to selected
bulk-print-badges = Print badges of selected
bulk-choose = Select
bulk-choose-all = { $count ->
    [one] Select the trainee shown
   *[other] Select all { $count } shown
}
flash-bulk-done = { $count ->
    [0] Done: nothing needed to change.
    [one] Done: one trainee changed.
   *[other] Done: { $count } trainees changed.
}
error-bulk-none-chosen = Select at least one trainee.
error-bulk-status = { $name }: “{ $status }” cannot become “{ $to }” (one step at a time).
error-bulk-not-taking-part = { $name } is “{ $status }”: only trainees taking part can get this.
badges-title = Badges
badges-count = { $count ->
    [one] One badge.
   *[other] { $count } badges.
}
badges-print-hint = Print on A4: eight to a page, cut along the lines. The code lets its holder check in: keep the badges until they are handed out.
badges-code = Check-in code
