use std::collections::BTreeSet;
use std::path::Path;

use cohortdesk::i18n::{Lang, Msg};

use crate::helpers::{ORGANIZER_EMAIL, TestApp};

/// The message ids defined in one language's Fluent files.
fn keys(lang: &str) -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang);
    let mut keys = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for line in text.lines() {
            if let Some((id, _)) = line.split_once(" =")
                && !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                keys.insert(id.to_owned());
            }
        }
    }
    keys
}

/// Every source and template file, concatenated.
fn code() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = String::new();
    let mut dirs = vec![root.join("src"), root.join("templates")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                out.push_str(&std::fs::read_to_string(path).unwrap());
            }
        }
    }
    out
}

#[test]
fn every_key_exists_in_english_chinese_and_russian() {
    let en = keys("en");
    assert!(en.len() > 100, "the English files define the keys");
    for lang in ["zh", "ru"] {
        let other = keys(lang);
        let missing: Vec<_> = en.difference(&other).collect();
        let extra: Vec<_> = other.difference(&en).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(extra.is_empty(), "{lang} has keys English lacks: {extra:?}");
    }
}

#[test]
fn every_key_is_used_and_every_used_key_exists() {
    let en = keys("en");
    let code = code();
    let unused: Vec<_> = en
        .iter()
        .filter(|key| !code.contains(&format!("\"{key}\"")))
        .collect();
    assert!(unused.is_empty(), "keys no code uses: {unused:?}");

    let mut used = BTreeSet::new();
    for call in [".t(\"", ".count(\"", "Msg::new(\"", "flash(&req, \""] {
        for piece in code.split(call).skip(1) {
            if let Some((key, _)) = piece.split_once('"') {
                used.insert(key.to_owned());
            }
        }
    }
    let undefined: Vec<_> = used.difference(&en).collect();
    assert!(
        undefined.is_empty(),
        "keys used but never defined: {undefined:?}"
    );
}

#[test]
fn russian_plurals_follow_russian_grammar() {
    let places = |n: i64| Lang::Ru.msg(&Msg::new("places-count").with("count", n));
    assert_eq!(places(1), "1 место");
    assert_eq!(places(2), "2 места");
    assert_eq!(places(5), "5 мест");
    assert_eq!(places(11), "11 мест");
    assert_eq!(places(21), "21 место");
    assert_eq!(places(24), "24 места");
    assert_eq!(places(1000), "1\u{a0}000 мест");
    let en = |n: i64| Lang::En.msg(&Msg::new("places-count").with("count", n));
    assert_eq!(en(1), "1 place");
    assert_eq!(en(1000), "1,000 places");
    assert_eq!(
        Lang::Zh.msg(&Msg::new("places-count").with("count", 70)),
        "70 个名额"
    );
}

#[test]
fn russian_and_chinese_follow_the_trainees_gender() {
    let greeting = |lang: Lang, gender: &str, name: &str| {
        lang.msg(
            &Msg::new("mail-greeting")
                .with("name", name)
                .with("gender", gender),
        )
    };
    assert_eq!(greeting(Lang::Ru, "female", "Аида"), "Уважаемая Аида!");
    assert_eq!(greeting(Lang::Ru, "male", "Нурлан"), "Уважаемый Нурлан!");
    assert_eq!(
        greeting(Lang::Ru, "unknown", "Wang Fang"),
        "Здравствуйте, Wang Fang!",
        "an account, whose gender nobody gave"
    );
    assert_eq!(
        greeting(Lang::Zh, "female", "阿依达"),
        "尊敬的 阿依达 女士："
    );
    assert_eq!(greeting(Lang::Zh, "male", "努尔兰"), "尊敬的 努尔兰 先生：");
    assert_eq!(greeting(Lang::Zh, "unknown", "王芳"), "尊敬的 王芳：");
    assert_eq!(greeting(Lang::En, "female", "Aida"), "Dear Aida,");

    let already = |gender: &str, mark: &str| {
        Lang::Ru.msg(
            &Msg::new("checkin-already")
                .with("mark", mark)
                .with("gender", gender)
                .with("time", "09:30"),
        )
    };
    assert_eq!(
        already("female", "present"),
        "Вы уже отмечены как присутствующая (в 09:30)."
    );
    assert_eq!(
        already("male", "present"),
        "Вы уже отмечены как присутствующий (в 09:30)."
    );
    assert_eq!(
        already("female", "late"),
        "Вы уже отмечены как опоздавшая (в 09:30)."
    );
    assert!(already("female", "absent").starts_with("Вы уже отмечены как отсутствующая"));
    let left = |gender: &str| Lang::Ru.msg(&Msg::new("mail-skip-withdrawn").with("gender", gender));
    assert_eq!(left("female"), "выбыла или не приехала");
    assert_eq!(left("male"), "выбыл или не приехал");
}

#[tokio::test]
async fn the_language_follows_accept_language_until_the_visitor_chooses() {
    let app = TestApp::with_staff().await;
    let visitor = app.visitor();
    let zh = visitor
        .get_with("/login", &[("accept-language", "zh-CN,zh;q=0.9,en;q=0.5")])
        .await;
    assert_eq!(zh.attr("html", "lang").as_deref(), Some("zh"));
    assert_eq!(zh.text("h1"), "登录");
    let ru = visitor
        .get_with("/login", &[("accept-language", "ru-RU,ru;q=0.9")])
        .await;
    assert_eq!(ru.text("h1"), "Вход");
    let other = visitor
        .get_with("/login", &[("accept-language", "kk-KZ")])
        .await;
    assert_eq!(
        other.text("h1"),
        "Log in",
        "English when no offered language is acceptable"
    );

    let switched = visitor
        .submit("/login", "/language", &[("lang", "ru"), ("next", "/login")])
        .await;
    assert_eq!(switched.status, 303);
    assert_eq!(switched.location.as_deref(), Some("/login"));
    let page = visitor
        .get_with("/login", &[("accept-language", "zh-CN")])
        .await;
    assert_eq!(
        page.text("h1"),
        "Вход",
        "the chosen language beats the browser's"
    );
    assert_eq!(
        page.attr("button[aria-pressed=true]", "value").as_deref(),
        Some("ru")
    );
}

#[tokio::test]
async fn a_logged_in_users_choice_is_kept_on_their_profile() {
    let app = TestApp::with_staff().await;
    let organizer = app.organizer().await;
    let switched = organizer
        .submit("/", "/language", &[("lang", "zh"), ("next", "/cohorts")])
        .await;
    assert_eq!(switched.location.as_deref(), Some("/cohorts"));
    assert_eq!(organizer.get("/cohorts").await.text("h1"), "培训班");

    let elsewhere = app.logged_in(ORGANIZER_EMAIL).await;
    let page = elsewhere.get_with("/", &[("accept-language", "ru")]).await;
    assert_eq!(
        page.text("h1"),
        "概览",
        "another browser shows the profile's language"
    );
}

#[tokio::test]
async fn an_unknown_language_is_refused() {
    let app = TestApp::with_staff().await;
    let visitor = app.visitor();
    let page = visitor
        .submit("/login", "/language", &[("lang", "fr")])
        .await;
    assert_eq!(page.status, 400);
    assert_eq!(page.text("h1"), "Bad request");
}

#[tokio::test]
async fn pages_speak_russian_with_russian_dates_and_numbers() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    organizer.submit("/", "/language", &[("lang", "ru")]).await;
    let cohort = organizer.get("/cohorts/1").await;
    let facts = cohort.text("dl.facts");
    assert!(facts.contains("15–21 июня 2023 г. (7 дней)"), "{facts}");
    assert!(facts.contains("70 мест"), "{facts}");
    assert!(facts.contains("Завершена"), "{facts}");
    let commitment = organizer.get("/commitments/1").await;
    assert!(
        commitment.body.contains("1\u{a0}000"),
        "thousands are grouped with a no-break space"
    );

    let error = organizer.get("/cohorts/999").await;
    assert_eq!(error.text("h1"), "Не найдено");

    let refused = organizer
        .submit("/cohorts/new", "/cohorts", &[("name", "")])
        .await;
    assert_eq!(refused.status, 422);
    assert_eq!(refused.field_error("name"), "Заполните это поле.");
    assert!(refused.text(".error-summary").starts_with("Исправьте"));
}

#[tokio::test]
async fn pages_speak_chinese() {
    let app = TestApp::with_demo().await;
    let organizer = app.organizer().await;
    organizer.submit("/", "/language", &[("lang", "zh")]).await;
    let cohort = organizer.get("/cohorts/1").await;
    let facts = cohort.text("dl.facts");
    assert!(facts.contains("2023年6月15–21日"), "{facts}");
    assert!(facts.contains("已结业"), "{facts}");
    assert_eq!(cohort.text("nav.main a[aria-current=page]"), "培训班");
}
