//! How to reach an organisation: the block that leads its page (website, e-mail, telephone
//! first, as links a phone can follow; then how it meets, its languages, address and other
//! channels), and the same details as schema.org data. Built only from a full record, so a
//! discreet organisation, which has none in public, never shows any.

use serde_json::{Value, json};

use crate::domain::Organisation;
use crate::domain::languages::autonym;
use crate::domain::vocabulary::Vocabulary;
use crate::i18n::Lang;

/// A way to reach the organisation with one tap: what it is ("E-mail"), where it leads, and
/// the address as people read it.
#[derive(Debug, Clone)]
pub struct Action {
    pub kind: String,
    pub href: String,
    pub text: String,
    /// Whether it leaves the site (a web page), rather than opening the mail or phone app.
    pub external: bool,
}

/// A language the organisation works in, named in itself.
#[derive(Debug, Clone)]
pub struct Language {
    pub code: String,
    pub name: String,
}

#[derive(Debug, Clone, Default)]
pub struct Reach {
    /// Website, e-mail and telephone, those given, in that order.
    pub actions: Vec<Action>,
    /// Social media and messaging.
    pub channels: Vec<Action>,
    /// In the organisation's words; its line breaks kept.
    pub how: Option<String>,
    pub meets: Option<String>,
    pub languages: Vec<Language>,
    /// The postal address in lines: street, postcode and town, country.
    pub address: Vec<String>,
}

impl Reach {
    pub fn new(record: &Organisation, lang: Lang) -> Self {
        let contact = &record.contact;
        let mut actions = Vec::new();
        if let Some(website) = &record.website {
            actions.push(Action {
                kind: lang.t("show-website"),
                href: website.to_string(),
                text: readable(website.as_str()),
                external: true,
            });
        }
        if let Some(email) = &contact.email {
            actions.push(Action {
                kind: lang.t("reach-email"),
                href: format!("mailto:{email}"),
                text: email.to_string(),
                external: false,
            });
        }
        if let Some(telephone) = &contact.telephone {
            actions.push(Action {
                kind: lang.t("reach-telephone"),
                href: telephone.href(),
                text: telephone.as_str().to_owned(),
                external: false,
            });
        }
        let channels = contact
            .links
            .iter()
            .map(|link| Action {
                kind: link.kind.label_in(lang),
                href: link.url.to_string(),
                text: readable(link.url.as_str()),
                external: true,
            })
            .collect();
        let address = contact.address.as_ref().map_or_else(Vec::new, |a| {
            let town = match &a.postal_code {
                Some(code) => format!("{code} {}", a.locality),
                None => a.locality.clone(),
            };
            vec![a.street.clone(), town, a.country.name_in(lang).to_owned()]
        });
        Self {
            actions,
            channels,
            how: contact.how_to_get_in_touch.clone(),
            meets: contact.meets.map(|m| m.label_in(lang)),
            languages: contact
                .languages
                .iter()
                .map(|code| Language {
                    code: code.as_str().to_owned(),
                    name: autonym(code.as_str()).unwrap_or(code.as_str()).to_owned(),
                })
                .collect(),
            address,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.actions.is_empty()
            && self.channels.is_empty()
            && self.how.is_none()
            && self.meets.is_none()
            && self.languages.is_empty()
            && self.address.is_empty()
    }
}

/// A web address as people read it: without `https://`, `www.` and a lone trailing slash.
fn readable(url: &str) -> String {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    let rest = rest.strip_prefix("www.").unwrap_or(rest);
    rest.strip_suffix('/').unwrap_or(rest).to_owned()
}

/// The record's contact details as schema.org properties of its `Organization`: `email`,
/// `telephone`, a `contactPoint` with the languages and how to get in touch, the `address`,
/// and the channels added to `sameAs`.
pub fn add_json_ld(data: &mut Value, record: &Organisation) {
    let contact = &record.contact;
    if let Some(email) = &contact.email {
        data["email"] = email.as_str().into();
    }
    if let Some(telephone) = &contact.telephone {
        data["telephone"] = telephone.as_str().into();
    }
    let has_point = contact.email.is_some()
        || contact.telephone.is_some()
        || !contact.languages.is_empty()
        || contact.how_to_get_in_touch.is_some();
    if has_point {
        let mut point = json!({"@type": "ContactPoint", "contactType": "general"});
        if let Some(email) = &contact.email {
            point["email"] = email.as_str().into();
        }
        if let Some(telephone) = &contact.telephone {
            point["telephone"] = telephone.as_str().into();
        }
        if !contact.languages.is_empty() {
            point["availableLanguage"] = contact
                .languages
                .iter()
                .map(|code| code.as_str())
                .collect::<Vec<_>>()
                .into();
        }
        if let Some(how) = &contact.how_to_get_in_touch {
            point["description"] = how.as_str().into();
        }
        data["contactPoint"] = point;
    }
    if let Some(address) = &contact.address {
        let mut postal = json!({
            "@type": "PostalAddress",
            "streetAddress": address.street,
            "addressLocality": address.locality,
            "addressCountry": address.country.code(),
        });
        if let Some(code) = &address.postal_code {
            postal["postalCode"] = code.as_str().into();
        }
        data["address"] = postal;
    }
    if !contact.links.is_empty() {
        let mut same_as: Vec<Value> = data["sameAs"].as_array().cloned().unwrap_or_default();
        same_as.extend(contact.links.iter().map(|l| Value::from(l.url.as_str())));
        data["sameAs"] = same_as.into();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_read_without_their_scheme() {
        assert_eq!(readable("https://www.example.org/"), "example.org");
        assert_eq!(readable("http://t.me/peers"), "t.me/peers");
        assert_eq!(
            readable("https://example.org/a/b?c=d"),
            "example.org/a/b?c=d"
        );
    }
}
