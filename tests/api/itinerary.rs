//! Trainees' personal pages and calendar feeds: the secret link, what it shows (and never shows), the
//! phone it logs in for check-in, and the `.ics` feeds read back by an independent iCalendar parser.

use chrono::{Duration, NaiveDateTime};
use cohortdesk::domain::ids::{CohortId, SessionId};
use cohortdesk::domain::translation::{StringId, Text};
use cohortdesk::i18n::Lang;
use cohortdesk::models::enrollment::RosterEntry;
use cohortdesk::models::session::Session;
use cohortdesk::services::translations::cohort_catalog;
use ical::parser::ical::component::IcalCalendar;

use crate::helpers::{Page, TestApp, Visitor, test_now};

pub(crate) const COHORT: CohortId = CohortId(1);
/// The demo's site visit to Zhujiagou village, 08:30–12:00 on the test clock's day (16 June 2023).
const VISIT: SessionId = SessionId(7);

/// Issues a trainee's personal link from their page and returns its path (`/my/…`).
pub(crate) async fn issue_link(organizer: &Visitor, entry: &RosterEntry) -> String {
    issue_link_in(organizer, COHORT, entry).await
}

/// Issues the personal link of `entry` in `cohort`; its path.
pub(crate) async fn issue_link_in(
    organizer: &Visitor,
    cohort: CohortId,
    entry: &RosterEntry,
) -> String {
    let page = format!("/cohorts/{cohort}/trainees/{}", entry.trainee.id);
    let issued = organizer.submit(&page, &format!("{page}/link"), &[]).await;
    assert_eq!(issued.status, 303, "{}", issued.body);
    let shown = organizer.get(&page).await;
    let link = shown.text(".personal-link-url");
    let path = link
        .find("/my/")
        .map(|at| link[at..].to_owned())
        .expect("the trainee page shows the personal link");
    assert_eq!(path.len(), "/my/".len() + 32, "128 bits as 32 hex digits");
    path
}

/// The first trainee of the demo cohort who reads `lang`, and one from another delegation.
pub(crate) fn two_trainees(app: &TestApp, lang: Lang) -> (RosterEntry, RosterEntry) {
    let roster = app.roster(COHORT);
    let reader = roster
        .iter()
        .find(|e| e.trainee.language == lang)
        .unwrap()
        .clone();
    let other = roster
        .iter()
        .find(|e| e.trainee.country_code != reader.trainee.country_code)
        .unwrap()
        .clone();
    (reader, other)
}

#[tokio::test]
async fn a_personal_link_opens_the_trainees_programme_in_their_language_without_a_password() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let (trainee, _) = two_trainees(&app, Lang::Ru);
    let link = issue_link(&organizer, &trainee).await;

    let phone = app.visitor();
    let page = phone.get(&link).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert_eq!(page.text("h1"), trainee.trainee.passport_name());
    assert_eq!(page.texts(".page-head .lead")[0], "Ваша программа");
    assert!(
        page.attr("meta[name=robots]", "content").as_deref() == Some("noindex"),
        "kept out of search engines"
    );
    // Today (16 June, 09:30) first: the site visit still under way, with its bus, then the afternoon.
    let today = page.texts(".itinerary-day h2");
    assert!(today[0].starts_with("Сегодня"), "{today:?}");
    let first = &page.texts(".itinerary-day .session h3")[0];
    assert_eq!(
        first, "Выезд: деревня Чжуцзягоу",
        "the programme in Russian too"
    );
    let bus = &page.texts(".itinerary-day .session .bus")[0];
    assert!(
        bus.contains("Автобус отправляется в 08:00 · Гостиница «Циндао», главный вход"),
        "{bus}"
    );
    assert!(page.texts(".itinerary-day h2")[1].starts_with("Завтра"));
    // Travel and hotel, the whole course and their attendance so far.
    assert_eq!(trainee.enrollment.hotel, "Qingdao Hotel");
    assert!(
        page.body.contains("Гостиница «Циндао»"),
        "the hotel by its venue's Russian name"
    );
    assert_eq!(page.texts("h3.day-heading").len(), 7, "seven course days");
    assert!(
        page.text(".tally").starts_with("Посещено"),
        "{}",
        page.text(".tally")
    );
    assert!(page.text(".badge-code").len() == 6);

    // The link logged the phone in for QR check-in.
    let code = app.state.checkin_key.code(VISIT, test_now());
    let scan = phone.get(&format!("/checkin/{code}")).await;
    assert_eq!(
        scan.text(".checkin-form p"),
        format!("Checking in as {}.", trainee.trainee.passport_name())
    );

    // The reader may switch the page to another language.
    let english = phone
        .submit(&link, "/language", &[("lang", "en"), ("next", &link)])
        .await;
    assert_eq!(english.status, 303);
    assert_eq!(
        phone.get(&link).await.texts(".page-head .lead")[0],
        "Your programme"
    );
}

#[tokio::test]
async fn wrong_revoked_and_replaced_links_answer_not_found_and_reveal_nothing() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let (trainee, other) = two_trainees(&app, Lang::Ru);
    let link = issue_link(&organizer, &trainee).await;
    let other_link = issue_link(&organizer, &other).await;
    let phone = app.visitor();

    let page = phone.get(&link).await;
    assert!(!page.body.contains(&other.trainee.passport_name()));
    let theirs = phone.get(&other_link).await;
    assert_eq!(theirs.text("h1"), other.trainee.passport_name());
    assert!(!theirs.body.contains(&trainee.trainee.passport_name()));

    let wrong = phone.get("/my/00000000000000000000000000000000").await;
    assert_eq!(wrong.status, 404);
    assert_eq!(phone.get("/my/not-a-token").await.status, 404);
    assert_eq!(
        phone
            .get("/my/00000000000000000000000000000000/calendar.ics")
            .await
            .status,
        404
    );

    // A new link replaces the old one.
    let new_link = issue_link(&organizer, &trainee).await;
    assert_ne!(new_link, link);
    let old = phone.get(&link).await;
    assert_eq!(old.status, 404);
    assert!(
        !old.body
            .contains(&trainee.trainee.family_name.to_uppercase())
    );
    assert_eq!(phone.get(&format!("{link}/calendar.ics")).await.status, 404);
    assert_eq!(phone.get(&new_link).await.status, 200);

    // Revoked: nothing answers any more, and the trainee page offers a new one.
    let page = format!("/cohorts/1/trainees/{}", trainee.trainee.id);
    let revoked = organizer
        .submit(&page, &format!("{page}/link/revoke"), &[])
        .await;
    assert_eq!(revoked.status, 303);
    assert_eq!(phone.get(&new_link).await.status, 404);
    let shown = organizer.get(&page).await;
    assert_eq!(shown.text(".flash"), "Personal link revoked.");
    assert!(
        shown
            .html()
            .select(&scraper::Selector::parse(".personal-link-url").unwrap())
            .next()
            .is_none()
    );

    // Coordinators see neither the link nor the buttons.
    let coordinator = app.coordinator().await;
    let seen = coordinator
        .get(&format!("/cohorts/1/trainees/{}", other.trainee.id))
        .await;
    assert!(!seen.body.contains(&other_link));
}

#[tokio::test]
async fn a_session_for_one_delegation_appears_only_on_its_trainees_pages() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let edit = "/cohorts/1/sessions/7/edit";
    let form = organizer.get(edit).await;
    let delegation = form.attr("input[name=delegations]", "value").unwrap();
    let mut values = form.form_values();
    values.push(("delegations".into(), delegation.clone()));
    values.push(("accept_warnings".into(), "1".into()));
    let saved = organizer
        .submit_values(edit, "/cohorts/1/sessions/7", &values)
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let country = app.with_conn(|conn| {
        cohortdesk::models::delegation::Delegation::list_for_cohort(conn, COHORT)
            .unwrap()
            .into_iter()
            .find(|d| d.id.to_string() == delegation)
            .unwrap()
            .country_code
    });
    let roster = app.roster(COHORT);
    let inside = roster
        .iter()
        .find(|e| e.trainee.country_code == country)
        .unwrap();
    let outside = roster
        .iter()
        .find(|e| e.trainee.country_code != country)
        .unwrap();
    let phone = app.visitor();
    let titles = |page: Page| page.texts(".session h3");
    let theirs = titles(phone.get(&issue_link(&organizer, inside).await).await);
    let others = titles(phone.get(&issue_link(&organizer, outside).await).await);
    let visit =
        |t: &String| t.contains("Zhujiagou") || t.contains("Чжуцзягоу") || t.contains("朱家沟");
    assert!(theirs.iter().any(visit));
    assert!(!others.iter().any(visit));
    let opening = ["Opening ceremony", "Церемония открытия", "开班仪式"];
    assert!(
        others.iter().any(|t| opening.contains(&t.as_str())),
        "whole-cohort sessions for all"
    );
}

pub(crate) fn parse(ics: &str) -> IcalCalendar {
    let mut calendars = ical::IcalParser::new(ics.as_bytes());
    let calendar = calendars
        .next()
        .expect("one calendar")
        .expect("valid iCalendar");
    assert!(calendars.next().is_none());
    calendar
}

fn property<'a>(
    props: &'a [ical::property::Property],
    name: &str,
) -> Option<&'a ical::property::Property> {
    props.iter().find(|p| p.name == name)
}

pub(crate) fn value(props: &[ical::property::Property], name: &str) -> String {
    property(props, name)
        .and_then(|p| p.value.clone())
        .unwrap_or_default()
}

/// An event's start in UTC, read with the offset its own `VTIMEZONE` gives (not with our zone database).
fn start_utc(
    calendar: &IcalCalendar,
    event: &ical::parser::ical::component::IcalEvent,
) -> NaiveDateTime {
    let start = property(&event.properties, "DTSTART").unwrap();
    let tzid = start
        .params
        .as_ref()
        .and_then(|ps| ps.iter().find(|(n, _)| n == "TZID"))
        .map(|(_, v)| v[0].clone())
        .expect("DTSTART has a TZID");
    let zone = calendar
        .timezones
        .iter()
        .find(|z| value(&z.properties, "TZID") == tzid)
        .expect("a VTIMEZONE for the TZID");
    let offset = value(&zone.transitions[0].properties, "TZOFFSETTO");
    let hours: i64 = offset[1..3].parse().unwrap();
    let minutes: i64 = offset[3..5].parse().unwrap();
    let sign = if offset.starts_with('-') { -1 } else { 1 };
    let local =
        NaiveDateTime::parse_from_str(&start.value.clone().unwrap(), "%Y%m%dT%H%M%S").unwrap();
    local - Duration::minutes(sign * (hours * 60 + minutes))
}

#[tokio::test]
async fn the_personal_feed_is_valid_icalendar_with_the_right_times_and_versions() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let (trainee, _) = two_trainees(&app, Lang::Ru);
    let link = issue_link(&organizer, &trainee).await;
    let phone = app.visitor();
    let page = phone.get(&link).await;
    // Apple devices subscribe to webcal:, Android through Google Calendar, anything else downloads.
    let buttons: Vec<String> = page
        .html()
        .select(&scraper::Selector::parse(".calendar-links a.button").unwrap())
        .map(|a| a.value().attr("href").unwrap().to_owned())
        .collect();
    let [feed_link, google, download] = &buttons[..] else {
        panic!("three ways to add the programme: {buttons:?}");
    };
    assert!(feed_link.starts_with("webcal://"), "{feed_link}");
    assert!(feed_link.ends_with(&format!("{link}/calendar.ics")));
    let subscribed = url::Url::parse(google).unwrap();
    assert_eq!(subscribed.host_str(), Some("calendar.google.com"));
    let cid = subscribed
        .query_pairs()
        .find(|(k, _)| k == "cid")
        .unwrap()
        .1;
    assert_eq!(
        cid,
        feed_link.as_str(),
        "Google subscribes to the same feed"
    );
    assert!(download.starts_with("http") && download.ends_with(&format!("{link}/calendar.ics")));
    let phones = page.texts("a[href^='tel:']");
    assert!(!phones.is_empty(), "the delegation's contact can be called");
    let tel = page.attr("a[href^='tel:']", "href").unwrap();
    assert!(
        tel["tel:".len()..]
            .chars()
            .all(|c| c.is_ascii_digit() || "+-;ext=".contains(c)),
        "a valid tel: URI: {tel}"
    );

    let feed = phone.get(&format!("{link}/calendar.ics")).await;
    assert_eq!(feed.status, 200);
    let content_type = feed.headers["content-type"].to_str().unwrap();
    assert!(content_type.starts_with("text/calendar"), "{content_type}");
    let calendar = parse(&feed.body);
    assert_eq!(calendar.timezones.len(), 1);
    assert_eq!(
        value(&calendar.timezones[0].properties, "TZID"),
        "Asia/Shanghai"
    );
    assert_eq!(
        calendar.events.len(),
        page.texts(".session h3").len() - page.texts(".itinerary-day .session h3").len()
    );

    let sessions = app.with_conn(|conn| Session::for_cohort(conn, COHORT).unwrap());
    let texts = app.with_conn(|conn| cohort_catalog(conn, COHORT).unwrap());
    for event in &calendar.events {
        let uid = value(&event.properties, "UID");
        let id: i32 = uid["session-".len()..uid.find('@').unwrap()]
            .parse()
            .unwrap();
        let session = sessions
            .iter()
            .find(|s| s.id.0 == id)
            .expect("a UID names a session");
        assert_eq!(start_utc(&calendar, event), session.starts_at, "{uid}");
        let russian = texts
            .get(StringId::new(Text::SessionTitle, id))
            .and_then(|v| v.get(Lang::Ru))
            .expect("the demo's Russian title");
        assert_eq!(
            value(&event.properties, "SUMMARY"),
            russian,
            "{}",
            session.title
        );
    }
    let visit = calendar
        .events
        .iter()
        .find(|e| value(&e.properties, "UID").starts_with("session-7@"))
        .unwrap();
    assert!(value(&visit.properties, "DESCRIPTION").contains("Автобус отправляется в 08:00"));
    let sequence = value(&visit.properties, "SEQUENCE");

    // Moved, then cancelled: the same UID with a growing SEQUENCE, then STATUS:CANCELLED.
    let edit = "/cohorts/1/sessions/7/edit";
    let values =
        crate::helpers::with_field(&organizer.get(edit).await.form_values(), "start", "08:45");
    let values = crate::helpers::with_field(&values, "accept_warnings", "1");
    let saved = organizer
        .submit_values(edit, "/cohorts/1/sessions/7", &values)
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let moved = parse(&phone.get(&format!("{link}/calendar.ics")).await.body);
    let visit = moved
        .events
        .iter()
        .find(|e| value(&e.properties, "UID").starts_with("session-7@"))
        .unwrap();
    assert!(
        value(&visit.properties, "SEQUENCE").parse::<i32>().unwrap()
            > sequence.parse::<i32>().unwrap()
    );
    assert_eq!(value(&visit.properties, "DTSTART"), "20230616T084500");
    let cancelled = organizer
        .submit("/cohorts/1/sessions/7", "/cohorts/1/sessions/7/cancel", &[])
        .await;
    assert_eq!(cancelled.status, 303, "{}", cancelled.body);
    let after = parse(&phone.get(&format!("{link}/calendar.ics")).await.body);
    let visit = after
        .events
        .iter()
        .find(|e| value(&e.properties, "UID").starts_with("session-7@"))
        .unwrap();
    assert_eq!(value(&visit.properties, "STATUS"), "CANCELLED");
}

#[tokio::test]
async fn the_cohort_feed_holds_every_session_for_staff_and_trainees() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let (trainee, _) = two_trainees(&app, Lang::Zh);
    let link = issue_link(&organizer, &trainee).await;
    let count = app.with_conn(|conn| Session::for_cohort(conn, COHORT).unwrap().len());
    let coordinator = app.coordinator().await;
    let staff = coordinator.get("/cohorts/1/calendar.ics").await;
    assert_eq!(staff.status, 200);
    assert_eq!(parse(&staff.body).events.len(), count);
    let theirs = app.visitor().get(&format!("{link}/cohort.ics")).await;
    let calendar = parse(&theirs.body);
    assert_eq!(calendar.events.len(), count);
    assert!(
        calendar
            .events
            .iter()
            .any(|e| value(&e.properties, "DESCRIPTION").starts_with("理论授课")),
        "labels in the trainee's language"
    );

    // A course in Almaty with nothing planned yet: still a valid calendar, its zone described.
    let empty = app.cohort_at(
        "2025 SCO seminar — Almaty",
        20,
        chrono::NaiveDate::from_ymd_opt(2025, 3, 3).unwrap(),
        chrono_tz::Asia::Almaty,
    );
    let calendar = parse(
        &coordinator
            .get(&format!("/cohorts/{empty}/calendar.ics"))
            .await
            .body,
    );
    assert!(calendar.events.is_empty());
    assert_eq!(
        value(&calendar.timezones[0].properties, "TZID"),
        "Asia/Almaty"
    );
}

#[tokio::test]
async fn calendar_events_keep_their_uids_when_the_public_address_changes() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let edit = "/cohorts/1/sessions/3/edit";
    let values = crate::helpers::with_field(
        &organizer.get(edit).await.form_values(),
        "status",
        "planned",
    );
    let mut values = values;
    values.push(("accept_warnings".to_owned(), "1".to_owned()));
    let saved = organizer
        .submit_values(edit, "/cohorts/1/sessions/3", &values)
        .await;
    assert_eq!(saved.status, 303, "{}", saved.text("main"));
    let coordinator = app.coordinator().await;
    let before = parse(&coordinator.get("/cohorts/1/calendar.ics").await.body);

    // The same database served under another public address, as after a move behind a proxy.
    let mut settings = (*app.state.settings).clone();
    settings.base_url = url::Url::parse("https://training.example.org/").unwrap();
    let mut moved = cohortdesk::startup::prepare(settings).unwrap();
    moved.clock = cohortdesk::clock::Clock::Fixed(crate::helpers::test_now());
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(cohortdesk::startup::server(moved, listener).unwrap());
    let elsewhere = Visitor::logged_in_at(
        &format!("http://127.0.0.1:{port}"),
        crate::helpers::COORDINATOR_EMAIL,
    )
    .await;
    let after = parse(&elsewhere.get("/cohorts/1/calendar.ics").await.body);
    let uids = |c: &IcalCalendar| -> Vec<String> {
        c.events
            .iter()
            .map(|e| value(&e.properties, "UID"))
            .collect()
    };
    assert_eq!(uids(&before), uids(&after), "no duplicated events");
    assert!(
        uids(&before)
            .iter()
            .all(|uid| !uid.contains("127.0.0.1") && !uid.contains("example.org")),
        "{:?}",
        uids(&before)
    );

    // Planned sessions are tentative, confirmed ones confirmed.
    let sessions = app.with_conn(|conn| Session::for_cohort(conn, COHORT).unwrap());
    assert!(
        sessions.iter().any(|s| s.status.as_str() == "planned")
            && sessions.iter().any(|s| s.status.as_str() == "confirmed")
    );
    for event in &before.events {
        let uid = value(&event.properties, "UID");
        let id: i32 = uid["session-".len()..uid.find('@').unwrap()]
            .parse()
            .unwrap();
        let session = sessions.iter().find(|s| s.id.0 == id).unwrap();
        let expected = match session.status.as_str() {
            "planned" => "TENTATIVE",
            "confirmed" => "CONFIRMED",
            _ => "CANCELLED",
        };
        assert_eq!(value(&event.properties, "STATUS"), expected, "{uid}");
    }
}
