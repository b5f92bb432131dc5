## A trainee's itinerary
itinerary-title = Your programme
itinerary-times-local = All times are { $city } time ({ $offset }).
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
itinerary-subscribe = iPhone, iPad, Mac: subscribe in Calendar
itinerary-subscribe-course = The whole course's programme (.ics file)
itinerary-personal-link = Personal link
itinerary-personal-link-hint = Opens this trainee's programme on their phone without a password. Anyone with the link can read it: issue a new one if it was shared by mistake.
itinerary-link-none = No personal link yet.
itinerary-link-issue = Issue a personal link
itinerary-link-reissue = Issue a new link (the old one stops working)
itinerary-link-revoke = Revoke the link
itinerary-link-issued = New personal link issued; the old one no longer works.
itinerary-link-revoked = Personal link revoked.
itinerary-subscribe-google = Android: subscribe in Google Calendar
itinerary-download-ics = Other calendars: download the .ics file
itinerary-certificate = Your certificate
itinerary-certificate-open = Open and print your certificate of completion
