//! Outgoing mail: building a multipart message (plain text, HTML, attachments) and handing it to the
//! transport that `SMTP_URL` names, or writing it as an `.eml` file when none is set.

use lettre::address::Envelope;
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::Error as SmtpError;
use lettre::transport::smtp::PoolConfig;
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::config::{MailSettings, MailTransport};
use crate::domain::outbox::SendFailure;

/// SMTP connections kept open to the server, and so messages handed over at once.
pub const CONNECTIONS: u32 = 8;

/// How long one SMTP conversation may take before it counts as a temporary failure.
const SMTP_TIMEOUT_SECONDS: u64 = 30;

/// A file sent with a message.
pub struct AttachedFile {
    pub name: String,
    pub content_type: String,
    pub body: Vec<u8>,
}

/// What a message says: subject, the same content as plain text and as HTML, and attachments.
pub struct Content {
    pub subject: String,
    pub text: String,
    pub html: String,
    pub attachments: Vec<AttachedFile>,
}

/// A message ready to be queued: its recipient and the whole message as it goes over SMTP.
pub struct Formatted {
    pub recipient: String,
    pub message: String,
}

/// Builds the message to `to`, shown as `to_name` when given. `message_id` is derived from the outbox's
/// idempotency key, so that a copy sent twice after a crash carries the same `Message-ID` and mail
/// programs show it once. Every message says it was sent by a machine (`Auto-Submitted`), so that
/// out-of-office replies do not answer it.
pub fn format(
    from: &str,
    to: &str,
    to_name: Option<&str>,
    content: &Content,
    message_id: &str,
) -> Result<Formatted, String> {
    let from: Mailbox = from
        .parse()
        .map_err(|e| format!("MAIL_FROM {from:?}: {e}"))?;
    let address = to.parse().map_err(|e| format!("{to:?}: {e}"))?;
    let recipient = Mailbox::new(to_name.map(str::to_owned), address);
    let domain = from.email.domain().to_owned();
    // The left part of a Message-ID allows letters, digits and a few signs, not `:`.
    let local: String = message_id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '.'
            }
        })
        .collect();
    let alternative = MultiPart::alternative()
        .singlepart(SinglePart::plain(content.text.clone()))
        .singlepart(SinglePart::html(content.html.clone()));
    let body =
        if content.attachments.is_empty() {
            alternative
        } else {
            content.attachments.iter().try_fold(
                MultiPart::mixed().multipart(alternative),
                |parts, file| {
                    let kind = ContentType::parse(&file.content_type).map_err(|e| e.to_string())?;
                    Ok::<_, String>(parts.singlepart(
                        Attachment::new(file.name.clone()).body(file.body.clone(), kind),
                    ))
                },
            )?
        };
    let message = Message::builder()
        .from(from)
        .to(recipient.clone())
        .subject(content.subject.clone())
        .message_id(Some(format!("<{local}@{domain}>")))
        .raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("Auto-Submitted"),
            "auto-generated".to_owned(),
        ))
        .multipart(body)
        .map_err(|e| e.to_string())?;
    Ok(Formatted {
        recipient: recipient.email.to_string(),
        message: String::from_utf8_lossy(&message.formatted()).into_owned(),
    })
}

/// Where messages go.
#[derive(Clone)]
pub enum Mailer {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(AsyncFileTransport<Tokio1Executor>),
}

impl Mailer {
    /// The transport the settings name. An SMTP URL without `?tls=` upgrades with STARTTLS when the
    /// server offers it (`?tls=required` insists on it); `smtps://` is TLS from the start.
    pub fn new(settings: &MailSettings) -> Result<Mailer, String> {
        match &settings.transport {
            MailTransport::Files(dir) => {
                std::fs::create_dir_all(dir)
                    .map_err(|e| format!("cannot create the mail folder {}: {e}", dir.display()))?;
                Ok(Mailer::Files(AsyncFileTransport::new(dir)))
            }
            MailTransport::Smtp(url) => {
                let mut url = url.clone();
                if url.scheme() == "smtp" && !url.query_pairs().any(|(k, _)| k == "tls") {
                    url.query_pairs_mut().append_pair("tls", "opportunistic");
                }
                let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url.as_str())
                    .map_err(|e| format!("SMTP_URL: {e}"))?
                    .timeout(Some(std::time::Duration::from_secs(SMTP_TIMEOUT_SECONDS)))
                    .pool_config(PoolConfig::new().max_size(CONNECTIONS))
                    .build();
                Ok(Mailer::Smtp(transport))
            }
        }
    }

    /// Hands one message over; a 5xx answer is a permanent failure, anything else can be tried again.
    pub async fn send(&self, from: &str, to: &str, message: &str) -> Result<(), SendFailure> {
        let envelope = envelope(from, to).map_err(|reason| SendFailure {
            permanent: true,
            reason,
        })?;
        match self {
            Mailer::Smtp(smtp) => smtp
                .send_raw(&envelope, message.as_bytes())
                .await
                .map(drop)
                .map_err(|e| smtp_failure(&e)),
            Mailer::Files(files) => files
                .send_raw(&envelope, message.as_bytes())
                .await
                .map(drop)
                .map_err(|e| SendFailure {
                    permanent: false,
                    reason: e.to_string(),
                }),
        }
    }
}

fn envelope(from: &str, to: &str) -> Result<Envelope, String> {
    let from: Mailbox = from.parse().map_err(|e| format!("{from:?}: {e}"))?;
    let to: Mailbox = to.parse().map_err(|e| format!("{to:?}: {e}"))?;
    Envelope::new(Some(from.email), vec![to.email]).map_err(|e| e.to_string())
}

fn smtp_failure(error: &SmtpError) -> SendFailure {
    SendFailure {
        permanent: error.is_permanent(),
        reason: error.to_string(),
    }
}
