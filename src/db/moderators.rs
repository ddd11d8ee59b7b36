//! Moderator accounts and their sign-in sessions.

use sqlx::{FromRow, SqliteConnection};

/// A signed-in moderator.
#[derive(Debug, Clone, PartialEq, Eq, FromRow)]
pub struct Moderator {
    pub id: i64,
    pub username: String,
}

#[derive(Debug, FromRow)]
pub struct Account {
    pub id: i64,
    pub username: String,
    pub password_hash: String,
}

/// Creates an account, or replaces the password of an existing one; returns its id.
pub async fn upsert(
    conn: &mut SqliteConnection,
    username: &str,
    password_hash: &str,
    now: &str,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO moderators (username, password_hash, created_at) VALUES (?, ?, ?)
         ON CONFLICT (username) DO UPDATE SET password_hash = excluded.password_hash
         RETURNING id",
    )
    .bind(username)
    .bind(password_hash)
    .bind(now)
    .fetch_one(conn)
    .await
}

pub async fn find(
    conn: &mut SqliteConnection,
    username: &str,
) -> Result<Option<Account>, sqlx::Error> {
    sqlx::query_as("SELECT id, username, password_hash FROM moderators WHERE username = ?")
        .bind(username)
        .fetch_optional(conn)
        .await
}

pub async fn create_session(
    conn: &mut SqliteConnection,
    token_hash: &str,
    moderator_id: i64,
    now: &str,
    expires_at: &str,
) -> Result<(), sqlx::Error> {
    // Expired sessions are cleared whenever a new one starts.
    sqlx::query("DELETE FROM sessions WHERE expires_at <= ?")
        .bind(now)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO sessions (token_hash, moderator_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
    )
    .bind(token_hash)
    .bind(moderator_id)
    .bind(now)
    .bind(expires_at)
    .execute(conn)
    .await
    .map(|_| ())
}

/// The moderator of a live session, if the token names one that has not expired.
pub async fn session(
    conn: &mut SqliteConnection,
    token_hash: &str,
    now: &str,
) -> Result<Option<Moderator>, sqlx::Error> {
    sqlx::query_as(
        "SELECT m.id, m.username FROM sessions s JOIN moderators m ON m.id = s.moderator_id
         WHERE s.token_hash = ? AND s.expires_at > ?",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(conn)
    .await
}

pub async fn end_session(conn: &mut SqliteConnection, token_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = ?")
        .bind(token_hash)
        .execute(conn)
        .await
        .map(|_| ())
}
