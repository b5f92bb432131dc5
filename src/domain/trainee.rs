//! Trainees and their enrollments: the fields of the trainee form (which are also the columns of the
//! roster CSV), how each is parsed, and the rules of an enrollment's status.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use diesel::deserialize::FromSqlRow;
use diesel::expression::AsExpression;

use crate::domain::account::Email;
use crate::domain::ids::GroupId;
use crate::domain::input::{TEXT_MAX, optional_multiline, optional_text, required_text};
use crate::domain::time::to_utc;
use crate::domain::translation::guess_language;
use crate::form_errors::FormErrors;
use crate::i18n::{Lang, Msg};

/// Longest family or given name.
const NAME_MAX: usize = 100;
/// Longest organization, position, hotel or airport.
const LINE_MAX: usize = 200;
/// Longest short code: phone, flight, room.
const SHORT_MAX: usize = 60;
/// Longest passport number (ICAO documents use at most 9; some national ones more).
const PASSPORT_MAX: usize = 20;

/// The columns of a roster file, in the order the export writes them; the trainee form uses the same names.
pub const COLUMNS: [&str; 25] = [
    "family_name",
    "given_name",
    "native_name",
    "gender",
    "date_of_birth",
    "country",
    "organization",
    "position",
    "email",
    "phone",
    "preferred_language",
    "dietary_requirements",
    "accessibility_needs",
    "passport_number",
    "passport_expiry",
    "notes",
    "status",
    "arrival",
    "arrival_flight",
    "arrival_airport",
    "departure",
    "departure_flight",
    "departure_airport",
    "hotel",
    "room",
];

/// Each column's heading in the reader's language (a translation key), as templates and exports write
/// it, and the other headings ministries use for it in English, Russian and Chinese. An import accepts
/// the column's name, its heading in any of the three languages, and these.
pub const COLUMN_HEADINGS: [(&str, &str, &[&str]); 25] = [
    (
        "family_name",
        "roster-column-family-name",
        &["surname", "last name", "фамилия", "姓", "姓氏"],
    ),
    (
        "given_name",
        "roster-column-given-name",
        &["first name", "given names", "имя", "名", "名字"],
    ),
    (
        "native_name",
        "roster-column-native-name",
        &[
            "name in native script",
            "фио",
            "ф и о",
            "имя на родном языке",
            "本国文字姓名",
            "原文姓名",
        ],
    ),
    ("gender", "roster-column-gender", &["sex", "пол", "性别"]),
    (
        "date_of_birth",
        "roster-column-date-of-birth",
        &[
            "birth date",
            "born",
            "dob",
            "дата рождения",
            "出生日期",
            "出生年月日",
        ],
    ),
    (
        "country",
        "roster-column-country",
        &[
            "nationality",
            "citizenship",
            "страна",
            "гражданство",
            "国家",
            "国籍",
        ],
    ),
    (
        "organization",
        "roster-column-organization",
        &[
            "organisation",
            "employer",
            "организация",
            "место работы",
            "单位",
            "工作单位",
        ],
    ),
    (
        "position",
        "roster-column-position",
        &["job title", "post", "должность", "职务", "职位"],
    ),
    (
        "email",
        "roster-column-email",
        &[
            "e mail",
            "email address",
            "электронная почта",
            "эл почта",
            "почта",
            "电子邮件",
            "电子邮箱",
            "邮箱",
        ],
    ),
    (
        "phone",
        "roster-column-phone",
        &[
            "telephone",
            "mobile",
            "phone number",
            "телефон",
            "мобильный телефон",
            "电话",
            "手机",
            "联系电话",
        ],
    ),
    (
        "preferred_language",
        "roster-column-preferred-language",
        &["language", "язык", "语言", "首选语言"],
    ),
    (
        "dietary_requirements",
        "roster-column-dietary",
        &[
            "diet",
            "dietary needs",
            "питание",
            "особенности питания",
            "饮食要求",
            "饮食禁忌",
        ],
    ),
    (
        "accessibility_needs",
        "roster-column-accessibility",
        &["accessibility", "особые потребности", "无障碍需求"],
    ),
    (
        "passport_number",
        "roster-column-passport-number",
        &[
            "passport",
            "passport no",
            "номер паспорта",
            "паспорт",
            "护照号码",
            "护照号",
        ],
    ),
    (
        "passport_expiry",
        "roster-column-passport-expiry",
        &[
            "passport expiry date",
            "passport valid until",
            "срок действия паспорта",
            "паспорт действителен до",
            "护照有效期",
            "护照有效期至",
        ],
    ),
    (
        "notes",
        "roster-column-notes",
        &["remarks", "comments", "примечания", "примечание", "备注"],
    ),
    ("status", "roster-column-status", &["статус", "状态"]),
    (
        "arrival",
        "roster-column-arrival",
        &[
            "arrival time",
            "прибытие",
            "дата и время прибытия",
            "抵达时间",
            "到达时间",
        ],
    ),
    (
        "arrival_flight",
        "roster-column-arrival-flight",
        &["рейс прибытия", "抵达航班"],
    ),
    (
        "arrival_airport",
        "roster-column-arrival-airport",
        &["аэропорт прибытия", "抵达机场"],
    ),
    (
        "departure",
        "roster-column-departure",
        &[
            "departure time",
            "отъезд",
            "убытие",
            "дата и время отъезда",
            "离开时间",
            "返程时间",
        ],
    ),
    (
        "departure_flight",
        "roster-column-departure-flight",
        &["рейс отъезда", "返程航班"],
    ),
    (
        "departure_airport",
        "roster-column-departure-airport",
        &["аэропорт отъезда", "返程机场"],
    ),
    (
        "hotel",
        "roster-column-hotel",
        &["гостиница", "отель", "酒店", "宾馆"],
    ),
    (
        "room",
        "roster-column-room",
        &["room number", "номер комнаты", "комната", "房间", "房间号"],
    ),
];

/// A heading as compared with the known ones: lower case, without what is in brackets, marks such as
/// `*` and `:`, and with spaces, underscores and hyphens alike.
pub fn heading_key(text: &str) -> String {
    let mut depth = 0usize;
    let mut kept = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '(' | '[' | '（' => depth += 1,
            ')' | ']' | '）' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            '*' | ':' | '：' | '.' | '\u{feff}' => {}
            '_' | '-' | '\u{a0}' => kept.push(' '),
            c => kept.extend(c.to_lowercase()),
        }
    }
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Finds the column a heading names, in any of the three languages.
#[derive(Debug, Clone)]
pub struct Headings(HashMap<String, &'static str>);

impl Headings {
    pub fn new() -> Headings {
        let mut known = HashMap::new();
        for (column, label_key, aliases) in COLUMN_HEADINGS {
            let labels = Lang::ALL.map(|lang| lang.t(label_key));
            for text in std::iter::once(column)
                .chain(aliases.iter().copied())
                .chain(labels.iter().map(String::as_str))
            {
                known.insert(heading_key(text), column);
            }
        }
        Headings(known)
    }

    pub fn find(&self, heading: &str) -> Option<&'static str> {
        self.0.get(&heading_key(heading)).copied()
    }
}

impl Default for Headings {
    fn default() -> Self {
        Headings::new()
    }
}

/// Columns an import cannot do without.
pub const REQUIRED_COLUMNS: [&str; 4] = ["family_name", "given_name", "gender", "country"];

/// Columns that hold passport data, left out of exports unless asked for.
pub const PASSPORT_COLUMNS: [&str; 2] = ["passport_number", "passport_expiry"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, AsExpression, FromSqlRow)]
#[diesel(sql_type = diesel::sql_types::Text)]
pub enum Gender {
    Female,
    Male,
}

impl Gender {
    pub const ALL: [Gender; 2] = [Gender::Female, Gender::Male];

    pub fn as_str(self) -> &'static str {
        match self {
            Gender::Female => "female",
            Gender::Male => "male",
        }
    }

    /// Reads the usual ways a spreadsheet writes it, in English, Russian or Chinese.
    pub fn parse(text: &str) -> Option<Gender> {
        match text.trim().to_lowercase().as_str() {
            "female" | "f" | "woman" | "ж" | "жен" | "женский" | "女" => {
                Some(Gender::Female)
            }
            "male" | "m" | "man" | "м" | "муж" | "мужской" | "男" => Some(Gender::Male),
            _ => None,
        }
    }

    pub fn label_key(self) -> &'static str {
        match self {
            Gender::Female => "gender-female",
            Gender::Male => "gender-male",
        }
    }
}

crate::db::stored_as_text!(Gender);
crate::domain::ids::serialized_as_text!(Gender);

/// Where an enrollment (one training place) stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, AsExpression, FromSqlRow)]
#[diesel(sql_type = diesel::sql_types::Text)]
pub enum EnrollmentStatus {
    Nominated,
    Confirmed,
    Arrived,
    Completed,
    Withdrawn,
    NoShow,
    /// Took part but did not meet the completion rule when completions were confirmed: a final status,
    /// apart from a no-show (who never came).
    NotCompleted,
}

impl EnrollmentStatus {
    pub const ALL: [EnrollmentStatus; 7] = [
        EnrollmentStatus::Nominated,
        EnrollmentStatus::Confirmed,
        EnrollmentStatus::Arrived,
        EnrollmentStatus::Completed,
        EnrollmentStatus::NotCompleted,
        EnrollmentStatus::Withdrawn,
        EnrollmentStatus::NoShow,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EnrollmentStatus::Nominated => "nominated",
            EnrollmentStatus::Confirmed => "confirmed",
            EnrollmentStatus::Arrived => "arrived",
            EnrollmentStatus::Completed => "completed",
            EnrollmentStatus::Withdrawn => "withdrawn",
            EnrollmentStatus::NoShow => "no_show",
            EnrollmentStatus::NotCompleted => "not_completed",
        }
    }

    pub fn parse(text: &str) -> Option<EnrollmentStatus> {
        let text = text.trim().to_lowercase().replace(['-', ' '], "_");
        EnrollmentStatus::ALL
            .into_iter()
            .find(|s| s.as_str() == text)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            EnrollmentStatus::Nominated => "enrollment-status-nominated",
            EnrollmentStatus::Confirmed => "enrollment-status-confirmed",
            EnrollmentStatus::Arrived => "enrollment-status-arrived",
            EnrollmentStatus::Completed => "enrollment-status-completed",
            EnrollmentStatus::Withdrawn => "enrollment-status-withdrawn",
            EnrollmentStatus::NoShow => "enrollment-status-no-show",
            EnrollmentStatus::NotCompleted => "enrollment-status-not-completed",
        }
    }

    /// Whether the trainee is still expected on the course: neither withdrawn nor a no-show.
    pub fn takes_part(self) -> bool {
        !matches!(self, EnrollmentStatus::Withdrawn | EnrollmentStatus::NoShow)
    }

    /// Whether the enrollment takes one of the cohort's places (confirmed, arrived, completed or not).
    pub fn holds_place(self) -> bool {
        matches!(
            self,
            EnrollmentStatus::Confirmed
                | EnrollmentStatus::Arrived
                | EnrollmentStatus::Completed
                | EnrollmentStatus::NotCompleted
        )
    }

    /// One step along nominated → confirmed → arrived → completed (or back, to correct a mistake);
    /// withdrawn from any step before completion; no-show instead of arriving; did not complete instead of
    /// completing; and back from each.
    pub fn can_become(self, next: EnrollmentStatus) -> bool {
        use EnrollmentStatus::*;
        self == next
            || matches!(
                (self, next),
                (Nominated, Confirmed | Withdrawn)
                    | (Confirmed, Nominated | Arrived | Withdrawn | NoShow)
                    | (Arrived, Confirmed | Completed | NotCompleted | Withdrawn)
                    | (Completed | NotCompleted, Arrived)
                    | (Withdrawn, Nominated)
                    | (NoShow, Confirmed)
            )
    }
}

/// What the roster's bulk action does to the trainees chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BulkAction {
    /// Each takes this status (one step from where they are).
    Status(EnrollmentStatus),
    /// Each joins this group and leaves the cohort's others.
    Group(GroupId),
    /// Each who has no personal link gets one.
    IssueLinks,
}

impl BulkAction {
    /// As the roster's form sends it: `status:arrived`, `group:3`, `links`.
    pub fn parse(text: &str) -> Option<BulkAction> {
        match text.trim().split_once(':') {
            Some(("status", status)) => EnrollmentStatus::parse(status).map(BulkAction::Status),
            Some(("group", id)) => id.parse().ok().map(BulkAction::Group),
            None if text.trim() == "links" => Some(BulkAction::IssueLinks),
            _ => None,
        }
    }

    pub fn code(self) -> String {
        match self {
            BulkAction::Status(status) => format!("status:{}", status.as_str()),
            BulkAction::Group(group) => format!("group:{group}"),
            BulkAction::IssueLinks => "links".to_owned(),
        }
    }
}

crate::db::stored_as_text!(EnrollmentStatus);
crate::domain::ids::serialized_as_text!(EnrollmentStatus);

/// The name to greet a trainee by in `lang`: their name in their own script when it is the script of
/// `lang` — a Russian reader with a Cyrillic name by given name and patronymic (a native name is written
/// family name first: "Уважаемая Айгерим!"), a Chinese reader with a name in characters by the whole of
/// it —, else "Given Family" in Latin letters.
pub fn greeting_name(given: &str, family: &str, native: &str, lang: Lang) -> String {
    let native = native.trim();
    if native.is_empty() || lang == Lang::En || guess_language(native) != lang {
        return format!("{given} {family}");
    }
    let words: Vec<&str> = native.split_whitespace().collect();
    match (lang, words.as_slice()) {
        (Lang::Ru, [_, given @ ..]) if !given.is_empty() => given.join(" "),
        _ => native.to_owned(),
    }
}

/// The language a trainee most likely reads, from their country, when none is given.
pub fn default_language(country_code: &str) -> Lang {
    match country_code {
        "CN" => Lang::Zh,
        "RU" | "BY" | "KZ" | "KG" | "TJ" | "UZ" | "AM" | "AZ" | "MN" => Lang::Ru,
        _ => Lang::En,
    }
}

/// A passport number as coordinators see it: all but the last three characters hidden.
pub fn mask_passport(number: &str) -> String {
    let chars: Vec<char> = number.chars().collect();
    let shown = chars.len().min(3);
    let hidden = chars.len() - shown;
    std::iter::repeat_n('•', hidden.max(3))
        .chain(chars[hidden..].iter().copied())
        .collect()
}

/// Finds a country by its ISO code or by its name in English, Chinese or Russian, ignoring case.
#[derive(Debug, Clone, Default)]
pub struct CountryIndex {
    by_name: HashMap<String, String>,
}

impl CountryIndex {
    /// `countries` gives each code with its names.
    pub fn new<'a>(countries: impl IntoIterator<Item = (&'a str, [&'a str; 3])>) -> Self {
        let mut by_name = HashMap::new();
        for (code, names) in countries {
            by_name.insert(code.to_lowercase(), code.to_owned());
            for name in names {
                by_name.insert(name.trim().to_lowercase(), code.to_owned());
            }
        }
        Self { by_name }
    }

    pub fn find(&self, text: &str) -> Option<&str> {
        self.by_name
            .get(&text.trim().to_lowercase())
            .map(String::as_str)
    }
}

/// The trainee form as the browser sends it, or one row of a roster CSV (the field names are the
/// column names).
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default)]
pub struct TraineeInput {
    /// The version of what the form edits, as loaded (`services::editing`); empty on a new one.
    pub version: String,
    pub family_name: String,
    pub given_name: String,
    pub native_name: String,
    pub gender: String,
    pub date_of_birth: String,
    pub country: String,
    pub organization: String,
    pub position: String,
    pub email: String,
    pub phone: String,
    pub preferred_language: String,
    pub dietary_requirements: String,
    pub accessibility_needs: String,
    pub passport_number: String,
    pub passport_expiry: String,
    pub notes: String,
    pub status: String,
    pub arrival: String,
    pub arrival_flight: String,
    pub arrival_airport: String,
    pub departure: String,
    pub departure_flight: String,
    pub departure_airport: String,
    pub hotel: String,
    pub room: String,
}

impl TraineeInput {
    /// The field behind a column of the roster file.
    pub fn field_mut(&mut self, column: &str) -> Option<&mut String> {
        Some(match column {
            "family_name" => &mut self.family_name,
            "given_name" => &mut self.given_name,
            "native_name" => &mut self.native_name,
            "gender" => &mut self.gender,
            "date_of_birth" => &mut self.date_of_birth,
            "country" => &mut self.country,
            "organization" => &mut self.organization,
            "position" => &mut self.position,
            "email" => &mut self.email,
            "phone" => &mut self.phone,
            "preferred_language" => &mut self.preferred_language,
            "dietary_requirements" => &mut self.dietary_requirements,
            "accessibility_needs" => &mut self.accessibility_needs,
            "passport_number" => &mut self.passport_number,
            "passport_expiry" => &mut self.passport_expiry,
            "notes" => &mut self.notes,
            "status" => &mut self.status,
            "arrival" => &mut self.arrival,
            "arrival_flight" => &mut self.arrival_flight,
            "arrival_airport" => &mut self.arrival_airport,
            "departure" => &mut self.departure,
            "departure_flight" => &mut self.departure_flight,
            "departure_airport" => &mut self.departure_airport,
            "hotel" => &mut self.hotel,
            "room" => &mut self.room,
            _ => return None,
        })
    }
}

/// A person's details that passed every rule needing no database.
#[derive(Debug, Clone, PartialEq)]
pub struct TraineeDraft {
    pub family_name: String,
    pub given_name: String,
    pub native_name: String,
    pub gender: Gender,
    pub date_of_birth: Option<NaiveDate>,
    pub country_code: String,
    pub organization: String,
    pub position: String,
    pub email: Option<String>,
    pub phone: String,
    pub language: Lang,
    pub dietary: String,
    pub accessibility: String,
    pub passport_number: Option<String>,
    pub passport_expiry: Option<NaiveDate>,
    pub notes: String,
}

/// An enrollment's details: its status and the trainee's travel and lodging, times in UTC.
#[derive(Debug, Clone, PartialEq)]
pub struct EnrollmentDraft {
    pub status: EnrollmentStatus,
    pub arrival_at: Option<NaiveDateTime>,
    pub arrival_flight: String,
    pub arrival_airport: String,
    pub departure_at: Option<NaiveDateTime>,
    pub departure_flight: String,
    pub departure_airport: String,
    pub hotel: String,
    pub room: String,
}

/// What parsing needs besides the input: the countries, the cohort's time zone, and today.
pub struct ParseContext<'a> {
    pub countries: &'a CountryIndex,
    pub time_zone: Tz,
    pub today: NaiveDate,
}

impl TraineeInput {
    /// Parses the person and the enrollment, collecting a message for every field that is wrong.
    pub fn parse(
        &self,
        context: &ParseContext<'_>,
    ) -> Result<(TraineeDraft, EnrollmentDraft), FormErrors> {
        let mut errors = FormErrors::new();
        let trainee = self.parse_trainee(context, &mut errors);
        let enrollment = self.parse_enrollment(context, &mut errors);
        errors.finish(trainee.zip(enrollment))
    }

    fn parse_trainee(
        &self,
        context: &ParseContext<'_>,
        errors: &mut FormErrors,
    ) -> Option<TraineeDraft> {
        let family_name = errors.check("family_name", required_text(&self.family_name, NAME_MAX));
        let given_name = errors.check("given_name", required_text(&self.given_name, NAME_MAX));
        let native_name = errors.check("native_name", optional_text(&self.native_name, LINE_MAX));
        let gender = errors.check(
            "gender",
            required(&self.gender).and_then(|g| {
                Gender::parse(g).ok_or_else(|| Msg::new("error-gender").with("value", g))
            }),
        );
        let date_of_birth = errors.check(
            "date_of_birth",
            optional_date(&self.date_of_birth).and_then(|d| match d {
                Some(d) if d >= context.today || d.year() < 1900 => {
                    Err(Msg::new("error-date-of-birth"))
                }
                other => Ok(other),
            }),
        );
        let country_code = errors.check(
            "country",
            required(&self.country).and_then(|c| {
                context
                    .countries
                    .find(c)
                    .map(str::to_owned)
                    .ok_or_else(|| Msg::new("error-country").with("value", c))
            }),
        );
        let organization =
            errors.check("organization", optional_text(&self.organization, LINE_MAX));
        let position = errors.check("position", optional_text(&self.position, LINE_MAX));
        let email = errors.check(
            "email",
            match self.email.trim() {
                "" => Ok(None),
                text => Email::parse(text).map(|e| Some(e.as_str().to_owned())),
            },
        );
        let phone = errors.check("phone", optional_text(&self.phone, SHORT_MAX));
        let language = errors.check(
            "preferred_language",
            match self.preferred_language.trim() {
                "" => Ok(None),
                text => Lang::parse(text)
                    .map(Some)
                    .ok_or_else(|| Msg::new("error-language").with("value", text)),
            },
        );
        let dietary = errors.check(
            "dietary_requirements",
            optional_text(&self.dietary_requirements, LINE_MAX),
        );
        let accessibility = errors.check(
            "accessibility_needs",
            optional_text(&self.accessibility_needs, LINE_MAX),
        );
        let passport_number =
            errors.check("passport_number", passport_number(&self.passport_number));
        let passport_expiry = errors.check("passport_expiry", optional_date(&self.passport_expiry));
        let notes = errors.check("notes", optional_multiline(&self.notes, TEXT_MAX));
        Some(TraineeDraft {
            language: language?
                .unwrap_or_else(|| default_language(country_code.as_deref().unwrap_or(""))),
            family_name: family_name?,
            given_name: given_name?,
            native_name: native_name?,
            gender: gender?,
            date_of_birth: date_of_birth?,
            country_code: country_code?,
            organization: organization?,
            position: position?,
            email: email?,
            phone: phone?,
            dietary: dietary?,
            accessibility: accessibility?,
            passport_number: passport_number?,
            passport_expiry: passport_expiry?,
            notes: notes?,
        })
    }

    fn parse_enrollment(
        &self,
        context: &ParseContext<'_>,
        errors: &mut FormErrors,
    ) -> Option<EnrollmentDraft> {
        let status = errors.check(
            "status",
            match self.status.trim() {
                "" => Ok(EnrollmentStatus::Nominated),
                text => EnrollmentStatus::parse(text)
                    .ok_or_else(|| Msg::new("error-enrollment-status").with("value", text)),
            },
        );
        let arrival_at = errors.check("arrival", local_time(&self.arrival, context.time_zone));
        let departure_at =
            errors.check("departure", local_time(&self.departure, context.time_zone));
        if let (Some(Some(arrival)), Some(Some(departure))) = (arrival_at, departure_at)
            && departure < arrival
        {
            errors.add("departure", Msg::new("error-departure-before-arrival"));
        }
        let arrival_flight = errors.check(
            "arrival_flight",
            optional_text(&self.arrival_flight, SHORT_MAX),
        );
        let arrival_airport = errors.check(
            "arrival_airport",
            optional_text(&self.arrival_airport, LINE_MAX),
        );
        let departure_flight = errors.check(
            "departure_flight",
            optional_text(&self.departure_flight, SHORT_MAX),
        );
        let departure_airport = errors.check(
            "departure_airport",
            optional_text(&self.departure_airport, LINE_MAX),
        );
        let hotel = errors.check("hotel", optional_text(&self.hotel, LINE_MAX));
        let room = errors.check("room", optional_text(&self.room, SHORT_MAX));
        Some(EnrollmentDraft {
            status: status?,
            arrival_at: arrival_at?,
            arrival_flight: arrival_flight?,
            arrival_airport: arrival_airport?,
            departure_at: departure_at?,
            departure_flight: departure_flight?,
            departure_airport: departure_airport?,
            hotel: hotel?,
            room: room?,
        })
    }
}

fn required(raw: &str) -> Result<&str, Msg> {
    match raw.trim() {
        "" => Err(Msg::new("error-required")),
        text => Ok(text),
    }
}

fn optional_date(raw: &str) -> Result<Option<NaiveDate>, Msg> {
    match raw.trim() {
        "" => Ok(None),
        text => crate::domain::input::date(text).map(Some),
    }
}

/// Upper case, without spaces; letters and digits only.
fn passport_number(raw: &str) -> Result<Option<String>, Msg> {
    let number: String = raw
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect();
    if number.is_empty() {
        return Ok(None);
    }
    if number.chars().count() > PASSPORT_MAX || !number.chars().all(|c| c.is_alphanumeric()) {
        return Err(Msg::new("error-passport-number"));
    }
    Ok(Some(number))
}

/// A date and time on the cohort's clock, written any way `input::date_time` reads (`YYYY-MM-DD HH:MM`,
/// `DD.MM.YYYY HH:MM`, or with `T` as a browser sends it), returned in UTC by the one rule of
/// `time::to_utc`.
fn local_time(raw: &str, zone: Tz) -> Result<Option<NaiveDateTime>, Msg> {
    let text = raw.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let local = crate::domain::input::date_time(text)?;
    to_utc(local.date(), local.time(), zone).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::time::local_text;

    fn countries() -> CountryIndex {
        CountryIndex::new([
            ("KZ", ["Kazakhstan", "哈萨克斯坦", "Казахстан"]),
            ("CN", ["China", "中国", "Китай"]),
        ])
    }

    fn input() -> TraineeInput {
        TraineeInput {
            family_name: "Abenov".into(),
            given_name: "Nurlan".into(),
            native_name: "Абенов Нурлан".into(),
            gender: "м".into(),
            date_of_birth: "1980-03-14".into(),
            country: "казахстан".into(),
            email: "N.Abenov@example.kz".into(),
            passport_number: "n 1234 567".into(),
            passport_expiry: "2030-01-31".into(),
            arrival: "2023-06-14 22:40".into(),
            departure: "2023-06-22T09:15".into(),
            ..TraineeInput::default()
        }
    }

    fn parse(input: &TraineeInput) -> Result<(TraineeDraft, EnrollmentDraft), FormErrors> {
        let countries = countries();
        input.parse(&ParseContext {
            countries: &countries,
            time_zone: chrono_tz::Asia::Shanghai,
            today: NaiveDate::from_ymd_opt(2023, 6, 1).unwrap(),
        })
    }

    #[test]
    fn a_trainee_is_greeted_in_the_script_they_read() {
        let aigerim = ("Aigerim", "Baimukhanova", "Баймуханова Айгерим Нурлановна");
        let greet = |(given, family, native): (&str, &str, &str), lang| {
            greeting_name(given, family, native, lang)
        };
        assert_eq!(greet(aigerim, Lang::Ru), "Айгерим Нурлановна");
        assert_eq!(greet(aigerim, Lang::En), "Aigerim Baimukhanova");
        assert_eq!(
            greet(aigerim, Lang::Zh),
            "Aigerim Baimukhanova",
            "no characters to read"
        );
        assert_eq!(
            greet(("Aida", "Asanova", "Асанова"), Lang::Ru),
            "Асанова",
            "one word: all of it"
        );
        assert_eq!(
            greet(("Usman", "Hussain", "حسين عثمان"), Lang::Ru),
            "Usman Hussain"
        );
        assert_eq!(greet(("Fang", "Wang", "王芳"), Lang::Zh), "王芳");
        assert_eq!(greet(("Fang", "Wang", ""), Lang::Zh), "Fang Wang");
    }

    #[test]
    fn a_bulk_action_reads_as_the_roster_form_sends_it() {
        assert_eq!(
            BulkAction::parse("status:not_completed"),
            Some(BulkAction::Status(EnrollmentStatus::NotCompleted))
        );
        assert_eq!(
            BulkAction::parse("group:3"),
            Some(BulkAction::Group(GroupId(3)))
        );
        assert_eq!(BulkAction::parse(" links "), Some(BulkAction::IssueLinks));
        for wrong in [
            "",
            "status:",
            "status:graduated",
            "group:x",
            "delete",
            "links:1",
        ] {
            assert_eq!(BulkAction::parse(wrong), None, "{wrong:?}");
        }
        for action in [
            BulkAction::Status(EnrollmentStatus::Arrived),
            BulkAction::Group(GroupId(12)),
            BulkAction::IssueLinks,
        ] {
            assert_eq!(BulkAction::parse(&action.code()), Some(action));
        }
    }

    #[test]
    fn a_row_written_the_way_a_ministry_writes_it_parses() {
        let (trainee, enrollment) = parse(&input()).unwrap();
        assert_eq!(trainee.gender, Gender::Male);
        assert_eq!(trainee.country_code, "KZ");
        assert_eq!(
            trainee.language,
            Lang::Ru,
            "Kazakh officials read Russian by default"
        );
        assert_eq!(trainee.email.as_deref(), Some("n.abenov@example.kz"));
        assert_eq!(trainee.passport_number.as_deref(), Some("N1234567"));
        assert_eq!(enrollment.status, EnrollmentStatus::Nominated);
        assert_eq!(
            enrollment.arrival_at.unwrap().to_string(),
            "2023-06-14 14:40:00",
            "stored in UTC"
        );
        assert_eq!(
            local_text(enrollment.arrival_at, chrono_tz::Asia::Shanghai),
            "2023-06-14 22:40"
        );
    }

    #[test]
    fn every_wrong_field_is_reported() {
        let bad = TraineeInput {
            family_name: "".into(),
            gender: "x".into(),
            country: "Atlantis".into(),
            email: "not-an-email".into(),
            date_of_birth: "2024-01-01".into(),
            passport_expiry: "2025-02-31".into(),
            passport_number: "AB-12".into(),
            preferred_language: "de".into(),
            status: "maybe".into(),
            arrival: "tomorrow".into(),
            ..input()
        };
        let errors = parse(&bad).unwrap_err();
        for (field, key) in [
            ("family_name", "error-required"),
            ("gender", "error-gender"),
            ("country", "error-country"),
            ("email", "error-email"),
            ("date_of_birth", "error-date-of-birth"),
            ("passport_expiry", "error-not-a-date"),
            ("passport_number", "error-passport-number"),
            ("preferred_language", "error-language"),
            ("status", "error-enrollment-status"),
            ("arrival", "error-not-a-time"),
        ] {
            assert_eq!(errors.get(field).map(|m| m.key), Some(key), "{field}");
        }
    }

    #[test]
    fn departure_cannot_come_before_arrival() {
        let bad = TraineeInput {
            departure: "2023-06-14 08:00".into(),
            ..input()
        };
        assert_eq!(
            parse(&bad).unwrap_err().get("departure").unwrap().key,
            "error-departure-before-arrival"
        );
    }

    #[test]
    fn passports_are_masked_but_for_the_last_three_characters() {
        assert_eq!(mask_passport("N1234567"), "•••••567");
        assert_eq!(mask_passport("AB1"), "•••AB1");
    }

    #[test]
    fn only_neighbouring_statuses_follow_each_other() {
        use EnrollmentStatus::*;
        assert!(Nominated.can_become(Confirmed));
        assert!(!Nominated.can_become(Completed));
        assert!(Confirmed.can_become(NoShow));
        assert!(!Completed.can_become(Withdrawn));
        assert!(Withdrawn.can_become(Nominated));
        assert!(Confirmed.holds_place() && Arrived.holds_place() && Completed.holds_place());
        assert!(!Nominated.holds_place() && !Withdrawn.holds_place() && !NoShow.holds_place());
        assert_eq!(EnrollmentStatus::parse("No-show"), Some(NoShow));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]

        /// A form or a roster row with anything in any column is parsed or refused field by field.
        #[test]
        fn any_row_is_parsed_or_refused(values in proptest::collection::vec("\\PC{0,30}", COLUMNS.len())) {
            let mut row = input();
            for (column, value) in COLUMNS.iter().zip(values) {
                if let Some(field) = row.field_mut(column) {
                    *field = value;
                }
            }
            let countries = countries();
            let context = ParseContext {
                countries: &countries,
                time_zone: chrono_tz::Asia::Shanghai,
                today: chrono::NaiveDate::from_ymd_opt(2023, 6, 16).unwrap(),
            };
            let _ = row.parse(&context);
        }
    }
}
