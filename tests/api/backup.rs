//! The backups `serve` takes by itself: one a day into a folder, the oldest removed beyond the number
//! kept. (Taking and restoring a backup through the commands is in `server.rs`.)

use chrono::Duration;
use cohortdesk::services::backup;

use crate::helpers::{TestApp, test_now};

#[tokio::test]
async fn daily_backups_keep_the_newest_as_many_as_the_setting_says() {
    let app = TestApp::with_demo().await;
    let folder = tempfile::tempdir().unwrap();
    let settings = (*app.state.settings).clone();
    let mut written = Vec::new();
    for day in 0..4 {
        let now = test_now() + Duration::days(day);
        let (settings, path) = (settings.clone(), folder.path().to_owned());
        let taken = tokio::task::spawn_blocking(move || backup::daily(&settings, &path, 2, now))
            .await
            .unwrap()
            .unwrap();
        written.push(taken);
    }
    let mut kept: Vec<_> = std::fs::read_dir(folder.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    kept.sort();
    assert_eq!(kept, written[2..], "the two newest");
    assert!(
        kept[0].ends_with("cohortdesk-2023-06-18-013000.tar"),
        "{kept:?}"
    );
}
