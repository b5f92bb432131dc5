//! What the server's secret key makes: sealed (encrypted and authenticated) values for what a copy of the
//! database must not reveal — passport numbers, personal-link tokens, queued e-mails, uploaded roster
//! files — and keyed digests to find a passport number again without storing it. The key itself never
//! enters the database; only its fingerprint does. Everything here is pure.

use base64::Engine;
use base64::engine::general_purpose::STANDARD_NO_PAD;
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

use crate::domain::ids::hex;

type HmacSha256 = Hmac<Sha256>;

/// Random bytes in a new secret key.
const KEY_BYTES: usize = 64;
/// How a sealed text begins: the scheme's version, so a later scheme can be told apart.
pub const TEXT_PREFIX: &str = "sealed1:";
/// How sealed bytes begin.
const BYTES_PREFIX: &[u8] = b"SEALED1\0";
const NONCE_LEN: usize = 24;

/// A new secret key: 64 random bytes, in hex.
pub fn new_secret_key() -> String {
    let mut bytes = [0u8; KEY_BYTES];
    rand::rng().fill_bytes(&mut bytes);
    hex(&bytes)
}

/// A sealed value that does not open with this key: the database was sealed with another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a sealed value does not open with this secret key")]
pub struct Unsealable;

/// The keys derived from the server's secret for sealing and for digests.
#[derive(Clone)]
pub struct Vault {
    cipher: XChaCha20Poly1305,
    digest_key: [u8; 32],
    fingerprint: String,
}

impl Vault {
    /// The vault of a secret key's text: derived from its first 64 bytes, the same key material the
    /// cookie key takes from it.
    pub fn of_secret(secret: &str) -> Self {
        let bytes = secret.as_bytes();
        Self::derive(&bytes[..bytes.len().min(KEY_BYTES)])
    }

    /// `master` is the secret key's own key material (at least 32 bytes).
    pub fn derive(master: &[u8]) -> Self {
        let derive = |label: &str| hmac(master, label);
        let sealing = derive("cohortdesk sealing");
        Self {
            cipher: XChaCha20Poly1305::new(&sealing.into()),
            digest_key: derive("cohortdesk digest"),
            fingerprint: hex(&derive("cohortdesk key fingerprint")[..8]),
        }
    }

    /// Names the key without revealing it (`3f9a…`, 16 hex digits), so a database can say which key it needs.
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// `plain`, encrypted under a fresh random nonce; opening it also proves it was not altered.
    pub fn seal(&self, plain: &[u8]) -> Vec<u8> {
        let mut nonce = [0u8; NONCE_LEN];
        rand::rng().fill_bytes(&mut nonce);
        let sealed = self
            .cipher
            .encrypt(XNonce::from_slice(&nonce), plain)
            .expect("encryption of an in-memory value does not fail");
        [BYTES_PREFIX, &nonce, &sealed].concat()
    }

    pub fn open(&self, sealed: &[u8]) -> Result<Vec<u8>, Unsealable> {
        let rest = sealed.strip_prefix(BYTES_PREFIX).ok_or(Unsealable)?;
        if rest.len() < NONCE_LEN {
            return Err(Unsealable);
        }
        let (nonce, body) = rest.split_at(NONCE_LEN);
        self.cipher
            .decrypt(XNonce::from_slice(nonce), body)
            .map_err(|_| Unsealable)
    }

    /// `plain`, sealed and written as text (`sealed1:` and base64), for text columns.
    pub fn seal_text(&self, plain: &str) -> String {
        format!(
            "{TEXT_PREFIX}{}",
            STANDARD_NO_PAD.encode(self.seal(plain.as_bytes()))
        )
    }

    pub fn open_text(&self, sealed: &str) -> Result<String, Unsealable> {
        let encoded = sealed.strip_prefix(TEXT_PREFIX).ok_or(Unsealable)?;
        let bytes = STANDARD_NO_PAD.decode(encoded).map_err(|_| Unsealable)?;
        String::from_utf8(self.open(&bytes)?).map_err(|_| Unsealable)
    }

    /// A keyed digest (HMAC-SHA-256, hex) of `text`: equal texts give equal digests, and without the key
    /// nobody can test a guess against it — unlike a plain hash of a passport number, which has few
    /// enough possible values to try them all.
    pub fn digest(&self, text: &str) -> String {
        hex(&hmac(&self.digest_key, text))
    }
}

fn hmac(key: &[u8], message: &str) -> [u8; 32] {
    let mut mac = <HmacSha256 as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(message.as_bytes());
    mac.finalize().into_bytes().into()
}

/// Whether a text column's value is already sealed (values written before sealing began are not).
pub fn is_sealed_text(text: &str) -> bool {
    text.starts_with(TEXT_PREFIX)
}

/// Whether stored bytes are already sealed.
pub fn is_sealed(bytes: &[u8]) -> bool {
    bytes.starts_with(BYTES_PREFIX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vault(secret: &str) -> Vault {
        Vault::derive(secret.as_bytes())
    }

    #[test]
    fn a_sealed_text_opens_only_with_its_key_and_hides_its_value() {
        let sealed = vault("one key").seal_text("N1234567");
        assert!(is_sealed_text(&sealed));
        assert!(!sealed.contains("N1234567"));
        assert_eq!(
            vault("one key").open_text(&sealed),
            Ok("N1234567".to_owned())
        );
        assert_eq!(vault("another key").open_text(&sealed), Err(Unsealable));
    }

    #[test]
    fn the_same_value_seals_differently_each_time() {
        let v = vault("one key");
        assert_ne!(v.seal_text("N1234567"), v.seal_text("N1234567"));
    }

    #[test]
    fn an_altered_sealed_value_does_not_open() {
        let v = vault("one key");
        let mut sealed = v.seal(b"a roster file");
        let last = sealed.len() - 1;
        sealed[last] ^= 1;
        assert_eq!(v.open(&sealed), Err(Unsealable));
        assert_eq!(v.open(b"not sealed at all"), Err(Unsealable));
        assert_eq!(v.open_text("N1234567"), Err(Unsealable));
    }

    #[test]
    fn digests_match_for_equal_values_and_depend_on_the_key() {
        let v = vault("one key");
        assert_eq!(v.digest("N1234567"), v.digest("N1234567"));
        assert_ne!(v.digest("N1234567"), v.digest("N1234568"));
        assert_ne!(
            v.digest("N1234567"),
            vault("another key").digest("N1234567")
        );
        assert_eq!(v.fingerprint().len(), 16);
        assert_ne!(v.fingerprint(), vault("another key").fingerprint());
    }
}
