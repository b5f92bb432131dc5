//! The real `cohortdesk` binary, started as a user would start it.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::PermissionsExt;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use cohortdesk::db::{DatabaseUrl, DbConnection};
use cohortdesk::domain::outbox::OutboxStatus;
use cohortdesk::models::outbox::OutboxMessage;
use cohortdesk::models::setting::Setting;
use cohortdesk::services::demo::{ACCOUNTS, QINGDAO_2023};

use crate::helpers::{TestDb, Visitor, succeeded, with_field};
use crate::smtp::{Mode, SmtpServer};

fn cohortdesk(database_url: &str, dir: &std::path::Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cohortdesk"));
    command
        .current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("DATABASE_URL", database_url)
        .env("RUST_LOG", "info");
    command
}

/// A running server process, killed when dropped.
struct Server {
    child: Child,
    address: String,
    log: Vec<String>,
    /// The log lines written since start.
    more: mpsc::Receiver<String>,
}

impl Server {
    /// The log lines written since the last look, once the server has been quiet for a moment.
    fn new_log(&self) -> Vec<String> {
        let mut lines = Vec::new();
        while let Ok(line) = self.more.recv_timeout(Duration::from_millis(300)) {
            lines.push(line);
        }
        lines
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(database_url: &str, dir: &std::path::Path, args: &[&str]) -> Server {
    start_command(cohortdesk(database_url, dir), args)
}

fn start_command(mut command: Command, args: &[&str]) -> Server {
    let mut child = command
        .args(["serve", "--bind", "127.0.0.1:0"])
        .args(args)
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("the cohortdesk binary starts");
    let stderr = child.stderr.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        // Keep reading until the process ends, so its log never blocks on a full pipe.
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let mut log = Vec::new();
    while let Ok(line) = rx.recv_timeout(Duration::from_secs(30)) {
        let address = line
            .split_once("listening on ")
            .map(|(_, address)| address.trim().to_owned());
        log.push(line);
        if let Some(address) = address {
            return Server {
                child,
                address,
                log,
                more: rx,
            };
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("the server did not start: {log:#?}");
}

fn browser(address: &str) -> Visitor {
    Visitor {
        base: address.to_owned(),
        client: reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap(),
    }
}

/// A browser logged in as the demo organizer.
async fn demo_organizer(address: &str) -> Visitor {
    let visitor = browser(address);
    let organizer = &ACCOUNTS[0];
    let login = visitor
        .submit(
            "/login",
            "/login",
            &[("email", organizer.email), ("password", organizer.password)],
        )
        .await;
    assert_eq!(login.status, 303, "the demo organizer logs in");
    visitor
}

#[tokio::test]
async fn serve_demo_starts_the_real_server_and_prints_how_to_log_in() {
    let (_db, url) = TestDb::create();
    let dir = tempfile::tempdir().unwrap();
    let server = start(&url, dir.path(), &["--demo"]);
    let log = server.log.join("\n");
    assert!(log.contains("demo data loaded"), "{log}");
    // The demo's historical courses ended long before today: their passport data goes at start. Its
    // live course, loaded open for enrollment, began two days ago: the calendar sets it running.
    let started: Vec<String> = server
        .new_log()
        .into_iter()
        .chain(server.log.iter().cloned())
        .collect();
    let said = |what: &str| started.iter().any(|l| l.contains(what));
    assert!(
        said("passport data erased after the retention period"),
        "{log}"
    );
    assert!(log.contains("database: "), "{log}");
    assert!(log.contains("mail: .eml files in"), "{log}");
    for account in &ACCOUNTS {
        assert!(
            log.contains(&format!("{} / {}", account.email, account.password)),
            "{log}"
        );
    }

    // Two personal pages to try, on the address the server listens on.
    let links: Vec<&str> = server
        .log
        .iter()
        .filter_map(|l| l.split_once("demo personal page of ").map(|(_, rest)| rest))
        .collect();
    assert_eq!(
        links.len(),
        3,
        "two of Qingdao 2023, one of the live course: {log}"
    );
    for line in links {
        let link = line.rsplit(' ').next().unwrap();
        let path = link
            .strip_prefix(&server.address)
            .expect("a link to this server");
        assert_eq!(
            browser(&server.address).get(path).await.status,
            200,
            "{link}"
        );
        assert_eq!(
            browser(&server.address)
                .get(&format!("{path}/calendar.ics"))
                .await
                .status,
            200
        );
        // The request log names the page, never the token (calendar apps poll it every few minutes).
        let token = path.trim_start_matches("/my/");
        let requests = server.new_log().join("\n");
        assert!(requests.contains("/my/••••/calendar.ics"), "{requests}");
        assert!(!requests.contains(token), "{requests}");
    }

    // The secret key was made on first start, in a file of its own the owner alone can read.
    let key_file = match url.strip_prefix("sqlite://") {
        Some(path) => std::path::PathBuf::from(format!("{path}.key")),
        None => dir.path().join("cohortdesk.key"),
    };
    let mode = std::fs::metadata(&key_file).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "{}", key_file.display());

    let visitor = demo_organizer(&server.address).await;
    assert_eq!(visitor.get("/health").await.status, 200);
    let cohorts = visitor.get("/cohorts").await;
    assert!(cohorts.text("table").contains(QINGDAO_2023));
    let mut live = String::new();
    for _ in 0..50 {
        live = visitor
            .get("/cohorts")
            .await
            .texts("table.cohorts tr")
            .into_iter()
            .find(|row| row.contains(cohortdesk::services::demo::live::LIVE_COURSE))
            .expect("the live course is listed");
        if live.contains("Running") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        live.contains("Running"),
        "set running by the server: {live}"
    );
    let later = server.new_log();
    assert!(
        started
            .iter()
            .chain(&later)
            .any(|l| l.contains("courses that began are running cohorts=1")),
        "{started:#?} {later:#?}"
    );
    drop(server);
    let purge = cohortdesk(&url, dir.path())
        .arg("purge-expired")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&purge.stdout);
    assert!(purge.status.success(), "{said}");
    assert!(
        said.starts_with("Erased the passport data of 0 trainees"),
        "already done at start: {said}"
    );

    let again = start(&url, dir.path(), &["--demo"]);
    let log = again.log.join("\n");
    assert!(
        log.contains("demo not loaded"),
        "a second start leaves the data alone: {log}"
    );
    let visitor = demo_organizer(&again.address).await;
    let names = visitor
        .get("/cohorts")
        .await
        .texts("table.cohorts td[data-label='Name']");
    assert_eq!(names.iter().filter(|n| *n == QINGDAO_2023).count(), 1);
}

#[tokio::test]
async fn serve_without_demo_opens_the_first_run_page() {
    let (_db, url) = TestDb::create();
    let dir = tempfile::tempdir().unwrap();
    let server = start(&url, dir.path(), &[]);
    assert!(
        server
            .log
            .join("\n")
            .contains("setup to create the first organizer")
    );
    let visitor = browser(&server.address);
    assert_eq!(
        visitor.get("/login").await.location.as_deref(),
        Some("/setup")
    );
}

#[tokio::test]
async fn sessions_survive_a_restart() {
    let (_db, url) = TestDb::create();
    let dir = tempfile::tempdir().unwrap();
    let server = start(&url, dir.path(), &["--demo"]);
    let visitor = browser(&server.address);
    visitor
        .submit(
            "/login",
            "/login",
            &[
                ("email", ACCOUNTS[1].email),
                ("password", ACCOUNTS[1].password),
            ],
        )
        .await;
    assert_eq!(visitor.get("/").await.status, 200);
    drop(server);
    let restarted = start(&url, dir.path(), &[]);
    // Cookies belong to the host, not the port: the new server on 127.0.0.1 receives the same one.
    let visitor = Visitor {
        base: restarted.address.clone(),
        client: visitor.client,
    };
    assert_eq!(
        visitor.get("/").await.status,
        200,
        "still logged in after a restart"
    );
}

#[test]
fn user_add_reads_the_password_from_stdin_and_the_user_can_log_in() {
    let (_db, url) = TestDb::create();
    let dir = tempfile::tempdir().unwrap();
    let add_li_na = |email: &str| {
        let mut command = cohortdesk(&url, dir.path());
        command.args(["user", "add", "--email", email, "--name", "Li Na"]);
        command.args(["--role", "coordinator", "--password-stdin"]);
        command
    };
    let mut child = add_li_na("Li.Na@example.org")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"a long enough password\n")
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(
        succeeded(&output).trim(),
        "added coordinator Li Na <li.na@example.org>"
    );

    let twice = add_li_na("li.na@example.org")
        .stdin(Stdio::piped())
        .output()
        .unwrap();
    assert!(!twice.status.success());

    let short = cohortdesk(&url, dir.path())
        .args([
            "user",
            "add",
            "--email",
            "x@example.org",
            "--name",
            "X",
            "--role",
            "organizer",
            "--password-stdin",
        ])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let output = short.wait_with_output().unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("at least 12 characters"));
}

#[test]
fn the_demo_command_refuses_a_database_with_cohorts_unless_forced() {
    let (_db, url) = TestDb::create();
    let dir = tempfile::tempdir().unwrap();
    let first = cohortdesk(&url, dir.path()).arg("demo").output().unwrap();
    assert!(succeeded(&first).contains("organizer@example.org"));
    let second = cohortdesk(&url, dir.path()).arg("demo").output().unwrap();
    assert!(!second.status.success());
    assert!(String::from_utf8_lossy(&second.stderr).contains("--force"));
    let forced = cohortdesk(&url, dir.path())
        .args(["demo", "--force"])
        .output()
        .unwrap();
    assert!(forced.status.success());
}

#[test]
fn a_bad_setting_stops_start_up_with_one_line_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let output = cohortdesk("sqlite://x.db", dir.path())
        .env("COHORTDESK_SECRET_KEY", "too-short")
        .arg("migrate")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("COHORTDESK_SECRET_KEY"), "{stderr}");
}

#[test]
fn a_wrong_postgres_url_reports_postgres_own_error() {
    let dir = tempfile::tempdir().unwrap();
    let output = cohortdesk("postgres://nobody:wrong@127.0.0.1:1/none", dir.path())
        .arg("migrate")
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("127.0.0.1") || stderr.to_lowercase().contains("connect"),
        "{stderr}"
    );
    assert!(
        !dir.path().join("postgres:").exists(),
        "no SQLite file named after the URL"
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[tokio::test]
async fn the_server_sends_queued_itineraries_through_smtp_on_its_own() {
    let smtp = SmtpServer::start();
    let (_db, url) = TestDb::create();
    let dir = tempfile::tempdir().unwrap();
    let mut command = cohortdesk(&url, dir.path());
    command
        .env("SMTP_URL", smtp.url())
        .env("MAIL_FROM", "Qingdao training <training@example.org>");
    let server = start_command(command, &["--demo"]);
    let log = server.log.join("\n");
    assert!(
        log.contains(&format!("mail: SMTP smtp://127.0.0.1:{}", smtp.port)),
        "{log}"
    );

    let organizer = demo_organizer(&server.address).await;
    let send = "/cohorts/1/itineraries";
    let queued = organizer
        .submit(send, send, &[("to", "delegation"), ("delegation", "KZ")])
        .await;
    assert_eq!(queued.status, 303, "{}", queued.body);
    let flash = organizer.get("/outbox?cohort=1").await.text(".flash");
    let count: usize = flash
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{flash}"));
    assert!(count > 0, "{flash}");
    // The worker was woken by the queueing: no command, no wait for its next round.
    for _ in 0..100 {
        if smtp.received().len() >= count {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let received = smtp.received();
    assert_eq!(received.len(), count);
    assert!(received.iter().all(|m| m.from == "training@example.org"));
    let outbox = organizer.get("/outbox?cohort=1&status=sent").await;
    assert_eq!(outbox.texts("table.outbox tbody tr").len(), count);
}

#[test]
fn the_mail_commands_queue_send_and_test_through_smtp() {
    let smtp = SmtpServer::start();
    let (_db, url) = TestDb::create();
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let output = cohortdesk(&url, dir.path())
            .env("SMTP_URL", smtp.url())
            .args(args)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        assert!(
            output.status.success(),
            "{args:?}: {stdout}{}",
            String::from_utf8_lossy(&output.stderr)
        );
        stdout
    };
    run(&["demo"]);
    let nobody = cohortdesk(&url, dir.path())
        .args(["send-itineraries", "--cohort", "1"])
        .output()
        .unwrap();
    assert_eq!(
        nobody.status.code(),
        Some(2),
        "an audience is required, never assumed"
    );
    assert!(String::from_utf8_lossy(&nobody.stderr).contains("<--all|--delegation <CODE>>"));
    let queued = run(&["send-itineraries", "--cohort", "1", "--delegation", "KZ"]);
    let count: usize = queued
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{queued}"));
    assert!(queued.contains("e-mails queued."), "{queued}");
    assert!(smtp.received().is_empty(), "queued, not sent yet");
    let again = run(&["send-itineraries", "--cohort", "1", "--delegation", "KZ"]);
    assert!(again.starts_with("No e-mail queued."), "{again}");
    assert!(
        again.contains(&format!("{count} trainees already had this exact e-mail")),
        "{again}"
    );

    let sent = run(&["send-pending"]);
    assert_eq!(
        sent.trim(),
        format!("Sent: {count} · to be tried again: 0 · failed: 0")
    );
    assert_eq!(smtp.received().len(), count);

    let tested = run(&["mail-test", "--to", "admin@example.org"]);
    assert!(
        tested.contains("sent a test message to admin@example.org"),
        "{tested}"
    );
    let last = smtp.received().pop().unwrap();
    assert_eq!(last.to, vec!["admin@example.org".to_owned()]);
    assert!(String::from_utf8_lossy(&last.data).contains("Subject: "));
}

#[test]
fn a_command_piped_into_a_reader_that_stops_ends_quietly_and_keeps_its_work() {
    use std::os::unix::process::ExitStatusExt;
    let (_db, url) = TestDb::create();
    let dir = tempfile::tempdir().unwrap();
    assert!(
        cohortdesk(&url, dir.path())
            .arg("demo")
            .output()
            .unwrap()
            .status
            .success()
    );
    let send = ["send-itineraries", "--cohort", "1", "--all"];
    let mut child = cohortdesk(&url, dir.path())
        .args(send)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // as `| head -0`: the reader is gone before the first line
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        output.status.signal(),
        Some(13),
        "SIGPIPE, as any Unix tool: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    let again = cohortdesk(&url, dir.path()).args(send).output().unwrap();
    let again = String::from_utf8_lossy(&again.stdout);
    assert!(
        again.starts_with("No e-mail queued."),
        "the queueing was kept: {again}"
    );
}

#[tokio::test]
async fn serve_demo_on_an_installation_with_its_own_accounts_prints_no_demo_login() {
    let (_db, url) = TestDb::create();
    let dir = tempfile::tempdir().unwrap();
    let mut add = cohortdesk(&url, dir.path())
        .args([
            "user",
            "add",
            "--email",
            "wang.fang@example.org",
            "--name",
            "Wang Fang",
        ])
        .args(["--role", "organizer", "--password-stdin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    add.stdin
        .take()
        .unwrap()
        .write_all(b"a long enough password\n")
        .unwrap();
    assert!(add.wait().unwrap().success());
    let server = start(&url, dir.path(), &["--demo"]);
    let log = server.log.join("\n");
    assert!(log.contains("demo not loaded"), "{log}");
    assert!(log.contains("no demo login works here"), "{log}");
    assert!(!log.contains(ACCOUNTS[0].password), "{log}");
    assert!(!log.contains("demo personal page"), "{log}");
}

#[test]
fn start_up_refuses_a_database_it_cannot_write_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("cohortdesk.db");
    let writable = format!("sqlite://{}", file.display());
    let migrate = cohortdesk(&writable, dir.path())
        .arg("migrate")
        .output()
        .unwrap();
    assert!(migrate.status.success());
    // Read-only as a copy on a read-only disk would be (file modes do not stop the root user of CI).
    let read_only = format!("file:{}?mode=ro", file.display());
    let refused = cohortdesk(&read_only, dir.path())
        .env("COHORTDESK_KEY_FILE", dir.path().join("cohortdesk.key"))
        .args(["serve", "--bind", "127.0.0.1:0"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(!refused.status.success(), "{stderr}");
    let line = stderr.lines().last().unwrap();
    assert!(
        line.contains("cannot write to the database (SQLite file"),
        "{stderr}"
    );
    assert!(line.contains("readonly database"), "{stderr}");
}

/// A demo server sending every itinerary through an SMTP server that takes `each` per message.
struct Sending {
    smtp: SmtpServer,
    _db: TestDb,
    url: String,
    dir: tempfile::TempDir,
    server: Server,
}

async fn sending_everyone(each: Duration) -> Sending {
    let smtp = SmtpServer::start();
    smtp.set_mode(Mode::Slow(each));
    let (_db, url) = TestDb::create();
    let dir = tempfile::tempdir().unwrap();
    let mut command = cohortdesk(&url, dir.path());
    command.env("SMTP_URL", smtp.url());
    let server = start_command(command, &["--demo"]);
    let organizer = demo_organizer(&server.address).await;
    let send = "/cohorts/1/itineraries";
    let queued = organizer.submit(send, send, &[("to", "all")]).await;
    assert_eq!(queued.status, 303);
    Sending {
        smtp,
        _db,
        url,
        dir,
        server,
    }
}

/// Sends `name` (`TERM`, `KILL`) to the server's process.
fn signal(server: &Server, name: &str) {
    let pid = server.child.id().to_string();
    let sent = Command::new("kill")
        .args([&format!("-{name}"), &pid])
        .status();
    assert!(sent.unwrap().success(), "kill -{name} {pid}");
}

#[tokio::test]
async fn sigterm_during_a_slow_send_finishes_what_is_in_flight_and_gives_back_every_claim() {
    let Sending {
        smtp,
        _db,
        url,
        mut server,
        ..
    } = sending_everyone(Duration::from_millis(400)).await;
    let mut conn = DatabaseUrl::parse(&url).unwrap().connect().unwrap();
    let sending = |conn: &mut DbConnection| {
        let counts = OutboxMessage::counts(conn, None).unwrap();
        counts
            .iter()
            .find(|(s, _)| *s == OutboxStatus::Sending)
            .map_or(0, |(_, n)| *n)
    };
    for _ in 0..100 {
        if sending(&mut conn) > 0 {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(sending(&mut conn) > 0, "the worker is sending");
    signal(&server, "TERM");
    let exited = server.child.wait().unwrap();
    assert!(exited.success(), "{exited:?}");
    let log = server.new_log().join("\n");
    assert!(log.contains("outbox worker stopped"), "{log}");
    assert_eq!(sending(&mut conn), 0, "no claim is left behind");
    let counts = OutboxMessage::counts(&mut conn, None).unwrap();
    let sent = counts
        .iter()
        .find(|(s, _)| *s == OutboxStatus::Sent)
        .map_or(0, |(_, n)| *n);
    assert_eq!(
        smtp.received().len() as i64,
        sent,
        "what was in flight finished and was recorded"
    );
}

/// Rows per table of the database at `url`, as the backup's manifest counts them.
fn rows_per_table(url: &str) -> std::collections::BTreeMap<String, i64> {
    let mut conn = DatabaseUrl::parse(url).unwrap().connect().unwrap();
    cohortdesk::services::backup::table_counts(&mut conn).unwrap()
}

#[test]
fn a_backup_taken_during_eight_writers_restores_to_the_rows_of_its_manifest_and_never_holds_the_key()
 {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    let (_db, url) = TestDb::create();
    let dir = tempfile::tempdir().unwrap();
    let key_file = dir.path().join("cohortdesk.key");
    let run = |url: &str, args: &[&str]| {
        cohortdesk(url, dir.path())
            .env("COHORTDESK_KEY_FILE", &key_file)
            .args(args)
            .output()
            .unwrap()
    };
    assert!(run(&url, &["demo"]).status.success());
    std::fs::create_dir_all(dir.path().join("files/materials/7")).unwrap();
    std::fs::write(
        dir.path().join("files/materials/7/case-study.pdf"),
        b"%PDF-1.4 Qingdao",
    )
    .unwrap();

    let stop = Arc::new(AtomicBool::new(false));
    let writers: Vec<_> = (0..8)
        .map(|writer| {
            let (url, stop) = (url.clone(), Arc::clone(&stop));
            std::thread::spawn(move || {
                let mut conn = DatabaseUrl::parse(&url).unwrap().connect().unwrap();
                let mut written = 0;
                while !stop.load(Ordering::SeqCst) {
                    let key = format!("writer-{writer}-{written}");
                    if Setting::set(&mut conn, &key, "x").is_ok() {
                        written += 1;
                    }
                }
                written
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(200));
    let backup = dir.path().join("cohortdesk-backup.tar");
    let taken = run(&url, &["backup", backup.to_str().unwrap()]);
    stop.store(true, Ordering::SeqCst);
    let written: usize = writers.into_iter().map(|w| w.join().unwrap()).sum();
    assert!(
        taken.status.success(),
        "{}",
        String::from_utf8_lossy(&taken.stderr)
    );
    assert!(written > 0, "the writers wrote during the backup");

    let mut archive = tar::Archive::new(std::fs::File::open(&backup).unwrap());
    let mut names = Vec::new();
    let mut manifest = serde_json::Value::Null;
    for entry in archive.entries().unwrap() {
        let mut entry = entry.unwrap();
        let name = entry.path().unwrap().to_string_lossy().into_owned();
        if name == "manifest.json" {
            manifest = serde_json::from_reader(&mut entry).unwrap();
        }
        names.push(name);
    }
    assert!(
        names.contains(&"files/materials/7/case-study.pdf".to_owned()),
        "{names:?}"
    );
    let key = std::fs::read_to_string(&key_file).unwrap();
    let bytes = std::fs::read(&backup).unwrap();
    assert!(
        !bytes
            .windows(key.trim().len())
            .any(|w| w == key.trim().as_bytes()),
        "the key is not in it"
    );
    let fingerprint = manifest["key_fingerprint"].as_str().unwrap().to_owned();
    assert_eq!(manifest["files"], 1);

    // Into an empty database of the same kind, with the key: the rows the manifest counted.
    let (_restored_db, restored_url) = TestDb::create();
    let files = dir.path().join("restored-files");
    let restore = |url: &str, key: &std::path::Path, extra: &[&str]| {
        cohortdesk(url, dir.path())
            .env("COHORTDESK_KEY_FILE", key)
            .env("COHORTDESK_FILES_DIR", &files)
            .args(["restore", backup.to_str().unwrap()])
            .args(extra)
            .output()
            .unwrap()
    };
    let other_key = dir.path().join("another.key");
    std::fs::write(&other_key, "k".repeat(64)).unwrap();
    let wrong = restore(&restored_url, &other_key, &[]);
    let said = String::from_utf8_lossy(&wrong.stderr);
    assert!(!wrong.status.success());
    assert!(
        said.contains(&format!("this backup needs the secret key {fingerprint}")),
        "{said}"
    );
    let restored = restore(&restored_url, &key_file, &[]);
    assert!(
        restored.status.success(),
        "{}",
        String::from_utf8_lossy(&restored.stderr)
    );
    let expected: std::collections::BTreeMap<String, i64> =
        serde_json::from_value(manifest["tables"].clone()).unwrap();
    assert_eq!(rows_per_table(&restored_url), expected);
    assert_eq!(
        std::fs::read(files.join("materials/7/case-study.pdf")).unwrap(),
        b"%PDF-1.4 Qingdao"
    );
    let again = restore(&restored_url, &key_file, &[]);
    assert!(
        !again.status.success(),
        "a database with data is not overwritten"
    );
    assert!(String::from_utf8_lossy(&again.stderr).contains("--force"));
    assert!(
        restore(&restored_url, &key_file, &["--force"])
            .status
            .success()
    );

    // The restored installation works: the demo organizer logs in to it.
    let server = start_command(
        {
            let mut command = cohortdesk(&restored_url, dir.path());
            command.env("COHORTDESK_KEY_FILE", &key_file);
            command
        },
        &[],
    );
    assert!(server.log.join("\n").contains("listening on"));
}

/// How many messages the flash after a send says were queued ("17 itineraries queued…").
async fn queued_through(visitor: &Visitor, delegation: &str) -> usize {
    let send = "/cohorts/1/itineraries";
    let queued = visitor
        .submit(
            send,
            send,
            &[("to", "delegation"), ("delegation", delegation)],
        )
        .await;
    assert_eq!(queued.status, 303, "{}", queued.body);
    let flash = visitor.get("/outbox?cohort=1").await.text(".flash");
    flash
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{flash}"))
}

/// The `Message-ID` of each message received, with how often it came.
fn deliveries(smtp: &SmtpServer) -> std::collections::BTreeMap<String, usize> {
    let mut seen = std::collections::BTreeMap::new();
    for id in smtp.message_ids() {
        *seen.entry(id).or_insert(0) += 1;
    }
    seen
}

#[tokio::test]
async fn two_servers_on_one_database_act_as_one() {
    let smtp = SmtpServer::start();
    smtp.set_mode(Mode::Slow(Duration::from_millis(60)));
    let (_db, url) = TestDb::create();
    let dir = tempfile::tempdir().unwrap();
    let with_mail = || {
        let mut command = cohortdesk(&url, dir.path());
        command.env("SMTP_URL", smtp.url());
        command
    };
    let a = start_command(with_mail(), &["--demo"]);
    let b = start_command(with_mail(), &[]);

    // One login holds on both: cookies belong to the host, and the key is the installation's.
    let on_a = demo_organizer(&a.address).await;
    let on_b = Visitor {
        base: b.address.clone(),
        client: on_a.client.clone(),
    };
    assert_eq!(
        on_b.get("/").await.status,
        200,
        "logged in on the other server"
    );

    // A change saved through one server shows through the other at once, though it had the
    // timetable in memory.
    let timetable = "/cohorts/1/sessions";
    let title = "Site visit: Zhujiagou village and its cooperative";
    assert!(!on_b.get(timetable).await.text("main").contains(title));
    let page = "/cohorts/1/sessions/7/edit";
    let form = on_a.get(page).await.form_values();
    let saved = on_a
        .submit_values(
            page,
            "/cohorts/1/sessions/7",
            &with_field(&form, "title", title),
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.text("main"));
    assert!(on_b.get(timetable).await.text("main").contains(title));

    // Logging out every other browser through one server logs them out on the other at once.
    let second = demo_organizer(&b.address).await;
    assert_eq!(on_a.get("/").await.status, 200);
    let others = "/account/sessions/others/end";
    let ended = second.submit("/account/sessions", others, &[]).await;
    assert_eq!(ended.status, 303);
    assert_eq!(on_a.get("/").await.status, 303, "logged out on A at once");

    // Mail queued through both servers: their two workers send it together, each message once.
    let queued = queued_through(&demo_organizer(&a.address).await, "KZ").await
        + queued_through(&second, "KG").await;
    for _ in 0..300 {
        if smtp.received().len() >= queued {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let delivered = deliveries(&smtp);
    assert_eq!(delivered.len(), queued, "every message arrived");
    assert!(delivered.values().all(|n| *n == 1), "{delivered:?}");
    let logs = [a.new_log().join("\n"), b.new_log().join("\n")];
    for log in &logs {
        assert!(log.contains("outbox delivered"), "both workers sent: {log}");
    }
}

#[tokio::test]
async fn a_worker_killed_mid_batch_leaves_nothing_unsent_and_sends_twice_only_what_was_in_flight() {
    let Sending {
        smtp,
        _db,
        url,
        dir,
        mut server,
    } = sending_everyone(Duration::from_millis(150)).await;
    for _ in 0..200 {
        if smtp.received().len() >= 3 {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    signal(&server, "KILL");
    server.child.wait().unwrap();

    let mut conn = DatabaseUrl::parse(&url).unwrap().connect().unwrap();
    let total: i64 = {
        use cohortdesk::schema::outbox::dsl::*;
        use diesel::prelude::*;
        // Two minutes pass: the dead worker's claims run out.
        let expired = chrono::Utc::now().naive_utc() - chrono::Duration::seconds(1);
        diesel::update(outbox.filter(status.eq(OutboxStatus::Sending)))
            .set(next_attempt_at.eq(expired))
            .execute(&mut conn)
            .unwrap();
        outbox.count().get_result(&mut conn).unwrap()
    };
    assert!(smtp.received().len() < total as usize, "killed mid-batch");

    smtp.set_mode(Mode::Accept);
    succeeded(
        &cohortdesk(&url, dir.path())
            .env("SMTP_URL", smtp.url())
            .arg("send-pending")
            .output()
            .unwrap(),
    );
    let counts = OutboxMessage::counts(&mut conn, None).unwrap();
    assert_eq!(
        counts,
        vec![(OutboxStatus::Sent, total)],
        "the second worker sent the rest"
    );
    let delivered = deliveries(&smtp);
    assert_eq!(delivered.len() as i64, total, "every message arrived");
    let twice: Vec<_> = delivered.iter().filter(|(_, n)| **n > 1).collect();
    assert!(
        twice.len() <= cohortdesk::mail::CONNECTIONS as usize
            && twice.iter().all(|(_, n)| **n == 2),
        "only what was in flight when it was killed (one per connection) may come twice: {twice:?}"
    );
}
