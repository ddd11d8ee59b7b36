//! Contributions: a proposed new organisation or a correction, validated like any record, plus the
//! contact email and the submitter's note.

use super::organisation::{FieldError, Organisation, OrganisationInput};
use super::types::{Email, Slug};
use crate::i18n::Message;

/// Fields of the API's full record that are the registry's to set; a submission may carry them
/// (what `GET` returns, `POST` accepts) and they are ignored.
pub const READ_ONLY_FIELDS: [&str; 7] = [
    "url",
    "created_at",
    "updated_at",
    "related",
    "licence",
    "attribution",
    "last_changed",
];

pub const MAX_NOTE_CHARS: usize = 2_000;

/// A submission as it arrives: the record's fields, plus `contact_email`, and for a correction
/// the `slug` it corrects and a `note`.
#[derive(Debug, Clone, Default)]
pub struct SubmissionInput {
    pub contact_email: Option<String>,
    pub note: Option<String>,
    pub record: OrganisationInput,
}

impl SubmissionInput {
    /// Reads a JSON body: an object with the record's fields, `contact_email` and `note`. A
    /// value of the wrong type is reported against its field path.
    pub fn from_json(body: &[u8]) -> Result<Self, FieldError> {
        let problem = |field: &str, message: Message| FieldError::new(field, message);
        let mut value: serde_json::Value = serde_json::from_slice(body).map_err(|err| {
            problem(
                "body",
                Message::new("field-json-invalid").with("reason", err.to_string()),
            )
        })?;
        let object = value
            .as_object_mut()
            .ok_or_else(|| problem("body", Message::new("field-json-object")))?;
        let mut text = |key: &str| match object.remove(key) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(s)) => Ok(Some(s)),
            Some(_) => Err(problem(key, Message::new("field-json-string"))),
        };
        let contact_email = text("contact_email")?;
        let note = text("note")?;
        let record = serde_path_to_error::deserialize(value).map_err(|err| {
            let path = err.path().to_string();
            problem(
                if path == "." { "body" } else { &path },
                Message::new("field-json-unreadable").with("reason", err.into_inner().to_string()),
            )
        })?;
        Ok(Self {
            contact_email,
            note,
            record,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    New,
    /// A correction to the organisation with this slug.
    Correction(Slug),
}

/// A valid submission.
#[derive(Debug, Clone)]
pub struct Submission {
    pub kind: Kind,
    pub record: Organisation,
    pub note: Option<String>,
    pub contact_email: Option<Email>,
}

impl SubmissionInput {
    /// Validates the submission. `corrects` is the slug of the entry a correction is for (from
    /// the address of the correction form, or the body's `slug` in the API); `None` for a new
    /// organisation, whose slug is derived from its name.
    pub fn validate(
        mut self,
        corrects: Option<Slug>,
        current_year: i32,
    ) -> Result<Submission, Vec<FieldError>> {
        for field in READ_ONLY_FIELDS {
            self.record.unknown_fields.remove(field);
        }
        // A new organisation's slug is the registry's to choose; a correction keeps its slug.
        self.record.slug = corrects.as_ref().map(|s| s.to_string());
        let mut errors = Vec::new();
        let contact_email = match self.contact_email.as_deref().map(str::trim) {
            Some(email) if !email.is_empty() => match Email::parse(email) {
                Ok(email) => Some(email),
                Err(message) => {
                    errors.push(FieldError::new("contact_email", message));
                    None
                }
            },
            _ => None,
        };
        // The length as sent, as the API's schema states it.
        let note_length = self.note.as_deref().map_or(0, |n| n.chars().count());
        let note = self
            .note
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_owned);
        match (&corrects, &note) {
            (Some(_), None) => {
                errors.push(FieldError::new("note", Message::new("field-note-required")))
            }
            (_, Some(_)) if note_length > MAX_NOTE_CHARS => errors.push(FieldError::new(
                "note",
                Message::new("field-note-too-long").with("max", MAX_NOTE_CHARS),
            )),
            _ => {}
        }
        let record = self.record.validate(current_year);
        match record {
            Ok(record) if errors.is_empty() => Ok(Submission {
                kind: corrects.map_or(Kind::New, Kind::Correction),
                record,
                note,
                contact_email,
            }),
            Ok(_) => Err(errors),
            Err(mut record_errors) => {
                record_errors.append(&mut errors);
                Err(record_errors)
            }
        }
    }
}

/// A name folded for comparison: lowercase ASCII words joined by single spaces.
pub fn fold_name(name: &str) -> String {
    deunicode::deunicode(name)
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// How alike two folded names are, from 0 to 1; spacing does not count.
pub fn name_similarity(a: &str, b: &str) -> f64 {
    let (a_joined, b_joined) = (a.replace(' ', ""), b.replace(' ', ""));
    if a_joined == b_joined {
        return 1.0;
    }
    strsim::normalized_damerau_levenshtein(a, b)
        .max(strsim::normalized_damerau_levenshtein(&a_joined, &b_joined))
}

/// Names at least this alike are flagged as likely duplicates.
pub const DUPLICATE_THRESHOLD: f64 = 0.8;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similar_names_fold_case_diacritics_and_spacing() {
        let alike = |a, b| name_similarity(&fold_name(a), &fold_name(b));
        assert_eq!(alike("Brugerforeningen", "Bruger Foreningen"), 1.0);
        assert!(alike("Narcotics Anonymous", "narcotics anonymus") >= DUPLICATE_THRESHOLD);
        assert!(alike("JES Osnabrück", "jes osnabruck") >= DUPLICATE_THRESHOLD);
        assert!(alike("Energy Control", "User Voice") < DUPLICATE_THRESHOLD);
    }

    #[test]
    fn a_correction_needs_a_note_and_keeps_its_slug() {
        let input = SubmissionInput::from_json(
            serde_json::json!({
                "slug": "something-else",
                "name": "Brugerforeningen",
                "description": "The Danish drug users union.",
                "categories": ["advocacy"],
                "user_led_degree": "user_led",
                "degree_note": "Run by users.",
                "sources": [{"url": "http://brugerforeningen.dk/", "title": "BF"}],
                "url": "/organisations/brugerforeningen",
                "licence": {"name": "CC BY 4.0"}
            })
            .to_string()
            .as_bytes(),
        )
        .unwrap();
        let target = Slug::parse("brugerforeningen").unwrap();
        let errors = input
            .clone()
            .validate(Some(target.clone()), 2026)
            .unwrap_err();
        assert_eq!(errors[0].field, "note");

        let mut with_note = input;
        with_note.note = Some("The website moved.".into());
        let submission = with_note.validate(Some(target.clone()), 2026).unwrap();
        assert_eq!(submission.record.slug, target);
        assert_eq!(submission.kind, Kind::Correction(target));
    }
}
