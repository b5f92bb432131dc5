//! Itinerary e-mails and change notices through a real SMTP server: what arrives (recipient, subject,
//! both bodies, the `.ics` read back, the language), and the outbox when the server is down, comes back,
//! refuses for good, or the worker dies mid-send.

use chrono::Duration;
use cohortdesk::config::{MailSettings, MailTransport};
use cohortdesk::domain::ids::{CohortId, TraineeId};
use cohortdesk::domain::outbox::OutboxStatus;
use cohortdesk::i18n::{Lang, Msg};
use cohortdesk::mail::Mailer;
use cohortdesk::models::enrollment::RosterEntry;
use cohortdesk::models::outbox::OutboxMessage;
use cohortdesk::services::outbox::{Courier, Report};
use mail_parser::{MessageParser, MimeHeaders};

use crate::helpers::{TestApp, Visitor, test_now, with_field};
use crate::smtp::{Mode, SmtpServer};

const COHORT: CohortId = CohortId(1);
const SEND_PAGE: &str = "/cohorts/1/itineraries";

fn courier(app: &TestApp, port: u16) -> Courier {
    courier_to(app, &format!("smtp://127.0.0.1:{port}"))
}

fn courier_to(app: &TestApp, smtp_url: &str) -> Courier {
    let settings = MailSettings {
        from: "Qingdao training <training@example.org>".to_owned(),
        transport: MailTransport::Smtp(url::Url::parse(smtp_url).unwrap()),
    };
    Courier::new(
        app.state.pool.clone(),
        Mailer::new(&settings).unwrap(),
        settings.from,
        app.state.vault.clone(),
    )
}

/// Queues the itineraries of the trainees given, as an organizer does on the send page.
async fn send_to(organizer: &Visitor, trainees: &[TraineeId]) -> crate::helpers::Page {
    let ids: Vec<String> = trainees.iter().map(|t| t.to_string()).collect();
    let mut fields = vec![("to", "chosen")];
    fields.extend(ids.iter().map(|id| ("trainees", id.as_str())));
    let sent = organizer.submit(SEND_PAGE, SEND_PAGE, &fields).await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    assert_eq!(sent.location.as_deref(), Some("/outbox?cohort=1"));
    organizer.get("/outbox?cohort=1").await
}

/// Trainees of the demo cohort with an e-mail address who read `lang`.
fn readers(app: &TestApp, lang: Lang) -> Vec<RosterEntry> {
    app.roster(COHORT)
        .into_iter()
        .filter(|e| e.trainee.language == lang && e.trainee.email.is_some())
        .collect()
}

fn messages(app: &TestApp) -> Vec<OutboxMessage> {
    app.with_conn(|conn| {
        OutboxMessage::lines(conn, None, None, 1000)
            .unwrap()
            .iter()
            .map(|l| OutboxMessage::find(conn, l.id).unwrap())
            .collect()
    })
}

#[tokio::test]
async fn an_itinerary_arrives_over_smtp_in_the_trainees_language_with_its_calendar() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let trainee = readers(&app, Lang::Ru)
        .into_iter()
        .find(|e| e.trainee.gender == cohortdesk::domain::trainee::Gender::Female)
        .unwrap();
    let outbox = send_to(&organizer, &[trainee.trainee.id]).await;
    assert_eq!(outbox.text(".flash"), "1 e-mail queued.");
    assert_eq!(outbox.texts("table.outbox tbody tr").len(), 1);
    assert!(outbox.text("table.outbox").contains("Queued"));

    let smtp = SmtpServer::start();
    let report = courier(&app, smtp.port)
        .deliver_due(test_now())
        .await
        .unwrap();
    assert_eq!(
        report,
        Report {
            sent: 1,
            retrying: 0,
            failed: 0,
            taken_over: 0
        }
    );
    let received = smtp.received();
    assert_eq!(received.len(), 1);
    let email = trainee.trainee.email.clone().unwrap();
    assert_eq!(received[0].to, vec![email.clone()]);
    assert_eq!(received[0].from, "training@example.org");

    let message = MessageParser::default().parse(&received[0].data).unwrap();
    let to = message.to().unwrap().first().unwrap();
    assert_eq!(to.address(), Some(email.as_str()));
    assert_eq!(
        to.name(),
        Some(trainee.trainee.passport_name().as_str()),
        "the trainee's name in To"
    );
    assert_eq!(
        message.header_raw("Auto-Submitted").map(str::trim),
        Some("auto-generated"),
        "out-of-office replies stay away"
    );
    assert_eq!(
        message.subject(),
        Some("Ваша программа: Курс ШОС по сокращению бедности 2023 — Циндао")
    );
    let raw = String::from_utf8_lossy(&received[0].data);
    assert!(raw.contains("Content-Type: text/plain") && raw.contains("Content-Type: text/html"));
    let text = message.body_text(0).unwrap();
    let html = message.body_html(0).unwrap();
    let token = app
        .roster(COHORT)
        .into_iter()
        .find(|e| e.trainee.id == trainee.trainee.id)
        .and_then(|e| app.personal_token(&e))
        .expect("a personal link was issued for the e-mail");
    for body in [&text, &html] {
        assert!(body.contains(&format!("/my/{token}")), "{body}");
        assert!(body.contains("Выезд: деревня Чжуцзягоу"));
        assert!(body.contains("Автобус отправляется в 08:00 · Гостиница «Циндао», главный вход"));
        assert!(body.contains("Гостиница «Циндао»"), "the hotel in Russian");
        assert!(
            body.contains("Дежурные контакты по дням"),
            "the duty contacts"
        );
        assert!(body.contains("Zhang Min 张敏"));
    }
    assert!(text.contains("Liu Yang 刘洋, +86 532 8590 1234"));
    assert!(
        html.contains("href=\"tel:+86-532-8590-5678\""),
        "a number to tap"
    );
    // Greeted as a woman, by her given name in Cyrillic (her native name is written family name first).
    let (_, given) = trainee.trainee.native_name.split_once(' ').unwrap();
    assert!(
        text.starts_with(&format!("Уважаемая {given}!")),
        "{}",
        text.lines().next().unwrap()
    );
    assert!(
        html.contains("<a href=\"http://127.0.0.1:"),
        "a button to the personal page"
    );

    let attachment = message.attachments().next().expect("an attachment");
    assert_eq!(attachment.attachment_name(), Some("itinerary.ics"));
    let ics = String::from_utf8_lossy(attachment.contents()).into_owned();
    let calendar = ical::IcalParser::new(ics.as_bytes())
        .next()
        .unwrap()
        .unwrap();
    let personal = app
        .visitor()
        .get(&format!("/my/{token}/calendar.ics"))
        .await;
    let feed = ical::IcalParser::new(personal.body.as_bytes())
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(calendar.events.len(), feed.events.len());
    assert!(calendar.events.len() > 20);

    let outbox = organizer.get("/outbox?cohort=1").await;
    assert!(outbox.text("table.outbox").contains("Sent"));
    // Sending the same itinerary again queues nothing.
    let again = send_to(&organizer, &[trainee.trainee.id]).await;
    assert!(
        again
            .text(".flash")
            .contains("1 trainee already had this exact e-mail"),
        "{}",
        again.text(".flash")
    );
    assert_eq!(messages(&app).len(), 1);
}

#[tokio::test]
async fn chinese_readers_get_chinese_and_trainees_without_an_address_are_listed() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let page = organizer.get(SEND_PAGE).await;
    let missing: Vec<RosterEntry> = app
        .roster(COHORT)
        .into_iter()
        .filter(|e| e.trainee.email.is_none())
        .collect();
    assert!(!missing.is_empty());
    let listed = page.texts(".unreachable li");
    assert_eq!(listed.len(), missing.len());
    assert!(listed[0].ends_with("— no e-mail address"), "{listed:?}");

    // Everyone: the ones without an address are named in the report, not silently left out.
    let sent = organizer
        .submit(SEND_PAGE, SEND_PAGE, &[("to", "all")])
        .await;
    assert_eq!(sent.status, 303);
    let outbox = organizer.get("/outbox?cohort=1").await;
    let flash = outbox.text(".flash");
    assert!(
        flash.contains(&format!(
            "Not sent to {}: no e-mail address.",
            missing[0].trainee.passport_name()
        )),
        "{flash}"
    );
    let queued = messages(&app);
    assert_eq!(queued.len() + missing.len(), app.roster(COHORT).len());

    let smtp = SmtpServer::start();
    courier(&app, smtp.port)
        .deliver_due(test_now())
        .await
        .unwrap();
    let chinese = readers(&app, Lang::Zh).remove(0);
    let address = chinese.trainee.email.unwrap();
    let arrived = smtp
        .received()
        .into_iter()
        .find(|r| r.to == vec![address.clone()])
        .expect("the Chinese reader's e-mail");
    let message = MessageParser::default().parse(&arrived.data).unwrap();
    assert!(message.subject().unwrap().starts_with("您的日程："));
    assert!(
        message.body_text(0).unwrap().contains("打开我的日程")
            || message.body_html(0).unwrap().contains("打开我的日程")
    );
    assert_eq!(smtp.received().len(), queued.len(), "each exactly once");
}

#[tokio::test]
async fn the_preview_shows_exactly_what_one_trainee_will_receive() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let trainee = readers(&app, Lang::Ru).remove(0);
    let path = format!("/cohorts/1/itineraries/preview/{}", trainee.trainee.id);
    let preview = organizer.get(&path).await;
    assert_eq!(preview.status, 200);
    assert_eq!(
        preview.text(".mail-subject"),
        "Ваша программа: Курс ШОС по сокращению бедности 2023 — Циндао"
    );
    assert!(
        preview
            .text(".mail-text")
            .contains("Выезд: деревня Чжуцзягоу")
    );
    assert!(preview.text(".mail-headers").contains("itinerary.ics"));
    let html = organizer.get(&format!("{path}/html")).await;
    assert_eq!(html.status, 200);
    assert!(html.body.contains("Открыть мою программу"));
    assert!(
        html.headers["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("frame-ancestors 'self'"),
        "shown in the preview's frame only"
    );
    assert!(messages(&app).is_empty(), "a preview sends nothing");
}

#[tokio::test]
async fn while_smtp_is_down_messages_wait_and_once_it_is_back_each_arrives_once() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let people: Vec<TraineeId> = readers(&app, Lang::Ru)
        .iter()
        .take(3)
        .map(|e| e.trainee.id)
        .collect();
    send_to(&organizer, &people).await;
    let port = SmtpServer::closed_port();
    let courier = courier(&app, port);

    let down = courier.deliver_due(test_now()).await.unwrap();
    assert_eq!(
        down,
        Report {
            sent: 0,
            retrying: 3,
            failed: 0,
            taken_over: 0
        }
    );
    for message in messages(&app) {
        assert_eq!(message.status, OutboxStatus::Queued);
        assert_eq!(message.attempts, 1);
        assert_eq!(message.next_attempt_at, test_now() + Duration::minutes(1));
        assert!(!message.last_error.is_empty());
    }
    let outbox = organizer.get("/outbox?cohort=1&status=queued").await;
    assert_eq!(outbox.texts("table.outbox tbody tr").len(), 3);
    assert!(outbox.text("table.outbox").contains("next try"));
    // Not due yet: nothing is tried before the minute is up.
    assert_eq!(courier.deliver_due(test_now()).await.unwrap().tried(), 0);
    // Still down a minute later: the wait doubles.
    courier
        .deliver_due(test_now() + Duration::minutes(1))
        .await
        .unwrap();
    assert!(
        messages(&app)
            .iter()
            .all(|m| m.attempts == 2 && m.next_attempt_at == test_now() + Duration::minutes(3))
    );

    let smtp = SmtpServer::start_on(port);
    let back = courier
        .deliver_due(test_now() + Duration::minutes(3))
        .await
        .unwrap();
    assert_eq!(
        back,
        Report {
            sent: 3,
            retrying: 0,
            failed: 0,
            taken_over: 0
        }
    );
    assert_eq!(
        courier
            .deliver_due(test_now() + Duration::hours(2))
            .await
            .unwrap()
            .tried(),
        0
    );
    let mut recipients: Vec<String> = smtp.received().into_iter().flat_map(|r| r.to).collect();
    recipients.sort();
    recipients.dedup();
    assert_eq!(recipients.len(), 3);
    assert_eq!(smtp.received().len(), 3, "each delivered exactly once");
    assert!(
        messages(&app)
            .iter()
            .all(|m| m.status == OutboxStatus::Sent && m.sent_at.is_some())
    );
}

#[tokio::test]
async fn a_permanent_refusal_fails_at_once_and_can_be_retried_by_hand() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let trainee = readers(&app, Lang::Ru).remove(0);
    send_to(&organizer, &[trainee.trainee.id]).await;
    let smtp = SmtpServer::start();
    smtp.set_mode(Mode::Permanent);
    let courier = courier(&app, smtp.port);
    let refused = courier.deliver_due(test_now()).await.unwrap();
    assert_eq!(
        refused,
        Report {
            sent: 0,
            retrying: 0,
            failed: 1,
            taken_over: 0
        }
    );
    assert_eq!(
        courier
            .deliver_due(test_now() + Duration::days(1))
            .await
            .unwrap()
            .tried(),
        0,
        "never retried on its own"
    );
    let outbox = organizer.get("/outbox?cohort=1&status=failed").await;
    assert!(
        outbox.text("table.outbox").contains("550"),
        "{}",
        outbox.text("table.outbox")
    );

    smtp.set_mode(Mode::Accept);
    let id = messages(&app)[0].id;
    let retried = organizer
        .submit("/outbox?cohort=1", &format!("/outbox/{id}/retry"), &[])
        .await;
    assert_eq!(retried.status, 303);
    assert_eq!(courier.deliver_due(test_now()).await.unwrap().sent, 1);
    assert_eq!(smtp.received().len(), 1);
}

#[tokio::test]
async fn temporary_refusals_are_retried_ten_times_then_marked_failed() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let trainee = readers(&app, Lang::Ru).remove(0);
    send_to(&organizer, &[trainee.trainee.id]).await;
    let smtp = SmtpServer::start();
    smtp.set_mode(Mode::Temporary);
    let courier = courier(&app, smtp.port);
    let mut at = test_now();
    for _ in 0..9 {
        assert_eq!(courier.deliver_due(at).await.unwrap().retrying, 1);
        at = messages(&app)[0].next_attempt_at;
    }
    assert_eq!(
        messages(&app)[0].next_attempt_at - test_now(),
        Duration::minutes(1 + 2 + 4 + 8 + 16 + 32 + 60 + 60 + 60)
    );
    assert_eq!(courier.deliver_due(at).await.unwrap().failed, 1);
    let message = &messages(&app)[0];
    assert_eq!(
        (message.status, message.attempts),
        (OutboxStatus::Failed, 10)
    );
    assert!(smtp.received().is_empty());
}

#[tokio::test]
async fn a_worker_that_dies_mid_send_loses_nothing_and_a_cancelled_message_stays_unsent() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let people: Vec<TraineeId> = readers(&app, Lang::Ru)
        .iter()
        .take(3)
        .map(|e| e.trainee.id)
        .collect();
    send_to(&organizer, &people).await;
    let cancelled = messages(&app)[0].id;
    let cancel = organizer
        .submit(
            "/outbox?cohort=1",
            &format!("/outbox/{cancelled}/cancel"),
            &[],
        )
        .await;
    assert_eq!(cancel.status, 303);
    // A worker claims the other two and dies before sending.
    let claimed = app.with_conn(|conn| {
        OutboxMessage::claim_due(conn, "a worker that dies", test_now(), 10).unwrap()
    });
    assert_eq!(claimed.len(), 2);
    let smtp = SmtpServer::start();
    let courier = courier(&app, smtp.port);
    assert_eq!(
        courier.deliver_due(test_now()).await.unwrap().tried(),
        0,
        "still claimed"
    );
    let restarted = courier
        .deliver_due(test_now() + Duration::minutes(3))
        .await
        .unwrap();
    assert_eq!(restarted.sent, 2);
    assert_eq!(smtp.received().len(), 2);
    // A sent message cannot be cancelled any more: the page says so and nothing changes.
    let sent = messages(&app)
        .iter()
        .find(|m| m.status == OutboxStatus::Sent)
        .unwrap()
        .id;
    let too_late = organizer
        .submit("/outbox?cohort=1", &format!("/outbox/{sent}/cancel"), &[])
        .await;
    assert_eq!(too_late.status, 303);
    assert_eq!(
        organizer.get("/outbox?cohort=1").await.text(".flash"),
        "This message is being sent or has been sent; nothing was changed."
    );
    let statuses: Vec<OutboxStatus> = messages(&app).iter().map(|m| m.status).collect();
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == OutboxStatus::Cancelled)
            .count(),
        1
    );
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == OutboxStatus::Sent)
            .count(),
        2
    );
}

#[tokio::test]
async fn change_notices_list_every_change_since_the_itinerary_once() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    // A trainee who reads Russian: every text of the notice in Russian.
    let trainee = readers(&app, Lang::Ru).remove(0);
    send_to(&organizer, &[trainee.trainee.id]).await;
    let smtp = SmtpServer::start();
    let courier = courier(&app, smtp.port);
    courier.deliver_due(test_now()).await.unwrap();
    assert!(
        !organizer
            .get("/cohorts/1")
            .await
            .body
            .contains("changes-pending")
    );

    // Three edits of the site visit, then a lecture cancelled.
    let edit = "/cohorts/1/sessions/7/edit";
    for start in ["08:40", "08:50", "09:00"] {
        let values = with_field(&organizer.get(edit).await.form_values(), "start", start);
        let values = with_field(&values, "accept_warnings", "1");
        let saved = organizer
            .submit_values(edit, "/cohorts/1/sessions/7", &values)
            .await;
        assert_eq!(saved.status, 303, "{}", saved.body);
    }
    let cancelled = organizer
        .submit("/cohorts/1/sessions/2", "/cohorts/1/sessions/2/cancel", &[])
        .await;
    assert_eq!(cancelled.status, 303);
    let cohort_page = organizer.get("/cohorts/1").await;
    assert!(
        cohort_page
            .text(".changes-pending")
            .starts_with("1 trainee has an out-of-date itinerary")
    );

    let sent = organizer
        .submit(SEND_PAGE, "/cohorts/1/itineraries/changes", &[])
        .await;
    assert_eq!(sent.status, 303);
    courier.deliver_due(test_now()).await.unwrap();
    let received = smtp.received();
    assert_eq!(received.len(), 2, "the itinerary, then one notice");
    let notice = MessageParser::default().parse(&received[1].data).unwrap();
    let text = notice.body_text(0).unwrap().into_owned();
    let lang = trainee.trainee.language;
    let course = "Курс ШОС по сокращению бедности 2023 — Циндао";
    assert_eq!(
        notice.subject(),
        Some(
            lang.msg(&Msg::new("mail-changed-subject").with("course", course))
                .as_str()
        )
    );
    assert_eq!(
        text.matches("Выезд: деревня Чжуцзягоу").count(),
        1,
        "{text}"
    );
    assert!(
        text.contains("Деревня Чжуцзягоу") && text.contains("Гостиница «Циндао», главный вход"),
        "the place and the bus in Russian too: {text}"
    );
    assert!(!text.contains("Zhujiagou"), "{text}");
    assert!(
        text.contains("08:30–12:00") && text.contains("→") && text.contains("09:00–12:00"),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "{}: Основной доклад",
            lang.t("mail-change-cancelled")
        )),
        "{text}"
    );
    assert!(notice.body_html(0).unwrap().contains("line-through"));

    // The notice carries the changes as a calendar, read back with an independent parser: the site
    // visit in its new version, the keynote cancelled.
    let ics = notice.attachments().next().expect("the changes as .ics");
    assert_eq!(ics.attachment_name(), Some("itinerary.ics"));
    let calendar = ical::IcalParser::new(ics.contents())
        .next()
        .unwrap()
        .expect("a valid calendar");
    let property = |event: &ical::parser::ical::component::IcalEvent, name: &str| {
        event
            .properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_default()
    };
    let uids: Vec<String> = calendar.events.iter().map(|e| property(e, "UID")).collect();
    assert_eq!(calendar.events.len(), 2, "only what changed: {uids:?}");
    let visit = calendar
        .events
        .iter()
        .find(|e| property(e, "SUMMARY") == "Выезд: деревня Чжуцзягоу")
        .expect("the site visit");
    assert!(
        property(visit, "DTSTART").ends_with("T090000"),
        "{}",
        property(visit, "DTSTART")
    );
    assert!(
        property(visit, "SEQUENCE").parse::<i32>().unwrap() >= 3,
        "three edits later"
    );
    let keynote = calendar
        .events
        .iter()
        .find(|e| property(e, "STATUS") == "CANCELLED")
        .expect("the cancelled keynote");
    assert!(property(keynote, "SUMMARY").starts_with("Основной доклад"));

    // Up to date now: nothing more to send.
    assert!(
        !organizer
            .get("/cohorts/1")
            .await
            .body
            .contains("changes-pending")
    );
    let again = organizer
        .submit(SEND_PAGE, "/cohorts/1/itineraries/changes", &[])
        .await;
    assert_eq!(again.status, 303);
    assert_eq!(messages(&app).len(), 2);
}

#[tokio::test]
#[ignore = "needs an external SMTP server: EXTERNAL_SMTP_URL and its maildir EXTERNAL_SMTP_MAILDIR (.ci/run starts aiosmtpd)"]
async fn itineraries_arrive_at_an_external_smtp_server() {
    let url =
        std::env::var("EXTERNAL_SMTP_URL").expect("EXTERNAL_SMTP_URL, e.g. smtp://127.0.0.1:2525");
    let maildir = std::env::var("EXTERNAL_SMTP_MAILDIR")
        .expect("EXTERNAL_SMTP_MAILDIR, where it stores mail");
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let people: Vec<RosterEntry> = readers(&app, Lang::Ru).into_iter().take(3).collect();
    let ids: Vec<TraineeId> = people.iter().map(|e| e.trainee.id).collect();
    send_to(&organizer, &ids).await;
    let report = courier_to(&app, &url)
        .deliver_due(test_now())
        .await
        .unwrap();
    assert_eq!(
        report,
        Report {
            sent: 3,
            retrying: 0,
            failed: 0,
            taken_over: 0
        }
    );

    // The maildir is shared by every run: find this run's e-mails by their personal links.
    let tokens: Vec<String> = app
        .roster(COHORT)
        .into_iter()
        .filter(|e| ids.contains(&e.trainee.id))
        .map(|e| app.personal_token(&e).unwrap())
        .collect();
    let mut found = 0;
    for file in std::fs::read_dir(format!("{maildir}/new")).unwrap() {
        let data = std::fs::read(file.unwrap().path()).unwrap();
        let message = MessageParser::default().parse(&data).unwrap();
        let Some(text) = message.body_text(0) else {
            continue;
        };
        let Some(token) = tokens.iter().find(|t| text.contains(t.as_str())) else {
            continue;
        };
        found += 1;
        let to = message
            .to()
            .unwrap()
            .first()
            .unwrap()
            .address()
            .unwrap()
            .to_owned();
        let person = people
            .iter()
            .find(|e| e.trainee.email.as_deref() == Some(to.as_str()))
            .expect("sent to a chosen trainee");
        assert!(
            people
                .iter()
                .any(|e| e.enrollment.id == person.enrollment.id)
        );
        assert!(message.subject().unwrap().starts_with("Ваша программа: "));
        assert!(
            message
                .body_html(0)
                .unwrap()
                .contains(&format!("/my/{token}"))
        );
        let ics = message.attachments().next().expect("itinerary.ics");
        let calendar = ical::IcalParser::new(ics.contents())
            .next()
            .unwrap()
            .unwrap();
        assert!(calendar.events.len() > 20);
    }
    assert_eq!(found, 3, "each e-mail arrived once");
}

#[tokio::test]
async fn two_workers_at_once_never_send_the_same_message_twice() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let sent = organizer
        .submit(SEND_PAGE, SEND_PAGE, &[("to", "all")])
        .await;
    assert_eq!(sent.status, 303);
    let queued = messages(&app).len();
    let smtp = SmtpServer::start();
    let (first, second) = (courier(&app, smtp.port), courier(&app, smtp.port));
    let (a, b) = tokio::join!(
        first.deliver_due(test_now()),
        second.deliver_due(test_now())
    );
    assert_eq!(a.unwrap().sent + b.unwrap().sent, queued);
    let mut recipients: Vec<String> = smtp.received().into_iter().flat_map(|r| r.to).collect();
    assert_eq!(recipients.len(), queued);
    recipients.sort();
    recipients.dedup();
    assert_eq!(recipients.len(), queued, "nobody got two copies");
}

#[tokio::test]
async fn a_send_request_that_names_nobody_is_refused_and_queues_nothing() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let form = organizer.get(SEND_PAGE).await;
    assert_eq!(
        form.attr("input[name=to][checked]", "value"),
        None,
        "no audience is chosen for the organizer"
    );
    let someone = app.roster(COHORT)[3].trainee.id.to_string();
    for (fields, field, error) in [
        (
            vec![("trainees", someone.as_str())],
            "to",
            "Choose who receives the itineraries: everyone, one delegation or the trainees you tick.",
        ),
        (
            vec![("to", "everyone")],
            "to",
            "Choose who receives the itineraries: everyone, one delegation or the trainees you tick.",
        ),
        (
            vec![("to", "chosen")],
            "trainees",
            "Tick at least one trainee.",
        ),
        (
            vec![("to", "delegation"), ("delegation", "CN")],
            "delegation",
            "Choose one of the options.",
        ),
    ] {
        let refused = organizer.submit(SEND_PAGE, SEND_PAGE, &fields).await;
        assert_eq!(refused.status, 422, "{fields:?}");
        assert_eq!(refused.field_error(field), error, "{fields:?}");
        assert!(messages(&app).is_empty(), "nothing queued for {fields:?}");
    }
    let kept = organizer
        .submit(SEND_PAGE, SEND_PAGE, &[("to", "chosen")])
        .await;
    assert_eq!(
        kept.attr("input[name=to][checked]", "value").as_deref(),
        Some("chosen")
    );
    assert!(
        kept.attr("details#trainees[open]", "id").is_some(),
        "the list is open to tick"
    );
    let ticked = organizer
        .submit(SEND_PAGE, SEND_PAGE, &[("trainees", someone.as_str())])
        .await;
    let checked = format!("input[name=trainees][value='{someone}'][checked]");
    assert!(
        ticked.attr(&checked, "value").is_some(),
        "the ticked trainee stays ticked"
    );
}

#[tokio::test]
async fn two_workers_on_one_database_send_each_message_once_claiming_a_few_at_a_time() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let send = SEND_PAGE;
    organizer.submit(send, send, &[("to", "all")]).await;
    let queued = messages(&app).len();
    assert!(
        queued > 2 * cohortdesk::mail::CONNECTIONS as usize,
        "{queued}"
    );
    let smtp = SmtpServer::start();
    smtp.set_mode(Mode::Slow(std::time::Duration::from_millis(40)));
    let (one, two) = (courier(&app, smtp.port), courier(&app, smtp.port));
    assert_ne!(one.worker(), two.worker());

    let (a, b) = tokio::join!(one.deliver_due(test_now()), two.deliver_due(test_now()));
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_eq!(a.sent + b.sent, queued);
    assert!(a.sent > 0 && b.sent > 0, "both worked: {a:?} {b:?}");
    let mut ids = smtp.message_ids();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), queued, "each message arrived once");
    assert!(
        messages(&app)
            .iter()
            .all(|m| m.status == OutboxStatus::Sent && m.claimed_by.is_none())
    );
}

#[tokio::test]
async fn a_claim_taken_over_is_not_sent_nor_recorded_by_the_worker_that_lost_it() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    send_to(&organizer, &[readers(&app, Lang::Ru)[0].trainee.id]).await;
    let id = messages(&app)[0].id;
    let smtp = SmtpServer::start();
    let (stalled, other) = (courier(&app, smtp.port), courier(&app, smtp.port));
    // The first worker claims the message and stalls past its claim; the other takes it over and sends it.
    app.with_conn(|conn| OutboxMessage::claim_due(conn, stalled.worker(), test_now(), 8).unwrap());
    assert_eq!(
        other
            .deliver_due(test_now() + Duration::minutes(1))
            .await
            .unwrap()
            .tried(),
        0,
        "still held"
    );
    let taken = other
        .deliver_due(test_now() + Duration::minutes(3))
        .await
        .unwrap();
    assert_eq!(taken.sent, 1);
    app.with_conn(|conn| {
        assert!(!OutboxMessage::still_claimed(conn, id, stalled.worker()).unwrap());
        // The stalled worker's late outcome changes nothing.
        OutboxMessage::record(
            conn,
            id,
            stalled.worker(),
            1,
            &cohortdesk::domain::outbox::Next::Failed,
            "late",
            test_now(),
        )
        .unwrap();
    });
    let message = app.with_conn(|conn| OutboxMessage::find(conn, id).unwrap());
    assert_eq!(
        (message.status, message.last_error.as_str()),
        (OutboxStatus::Sent, "")
    );
    assert_eq!(smtp.received().len(), 1);
}

#[tokio::test]
async fn an_organizer_sees_who_holds_a_message_gives_it_back_and_retries_every_failed_one_at_once()
{
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let people: Vec<TraineeId> = readers(&app, Lang::Ru)
        .iter()
        .take(4)
        .map(|e| e.trainee.id)
        .collect();
    send_to(&organizer, &people).await;
    let smtp = SmtpServer::start();
    smtp.set_mode(Mode::Permanent);
    let stuck = app.with_conn(|conn| {
        OutboxMessage::claim_due(conn, "qingdao-1:4711:a3f0", test_now(), 1).unwrap()
    })[0]
        .id;
    assert_eq!(
        courier(&app, smtp.port)
            .deliver_due(test_now())
            .await
            .unwrap()
            .failed,
        3
    );

    // A claim left by a worker that is gone: who holds it and until when, and a button to give it back.
    let list = "/outbox?cohort=1";
    let page = organizer.get(list).await;
    let row = page.text("tr.outbox-sending");
    assert!(
        row.contains("Being sent by qingdao-1:4711:a3f0 until 16 Jun 2023 01:32 UTC"),
        "{row}"
    );
    let release = format!("/outbox/{stuck}/release");
    assert_eq!(
        organizer
            .submit(list, &release, &[])
            .await
            .location
            .as_deref(),
        Some(list)
    );
    assert_eq!(
        organizer.get(list).await.text(".flash"),
        "The message is given back: the next worker sends it."
    );
    let given_back = app.with_conn(|conn| OutboxMessage::find(conn, stuck).unwrap());
    assert_eq!(
        (given_back.status, given_back.claimed_by),
        (OutboxStatus::Queued, None)
    );
    organizer.submit(list, &release, &[]).await;
    assert_eq!(
        organizer.get(list).await.text(".flash"),
        "This message is not being sent; nothing was changed."
    );

    // Every failed message again in one action, once confirmed for the number shown.
    let page = organizer.get(list).await;
    assert_eq!(
        page.text("#retry-failed label"),
        "Yes, send the 3 failed e-mails again"
    );
    let form = [("cohort", "1"), ("expected", "3")];
    organizer.submit(list, "/outbox/retry-failed", &form).await;
    assert_eq!(
        organizer.get(list).await.text(".flash"),
        "Tick the box to confirm, then press the button again."
    );
    let stale = [("cohort", "1"), ("expected", "2"), ("confirm", "yes")];
    organizer.submit(list, "/outbox/retry-failed", &stale).await;
    assert!(
        organizer
            .get(list)
            .await
            .text(".flash")
            .contains("changed meanwhile (now 3)")
    );
    let failed = |app: &TestApp| {
        messages(app)
            .iter()
            .filter(|m| m.status == OutboxStatus::Failed)
            .count()
    };
    assert_eq!(
        failed(&app),
        3,
        "nothing requeued without a matching confirmation"
    );
    let confirmed = [("cohort", "1"), ("expected", "3"), ("confirm", "yes")];
    organizer
        .submit(list, "/outbox/retry-failed", &confirmed)
        .await;
    assert_eq!(
        organizer.get(list).await.text(".flash"),
        "3 failed e-mails will be sent again now."
    );
    assert_eq!(failed(&app), 0);
    smtp.set_mode(Mode::Accept);
    assert_eq!(
        courier(&app, smtp.port)
            .deliver_due(test_now())
            .await
            .unwrap()
            .sent,
        4
    );
}
