//! A cohort's groups for parallel sessions.

use crate::helpers::TestApp;

#[tokio::test]
async fn trainees_are_split_into_groups_which_are_then_renamed_and_changed() {
    let app = TestApp::with_demo().await;
    let cohort = app.empty_cohort("2025 SCO Rural Governance Seminar — Xi'an", 30);
    let organizer = app.organizer().await;
    organizer.enrol(cohort, 10).await;
    let groups = format!("/cohorts/{cohort}/groups");

    let refused = organizer
        .submit(&groups, &format!("{groups}/split"), &[("count", "13")])
        .await;
    assert_eq!(refused.status, 422);
    assert_eq!(refused.field_error("count"), "Enter a number from 2 to 12.");
    assert_eq!(refused.attr("#count", "value").as_deref(), Some("13"));

    let split = organizer
        .submit(&groups, &format!("{groups}/split"), &[("count", "3")])
        .await;
    assert_eq!(split.status, 303);
    let page = organizer.get(&groups).await;
    assert_eq!(page.texts(".card h2"), ["Group 1", "Group 2", "Group 3"]);
    let card = scraper::Selector::parse(".cards .card").unwrap();
    let member = scraper::Selector::parse("li").unwrap();
    let html = page.html();
    let sizes: Vec<usize> = html
        .select(&card)
        .map(|c| c.select(&member).count())
        .collect();
    assert_eq!(
        sizes,
        [4, 3, 3],
        "everyone in exactly one group, sizes as even as can be"
    );

    let edit = page.attr(".card a[href$='/edit']", "href").unwrap();
    let form = organizer.get(&edit).await;
    let first_member = form.attr("input[name=members][checked]", "value").unwrap();
    let action = edit.trim_end_matches("/edit").to_owned();
    let renamed = organizer
        .submit(
            &edit,
            &action,
            &[("name", "Kyrgyz officials"), ("members", &first_member)],
        )
        .await;
    assert_eq!(renamed.status, 303, "{}", renamed.body);
    let page = organizer.get(&groups).await;
    assert_eq!(
        page.texts(".card h2"),
        ["Group 2", "Group 3", "Kyrgyz officials"]
    );

    let taken = organizer
        .submit(&edit, &action, &[("name", "Group 2")])
        .await;
    assert_eq!(taken.status, 422);
    assert_eq!(
        taken.field_error("name"),
        "This cohort already has a group with this name."
    );
}

#[tokio::test]
async fn a_group_with_sessions_is_not_deleted() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    let page = organizer.get("/cohorts/1/groups").await;
    let delete = page
        .attr(".card form[action$='/delete']", "action")
        .unwrap();
    let answer = organizer.submit("/cohorts/1/groups", &delete, &[]).await;
    assert_eq!(answer.status, 303);
    let after = organizer.get("/cohorts/1/groups").await;
    assert_eq!(
        after.text(".flash"),
        "3 sessions are for this group; give them to other groups or the whole cohort first."
    );
    assert_eq!(
        after.texts(".card h2").len(),
        4,
        "all four groups are still there"
    );

    let empty = organizer
        .submit(
            "/cohorts/1/groups",
            "/cohorts/1/groups",
            &[("name", "Spare group")],
        )
        .await;
    assert_eq!(empty.status, 303);
    let page = organizer.get("/cohorts/1/groups").await;
    let spare = page
        .html()
        .select(&scraper::Selector::parse(".card").unwrap())
        .find(|card| card.text().any(|t| t.contains("Spare group")))
        .and_then(|card| {
            card.select(&scraper::Selector::parse("form[action$='/delete']").unwrap())
                .next()
                .and_then(|f| f.value().attr("action").map(str::to_owned))
        })
        .unwrap();
    assert_eq!(
        organizer
            .submit("/cohorts/1/groups", &spare, &[])
            .await
            .status,
        303
    );
    let page = organizer.get("/cohorts/1/groups").await;
    assert_eq!(page.text(".flash"), "Group deleted.");
    assert_eq!(page.texts(".card h2").len(), 4);
}
