//! The `cohortdesk` command: serve the web app, migrate, add users, load the demo, import trainees, and
//! send or test e-mail.

use std::io::{BufRead, IsTerminal};
use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};

use cohortdesk::config::Settings;
use cohortdesk::db;
use cohortdesk::domain::account::{Email, Password};
use cohortdesk::domain::ids::CohortId;
use cohortdesk::domain::role::{Role, Scope};
use cohortdesk::domain::vault::new_secret_key;
use cohortdesk::i18n::{Lang, Msg};
use cohortdesk::mail::{self, Content, Mailer};
use cohortdesk::services::keys::{self, KeySource};
use cohortdesk::services::mailings::{self, Recipients};
use cohortdesk::services::outbox::Courier;
use cohortdesk::services::retention;
use cohortdesk::services::roster::Writer;
use cohortdesk::services::roster_file::{self, ImportOptions};
use cohortdesk::services::{accounts, backup, cohorts, demo, itinerary};
use cohortdesk::sheet::read::{Options as ReadOptions, Separator, TextEncoding};
use cohortdesk::startup;
use cohortdesk::web::state::AppState;

#[derive(Parser)]
#[command(
    name = "cohortdesk",
    version,
    about = "Training-course manager for SCO poverty-reduction courses"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (migrations are applied first).
    Serve {
        /// Load the demo data if the database is empty.
        #[arg(long)]
        demo: bool,
        /// Address to listen on (overrides COHORTDESK_BIND).
        #[arg(long, value_name = "ADDR")]
        bind: Option<SocketAddr>,
    },
    /// Apply pending database migrations and exit.
    Migrate,
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Import a cohort's trainees from a workbook or a CSV file: every row, or nothing if any row is
    /// wrong.
    ImportTrainees {
        /// The cohort's id (the number in its address, /cohorts/ID).
        #[arg(long, value_name = "ID")]
        cohort: i32,
        /// The file: .xlsx, .xls, .ods, or CSV / tab-separated text (columns as in the README).
        file: PathBuf,
        /// Read text in this encoding instead of the detected one (utf-8, utf-16le, utf-16be,
        /// windows-1251, koi8-r, gb18030, big5, windows-1252).
        #[arg(long, value_name = "ENCODING", value_parser = parse_encoding)]
        encoding: Option<TextEncoding>,
        /// Split text at this character instead of the detected one (comma, semicolon, tab, pipe).
        #[arg(long, value_name = "SEPARATOR", value_parser = parse_separator)]
        separator: Option<Separator>,
        /// Read this sheet of a workbook (1 is the first) instead of the first one with data.
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
        sheet: Option<u16>,
        /// Enrol everyone as nominated, whatever the file's status column says.
        #[arg(long)]
        everyone_nominated: bool,
    },
    /// Send one test e-mail through the configured transport, at once (not through the outbox).
    MailTest {
        /// The address to send it to.
        #[arg(long, value_name = "ADDRESS")]
        to: String,
    },
    /// Send every queued e-mail that is due, once, and report (the server's worker does this on its own).
    SendPending,
    /// Queue each trainee's itinerary e-mail, to everyone (--all) or one delegation (--delegation KZ);
    /// trainees who cannot get one are listed with the reason.
    #[command(group = clap::ArgGroup::new("audience").required(true).args(["all", "delegation"]))]
    SendItineraries {
        /// The cohort's id (the number in its address, /cohorts/ID).
        #[arg(long, value_name = "ID")]
        cohort: i32,
        /// Every trainee of the cohort.
        #[arg(long)]
        all: bool,
        /// Only this delegation, by country code (e.g. KZ).
        #[arg(long, value_name = "CODE")]
        delegation: Option<String>,
    },
    /// Replace the secret key (stop the server first): passport numbers, personal links and queued
    /// e-mails are re-sealed with a new key, everyone is logged out, and badge and check-in codes change.
    /// With the key in a file, the file gets the new key; with COHORTDESK_SECRET_KEY, put the new key in
    /// COHORTDESK_NEW_SECRET_KEY, run this, then set COHORTDESK_SECRET_KEY to it.
    RotateKey,
    /// Erase the passport numbers and expiry dates of trainees whose last course ended more than
    /// COHORTDESK_PASSPORT_RETENTION_DAYS (90) days ago (serve does this daily).
    PurgeExpired,
    /// Write a backup of the database and the uploaded files into FILE (a tar archive with a manifest),
    /// while the server runs. The secret key is not in it: keep the key file apart.
    Backup {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Restore a backup written by `backup` (stop the server first). An installation holding accounts
    /// or commitments is refused unless --force; the key the backup needs must be in place.
    Restore {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Replace everything the database holds.
        #[arg(long)]
        force: bool,
    },
    /// Load the demo data into the configured database.
    Demo {
        /// Replace existing commitments and cohorts with the demo's (accounts are kept).
        #[arg(long)]
        force: bool,
        /// Also generate this many years of history (70 cohorts, 5,000 trainees and 170,000
        /// attendance marks a year), for trying the reports at scale.
        #[arg(long, value_name = "YEARS")]
        scale: Option<u32>,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Add an organizer or coordinator; the password is asked for, or read from standard input.
    Add {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        #[arg(long, value_parser = ["organizer", "coordinator"])]
        role: String,
        /// Read the password from the first line of standard input instead of prompting.
        #[arg(long)]
        password_stdin: bool,
    },
}

/// What `serve --demo` loads: the historical courses and the live one.
const LIVE_DEMO: demo::Options = demo::Options {
    replace: false,
    live: true,
};
fn main() -> ExitCode {
    release_large_allocations();
    let cli = Cli::parse();
    if !matches!(cli.command, Command::Serve { .. }) {
        end_quietly_when_output_closes();
    }
    match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime.block_on(run(cli)),
        Err(e) => {
            eprintln!("cohortdesk: cannot start the async runtime: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> ExitCode {
    cohortdesk::telemetry::init();
    let settings = match Settings::from_env() {
        Ok(settings) => settings,
        Err(e) => {
            eprintln!("cohortdesk: configuration error: {e}");
            return ExitCode::from(2);
        }
    };
    let outcome = match cli.command {
        Command::Serve { demo, bind } => serve(settings, demo, bind).await,
        Command::Migrate => migrate(&settings),
        Command::User {
            command:
                UserCommand::Add {
                    email,
                    name,
                    role,
                    password_stdin,
                },
        } => add_user(settings, &email, &name, &role, password_stdin),
        Command::ImportTrainees {
            cohort,
            file,
            encoding,
            separator,
            sheet,
            everyone_nominated,
        } => {
            let options = ImportOptions {
                read: ReadOptions {
                    encoding,
                    separator,
                    sheet: sheet.map(|n| usize::from(n) - 1),
                },
                all_nominated: everyone_nominated,
            };
            import_trainees(settings, cohort, &file, &options)
        }
        Command::Demo { force, scale } => load_demo(settings, force, scale),
        Command::RotateKey => rotate_key(settings),
        Command::PurgeExpired => purge_expired(settings),
        Command::Backup { file } => backup(settings, &file),
        Command::Restore { file, force } => restore(settings, &file, force),
        Command::MailTest { to } => mail_test(settings, &to).await,
        Command::SendPending => send_pending(settings).await,
        Command::SendItineraries {
            cohort, delegation, ..
        } => send_itineraries(settings, cohort, delegation),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cohortdesk: {e}");
            ExitCode::FAILURE
        }
    }
}

fn backup(settings: Settings, file: &Path) -> Result<(), String> {
    let state = startup::prepare(settings)?;
    let manifest = backup::backup(&state.settings, file, state.now())?;
    let rows: i64 = manifest.tables.values().sum();
    println!(
        "Backup written to {}: {} tables, {rows} rows, {} files, migration {}. It does not hold the \
         secret key ({}): keep {} apart from it.",
        file.display(),
        manifest.tables.len(),
        manifest.files,
        manifest.migration,
        manifest.key_fingerprint.as_deref().unwrap_or("none yet"),
        state.settings.key_file.display()
    );
    Ok(())
}

fn restore(settings: Settings, file: &Path, force: bool) -> Result<(), String> {
    let manifest = backup::restore(&settings, file, force)?;
    let state = startup::prepare(settings)?;
    let rows: i64 = manifest.tables.values().sum();
    println!(
        "Restored {} ({}): {} tables, {rows} rows, {} files; {} is ready.",
        file.display(),
        manifest.created_at.format("%Y-%m-%d %H:%M UTC"),
        manifest.tables.len(),
        manifest.files,
        state.settings.database.describe()
    );
    Ok(())
}

fn purge_expired(settings: Settings) -> Result<(), String> {
    let state = startup::prepare(settings)?;
    let mut conn = state.pool.get().map_err(|e| e.to_string())?;
    let now = state.now();
    let retention = retention::policy(&state.settings);
    let purged = retention::purge_expired(&mut conn, retention, now.date(), now)
        .map_err(|e| e.to_string())?;
    println!(
        "Erased the passport data of {} trainees ({} cohorts), kept {} days after their last course.",
        purged.trainees,
        purged.by_cohort.len(),
        retention.days
    );
    Ok(())
}

fn rotate_key(settings: Settings) -> Result<(), String> {
    let state = startup::prepare(settings)?;
    let mut conn = state.pool.get().map_err(|e| e.to_string())?;
    let current = keys::load(&state.settings, &mut conn)?;
    let new_text = match &current.source {
        KeySource::File(_) => new_secret_key(),
        KeySource::Environment => std::env::var("COHORTDESK_NEW_SECRET_KEY").map_err(|_| {
            "the key comes from COHORTDESK_SECRET_KEY: put the new key (64 characters or more) in \
             COHORTDESK_NEW_SECRET_KEY and run rotate-key again"
                .to_owned()
        })?,
    };
    let rotated = keys::rotate(&mut conn, &current, &new_text, state.now())?;
    println!(
        "The secret key is replaced (fingerprint {}): {} values re-sealed, {} logins ended.",
        rotated.fingerprint, rotated.resealed, rotated.logins_ended
    );
    match current.source {
        KeySource::File(_) => println!("{} holds the new key.", current.source.describe()),
        KeySource::Environment => {
            println!("Set COHORTDESK_SECRET_KEY to the new key before starting the server again.")
        }
    }
    println!("Badge codes changed: print the badges again before the next check-in.");
    Ok(())
}

/// A command whose output goes into `head` (or any reader that stops early) ends quietly when the reader
/// has gone, as Unix tools do: SIGPIPE's default action, which Rust replaces with an error that
/// `println!` turns into a panic. Commands print after their transaction, so the work is kept. Not for
/// `serve`, whose log may go to a pipe that is restarted.
fn end_quietly_when_output_closes() {
    #[cfg(unix)]
    // SAFETY: restoring a signal's default action; it runs before any other thread exists.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

/// Password hashing borrows about 19 MiB for a moment. glibc's allocator raises its mmap threshold
/// after the first such buffer and from then on keeps these buffers in per-thread arenas, so each thread
/// that ever hashed a password held on to 19 MiB. A fixed threshold hands them back to the system, while
/// pages and CSV files (up to a few MiB) still come from the heap without a page fault per request.
fn release_large_allocations() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes an allocator setting; it runs before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 8 * 1024 * 1024);
    }
}

async fn serve(
    mut settings: Settings,
    with_demo: bool,
    bind: Option<SocketAddr>,
) -> Result<(), String> {
    if let Some(bind) = bind {
        settings.bind = bind;
    }
    let listener = TcpListener::bind(settings.bind)
        .map_err(|e| format!("cannot listen on {}: {e}", settings.bind))?;
    let address = listener.local_addr().map_err(|e| e.to_string())?;
    if !settings.base_url_is_set {
        // Links sent out (personal pages, calendars) name the address actually listened on.
        settings.base_url =
            url::Url::parse(&format!("http://{address}/")).map_err(|e| e.to_string())?;
    }
    let state = startup::prepare(settings)?;
    let settings = state.settings.clone();
    if with_demo {
        let mut conn = state.pool.get().map_err(|e| e.to_string())?;
        if demo::is_empty(&mut conn).map_err(|e| e.to_string())? {
            demo::load(&mut conn, &state.vault, state.now(), LIVE_DEMO)
                .map_err(|e| e.to_string())?;
            tracing::info!("demo data loaded");
        } else {
            tracing::info!("the database already holds data: demo not loaded");
        }
    }
    let outbox = courier(&state)?;
    let worker = outbox.clone().spawn(state.clock, state.outbox_wake.clone());
    cohorts::spawn_calendar(state.pool.clone(), state.clock);
    retention::spawn_daily(
        state.pool.clone(),
        state.clock,
        retention::policy(&settings),
    );
    if let Some(folder) = &settings.backup_dir {
        backup::spawn_daily(
            (*settings).clone(),
            folder.clone(),
            settings.backups_kept,
            state.clock,
        );
        tracing::info!(folder = %folder.display(), kept = settings.backups_kept, "a backup a day");
    }
    let server = startup::server(state.clone(), listener)?;
    tracing::info!("database: {}", settings.database.describe());
    tracing::info!(
        "mail: {} (from {})",
        settings.mail.describe(),
        settings.mail.from
    );
    log_how_to_log_in(&state, with_demo)?;
    tracing::info!("listening on http://{address}");
    let served = server.await.map_err(|e| e.to_string());
    stop_outbox(&state, &outbox, worker).await;
    served
}

/// Who delivers the outbox, with the transport the settings name.
fn courier(state: &AppState) -> Result<Courier, String> {
    Ok(Courier::new(
        state.pool.clone(),
        Mailer::new(&state.settings.mail)?,
        state.settings.mail.from.clone(),
        state.vault.clone(),
    ))
}

/// Stops the outbox worker after the web server: what is in flight finishes (for up to 30 seconds),
/// then every claim it still holds is given back for the next worker.
async fn stop_outbox(state: &AppState, courier: &Courier, worker: tokio::task::JoinHandle<()>) {
    courier.stop();
    state.outbox_wake.notify_one();
    if tokio::time::timeout(std::time::Duration::from_secs(30), worker)
        .await
        .is_err()
    {
        tracing::warn!("outbox: a send still running after 30 s; its claim is given back");
    }
    match courier.release_claims(state.now()).await {
        Ok(given_back) => tracing::info!(
            worker = courier.worker(),
            given_back,
            "outbox worker stopped"
        ),
        Err(e) => tracing::error!(
            "outbox: the claims could not be given back ({e}); they run out in two minutes"
        ),
    }
}

async fn mail_test(settings: Settings, to: &str) -> Result<(), String> {
    let lines: Vec<String> = Lang::ALL.iter().map(|l| l.t("mail-test-body")).collect();
    let content = Content {
        subject: Lang::ALL.map(|l| l.t("mail-test-subject")).join(" / "),
        text: lines.join("\n\n"),
        html: lines.iter().map(|l| format!("<p>{l}</p>")).collect(),
        attachments: Vec::new(),
    };
    let id = format!("test-{}", itinerary::new_token());
    let formatted = mail::format(&settings.mail.from, to, None, &content, &id)?;
    Mailer::new(&settings.mail)?
        .send(
            &settings.mail.from,
            &formatted.recipient,
            &formatted.message,
        )
        .await
        .map_err(|f| format!("not sent: {}", f.reason))?;
    println!(
        "sent a test message to {to} via {}",
        settings.mail.describe()
    );
    Ok(())
}

async fn send_pending(settings: Settings) -> Result<(), String> {
    let state = startup::prepare(settings)?;
    let report = courier(&state)?
        .deliver_due(state.now())
        .await
        .map_err(|e| e.to_string())?;
    println!(
        "{}",
        terminal_language().msg(
            &Msg::new("outbox-delivered")
                .with("sent", report.sent as i64)
                .with("retrying", report.retrying as i64)
                .with("failed", report.failed as i64)
        )
    );
    Ok(())
}

fn send_itineraries(
    settings: Settings,
    cohort: i32,
    delegation: Option<String>,
) -> Result<(), String> {
    let lang = terminal_language();
    let state = startup::prepare(settings)?;
    let mut conn = state.pool.get().map_err(|e| e.to_string())?;
    let recipients = delegation.map_or(Recipients::All, Recipients::Delegation);
    let bar = if std::io::stderr().is_terminal() {
        ProgressBar::new(0)
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let report = mailings::queue_itineraries(
        &mut conn,
        &state.post(),
        CohortId(cohort),
        &recipients,
        state.now(),
        &mut |step| match step {
            Some(total) => bar.set_length(total as u64),
            None => bar.inc(1),
        },
    )
    .map_err(|e| e.to_string())?;
    bar.finish_and_clear();
    for line in mailings::describe(&report, lang) {
        println!("{line}");
    }
    Ok(())
}

fn log_how_to_log_in(state: &AppState, with_demo: bool) -> Result<(), String> {
    let mut conn = state.pool.get().map_err(|e| e.to_string())?;
    if accounts::needs_setup(&mut conn).map_err(|e| e.to_string())? {
        tracing::info!(
            "no accounts yet: open {}setup to create the first organizer",
            state.settings.base_url
        );
    } else if with_demo {
        let working = demo::working_logins(&mut conn).map_err(|e| e.to_string())?;
        if working.is_empty() {
            tracing::warn!(
                "--demo: this database holds its own accounts and no demo login works here; log in with \
                 an account of this installation (or use another DATABASE_URL for the demo)"
            );
            return Ok(());
        }
        for account in working {
            tracing::info!(
                "demo {} login: {} / {}",
                account.role.as_str(),
                account.email,
                account.password
            );
        }
        for (name, token) in
            demo::personal_links(&mut conn, &state.vault, state.now()).map_err(|e| e.to_string())?
        {
            tracing::info!(
                "demo personal page of {name}: {}my/{token}",
                state.settings.base_url
            );
        }
    }
    Ok(())
}

fn migrate(settings: &Settings) -> Result<(), String> {
    let mut conn = settings.database.connect().map_err(|e| e.to_string())?;
    let applied = db::migrate(&mut conn)?;
    println!(
        "{applied} migration(s) applied to {}",
        settings.database.describe()
    );
    Ok(())
}

fn add_user(
    settings: Settings,
    email: &str,
    name: &str,
    role: &str,
    password_stdin: bool,
) -> Result<(), String> {
    let role = Role::parse(role).ok_or("--role must be organizer or coordinator")?;
    let email = Email::parse(email).map_err(|_| format!("{email:?} is not an e-mail address"))?;
    let name = name.trim();
    if name.is_empty() {
        return Err("--name must not be empty".to_owned());
    }
    let raw = if password_stdin {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|e| e.to_string())?;
        line.trim_end_matches(['\r', '\n']).to_owned()
    } else {
        if !std::io::stdin().is_terminal() {
            return Err("no terminal to ask for the password: use --password-stdin".to_owned());
        }
        let first = rpassword::prompt_password("Password: ").map_err(|e| e.to_string())?;
        let again = rpassword::prompt_password("Password again: ").map_err(|e| e.to_string())?;
        if first != again {
            return Err("the passwords differ".to_owned());
        }
        first
    };
    let password = Password::parse(&raw).map_err(|msg| Lang::En.msg(&msg))?;
    let state = startup::prepare(settings)?;
    let mut conn = state.pool.get().map_err(|e| e.to_string())?;
    let account = cohortdesk::domain::account::NewAccount {
        name: name.to_owned(),
        email,
        role,
        password,
        language: None,
        scope: Scope::All,
    };
    let user = accounts::create(&mut conn, &account, state.now()).map_err(|e| match e {
        cohortdesk::error::AppError::Invalid(_) => {
            format!("an account with {} already exists", account.email.as_str())
        }
        other => other.to_string(),
    })?;
    println!(
        "added {} {} <{}>",
        user.role.as_str(),
        user.name,
        user.email
    );
    Ok(())
}

/// The language of the terminal (from `LANG`), for reports printed on it.
fn terminal_language() -> Lang {
    std::env::var("LANG")
        .ok()
        .and_then(|l| Lang::from_accept_language(&l.replace('_', "-")))
        .unwrap_or_default()
}

fn parse_encoding(text: &str) -> Result<TextEncoding, String> {
    TextEncoding::parse(text).ok_or_else(|| {
        let known: Vec<&str> = TextEncoding::ALL.iter().map(|e| e.slug()).collect();
        format!("one of {}", known.join(", "))
    })
}

fn parse_separator(text: &str) -> Result<Separator, String> {
    Separator::parse(text).ok_or_else(|| "comma, semicolon, tab or pipe".to_owned())
}

fn import_trainees(
    settings: Settings,
    cohort: i32,
    file: &Path,
    options: &ImportOptions,
) -> Result<(), String> {
    let lang = terminal_language();
    let bytes = std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let state = startup::prepare(settings)?;
    let mut conn = state.pool.get().map_err(|e| e.to_string())?;
    let bar = if std::io::stderr().is_terminal() {
        ProgressBar::new(0)
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {percent:>3}% {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let outcome = roster_file::import(
        &mut conn,
        CohortId(cohort),
        &bytes,
        options,
        Writer {
            by: None,
            vault: &state.vault,
            now: state.now(),
        },
        &|done, of| {
            bar.set_length(of as u64);
            bar.set_position(done as u64);
        },
    )
    .map_err(|e| e.to_string())?;
    bar.finish_and_clear();
    let report = match outcome {
        Ok(imported) => {
            let rows = imported.count;
            eprintln!(
                "{}",
                roster_file::describe_layout(&imported.layout, rows, lang)
            );
            for warning in &imported.warnings {
                println!("{}", warning.describe(lang));
            }
            println!(
                "{}",
                lang.msg(&Msg::new("flash-imported").with("count", imported.count as i64))
            );
            return Ok(());
        }
        Err(report) => report,
    };
    if let Some(layout) = &report.layout {
        eprintln!(
            "{}",
            roster_file::describe_layout(layout, report.data_rows, lang)
        );
    }
    for (encoding, sample) in &report.undecided {
        println!("--encoding {}:\n{sample}\n", encoding.slug());
    }
    for warning in &report.warnings {
        println!("{}", warning.describe(lang));
    }
    for error in &report.errors {
        println!("{}", error.describe(lang));
    }
    Err(lang.msg(&Msg::new("import-refused").with("count", report.errors.len() as i64)))
}

/// `demo --scale YEARS`: the generated history, with a progress bar.
fn generate_history(
    conn: &mut db::DbConnection,
    years: u32,
    now: chrono::NaiveDateTime,
) -> Result<(), String> {
    let organizer = demo::organizer(conn).map_err(|e| e.to_string())?;
    let bar = if std::io::stderr().is_terminal() {
        ProgressBar::new(0)
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} cohorts {elapsed} (about {eta} left)")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let started = std::time::Instant::now();
    let made = demo::scale::load(conn, years, organizer, now, &mut |done, total| {
        bar.set_length(total);
        bar.set_position(done);
    })
    .map_err(|e| e.to_string())?;
    bar.finish_and_clear();
    println!(
        "generated {years} years in {:.0?}: {} commitments, {} cohorts, {} trainees, {} sessions, {} attendance marks",
        started.elapsed(),
        made.commitments,
        made.cohorts,
        made.trainees,
        made.sessions,
        made.marks
    );
    Ok(())
}

fn load_demo(settings: Settings, force: bool, scale: Option<u32>) -> Result<(), String> {
    let state = startup::prepare(settings)?;
    let mut conn = state.pool.get().map_err(|e| e.to_string())?;
    match demo::load(
        &mut conn,
        &state.vault,
        state.now(),
        demo::Options {
            replace: force,
            live: true,
        },
    ).map_err(|e| e.to_string())? {
        demo::Outcome::Loaded => {
            println!("demo data loaded into {}", state.settings.database.describe());
            for account in &demo::ACCOUNTS {
                println!("  {}: {} / {}", account.role.as_str(), account.email, account.password);
            }
            if let Some(years) = scale.filter(|y| *y > 0) {
                generate_history(&mut conn, years, state.now())?;
            }
            Ok(())
        }
        demo::Outcome::NotEmpty => Err(
            "the database already has cohorts; run `cohortdesk demo --force` to replace them with the demo"
                .to_owned(),
        ),
    }
}
