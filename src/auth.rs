//! Moderator accounts: password hashing (argon2id), session tokens, and throttling.

use std::collections::{HashMap, VecDeque};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use argon2::Argon2;
use argon2::password_hash::rand_core::{OsRng, RngCore};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use sha2::{Digest, Sha256};

pub const MIN_PASSWORD_CHARS: usize = 12;

/// Hashes a password with argon2id and a random salt, in the PHC string format.
pub fn hash_password(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|err| anyhow::anyhow!("cannot hash the password: {err}"))
}

/// Checks a password against a stored hash. With `None` (no such user) it checks against a
/// throwaway hash, so that an unknown user takes as long to refuse as a wrong password.
pub fn verify_password(stored: Option<&str>, password: &str) -> bool {
    static DUMMY: OnceLock<String> = OnceLock::new();
    let dummy = DUMMY.get_or_init(|| hash_password(&random_token()).unwrap_or_default());
    let hash = stored.unwrap_or(dummy);
    let Ok(parsed) = PasswordHash::new(hash) else {
        return false;
    };
    let matches = Argon2::default()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok();
    matches && stored.is_some()
}

/// 32 random bytes, hex-encoded: session tokens, CSRF tokens, references' entropy.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    hex(&bytes)
}

/// How a session token is stored: its SHA-256, hex-encoded.
pub fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Compares two secrets in time that does not depend on where they differ.
pub fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// A submission reference people can read out: `UL-` and eight characters of Crockford's base32.
pub fn new_reference() -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut bytes = [0u8; 8];
    OsRng.fill_bytes(&mut bytes);
    let chars: String = bytes
        .iter()
        .map(|b| ALPHABET[usize::from(b % 32)] as char)
        .collect();
    format!("UL-{}-{}", &chars[..4], &chars[4..])
}

/// Counts events per key in a sliding window and refuses once a limit is reached: sign-in failures
/// per username and per address, submissions per address. Kept in memory; it forgets on restart.
///
/// A slot is taken with [`Throttle::reserve`] *before* the work it limits, checking and recording
/// in one step under the lock, so requests in flight at the same time cannot all pass: at most
/// `limit` reservations per key are held within the window, whether kept or still in flight.
pub struct Throttle {
    limit: usize,
    window: Duration,
    events: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl Throttle {
    pub fn new(limit: usize, window: Duration) -> Self {
        Self {
            limit,
            window,
            events: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one slot for `key`, or `Err(wait)` when the key has reached the limit: how long
    /// until one more is allowed. The slot is given back when the [`Slot`] is dropped, unless it
    /// is [kept](Slot::keep).
    pub fn reserve(&self, key: &str) -> Result<Slot<'_>, Duration> {
        let now = Instant::now();
        let mut events = self.events.lock().unwrap_or_else(|p| p.into_inner());
        if events.len() > 10_000 {
            // Forget keys whose events have all aged out, so the map cannot grow without bound.
            let window = self.window;
            events.retain(|_, times| {
                times
                    .back()
                    .is_some_and(|t| now.duration_since(*t) < window)
            });
        }
        let times = events.entry(key.to_owned()).or_default();
        while times
            .front()
            .is_some_and(|t| now.duration_since(*t) >= self.window)
        {
            times.pop_front();
        }
        if times.len() >= self.limit {
            let oldest = times.front().copied().unwrap_or(now);
            return Err(self.window.saturating_sub(now.duration_since(oldest)));
        }
        times.push_back(now);
        Ok(Slot {
            throttle: self,
            key: key.to_owned(),
            at: now,
            kept: false,
        })
    }

    /// Gives back the slot taken at `at`; nothing if it has aged out or was reset meanwhile.
    fn release(&self, key: &str, at: Instant) {
        let mut events = self.events.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(times) = events.get_mut(key) {
            if let Some(i) = times.iter().rposition(|t| *t == at) {
                times.remove(i);
            }
            if times.is_empty() {
                events.remove(key);
            }
        }
    }

    /// Forgets every slot of `key`.
    pub fn reset(&self, key: &str) {
        self.events
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .remove(key);
    }
}

/// One reserved slot of a [`Throttle`]: counted from the moment it was reserved, given back when
/// dropped (the work failed in a way that should not count, or was abandoned), counted for the
/// whole window once [kept](Slot::keep).
#[must_use = "a slot is given back as soon as it is dropped"]
pub struct Slot<'a> {
    throttle: &'a Throttle,
    key: String,
    at: Instant,
    kept: bool,
}

impl Slot<'_> {
    /// Counts the slot for the whole window.
    pub fn keep(mut self) {
        self.kept = true;
    }
}

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        if !self.kept {
            self.throttle.release(&self.key, self.at);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_verify_only_against_their_hash() {
        let hash = hash_password("correct horse battery").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password(Some(&hash), "correct horse battery"));
        assert!(!verify_password(Some(&hash), "wrong"));
        assert!(!verify_password(None, "correct horse battery"));
    }

    #[test]
    fn tokens_are_random_and_hashed() {
        let a = random_token();
        assert_eq!(a.len(), 64);
        assert_ne!(a, random_token());
        assert_eq!(token_hash(&a).len(), 64);
        assert_ne!(token_hash(&a), a);
        assert!(constant_time_eq(&a, &a.clone()));
        assert!(!constant_time_eq(&a, &random_token()));
    }

    #[test]
    fn references_are_readable() {
        let reference = new_reference();
        assert_eq!(reference.len(), 12);
        assert!(reference.starts_with("UL-"));
        assert!(!reference[3..].contains(['I', 'L', 'O', 'U']));
    }

    #[test]
    fn throttles_refuse_past_the_limit() {
        let throttle = Throttle::new(2, Duration::from_secs(60));
        throttle.reserve("a").unwrap().keep();
        throttle.reserve("a").unwrap().keep();
        assert!(throttle.reserve("a").is_err());
        throttle.reserve("b").unwrap().keep();
        throttle.reset("a");
        throttle.reserve("a").unwrap().keep();
    }

    #[test]
    fn slots_in_flight_count_and_dropped_ones_are_given_back() {
        let throttle = Throttle::new(2, Duration::from_secs(60));
        let first = throttle.reserve("a").unwrap();
        let second = throttle.reserve("a").unwrap();
        // Two in flight: a third is refused before either finishes.
        assert!(throttle.reserve("a").is_err());
        drop(first);
        let third = throttle.reserve("a").unwrap();
        second.keep();
        third.keep();
        assert!(throttle.reserve("a").is_err());
    }

    #[test]
    fn reservations_from_many_threads_never_exceed_the_limit() {
        let throttle = Throttle::new(10, Duration::from_secs(60));
        let granted = std::sync::atomic::AtomicUsize::new(0);
        std::thread::scope(|scope| {
            for _ in 0..50 {
                scope.spawn(|| {
                    if let Ok(slot) = throttle.reserve("a") {
                        granted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                        slot.keep();
                    }
                });
            }
        });
        assert_eq!(granted.into_inner(), 10);
    }
}
