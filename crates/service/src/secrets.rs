//! Secrets and hashing: session, API and invitation tokens, and passwords.

use argon2::{
    Argon2,
    password_hash::{PasswordHasher, PasswordVerifier, phc::PasswordHash},
};
use base64::Engine;
use rand::RngExt;
use sha2::{Digest, Sha256};

/// A fresh random token: 32 bytes from the OS generator, URL-safe base64.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// Whether text could be a token from [`new_token`] (43 characters of
/// URL-safe base 64), so that junk is refused before any lookup.
pub fn plausible_token(token: &str) -> bool {
    (20..=64).contains(&token.len()) && token.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// A ballot tracker: ten characters from Crockford's base-32 alphabet (no
/// I, L, O or U, so it reads back without mistakes), as "K7F2Q-9MX3A".
pub fn new_tracker() -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut rng = rand::rng();
    let chars: String = (0..10).map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char).collect();
    format!("{}-{}", &chars[..5], &chars[5..])
}

/// Tokens are stored as SHA-256 hashes, so the database alone cannot log anyone in.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Compares secrets without leaking where they differ through timing.
pub fn constant_time_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Argon2 takes 19 MiB and tens of milliseconds of a core per call. At most
/// one call per core runs at once, process-wide, so a flood of logins costs
/// bounded memory and leaves the async workers free for pages.
static HASHING: std::sync::OnceLock<tokio::sync::Semaphore> = std::sync::OnceLock::new();

fn hashing_slots() -> &'static tokio::sync::Semaphore {
    HASHING.get_or_init(|| tokio::sync::Semaphore::new(std::thread::available_parallelism().map_or(2, |n| n.get())))
}

/// How long a request waits for a hashing slot before it is told to try again.
pub const HASHING_WAIT: std::time::Duration = std::time::Duration::from_secs(3);

/// Runs `work` (a password hash or check) on a blocking thread once a
/// hashing slot is free; `None` when none freed up within `wait`.
pub async fn bounded<T: Send + 'static>(
    wait: std::time::Duration,
    work: impl FnOnce() -> T + Send + 'static,
) -> Option<Result<T, tokio::task::JoinError>> {
    let permit = tokio::time::timeout(wait, hashing_slots().acquire()).await.ok()?.ok()?;
    let done = tokio::task::spawn_blocking(work).await;
    drop(permit);
    Some(done)
}

/// Hashes a password with argon2id (the crate's defaults: 19 MiB, 2 passes).
pub fn hash_password(password: &str) -> Result<String, String> {
    Argon2::default().hash_password(password.as_bytes()).map(|h| h.to_string()).map_err(|e| e.to_string())
}

/// A valid hash of a password nobody has, verified when the account does not
/// exist so that "no such account" takes as long as "wrong password".
pub const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$Vn0BaYd7dCRWXaLR3BIyCCYIuxMwJi0GpyYGQxLKxRk";

pub fn verify_password(password: &str, hash: &str) -> bool {
    match PasswordHash::new(hash) {
        Ok(parsed) => Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok(),
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    };
    use std::time::Duration;

    #[tokio::test]
    async fn no_more_hashes_run_at_once_than_there_are_cores_and_a_long_queue_is_told_to_wait() {
        let slots = hashing_slots().available_permits();
        let (running, most) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let mut set = tokio::task::JoinSet::new();
        for _ in 0..(4 * slots + 4) {
            let (running, most) = (running.clone(), most.clone());
            set.spawn(bounded(Duration::from_secs(30), move || {
                let now = running.fetch_add(1, Ordering::SeqCst) + 1;
                most.fetch_max(now, Ordering::SeqCst);
                std::thread::sleep(Duration::from_millis(20));
                running.fetch_sub(1, Ordering::SeqCst);
            }));
        }
        let mut finished = 0;
        while let Some(done) = set.join_next().await {
            assert!(matches!(done, Ok(Some(Ok(())))));
            finished += 1;
        }
        assert_eq!(finished, 4 * slots + 4);
        assert!(most.load(Ordering::SeqCst) <= slots, "at most {slots} at once");

        // Every slot busy for longer than a newcomer may wait: it is turned away.
        let mut busy = tokio::task::JoinSet::new();
        for _ in 0..slots {
            busy.spawn(bounded(Duration::from_secs(30), || std::thread::sleep(Duration::from_millis(400))));
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert!(bounded(Duration::from_millis(20), || ()).await.is_none(), "no slot within the wait");
        while busy.join_next().await.is_some() {}
        assert!(bounded(Duration::from_millis(20), || ()).await.is_some(), "a slot once they finish");
    }

    #[test]
    fn tokens_are_random_and_hashes_stable() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_eq!(token_hash("x"), token_hash("x"));
        assert_eq!(token_hash("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    #[test]
    fn passwords_verify() {
        let hash = hash_password("correct horse battery").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", &hash));
        assert!(!verify_password("wrong horse battery", &hash));
        assert!(!verify_password("x", "not a hash"));
        assert!(PasswordHash::new(DUMMY_HASH).is_ok());
        assert!(!verify_password("anything", DUMMY_HASH));
    }

    #[test]
    fn constant_time_comparison() {
        assert!(constant_time_eq("abc", "abc"));
        assert!(!constant_time_eq("abc", "abd"));
        assert!(!constant_time_eq("abc", "ab"));
    }
}
