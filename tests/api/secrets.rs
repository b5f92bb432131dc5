//! What a copy of the database gives away: no secret key, no passport number, no personal link, no queued
//! e-mail and no uploaded roster in readable form. The key lives outside (environment or key file);
//! older installations move theirs out on upgrade; rotating it re-seals everything.

use std::os::unix::fs::PermissionsExt;

use cohortdesk::db::DbConnection;
use cohortdesk::domain::ids::{CohortId, TraineeId, hex};
use cohortdesk::domain::vault::new_secret_key;
use cohortdesk::models::audit::{AuditEntry, AuditFilter};
use cohortdesk::schema::{enrollments, outbox, settings, trainees};
use cohortdesk::services::itinerary::{self, LinkChange};
use cohortdesk::services::keys;
use cohortdesk::services::mailings::{self, Recipients};
use diesel::prelude::*;

use crate::helpers::{TestApp, Visitor, test_now};

/// Every byte the database holds: the SQLite file and its write-ahead log, or on PostgreSQL every row of
/// every table as text (binary columns in hex).
fn dump(app: &TestApp) -> String {
    app.with_conn(|conn| match conn {
        DbConnection::Sqlite(sqlite) => {
            diesel::sql_query("PRAGMA wal_checkpoint(TRUNCATE)")
                .execute(sqlite)
                .unwrap();
            let path = app.state.settings.database.sqlite_path().unwrap();
            let mut bytes = std::fs::read(path).unwrap();
            bytes.extend(std::fs::read(format!("{}-wal", path.display())).unwrap_or_default());
            String::from_utf8_lossy(&bytes).into_owned()
        }
        DbConnection::Postgres(pg) => {
            #[derive(QueryableByName)]
            struct Line {
                #[diesel(sql_type = diesel::sql_types::Text)]
                line: String,
            }
            let tables: Vec<Line> = diesel::sql_query(
                "SELECT table_name::text AS line FROM information_schema.tables \
                 WHERE table_schema = 'public'",
            )
            .load(pg)
            .unwrap();
            let mut text = String::new();
            for table in tables {
                let rows: Vec<Line> = diesel::sql_query(format!(
                    "SELECT row_to_json(t)::text AS line FROM \"{}\" t",
                    table.line
                ))
                .load(pg)
                .unwrap();
                for row in rows {
                    text.push_str(&row.line);
                    text.push('\n');
                }
            }
            text
        }
    })
}

/// Whether `dump` holds `secret` as text, or as the hex PostgreSQL writes binary columns in.
fn reveals(dump: &str, secret: &str) -> bool {
    dump.contains(secret) || dump.contains(&hex(secret.as_bytes()))
}

#[tokio::test]
async fn a_copy_of_the_database_reveals_no_key_no_passport_and_no_personal_link() {
    let app = TestApp::with_demo().await;
    let cohort = CohortId(1);
    let state = app.state.clone();
    app.with_conn(|conn| {
        mailings::queue_itineraries(
            conn,
            &state.post(),
            cohort,
            &Recipients::All,
            test_now(),
            &mut |_| {},
        )
        .unwrap()
    });
    let organizer = app.organizer().await;
    let page = format!("/cohorts/{cohort}/trainees/import");
    let roster = format!(
        "{}\nKarimov,Rustam,Каримов Рустам,male,1979-03-02,UZ,Ministry of Agriculture,rk@example.uz,ZX9876543,2031-01-31,nominated\n",
        crate::helpers::ROSTER_HEADER
    );
    let kept = organizer
        .upload(&page, &page, "roster.csv", roster.into_bytes())
        .await;
    assert_eq!(
        kept.status, 303,
        "the upload waits for its preview: {}",
        kept.body
    );

    let roster = app.roster(cohort);
    let passports: Vec<String> = roster
        .iter()
        .filter_map(|e| app.passport(&e.trainee))
        .collect();
    let tokens: Vec<String> = roster
        .iter()
        .filter_map(|e| app.personal_token(e))
        .collect();
    assert!(passports.len() > 50 && tokens.len() > 50);
    let key = std::fs::read_to_string(&app.state.settings.key_file).unwrap();

    let dump = dump(&app);
    assert!(
        dump.contains("Abdyldaev"),
        "the dump is readable where nothing is secret"
    );
    for secret in passports.iter().chain(&tokens) {
        assert!(!reveals(&dump, secret), "{secret} is in the database");
    }
    assert!(
        !reveals(&dump, key.trim()),
        "the secret key is in the database"
    );
    assert!(
        !reveals(&dump, "ZX9876543"),
        "the uploaded roster is kept readable"
    );
    // The address of a personal page, as the e-mails write it (a bare "/my/" could turn up by chance
    // in the base64 of sealed values; an address with its scheme cannot).
    let personal_pages = format!("{}my/", app.state.settings.base_url);
    assert!(
        !dump.contains(&personal_pages),
        "a queued e-mail's personal link is readable"
    );
    // Mail bodies may be base64 inside the message, so also look at them as stored: every one sealed,
    // and what opens is a real e-mail holding a personal link.
    let stored: Vec<String> =
        app.with_conn(|conn| outbox::table.select(outbox::message).load(conn).unwrap());
    assert!(stored.len() > 50 && stored.iter().all(|m| m.starts_with("sealed1:")));
    let opened = app.state.vault.open_text(&stored[0]).unwrap();
    let parsed = mail_parser::MessageParser::default()
        .parse(opened.as_bytes())
        .unwrap();
    assert!(parsed.body_text(0).unwrap().contains(&personal_pages));

    let mode = std::fs::metadata(&app.state.settings.key_file)
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600, "the key file is the owner's alone");
}

/// Puts the database back the way a version before sealing left it: the key in the settings table, no
/// key file, a passport number, a personal-link token and a queued e-mail in plain text.
fn as_an_older_version_left_it(
    app: &TestApp,
    key: &str,
    trainee: TraineeId,
    passport: &str,
    token: &str,
) {
    std::fs::remove_file(&app.state.settings.key_file).unwrap();
    app.with_conn(|conn| {
        diesel::delete(settings::table).execute(conn).unwrap();
        diesel::insert_into(settings::table)
            .values((settings::key.eq("secret_key"), settings::value.eq(key)))
            .execute(conn)
            .unwrap();
        diesel::update(trainees::table.filter(trainees::id.eq(trainee)))
            .set((
                trainees::passport_number.eq(passport),
                trainees::passport_digest.eq(None::<String>),
            ))
            .execute(conn)
            .unwrap();
        diesel::update(enrollments::table.filter(enrollments::trainee_id.eq(trainee)))
            .set((
                enrollments::itinerary_token.eq(token),
                enrollments::itinerary_digest.eq(None::<String>),
            ))
            .execute(conn)
            .unwrap();
        diesel::update(outbox::table)
            .set(outbox::message.eq(format!("Subject: plain\r\n\r\nhttp://x/my/{token}")))
            .execute(conn)
            .unwrap();
    });
}

#[tokio::test]
async fn an_older_installation_moves_its_key_out_and_seals_what_it_kept_in_plain_text() {
    let app = TestApp::with_demo().await;
    let key = std::fs::read_to_string(&app.state.settings.key_file).unwrap();
    let entry = app.roster(CohortId(1)).remove(0);
    let badge = app.state.checkin_key.badge_code(entry.enrollment.id);
    let token = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    app.with_conn(|conn| {
        itinerary::change_link(
            conn,
            CohortId(1),
            entry.trainee.id,
            LinkChange::Issue,
            &app.state.vault,
            test_now(),
        )
        .unwrap();
        let state = app.state.clone();
        mailings::queue_itineraries(
            conn,
            &state.post(),
            CohortId(1),
            &Recipients::All,
            test_now(),
            &mut |_| {},
        )
        .unwrap();
    });
    as_an_older_version_left_it(&app, key.trim(), entry.trainee.id, "N7777777", token);

    let upgraded = cohortdesk::startup::prepare((*app.state.settings).clone()).unwrap();
    assert_eq!(
        std::fs::read_to_string(&app.state.settings.key_file).unwrap(),
        key,
        "the key moved to the key file unchanged"
    );
    assert_eq!(
        upgraded.checkin_key.badge_code(entry.enrollment.id),
        badge,
        "printed badges keep working"
    );
    let dump = dump(&app);
    for secret in [key.trim(), "N7777777", token] {
        assert!(!reveals(&dump, secret), "{secret} is still in the database");
    }
    let mut conn = upgraded.pool.get().unwrap();
    let trainee = cohortdesk::models::trainee::Trainee::find(&mut conn, entry.trainee.id).unwrap();
    assert_eq!(
        trainee.passport_number(&upgraded.vault).unwrap().as_deref(),
        Some("N7777777")
    );
    let found = cohortdesk::models::enrollment::Enrollment::by_token(&mut conn, token).unwrap();
    assert_eq!(
        found.trainee.id, entry.trainee.id,
        "the personal link still opens"
    );
    let messages: Vec<String> = outbox::table
        .select(outbox::message)
        .load(&mut conn)
        .unwrap();
    assert!(messages.iter().all(|m| m.starts_with("sealed1:")));
}

#[tokio::test]
async fn a_database_refuses_a_key_it_was_not_sealed_with() {
    let app = TestApp::spawn().await;
    let mut settings = (*app.state.settings).clone();
    settings.secret_key = Some(new_secret_key());
    let refused = cohortdesk::startup::prepare(settings).err().unwrap();
    assert!(
        refused.contains("sealed with the secret key") && refused.contains("COHORTDESK_SECRET_KEY"),
        "{refused}"
    );
}

#[tokio::test]
async fn rotating_the_key_reseals_everything_ends_every_login_and_is_logged() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let entry = app.roster(CohortId(1)).remove(0);
    let passport = app.passport(&entry.trainee).unwrap();
    let token = app.with_conn(|conn| {
        let mut entry = entry.clone();
        itinerary::token_of(conn, &mut entry, &app.state.vault, test_now()).unwrap()
    });
    let old_badge = app.state.checkin_key.badge_code(entry.enrollment.id);
    let settings = (*app.state.settings).clone();
    let old_key = std::fs::read_to_string(&settings.key_file).unwrap();

    let rotated = app.with_conn(|conn| {
        let current = keys::load(&settings, conn).unwrap();
        keys::rotate(conn, &current, &new_secret_key(), test_now()).unwrap()
    });
    assert!(rotated.resealed > 70, "{}", rotated.resealed);
    assert!(rotated.logins_ended >= 1);
    let new_key = std::fs::read_to_string(&settings.key_file).unwrap();
    assert_ne!(new_key, old_key);

    let state = cohortdesk::startup::prepare(settings).unwrap();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    tokio::spawn(cohortdesk::startup::server(state.clone(), listener).unwrap());

    let mut conn = state.pool.get().unwrap();
    let trainee = cohortdesk::models::trainee::Trainee::find(&mut conn, entry.trainee.id).unwrap();
    assert_eq!(
        trainee.passport_number(&state.vault).unwrap(),
        Some(passport)
    );
    assert_ne!(state.checkin_key.badge_code(entry.enrollment.id), old_badge);
    let trainee_page = Visitor::at(&address).get(&format!("/my/{token}")).await;
    assert_eq!(trainee_page.status, 200, "personal links are kept");

    let replayed = Visitor {
        base: address.clone(),
        client: organizer.client.clone(),
    };
    assert_eq!(
        replayed.get("/cohorts").await.location.as_deref(),
        Some("/login?next=%2Fcohorts"),
        "the old login is over"
    );
    let filter = AuditFilter {
        actions: vec![cohortdesk::domain::audit::AuditAction::KeyRotated],
        ..AuditFilter::default()
    };
    let logged = AuditEntry::list(&mut conn, &filter, 10, 0).unwrap();
    assert_eq!(logged.len(), 1);
    assert!(logged[0].changes.contains(&rotated.fingerprint));
}
