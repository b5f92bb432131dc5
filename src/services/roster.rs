//! A cohort's roster: the roster page, a trainee's page (`Profile`), enrolling trainees one by one,
//! editing them, changing an enrollment's status, and the rules every way in shares — one enrollment per person per cohort, a person recognised by passport
//! number or e-mail across cohorts, and never more places taken than the cohort has.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use chrono::{NaiveDate, NaiveDateTime};

use crate::db::DbConnection;
use crate::domain::audit::AuditObject;
use crate::domain::ids::{CohortId, TraineeId, UserId};
use crate::domain::trainee::{
    CountryIndex, EnrollmentDraft, EnrollmentStatus, Gender, ParseContext, TraineeDraft,
};
use crate::domain::vault::Vault;
use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::i18n::{Lang, Msg};
use crate::models::certificate::Certificate;
use crate::models::cohort::{Cohort, CohortListing};
use crate::models::country::Country;
use crate::models::delegation::Delegation;
use crate::models::enrollment::{Enrollment, Logistics, RosterEntry, RosterLine, StatusChange};
use crate::models::trainee::{Trainee, TraineeFields};
use crate::services::audit;
use crate::services::cache::CohortCache;
use crate::services::history::{History, history_of};
use crate::sheet::{Table, Value};

/// The countries, for parsing trainee input.
pub fn country_index(countries: &[Country]) -> CountryIndex {
    CountryIndex::new(countries.iter().map(|c| {
        (
            c.code.as_str(),
            [c.name_en.as_str(), c.name_zh.as_str(), c.name_ru.as_str()],
        )
    }))
}

/// What trainee input for a cohort is parsed against.
pub struct Setting {
    pub cohort: CohortListing,
    pub countries: Vec<Country>,
    index: CountryIndex,
    pub today: NaiveDate,
}

impl Setting {
    pub fn load(conn: &mut DbConnection, cohort_id: CohortId, today: NaiveDate) -> AppResult<Self> {
        let cohort = Cohort::find(conn, cohort_id)?;
        let countries = Country::all(conn)?;
        Ok(Self {
            index: country_index(&countries),
            cohort,
            countries,
            today,
        })
    }

    pub fn context(&self) -> ParseContext<'_> {
        ParseContext {
            countries: &self.index,
            time_zone: self.cohort.cohort.zone(),
            today: self.today,
        }
    }
}

/// Recognises people already known: by passport number, else by e-mail address.
pub struct Matcher {
    by_passport: HashMap<String, TraineeId>,
    by_email: HashMap<String, TraineeId>,
    names: HashMap<TraineeId, String>,
    with_passport: HashSet<TraineeId>,
    enrolled: HashSet<TraineeId>,
    /// Makes the digests passport numbers are found by.
    vault: Vault,
}

/// Whom incoming details describe: someone new, or a person already known.
pub enum Match {
    New,
    Existing(TraineeId),
}

impl Matcher {
    /// Looks up everyone the drafts could refer to, and who is enrolled in the cohort already.
    pub fn load<'a>(
        conn: &mut DbConnection,
        cohort_id: CohortId,
        drafts: impl IntoIterator<Item = &'a TraineeDraft>,
        vault: &Vault,
    ) -> AppResult<Self> {
        let (mut passports, mut emails) = (Vec::new(), Vec::new());
        for draft in drafts {
            passports.extend(draft.passport_number.as_deref().map(|p| vault.digest(p)));
            emails.extend(draft.email.as_deref());
        }
        let known = Trainee::find_matching(conn, &passports, &emails)?;
        let enrolled = Enrollment::trainee_ids(conn, cohort_id)?
            .into_iter()
            .collect();
        let mut matcher = Matcher {
            by_passport: HashMap::new(),
            by_email: HashMap::new(),
            names: HashMap::new(),
            with_passport: HashSet::new(),
            enrolled,
            vault: vault.clone(),
        };
        for trainee in known {
            if let Some(passport) = &trainee.passport_digest {
                matcher.by_passport.insert(passport.clone(), trainee.id);
                matcher.with_passport.insert(trainee.id);
            }
            if let Some(email) = &trainee.email {
                matcher.by_email.insert(email.clone(), trainee.id);
            }
            matcher.names.insert(trainee.id, trainee.passport_name());
        }
        Ok(matcher)
    }

    /// Who `draft` describes. `editing` is the person being edited (who may keep their own passport and
    /// e-mail); when enrolling, a person already in the cohort is refused.
    pub fn resolve(
        &self,
        draft: &TraineeDraft,
        editing: Option<TraineeId>,
    ) -> Result<Match, (&'static str, Msg)> {
        let by_passport = draft
            .passport_number
            .as_ref()
            .and_then(|p| self.by_passport.get(&self.vault.digest(p)).copied());
        let by_email = draft
            .email
            .as_ref()
            .and_then(|e| self.by_email.get(e).copied());
        let name = |id: &TraineeId| self.names.get(id).cloned().unwrap_or_default();
        if let Some(editing) = editing {
            if let Some(other) = by_passport.filter(|id| *id != editing) {
                return Err((
                    "passport_number",
                    Msg::new("error-passport-other-trainee").with("name", name(&other)),
                ));
            }
            if let Some(other) = by_email.filter(|id| *id != editing) {
                return Err((
                    "email",
                    Msg::new("error-email-other-trainee").with("name", name(&other)),
                ));
            }
            return Ok(Match::Existing(editing));
        }
        // An e-mail address that belongs to someone with another passport is someone else's.
        let someone_else = |email_owner: TraineeId| {
            by_passport.is_some_and(|p| p != email_owner)
                || (by_passport.is_none()
                    && draft.passport_number.is_some()
                    && self.with_passport.contains(&email_owner))
        };
        match (by_passport, by_email) {
            (_, Some(owner)) if someone_else(owner) => Err((
                "email",
                Msg::new("error-email-other-trainee").with("name", name(&owner)),
            )),
            (Some(id), _) | (None, Some(id)) if self.enrolled.contains(&id) => {
                let field = if by_passport.is_some() {
                    "passport_number"
                } else {
                    "email"
                };
                Err((
                    field,
                    Msg::new("error-already-enrolled").with("name", name(&id)),
                ))
            }
            (Some(id), _) | (None, Some(id)) => Ok(Match::Existing(id)),
            (None, None) => Ok(Match::New),
        }
    }
}

/// Refuses a change that would take more places than the cohort has (the message under `field`); `more`
/// is how many additional places the change takes.
pub fn check_capacity(
    conn: &mut DbConnection,
    cohort: &Cohort,
    more: i64,
    field: &'static str,
) -> AppResult<()> {
    if more <= 0 {
        return Ok(());
    }
    let taken = Enrollment::places_taken(conn, cohort.id)?;
    let capacity = i64::from(cohort.capacity);
    if taken + more > capacity {
        let full = Msg::new("error-cohort-full")
            .with("capacity", capacity)
            .with("taken", taken)
            .with("left", (capacity - taken).max(0));
        return Err(FormErrors::single(field, full).into());
    }
    Ok(())
}

/// Who enrols trainees and when, and the vault their passport numbers are sealed with.
#[derive(Clone, Copy)]
pub struct Writer<'a> {
    pub by: Option<UserId>,
    pub vault: &'a Vault,
    pub now: NaiveDateTime,
}

/// Writes one person and their enrollment: the person is created or updated, their delegation created if
/// it is new, the enrollment added with its first status.
pub fn enrol(
    conn: &mut DbConnection,
    cohort_id: CohortId,
    found: Match,
    trainee: &TraineeDraft,
    enrollment: &EnrollmentDraft,
    writer: Writer<'_>,
) -> AppResult<TraineeId> {
    let Writer { by, vault, now } = writer;
    let fields = TraineeFields::from_draft(trainee, vault, now);
    let (trainee_id, before) = match found {
        Match::Existing(id) => {
            let before = Trainee::find(conn, id)?;
            fields.update(conn, id)?;
            (id, Some(before))
        }
        Match::New => (fields.insert(conn)?, None),
    };
    Delegation::ensure(conn, cohort_id, &trainee.country_code)?;
    let id = Logistics::from_draft(enrollment, now).insert(
        conn,
        cohort_id,
        trainee_id,
        enrollment.status,
    )?;
    Enrollment::record_status(conn, id, enrollment.status, now, by)?;
    let entry = Enrollment::find(conn, cohort_id, trainee_id)?;
    match before {
        Some(before) => audit::updated(conn, now, &before, &entry.trainee)?,
        None => audit::created(conn, now, &entry.trainee)?,
    }
    audit::created(conn, now, &entry)?;
    Ok(trainee_id)
}

/// Enrols one trainee from the form.
pub fn add(
    conn: &mut DbConnection,
    cohort_id: CohortId,
    trainee: &TraineeDraft,
    enrollment: &EnrollmentDraft,
    by: Option<UserId>,
    vault: &Vault,
    now: NaiveDateTime,
) -> AppResult<TraineeId> {
    conn.write(|conn| {
        Cohort::lock(conn, cohort_id)?;
        let cohort = Cohort::find(conn, cohort_id)?.cohort;
        let found = Matcher::load(conn, cohort_id, [trainee], vault)?
            .resolve(trainee, None)
            .map_err(|(field, msg)| FormErrors::single(field, msg))?;
        let more = i64::from(enrollment.status.holds_place());
        check_capacity(conn, &cohort, more, "status")?;
        let writer = Writer { by, vault, now };
        enrol(conn, cohort_id, found, trainee, enrollment, writer)
    })
}

/// Saves a trainee's details and their travel and lodging for this cohort (the status has its own form).
pub fn update(
    conn: &mut DbConnection,
    cohort_id: CohortId,
    trainee_id: TraineeId,
    trainee: &TraineeDraft,
    enrollment: &EnrollmentDraft,
    vault: &Vault,
    now: NaiveDateTime,
) -> AppResult<()> {
    conn.write(|conn| {
        let current = Enrollment::find(conn, cohort_id, trainee_id)?;
        Matcher::load(conn, cohort_id, [trainee], vault)?
            .resolve(trainee, Some(trainee_id))
            .map_err(|(field, msg)| FormErrors::single(field, msg))?;
        TraineeFields::from_draft(trainee, vault, now).update(conn, trainee_id)?;
        Delegation::ensure(conn, cohort_id, &trainee.country_code)?;
        Logistics::from_draft(enrollment, now).update(conn, current.enrollment.id)?;
        let after = Enrollment::find(conn, cohort_id, trainee_id)?;
        audit::updated(conn, now, &current.trainee, &after.trainee)?;
        audit::updated(conn, now, &current, &after)?;
        Ok(())
    })
}

/// Moves an enrollment to `status`, one step at a time and never beyond the cohort's capacity.
pub fn change_status(
    conn: &mut DbConnection,
    cohort_id: CohortId,
    trainee_id: TraineeId,
    status: EnrollmentStatus,
    by: Option<UserId>,
    now: NaiveDateTime,
) -> AppResult<()> {
    conn.write(|conn| {
        Cohort::lock(conn, cohort_id)?;
        let cohort = Cohort::find(conn, cohort_id)?.cohort;
        let before = Enrollment::find(conn, cohort_id, trainee_id)?;
        let current = &before.enrollment;
        if current.status == status {
            return Ok(());
        }
        if !current.status.can_become(status) {
            return Err(FormErrors::single("status", Msg::new("error-enrollment-step")).into());
        }
        let more = i64::from(status.holds_place()) - i64::from(current.status.holds_place());
        check_capacity(conn, &cohort, more, "status")?;
        Enrollment::set_status(conn, current.id, status, now, by)?;
        let after = Enrollment::find(conn, cohort_id, trainee_id)?;
        audit::updated(conn, now, &before, &after)?;
        Ok(())
    })
}

/// What the roster page is narrowed to; `None` admits every value.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RosterFilter {
    pub country: Option<String>,
    pub status: Option<EnrollmentStatus>,
    pub gender: Option<Gender>,
    /// What was typed in the search box: part of a name in Latin or native script, or of an
    /// organization, in any case — or a badge code (`badge` is its holder).
    pub search: Option<String>,
    pub badge: Option<TraineeId>,
}

impl RosterFilter {
    fn admits(&self, line: &RosterLine) -> bool {
        self.country
            .as_ref()
            .is_none_or(|c| *c == line.country_code)
            && self.status.is_none_or(|s| s == line.status)
            && self.gender.is_none_or(|g| g == line.gender)
            && self
                .search
                .as_deref()
                .is_none_or(|s| found(s, line) || self.badge == Some(line.trainee_id))
    }
}

/// Whether `search` is part of a trainee's name in either script, their organization or position,
/// whatever the case.
fn found(search: &str, line: &RosterLine) -> bool {
    let search = search.to_lowercase();
    let given_first = format!("{} {}", line.given_name, line.family_name);
    [
        line.passport_name().as_str(),
        given_first.as_str(),
        &line.native_name,
        &line.organization,
        &line.position,
    ]
    .iter()
    .any(|text| text.to_lowercase().contains(&search))
}

/// Rosters kept in memory, each with the `roster_version` of its cohort when it was read: a roster is
/// read again only after it changed (a thousand trainees take a millisecond or two to read). The creation
/// time tells a cohort apart from one that once had the same id (ids can come back after a deletion).
#[derive(Default)]
pub struct RosterCache(CohortCache<(NaiveDateTime, i32), Vec<RosterLine>>);

impl RosterCache {
    /// The cohort's roster lines, from memory if its roster has not changed since they were read.
    pub fn lines(
        &self,
        conn: &mut DbConnection,
        cohort: &Cohort,
    ) -> AppResult<Arc<Vec<RosterLine>>> {
        self.0.get_or_load(
            cohort.id,
            (cohort.created_at, cohort.roster_version),
            || Ok(Enrollment::roster_lines(conn, cohort.id)?),
        )
    }
}

/// How many lines a roster page shows (unless asked for all of them, e.g. to print).
pub const LINES_PER_PAGE: usize = 100;

/// Which lines of the filtered roster to show: a page of `LINES_PER_PAGE` (from 1), or all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paging {
    Page(usize),
    All,
}

/// A cohort's roster with its counts.
pub struct Roster {
    pub cohort: CohortListing,
    /// The lines of the page shown.
    pub lines: Vec<RosterLine>,
    /// How many lines the filter admits, on all pages.
    pub matching: usize,
    /// The page shown (1 when all lines are), and how many pages there are.
    pub page: usize,
    pub pages: usize,
    /// Where the page's first line stands among the matching ones (from 1).
    pub first: usize,
    /// Over the whole roster, whatever the filter.
    pub total: usize,
    pub by_country: BTreeMap<String, usize>,
    pub by_gender: Vec<(Gender, usize)>,
    pub by_status: Vec<(EnrollmentStatus, usize)>,
    pub places_taken: usize,
}

impl Roster {
    pub fn places_left(&self) -> i64 {
        i64::from(self.cohort.cohort.capacity) - self.places_taken as i64
    }
}

pub fn roster(
    conn: &mut DbConnection,
    cache: &RosterCache,
    cohort_id: CohortId,
    filter: &RosterFilter,
    paging: Paging,
) -> AppResult<Roster> {
    let cohort = Cohort::find(conn, cohort_id)?;
    let all = cache.lines(conn, &cohort.cohort)?;
    let mut by_country = BTreeMap::new();
    for line in all.iter() {
        *by_country.entry(line.country_code.clone()).or_insert(0) += 1;
    }
    let count = |f: &dyn Fn(&RosterLine) -> bool| all.iter().filter(|l| f(l)).count();
    let by_gender = Gender::ALL
        .into_iter()
        .map(|g| (g, count(&|l| l.gender == g)))
        .collect();
    let by_status = EnrollmentStatus::ALL
        .into_iter()
        .map(|s| (s, count(&|l| l.status == s)))
        .collect();
    let places_taken = count(&|l| l.status.holds_place());
    let matching = all.iter().filter(|l| filter.admits(l));
    let count_matching = matching.clone().count();
    let (page, pages, skip, take) = match paging {
        Paging::All => (1, 1, 0, count_matching),
        Paging::Page(page) => {
            let pages = count_matching.div_ceil(LINES_PER_PAGE).max(1);
            let page = page.clamp(1, pages);
            (page, pages, (page - 1) * LINES_PER_PAGE, LINES_PER_PAGE)
        }
    };
    Ok(Roster {
        lines: matching.skip(skip).take(take).cloned().collect(),
        total: all.len(),
        matching: count_matching,
        page,
        pages,
        first: skip + 1,
        cohort,
        by_country,
        by_gender,
        by_status,
        places_taken,
    })
}

/// A delegation with its members (trainees of its country in the cohort).
pub struct DelegationView {
    pub delegation: Delegation,
    pub members: Vec<RosterLine>,
}

impl DelegationView {
    pub fn leader(&self) -> Option<&RosterLine> {
        let leader = self.delegation.leader_trainee_id?;
        self.members.iter().find(|t| t.trainee_id == leader)
    }
}

/// The cohort's delegations, each with its members.
pub fn delegations(conn: &mut DbConnection, cohort_id: CohortId) -> AppResult<Vec<DelegationView>> {
    let roster = Enrollment::roster_lines(conn, cohort_id)?;
    Ok(Delegation::list_for_cohort(conn, cohort_id)?
        .into_iter()
        .map(|delegation| DelegationView {
            members: roster
                .iter()
                .filter(|line| line.country_code == delegation.country_code)
                .cloned()
                .collect(),
            delegation,
        })
        .collect())
}

/// The delegations as a table to download: country, trainees, leader and national focal point, the
/// headings and country names in `lang`.
pub fn delegation_table(views: &[(DelegationView, String)], lang: Lang) -> Table {
    let mut table = Table::translated(
        "delegations-title",
        &[
            "progress-code",
            "delegation-country",
            "roster-title",
            "delegation-leader",
            "delegation-focal-point",
            "trainee-field-email",
            "trainee-field-phone",
        ],
        lang,
    );
    for (view, country) in views {
        let d = &view.delegation;
        table.push(vec![
            Value::text(&d.country_code),
            Value::text(country),
            Value::Int(view.members.len() as i64),
            Value::text(
                view.leader()
                    .map(RosterLine::passport_name)
                    .unwrap_or_default(),
            ),
            Value::text(&d.focal_name),
            Value::text(&d.focal_email),
            Value::text(&d.focal_phone),
        ]);
    }
    table
}

/// The delegation form as the browser sends it.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct DelegationInput {
    /// The version of the delegation, as loaded (`services::editing`).
    pub version: String,
    pub leader: String,
    pub focal_name: String,
    pub focal_email: String,
    pub focal_phone: String,
}

/// Saves a delegation's leader (one of its members, or nobody) and national focal point.
pub fn update_delegation(
    conn: &mut DbConnection,
    cohort_id: CohortId,
    id: crate::domain::ids::DelegationId,
    input: &DelegationInput,
    now: NaiveDateTime,
) -> AppResult<()> {
    use crate::domain::account::Email;
    use crate::domain::input::optional_text;
    use crate::models::delegation::DelegationFields;

    let find = |conn: &mut DbConnection| -> AppResult<DelegationView> {
        delegations(conn, cohort_id)?
            .into_iter()
            .find(|v| v.delegation.id == id)
            .ok_or(AppError::NotFound)
    };
    conn.write(|conn| {
        let view = find(conn)?;
        let mut errors = FormErrors::new();
        let leader = match input.leader.trim() {
            "" => None,
            text => errors.check(
                "leader",
                text.parse::<TraineeId>()
                    .ok()
                    .filter(|id| view.members.iter().any(|t| t.trainee_id == *id))
                    .map(Some)
                    .ok_or_else(|| Msg::new("error-choose-one")),
            ),
        };
        let focal_name = errors.check("focal_name", optional_text(&input.focal_name, 200));
        let focal_email = errors.check(
            "focal_email",
            match input.focal_email.trim() {
                "" => Ok(String::new()),
                text => Email::parse(text).map(|e| e.as_str().to_owned()),
            },
        );
        let focal_phone = errors.check("focal_phone", optional_text(&input.focal_phone, 60));
        match (focal_name, focal_email, focal_phone) {
            (Some(focal_name), Some(focal_email), Some(focal_phone)) if errors.is_empty() => {
                DelegationFields {
                    leader_trainee_id: leader.flatten(),
                    focal_name: &focal_name,
                    focal_email: &focal_email,
                    focal_phone: &focal_phone,
                }
                .update(conn, id)?;
                let after = find(conn)?;
                audit::updated(conn, now, &view, &after)?;
                Ok(())
            }
            _ => Err(errors.into()),
        }
    })
}

/// Everything a trainee's page in a cohort shows: the person and their enrollment, its status history,
/// the other cohorts they took part in, their country's name, whether they hold a valid certificate, and
/// the audit history of the person and the enrollment.
pub struct Profile {
    pub cohort: CohortListing,
    pub entry: RosterEntry,
    pub history: Vec<StatusChange>,
    pub cohorts: Vec<(Cohort, EnrollmentStatus)>,
    pub country: String,
    pub certified: bool,
    pub audit: History,
}

impl Profile {
    pub fn load(
        conn: &mut DbConnection,
        cohort: CohortId,
        trainee: TraineeId,
        lang: Lang,
    ) -> AppResult<Profile> {
        let listing = Cohort::find(conn, cohort)?;
        let entry = Enrollment::find(conn, cohort, trainee)?;
        let enrollment = entry.enrollment.id;
        let audit = history_of(
            conn,
            &[
                (AuditObject::Trainee, &[trainee.0]),
                (AuditObject::Enrollment, &[enrollment.0]),
            ],
            lang,
        )?;
        Ok(Profile {
            cohort: listing,
            history: Enrollment::history(conn, enrollment)?,
            cohorts: Enrollment::cohorts_of(conn, trainee)?,
            country: Country::name_of(&Country::all(conn)?, &entry.trainee.country_code, lang),
            certified: Certificate::for_enrollment(conn, enrollment)?
                .is_some_and(|c| c.revoked_at.is_none()),
            audit,
            entry,
        })
    }
}
