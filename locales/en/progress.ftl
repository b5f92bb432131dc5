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
progress-not-completed = Did not complete
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
progress-define-not-completed = Did not complete = enrollments that ended as “did not complete”: the trainee took part but did not meet the course's completion rule when completions were confirmed. They deliver no place and are counted apart from no-shows, who never came.
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
report-programme-hours = Programme hours
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
report-define-hours = Programme hours = the time the lectures, site visits and case studies not cancelled take up, by theme and by kind; sessions held at the same time for different groups count once (four parallel case studies of three hours are three hours). Hours per trainee = the time of the sessions each participant was expected at, the fewest and the most when groups differ.
report-hours-per-trainee = Hours per trainee
report-define-expected = Expected = participants a session is for (the whole cohort, or its delegations or groups).
progress-total = Total
progress-define-total = Total rows add up each column of their table, except people trained: someone who completed courses in two host cities is one person in the total, so the total can be less than the rows added up. Every table's total row holds the same figures as the commitment's cards above.
