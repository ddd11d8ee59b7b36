//! The registry's vocabulary and records, with their validation. Nothing here does I/O.

pub mod country;
pub mod languages;
pub mod organisation;
pub mod submission;
pub mod types;
pub mod vocabulary;

pub use country::CountryCode;
pub use organisation::{FieldError, Organisation, OrganisationInput};
pub use types::{Day, Email, Slug, Telephone, WebUrl, WholeNumber, Year};
pub use vocabulary::Vocabulary;
