//! Where the program reads the time: the system clock when it serves, a fixed instant when a test
//! needs one. Every use case takes the time from the registry's clock, never from the system.

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

#[derive(Debug, Clone, Copy, Default)]
pub enum Clock {
    #[default]
    System,
    /// Always this instant.
    Fixed(OffsetDateTime),
}

impl Clock {
    pub fn now(self) -> OffsetDateTime {
        match self {
            Clock::System => OffsetDateTime::now_utc(),
            Clock::Fixed(instant) => instant,
        }
    }

    /// The current time as the database stores it (RFC 3339).
    pub fn now_text(self) -> anyhow::Result<String> {
        Ok(self.now().format(&Rfc3339)?)
    }
}
