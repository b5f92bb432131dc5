//! Accounts managed in the app: an organizer invites a colleague by e-mail, the colleague chooses a
//! password through a single-use link; roles change, accounts are disabled and enabled (never the last
//! organizer); everyone changes their password, and a forgotten one is reset by e-mail.

use chrono::Datelike;
use cohortdesk::config::{MailSettings, MailTransport};
use cohortdesk::domain::ids::{AllocationId, CohortId};
use cohortdesk::domain::role::Scope;
use cohortdesk::mail::Mailer;
use cohortdesk::models::cohort::{Cohort, CohortFilter};
use cohortdesk::models::outbox::OutboxMessage;
use cohortdesk::models::user::User;
use cohortdesk::schema::account_links;
use cohortdesk::services::outbox::Courier;
use diesel::prelude::*;
use mail_parser::MessageParser;

use crate::helpers::{
    COORDINATOR_EMAIL, ORGANIZER_EMAIL, PASSWORD, Page, TestApp, Visitor, test_now,
};

/// An e-mail as it was delivered: to, subject, and its plain text.
struct Delivered {
    to: String,
    subject: String,
    text: String,
}

/// Sends what the outbox holds into a folder, and reads every message there with a mail parser.
async fn deliver(app: &TestApp, folder: &std::path::Path) -> Vec<Delivered> {
    let settings = MailSettings {
        from: "Qingdao training <training@example.org>".to_owned(),
        transport: MailTransport::Files(folder.to_owned()),
    };
    let courier = Courier::new(
        app.state.pool.clone(),
        Mailer::new(&settings).unwrap(),
        settings.from,
        app.state.vault.clone(),
    );
    courier.deliver_due(test_now()).await.unwrap();
    let mut delivered = Vec::new();
    for file in std::fs::read_dir(folder).unwrap() {
        let data = std::fs::read(file.unwrap().path()).unwrap();
        let message = MessageParser::default().parse(&data).unwrap();
        delivered.push(Delivered {
            to: message
                .to()
                .unwrap()
                .first()
                .unwrap()
                .address()
                .unwrap()
                .to_owned(),
            subject: message.subject().unwrap().to_owned(),
            text: message.body_text(0).unwrap().into_owned(),
        });
    }
    delivered
}

/// The path of the link in an e-mail (`/invitation/…`, `/reset/…`).
fn link_in(text: &str, kind: &str) -> String {
    let start = text.find(&format!("/{kind}/")).expect("a link");
    text[start..].split_whitespace().next().unwrap().to_owned()
}

async fn log_in(visitor: &Visitor, email: &str, password: &str) -> u16 {
    crate::auth::log_in(visitor, email, password).await.status
}

/// Sends the form behind an invitation or reset link: `fields`, and the password twice.
async fn choose(visitor: &Visitor, link: &str, fields: &[(&str, &str)], password: &str) -> Page {
    let mut values = fields.to_vec();
    values.extend([("password", password), ("password_confirm", password)]);
    visitor.submit(link, link, &values).await
}

/// Invites a colleague to every course as the organizer.
async fn invite(organizer: &Visitor, name: &str, email: &str, role: &str, language: &str) -> Page {
    invite_to(organizer, [name, email, role, language], "all").await
}

/// Invites a colleague (name, e-mail, role, language) to the courses of `scope` (a form value).
async fn invite_to(organizer: &Visitor, colleague: [&str; 4], scope: &str) -> Page {
    let [name, email, role, language] = colleague;
    let values = [
        ("name", name),
        ("email", email),
        ("role", role),
        ("language", language),
        ("scope", scope),
    ];
    organizer
        .submit("/accounts", "/accounts/invite", &values)
        .await
}

/// Asks for a password reset link.
async fn ask_reset(visitor: &Visitor, email: &str) -> Page {
    visitor
        .submit("/password-reset", "/password-reset", &[("email", email)])
        .await
}

/// Whether this browser's session has ended (a page sends it to log in).
async fn logged_out(visitor: &Visitor) -> bool {
    let page = visitor.get("/cohorts").await;
    page.location.is_some_and(|l| l.starts_with("/login"))
}

fn age_links(app: &TestApp, hours: i64) {
    app.with_conn(|conn| {
        diesel::update(account_links::table)
            .set(account_links::expires_at.eq(test_now() - chrono::Duration::hours(hours)))
            .execute(conn)
            .unwrap()
    });
}

#[tokio::test]
async fn an_invited_colleague_chooses_a_password_and_an_organizer_manages_their_account() {
    let app = TestApp::with_staff().await;
    let mail = tempfile::tempdir().unwrap();
    let organizer = app.organizer().await;
    let accounts = organizer.get("/accounts").await;
    assert_eq!(accounts.texts("#accounts tbody tr").len(), 2);

    // An address that has an account is refused next to the field, the typed values kept.
    let taken = invite(
        &organizer,
        "Aigerim",
        COORDINATOR_EMAIL,
        "coordinator",
        "ru",
    )
    .await;
    assert_eq!(taken.status, 422);
    assert_eq!(
        taken.field_error("email"),
        "An account with this e-mail address already exists."
    );
    assert_eq!(taken.attr("#name", "value").as_deref(), Some("Aigerim"));

    let invited = invite(
        &organizer,
        "Ерлан Касымов",
        "Erlan@Example.KZ",
        "organizer",
        "ru",
    )
    .await;
    assert_eq!(invited.status, 303, "{}", invited.body);
    let accounts = organizer.get("/accounts").await;
    assert!(accounts.text("#invitations").contains("erlan@example.kz"));

    // The invitation arrives in the invitee's language, through the outbox.
    let mails = deliver(&app, mail.path()).await;
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].to, "erlan@example.kz");
    assert_eq!(mails[0].subject, "Wang Fang приглашает вас в cohortdesk");
    assert!(mails[0].text.contains("«Организатор»"), "{}", mails[0].text);
    let link = link_in(&mails[0].text, "invitation");

    let colleague = app.visitor();
    let form = colleague.get(&link).await;
    assert_eq!(form.status, 200);
    assert_eq!(
        form.attr("html", "lang").as_deref(),
        Some("ru"),
        "the page speaks the e-mail's language"
    );
    assert_eq!(
        form.attr("#name", "value").as_deref(),
        Some("Ерлан Касымов")
    );
    let weak = choose(
        &colleague,
        &link,
        &[("name", "Ерлан Касымов")],
        "1234567890ab",
    )
    .await;
    assert_eq!(weak.status, 422);
    assert_eq!(
        weak.field_error("password"),
        "Этот пароль слишком легко угадать: добавьте несколько не связанных слов."
    );
    let created = choose(
        &colleague,
        &link,
        &[("name", "Ерлан Касымов")],
        "steppe wind over issyk kul",
    )
    .await;
    assert_eq!(created.location.as_deref(), Some("/login"));
    assert_eq!(
        app.visitor().get(&link).await.status,
        410,
        "a link works once"
    );
    assert_eq!(
        log_in(&colleague, "erlan@example.kz", "steppe wind over issyk kul").await,
        303
    );
    let home = colleague.get("/accounts").await;
    assert_eq!(home.status, 200, "the invited role: organizer");
    assert_eq!(home.attr("html", "lang").as_deref(), Some("ru"));

    // An invitation left too long stops working.
    invite(&organizer, "Late", "late@example.org", "coordinator", "en").await;
    let late = link_in(
        &deliver(&app, mail.path())
            .await
            .into_iter()
            .find(|m| m.to == "late@example.org")
            .unwrap()
            .text,
        "invitation",
    );
    age_links(&app, 1);
    assert_eq!(app.visitor().get(&late).await.status, 410);

    let token = crate::json_api::new_token(&colleague, "Ministry reports").await;
    let reports = app.visitor();
    assert_eq!(
        crate::json_api::api(&reports, &token, "/api/v1/commitments")
            .await
            .status,
        200
    );

    // Disabling ends the colleague's session at once; enabling lets them in again.
    let erlan = app.with_conn(|conn| {
        cohortdesk::models::user::User::find_by_email(conn, "erlan@example.kz")
            .unwrap()
            .unwrap()
    });
    let disabled = organizer
        .submit("/accounts", &format!("/accounts/{}/disable", erlan.id), &[])
        .await;
    assert_eq!(disabled.status, 303);
    assert!(
        logged_out(&colleague).await,
        "the disabled account's session ended"
    );
    assert_eq!(
        crate::json_api::api(&reports, &token, "/api/v1/commitments")
            .await
            .status,
        401,
        "nor do its API tokens work"
    );
    assert_eq!(
        log_in(
            &app.visitor(),
            "erlan@example.kz",
            "steppe wind over issyk kul"
        )
        .await,
        401
    );
    organizer
        .submit("/accounts", &format!("/accounts/{}/enable", erlan.id), &[])
        .await;
    assert_eq!(
        log_in(
            &app.visitor(),
            "erlan@example.kz",
            "steppe wind over issyk kul"
        )
        .await,
        303
    );

    // The role changes; the last organizer who can log in cannot be demoted nor disabled.
    organizer
        .submit(
            "/accounts",
            &format!("/accounts/{}/role", erlan.id),
            &[("role", "coordinator"), ("scope", "all")],
        )
        .await;
    let me = app.with_conn(|conn| {
        cohortdesk::models::user::User::find_by_email(conn, ORGANIZER_EMAIL)
            .unwrap()
            .unwrap()
    });
    let refused = organizer
        .submit(
            "/accounts",
            &format!("/accounts/{}/role", me.id),
            &[("role", "coordinator"), ("scope", "all")],
        )
        .await;
    assert_eq!(refused.status, 303);
    let page = organizer.get("/accounts").await;
    assert_eq!(
        page.text(".flash"),
        "cohortdesk needs at least one organizer of every course who can log in: make someone else one first."
    );
    assert_eq!(
        page.attr(&format!("#role-{} option[selected]", me.id), "value")
            .as_deref(),
        Some("organizer")
    );
    assert_eq!(
        page.attr(&format!("#role-{} option[selected]", erlan.id), "value")
            .as_deref(),
        Some("coordinator")
    );
    assert!(
        page.texts(&format!("form[action='/accounts/{}/disable']", me.id))
            .is_empty(),
        "no button to disable oneself"
    );

    let log = organizer
        .get("/audit?action=security")
        .await
        .text("table.audit");
    for event in ["Invited", "Disabled", "Enabled again", "Logged in"] {
        assert!(log.contains(event), "{event}: {log}");
    }
}

#[tokio::test]
async fn a_password_changes_with_the_current_one_and_a_forgotten_one_is_reset_by_e_mail() {
    let app = TestApp::with_staff().await;
    let mail = tempfile::tempdir().unwrap();
    let laptop = app.coordinator().await;
    let phone = app.coordinator().await;

    let wrong = laptop
        .submit(
            "/account/password",
            "/account/password",
            &[
                ("current", "not my password"),
                ("password", "a brand new long passphrase"),
                ("password_confirm", "a brand new long passphrase"),
            ],
        )
        .await;
    assert_eq!(wrong.status, 422);
    assert_eq!(
        wrong.field_error("current"),
        "This is not your current password."
    );
    let changed = laptop
        .submit(
            "/account/password",
            "/account/password",
            &[
                ("current", PASSWORD),
                ("password", "a brand new long passphrase"),
                ("password_confirm", "a brand new long passphrase"),
            ],
        )
        .await;
    assert_eq!(changed.status, 303, "{}", changed.body);
    let told = deliver(&app, mail.path()).await;
    assert_eq!(told.len(), 1);
    assert_eq!(told[0].to, COORDINATOR_EMAIL);
    assert_eq!(told[0].subject, "Your cohortdesk password was changed");
    assert!(told[0].text.contains("/password-reset"), "{}", told[0].text);
    assert_eq!(
        laptop.get("/cohorts").await.status,
        200,
        "this session stays"
    );
    assert!(logged_out(&phone).await, "the other session ended");
    assert_eq!(
        log_in(&app.visitor(), COORDINATOR_EMAIL, PASSWORD).await,
        401
    );

    // Forgotten: the same answer for an unknown address and a known one; only the known one gets mail.
    let stranger = app.visitor();
    let unknown = ask_reset(&stranger, "nobody@example.org").await;
    let known = ask_reset(&stranger, COORDINATOR_EMAIL).await;
    assert_eq!((unknown.status, known.status), (303, 303));
    assert_eq!(unknown.location, known.location);
    let mails: Vec<Delivered> = deliver(&app, mail.path())
        .await
        .into_iter()
        .filter(|m| m.subject == "Choose a new cohortdesk password")
        .collect();
    assert_eq!(
        mails.len(),
        1,
        "only the address with an account gets a link"
    );
    assert_eq!(mails[0].to, COORDINATOR_EMAIL);
    let link = link_in(&mails[0].text, "reset");

    let reset = choose(&stranger, &link, &[], "yet another long passphrase").await;
    assert_eq!(reset.location.as_deref(), Some("/login"));
    assert!(logged_out(&laptop).await, "a reset ends every session");
    assert_eq!(
        app.visitor().get(&link).await.status,
        410,
        "a link works once"
    );
    assert_eq!(
        log_in(
            &app.visitor(),
            COORDINATOR_EMAIL,
            "yet another long passphrase"
        )
        .await,
        303
    );

    // A reset link lasts an hour.
    ask_reset(&stranger, COORDINATOR_EMAIL).await;
    let mails = deliver(&app, mail.path()).await;
    let changed = mails
        .iter()
        .filter(|m| m.subject == "Your cohortdesk password was changed")
        .count();
    assert_eq!(changed, 2, "the owner hears of the change and of the reset");
    let newest = mails
        .iter()
        .filter(|m| m.text.contains("/reset/"))
        .map(|m| link_in(&m.text, "reset"))
        .find(|l| *l != link)
        .unwrap();
    age_links(&app, 0);
    assert_eq!(app.visitor().get(&newest).await.status, 410);

    // Both are security events.
    let organizer = app.organizer().await;
    let log = organizer
        .get("/audit?action=security")
        .await
        .text("table.audit");
    assert!(log.contains("Password changed") && log.contains("Password reset asked for"));
}

/// The demo's cohorts by host city: Qingdao 2023, Qingdao 2024 (allocation `qingdao`), Xi'an 2024.
struct DemoCourses {
    qingdao: AllocationId,
    xian: AllocationId,
    qingdao_2023: CohortId,
    qingdao_2024: CohortId,
    xian_2024: CohortId,
}

fn demo_courses(app: &TestApp) -> DemoCourses {
    let listings = app.with_conn(|conn| {
        let filter = CohortFilter {
            include_archived: true,
            ..CohortFilter::default()
        };
        Cohort::list(conn, &filter).unwrap()
    });
    let find = |city: &str, year: i32| {
        let found = listings
            .iter()
            .find(|l| l.host_city == city && l.cohort.starts_on.year() == year)
            .unwrap();
        (found.cohort.allocation_id, found.cohort.id)
    };
    let ((qingdao, qingdao_2023), (_, qingdao_2024)) =
        (find("Qingdao", 2023), find("Qingdao", 2024));
    let (xian, xian_2024) = find("Xi'an", 2024);
    DemoCourses {
        qingdao,
        xian,
        qingdao_2023,
        qingdao_2024,
        xian_2024,
    }
}

/// How many entries of the audit log's first page are about `cohort`.
async fn audit_entries(visitor: &Visitor, cohort: CohortId) -> usize {
    let page = visitor.get(&format!("/audit?cohort={cohort}")).await;
    page.texts("tbody tr").len()
}

/// The data lines of an enrollment export.
async fn export_lines(visitor: &Visitor) -> Vec<String> {
    let export = visitor.get("/exports/enrollments.csv").await;
    assert_eq!(export.status, 200);
    export.body.lines().skip(1).map(str::to_owned).collect()
}

#[tokio::test]
async fn a_colleague_invited_for_one_host_city_sees_and_changes_only_its_courses() {
    let app = TestApp::with_demo().await;
    let demo = demo_courses(&app);
    let mail = tempfile::tempdir().unwrap();
    let organizer = app.organizer().await;
    let form = organizer.get("/accounts").await;
    let choices = form.texts("#scope option");
    assert_eq!(choices[0], "Every course");
    assert!(choices.contains(&"Qingdao (SCO poverty-reduction training 2023–2025)".to_owned()));
    assert!(
        choices.contains(&"SCO poverty-reduction training 2023–2025: every host city".to_owned())
    );

    let colleague = ["Лю Ян", "liu.yang@qingdao.example.cn", "organizer", "ru"];
    let unknown = invite_to(&organizer, colleague, "city-999").await;
    assert_eq!(unknown.status, 422);
    assert_eq!(unknown.field_error("scope"), "Choose one of the options.");
    assert_eq!(unknown.attr("#name", "value").as_deref(), Some("Лю Ян"));
    let qingdao = format!("city-{}", demo.qingdao);
    assert_eq!(invite_to(&organizer, colleague, &qingdao).await.status, 303);
    let invitations = organizer.get("/accounts").await.text("#invitations tbody");
    assert!(
        invitations.contains("Qingdao (SCO poverty-reduction"),
        "{invitations}"
    );
    let invitation = app.with_conn(|conn| OutboxMessage::lines(conn, None, None, 1).unwrap());
    let letter = deliver(&app, mail.path()).await.remove(0);
    let link = link_in(&letter.text, "invitation");
    let liu = app.visitor();
    assert_eq!(
        choose(&liu, &link, &[("name", "Лю Ян")], "qingdao agri tourism")
            .await
            .status,
        303
    );
    assert_eq!(
        log_in(&liu, "liu.yang@qingdao.example.cn", "qingdao agri tourism").await,
        303
    );

    // Lists hold only Qingdao's courses; a Xi'an course does not exist, by any address.
    let cohorts = liu.get("/cohorts").await.texts("tbody tr");
    assert_eq!(cohorts.len(), 2, "{cohorts:?}");
    assert!(
        cohorts.iter().all(|row| row.contains("Qingdao")),
        "{cohorts:?}"
    );
    assert!(
        !liu.get("/")
            .await
            .body
            .contains("Rural Revitalization Seminar")
    );
    let (xian, own) = (demo.xian_2024, demo.qingdao_2023);
    for path in [
        format!("/cohorts/{xian}"),
        format!("/cohorts/{xian}/trainees"),
        format!("/cohorts/{xian}/sessions/week"),
        format!("/cohorts/%3{xian}"),
        format!("/outbox?cohort={xian}"),
        format!("/outbox/{}/retry", invitation[0].id),
    ] {
        let answer = match path.contains("retry") {
            true => liu.submit("/", &path, &[]).await,
            false => liu.get(&path).await,
        };
        assert_eq!(answer.status, 404, "GET {path}");
    }
    assert_eq!(liu.get(&format!("/cohorts/%3{own}")).await.status, 200);
    let xian_trainee = app.roster(xian)[0].trainee.id;
    assert!(app.roster(own).iter().all(|e| e.trainee.id != xian_trainee));
    let other = liu
        .get(&format!("/cohorts/{own}/trainees/{xian_trainee}"))
        .await;
    assert_eq!(
        other.status, 404,
        "a Xi'an trainee through a Qingdao course"
    );
    assert_eq!(
        liu.get("/outbox")
            .await
            .texts("table.outbox tbody tr")
            .len(),
        0
    );

    // What spans every course is refused and not offered; the commitment shows its figures and only
    // Qingdao's courses.
    let accounts_link = "a[href='/accounts']";
    assert!(
        organizer
            .get("/")
            .await
            .attr(accounts_link, "href")
            .is_some()
    );
    assert!(liu.get("/").await.attr(accounts_link, "href").is_none());
    assert!(
        liu.get("/")
            .await
            .attr("a[href='/commitments/new']", "href")
            .is_none()
    );
    for path in ["/accounts", "/commitments/new", "/commitments/1/edit"] {
        assert_eq!(liu.get(path).await.status, 403, "GET {path}");
    }
    let commitment = liu.get("/commitments/1").await;
    assert!(!commitment.body.contains("Rural Revitalization Seminar"));
    assert_eq!(
        commitment.attr("a[href='/commitments/1/edit']", "href"),
        None
    );
    let new_here = format!("/cohorts/new?allocation={}", demo.qingdao);
    let new_there = format!("/cohorts/new?allocation={}", demo.xian);
    assert!(
        commitment
            .attr(&format!("a[href='{new_here}']"), "href")
            .is_some()
    );
    assert!(
        commitment
            .attr(&format!("a[href='{new_there}']"), "href")
            .is_none()
    );
    let progress = liu.get("/commitments/1/progress").await;
    let row = |id: CohortId| format!("tr[data-cohort='{id}'] a");
    assert!(progress.attr(&row(own), "href").is_some());
    assert!(
        progress.attr(&row(xian), "href").is_none(),
        "counted, not linked"
    );
    assert!(
        progress
            .text(&format!("tr[data-cohort='{xian}']"))
            .contains("Rural")
    );

    // A new course goes only into Qingdao's allocation.
    let offered = liu.get("/cohorts/new").await.texts("#allocation_id option");
    assert!(
        offered.iter().skip(1).all(|o| o.contains("Qingdao")) && offered.len() == 2,
        "only a placeholder and Qingdao: {offered:?}"
    );
    let before = app.with_conn(|conn| Cohort::list(conn, &CohortFilter::default()).unwrap().len());
    let elsewhere = liu
        .submit(
            "/cohorts/new",
            "/cohorts",
            &[
                ("allocation_id", &demo.xian.to_string()),
                ("name", "2025 Xi'an course"),
                ("starts_on", "2025-05-12"),
                ("ends_on", "2025-05-18"),
                ("time_zone", "Asia/Shanghai"),
                ("capacity", "30"),
                ("status", "planning"),
            ],
        )
        .await;
    assert_eq!(elsewhere.status, 422);
    assert_eq!(
        elsewhere.field_error("allocation_id"),
        "Выберите один из вариантов.",
        "in Russian, as the invitation said"
    );
    let after = app.with_conn(|conn| Cohort::list(conn, &CohortFilter::default()).unwrap().len());
    assert_eq!(after, before);

    // Files and the audit log hold Qingdao's trainees and entries, as the full ones do for Qingdao.
    // (Enrollment ids; the words are in each reader's language.)
    let everything = export_lines(&organizer).await;
    let in_qingdao: Vec<&str> = everything
        .iter()
        .filter(|l| l.contains(",Qingdao,"))
        .filter_map(|l| l.split(',').next())
        .collect();
    let theirs = export_lines(&liu).await;
    let theirs: Vec<&str> = theirs.iter().filter_map(|l| l.split(',').next()).collect();
    assert!(!theirs.is_empty() && theirs.len() < everything.len());
    assert_eq!(theirs, in_qingdao);
    assert!(audit_entries(&organizer, xian).await > 0);
    assert_eq!(audit_entries(&liu, xian).await, 0);
    assert_eq!(
        audit_entries(&liu, own).await,
        audit_entries(&organizer, own).await
    );

    // The API answers for the same courses.
    let token = crate::json_api::new_token(&liu, "Qingdao figures").await;
    let listed = crate::json_api::api(&liu, &token, "/api/v1/cohorts").await;
    let listed: serde_json::Value = serde_json::from_str(&listed.body).unwrap();
    let ids: Vec<i64> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_i64().unwrap())
        .collect();
    let (q23, q24) = (i64::from(own.0), i64::from(demo.qingdao_2024.0));
    assert_eq!(ids.len(), 2);
    assert!(ids.contains(&q23) && ids.contains(&q24), "{ids:?}");
    let refused =
        crate::json_api::api(&liu, &token, &format!("/api/v1/cohorts/{xian}/report")).await;
    assert_eq!(refused.status, 404);
    assert_eq!(refused.body, r#"{"error":"not found"}"#);
    let report = crate::json_api::api(&liu, &token, &format!("/api/v1/cohorts/{own}/report")).await;
    assert_eq!(report.status, 200);

    // The only organizer of every course who can log in (the demo's own organizer disabled) cannot limit
    // themselves; they can widen the colleague's view.
    let find =
        |email: &str| app.with_conn(|conn| User::find_by_email(conn, email).unwrap().unwrap());
    let (wang, demo_organizer) = (find(ORGANIZER_EMAIL), find("organizer@example.org"));
    let disable = format!("/accounts/{}/disable", demo_organizer.id);
    assert_eq!(
        organizer.submit("/accounts", &disable, &[]).await.status,
        303
    );
    let liu_id = app.with_conn(|conn| {
        User::find_by_email(conn, "liu.yang@qingdao.example.cn")
            .unwrap()
            .unwrap()
            .id
    });
    let limit_self = [("role", "organizer"), ("scope", qingdao.as_str())];
    let refused = organizer
        .submit(
            "/accounts",
            &format!("/accounts/{}/role", wang.id),
            &limit_self,
        )
        .await;
    assert_eq!(refused.status, 303);
    assert!(
        organizer
            .get("/accounts")
            .await
            .text(".flash")
            .contains("at least one organizer of every course")
    );
    assert_eq!(find(ORGANIZER_EMAIL).scope(), Scope::All);
    let widen = [("role", "organizer"), ("scope", "all")];
    let widened = organizer
        .submit("/accounts", &format!("/accounts/{liu_id}/role"), &widen)
        .await;
    assert_eq!(widened.status, 303);
    assert_eq!(
        liu.get(&format!("/cohorts/{xian}")).await.status,
        200,
        "at once"
    );
    assert_eq!(liu.get("/accounts").await.status, 200);
}
