//! Trainee-facing texts in the reader's language: a session's title, departure point and "what to bring"
//! in Russian on a Russian reader's page, calendar feed and e-mail, with the fallback rules for texts not
//! yet translated; and the rules a translation must keep.

use chrono::Duration;
use cohortdesk::domain::ids::SessionId;
use cohortdesk::domain::translation::SessionText;
use cohortdesk::error::AppError;
use cohortdesk::i18n::Lang;
use cohortdesk::models::session::Session;
use cohortdesk::services::translations::save_session_text;

use crate::helpers::{TestApp, test_now};
use crate::itinerary::{issue_link, parse, two_trainees, value};

/// The demo's site visit to Zhujiagou village, 08:30–12:00 on the test clock's day.
const VISIT: SessionId = SessionId(7);

fn translate(app: &TestApp, session: SessionId, field: SessionText, lang: Lang, text: &str) {
    app.with_conn(|conn| {
        save_session_text(
            conn,
            crate::itinerary::COHORT,
            session,
            field,
            lang,
            text,
            test_now(),
        )
        .unwrap()
    });
}

#[tokio::test]
async fn a_russian_reader_finds_the_russian_texts_and_the_fallbacks_everywhere() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let (trainee, _) = two_trainees(&app, Lang::Ru);
    let sessions =
        app.with_conn(|conn| Session::for_cohort(conn, crate::itinerary::COHORT).unwrap());
    let visit = sessions.iter().find(|s| s.id == VISIT).unwrap();
    // The next session the same day, translated into Chinese only (the course's first working language),
    // and the one after it, not translated at all.
    let mut later = sessions.iter().filter(|s| {
        s.starts_at > visit.starts_at && s.starts_at < visit.starts_at + Duration::hours(10)
    });
    let (lunch, afternoon) = (later.next().unwrap(), later.next().unwrap());

    translate(
        &app,
        VISIT,
        SessionText::Title,
        Lang::Ru,
        "Выезд: деревня Чжуцзягоу",
    );
    translate(
        &app,
        VISIT,
        SessionText::DeparturePoint,
        Lang::Ru,
        "гостиница «Циндао», главный вход",
    );
    translate(
        &app,
        VISIT,
        SessionText::WhatToBring,
        Lang::Ru,
        "Удобная обувь и шляпа",
    );
    translate(&app, lunch.id, SessionText::Title, Lang::Zh, "午餐");

    let link = issue_link(&organizer, &trainee).await;
    let page = app.visitor().get(&link).await;
    let today = page.texts(".itinerary-day .session h3");
    assert_eq!(today[0], "Выезд: деревня Чжуцзягоу");
    assert_eq!(
        today[1], "午餐",
        "no Russian: the course's first working language"
    );
    assert_eq!(
        today[2], afternoon.title,
        "no translation at all: the original"
    );
    let bus = &page.texts(".itinerary-day .session .bus")[0];
    assert!(
        bus.contains("08:00 · гостиница «Циндао», главный вход"),
        "{bus}"
    );
    assert!(page.body.contains("Удобная обувь и шляпа"));
    assert!(!page.body.contains("Site visit: Zhujiagou village"));

    let feed = parse(
        &app.visitor()
            .get(&format!("{link}/calendar.ics"))
            .await
            .body,
    );
    let event = feed
        .events
        .iter()
        .find(|e| value(&e.properties, "UID").starts_with("session-7@"))
        .unwrap();
    assert_eq!(
        value(&event.properties, "SUMMARY"),
        "Выезд: деревня Чжуцзягоу"
    );
    assert!(value(&event.properties, "DESCRIPTION").contains("Удобная обувь и шляпа"));
    assert!(
        value(&event.properties, "SEQUENCE").parse::<i32>().unwrap() > visit.revision,
        "a new version, so calendar apps take the new text"
    );

    let preview = organizer
        .get(&format!(
            "/cohorts/1/itineraries/preview/{}",
            trainee.trainee.id
        ))
        .await;
    let text = preview.text(".mail-text");
    assert!(text.contains("Выезд: деревня Чжуцзягоу"), "{text}");
    assert!(!text.contains("Site visit: Zhujiagou village"), "{text}");

    // Staff reading English still see the original; the session's history records the translation.
    let staff = organizer.get(&format!("/cohorts/1/sessions/{VISIT}")).await;
    assert_eq!(staff.text("h1"), visit.title);
    assert!(
        staff
            .text("#history")
            .contains("[ru] Выезд: деревня Чжуцзягоу")
    );
}

#[tokio::test]
async fn a_translation_keeps_the_rules_of_its_field_and_needs_an_original() {
    let app = TestApp::with_demo().await;
    let refused = |session, field, lang, text: &str| {
        app.with_conn(|conn| {
            match save_session_text(
                conn,
                crate::itinerary::COHORT,
                session,
                field,
                lang,
                text,
                test_now(),
            ) {
                Err(AppError::Invalid(errors)) => errors.get("text").unwrap().key,
                other => panic!("not refused: {other:?}"),
            }
        })
    };
    assert_eq!(
        refused(VISIT, SessionText::Title, Lang::Ru, &"д".repeat(201)),
        "error-too-long"
    );
    assert_eq!(
        refused(VISIT, SessionText::Title, Lang::Ru, "две\nстроки"),
        "error-line-break"
    );
    assert_eq!(
        refused(VISIT, SessionText::Title, Lang::En, "Another title"),
        "error-translation-original-language"
    );
    let room = app.with_conn(|conn| Session::find(conn, crate::itinerary::COHORT, VISIT).unwrap());
    assert!(room.room.is_empty(), "the site visit has no room");
    assert_eq!(
        refused(VISIT, SessionText::Room, Lang::Ru, "Зал 1"),
        "error-translation-no-original"
    );
}
