//! Duty contacts: organizers fill in whom trainees call on each day; trainees see today's on their page
//! and every day's in their e-mails; a day left empty keeps the day before's.

use chrono::NaiveDate;
use cohortdesk::i18n::Lang;

use crate::helpers::{Page, TestApp, Visitor};
use crate::itinerary::{COHORT, issue_link, two_trainees};

const DUTY: &str = "/cohorts/1/duty";

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2023, 6, d).unwrap()
}

/// The form as loaded, with the `nth` field called `name` (one per day, in day order) set to `value`.
fn with_day(
    values: &[(String, String)],
    name: &str,
    nth: usize,
    value: &str,
) -> Vec<(String, String)> {
    let mut seen = 0;
    values
        .iter()
        .map(|(n, v)| {
            let mine = n == name && {
                seen += 1;
                seen == nth + 1
            };
            (n.clone(), if mine { value.to_owned() } else { v.clone() })
        })
        .collect()
}

async fn send(organizer: &Visitor, values: &[(String, String)]) -> Page {
    organizer.submit_values(DUTY, DUTY, values).await
}

#[tokio::test]
async fn organizers_give_each_day_a_contact_and_trainees_see_todays() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;

    // The demo course's seven days: Liu Yang from the first, Zhang Min from the fourth.
    let form = organizer.get(DUTY).await;
    assert_eq!(form.status, 200);
    assert_eq!(form.texts("fieldset.duty-day legend").len(), 7);
    assert_eq!(
        form.attr("#name-2023-06-15", "value").as_deref(),
        Some("Liu Yang 刘洋")
    );
    assert_eq!(form.attr("#name-2023-06-16", "value").as_deref(), Some(""));
    assert_eq!(
        form.text("#kept-2023-06-16"),
        "Left empty, this day keeps: Liu Yang 刘洋, +86 532 8590 1234",
        "an empty day says whom it keeps"
    );
    let values = form.form_values();

    // Wrong input comes back next to its fields, everything typed kept, nothing saved.
    let wrong = with_day(&values, "phone", 1, "call the hotel");
    let wrong = with_day(&wrong, "name", 2, "Wang Lei 王磊");
    let refused = send(&organizer, &wrong).await;
    assert_eq!(refused.status, 422, "{}", refused.text("main"));
    assert!(
        refused
            .field_error("phone-2023-06-16")
            .starts_with("This does not read as a phone number"),
        "{}",
        refused.field_error("phone-2023-06-16")
    );
    assert_eq!(
        refused.field_error("phone-2023-06-17"),
        "Give a phone number to call."
    );
    assert_eq!(
        refused
            .attr("a[href='#phone-2023-06-17-error']", "href")
            .as_deref(),
        Some("#phone-2023-06-17-error"),
        "the summary links to the field"
    );
    assert_eq!(
        refused.attr("#phone-2023-06-16", "value").as_deref(),
        Some("call the hotel")
    );
    assert_eq!(
        refused.attr("#name-2023-06-17", "value").as_deref(),
        Some("Wang Lei 王磊")
    );
    assert!(
        organizer.get(DUTY).await.body.contains("Zhang Min"),
        "unsaved"
    );

    // Wang Lei from the second day; the fourth day's contact removed, so he stays on to the end.
    let right = with_day(&values, "name", 1, "Wang Lei 王磊");
    let right = with_day(&right, "phone", 1, "+86 139 0000 1111");
    let right = with_day(&right, "name", 3, "");
    let right = with_day(&right, "phone", 3, "");
    let saved = send(&organizer, &right).await;
    assert_eq!(saved.status, 303, "{}", saved.text("main"));

    // The audit log names the days changed, in words.
    let history = organizer.get("/audit?cohort=1").await;
    let log = history.text("main");
    assert!(log.contains("duty contacts"), "{log}");
    assert!(
        log.contains(&Lang::En.date(day(16))) && log.contains("Wang Lei 王磊, +86 139 0000 1111"),
        "{log}"
    );
    assert!(
        log.contains("Zhang Min 张敏, +86 532 8590 5678"),
        "what was removed"
    );

    // The course page lists who covers which days; coordinators read it without a form.
    let overview = organizer.get("/cohorts/1").await.text("#duty");
    assert!(
        overview.contains(&format!(
            "{}: Wang Lei 王磊, +86 139 0000 1111",
            Lang::En.date_range(day(16), day(21))
        )),
        "{overview}"
    );
    let coordinator = app.coordinator().await;
    let read = coordinator.get(DUTY).await;
    assert_eq!(read.status, 200);
    assert!(read.texts("form.duty-form").is_empty(), "no form to save");
    assert_eq!(read.texts(".duty-spans dd").len(), 2);
    assert_eq!(coordinator.post_raw(DUTY, &[]).await.status, 403);

    // A trainee reading Russian, on the 16th: today's contact at the top, dialled with one tap.
    let (trainee, _) = two_trainees(&app, Lang::Ru);
    let link = issue_link(&organizer, &trainee).await;
    let page = app.visitor().get(&link).await;
    assert_eq!(page.text("#duty-today h2"), "Дежурный контакт сегодня");
    assert!(page.text("#duty-today").contains("Wang Lei 王磊"));
    assert_eq!(
        page.attr("#duty-today a", "href").as_deref(),
        Some("tel:+86-139-0000-1111")
    );
    let spans = page.texts(".duty-spans div");
    assert_eq!(spans.len(), 2, "{spans:?}");
    assert!(spans[0].starts_with(&Lang::Ru.date(day(15))), "{spans:?}");
    assert!(spans[1].contains("Wang Lei"), "{spans:?}");
}

#[tokio::test]
async fn a_duty_form_loaded_before_another_save_is_refused_and_kept() {
    let app = TestApp::with_demo().await;
    let first = app.organizer().await;
    let second = app.organizer().await;
    let first_form = first.get(DUTY).await.form_values();
    let second_form = second.get(DUTY).await.form_values();

    let saved = send(
        &first,
        &with_day(&first_form, "phone", 0, "+86 532 0000 0000"),
    )
    .await;
    assert_eq!(saved.status, 303);
    let late = with_day(&second_form, "name", 2, "Wang Lei 王磊");
    let late = with_day(&late, "phone", 2, "+86 139 0000 1111");
    let refused = send(&second, &late).await;
    assert_eq!(refused.status, 409, "{}", refused.text("main"));
    let summary = refused.text(".error-summary");
    assert!(
        summary.contains(&Lang::En.date(day(15))) && summary.contains("+86 532 0000 0000"),
        "the day changed meanwhile, named as a date: {summary}"
    );
    assert_eq!(
        refused.attr("#name-2023-06-17", "value").as_deref(),
        Some("Wang Lei 王磊"),
        "input kept"
    );
    let again = send(&second, &refused.form_values()).await;
    assert_eq!(again.status, 303, "saved on top");
    let roster = app.with_conn(|conn| cohortdesk::services::duty::roster(conn, COHORT).unwrap());
    assert_eq!(roster.on(day(17)).unwrap().name, "Wang Lei 王磊");
    assert_eq!(
        roster.on(day(15)).unwrap().phone,
        "+86 532 8590 1234",
        "the second form's values on top"
    );
}
