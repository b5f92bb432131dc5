//! Progress against the 1,000-place commitment: the figures on the page, in the CSV files and in the
//! JSON agree with each other, with the cohorts' own roster pages and with what the database holds; a
//! person trained twice is two places and one person; the charts and the downloads speak the reader's
//! language; only staff may look.

use std::collections::{HashMap, HashSet};

use cohortdesk::domain::ids::CohortId;
use cohortdesk::domain::trainee::EnrollmentStatus;
use cohortdesk::services::roster;
use serde_json::Value;

use crate::helpers::{Page, TestApp, column, csv_rows, number, test_now};

const PAGE: &str = "/commitments/1/progress";

/// Completed enrollments in the demo's cohorts, read from the rosters: (cohort, trainee).
fn completions(app: &TestApp) -> Vec<(CohortId, i32)> {
    app.all_cohorts()
        .into_iter()
        .flat_map(|c| {
            app.roster(c.id)
                .into_iter()
                .filter(|e| e.enrollment.status == EnrollmentStatus::Completed)
                .map(move |e| (c.id, e.trainee.id.0))
        })
        .collect()
}

fn figure(page: &Page, id: &str) -> i64 {
    number(&page.text(&format!("#{id} strong, strong#{id}, dd#{id}")))
}

#[tokio::test]
async fn the_page_the_csv_files_the_json_and_the_cohort_pages_agree_with_the_database() {
    let app = TestApp::with_demo().await;
    let coordinator = app.coordinator().await;
    let done = completions(&app);
    let places = done.len() as i64;
    let people = done.iter().map(|(_, t)| t).collect::<HashSet<_>>().len() as i64;
    assert!(places > 100, "the demo has delivered places");

    let page = coordinator.get(PAGE).await;
    assert_eq!(page.status, 200);
    assert_eq!(figure(&page, "figure-delivered"), places);
    assert_eq!(
        page.text("#figure-delivered"),
        format!("{} / 1,000", page.text("#figure-delivered strong"))
    );
    assert_eq!(figure(&page, "figure-people"), people);
    assert_eq!(figure(&page, "figure-remaining"), 1000 - places);
    assert!(
        page.text(".definitions").contains(
            "Delivered = enrollments with status “completed” in cohorts under this commitment."
        ),
        "the definition is written on the page"
    );

    let json: Value =
        serde_json::from_str(&coordinator.get(&format!("{PAGE}.json")).await.body).unwrap();
    assert_eq!(json["delivered"], places);
    assert_eq!(json["people_trained"], people);
    assert_eq!(json["commitment"]["target"], 1000);
    for breakdown in ["by_country", "by_year", "by_host_city", "by_cohort"] {
        let sum: i64 = json[breakdown]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["delivered"].as_i64().unwrap())
            .sum();
        assert_eq!(sum, places, "{breakdown} adds up to the total");
    }

    let (header, rows) = csv_rows(&coordinator.get(&format!("{PAGE}/cohorts.csv")).await);
    let delivered = column(&header, "Delivered");
    let name = column(&header, "Cohort");
    assert_eq!(
        rows.len(),
        app.all_cohorts().len() + 1,
        "a line per cohort and the total"
    );
    for cohort in json["by_cohort"].as_array().unwrap() {
        let id = cohort["id"].as_i64().unwrap();
        let expected = done.iter().filter(|(c, _)| i64::from(c.0) == id).count() as i64;
        assert_eq!(cohort["delivered"], expected, "cohort {id} in the JSON");
        let row = rows
            .iter()
            .find(|r| r[name] == cohort["name"].as_str().unwrap())
            .expect("the cohort is in the CSV");
        assert_eq!(
            row[delivered].parse::<i64>().unwrap(),
            expected,
            "cohort {id} in the CSV"
        );
        let cell = page.text(&format!("tr[data-cohort='{id}'] td[data-figure=delivered]"));
        assert_eq!(number(&cell), expected, "cohort {id} on the page");
        let roster = coordinator.get(&format!("/cohorts/{id}/trainees")).await;
        let chip = roster.text("ul.chips a[href='?status=completed']");
        assert_eq!(
            number(&chip),
            expected,
            "cohort {id} on its roster page: {chip}"
        );
    }

    let (header, rows) = csv_rows(&coordinator.get(&format!("{PAGE}/host-cities.csv")).await);
    let (city, delivered, allocation) = (
        column(&header, "Host city"),
        column(&header, "Delivered"),
        column(&header, "Allocation"),
    );
    let qingdao = rows.iter().find(|r| r[city] == "Qingdao").unwrap();
    assert_eq!(qingdao[allocation], "200");
    let qingdao_done = done
        .iter()
        .filter(|(c, _)| [1, 3].contains(&c.0))
        .count()
        .to_string();
    assert_eq!(qingdao[delivered], qingdao_done);
    let (header, rows) = csv_rows(
        &coordinator
            .get(&format!("{PAGE}/host-city-years.csv"))
            .await,
    );
    let row = rows
        .iter()
        .find(|r| {
            r[column(&header, "Host city")] == "Qingdao" && r[column(&header, "Year")] == "2023"
        })
        .unwrap();
    assert_eq!(row[column(&header, "Target")], "70");
    let in_2023 = done.iter().filter(|(c, _)| c.0 == 1).count().to_string();
    assert_eq!(row[column(&header, "Delivered")], in_2023);
}

#[tokio::test]
async fn a_person_trained_twice_is_two_places_and_one_person_and_new_cohorts_are_projected() {
    let app = TestApp::with_demo().await;
    let coordinator = app.coordinator().await;
    let before: Value =
        serde_json::from_str(&coordinator.get(&format!("{PAGE}.json")).await.body).unwrap();

    let veteran = app
        .roster(CohortId(1))
        .into_iter()
        .find(|e| {
            e.enrollment.status == EnrollmentStatus::Completed
                && e.trainee.sealed_passport.is_some()
        })
        .unwrap()
        .trainee;
    let autumn = app.empty_cohort("2025 autumn course — Xi'an", 40);
    let again = app.enrol_again(&veteran, autumn);
    assert_eq!(again, veteran.id, "the passport finds the same person");

    let after_nomination: Value =
        serde_json::from_str(&coordinator.get(&format!("{PAGE}.json")).await.body).unwrap();
    assert_eq!(
        after_nomination["nominated"],
        before["nominated"].as_i64().unwrap() + 1
    );
    assert_eq!(
        after_nomination["upcoming"],
        before["upcoming"].as_i64().unwrap() + 40
    );
    assert_eq!(
        after_nomination["projected"],
        after_nomination["delivered"].as_i64().unwrap()
            + after_nomination["upcoming"].as_i64().unwrap()
    );

    for status in [EnrollmentStatus::Confirmed, EnrollmentStatus::Arrived] {
        app.with_conn(|conn| {
            roster::change_status(conn, autumn, veteran.id, status, None, test_now()).unwrap()
        });
    }
    let arrived: Value =
        serde_json::from_str(&coordinator.get(&format!("{PAGE}.json")).await.body).unwrap();
    assert_eq!(
        arrived["in_progress"],
        before["in_progress"].as_i64().unwrap() + 1
    );
    assert_eq!(arrived["nominated"], before["nominated"]);

    app.with_conn(|conn| {
        roster::change_status(
            conn,
            autumn,
            veteran.id,
            EnrollmentStatus::Completed,
            None,
            test_now(),
        )
        .unwrap()
    });
    let page = coordinator.get(PAGE).await;
    let after: Value =
        serde_json::from_str(&coordinator.get(&format!("{PAGE}.json")).await.body).unwrap();
    assert_eq!(
        after["delivered"],
        before["delivered"].as_i64().unwrap() + 1,
        "a second place"
    );
    assert_eq!(
        after["people_trained"], before["people_trained"],
        "the same person"
    );
    assert_eq!(
        figure(&page, "figure-delivered"),
        after["delivered"].as_i64().unwrap()
    );
    assert_eq!(
        figure(&page, "figure-people"),
        before["people_trained"].as_i64().unwrap()
    );
    assert_eq!(
        after["upcoming"],
        before["upcoming"].as_i64().unwrap() + 39,
        "one of 40 delivered"
    );
    let country = |v: &Value| -> (i64, i64) {
        let row = v["by_country"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["code"] == veteran.country_code.as_str())
            .unwrap()
            .clone();
        (
            row["delivered"].as_i64().unwrap(),
            row["people_trained"].as_i64().unwrap(),
        )
    };
    let (places_before, people_before) = country(&before);
    assert_eq!(country(&after), (places_before + 1, people_before));
    let by_year: HashMap<i64, i64> = after["by_year"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["year"].as_i64().unwrap(),
                r["people_trained"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        by_year[&2025],
        before["by_year"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["year"] == 2025)
            .unwrap()["people_trained"]
            .as_i64()
            .unwrap()
            + 1
    );
}

#[tokio::test]
async fn the_charts_and_downloads_speak_the_readers_language() {
    let app = TestApp::with_demo().await;
    let coordinator = app.coordinator().await;
    coordinator
        .submit("/", "/language", &[("lang", "ru")])
        .await;
    let page = coordinator.get(PAGE).await;
    assert_eq!(page.text("h1"), "Ход выполнения");
    let delivered = figure(&page, "figure-delivered");
    assert!(
        page.text("svg.burn-up desc")
            .starts_with(&format!("Обучено {delivered} из 1 000 мест")),
        "{}",
        page.text("svg.burn-up desc")
    );
    assert_eq!(page.text("svg.burn-up .target-label"), "Цель: 1 000");
    assert_eq!(
        page.texts("svg.burn-up .tick")
            .iter()
            .filter(|t| t.len() == 4)
            .cloned()
            .collect::<Vec<_>>(),
        ["2023", "2024", "2025"],
        "years along the bottom"
    );
    let short = 1000 - delivered;
    assert!(
        page.text(".verdict")
            .contains(&format!("не хватает {short} мест"))
    );
    let cities = page.texts("svg.bars .label");
    assert!(cities.contains(&"Qingdao".to_owned()));
    assert!(cities.contains(&"Казахстан".to_owned()), "{cities:?}");

    let (header, rows) = csv_rows(&coordinator.get(&format!("{PAGE}/countries.csv")).await);
    assert_eq!(header[..3], ["Код страны", "Страна", "Обучено мест"]);
    let kazakhstan = rows.iter().find(|r| r[0] == "KZ").unwrap();
    assert_eq!(kazakhstan[1], "Казахстан");

    coordinator
        .submit("/", "/language", &[("lang", "zh")])
        .await;
    let page = coordinator.get(PAGE).await;
    assert_eq!(page.text("svg.burn-up .target-label"), "目标: 1,000");
    assert!(
        page.text(".definitions")
            .contains("一个名额即一条已结业的报名")
    );
}

#[tokio::test]
async fn only_staff_see_progress() {
    let app = TestApp::with_demo().await;
    let anonymous = app.visitor();
    for path in [
        PAGE,
        "/progress",
        "/commitments/1/progress.json",
        "/commitments/1/progress/cohorts.csv",
    ] {
        let page = anonymous.get(path).await;
        assert_eq!(page.status, 303, "{path}");
        assert!(page.location.unwrap().starts_with("/login"), "{path}");
    }
    let coordinator = app.coordinator().await;
    let first = coordinator.get("/progress").await;
    assert_eq!(
        first.location.as_deref(),
        Some(PAGE),
        "the menu's Progress opens the commitment"
    );
    assert_eq!(
        coordinator.get("/commitments/99/progress").await.status,
        404
    );
    assert_eq!(
        coordinator
            .get("/commitments/1/progress/passports.csv")
            .await
            .status,
        404
    );
}

/// The figure a table's row (found by its heading) holds in its cell `data-figure`.
fn cell(page: &Page, table: &str, row: &str, figure: &str) -> i64 {
    let html = page.html();
    let rows =
        scraper::Selector::parse(&format!("section[data-table='{table}'] tbody tr")).unwrap();
    let heading = scraper::Selector::parse("th").unwrap();
    let value = scraper::Selector::parse(&format!("td[data-figure='{figure}']")).unwrap();
    let line = html
        .select(&rows)
        .find(|tr| {
            tr.select(&heading)
                .next()
                .is_some_and(|th| th.text().collect::<String>().trim() == row)
        })
        .unwrap_or_else(|| panic!("no row {row} in {table}"));
    let text: String = line.select(&value).next().unwrap().text().collect();
    number(&text)
}

#[tokio::test]
async fn every_bar_of_the_charts_holds_the_figures_of_the_table_beside_it() {
    let app = TestApp::with_demo().await;
    let page = app.coordinator().await.get(PAGE).await;
    let html = page.html();
    let charts: Vec<_> = html
        .select(&scraper::Selector::parse("svg.bars").unwrap())
        .collect();
    assert_eq!(charts.len(), 2, "host cities and countries");
    let group = scraper::Selector::parse("g").unwrap();
    let label = scraper::Selector::parse(".label").unwrap();
    let rect = scraper::Selector::parse("rect").unwrap();
    let mark = scraper::Selector::parse("line.allocation-mark title").unwrap();
    let mut compared = 0;
    for (chart, table, legend) in [
        (&charts[0], "host-cities", "#host-cities-legend"),
        (&charts[1], "countries", "#countries-legend"),
    ] {
        let named: Vec<String> = page.texts(&format!("{legend} li"));
        for bar in chart.select(&group) {
            let row: String = bar.select(&label).next().unwrap().text().collect();
            let mut total = 0;
            for segment in bar.select(&rect) {
                let kind = segment.value().attr("class").unwrap();
                let figure = kind.trim_start_matches("progress-");
                let title: String = segment.text().collect();
                let (name, value) = title.rsplit_once(": ").unwrap();
                assert_eq!(
                    number(value),
                    cell(&page, table, &row, figure),
                    "{row}: the bar's {figure} is the table's"
                );
                assert!(
                    named.contains(&name.to_owned()),
                    "{name} is in the legend: {named:?}"
                );
                total += number(value);
                compared += 1;
            }
            let shown: String = bar
                .select(&scraper::Selector::parse("text.value").unwrap())
                .next()
                .unwrap()
                .text()
                .collect();
            assert_eq!(
                number(shown.split(" / ").next().unwrap()),
                total,
                "{row}: the bar's length is the sum of its parts"
            );
            if let Some(line) = bar.select(&mark).next() {
                let title: String = line.text().collect();
                let (_, value) = title.rsplit_once(": ").unwrap();
                assert_eq!(number(value), cell(&page, table, &row, "allocation"));
            }
        }
    }
    assert!(compared > 6, "{compared} segments compared");
}

/// The numbers of a row's cells, blank cells left out.
fn numbers(cells: impl IntoIterator<Item = String>) -> Vec<i64> {
    cells
        .into_iter()
        .filter(|c| !c.trim().is_empty())
        .map(|c| number(&c))
        .collect()
}

#[tokio::test]
async fn every_table_ends_with_a_totals_row_that_adds_up_and_is_the_same_in_its_files() {
    let app = TestApp::with_demo().await;
    // One official completes a second course in another host city: two places, one person.
    let veteran = app
        .roster(CohortId(1))
        .into_iter()
        .find(|e| e.trainee.sealed_passport.is_some())
        .unwrap()
        .trainee;
    let elsewhere = app
        .all_cohorts()
        .into_iter()
        .find(|c| c.allocation_id != app.all_cohorts()[0].allocation_id)
        .unwrap()
        .id;
    app.enrol_again(&veteran, elsewhere);
    for status in [
        EnrollmentStatus::Confirmed,
        EnrollmentStatus::Arrived,
        EnrollmentStatus::Completed,
    ] {
        app.with_conn(|conn| {
            roster::change_status(conn, elsewhere, veteran.id, status, None, test_now()).unwrap()
        });
    }
    let coordinator = app.coordinator().await;
    let page = coordinator.get(PAGE).await;
    let delivered = figure(&page, "figure-delivered");
    let people = figure(&page, "figure-people");
    assert!(people < delivered);

    for table in [
        "host-cities",
        "host-city-years",
        "years",
        "countries",
        "cohorts",
    ] {
        let section = format!("section[data-table='{table}']");
        assert_eq!(page.text(&format!("{section} tfoot th")), "Total");
        let total = |f: &str| number(&page.text(&format!("{section} tfoot td[data-figure='{f}']")));
        let rows = |f: &str| -> i64 {
            page.texts(&format!("{section} tbody td[data-figure='{f}']"))
                .iter()
                .map(|t| number(t))
                .sum()
        };
        for f in [
            "delivered",
            "in-progress",
            "not-completed",
            "confirmed",
            "nominated",
        ] {
            assert_eq!(total(f), rows(f), "{table}: {f} adds up");
        }
        assert_eq!(
            total("delivered"),
            delivered,
            "{table}: the commitment's places"
        );
        assert_eq!(total("people"), people, "{table}: each person once");

        // The file's last line is the page's totals row, figure for figure.
        let (_, lines) = csv_rows(&coordinator.get(&format!("{PAGE}/{table}.csv")).await);
        let last = lines.last().unwrap();
        assert_eq!(last[0], "Total", "{table}");
        assert_eq!(
            numbers(last[1..].iter().cloned()),
            numbers(page.texts(&format!("{section} tfoot td"))),
            "{table}"
        );
    }
    // Columns of places add up too, and the host cities' remaining places are theirs added up.
    let sum = |table: &str, nth: usize| -> i64 {
        page.texts(&format!(
            "section[data-table='{table}'] tbody tr td:nth-of-type({nth})"
        ))
        .iter()
        .map(|t| number(t))
        .sum()
    };
    let foot = |table: &str, nth: usize| {
        number(&page.text(&format!(
            "section[data-table='{table}'] tfoot td:nth-of-type({nth})"
        )))
    };
    assert_eq!(foot("host-cities", 1), sum("host-cities", 1), "allocations");
    assert_eq!(foot("host-cities", 9), sum("host-cities", 9), "remaining");
    assert_eq!(foot("years", 1), sum("years", 1), "targets");
}
