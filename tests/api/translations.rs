//! Trainee-facing texts in the reader's language: an organizer gives a session's title, departure point
//! and "what to bring" in Russian on the session's Languages page; a Russian reader finds them on their
//! page, calendar feed and e-mail, with the fallback rules for texts not yet translated; and the rules a
//! version must keep.

use chrono::Duration;
use cohortdesk::domain::ids::SessionId;
use cohortdesk::i18n::Lang;
use cohortdesk::models::session::Session;

use crate::helpers::{TestApp, Visitor, with_field};
use crate::itinerary::{COHORT, issue_link, parse, two_trainees, value};

/// The demo's site visit to Zhujiagou village, 08:30–12:00 on the test clock's day.
const VISIT: SessionId = SessionId(7);

/// Sends a session's Languages form with these versions.
async fn translate(
    organizer: &Visitor,
    session: SessionId,
    versions: &[(&str, &str)],
) -> crate::helpers::Page {
    let page = format!("/cohorts/1/sessions/{session}/translations");
    organizer.submit(&page, &page, versions).await
}

#[tokio::test]
async fn a_russian_reader_finds_the_russian_texts_and_the_fallbacks_everywhere() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let (trainee, _) = two_trainees(&app, Lang::Ru);
    let sessions = app.with_conn(|conn| Session::for_cohort(conn, COHORT).unwrap());
    let visit = sessions.iter().find(|s| s.id == VISIT).unwrap();
    // The next session the same day loses its Russian title (the course's first working language,
    // Chinese, is left), and the one after it every version (the original is left).
    let mut later = sessions.iter().filter(|s| {
        s.starts_at > visit.starts_at && s.starts_at < visit.starts_at + Duration::hours(10)
    });
    let (lunch, afternoon) = (later.next().unwrap(), later.next().unwrap());

    let form = organizer
        .get(&format!("/cohorts/1/sessions/{VISIT}/translations"))
        .await;
    assert_eq!(form.status, 200);
    assert_eq!(
        form.attr("#title-ru", "lang").as_deref(),
        Some("ru"),
        "each input says its language"
    );
    assert!(form.text(".original").contains(&visit.title));
    assert_eq!(
        form.attr("#title-ru", "value").as_deref(),
        Some("Выезд: деревня Чжуцзягоу"),
        "the demo's own Russian version"
    );
    let saved = translate(
        &organizer,
        VISIT,
        &[
            ("title-ru", "Выезд в деревню Чжуцзягоу"),
            ("title-zh", "现场考察：朱家沟村"),
            ("departure_point-ru", "гостиница «Циндао», главный вход"),
            ("what_to_bring-ru", "Удобная обувь и шляпа"),
        ],
    )
    .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let session_page = organizer.get(saved.location.as_deref().unwrap()).await;
    assert_eq!(
        session_page.text(".flash"),
        "3 versions saved.",
        "the Chinese title was saved already"
    );
    for (session, cleared) in [
        (lunch, &["title-ru"][..]),
        (afternoon, &["title-ru", "title-zh"]),
    ] {
        let fields: Vec<(&str, &str)> = cleared.iter().map(|name| (*name, "")).collect();
        assert_eq!(translate(&organizer, session.id, &fields).await.status, 303);
    }

    let link = issue_link(&organizer, &trainee).await;
    let page = app.visitor().get(&link).await;
    let today = page.texts(".itinerary-day .session h3");
    assert_eq!(today[0], "Выезд в деревню Чжуцзягоу");
    assert_eq!(
        today[1], "午餐",
        "no Russian: the course's first working language"
    );
    assert_eq!(today[2], afternoon.title, "no other version: the original");
    let bus = &page.texts(".itinerary-day .session .bus")[0];
    assert!(
        bus.contains("08:00 · гостиница «Циндао», главный вход"),
        "{bus}"
    );
    assert!(bus.contains("Автобус 1 (鲁B·3C215)"), "{bus}");
    assert!(page.body.contains("Удобная обувь и шляпа"));
    let visit_card = &page.texts(".itinerary-day .session")[0];
    assert!(visit_card.contains("Деревня Чжуцзягоу"), "{visit_card}");
    assert!(visit_card.contains("Г-н Чжао Цзюнь"), "{visit_card}");
    assert!(
        page.body
            .contains("Время везде местное — время Циндао (UTC+8)."),
        "the host city's clock in Russian and its offset, not a zone database name"
    );
    assert!(
        page.body
            .contains("Курс ШОС по сокращению бедности 2023 — Циндао")
    );
    assert!(
        page.body.contains("Гостиница «Циндао»"),
        "the hotel by its venue's name"
    );
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
        "Выезд в деревню Чжуцзягоу"
    );
    assert!(value(&event.properties, "DESCRIPTION").contains("Удобная обувь и шляпа"));
    assert!(value(&event.properties, "LOCATION").contains("Деревня Чжуцзягоу"));
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
    assert!(text.contains("Выезд в деревню Чжуцзягоу"), "{text}");
    assert!(!text.contains("Site visit: Zhujiagou village"), "{text}");
    assert!(
        text.contains("Время везде местное — время Циндао (UTC+8)."),
        "{text}"
    );
    assert!(text.contains("Гостиница «Циндао»"), "{text}");

    // Staff reading English still see the original; the session's history records the versions.
    assert_eq!(session_page.text("h1"), visit.title);
    assert!(
        session_page
            .text("#history")
            .contains("[ru] Выезд в деревню Чжуцзягоу")
    );
}

#[tokio::test]
async fn a_version_keeps_the_rules_of_its_field_needs_an_original_and_a_refused_form_saves_nothing()
{
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let long = "д".repeat(201);
    let refused = translate(
        &organizer,
        VISIT,
        &[
            ("title-ru", &long),
            ("departure_point-zh", "一\n二"),
            ("room-ru", "Зал 1"),
            ("what_to_bring-ru", "Удобная обувь"),
        ],
    )
    .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert_eq!(
        refused.field_error("title-ru"),
        "Use at most 200 characters."
    );
    assert!(!refused.field_error("departure_point-zh").is_empty());
    assert_eq!(
        refused.attr("#what_to_bring-ru", "value").as_deref(),
        Some("Удобная обувь"),
        "the input is kept"
    );
    let room = translate(&organizer, VISIT, &[("room-ru", "Зал 1")]).await;
    assert_eq!(room.status, 422, "the site visit has no room to translate");
    let in_the_original = translate(&organizer, VISIT, &[("title-en", "Another title")]).await;
    assert_eq!(in_the_original.status, 422);
    let form = organizer
        .get(&format!("/cohorts/1/sessions/{VISIT}/translations"))
        .await;
    assert_eq!(
        form.attr("#what_to_bring-ru", "value").as_deref(),
        Some("Удобная обувь, головной убор и вода."),
        "nothing was saved: the demo's version is as it was"
    );
    assert!(
        form.attr("#room-ru", "value").is_none(),
        "no room: no input"
    );
}

#[tokio::test]
async fn editing_an_original_flags_its_versions_until_confirmed_and_a_copied_timetable_keeps_them()
{
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let languages = format!("/cohorts/1/sessions/{VISIT}/translations");
    assert!(organizer.get(&languages).await.texts(".stale").is_empty());

    // The original title changes on the session's form: the Russian version may be out of date.
    let edit = format!("/cohorts/1/sessions/{VISIT}/edit");
    let values = with_field(
        &organizer.get(&edit).await.form_values(),
        "title",
        "Site visit: Zhujiagou village and its cooperative",
    );
    let edited = organizer
        .submit_values(&edit, &format!("/cohorts/1/sessions/{VISIT}"), &values)
        .await;
    assert_eq!(edited.status, 303, "{}", edited.body);
    let flagged = organizer.get(&languages).await;
    assert_eq!(
        flagged.texts(".stale").len(),
        2,
        "only the title's versions, Chinese and Russian"
    );
    for label in ["label[for=title-ru]", "label[for=title-zh]"] {
        assert!(flagged.text(label).contains("The original changed since"));
    }

    // Kept as it is, the Russian one is confirmed; the Chinese one is still to check.
    translate(
        &organizer,
        VISIT,
        &[("title-ru", "Выезд: деревня Чжуцзягоу")],
    )
    .await;
    let confirmed = organizer.get(&languages).await;
    assert_eq!(confirmed.texts(".stale").len(), 1);
    assert!(
        confirmed
            .text("label[for=title-zh]")
            .contains("The original changed since")
    );

    // A copy of the timetable keeps the versions, and the course's languages.
    let target = app.cohort_at(
        "2025 SCO Poverty Reduction Training — Xi'an",
        70,
        chrono::NaiveDate::from_ymd_opt(2025, 6, 12).unwrap(),
        chrono_tz::Asia::Shanghai,
    );
    let clone = format!("/cohorts/{target}/sessions/clone");
    let copied = organizer
        .submit(
            &clone,
            &clone,
            &[("source", "1"), ("shift", ""), ("confirm", "1")],
        )
        .await;
    assert_eq!(copied.status, 303, "{}", copied.body);
    let copy = app.with_conn(|conn| {
        Session::for_cohort(conn, target)
            .unwrap()
            .into_iter()
            .find(|s| s.title.contains("Zhujiagou"))
            .unwrap()
    });
    let copy_languages = organizer
        .get(&format!(
            "/cohorts/{target}/sessions/{}/translations",
            copy.id
        ))
        .await;
    assert_eq!(
        copy_languages.attr("#title-ru", "value").as_deref(),
        Some("Выезд: деревня Чжуцзягоу")
    );
}

#[tokio::test]
async fn before_sending_the_organizer_learns_which_titles_readers_will_miss_in_their_language() {
    use cohortdesk::domain::schedule::kinds::SessionStatus;

    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let titles = app.with_conn(|conn| {
        Session::for_cohort(conn, COHORT)
            .unwrap()
            .iter()
            .filter(|s| s.status != SessionStatus::Cancelled)
            .count()
    });
    let readers = app
        .roster(COHORT)
        .iter()
        .filter(|e| e.trainee.language == Lang::Ru)
        .filter(|e| e.enrollment.status.takes_part())
        .count();
    assert!(titles > 1 && readers > 1);
    let warning = |page: &crate::helpers::Page| {
        page.texts(".missing-translations li")
            .into_iter()
            .find(|w| w.contains("Russian"))
            .unwrap_or_default()
    };
    assert_eq!(
        warning(&organizer.get("/cohorts/1/itineraries").await),
        "",
        "the demo has every title in Russian"
    );
    let untranslated = app.with_conn(|conn| {
        Session::for_cohort(conn, COHORT)
            .unwrap()
            .into_iter()
            .filter(|s| s.status != SessionStatus::Cancelled)
            .take(2)
            .collect::<Vec<_>>()
    });
    for session in &untranslated {
        translate(&organizer, session.id, &[("title-ru", "")]).await;
    }
    assert_eq!(
        warning(&organizer.get("/cohorts/1/itineraries").await),
        format!(
            "No Russian version of 2 session titles: {readers} trainees who read Russian will see \
             them in another language."
        )
    );
    translate(
        &organizer,
        untranslated[0].id,
        &[("title-ru", "Церемония открытия")],
    )
    .await;
    let after = warning(&organizer.get("/cohorts/1/itineraries").await);
    assert!(
        after.starts_with("No Russian version of one session title"),
        "{after}"
    );
}

#[test]
fn the_warning_reads_right_in_russian_and_chinese_whatever_the_numbers() {
    use cohortdesk::i18n::Msg;
    let warning = |lang: Lang, titles: i64, readers: i64, language: &str| {
        lang.msg(
            &Msg::new("itineraries-missing-titles")
                .with("titles", titles)
                .with("readers", readers)
                .with("language", language),
        )
    };
    assert_eq!(
        warning(Lang::Ru, 1, 21, "русский"),
        "Нет версии на языке «русский» у 1 названия занятия: 21 слушатель, читающий на этом языке, \
         увидит его на другом языке."
    );
    assert_eq!(
        warning(Lang::Ru, 23, 5, "русский"),
        "Нет версии на языке «русский» у 23 названий занятий: 5 слушателей, читающих на этом языке, \
         увидят их на другом языке."
    );
    assert_eq!(
        warning(Lang::Zh, 23, 31, "俄语"),
        "23 个日程标题没有俄语版本：31 名使用俄语的学员将看到其他语言的标题。"
    );
}

#[tokio::test]
async fn a_chinese_coordinator_reads_the_timetable_report_and_sign_in_sheet_in_chinese() {
    let app = TestApp::with_demo().await;
    let coordinator = app.coordinator().await;
    let switched = coordinator
        .submit("/", "/language", &[("lang", "zh"), ("next", "/")])
        .await;
    assert_eq!(switched.status, 303);

    let days = coordinator.get("/cohorts/1/sessions").await;
    let titles = days.texts(".session h3");
    assert!(
        titles.contains(&"现场考察：朱家沟村".to_owned()),
        "{titles:?}"
    );
    assert!(
        !titles.iter().any(|t| t.contains("Site visit")),
        "{titles:?}"
    );
    assert!(days.text(".session .where").contains("青岛农业大学报告厅"));
    assert!(days.text(".session .speakers").contains("王磊教授"));
    let visit = coordinator.get("/cohorts/1/sessions/7").await;
    assert_eq!(visit.text("h1"), "现场考察：朱家沟村");
    let facts = visit.text("main");
    for chinese in [
        "朱家沟村",
        "赵军先生",
        "王雪",
        "青岛饭店正门",
        "请穿舒适的鞋，带上帽子和饮用水。",
    ] {
        assert!(
            facts.contains(chinese),
            "{chinese} on the session page: {facts}"
        );
    }
    let week = coordinator.get("/cohorts/1/sessions/week").await;
    assert!(week.texts(".slot .title").contains(&"开班仪式".to_owned()));

    let report = coordinator.get("/cohorts/1/report").await;
    assert!(
        report
            .text("tr[data-session=\"7\"] th")
            .contains("现场考察：朱家沟村"),
        "{}",
        report.text("tr[data-session=\"7\"]")
    );
    let csv = coordinator.get("/cohorts/1/report/sessions.csv").await;
    assert!(
        csv.body.contains("现场考察：朱家沟村"),
        "the download agrees with the page"
    );
    let token = crate::json_api::new_token(&coordinator, "reports").await;
    let json = crate::json_api::api(&coordinator, &token, "/api/v1/cohorts/1/report?lang=ru").await;
    assert!(
        json.body.contains("Выезд: деревня Чжуцзягоу"),
        "the API in the language asked for"
    );

    let sheet = coordinator
        .get("/cohorts/1/sessions/7/attendance/sheet")
        .await;
    assert_eq!(sheet.text("h1"), "现场考察：朱家沟村");

    // A title with no Chinese version falls back to the course's first working language: Chinese is
    // that language, so the original (English) is next.
    let organizer = app.organizer().await;
    translate(&organizer, VISIT, &[("title-zh", "")]).await;
    let days = coordinator.get("/cohorts/1/sessions").await;
    assert!(
        days.texts(".session h3")
            .contains(&"Site visit: Zhujiagou village".to_owned())
    );
}

#[tokio::test]
async fn the_session_form_holds_each_text_beside_its_other_languages() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let edit = format!("/cohorts/1/sessions/{VISIT}/edit");
    let form = organizer.get(&edit).await;
    assert_eq!(
        form.attr("#title-ru", "value").as_deref(),
        Some("Выезд: деревня Чжуцзягоу"),
        "the versions beside the original"
    );
    assert_eq!(form.attr("#title-zh", "lang").as_deref(), Some("zh"));
    assert!(
        form.attr("#title-en", "value").is_none(),
        "no input for the original's language"
    );
    assert_eq!(
        form.attr("#original_lang option[selected]", "value")
            .as_deref(),
        Some("en")
    );

    // The original removed while its versions stay: refused beside the field, nothing saved.
    let mut values = form.form_values();
    let set = |values: &mut Vec<(String, String)>, name: &str, to: &str| {
        for (n, v) in values.iter_mut() {
            if n == name {
                *v = to.to_owned();
            }
        }
    };
    set(&mut values, "what_to_bring", "");
    set(&mut values, "title-ru", "Выезд в деревню");
    let action = format!("/cohorts/1/sessions/{VISIT}");
    let refused = organizer.submit_values(&edit, &action, &values).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(
        refused
            .field_error("what_to_bring")
            .starts_with("This text has versions in other languages"),
        "{}",
        refused.field_error("what_to_bring")
    );
    assert_eq!(
        refused.attr("#title-ru", "value").as_deref(),
        Some("Выезд в деревню"),
        "the input is kept"
    );
    let session = app.with_conn(|conn| Session::find(conn, COHORT, VISIT).unwrap());
    assert_eq!(
        session.what_to_bring, "Comfortable shoes, a hat and water.",
        "nothing saved"
    );
    let languages = organizer
        .get(&format!("/cohorts/1/sessions/{VISIT}/translations"))
        .await;
    assert_eq!(
        languages.attr("#title-ru", "value").as_deref(),
        Some("Выезд: деревня Чжуцзягоу")
    );

    // With its versions cleared on the same form, the original may go; the title's version is saved.
    set(&mut values, "what_to_bring-ru", "");
    set(&mut values, "what_to_bring-zh", "");
    let saved = organizer.submit_values(&edit, &action, &values).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let languages = organizer
        .get(&format!("/cohorts/1/sessions/{VISIT}/translations"))
        .await;
    assert_eq!(
        languages.attr("#title-ru", "value").as_deref(),
        Some("Выезд в деревню")
    );
    assert!(languages.attr("#what_to_bring-ru", "value").is_none());

    // A new session written in Chinese, with its English and Russian titles on the same form.
    let new = "/cohorts/1/sessions/new";
    let mut values = organizer.get(new).await.form_values();
    set(&mut values, "original_lang", "zh");
    set(&mut values, "title", "欢迎茶会");
    set(&mut values, "day", "2023-06-21");
    set(&mut values, "start", "16:00");
    set(&mut values, "end", "17:00");
    values.push(("title-en".to_owned(), "Welcome tea".to_owned()));
    set(&mut values, "title-ru", "Приветственный чай");
    let created = organizer
        .submit_values(new, "/cohorts/1/sessions", &values)
        .await;
    assert_eq!(created.status, 303, "{}", created.body);
    let page = organizer.get(created.location.as_deref().unwrap()).await;
    assert_eq!(
        page.text("h1"),
        "Welcome tea",
        "an English reader sees the English title"
    );
    let tea = app.with_conn(|conn| {
        Session::for_cohort(conn, COHORT)
            .unwrap()
            .into_iter()
            .find(|s| s.title == "欢迎茶会")
            .unwrap()
    });
    assert_eq!(tea.original_lang, Lang::Zh);
}

#[tokio::test]
async fn venue_and_speaker_forms_hold_their_names_in_every_language() {
    use cohortdesk::models::speaker::Speaker;
    use cohortdesk::models::venue::Venue;

    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let set = |values: &mut Vec<(String, String)>, name: &str, to: &str| match values
        .iter_mut()
        .find(|(n, _)| n == name)
    {
        Some((_, v)) => *v = to.to_owned(),
        None => values.push((name.to_owned(), to.to_owned())),
    };

    // The demo's village: its other languages beside its name on its own form.
    let village = app.with_conn(|conn| {
        Venue::all(conn)
            .unwrap()
            .into_iter()
            .find(|v| v.name == "Zhujiagou village")
            .unwrap()
    });
    let edit = format!("/venues/{}/edit", village.id);
    let form = organizer.get(&edit).await;
    assert_eq!(
        form.attr("#name-ru", "value").as_deref(),
        Some("Деревня Чжуцзягоу")
    );
    assert_eq!(form.attr("#name-zh", "lang").as_deref(), Some("zh"));
    assert!(
        form.attr("#name-en", "value").is_none(),
        "written in English"
    );
    let mut values = form.form_values();
    set(&mut values, "name-ru", "Село Чжуцзягоу");
    let action = format!("/venues/{}", village.id);
    let saved = organizer.submit_values(&edit, &action, &values).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let (trainee, _) = two_trainees(&app, Lang::Ru);
    let link = issue_link(&organizer, &trainee).await;
    let page = app.visitor().get(&link).await;
    assert!(
        page.body.contains("Село Чжуцзягоу"),
        "a trainee's page follows the venue's form"
    );

    // Too long: refused beside the input, which keeps what was typed; nothing saved.
    let long = "д".repeat(201);
    set(&mut values, "name-ru", &long);
    let refused = organizer.submit_values(&edit, &action, &values).await;
    assert_eq!(refused.status, 422);
    assert_eq!(
        refused.field_error("name-ru"),
        "Use at most 200 characters."
    );
    assert_eq!(
        refused.attr("#name-ru", "value").as_deref(),
        Some(long.as_str())
    );
    let form = organizer.get(&edit).await;
    assert_eq!(
        form.attr("#name-ru", "value").as_deref(),
        Some("Село Чжуцзягоу")
    );

    // A new speaker written in Chinese, with English and Russian beside it.
    let new = organizer.get("/speakers/new").await;
    assert!(
        new.attr("#name-zh", "value").is_some() && new.attr("#name-en", "value").is_some(),
        "nothing typed yet: every language offered"
    );
    let mut values = new.form_values();
    set(&mut values, "name", "王磊教授");
    set(&mut values, "name-zh", "王磊教授");
    set(&mut values, "name-en", "Prof. Wang Lei");
    set(&mut values, "name-ru", "Проф. Ван Лэй");
    let created = organizer
        .submit_values("/speakers/new", "/speakers", &values)
        .await;
    assert_eq!(created.status, 303, "{}", created.body);
    let speaker = app.with_conn(|conn| {
        Speaker::all(conn)
            .unwrap()
            .into_iter()
            .find(|s| s.name == "王磊教授")
            .unwrap()
    });
    let form = organizer
        .get(&format!("/speakers/{}/edit", speaker.id))
        .await;
    assert_eq!(
        form.attr("#name-en", "value").as_deref(),
        Some("Prof. Wang Lei")
    );
    assert_eq!(
        form.attr("#name-ru", "value").as_deref(),
        Some("Проф. Ван Лэй")
    );
    assert!(
        form.attr("#name-zh", "value").is_none(),
        "written in Chinese"
    );
}

#[tokio::test]
async fn staff_lists_name_and_sort_things_in_the_viewers_language() {
    let app = TestApp::with_demo().await;
    let coordinator = app.coordinator().await;
    coordinator
        .submit("/", "/language", &[("lang", "ru"), ("next", "/")])
        .await;
    let names = coordinator.get("/speakers").await.texts(".entries h2");
    assert!(names.contains(&"Проф. Ван Лэй".to_owned()), "{names:?}");
    assert!(!names.iter().any(|n| n.starts_with("Prof.")), "{names:?}");
    let mut sorted = names.clone();
    sorted.sort_by_key(|n| n.to_lowercase());
    assert_eq!(names, sorted, "in the order of the names the viewer reads");
    let venue = coordinator.get("/venues").await.texts(".entries h2");
    assert!(venue.contains(&"Деревня Чжуцзягоу".to_owned()), "{venue:?}");
}

#[tokio::test]
async fn the_cohort_form_holds_the_courses_name_in_every_language() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let edit = "/cohorts/1/edit";
    let form = organizer.get(edit).await;
    assert_eq!(
        form.attr("#name-ru", "value").as_deref(),
        Some("Курс ШОС по сокращению бедности 2023 — Циндао")
    );
    let values = with_field(
        &form.form_values(),
        "name-ru",
        "Учебный курс ШОС 2023 — Циндао",
    );
    let saved = organizer.submit_values(edit, "/cohorts/1", &values).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let (trainee, _) = two_trainees(&app, Lang::Ru);
    let page = app
        .visitor()
        .get(&issue_link(&organizer, &trainee).await)
        .await;
    assert!(page.body.contains("Учебный курс ШОС 2023 — Циндао"));
    let history = organizer.get("/cohorts/1").await.text("#history");
    assert!(
        history.contains("[ru] Учебный курс ШОС 2023 — Циндао"),
        "{history}"
    );
}

#[tokio::test]
async fn the_host_citys_and_a_buss_forms_hold_their_names_in_every_language() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let edit = "/commitments/1/allocations/1/edit";
    let form = organizer.get(edit).await;
    assert_eq!(form.attr("#host_city-zh", "value").as_deref(), Some("青岛"));
    let values = with_field(&form.form_values(), "host_city-ru", "г. Циндао");
    let saved = organizer
        .submit_values(edit, "/commitments/1/allocations/1", &values)
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let (trainee, _) = two_trainees(&app, Lang::Ru);
    let page = app
        .visitor()
        .get(&issue_link(&organizer, &trainee).await)
        .await;
    assert!(
        page.body
            .contains("Время везде местное — время г. Циндао (UTC+8)."),
        "the clock is named after the city as its form gives it"
    );

    // A bus's form, the same way.
    let bus = "/cohorts/1/vehicles/1/edit";
    let values = organizer.get(bus).await.form_values();
    assert!(values.contains(&("name-ru".to_owned(), "Автобус 1 (鲁B·3C215)".to_owned())));
    let values = with_field(&values, "name-ru", "Автобус № 1 (鲁B·3C215)");
    let saved = organizer
        .submit_values(bus, "/cohorts/1/vehicles/1", &values)
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let page = app
        .visitor()
        .get(&issue_link(&organizer, &trainee).await)
        .await;
    assert!(page.body.contains("Автобус № 1 (鲁B·3C215)"));
}
