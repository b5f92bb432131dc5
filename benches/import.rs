//! How long a ministry's 5,000-row workbook takes to import, and how much memory: the whole
//! `cohortdesk import-trainees` command (open the database, read the `.xlsx`, check every row, insert
//! everyone in one transaction), the release binary, on SQLite. Goal: under 1.5 s and under 150 MB
//! peak memory.
//!
//! Builds a scratch SQLite database with the demo and an empty cohort that has not started, writes the
//! workbook as a Russian ministry would send it (Russian headings, names in Latin and Cyrillic, date
//! cells, passport numbers, e-mail addresses, phones), then imports it five times, each time into a fresh
//! copy of the database, timing the command; the kernel reports the highest peak resident memory of the
//! five.
//!
//! Run: `cargo bench --bench import`.

// The other benchmarks share this module and use all of it; this one needs only part.
#[allow(dead_code)]
mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use common::{at, demo_database, new_cohort};
use rust_xlsxwriter::{Format, Workbook};

const ROWS: usize = 5_000;
const RUNS: usize = 5;

/// The roster as a Russian ministry's workbook: a heading row, then `ROWS` trainees.
fn workbook() -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Участники").unwrap();
    let date = Format::new().set_num_format("dd.mm.yyyy");
    let headings = [
        "Фамилия",
        "Имя",
        "ФИО",
        "Пол",
        "Дата рождения",
        "Страна",
        "Организация",
        "Должность",
        "Эл. почта",
        "Телефон",
        "Номер паспорта",
        "Срок действия паспорта",
    ];
    for (c, heading) in headings.iter().enumerate() {
        sheet.write_string(0, c as u16, *heading).unwrap();
    }
    let countries = ["Казахстан", "KG", "Таджикистан", "UZ", "Россия", "PK"];
    for i in 0..ROWS {
        let r = i as u32 + 1;
        let born = NaiveDate::from_ymd_opt(
            1960 + (i % 40) as i32,
            (i % 12) as u32 + 1,
            (i % 28) as u32 + 1,
        )
        .unwrap();
        sheet.write_string(r, 0, format!("NURLANOV{i}")).unwrap();
        sheet.write_string(r, 1, "Aidos").unwrap();
        sheet
            .write_string(r, 2, format!("Нурланов Айдос {i}"))
            .unwrap();
        sheet
            .write_string(r, 3, if i % 3 == 0 { "ж" } else { "м" })
            .unwrap();
        sheet.write_datetime_with_format(r, 4, born, &date).unwrap();
        sheet
            .write_string(r, 5, countries[i % countries.len()])
            .unwrap();
        sheet
            .write_string(r, 6, "Министерство сельского хозяйства")
            .unwrap();
        sheet.write_string(r, 7, "Главный специалист").unwrap();
        sheet
            .write_string(r, 8, format!("trainee{i}@example.kz"))
            .unwrap();
        sheet
            .write_string(r, 9, format!("+7 701 {:07}", i))
            .unwrap();
        sheet.write_string(r, 10, format!("N{i:08}")).unwrap();
        sheet
            .write_datetime_with_format(r, 11, NaiveDate::from_ymd_opt(2031, 5, 31).unwrap(), &date)
            .unwrap();
    }
    book.save_to_buffer().unwrap()
}

/// Runs `command`, returning its wall time.
fn timed(mut command: Command) -> Duration {
    let started = Instant::now();
    let status = command.status().expect("the command runs");
    let elapsed = started.elapsed();
    assert!(status.success(), "the import succeeded");
    elapsed
}

/// The largest peak resident memory of any child process waited for so far, in bytes.
fn children_peak_memory() -> u64 {
    // SAFETY: an all-zero rusage is a valid value for getrusage to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: getrusage writes into the local above.
    let done = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    assert_eq!(done, 0, "getrusage");
    usage.ru_maxrss as u64 * 1024
}

fn main() {
    let scratch = tempfile::tempdir().unwrap();
    let now = at(NaiveDate::from_ymd_opt(2025, 6, 1).unwrap(), 9);
    let (_, mut conn) = demo_database(scratch.path(), "template", now);
    let cohort = new_cohort(
        &mut conn,
        1_000,
        NaiveDate::from_ymd_opt(2025, 10, 13).unwrap(),
        now,
    );
    // Closing the last connection folds SQLite's write-ahead log into the file, so a copy is complete.
    drop(conn);
    let file = scratch.path().join("roster.xlsx");
    std::fs::write(&file, workbook()).unwrap();
    println!(
        "{ROWS} rows, {} KB as .xlsx",
        std::fs::metadata(&file).unwrap().len() / 1024
    );

    let mut runs = Vec::new();
    for run in 0..RUNS {
        let db = scratch.path().join(format!("run{run}.db"));
        std::fs::copy(scratch.path().join("template.db"), &db).unwrap();
        let mut command = Command::new(env!("CARGO_BIN_EXE_cohortdesk"));
        command
            .env("DATABASE_URL", format!("sqlite://{}", db.display()))
            .env("RUST_LOG", "warn")
            .env("LANG", "en_US.UTF-8")
            .args(["import-trainees", "--cohort", &cohort.to_string()])
            .arg(&file)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        let time = timed(command);
        println!("run {}: {:.2} s", run + 1, time.as_secs_f64());
        runs.push(time);
    }
    runs.sort();
    let median = runs[RUNS / 2];
    let highest = children_peak_memory();
    println!(
        "import of {ROWS} rows from .xlsx: median {:.2} s (goal < 1.5 s), highest peak memory {} MB (goal < 150 MB)",
        median.as_secs_f64(),
        highest / 1_000_000
    );
}
