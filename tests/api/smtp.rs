//! A real SMTP server in the test process (mailin-embedded): it records every message it accepts, and
//! can be told to refuse them for a while, temporarily (4xx) or for good (5xx), or to answer slowly.

use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use mailin_embedded::response::{INTERNAL_ERROR, NO_MAILBOX, OK};
use mailin_embedded::{Handler, Response, Server, SslConfig};

/// What the server answers to each recipient.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Accept,
    /// 451: try again later.
    Temporary,
    /// 550: no such mailbox.
    Permanent,
    /// Accepts, each message after this long (a relay that stalls).
    Slow(std::time::Duration),
}

/// A message as the server received it.
#[derive(Debug, Clone)]
pub struct Received {
    pub from: String,
    pub to: Vec<String>,
    pub data: Vec<u8>,
}

#[derive(Clone)]
struct Recorder {
    mode: Arc<Mutex<Mode>>,
    inbox: Arc<Mutex<Vec<Received>>>,
    current: Option<Received>,
}

impl Handler for Recorder {
    fn rcpt(&mut self, _to: &str) -> Response {
        let mode = *self.mode.lock().unwrap();
        match mode {
            Mode::Accept => OK,
            Mode::Slow(wait) => {
                std::thread::sleep(wait);
                OK
            }
            Mode::Temporary => INTERNAL_ERROR,
            Mode::Permanent => NO_MAILBOX,
        }
    }

    fn data_start(&mut self, _domain: &str, from: &str, _is8bit: bool, to: &[String]) -> Response {
        self.current = Some(Received {
            from: from.to_owned(),
            to: to.to_vec(),
            data: Vec::new(),
        });
        OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        if let Some(message) = &mut self.current {
            message.data.extend_from_slice(buf);
        }
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        if let Some(message) = self.current.take() {
            self.inbox.lock().unwrap().push(message);
        }
        OK
    }
}

pub struct SmtpServer {
    pub port: u16,
    mode: Arc<Mutex<Mode>>,
    inbox: Arc<Mutex<Vec<Received>>>,
}

impl SmtpServer {
    /// A server on a free port.
    pub fn start() -> SmtpServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
        Self::on(listener)
    }

    /// A server on `port` (one that refused connections until now).
    pub fn start_on(port: u16) -> SmtpServer {
        Self::on(TcpListener::bind(("127.0.0.1", port)).expect("the port is free again"))
    }

    fn on(listener: TcpListener) -> SmtpServer {
        let port = listener.local_addr().unwrap().port();
        let (mode, inbox) = (Arc::new(Mutex::new(Mode::Accept)), Arc::default());
        let recorder = Recorder {
            mode: Arc::clone(&mode),
            inbox: Arc::clone(&inbox),
            current: None,
        };
        let mut server = Server::new(recorder);
        server
            .with_name("smtp.test")
            .with_ssl(SslConfig::None)
            .expect("plain SMTP")
            .with_num_threads(64)
            .with_tcp_listener(listener);
        std::thread::spawn(move || {
            let _ = server.serve();
        });
        SmtpServer { port, mode, inbox }
    }

    /// A port nothing listens on (yet): connections to it are refused.
    pub fn closed_port() -> u16 {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
        listener.local_addr().unwrap().port()
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn set_mode(&self, mode: Mode) {
        *self.mode.lock().unwrap() = mode;
    }

    pub fn received(&self) -> Vec<Received> {
        self.inbox.lock().unwrap().clone()
    }

    /// The `Message-ID`s of what the server received, in order.
    pub fn message_ids(&self) -> Vec<String> {
        self.received()
            .iter()
            .map(|m| {
                let parsed = mail_parser::MessageParser::default()
                    .parse(&m.data)
                    .unwrap();
                parsed.message_id().unwrap().to_owned()
            })
            .collect()
    }
}
