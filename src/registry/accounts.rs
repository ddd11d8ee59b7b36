//! Moderators: accounts, sign-in with its throttles, and sessions.

use time::Duration;
use time::format_description::well_known::Rfc3339;

use super::{Error, Registry, Result};
use crate::auth;
use crate::db::moderators;

pub use crate::db::moderators::Moderator;

/// How long a moderator stays signed in.
pub const SESSION_HOURS: i64 = 8;

/// The answer to a sign-in.
pub enum SignIn {
    /// A new session: the token goes into the moderator's cookie and nowhere else.
    Accepted { token: String },
    /// The username or the password is wrong; which one is not said.
    Refused,
}

/// Checks a username and password. Failures count against the username and the address; past
/// either limit the answer is [`Error::TooManyRequests`], whatever the password.
///
/// A failure is counted before the password is checked (both slots reserved in one step each),
/// and given back if the password is right: however many requests arrive at once, at most the
/// limit's number of password checks run for one username, or one address, within the window.
pub async fn sign_in(
    registry: &Registry,
    username: &str,
    password: &str,
    address: &str,
) -> Result<SignIn> {
    let throttles = &registry.throttles;
    let user_key = username.trim().to_lowercase();
    let user_slot = throttles
        .sign_in_user
        .reserve(&user_key)
        .map_err(Error::wait)?;
    let address_slot = throttles
        .sign_in_address
        .reserve(address)
        .map_err(Error::wait)?;

    let account = {
        let mut conn = registry.pool.acquire().await?;
        moderators::find(&mut conn, username.trim()).await?
    };
    // Hashing takes a while: it runs off the async threads, holding no database connection (the
    // one above is back in the pool). An unknown user is checked against a throwaway hash: the
    // same answer in the same time.
    let verified = tokio::task::spawn_blocking({
        let hash = account.as_ref().map(|a| a.password_hash.clone());
        let password = password.to_owned();
        move || auth::verify_password(hash.as_deref(), &password)
    })
    .await
    .map_err(|err| Error::Internal(err.into()))?;
    let Some(account) = account.filter(|_| verified) else {
        user_slot.keep();
        address_slot.keep();
        return Ok(SignIn::Refused);
    };
    drop((user_slot, address_slot));
    throttles.sign_in_user.reset(&user_key);

    let token = auth::random_token();
    let now = registry.now();
    let text = |t: time::OffsetDateTime| {
        t.format(&Rfc3339)
            .map_err(|err| Error::Internal(err.into()))
    };
    let mut conn = registry.pool.acquire().await?;
    moderators::create_session(
        &mut conn,
        &auth::token_hash(&token),
        account.id,
        &text(now)?,
        &text(now + Duration::hours(SESSION_HOURS))?,
    )
    .await?;
    tracing::info!(moderator = account.id, "moderator signed in");
    Ok(SignIn::Accepted { token })
}

/// The moderator whose live session this token opens, if any.
pub async fn moderator(registry: &Registry, token: &str) -> Result<Option<Moderator>> {
    let now = registry.now_text()?;
    let mut conn = registry.pool.acquire().await?;
    Ok(moderators::session(&mut conn, &auth::token_hash(token), &now).await?)
}

pub async fn sign_out(registry: &Registry, token: &str) -> Result<()> {
    let mut conn = registry.pool.acquire().await?;
    Ok(moderators::end_session(&mut conn, &auth::token_hash(token)).await?)
}

/// Creates a moderator account, or sets a new password for an existing one; returns its id.
pub async fn create_moderator(registry: &Registry, username: &str, password: &str) -> Result<i64> {
    let hash = auth::hash_password(password)?;
    let now = registry.now_text()?;
    let mut conn = registry.pool.acquire().await?;
    Ok(moderators::upsert(&mut conn, username, &hash, &now).await?)
}
