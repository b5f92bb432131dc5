//! Test harness: each test gets its own database (an SQLite file in a temporary folder, or a fresh
//! PostgreSQL database when `TEST_DATABASE_URL` is set) and the real app served on a random port.

use std::net::TcpListener;

use chrono::NaiveDateTime;
use cohortdesk::clock::Clock;
use cohortdesk::config::Settings;
use cohortdesk::db::DbConnection;
use cohortdesk::domain::account::{Email, NewAccount, Password};
use cohortdesk::domain::cohort::{CohortDraft, CohortStatus};
use cohortdesk::domain::ids::{AllocationId, CohortId};
use cohortdesk::domain::role::{Role, Scope};
use cohortdesk::domain::trainee::{EnrollmentDraft, EnrollmentStatus, TraineeDraft};
use cohortdesk::models::cohort::{Cohort, CohortFilter};
use cohortdesk::models::enrollment::{Enrollment, RosterEntry};
use cohortdesk::models::trainee::Trainee;
use cohortdesk::services::accounts;
use cohortdesk::services::{cohorts, demo, roster};
use cohortdesk::startup;
use cohortdesk::web::state::AppState;
use diesel::connection::SimpleConnection;
use diesel::{Connection, PgConnection};
use rand::RngCore;
use reqwest::redirect::Policy;
use scraper::{Html, Selector};

pub const ORGANIZER_EMAIL: &str = "wang.fang@example.org";
pub const COORDINATOR_EMAIL: &str = "aigerim@example.org";
pub const PASSWORD: &str = "correct horse battery";

/// The moment every test app believes it is (a day during the Qingdao 2023 course).
pub fn test_now() -> NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2023, 6, 16)
        .and_then(|d| d.and_hms_opt(1, 30, 0))
        .unwrap()
}

/// A database that exists for one test and disappears with it.
pub enum TestDb {
    Sqlite { _dir: tempfile::TempDir },
    Postgres { admin_url: String, name: String },
}

impl TestDb {
    /// A new, empty database and the URL to reach it.
    pub fn create() -> (TestDb, String) {
        match std::env::var("TEST_DATABASE_URL") {
            Ok(admin_url) if !admin_url.trim().is_empty() => {
                let mut bytes = [0u8; 8];
                rand::rng().fill_bytes(&mut bytes);
                let name: String = std::iter::once("cohortdesk_test_".to_owned())
                    .chain(bytes.iter().map(|b| format!("{b:02x}")))
                    .collect();
                let mut admin = PgConnection::establish(&admin_url).expect("TEST_DATABASE_URL");
                admin
                    .batch_execute(&format!("CREATE DATABASE {name}"))
                    .expect("create test database");
                let mut url = url::Url::parse(&admin_url).expect("TEST_DATABASE_URL is a URL");
                url.set_path(&name);
                (TestDb::Postgres { admin_url, name }, url.to_string())
            }
            _ => {
                let dir = tempfile::tempdir().expect("temporary folder");
                let url = format!("sqlite://{}", dir.path().join("test.db").display());
                (TestDb::Sqlite { _dir: dir }, url)
            }
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let TestDb::Postgres { admin_url, name } = self
            && let Ok(mut admin) = PgConnection::establish(admin_url)
        {
            let _ = admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
        }
    }
}

/// Settings for a test: the given database, mail into the test's folder.
pub fn settings(database_url: &str, mail_dir: &std::path::Path) -> Settings {
    let mail_dir = mail_dir.display().to_string();
    Settings::from_lookup(|name| match name {
        "DATABASE_URL" => Some(database_url.to_owned()),
        "COHORTDESK_BIND" => Some("127.0.0.1:0".to_owned()),
        "COHORTDESK_MAIL_DIR" => Some(mail_dir.clone()),
        "COHORTDESK_FILES_DIR" => Some(format!("{mail_dir}/files")),
        "COHORTDESK_KEY_FILE" => Some(format!("{mail_dir}/cohortdesk.key")),
        _ => None,
    })
    .expect("test settings")
}

pub struct TestApp {
    pub address: String,
    pub state: AppState,
    _scratch: tempfile::TempDir,
    pub db: TestDb,
}

impl TestApp {
    /// The app on an empty, migrated database with no accounts.
    pub async fn spawn() -> TestApp {
        Self::spawn_at(test_now()).await
    }

    /// The app on an empty, migrated database, its clock reading `now`.
    pub async fn spawn_at(now: chrono::NaiveDateTime) -> TestApp {
        let (db, url) = TestDb::create();
        let scratch = tempfile::tempdir().expect("temporary folder");
        let mut state = startup::prepare(settings(&url, scratch.path())).expect("app state");
        state.clock = Clock::Fixed(now);
        Self::serve(state, scratch, db)
    }

    /// Serves an already built state (tests that need an unusual state use this).
    pub fn serve(state: AppState, scratch: tempfile::TempDir, db: TestDb) -> TestApp {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
        let port = listener.local_addr().expect("local address").port();
        let server = startup::server(state.clone(), listener).expect("server");
        tokio::spawn(server);
        TestApp {
            address: format!("http://127.0.0.1:{port}"),
            state,
            _scratch: scratch,
            db,
        }
    }

    /// The app with an organizer and a coordinator account.
    pub async fn with_staff() -> TestApp {
        Self::with_staff_at(test_now()).await
    }

    /// The app with an organizer and a coordinator account, its clock reading `now`.
    pub async fn with_staff_at(now: chrono::NaiveDateTime) -> TestApp {
        let app = Self::spawn_at(now).await;
        app.add_user(ORGANIZER_EMAIL, "Wang Fang", Role::Organizer);
        app.add_user(COORDINATOR_EMAIL, "Aigerim Nurlanovna", Role::Coordinator);
        app
    }

    /// The app with the staff accounts and the demo loaded: commitment 1 (2023–2025, 1,000 places) with
    /// Qingdao (allocation 1, 200 places, 135 held by two cohorts), Xi'an (allocation 2, 150, 60 held) and
    /// Kunming (allocation 3, 120, 50 held).
    pub async fn with_demo() -> TestApp {
        let app = Self::with_staff().await;
        app.load_demo();
        app
    }

    pub fn conn(&self) -> cohortdesk::db::PooledConnection {
        self.state.pool.get().expect("a database connection")
    }

    pub fn add_user(&self, email: &str, name: &str, role: Role) {
        self.add_limited_user(email, name, role, Scope::All);
    }

    /// An account that sees only the courses of `scope`.
    pub fn add_limited_user(&self, email: &str, name: &str, role: Role, scope: Scope) {
        let account = NewAccount {
            name: name.to_owned(),
            email: Email::parse(email).unwrap(),
            role,
            password: Password::parse(PASSWORD).unwrap(),
            language: None,
            scope,
        };
        accounts::create(&mut self.conn(), &account, test_now()).expect("user created");
    }

    /// Runs a query against the test database.
    pub fn with_conn<T>(&self, f: impl FnOnce(&mut DbConnection) -> T) -> T {
        f(&mut self.conn())
    }

    /// Every cohort, archived ones included.
    pub fn all_cohorts(&self) -> Vec<Cohort> {
        let filter = CohortFilter {
            include_archived: true,
            ..CohortFilter::default()
        };
        self.with_conn(|conn| Cohort::list(conn, &filter).unwrap())
            .into_iter()
            .map(|listing| listing.cohort)
            .collect()
    }

    /// Loads the demo data (as `cohortdesk demo` does).
    pub fn load_demo(&self) {
        self.with_conn(|conn| {
            demo::load(conn, &self.state.vault, test_now(), Default::default())
                .expect("the demo loads")
        });
    }

    /// A new cohort under the demo's Xi'an allocation (90 places free), in planning, with no trainees,
    /// from Monday 13 to Sunday 19 October 2025 in Asia/Shanghai.
    pub fn empty_cohort(&self, name: &str, capacity: i32) -> CohortId {
        let monday = chrono::NaiveDate::from_ymd_opt(2025, 10, 13).unwrap();
        self.cohort_at(name, capacity, monday, chrono_tz::Asia::Shanghai)
    }

    /// A new, empty seven-day cohort under the demo's Xi'an allocation, from `starts_on`, keeping the
    /// clock of `time_zone`.
    pub fn cohort_at(
        &self,
        name: &str,
        capacity: i32,
        starts_on: chrono::NaiveDate,
        time_zone: chrono_tz::Tz,
    ) -> CohortId {
        let draft = CohortDraft {
            allocation_id: AllocationId(2),
            name: name.to_owned(),
            venue: String::new(),
            starts_on,
            ends_on: starts_on + chrono::Days::new(6),
            time_zone,
            capacity,
            languages: Vec::new(),
            status: CohortStatus::Planning,
            notes: String::new(),
        };
        self.with_conn(|conn| {
            cohorts::create(conn, &draft, Scope::All, test_now()).expect("the cohort is created")
        })
    }

    /// Everyone enrolled in a cohort.
    pub fn roster(&self, cohort: CohortId) -> Vec<RosterEntry> {
        self.with_conn(|conn| Enrollment::roster(conn, cohort).unwrap())
    }

    /// Nominates a trainee already known for another cohort, found again by their passport number.
    pub fn enrol_again(
        &self,
        trainee: &Trainee,
        cohort: CohortId,
    ) -> cohortdesk::domain::ids::TraineeId {
        let draft = TraineeDraft {
            family_name: trainee.family_name.clone(),
            given_name: trainee.given_name.clone(),
            native_name: trainee.native_name.clone(),
            gender: trainee.gender,
            date_of_birth: trainee.date_of_birth,
            country_code: trainee.country_code.clone(),
            organization: trainee.organization.clone(),
            position: trainee.position.clone(),
            email: trainee.email.clone(),
            phone: trainee.phone.clone(),
            language: trainee.language,
            dietary: String::new(),
            accessibility: String::new(),
            passport_number: self.passport(trainee),
            passport_expiry: trainee.passport_expiry,
            notes: String::new(),
        };
        let enrollment = EnrollmentDraft {
            status: EnrollmentStatus::Nominated,
            arrival_at: None,
            arrival_flight: String::new(),
            arrival_airport: String::new(),
            departure_at: None,
            departure_flight: String::new(),
            departure_airport: String::new(),
            hotel: String::new(),
            room: String::new(),
        };
        self.with_conn(|conn| {
            roster::add(
                conn,
                cohort,
                &draft,
                &enrollment,
                None,
                &self.state.vault,
                test_now(),
            )
            .unwrap()
        })
    }

    /// A trainee's passport number, opened with this app's key.
    pub fn passport(&self, trainee: &Trainee) -> Option<String> {
        trainee.passport_number(&self.state.vault).unwrap()
    }

    /// The token of an enrollment's personal link, opened with this app's key.
    pub fn personal_token(&self, entry: &RosterEntry) -> Option<String> {
        entry.enrollment.personal_token(&self.state.vault).unwrap()
    }

    /// A browser with its own cookies, not logged in.
    pub fn visitor(&self) -> Visitor {
        Visitor::at(&self.address)
    }

    pub async fn organizer(&self) -> Visitor {
        self.logged_in(ORGANIZER_EMAIL).await
    }

    pub async fn coordinator(&self) -> Visitor {
        self.logged_in(COORDINATOR_EMAIL).await
    }

    pub async fn logged_in(&self, email: &str) -> Visitor {
        Visitor::logged_in_at(&self.address, email).await
    }
}

impl Visitor {
    /// A browser with its own cookies, not logged in, for the server at `address`.
    pub fn at(address: &str) -> Visitor {
        Visitor {
            base: address.to_owned(),
            client: reqwest::Client::builder()
                .cookie_store(true)
                .redirect(Policy::none())
                // The server closes a connection idle for 5 s; reusing one that old races its closing
                // (a slow test, such as one building a 6 MB workbook first, failed with a dropped GET).
                .pool_idle_timeout(std::time::Duration::from_secs(2))
                .build()
                .expect("http client"),
        }
    }

    /// A browser logged in as `email` (with the tests' password) at the server at `address`.
    pub async fn logged_in_at(address: &str, email: &str) -> Visitor {
        let visitor = Visitor::at(address);
        let response = visitor
            .submit(
                "/login",
                "/login",
                &[("email", email), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(
            response.status, 303,
            "login of {email} failed: {}",
            response.body
        );
        visitor
    }
}

pub const ROSTER_HEADER: &str = "family_name,given_name,native_name,gender,date_of_birth,country,organization,email,passport_number,passport_expiry,status";

/// A valid roster file of `n` trainees from Kyrgyzstan and Tajikistan.
pub fn roster_file(n: usize) -> String {
    let mut file = format!("{ROSTER_HEADER}\n");
    for i in 0..n {
        let (country, native) = if i % 2 == 0 {
            ("KG", "Асанов Азамат")
        } else {
            ("Tajikistan", "Рахимов Рустам")
        };
        file.push_str(&format!(
            "Trainee{i},Given{i},{native},{},1980-01-{:02},{country},Ministry of Agriculture,t{i}@example.org,P{i:07},2031-01-31,confirmed\n",
            if i % 3 == 0 { "female" } else { "male" },
            i % 28 + 1
        ));
    }
    file
}

/// `values` with every field called `name` set to `value`.
pub fn with_field(values: &[(String, String)], name: &str, value: &str) -> Vec<(String, String)> {
    values
        .iter()
        .map(|(n, v)| (n.clone(), if n == name { value } else { v }.to_owned()))
        .collect()
}

/// One browser: a cookie jar that does not follow redirects, so tests see each answer.
pub struct Visitor {
    pub base: String,
    pub client: reqwest::Client,
}

/// What came back: status, `Location`, and the body.
#[derive(Debug)]
pub struct Page {
    pub status: u16,
    pub location: Option<String>,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Page {
    pub fn html(&self) -> Html {
        Html::parse_document(&self.body)
    }

    /// The trimmed text of every element matching `selector`.
    pub fn texts(&self, selector: &str) -> Vec<String> {
        let selector = Selector::parse(selector).expect("a CSS selector");
        self.html()
            .select(&selector)
            .map(|e| {
                // Text nodes are joined with a space: separate boxes read as separate words.
                let text = e.text().collect::<Vec<_>>().join(" ");
                text.split_whitespace().collect::<Vec<_>>().join(" ")
            })
            .collect()
    }

    pub fn text(&self, selector: &str) -> String {
        self.texts(selector).join(" | ")
    }

    /// The value of `attribute` on the first element matching `selector`.
    pub fn attr(&self, selector: &str, attribute: &str) -> Option<String> {
        let selector = Selector::parse(selector).expect("a CSS selector");
        self.html()
            .select(&selector)
            .next()
            .and_then(|e| e.value().attr(attribute).map(str::to_owned))
    }

    /// The fields the page's forms would send as they stand (the CSRF token left out): what a person
    /// sends when they change one field and press the button.
    pub fn form_values(&self) -> Vec<(String, String)> {
        let html = self.html();
        let fields =
            Selector::parse("input[name], select[name], textarea[name]").expect("a selector");
        let selected = Selector::parse("option[selected]").expect("a selector");
        let mut values = Vec::new();
        for field in html.select(&fields) {
            let e = field.value();
            let name = e.attr("name").unwrap_or_default().to_owned();
            match (e.name(), e.attr("type").unwrap_or("text")) {
                (_, _) if name == "csrf_token" => {}
                ("input", "checkbox" | "radio") if e.attr("checked").is_none() => {}
                ("input", "submit" | "button" | "file") => {}
                ("input", _) => values.push((name, e.attr("value").unwrap_or_default().to_owned())),
                ("select", _) => values.extend(field.select(&selected).map(|o| {
                    let value = o.value().attr("value").map(str::to_owned);
                    (name.clone(), value.unwrap_or_else(|| o.text().collect()))
                })),
                _ => values.push((name, field.text().collect())),
            }
        }
        values
    }

    /// The message shown next to a form field.
    pub fn field_error(&self, field: &str) -> String {
        self.text(&format!("#{field}-error"))
    }
}

impl Visitor {
    async fn read(response: reqwest::Response) -> Page {
        Page {
            status: response.status().as_u16(),
            location: response
                .headers()
                .get("location")
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned),
            headers: response.headers().clone(),
            body: response.text().await.unwrap_or_default(),
        }
    }

    pub async fn get(&self, path: &str) -> Page {
        self.get_with(path, &[]).await
    }

    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> Page {
        let mut request = self.client.get(format!("{}{path}", self.base));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        Self::read(request.send().await.expect("GET")).await
    }

    /// Sends a form body as is (no token added).
    pub async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let response = self
            .client
            .post(format!("{}{path}", self.base))
            .form(fields)
            .send()
            .await
            .expect("POST");
        Self::read(response).await
    }

    /// Opens `page`, takes the CSRF token from its form, and posts `fields` to `action` — what a person
    /// does when they fill in a form and press its button.
    pub async fn submit(&self, page: &str, action: &str, fields: &[(&str, &str)]) -> Page {
        let token = self.csrf_token(page).await;
        let mut all: Vec<(&str, &str)> = vec![("csrf_token", &token)];
        all.extend_from_slice(fields);
        self.post_raw(action, &all).await
    }

    /// Sends `values` as `submit` does: a page's `form_values`, some of them changed.
    pub async fn submit_values(
        &self,
        page: &str,
        action: &str,
        values: &[(String, String)],
    ) -> Page {
        let fields: Vec<(&str, &str)> = values.iter().map(|(n, v)| (&**n, &**v)).collect();
        self.submit(page, action, &fields).await
    }

    /// Opens the upload page and sends `bytes` as the file of its form, the token in the action's query
    /// string as the page's form does.
    pub async fn upload(&self, page: &str, action: &str, file_name: &str, bytes: Vec<u8>) -> Page {
        let token = self.csrf_token(page).await;
        let part = reqwest::multipart::Part::bytes(bytes)
            .file_name(file_name.to_owned())
            .mime_str("text/csv")
            .expect("a MIME type");
        let form = reqwest::multipart::Form::new().part("file", part);
        let response = self
            .client
            .post(format!("{}{action}?csrf_token={token}", self.base))
            .multipart(form)
            .send()
            .await
            .expect("POST");
        Self::read(response).await
    }

    /// Imports `n` trainees into `cohort` as an organizer does: upload, then confirm the preview.
    pub async fn enrol(&self, cohort: CohortId, n: usize) {
        let page = format!("/cohorts/{cohort}/trainees/import");
        let uploaded = self
            .upload(&page, &page, "trainees.csv", roster_file(n).into_bytes())
            .await;
        let preview = uploaded.location.expect("the upload is previewed");
        let done = self.submit(&preview, &preview, &[]).await;
        assert_eq!(done.status, 303, "the import is confirmed");
    }

    pub async fn csrf_token(&self, page: &str) -> String {
        let page = self.get(page).await;
        page.attr("input[name=csrf_token]", "value")
            .unwrap_or_else(|| panic!("no CSRF token on the page ({}): {}", page.status, page.body))
    }
}

/// The whole number in a text such as "1,000 places" (its digits, separators dropped).
pub fn number(text: &str) -> i64 {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    digits
        .parse()
        .unwrap_or_else(|_| panic!("a number in {text:?}"))
}

/// Rows of a downloaded CSV file, after checking its byte-order mark.
pub fn csv_rows(page: &Page) -> (Vec<String>, Vec<Vec<String>>) {
    assert_eq!(page.status, 200, "{}", page.body);
    let text = page
        .body
        .strip_prefix('\u{feff}')
        .expect("the CSV starts with a byte-order mark");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

pub fn column(header: &[String], name: &str) -> usize {
    header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name:?} in {header:?}"))
}

/// The standard output of a command that must have succeeded (both of its outputs shown if it did not).
pub fn succeeded(output: &std::process::Output) -> String {
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}
