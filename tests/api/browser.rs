//! End-to-end journeys in a real Chromium at a phone-sized window. Needs `chromium` and `chromedriver`
//! (Debian packages `chromium` and `chromium-driver`); `.ci/run` installs them and runs these tests.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use cohortdesk::services::demo;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;

use crate::helpers::{ORGANIZER_EMAIL, PASSWORD, TestApp, test_now};

/// Phone-sized window (a common 6" phone in CSS pixels).
const PHONE: (u32, u32) = (390, 844);

struct Browser {
    client: Client,
    driver: Child,
    _profile: tempfile::TempDir,
}

impl Browser {
    async fn start() -> Browser {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let driver =
            Command::new(std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into()))
                .arg(format!("--port={port}"))
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
            format!("--window-size={},{}", PHONE.0, PHONE.1),
            format!("--user-data-dir={}", profile.path().display()),
        ];
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("goog:chromeOptions".into(), json!({ "args": args }));
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
                    };
                }
                Err(e) => last_error = e.to_string(),
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        panic!("could not start a browser session: {last_error}");
    }

    async fn text(&self, css: &str) -> String {
        self.client
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"))
            .text()
            .await
            .unwrap()
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
    }
}

#[tokio::test]
#[ignore = "needs chromium and chromedriver"]
async fn an_organizer_on_a_phone_logs_in_creates_a_cohort_and_reads_it_in_russian() {
    let app = TestApp::with_staff().await;
    app.with_conn(|conn| demo::load(conn, test_now(), false).unwrap());
    let browser = Browser::start().await;
    let c = &browser.client;

    c.goto(&format!("{}/", app.address)).await.unwrap();
    assert_eq!(browser.text("h1").await, "Log in");
    browser.fill("email", ORGANIZER_EMAIL).await;
    browser.fill("password", PASSWORD).await;
    c.find(Locator::Css("form.stack button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    assert_eq!(browser.text("h1").await, "Dashboard");

    c.find(Locator::LinkText("New cohort"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    assert_eq!(browser.text("h1").await, "New cohort");
    browser
        .fill(
            "name",
            "2025 SCO Agricultural Mechanization Workshop — Qingdao",
        )
        .await;
    c.find(Locator::Id("allocation_id"))
        .await
        .unwrap()
        .select_by_value("1")
        .await
        .unwrap();
    browser
        .fill("venue", "Qingdao Agricultural University")
        .await;
    browser.set_date("starts_on", "2025-11-03").await;
    browser.set_date("ends_on", "2025-11-09").await;
    browser.fill("capacity", "30").await;
    c.find(Locator::Css("form.form-grid button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    assert_eq!(
        browser.text("h1").await,
        "2025 SCO Agricultural Mechanization Workshop — Qingdao"
    );
    assert_eq!(browser.text(".flash").await, "Cohort created.");

    c.find(Locator::Css("nav.main a[href='/cohorts']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    assert!(
        browser
            .text("table.cohorts")
            .await
            .contains("2025 SCO Agricultural Mechanization Workshop — Qingdao")
    );
    let (width, _) = c.get_window_size().await.unwrap();
    assert!(
        width <= u64::from(PHONE.0) + 20,
        "phone-sized window, got {width}"
    );
    let page_width = c
        .execute("return document.documentElement.scrollWidth;", vec![])
        .await
        .unwrap()
        .as_u64()
        .unwrap();
    assert!(
        page_width <= u64::from(PHONE.0),
        "nothing scrolls sideways on a phone ({page_width}px)"
    );

    c.find(Locator::Css("button[name=lang][value=ru]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    assert_eq!(browser.text("h1").await, "Учебные группы");
    assert!(browser.text("table.cohorts").await.contains("Подготовка"));
    let shot = browser.screenshot("phone-cohorts-ru.png").await;
    assert!(
        std::fs::metadata(&shot).unwrap().len() > 10_000,
        "a real screenshot"
    );
    browser.close().await;
}
