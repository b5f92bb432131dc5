//! End-to-end journeys in a real Chromium at a phone-sized window. Needs `chromium` and `chromedriver`
//! (Debian packages `chromium` and `chromium-driver`) and axe-core (`AXE_CORE_JS` names its
//! `axe.min.js`); `.ci/run` installs them and runs these tests. Every page a journey shows is checked
//! with axe-core against WCAG 2.1 A and AA, and a journey fails at its end on any violation.

use std::cell::RefCell;
use std::collections::HashSet;
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::LazyLock;
use std::time::Duration;

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use fantoccini::wd::{PrintConfiguration, PrintOrientation, PrintSize};
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;

use crate::helpers::{COORDINATOR_EMAIL, ORGANIZER_EMAIL, PASSWORD, TestApp};

/// A phone's viewport (a common 6" phone, in CSS pixels).
const PHONE: (u32, u32) = (390, 844);
/// A laptop's viewport.
const DESKTOP: (u32, u32) = (1280, 900);

struct Browser {
    client: Client,
    driver: Child,
    _profile: tempfile::TempDir,
    /// The pages checked with axe-core, and what it found on them.
    checked: RefCell<HashSet<String>>,
    violations: RefCell<Vec<String>>,
}

/// axe-core's script, read once.
static AXE: LazyLock<String> = LazyLock::new(|| {
    let path = std::env::var("AXE_CORE_JS")
        .expect("AXE_CORE_JS, the path of axe-core's axe.min.js (.ci/run installs it with npm)");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
});

/// Runs axe-core on the page against WCAG 2.1 A and AA; answers each violation with where it is.
const AXE_RUN: &str = "const done = arguments[arguments.length - 1];
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
      .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
        + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join('; '))))
      .catch(e => done(['axe-core failed: ' + e]));";

impl Browser {
    /// The number a script returns.
    async fn number(&self, script: &str) -> u64 {
        self.client
            .execute(script, vec![])
            .await
            .unwrap()
            .as_u64()
            .unwrap()
    }

    /// How wide the page is, including what only scrolling sideways shows.
    async fn page_width(&self) -> u64 {
        self.number("return document.documentElement.scrollWidth;")
            .await
    }

    /// A headless Chromium whose viewport is `width` × `height` CSS pixels.
    async fn start((width, height): (u32, u32)) -> Browser {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let driver =
            Command::new(std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into()))
                .arg(format!("--port={port}"))
                // The browser's own clock is Moscow's (UTC+3): neither UTC nor the courses' clock, so
                // a time shown on the reader's clock is told apart from both.
                .env("TZ", "Europe/Moscow")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("chromedriver is installed (apt-get install chromium chromium-driver)");
        let profile = tempfile::tempdir().unwrap();
        let args = [
            "--headless=new".to_owned(),
            "--no-sandbox".to_owned(),
            "--disable-gpu".to_owned(),
            "--disable-dev-shm-usage".to_owned(),
            "--disable-quic".to_owned(),
            "--no-first-run".to_owned(),
            "--disable-background-networking".to_owned(),
            "--disable-component-update".to_owned(),
            "--disable-sync".to_owned(),
            format!("--user-data-dir={}", profile.path().display()),
        ];
        let mut capabilities = serde_json::Map::new();
        capabilities.insert(
            "goog:chromeOptions".into(),
            json!({
                "args": args,
                "mobileEmulation": {
                    "deviceMetrics": {
                        "width": width,
                        "height": height,
                        "pixelRatio": if width < 600 { 2.0 } else { 1.0 },
                        "touch": width < 600
                    }
                }
            }),
        );
        let url = format!("http://127.0.0.1:{port}");
        let mut last_error = String::new();
        for _ in 0..50 {
            match ClientBuilder::new(HttpConnector::new())
                .capabilities(capabilities.clone())
                .connect(&url)
                .await
            {
                Ok(client) => {
                    return Browser {
                        client,
                        driver,
                        _profile: profile,
                        checked: RefCell::new(HashSet::new()),
                        violations: RefCell::new(Vec::new()),
                    };
                }
                Err(e) => last_error = e.to_string(),
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        panic!("could not start a browser session: {last_error}");
    }

    /// Opens `path` of the app under test.
    async fn open(&self, app: &TestApp, path: &str) {
        self.client
            .goto(&format!("{}{path}", app.address))
            .await
            .unwrap();
        self.check_accessibility().await;
    }

    /// Runs axe-core on the page shown, once per address (and language), keeping what it finds.
    async fn check_accessibility(&self) {
        let url = self.client.current_url().await.unwrap().to_string();
        let lang = self
            .client
            .execute("return document.documentElement.lang;", vec![])
            .await
            .unwrap();
        if !self.checked.borrow_mut().insert(format!("{url} {lang}")) {
            return;
        }
        self.client
            .execute(&format!("{}\nreturn true;", *AXE), vec![])
            .await
            .unwrap();
        let found = self.client.execute_async(AXE_RUN, vec![]).await.unwrap();
        let found: Vec<String> = serde_json::from_value(found).unwrap();
        self.violations
            .borrow_mut()
            .extend(found.into_iter().map(|v| format!("{url} [{lang}]: {v}")));
    }

    /// Signs in at the login page as a person with `email` and waits for their dashboard.
    async fn log_in(&self, app: &TestApp, email: &str) {
        self.open(app, "/login").await;
        self.fill("email", email).await;
        self.fill("password", PASSWORD).await;
        self.click("form.stack button[type=submit]").await;
        self.wait_for_text("h1", "Dashboard").await;
    }

    /// The text of the first element matching `css`, once the page shows one containing `expected`
    /// (pages change under us after a click, so this waits for the new page instead of reading the old).
    async fn wait_for_text(&self, css: &str, expected: &str) -> String {
        let mut seen = String::new();
        for _ in 0..100 {
            if let Ok(element) = self.client.find(Locator::Css(css)).await
                && let Ok(text) = element.text().await
            {
                if text.contains(expected) {
                    self.check_accessibility().await;
                    return text;
                }
                seen = text;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("{css} never showed {expected:?}; last seen {seen:?}");
    }

    /// Clicks an element as a person would: scrolled to the middle of the screen first, out from under
    /// the bars that stay at the top or bottom of a phone's screen.
    async fn click(&self, css: &str) {
        let element = self.client.find(Locator::Css(css)).await.unwrap();
        self.client
            .execute(
                "arguments[0].scrollIntoView({block: 'center'});",
                vec![serde_json::to_value(&element).unwrap()],
            )
            .await
            .unwrap();
        element.click().await.unwrap();
    }

    async fn fill(&self, id: &str, value: &str) {
        let field = self.client.find(Locator::Id(id)).await.unwrap();
        field.clear().await.unwrap();
        field.send_keys(value).await.unwrap();
    }

    /// Date inputs are typed differently in each locale; set them the way a date picker does.
    async fn set_date(&self, id: &str, value: &str) {
        self.client
            .execute(
                "document.getElementById(arguments[0]).value = arguments[1];",
                vec![json!(id), json!(value)],
            )
            .await
            .unwrap();
    }

    async fn screenshot(&self, name: &str) -> PathBuf {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("target")
            .join("screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, self.client.screenshot().await.unwrap()).unwrap();
        path
    }

    async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let violations = self.violations.take();
        assert!(
            violations.is_empty(),
            "axe-core found {} accessibility violations on {} pages:\n{}",
            violations.len(),
            self.checked.borrow().len(),
            violations.join("\n")
        );
    }
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver"]
async fn an_organizer_on_a_phone_logs_in_creates_a_cohort_and_reads_it_in_russian() {
    const NAME: &str = "2025 SCO Agricultural Mechanization Workshop — Qingdao";
    let app = TestApp::with_demo().await;
    let browser = Browser::start(PHONE).await;
    let c = &browser.client;

    browser.open(&app, "/").await;
    browser.wait_for_text("h1", "Log in").await;
    browser.fill("email", ORGANIZER_EMAIL).await;
    browser.fill("password", PASSWORD).await;
    browser.click("form.stack button[type=submit]").await;
    browser.wait_for_text("h1", "Dashboard").await;

    c.find(Locator::LinkText("New cohort"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser.wait_for_text("h1", "New cohort").await;
    browser.fill("name", NAME).await;
    let allocation = c.find(Locator::Id("allocation_id")).await.unwrap();
    allocation.select_by_value("1").await.unwrap();
    browser
        .fill("venue", "Qingdao Agricultural University")
        .await;
    browser.set_date("starts_on", "2025-11-03").await;
    browser.set_date("ends_on", "2025-11-09").await;
    browser.fill("capacity", "30").await;
    browser.click("form.form-grid button[type=submit]").await;
    browser.wait_for_text("h1", NAME).await;
    browser.wait_for_text(".flash", "Cohort created.").await;

    browser.click("nav.main a[href='/cohorts']").await;
    browser.wait_for_text("table.cohorts", NAME).await;
    assert_eq!(
        browser.number("return window.innerWidth;").await,
        u64::from(PHONE.0),
        "a phone-sized viewport"
    );
    let page_width = browser.page_width().await;
    assert!(
        page_width <= u64::from(PHONE.0),
        "nothing scrolls sideways on a phone ({page_width}px)"
    );

    browser.click("button[name=lang][value=ru]").await;
    browser.wait_for_text("h1", "Учебные группы").await;
    browser.wait_for_text("table.cohorts", "Подготовка").await;
    let shot = browser.screenshot("phone-cohorts-ru.png").await;
    assert!(
        std::fs::metadata(&shot).unwrap().len() > 10_000,
        "a real screenshot"
    );
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver"]
async fn a_coordinator_on_a_laptop_reads_the_dashboard_and_the_commitment() {
    let app = TestApp::with_demo().await;
    let browser = Browser::start(DESKTOP).await;
    let c = &browser.client;

    browser.log_in(&app, COORDINATOR_EMAIL).await;
    let card = browser
        .wait_for_text(".card.commitment", "places delivered")
        .await;
    assert!(card.contains("245 places planned in cohorts"), "{card}");
    browser.screenshot("desktop-dashboard.png").await;

    browser.click(".card.commitment a[href$='/progress']").await;
    browser.wait_for_text("h1", "Progress").await;
    let chart = c
        .find(Locator::Css("svg.burn-up"))
        .await
        .unwrap()
        .rectangle()
        .await
        .unwrap();
    assert!(
        chart.2 > 600.0 && chart.3 > 250.0,
        "the burn-up fills the page's width without script: {chart:?}"
    );
    browser.screenshot("desktop-progress.png").await;
    browser.open(&app, "/").await;
    browser.wait_for_text("h1", "Dashboard").await;

    c.find(Locator::LinkText(
        "SCO poverty-reduction training 2023–2025",
    ))
    .await
    .unwrap()
    .click()
    .await
    .unwrap();
    browser
        .wait_for_text("h1", "SCO poverty-reduction training 2023–2025")
        .await;
    browser.wait_for_text("table", "Qingdao").await;
    assert!(
        c.find(Locator::LinkText("Edit")).await.is_err(),
        "a coordinator is offered no editing"
    );
    browser.screenshot("desktop-commitment.png").await;

    // A certificate prints on one page, on A4 as on US Letter.
    let finished = crate::certificates::confirmed(&app, &app.organizer().await).await;
    let holder = &app.roster(finished)[0].trainee;
    browser
        .open(
            &app,
            &format!("/cohorts/{finished}/trainees/{}/certificate", holder.id),
        )
        .await;
    browser
        .wait_for_text(".certificate", &holder.passport_name())
        .await;
    for (paper, size) in [("a4", PrintSize::A4), ("letter", PrintSize::US_LETTER)] {
        let pdf = c
            .print(
                PrintConfiguration::builder()
                    .size(size)
                    .shrink_to_fit(false)
                    .build()
                    .unwrap(),
            )
            .await
            .unwrap();
        std::fs::write(
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join(format!("target/screenshots/certificate-{paper}.pdf")),
            &pdf,
        )
        .unwrap();
        assert_eq!(pdf_pages(&pdf), 1, "one page on {paper}");
    }
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver"]
async fn an_organizer_on_a_phone_imports_the_ministrys_list_and_opens_a_trainee() {
    use crate::files::{Date, T, workbook};
    let app = TestApp::with_demo().await;
    let cohort = app.empty_cohort("2025 SCO Rural Governance Seminar — Xi'an", 40);
    // The ministry's workbook as it came: Russian headings, date cells, the roster on its own sheet.
    let file = tempfile::Builder::new().suffix(".xlsx").tempfile().unwrap();
    let rows = vec![
        vec![
            T("Фамилия"),
            T("Имя"),
            T("ФИО"),
            T("Пол"),
            T("Страна"),
            T("Организация"),
            T("Дата рождения"),
        ],
        vec![
            T("Asanov"),
            T("Azamat"),
            T("Асанов Азамат"),
            T("м"),
            T("Кыргызстан"),
            T("Ministry of Agriculture"),
            Date(1981, 4, 2),
        ],
        vec![
            T("Rahimova"),
            T("Nigina"),
            T("Рахимова Нигина"),
            T("ж"),
            T("TJ"),
            T("Khatlon Region"),
            Date(1987, 11, 23),
        ],
    ];
    std::fs::write(file.path(), workbook(&[("Участники", rows)])).unwrap();
    let browser = Browser::start(PHONE).await;
    let c = &browser.client;
    browser.log_in(&app, ORGANIZER_EMAIL).await;

    browser
        .open(&app, &format!("/cohorts/{cohort}/trainees/import"))
        .await;
    browser.wait_for_text("h1", "Import trainees").await;
    c.find(Locator::Id("file"))
        .await
        .unwrap()
        .send_keys(&file.path().display().to_string())
        .await
        .unwrap();
    browser.click("form.form-grid button[type=submit]").await;
    browser.wait_for_text("h1", "Check the import").await;
    browser
        .wait_for_text(
            "#how-read",
            "Excel workbook (.xlsx), sheet “Участники”, 2 rows",
        )
        .await;
    browser
        .wait_for_text("table.preview", "Рахимова Нигина")
        .await;
    browser.screenshot("phone-import-preview.png").await;
    browser.click("form#import button[type=submit]").await;
    browser
        .wait_for_text(".flash", "2 trainees imported.")
        .await;
    browser.wait_for_text("table.roster", "ASANOV Azamat").await;

    c.find(Locator::LinkText("RAHIMOVA Nigina"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser.wait_for_text("h1", "RAHIMOVA Nigina").await;
    browser.wait_for_text("main", "Tajikistan").await;
    browser.screenshot("phone-trainee.png").await;

    // A late addition typed in an old editor: four Cyrillic letters in Windows-1251, which read as well
    // as two Chinese characters. The preview asks; the organizer picks the line that reads right.
    let late = tempfile::Builder::new().suffix(".csv").tempfile().unwrap();
    std::fs::write(
        late.path(),
        crate::files::windows_1251("family_name,given_name,gender,country\nIvanov,Иван,m,KZ\n"),
    )
    .unwrap();
    browser
        .open(&app, &format!("/cohorts/{cohort}/trainees/import"))
        .await;
    c.find(Locator::Id("file"))
        .await
        .unwrap()
        .send_keys(&late.path().display().to_string())
        .await
        .unwrap();
    browser.click("form.form-grid button[type=submit]").await;
    browser
        .wait_for_text("#choose-encoding", "Ivanov,Иван,m,KZ")
        .await;
    browser.screenshot("phone-import-encoding.png").await;
    browser
        .click("#choose-encoding a[href$='encoding=windows-1251']")
        .await;
    browser
        .wait_for_text("#how-read", "Windows-1251 (Cyrillic), commas, 1 row")
        .await;
    browser.wait_for_text("table.preview", "Ivanov Иван").await;
    browser.click("form#import button[type=submit]").await;
    browser.wait_for_text(".flash", "1 trainee imported.").await;
    browser.close().await;
}

/// The pages of a PDF as Chromium writes it: each page object says `/Type /Page`.
fn pdf_pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    text.match_indices("/Type /Page")
        .filter(|(at, m)| !text[at + m.len()..].starts_with('s'))
        .count()
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver"]
async fn an_organizer_on_a_laptop_adds_a_session_and_finds_it_in_the_week_grid() {
    let app = TestApp::with_demo().await;
    let browser = Browser::start(DESKTOP).await;
    let c = &browser.client;
    browser.log_in(&app, ORGANIZER_EMAIL).await;

    browser.open(&app, "/cohorts/1/sessions/week").await;
    browser.wait_for_text(".legend", "Site visit").await;
    // The four groups' parallel case studies sit side by side, none covering another.
    let boxes = c
        .execute(
            "return [...document.querySelectorAll('a.slot')]
               .filter(a => a.textContent.includes(\"a village's poverty-reduction plan\"))
               .map(a => { const r = a.getBoundingClientRect(); return [r.left, r.right, r.top]; });",
            vec![],
        )
        .await
        .unwrap();
    let boxes: Vec<(f64, f64, f64)> = serde_json::from_value(boxes).unwrap();
    assert_eq!(boxes.len(), 4);
    for pair in boxes.windows(2) {
        assert!(pair[0].1 <= pair[1].0 + 0.5, "lanes overlap: {boxes:?}");
        assert_eq!(
            pair[0].2, pair[1].2,
            "parallel sessions start on the same row"
        );
    }

    browser
        .click("a.button.primary[href$='/sessions/new']")
        .await;
    browser.wait_for_text("h1", "Add session").await;
    browser.fill("title", "Question time with the mayor").await;
    browser.set_date("day", "2023-06-21").await;
    browser.set_date("start", "14:30").await;
    browser.set_date("end", "15:30").await;
    browser.set_date("venue", "1").await;
    browser
        .click("form.form-grid .actions button.primary")
        .await;
    browser.wait_for_text(".flash", "Session saved.").await;
    browser
        .wait_for_text("main", "21 Jun 2023, 14:30–15:30")
        .await;

    browser.open(&app, "/cohorts/1/sessions/week").await;
    browser
        .wait_for_text(".week", "Question time with the mayor")
        .await;
    browser.screenshot("desktop-week.png").await;

    // Printed, the seven-day course takes seven A4 landscape pages: one a day.
    browser.open(&app, "/cohorts/1/sessions").await;
    browser.wait_for_text("main", "Day 7").await;
    let pdf = c
        .print(
            PrintConfiguration::builder()
                .orientation(PrintOrientation::Landscape)
                .build()
                .unwrap(),
        )
        .await
        .unwrap();
    std::fs::write(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots/timetable.pdf"),
        &pdf,
    )
    .unwrap();
    assert_eq!(pdf_pages(&pdf), 7, "one page per day");

    // Every section of a course is in sight on a laptop, in Russian too, whose names are the longest.
    browser.open(&app, "/cohorts/1").await;
    browser.click("button[name=lang][value=ru]").await;
    browser.wait_for_text(".tabs", "Отчёт").await;
    let hidden = browser
        .number(
            "return [...document.querySelectorAll('.tabs a')]\
             .filter(a => a.getBoundingClientRect().right > document.documentElement.clientWidth)\
             .length;",
        )
        .await;
    assert_eq!(hidden, 0, "no section tab is out of sight");
    browser.screenshot("desktop-cohort-tabs-ru.png").await;

    // The check-in screen on the projector follows the count without reloading (no meta refresh): a
    // phone checks in, and the count changes in the page already open.
    let organizer = app.organizer().await;
    organizer
        .submit(
            "/cohorts/1/attendance",
            "/cohorts/1/attendance/rules",
            &[
                ("completion_threshold", "80"),
                ("checkin_opens_before", "15"),
                ("checkin_closes_after", "120"),
                ("late_after", "10"),
            ],
        )
        .await;
    browser.open(&app, "/cohorts/1/sessions/7/checkin").await;
    browser
        .wait_for_text("#checked-in", "Отметились 0 / 70")
        .await;
    c.execute("window.stayed = 'the same page';", vec![])
        .await
        .unwrap();
    let entry = &app.roster(cohortdesk::domain::ids::CohortId(1))[0];
    let badge = app.state.checkin_key.badge_code(entry.enrollment.id);
    let code = app.state.checkin_key.code(
        cohortdesk::domain::ids::SessionId(7),
        crate::helpers::test_now(),
    );
    let phone = app.visitor();
    let path = format!("/checkin/{code}");
    let done = phone.submit(&path, &path, &[("badge_code", &badge)]).await;
    assert_eq!(done.status, 303, "{}", done.body);
    browser
        .wait_for_text("#checked-in", "Отметился 1 / 70")
        .await;
    let stayed = c.execute("return window.stayed;", vec![]).await.unwrap();
    assert_eq!(
        stayed,
        json!("the same page"),
        "updated in place, not reloaded"
    );

    // The audit log's times on the reader's clock (Moscow's, UTC+3 in 2023), its zone named; the stored
    // UTC time as the tooltip.
    browser.open(&app, "/audit?cohort=1").await;
    let shown = browser
        .wait_for_text("table.audit tbody tr time[data-local]", "GMT+3")
        .await;
    let first = c
        .execute(
            "const t = document.querySelector('table.audit tbody tr time');
             return [t.getAttribute('datetime'), t.title];",
            vec![],
        )
        .await
        .unwrap();
    let (stored, title): (String, String) = serde_json::from_value(first).unwrap();
    let utc = chrono::NaiveDateTime::parse_from_str(&stored, "%Y-%m-%dT%H:%M:%SZ").unwrap();
    let moscow = utc + chrono::Duration::hours(3);
    assert!(
        shown.starts_with(&format!(
            "{} июн. 2023 г., {}",
            moscow.format("%-d"),
            moscow.format("%H:%M")
        )),
        "{shown} for {stored}"
    );
    assert!(
        title.ends_with(&format!("{} UTC", utc.format("%H:%M"))),
        "{title}"
    );
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver"]
async fn a_coordinator_on_a_phone_reads_todays_sessions_in_russian() {
    let app = TestApp::with_demo().await;
    let browser = Browser::start(PHONE).await;
    browser.log_in(&app, COORDINATOR_EMAIL).await;
    browser.click("button[name=lang][value=ru]").await;
    browser.wait_for_text("h1", "Обзор").await;

    browser.open(&app, "/cohorts/1/sessions").await;
    browser.wait_for_text(".timetable-bar", "По дням").await;
    let now = browser.wait_for_text("li.session.now", "сейчас").await;
    assert!(now.to_lowercase().contains("выездное занятие"), "{now}");
    assert!(now.contains("Автобус отправляется в 08:00"), "{now}");
    assert!(
        now.contains("Г-н Чжао Цзюнь"),
        "speakers show on phones too, in the reader's language: {now}"
    );
    let page_width = browser.page_width().await;
    assert!(
        page_width <= u64::from(PHONE.0),
        "the day view does not scroll sideways on a phone ({page_width}px)"
    );
    browser.screenshot("phone-timetable-ru.png").await;

    browser.open(&app, "/cohorts/1/sessions/week").await;
    browser.wait_for_text(".legend", "Выездное занятие").await;
    let page_width = browser.page_width().await;
    assert!(
        page_width <= u64::from(PHONE.0),
        "only the grid itself scrolls sideways ({page_width}px)"
    );

    // A trainee who reads Russian opens their personal page on the same phone: not one of the course's
    // English texts is left on it.
    let mut reader = app
        .roster(crate::itinerary::COHORT)
        .into_iter()
        .find(|e| e.trainee.language == cohortdesk::i18n::Lang::Ru)
        .expect("a trainee who reads Russian");
    let token = app.with_conn(|conn| {
        cohortdesk::services::itinerary::token_of(
            conn,
            &mut reader,
            &app.state.vault,
            crate::helpers::test_now(),
        )
        .unwrap()
    });
    browser.open(&app, &format!("/my/{token}")).await;
    let page = browser
        .wait_for_text("main", "Время везде местное — время Циндао")
        .await;
    let texts = app.with_conn(|conn| {
        cohortdesk::services::translations::cohort_catalog(conn, crate::itinerary::COHORT).unwrap()
    });
    let english: Vec<&str> = texts
        .entries()
        .iter()
        .filter(|(_, v)| v.original_lang() == cohortdesk::i18n::Lang::En)
        .map(|(_, v)| v.original_text())
        .filter(|original| page.contains(original))
        .collect();
    assert!(
        english.is_empty(),
        "English on a Russian reader's page: {english:?}"
    );
    assert!(page.contains("Выезд: деревня Чжуцзягоу") && page.contains("Гостиница «Циндао»"));
    browser.screenshot("phone-itinerary-ru.png").await;
    browser.close().await;
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver"]
async fn an_organizer_on_a_phone_takes_the_roll_call_at_a_village() {
    let app = TestApp::with_demo().await;
    let browser = Browser::start(PHONE).await;
    let c = &browser.client;
    browser.log_in(&app, ORGANIZER_EMAIL).await;

    browser.open(&app, "/cohorts/1/sessions/7").await;
    browser.click("a[href$='/sessions/7/attendance']").await;
    browser
        .wait_for_text("#tally", "70 trainees expected")
        .await;
    browser.click("a[href='?all=present']").await;
    browser.wait_for_text("h1", "Zhujiagou").await;
    // The marks are big enough to hit with a thumb, and the page does not scroll sideways.
    let (height, page_width) = {
        let sizes = c
            .execute(
                "const r = document.querySelector('.mark').getBoundingClientRect();
                 return [r.height, document.documentElement.scrollWidth];",
                vec![],
            )
            .await
            .unwrap();
        let sizes: Vec<f64> = serde_json::from_value(sizes).unwrap();
        (sizes[0], sizes[1])
    };
    assert!(height >= 40.0, "a mark is {height}px high");
    assert!(page_width <= f64::from(PHONE.0), "{page_width}px wide");

    // The first trainee came late: tap "Late", then save everything once.
    let first = c
        .find(Locator::Css(".mark-row"))
        .await
        .unwrap()
        .attr("id")
        .await
        .unwrap()
        .unwrap();
    browser.click(&format!("#{first} .mark-late")).await;
    browser.screenshot("phone-roll-call.png").await;
    browser.click(".sticky-save button").await;
    browser.wait_for_text(".flash", "70 marks saved.").await;
    let tally = browser.wait_for_text("#tally", "Late 1").await;
    assert!(tally.contains("Present 69"), "{tally}");
    browser.close().await;
}

impl Browser {
    /// Presses Tab until the focus is on an element matching `css` (as a keyboard user moves through a
    /// page); panics if it never gets there, i.e. the element cannot be reached by keyboard.
    async fn tab_to(&self, css: &str) {
        for _ in 0..400 {
            let here = self
                .client
                .execute(
                    "return document.activeElement && document.activeElement.matches(arguments[0]);",
                    vec![json!(css)],
                )
                .await
                .unwrap();
            if here == json!(true) {
                return;
            }
            self.press(Key::Tab).await;
        }
        panic!("{css} is never reached with the Tab key");
    }

    /// Types `keys` into whatever has the focus.
    async fn type_keys(&self, keys: &str) {
        self.client
            .active_element()
            .await
            .unwrap()
            .send_keys(keys)
            .await
            .unwrap();
    }

    /// Presses `key` on the keyboard, down and up, as a person does — not typed into the focused
    /// element (which WebDriver focuses anew first: inside a date input, Tab would never leave it).
    async fn press(&self, key: Key) {
        let value = char::from(key);
        let keyboard = KeyActions::new("keyboard".to_owned())
            .then(KeyAction::Down { value })
            .then(KeyAction::Up { value });
        self.client.perform_actions(keyboard).await.unwrap();
    }
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver"]
async fn an_organizer_with_the_keyboard_alone_plans_a_session_with_a_new_venue_and_takes_a_roll_call()
 {
    let app = TestApp::with_demo().await;
    let cohort = app.empty_cohort("2025 SCO Rural Governance Seminar — Xi'an", 40);
    let browser = Browser::start(DESKTOP).await;

    // Log in: Tab to each field, type, Enter.
    browser.open(&app, "/login").await;
    browser.tab_to("#email").await;
    browser.type_keys(ORGANIZER_EMAIL).await;
    browser.tab_to("#password").await;
    browser.type_keys(PASSWORD).await;
    browser.press(Key::Enter).await;
    browser.wait_for_text("h1", "Dashboard").await;

    // A session whose venue is not in the list yet: opened and typed in place, saved with Enter.
    browser
        .open(&app, &format!("/cohorts/{cohort}/sessions/new"))
        .await;
    browser.tab_to("#title").await;
    browser.type_keys("Keyboard-only lecture").await;
    browser.tab_to("details.quick-add summary").await;
    browser.press(Key::Enter).await;
    browser.tab_to("#new_venue").await;
    browser.type_keys("Yangling Demonstration Hall").await;
    browser.press(Key::Enter).await;
    browser.wait_for_text(".flash", "Session saved.").await;
    browser
        .wait_for_text("main", "Yangling Demonstration Hall")
        .await;

    // The roll call of the village visit: everyone present, the first trainee late, saved.
    browser.open(&app, "/cohorts/1/sessions/7/attendance").await;
    browser.tab_to("a[href='?all=present']").await;
    browser.press(Key::Enter).await;
    browser.wait_for_text("h1", "Zhujiagou").await;
    browser.tab_to(".mark-row input[value=present]").await;
    browser.press(Key::Right).await;
    browser.tab_to(".sticky-save button").await;
    browser.press(Key::Enter).await;
    browser.wait_for_text(".flash", "70 marks saved.").await;
    let tally = browser.wait_for_text("#tally", "Late 1").await;
    assert!(tally.contains("Present 69"), "{tally}");
    browser.close().await;
}
