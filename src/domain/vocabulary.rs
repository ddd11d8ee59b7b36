//! The registry's controlled vocabularies.
//!
//! Each vocabulary is a closed Rust enum whose values are written as stable snake_case slugs in the
//! database, the interchange file and the API. The slug is the contract; labels and definitions are
//! for people and may be reworded freely.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::i18n::{Lang, Message};

/// A value that is not part of a vocabulary. Its message lists the accepted values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownValue {
    pub value: String,
    pub expected: String,
}

impl UnknownValue {
    /// What is wrong, in any language.
    pub fn message(&self) -> Message {
        Message::new("field-unknown-value")
            .with("value", &self.value)
            .with("expected", &self.expected)
    }
}

/// English, for logs and the command line.
impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for UnknownValue {}

/// What every vocabulary offers, so the API and pages can list them generically.
pub trait Vocabulary: Copy + Sized + 'static {
    /// Every value, in the order they are presented.
    const ALL: &'static [Self];
    /// The vocabulary's name, as used for the parameter or field that takes it.
    const NAME: &'static str;
    fn slug(self) -> &'static str;
    /// The value's position in [`Vocabulary::ALL`].
    fn ordinal(self) -> usize;
    /// The English label, for the OpenAPI document; people read [`Vocabulary::label_in`].
    fn label(self) -> &'static str;
    /// The English definition, for the OpenAPI document; people read
    /// [`Vocabulary::definition_in`].
    fn definition(self) -> &'static str;

    /// The value's label in `lang`, from `locales/<lang>/vocabulary.ftl`.
    fn label_in(self, lang: Lang) -> String {
        lang.t(&format!("{}-{}", Self::NAME.replace(' ', "_"), self.slug()))
    }

    /// The value's definition in `lang`.
    fn definition_in(self, lang: Lang) -> String {
        lang.t(&format!(
            "{}-{}.definition",
            Self::NAME.replace(' ', "_"),
            self.slug()
        ))
    }

    fn parse(value: &str) -> Result<Self, UnknownValue> {
        Self::ALL
            .iter()
            .copied()
            .find(|v| v.slug() == value)
            .ok_or_else(|| UnknownValue {
                value: value.to_owned(),
                expected: Self::ALL
                    .iter()
                    .map(|v| v.slug())
                    .collect::<Vec<_>>()
                    .join(", "),
            })
    }
}

macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident as $field:literal {
            $( $variant:ident = $slug:literal, $label:literal, $definition:literal; )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $( #[doc = $definition] $variant, )+
        }

        impl Vocabulary for $name {
            const ALL: &'static [Self] = &[$(Self::$variant),+];
            const NAME: &'static str = $field;

            fn slug(self) -> &'static str {
                match self { $(Self::$variant => $slug,)+ }
            }

            fn ordinal(self) -> usize {
                // Variants are declared in the order of ALL, without explicit discriminants.
                self as usize
            }

            fn label(self) -> &'static str {
                match self { $(Self::$variant => $label,)+ }
            }

            fn definition(self) -> &'static str {
                match self { $(Self::$variant => $definition,)+ }
            }
        }

        impl FromStr for $name {
            type Err = UnknownValue;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                <Self as Vocabulary>::parse(s)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.slug())
            }
        }

        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                let description = concat!($("`", $slug, "`: ", $definition, "\n"),+);
                utoipa::openapi::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .enum_values(Some([$($slug),+]))
                    .description(Some(description))
                    .into()
            }
        }

        impl utoipa::ToSchema for $name {}

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.slug())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                value.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

vocabulary! {
    /// The paper's five categories of user-led work.
    Category as "category" {
        MutualAid = "mutual_aid", "Mutual aid",
            "Fellowships where current and former users support each other.";
        RecoveryEnterprise = "recovery_enterprise", "Recovery enterprise",
            "Recovery communities and networks: supportive housing, recovery cafés, social enterprises, employment schemes and peer support.";
        HarmReduction = "harm_reduction", "Harm reduction",
            "Current or former users giving information, advice and means to use drugs more safely.";
        Advocacy = "advocacy", "Advocacy",
            "Arguing for the rights and fair treatment of people who use drugs.";
        Research = "research", "Research",
            "Peer-led investigation of the lives and treatment experiences of people who use drugs.";
    }
}

vocabulary! {
    /// How widely an organisation works.
    Scope as "scope" {
        Local = "local", "Local", "Works in one city or area.";
        Regional = "regional", "Regional",
            "Works in several cities or areas of one country, not across all of it.";
        National = "national", "National", "Works across one country.";
        European = "european", "European", "A network or organisation working across Europe.";
        International = "international", "International", "Works worldwide.";
    }
}

vocabulary! {
    /// How an organisation meets the people it works with.
    MeetingMode as "meeting mode" {
        InPerson = "in_person", "In person", "Meets people face to face, at a place or on the street.";
        Online = "online", "Online", "Meets people online only: chat, video calls, forums or social media.";
        Both = "both", "In person and online", "Meets people face to face and online.";
    }
}

impl MeetingMode {
    /// Whether someone anywhere can reach it without travelling.
    pub fn is_online(self) -> bool {
        matches!(self, Self::Online | Self::Both)
    }

    /// Whether an organisation that meets this way answers a search for `wanted`: one that
    /// meets both in person and online answers either.
    pub fn answers(self, wanted: MeetingMode) -> bool {
        self == wanted || self == Self::Both
    }
}

vocabulary! {
    /// What a contact link of an organisation leads to.
    ContactLinkKind as "contact link kind" {
        Social = "social", "Social media", "A page or profile on a social network.";
        Messaging = "messaging", "Messaging", "A chat, group or channel on a messaging service.";
    }
}

vocabulary! {
    /// Whether an organisation is still working, as far as the registry knows.
    Status as "status" {
        Active = "active", "Active", "Known to be working.";
        Inactive = "inactive", "Inactive", "Known to have stopped or merged into another organisation.";
        Unknown = "unknown", "Unknown", "Not verified recently; it may or may not still be working.";
    }
}

vocabulary! {
    /// How far an organisation is led by people who use or used drugs.
    UserLedDegree as "degree" {
        UserLed = "user_led", "User-led",
            "Predominantly designed and delivered by current or former drug users.";
        JointlyLed = "jointly_led", "Jointly led",
            "Run jointly by current or former users and people who do not use drugs.";
        Formalised = "formalised", "Formalised",
            "Founded by users, now a formal organisation run mainly by paid staff.";
        PeerDelivered = "peer_delivered", "Peer-delivered",
            "Led by professionals or an agency, with the work delivered by peers.";
        Unclear = "unclear", "Unclear", "The sources do not say who leads it.";
    }
}

vocabulary! {
    /// The user scenes an organisation serves.
    UserProfile as "profile" {
        StreetDrugs = "street_drugs", "Street drugs",
            "People who use opiates, cocaine and other drugs associated with problem use.";
        PartyDrugs = "party_drugs", "Party drugs",
            "People who use drugs at parties, clubs and festivals.";
        Psychedelics = "psychedelics", "Psychedelics",
            "People who use psychedelic drugs.";
        Cannabis = "cannabis", "Cannabis", "People who use cannabis.";
        AllDrugs = "all_drugs", "All drugs", "People who use any legal or illicit drug.";
    }
}

vocabulary! {
    /// What an organisation does.
    Activity as "activity" {
        TwelveStepMeetings = "twelve_step_meetings", "12-step meetings",
            "Fellowship meetings that follow a twelve-step programme.";
        PeerSupportMeetings = "peer_support_meetings", "Peer support meetings",
            "Regular group meetings in which people who use or used drugs support each other.";
        OnlineSupport = "online_support", "Online support",
            "Support, meetings or forums offered over the internet.";
        LiveChatSupport = "live_chat_support", "Live chat support",
            "Real-time support by chat for people having a difficult time.";
        TherapeuticCommunity = "therapeutic_community", "Therapeutic community",
            "A residential community in which residents live, work and recover together.";
        SupportedHousing = "supported_housing", "Supported housing",
            "Drug-free accommodation with support from peers in recovery.";
        RecoveryCafe = "recovery_cafe", "Recovery café",
            "A recovery centre or café offering social activities and easy-to-reach support.";
        EmploymentTraining = "employment_training", "Employment and training",
            "Education, vocational training, social enterprises and jobs.";
        RecoveryCoaching = "recovery_coaching", "Recovery coaching",
            "Individual support from a coach who is in recovery.";
        NaloxoneTraining = "naloxone_training", "Naloxone training",
            "Training people to use naloxone to reverse an opioid overdose.";
        SaferUseEducation = "safer_use_education", "Safer-use education",
            "Information and training on safer drug use and safer sex.";
        SyringeDistribution = "syringe_distribution", "Syringe distribution",
            "Needle and syringe exchange, sterile equipment, and collecting discarded equipment.";
        DrugChecking = "drug_checking", "Drug checking",
            "Analysing pills and other substances to tell people what they contain.";
        FestivalSupport = "festival_support", "Festival and event support",
            "Information and crisis support at parties and festivals.";
        HivHepatitisTesting = "hiv_hepatitis_testing", "HIV and hepatitis testing",
            "Testing for HIV, hepatitis and other infections.";
        WoundCareHealth = "wound_care_health", "Wound care and basic health care",
            "Wound care, nursing and basic health care.";
        Food = "food", "Food", "Providing meals or food.";
        LegalAid = "legal_aid", "Legal aid", "Help with legal problems.";
        HousingHelp = "housing_help", "Housing help", "Help to find or keep housing.";
        TreatmentHelp = "treatment_help", "Treatment help",
            "Help to reach, choose and stay in treatment, including substitution treatment.";
        Lobbying = "lobbying", "Lobbying",
            "Working to change laws and policies with governments and institutions.";
        AwarenessCampaigns = "awareness_campaigns", "Awareness campaigns",
            "Public campaigns, demonstrations and media work.";
        PeerResearch = "peer_research", "Peer research",
            "Research designed or carried out by people who use or used drugs.";
        ServiceAudits = "service_audits", "Service audits",
            "Mystery shopping and other audits of the quality of services.";
        Outreach = "outreach", "Outreach", "Meeting people where they are, in the street or elsewhere.";
        IndividualAdvocacy = "individual_advocacy", "Individual advocacy",
            "Standing up for individual people in their dealings with services and authorities.";
        DrugInformation = "drug_information", "Drug information",
            "Reference material such as wikis, combination charts and databases of tested pills.";
    }
}

vocabulary! {
    /// Who may see an organisation. Stigma makes some organisations avoid being seen.
    Visibility as "visibility" {
        Listed = "listed", "Listed", "Shown in full.";
        Discreet = "discreet", "Discreet",
            "Shown by name, categories and countries only: no city, website or contact.";
        Unlisted = "unlisted", "Unlisted", "Never shown; only counted in statistics.";
    }
}

vocabulary! {
    /// What happened in an organisation's life.
    EventKind as "event kind" {
        Founded = "founded", "Founded", "The organisation was founded.";
        Formalised = "formalised", "Formalised",
            "The organisation became a formal body, for example with paid staff or a legal form.";
        Renamed = "renamed", "Renamed", "The organisation took a new name.";
        DegreeChanged = "degree_changed", "Degree reassessed",
            "Its user-led degree was assessed anew.";
        StatusChanged = "status_changed", "Status changed",
            "The moderators changed its status (working or not), for the reason noted.";
        Merged = "merged", "Merged", "The organisation merged with another.";
        Ended = "ended", "Ended", "The organisation stopped working.";
        Other = "other", "Other", "Anything else worth recording.";
    }
}

vocabulary! {
    /// How one organisation relates to another; read as "this organisation `kind` the other".
    RelationKind as "relation kind" {
        MemberOf = "member_of", "Member of", "This organisation is a member of the other.";
        PartnerOf = "partner_of", "Partner of", "The two organisations work together.";
        FoundedBy = "founded_by", "Founded by", "The other organisation founded this one.";
        SucceededBy = "succeeded_by", "Succeeded by", "The other organisation continued this one's work.";
    }
}

vocabulary! {
    /// What kind of other name an alias is.
    AliasKind as "alias kind" {
        Abbreviation = "abbreviation", "Abbreviation", "A short form of the name.";
        FullName = "full_name", "Full name",
            "The name written out in full, of an organisation known by a shorter form.";
        OriginalName = "original_name", "Original name", "The name in the organisation's own language.";
        Translation = "translation", "Translation", "A translation of the name.";
        FormerName = "former_name", "Former name", "A name the organisation used before.";
        Other = "other", "Other name", "Any other name it is known by.";
    }
}

/// A set of values of one vocabulary, as a bit mask: cheap to copy, test and combine, which the
/// in-memory search relies on.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Set<V> {
    bits: u32,
    vocabulary: std::marker::PhantomData<V>,
}

impl<V: Vocabulary> Set<V> {
    pub const fn empty() -> Self {
        Self {
            bits: 0,
            vocabulary: std::marker::PhantomData,
        }
    }

    pub fn insert(&mut self, value: V) {
        self.bits |= 1 << value.ordinal();
    }

    pub fn remove(&mut self, value: V) {
        self.bits &= !(1 << value.ordinal());
    }

    /// Adds the value if absent, removes it if present.
    pub fn toggle(&mut self, value: V) {
        self.bits ^= 1 << value.ordinal();
    }

    pub fn contains(self, value: V) -> bool {
        self.bits & (1 << value.ordinal()) != 0
    }

    pub fn intersects(self, other: Self) -> bool {
        self.bits & other.bits != 0
    }

    pub fn is_empty(self) -> bool {
        self.bits == 0
    }

    pub fn iter(self) -> impl Iterator<Item = V> {
        V::ALL.iter().copied().filter(move |v| self.contains(*v))
    }
}

impl<V: Vocabulary> Default for Set<V> {
    fn default() -> Self {
        Self::empty()
    }
}

impl<V: Vocabulary> FromIterator<V> for Set<V> {
    fn from_iter<I: IntoIterator<Item = V>>(values: I) -> Self {
        let mut set = Self::empty();
        for value in values {
            set.insert(value);
        }
        set
    }
}

impl<V: Vocabulary + fmt::Debug> fmt::Debug for Set<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trips<V: Vocabulary + FromStr<Err = UnknownValue> + PartialEq + fmt::Debug>() {
        // A Set holds at most 32 values.
        assert!(V::ALL.len() <= 32);
        for (i, value) in V::ALL.iter().enumerate() {
            assert_eq!(value.ordinal(), i);
            assert_eq!(value.slug().parse::<V>().as_ref(), Ok(value));
            assert!(!value.label().is_empty());
            assert!(value.definition().ends_with('.'), "{}", value.slug());
        }
    }

    #[test]
    fn every_vocabulary_round_trips_through_its_slug() {
        round_trips::<Category>();
        round_trips::<Scope>();
        round_trips::<Status>();
        round_trips::<UserLedDegree>();
        round_trips::<UserProfile>();
        round_trips::<Activity>();
        round_trips::<Visibility>();
        round_trips::<EventKind>();
        round_trips::<RelationKind>();
        round_trips::<AliasKind>();
        round_trips::<MeetingMode>();
        round_trips::<ContactLinkKind>();
    }

    #[test]
    fn unknown_value_names_the_accepted_ones() {
        let err = "foo".parse::<Category>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown value \"foo\"; expected one of: mutual_aid, recovery_enterprise, \
             harm_reduction, advocacy, research"
        );
    }

    #[test]
    fn slugs_are_unique_within_a_vocabulary() {
        let mut slugs: Vec<_> = Activity::ALL.iter().map(|a| a.slug()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), Activity::ALL.len());
    }

    #[test]
    fn sets_hold_values_as_bits() {
        let set: Set<Activity> = [Activity::Food, Activity::DrugInformation]
            .into_iter()
            .collect();
        assert!(set.contains(Activity::Food));
        assert!(!set.contains(Activity::LegalAid));
        assert_eq!(
            set.iter().collect::<Vec<_>>(),
            [Activity::Food, Activity::DrugInformation]
        );
        let other: Set<Activity> = [Activity::DrugInformation].into_iter().collect();
        assert!(set.intersects(other));
        assert!(!Set::<Activity>::empty().intersects(set));
    }

    #[test]
    fn serde_uses_the_slug() {
        let json = serde_json::to_string(&Category::HarmReduction).unwrap();
        assert_eq!(json, "\"harm_reduction\"");
        let back: Category = serde_json::from_str(&json).unwrap();
        assert_eq!(back, Category::HarmReduction);
        assert!(serde_json::from_str::<Category>("\"x\"").is_err());
    }
}
