//! The pages that say who stands behind the register and how it treats people: `/contact`,
//! `/privacy` and `/accessibility`. The operator's details come from the configuration
//! (`serve --operator-name`, `--operator-email`, `--operator-address`); until they are given, the
//! pages say so instead of showing an address nobody reads.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;

use super::AppState;
use super::language::Locale;
use super::pages::{Layout, pieces};
use super::security::{CSRF_COOKIE, SESSION_COOKIE};
use crate::domain::types::Email;

/// Who runs this register, as configured. Each part may be missing; the pages say which.
#[derive(Debug, Clone, Default)]
pub struct Operator {
    pub name: Option<String>,
    pub email: Option<Email>,
    pub address: Option<String>,
}

impl Operator {
    /// The operator's details, blank ones left out (an empty environment variable sets nothing).
    pub fn new(name: Option<String>, email: Option<Email>, address: Option<String>) -> Self {
        let given =
            |text: Option<String>| text.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty());
        Self {
            name: given(name),
            email,
            address: given(address),
        }
    }

    pub fn email(&self) -> Option<&str> {
        self.email.as_ref().map(Email::as_str)
    }

    /// Whether the operator has given anything at all.
    pub fn is_configured(&self) -> bool {
        self.name.is_some() || self.email.is_some() || self.address.is_some()
    }
}

/// The cookie that remembers a language was suggested (set by `language::localise`).
const LANGUAGE_COOKIE: &str = "userled_language_suggested";

fn layout(locale: &Locale, state: &AppState, key: &str, path: &str) -> Layout {
    let lang = locale.lang;
    Layout::new(
        locale,
        format!("{} – userled", lang.t(&format!("{key}-title"))),
        lang.t(&format!("{key}-description")),
    )
    .at(state, path)
}

#[derive(Template, WebTemplate)]
#[template(path = "trust/contact.html")]
pub struct ContactPage {
    pub layout: Layout,
    pub operator: Operator,
}

pub async fn contact(locale: Locale, State(state): State<AppState>) -> ContactPage {
    ContactPage {
        layout: layout(&locale, &state, "contact", "/contact"),
        operator: (*state.operator).clone(),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "trust/privacy.html")]
pub struct PrivacyPage {
    pub layout: Layout,
    pub csrf_cookie: &'static str,
    pub language_cookie: &'static str,
    pub session_cookie: &'static str,
}

pub async fn privacy(locale: Locale, State(state): State<AppState>) -> PrivacyPage {
    PrivacyPage {
        layout: layout(&locale, &state, "privacy", "/privacy"),
        csrf_cookie: CSRF_COOKIE,
        language_cookie: LANGUAGE_COOKIE,
        session_cookie: SESSION_COOKIE,
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "trust/accessibility.html")]
pub struct AccessibilityPage {
    pub layout: Layout,
    pub operator: Operator,
}

pub async fn accessibility(locale: Locale, State(state): State<AppState>) -> AccessibilityPage {
    AccessibilityPage {
        layout: layout(&locale, &state, "accessibility", "/accessibility"),
        operator: (*state.operator).clone(),
    }
}
