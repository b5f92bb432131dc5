//! Accounts managed in the app: an organizer invites a colleague by e-mail, the colleague chooses a
//! password through a single-use link; roles change, accounts are disabled and enabled (never the last
//! organizer); everyone changes their password, and a forgotten one is reset by e-mail.

use cohortdesk::config::{MailSettings, MailTransport};
use cohortdesk::mail::Mailer;
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
    let courier = Courier {
        pool: app.state.pool.clone(),
        mailer: Mailer::new(&settings).unwrap(),
        from: settings.from,
        vault: app.state.vault.clone(),
    };
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

/// Invites a colleague as the organizer.
async fn invite(organizer: &Visitor, name: &str, email: &str, role: &str, language: &str) -> Page {
    let values = [
        ("name", name),
        ("email", email),
        ("role", role),
        ("language", language),
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
            &[("role", "coordinator")],
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
            &[("role", "coordinator")],
        )
        .await;
    assert_eq!(refused.status, 303);
    let page = organizer.get("/accounts").await;
    assert_eq!(
        page.text(".flash"),
        "cohortdesk needs at least one organizer who can log in: make someone else an organizer first."
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
