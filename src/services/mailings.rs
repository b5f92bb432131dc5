//! E-mails to trainees: their itinerary (plain text + HTML + `.ics`) and "your schedule changed" notices,
//! written to the outbox in the same transaction that records what each trainee was sent.

use std::collections::HashMap;

use askama::Template;
use chrono::{NaiveDate, NaiveDateTime};

use crate::config::Settings;
use crate::db::DbConnection;
use crate::domain::calendar::{Calendar, webcal};
use crate::domain::duty::DutyContact;
use crate::domain::ids::{CohortId, TraineeId};
use crate::domain::itinerary::{Change, Entry, Snapshot, changes, fingerprint};
use crate::domain::outbox::{MailKind, OutboxStatus};
use crate::domain::trainee::greeting_name;
use crate::domain::translation::{ReadingOrder, StringId, Text};
use crate::domain::vault::Vault;
use crate::error::{AppError, AppResult};
use crate::i18n::{Lang, Msg};
use crate::mail::{AttachedFile, Content, format};
use crate::models::enrollment::{Enrollment, RosterEntry};
use crate::models::itinerary::SentItinerary;
use crate::models::outbox::NewMessage;
use crate::services::itinerary::{Itinerary, bus, place, snapshots, token_of};
use crate::services::timetable::{SessionView, TimetableCache};

/// Who gets their itinerary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recipients {
    All,
    /// One delegation, by country code.
    Delegation(String),
    Trainees(Vec<TraineeId>),
}

impl Recipients {
    fn includes(&self, entry: &RosterEntry) -> bool {
        match self {
            Recipients::All => true,
            Recipients::Delegation(code) => entry.trainee.country_code.eq_ignore_ascii_case(code),
            Recipients::Trainees(ids) => ids.contains(&entry.trainee.id),
        }
    }
}

/// What queueing did, by trainee name.
#[derive(Debug, Default)]
pub struct Queued {
    pub queued: Vec<String>,
    /// The same message was queued or sent before (its idempotency key exists).
    pub already: Vec<String>,
    /// Not written to, and why.
    pub skipped: Vec<(String, Msg)>,
}

/// The report in sentences: how many were queued, how many had it already, who was skipped and why.
pub fn describe(report: &Queued, lang: Lang) -> Vec<String> {
    let mut lines =
        vec![lang.msg(&Msg::new("mail-queued").with("count", report.queued.len() as i64))];
    if !report.already.is_empty() {
        lines.push(lang.msg(&Msg::new("mail-already").with("count", report.already.len() as i64)));
    }
    for (name, reason) in &report.skipped {
        lines.push(
            lang.msg(
                &Msg::new("mail-skipped")
                    .with("name", name.as_str())
                    .with("reason", lang.msg(reason)),
            ),
        );
    }
    lines
}

/// Why a trainee gets no mail, if they get none (in words that agree with the trainee's gender).
fn reason_to_skip(entry: &RosterEntry) -> Option<Msg> {
    let reason = if !entry.enrollment.status.takes_part() {
        "mail-skip-withdrawn"
    } else if entry.trainee.email.is_none() {
        "mail-skip-no-email"
    } else {
        return None;
    };
    Some(Msg::new(reason).with("gender", entry.trainee.gender.as_str()))
}

/// The trainees of a cohort who would get no itinerary, with the reason (for the send page).
pub fn unreachable(roster: &[RosterEntry]) -> Vec<(RosterEntry, Msg)> {
    roster
        .iter()
        .filter_map(|e| reason_to_skip(e).map(|reason| (e.clone(), reason)))
        .collect()
}

/// One letter to one trainee, with what its templates need.
pub struct Letter<'a> {
    pub lang: Lang,
    /// The languages the trainee's texts are looked for in.
    pub order: ReadingOrder,
    pub it: &'a Itinerary,
    /// The personal page.
    pub link: String,
    /// The calendar subscription (`webcal://`).
    pub feed: String,
    pub changes: Vec<Change>,
}

impl<'a> Letter<'a> {
    pub fn new(
        it: &'a Itinerary,
        base_url: &url::Url,
        token: &str,
        changes: Vec<Change>,
    ) -> AppResult<Self> {
        let join = |path: String| {
            base_url
                .join(&path)
                .map(|u| u.to_string())
                .map_err(|e| AppError::Internal(e.to_string()))
        };
        let lang = it.entry.trainee.language;
        Ok(Letter {
            lang,
            order: it.reading_order(lang),
            link: join(format!("my/{token}"))?,
            feed: webcal(&join(format!("my/{token}/calendar.ics"))?),
            it,
            changes,
        })
    }

    pub fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }

    fn course(&self) -> &str {
        self.it.timetable.cohort_name(&self.order)
    }

    pub fn greeting(&self) -> String {
        let t = &self.it.entry.trainee;
        let name = greeting_name(&t.given_name, &t.family_name, &t.native_name, self.lang);
        self.lang.msg(
            &Msg::new("mail-greeting")
                .with("name", name)
                .with("gender", t.gender.as_str()),
        )
    }

    pub fn subject(&self) -> String {
        self.lang
            .msg(&Msg::new("mail-itinerary-subject").with("course", self.course()))
    }

    pub fn intro(&self) -> String {
        let c = &self.it.timetable.cohort;
        self.lang.msg(
            &Msg::new("mail-itinerary-intro")
                .with("course", self.course())
                .with("city", self.it.timetable.host_city(&self.order))
                .with(
                    "dates",
                    self.lang.date_range(c.cohort.starts_on, c.cohort.ends_on),
                ),
        )
    }

    pub fn changed_subject(&self) -> String {
        self.lang
            .msg(&Msg::new("mail-changed-subject").with("course", self.course()))
    }

    pub fn changed_intro(&self) -> String {
        self.lang
            .msg(&Msg::new("mail-changed-intro").with("course", self.course()))
    }

    pub fn zone_note(&self) -> String {
        self.lang.msg(&self.it.zone_note(&self.order))
    }

    pub fn local(&self, at: &Option<NaiveDateTime>) -> String {
        self.it.local(*at, self.lang)
    }

    pub fn date(&self, date: &NaiveDate) -> String {
        self.lang.date(*date)
    }

    pub fn place(&self, v: &SessionView) -> String {
        place(v, &self.order)
    }

    pub fn bus(&self, v: &SessionView) -> String {
        bus(v, &self.order)
    }

    /// The duty contacts with the days each covers ("19–21 June 2023"), under a heading.
    pub fn duty(&self) -> Vec<(String, &DutyContact)> {
        self.it
            .duty_spans()
            .into_iter()
            .map(|(from, until, contact)| (self.lang.date_range(from, until), contact))
            .collect()
    }

    pub fn bus_line(&self, bus: &str) -> String {
        self.lang
            .msg(&Msg::new("itinerary-bus-line").with("bus", bus))
    }

    pub fn change_label(&self, change: &Change) -> String {
        self.t(match change {
            Change::Added(_) => "mail-change-added",
            Change::Removed(_) => "mail-change-removed",
            Change::Cancelled(_) => "mail-change-cancelled",
            Change::Moved { .. } => "mail-change-moved",
        })
    }

    /// "Fri 16 Jun 2023 08:30–12:00 · Zhujiagou village · bus 08:00 · Hotel lobby"
    /// A changed session's title in the reader's language (as the notice remembers it, for a session
    /// no longer on the timetable).
    pub fn entry_title<'e>(&'e self, entry: &'e Entry) -> &'e str {
        let title = StringId::new(Text::SessionTitle, entry.session.0);
        self.it
            .timetable
            .texts
            .pick(title, &self.order, &entry.title)
    }

    /// When and where a session was or is, in the reader's language: a place or bus that is still the
    /// session's is given in their language, one it no longer has as the notice remembers it.
    pub fn describe(&self, entry: &Entry) -> String {
        let now = self
            .it
            .timetable
            .days
            .iter()
            .flat_map(|d| &d.sessions)
            .find(|v| v.session.id == entry.session);
        let original = ReadingOrder::original();
        let in_their_language =
            |remembered: &str, of: fn(&SessionView, &ReadingOrder) -> String| match now {
                Some(v) if of(v, &original) == remembered => of(v, &self.order),
                _ => remembered.to_owned(),
            };
        let mut parts = vec![entry.when(|d: NaiveDate| self.lang.date(d))];
        if !entry.place.is_empty() {
            parts.push(in_their_language(&entry.place, place));
        }
        if !entry.bus.is_empty() {
            parts.push(self.bus_line(&in_their_language(&entry.bus, bus)));
        }
        parts.join(" · ")
    }
}

#[derive(Template)]
#[template(path = "emails/itinerary.txt")]
struct ItineraryText<'a> {
    m: &'a Letter<'a>,
}

#[derive(Template)]
#[template(path = "emails/itinerary.html")]
struct ItineraryHtml<'a> {
    m: &'a Letter<'a>,
}

#[derive(Template)]
#[template(path = "emails/schedule_changed.txt")]
struct ChangedText<'a> {
    m: &'a Letter<'a>,
}

#[derive(Template)]
#[template(path = "emails/schedule_changed.html")]
struct ChangedHtml<'a> {
    m: &'a Letter<'a>,
}

fn render(template: &impl Template) -> AppResult<String> {
    template
        .render()
        .map_err(|e| AppError::Internal(format!("mail template: {e}")))
}

/// A calendar as the `itinerary.ics` attachment.
fn ics_file(calendar: &Calendar) -> AttachedFile {
    AttachedFile {
        name: "itinerary.ics".to_owned(),
        content_type: "text/calendar; charset=utf-8; method=PUBLISH".to_owned(),
        body: calendar.to_ics().into_bytes(),
    }
}

/// The itinerary e-mail: plain text, HTML and the trainee's sessions as `itinerary.ics`.
pub fn itinerary_content(letter: &Letter<'_>, uid_domain: &str) -> AppResult<Content> {
    Ok(Content {
        subject: letter.subject(),
        text: render(&ItineraryText { m: letter })?,
        html: render(&ItineraryHtml { m: letter })?,
        attachments: vec![ics_file(&letter.it.calendar(letter.lang, uid_domain))],
    })
}

/// The "your schedule changed" e-mail, listing each change, with the changed sessions as
/// `itinerary.ics` (their new version, or cancelled) to update the trainee's calendar.
pub fn change_content(letter: &Letter<'_>, uid_domain: &str) -> AppResult<Content> {
    let calendar = letter
        .it
        .change_calendar(&letter.changes, letter.lang, uid_domain);
    Ok(Content {
        subject: letter.changed_subject(),
        text: render(&ChangedText { m: letter })?,
        html: render(&ChangedHtml { m: letter })?,
        attachments: vec![ics_file(&calendar)],
    })
}

/// What sending itineraries needs besides the database: the timetables, the settings (sender, links)
/// and the vault that seals queued messages and personal links.
#[derive(Clone, Copy)]
pub struct Post<'a> {
    pub timetables: &'a TimetableCache,
    pub settings: &'a Settings,
    pub vault: &'a Vault,
}

/// One message for the outbox, addressed to the trainee and due now.
fn message(
    settings: &Settings,
    it: &Itinerary,
    kind: MailKind,
    key: String,
    content: &Content,
    now: NaiveDateTime,
) -> AppResult<NewMessage> {
    let to = it.entry.trainee.email.clone().unwrap_or_default();
    let name = it.entry.trainee.passport_name();
    let formatted =
        format(&settings.mail.from, &to, Some(&name), content, &key).map_err(AppError::Internal)?;
    Ok(NewMessage {
        idempotency_key: key,
        kind,
        cohort_id: Some(it.entry.enrollment.cohort_id),
        trainee_id: Some(it.entry.trainee.id),
        recipient: formatted.recipient,
        subject: content.subject.clone(),
        message: formatted.message,
        status: OutboxStatus::Queued,
        next_attempt_at: now,
        created_at: now,
    })
}

/// The cohort's trainees, with their personal-link token (issued now for those without one).
fn addressed(
    conn: &mut DbConnection,
    cohort: CohortId,
    include: impl Fn(&RosterEntry) -> bool,
    vault: &Vault,
    now: NaiveDateTime,
    report: &mut Queued,
) -> AppResult<Vec<(RosterEntry, String)>> {
    let mut out = Vec::new();
    for mut entry in Enrollment::roster(conn, cohort)? {
        if !include(&entry) {
            continue;
        }
        if let Some(reason) = reason_to_skip(&entry) {
            report.skipped.push((entry.trainee.passport_name(), reason));
            continue;
        }
        let token = token_of(conn, &mut entry, vault, now)?;
        out.push((entry, token));
    }
    Ok(out)
}

/// Records what a trainee was sent, for change notices later.
fn record_sent(
    conn: &mut DbConnection,
    it: &Itinerary,
    snapshot: &Snapshot,
    now: NaiveDateTime,
) -> AppResult<()> {
    SentItinerary {
        enrollment_id: it.entry.enrollment.id,
        digest: snapshot.digest(),
        snapshot: snapshot.to_json(),
        sent_at: now,
    }
    .save(conn)?;
    Ok(())
}

/// Queues each chosen trainee's itinerary, all or nothing, and records what each was sent.
/// `progress` is told how many trainees there are, then called once per trainee.
pub fn queue_itineraries(
    conn: &mut DbConnection,
    post: &Post<'_>,
    cohort: CohortId,
    recipients: &Recipients,
    now: NaiveDateTime,
    progress: &mut dyn FnMut(Option<usize>),
) -> AppResult<Queued> {
    let Post {
        timetables,
        settings,
        vault,
    } = *post;
    conn.write(|conn| {
        let mut report = Queued::default();
        let people = addressed(
            conn,
            cohort,
            |e| recipients.includes(e),
            vault,
            now,
            &mut report,
        )?;
        progress(Some(people.len()));
        for (entry, token) in people {
            let it = Itinerary::of(conn, timetables, entry)?;
            let letter = Letter::new(&it, &settings.base_url, &token, Vec::new())?;
            let content = itinerary_content(&letter, &settings.calendar_uid_domain)?;
            let key = format!(
                "itinerary:{}:{}",
                it.entry.enrollment.id,
                fingerprint(content.text.as_bytes())
            );
            let name = it.entry.trainee.passport_name();
            if message(settings, &it, MailKind::Itinerary, key, &content, now)?
                .queue(conn, vault)?
            {
                record_sent(conn, &it, &it.snapshot(), now)?;
                report.queued.push(name);
            } else {
                report.already.push(name);
            }
            progress(None);
        }
        Ok(report)
    })
}

/// Trainees whose itinerary changed since it was sent: enrollment and what they were sent.
fn out_of_date(
    conn: &mut DbConnection,
    timetables: &TimetableCache,
    cohort: CohortId,
) -> AppResult<Vec<SentItinerary>> {
    let sent = SentItinerary::for_cohort(conn, cohort)?;
    if sent.is_empty() {
        return Ok(sent);
    }
    let now = snapshots(conn, timetables, cohort)?;
    Ok(sent
        .into_iter()
        .filter(|sent| {
            now.get(&sent.enrollment_id)
                .is_some_and(|s| s.digest() != sent.digest)
        })
        .collect())
}

/// How many trainees have an itinerary that no longer matches the timetable.
pub fn out_of_date_count(
    conn: &mut DbConnection,
    timetables: &TimetableCache,
    cohort: CohortId,
) -> AppResult<usize> {
    Ok(out_of_date(conn, timetables, cohort)?.len())
}

/// Queues one "your schedule changed" e-mail per trainee whose itinerary changed since it was sent,
/// listing every change since then (ten edits make one e-mail), and records the new itinerary as sent.
pub fn queue_change_notices(
    conn: &mut DbConnection,
    post: &Post<'_>,
    cohort: CohortId,
    now: NaiveDateTime,
) -> AppResult<Queued> {
    let Post {
        timetables,
        settings,
        vault,
    } = *post;
    conn.write(|conn| {
        let mut report = Queued::default();
        let stale: HashMap<_, _> = out_of_date(conn, timetables, cohort)?
            .into_iter()
            .map(|s| (s.enrollment_id, s))
            .collect();
        let people = addressed(
            conn,
            cohort,
            |e| stale.contains_key(&e.enrollment.id),
            vault,
            now,
            &mut report,
        )?;
        for (entry, token) in people {
            let sent = &stale[&entry.enrollment.id];
            let it = Itinerary::of(conn, timetables, entry)?;
            let snapshot = it.snapshot();
            let found = changes(&Snapshot::from_json(&sent.snapshot), &snapshot);
            let letter = Letter::new(&it, &settings.base_url, &token, found)?;
            let content = change_content(&letter, &settings.calendar_uid_domain)?;
            let key = format!(
                "schedule_changed:{}:{}:{}",
                it.entry.enrollment.id,
                sent.digest,
                snapshot.digest()
            );
            let name = it.entry.trainee.passport_name();
            if message(settings, &it, MailKind::ScheduleChanged, key, &content, now)?
                .queue(conn, vault)?
            {
                report.queued.push(name);
            } else {
                report.already.push(name);
            }
            record_sent(conn, &it, &snapshot, now)?;
        }
        Ok(report)
    })
}

/// What one trainee's itinerary e-mail would be, for the preview.
pub fn preview(
    conn: &mut DbConnection,
    post: &Post<'_>,
    cohort: CohortId,
    trainee: TraineeId,
) -> AppResult<(RosterEntry, Content)> {
    let Post {
        timetables,
        settings,
        vault,
    } = *post;
    let entry = Enrollment::find(conn, cohort, trainee)?;
    // A trainee without a link yet gets one when the e-mail is queued; the preview shows where it goes.
    let token = entry
        .enrollment
        .personal_token(vault)?
        .unwrap_or_else(|| "personal-link".to_owned());
    let it = Itinerary::of(conn, timetables, entry.clone())?;
    let letter = Letter::new(&it, &settings.base_url, &token, Vec::new())?;
    Ok((
        entry,
        itinerary_content(&letter, &settings.calendar_uid_domain)?,
    ))
}
