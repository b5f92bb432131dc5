//! The organizer's set-up journey from an empty database, counted: commitment, host city allocation,
//! cohort, a 20-row import, 2 venues, a speaker, an interpreter, a bus, 5 sessions, a roll call and the
//! itineraries sent — every page opened and every form sent, as a person in a browser would, through the
//! real app. The count is the figure in the README ("Measured"); the test fails when the journey grows.

use cohortdesk::models::outbox::OutboxMessage;

use crate::helpers::{Page, TestApp, Visitor, roster_file};
use crate::sessions::lecture;

/// A person's way through the app: each page they open and each form they send is one page load (a
/// form's answer, a redirect, and the page it leads to are one load in a browser).
struct Journey {
    who: Visitor,
    loads: usize,
    forms: usize,
    /// Where the last form sent led.
    at: String,
}

impl Journey {
    async fn open(&mut self, path: &str) -> Page {
        self.loads += 1;
        let page = self.who.get(path).await;
        assert_eq!(page.status, 200, "{path}: {}", page.text("main"));
        page
    }

    /// Sends the form of the page open at `page` to `action` and follows the answer to its page.
    async fn send(&mut self, page: &str, action: &str, fields: &[(&str, &str)]) -> Page {
        let answer = self.who.submit(page, action, fields).await;
        self.landed(answer).await
    }

    async fn upload(&mut self, page: &str, name: &str, bytes: Vec<u8>) -> Page {
        let answer = self.who.upload(page, page, name, bytes).await;
        self.landed(answer).await
    }

    async fn landed(&mut self, answer: Page) -> Page {
        self.loads += 1;
        self.forms += 1;
        assert_eq!(answer.status, 303, "{}", answer.text("main"));
        self.at = answer.location.unwrap();
        let next = self.who.get(&self.at).await;
        assert_eq!(next.status, 200);
        next
    }
}

/// A session to add: title, day, start, and what it adds that is not in the lists.
type Planned<'a> = (&'a str, &'a str, &'a str, &'a [(&'a str, &'a str)]);

#[tokio::test]
async fn a_course_is_set_up_from_an_empty_database_in_twenty_one_page_loads() {
    let app = TestApp::with_staff().await;
    let mut j = Journey {
        who: app.visitor(),
        loads: 0,
        forms: 0,
        at: String::new(),
    };
    j.open("/login").await;
    j.send(
        "/login",
        "/login",
        &[
            ("email", crate::helpers::ORGANIZER_EMAIL),
            ("password", crate::helpers::PASSWORD),
        ],
    )
    .await;

    // The commitment, then the cohort with its host city's places given in the same form.
    j.open("/commitments/new").await;
    j.send(
        "/commitments/new",
        "/commitments",
        &[
            ("name", "SCO poverty-reduction training 2023–2025"),
            ("description", ""),
            ("places", "1000"),
            ("starts_on", "2023-01-01"),
            ("ends_on", "2025-12-31"),
        ],
    )
    .await;
    let commitment_id = j.at.trim_start_matches("/commitments/").to_owned();
    j.open("/cohorts/new").await;
    j.send(
        "/cohorts/new",
        "/cohorts",
        &[
            ("name", "2023 SCO Poverty Reduction Course — Qingdao"),
            ("allocation_id", ""),
            ("new_host_city", "Qingdao"),
            ("new_host_city_places", "200"),
            ("new_host_city_commitment", &commitment_id),
            ("venue", "Qingdao Agricultural University"),
            ("starts_on", "2023-06-15"),
            ("ends_on", "2023-06-21"),
            ("capacity", "70"),
            ("time_zone", "Asia/Shanghai"),
            ("status", "open"),
            ("notes", ""),
            ("languages", "zh"),
            ("languages", "ru"),
        ],
    )
    .await;
    let id = j.at.trim_start_matches("/cohorts/").to_owned();

    // The ministry's list of twenty: upload, look at the preview, import.
    let import = format!("/cohorts/{id}/trainees/import");
    j.open(&import).await;
    let preview = j
        .upload(&import, "trainees.csv", roster_file(20).into_bytes())
        .await;
    let action = preview.attr("form#import", "action").unwrap();
    let carried = preview
        .html()
        .select(&scraper::Selector::parse("form#import input[type=hidden]").unwrap())
        .filter_map(|e| {
            let name = e.value().attr("name")?;
            (name != "csrf_token").then(|| {
                (
                    name.to_owned(),
                    e.value().attr("value").unwrap_or("").to_owned(),
                )
            })
        })
        .collect::<Vec<_>>();
    let carried: Vec<(&str, &str)> = carried.iter().map(|(n, v)| (&**n, &**v)).collect();
    let roster = j
        .send(&format!("/cohorts/{id}/trainees"), &action, &carried)
        .await;
    assert_eq!(
        app.roster(cohortdesk::domain::ids::CohortId(id.parse().unwrap()))
            .len(),
        20,
        "{}",
        roster.text("main")
    );

    // Five sessions; the first brings a new venue, speaker, interpreter and bus, the second a new venue.
    let new_session = format!("/cohorts/{id}/sessions/new");
    let sessions = format!("/cohorts/{id}/sessions");
    let first = [
        ("new_venue", "Qingdao Agricultural University, Hall A"),
        ("new_venue_kind", "classroom"),
        ("new_venue_capacity", "120"),
        ("new_speaker", "Prof. Wang Hong"),
        (
            "new_speaker_organization",
            "Qingdao Agricultural University",
        ),
        ("new_interpreter", "Айгерим Бекова"),
        ("new_vehicle", "鲁B·12345"),
        ("new_vehicle_seats", "45"),
        ("new_vehicle_driver_contact", "+86 139 0000 1111"),
    ];
    let second = [
        ("new_venue", "Zhujiagou village"),
        ("new_venue_kind", "village"),
        ("new_venue_capacity", "80"),
    ];
    let plan: [Planned; 5] = [
        (
            "Rural governance in Shandong",
            "2023-06-15",
            "09:00",
            &first,
        ),
        ("Zhujiagou village visit", "2023-06-15", "14:00", &second),
        ("Agricultural mechanization", "2023-06-16", "09:00", &[]),
        ("Agri-tourism", "2023-06-17", "09:00", &[]),
        ("Rural construction", "2023-06-18", "09:00", &[]),
    ];
    // The first form is opened; each save with "Save and add another" lands on the next one, which
    // starts when the last ended, at its place.
    let mut form = j.open(&new_session).await;
    for (n, (title, day, start, new)) in plan.into_iter().enumerate() {
        if n == 1 {
            assert_eq!(form.attr("#start", "value").as_deref(), Some("11:30"));
            assert_eq!(form.attr("#end", "value").as_deref(), Some("14:00"));
            assert!(
                form.text("#venue option[selected]")
                    .starts_with("Qingdao Agricultural University, Hall A"),
                "the venue added with the first session: {}",
                form.text("#venue option[selected]")
            );
        }
        let prefilled = form
            .form_values()
            .into_iter()
            .find(|(name, _)| name == "venue")
            .map(|(_, v)| v)
            .unwrap_or_default();
        let venue = if new.is_empty() {
            prefilled
        } else {
            String::new()
        };
        let end = format!("{}:30", &start[..2].parse::<u32>().unwrap() + 2);
        let mut fields = lecture(
            &[
                ("title", title),
                ("day", day),
                ("start", start),
                ("end", &end),
                ("venue", &venue),
            ],
            &[("then", "another")],
        );
        fields.extend_from_slice(new);
        form = j.send(&new_session, &sessions, &fields).await;
        assert_eq!(
            form.text(".flash"),
            "Session saved. The next one starts when it ends, at the same place.",
            "session {n}"
        );
    }
    let titles = j.open(&sessions).await.text("main");
    for (title, ..) in plan {
        assert!(titles.contains(title), "{title}");
    }

    // The roll call of the first session: everyone present, then save.
    let first_session = app
        .with_conn(|conn| {
            cohortdesk::models::session::Session::for_cohort(
                conn,
                cohortdesk::domain::ids::CohortId(id.parse().unwrap()),
            )
        })
        .unwrap()[0]
        .id;
    let roll_call = format!("/cohorts/{id}/sessions/{first_session}/attendance");
    j.open(&roll_call).await;
    let everyone = j.open(&format!("{roll_call}?all=present")).await;
    let marks = everyone.form_values();
    let marks: Vec<(&str, &str)> = marks.iter().map(|(n, v)| (&**n, &**v)).collect();
    j.send(&roll_call, &roll_call, &marks).await;

    // Itineraries to everyone.
    let itineraries = format!("/cohorts/{id}/itineraries");
    j.open(&itineraries).await;
    let outbox_page = j.send(&itineraries, &itineraries, &[("to", "all")]).await;
    assert!(
        outbox_page.text(".flash").contains("20"),
        "{}",
        outbox_page.text(".flash")
    );
    let queued = app.with_conn(|conn| OutboxMessage::lines(conn, None, None, 1000).unwrap().len());
    assert_eq!(queued, 20);

    eprintln!(
        "set-up journey: {} page loads, {} forms sent",
        j.loads, j.forms
    );
    // Before the forms took in what they lacked: 19 forms and about 40 page loads (each missing venue,
    // speaker, interpreter, bus and host city a form of its own, opened and sent).
    assert_eq!(
        j.forms, 12,
        "login, commitment, cohort, upload, import, 5 sessions, roll call, send"
    );
    assert!(j.loads <= 21, "{} page loads", j.loads);
}
