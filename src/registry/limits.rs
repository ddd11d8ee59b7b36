//! How much one address or account may do, and the throttles that hold it to that.

use std::time::Duration;

use crate::auth::Throttle;

#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Submissions per address per hour.
    pub submissions_per_hour: usize,
    /// Failed sign-ins per username per 15 minutes.
    pub sign_in_failures_per_user: usize,
    /// Failed sign-ins per address per 15 minutes.
    pub sign_in_failures_per_address: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            submissions_per_hour: 10,
            sign_in_failures_per_user: 5,
            sign_in_failures_per_address: 20,
        }
    }
}

pub(super) struct Throttles {
    pub submissions: Throttle,
    pub sign_in_user: Throttle,
    pub sign_in_address: Throttle,
}

impl Throttles {
    pub fn new(limits: Limits) -> Self {
        let quarter = Duration::from_secs(15 * 60);
        Self {
            submissions: Throttle::new(limits.submissions_per_hour, Duration::from_secs(3600)),
            sign_in_user: Throttle::new(limits.sign_in_failures_per_user, quarter),
            sign_in_address: Throttle::new(limits.sign_in_failures_per_address, quarter),
        }
    }
}
