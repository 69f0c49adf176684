//! Typed ids: a patient's id cannot be passed where a practitioner's is expected. Each
//! is a UUID in the database (transparent to sqlx and serde) and prints as one.

macro_rules! id {
    ($($(#[$meta:meta])* $name:ident),+ $(,)?) => {$(
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize, sqlx::Type,
        )]
        #[serde(transparent)]
        #[sqlx(transparent)]
        pub struct $name(pub uuid::Uuid);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl std::str::FromStr for $name {
            type Err = uuid::Error;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                uuid::Uuid::parse_str(text).map(Self)
            }
        }

        impl From<uuid::Uuid> for $name {
            fn from(id: uuid::Uuid) -> Self {
                Self(id)
            }
        }
    )+};
}

id!(
    /// An organization (clinic).
    OrganizationId,
    /// A user who operates omnictl.
    UserId,
    /// A patient of one clinic.
    PatientId,
    /// A practitioner of one clinic.
    PractitionerId,
    /// A payer's authorization.
    AuthorizationId,
    /// A booked appointment.
    AppointmentId,
    /// A clinical session.
    SessionId,
    /// A patient's insurance policy.
    PolicyId,
    /// A row of the audit trail.
    AuditRowId,
);

/// What a command names by a [`Key`]: an id type, with what one is called in a sentence
/// and the natural key it is also known by (None: by its id alone).
pub trait Entity: From<uuid::Uuid> + Copy + std::fmt::Display + Send + Sync + 'static {
    /// What one is called in a sentence: `patient`.
    const NOUN: &'static str;
    /// What its natural key is called (`MRN`), if it has one.
    const NATURAL: Option<&'static str>;
}

macro_rules! entity {
    ($($id:ident: $noun:literal, $natural:expr;)+) => {$(
        impl Entity for $id {
            const NOUN: &'static str = $noun;
            const NATURAL: Option<&'static str> = $natural;
        }
    )+};
}

entity! {
    OrganizationId: "organization", Some("slug");
    UserId: "user", Some("email");
    PatientId: "patient", Some("MRN");
    PractitionerId: "practitioner", Some("NPI");
    AuthorizationId: "authorization", Some("number");
    AppointmentId: "appointment", None;
    SessionId: "session", None;
    PolicyId: "policy", None;
    AuditRowId: "audit row", None;
}

/// How an operator names one record of `T`: its natural key (MRN, NPI, authorization
/// number, slug, email), its whole id, or a prefix of the id of at least [`MIN_PREFIX`]
/// characters that no other record of it shares. The one way every command names a
/// record; `store::keys` resolves it. A record with no natural key is named by id alone,
/// and anything else is refused when the command line is read.
pub struct Key<T> {
    text: String,
    of: std::marker::PhantomData<fn() -> T>,
}

impl<T: Entity> Key<T> {
    pub(crate) fn parse(text: &str) -> Result<Key<T>, String> {
        let text = text.trim();
        if text.is_empty() {
            return Err(match T::NATURAL {
                Some(natural) => format!("give the {}'s {natural} or id", T::NOUN),
                None => format!("give the {}'s id", T::NOUN),
            });
        }
        if T::NATURAL.is_none() {
            IdPrefix::parse(text)?;
        }
        Ok(Key { text: text.to_string(), of: std::marker::PhantomData })
    }

    /// The key of a record whose id is known.
    pub fn id(id: T) -> Key<T> {
        Key { text: id.to_string(), of: std::marker::PhantomData }
    }

    /// The key of a record by a natural key the program holds itself (one it wrote, as
    /// the demo's MRNs), not read from an operator.
    pub fn known(natural: &str) -> Key<T> {
        Key { text: natural.trim().to_string(), of: std::marker::PhantomData }
    }

    /// The key as given (trimmed).
    pub(crate) fn as_str(&self) -> &str {
        &self.text
    }

    /// The whole id, when the key is one.
    pub(crate) fn whole(&self) -> Option<uuid::Uuid> {
        uuid::Uuid::parse_str(&self.text).ok()
    }

    /// The ids the key covers as a prefix shorter than a whole id, if it is one.
    pub(crate) fn prefix(&self) -> Option<IdPrefix> {
        IdPrefix::parse(&self.text).ok().filter(|prefix| prefix.whole().is_none())
    }
}

impl<T> Clone for Key<T> {
    fn clone(&self) -> Self {
        Key { text: self.text.clone(), of: std::marker::PhantomData }
    }
}

impl<T> PartialEq for Key<T> {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl<T> Eq for Key<T> {}

impl<T> std::fmt::Debug for Key<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Key").field(&self.text).finish()
    }
}

impl<T> std::fmt::Display for Key<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl<T: Entity> std::str::FromStr for Key<T> {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Key::parse(text)
    }
}

/// An id as an operator types it: the whole UUID, or a prefix of it of at least
/// [`MIN_PREFIX`] hexadecimal digits (tables show the shortest unique one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct IdPrefix {
    /// Lowercase hex digits, no hyphens.
    digits: String,
}

/// The fewest digits an id prefix may have (as git's abbreviated hashes).
pub(crate) const MIN_PREFIX: usize = 8;

impl IdPrefix {
    pub(crate) fn parse(text: &str) -> Result<IdPrefix, String> {
        let digits: String = text.trim().chars().filter(|c| *c != '-').collect::<String>().to_ascii_lowercase();
        if digits.len() < MIN_PREFIX || digits.len() > 32 || !digits.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(format!(
                "{:?} is not an id: give the id, or its first {MIN_PREFIX} or more characters as tables show them",
                text.trim()
            ));
        }
        Ok(IdPrefix { digits })
    }

    /// The id itself, when all of it was given.
    pub(crate) fn whole(&self) -> Option<uuid::Uuid> {
        (self.digits.len() == 32).then(|| uuid::Uuid::parse_str(&self.digits).ok()).flatten()
    }

    /// The first and last ids the prefix covers.
    pub(crate) fn bounds(&self) -> (uuid::Uuid, uuid::Uuid) {
        let low = format!("{:0<32}", self.digits);
        let high = format!("{:f<32}", self.digits);
        (uuid::Uuid::parse_str(&low).unwrap_or_default(), uuid::Uuid::parse_str(&high).unwrap_or(uuid::Uuid::max()))
    }
}

impl std::fmt::Display for IdPrefix {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.digits)
    }
}

/// The shortest prefixes (at least [`MIN_PREFIX`] characters, hyphens counted as shown)
/// that tell `ids` apart: the length one list shows its ids at.
pub fn unique_prefix_len(ids: &[&str]) -> usize {
    let mut sorted: Vec<&str> = ids.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut len = MIN_PREFIX;
    for pair in sorted.windows(2) {
        let common = pair[0].chars().zip(pair[1].chars()).take_while(|(a, b)| a == b).count();
        len = len.max(common + 1);
    }
    len.min(36)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_are_eight_characters_or_as_many_as_tell_ids_apart() {
        let a = "0a1b2c3d-0000-4000-8000-000000000001";
        let b = "0a1b2c3d-9999-4000-8000-000000000002";
        let c = "ffffffff-0000-4000-8000-000000000003";
        assert_eq!(unique_prefix_len(&[a, c]), 8);
        assert_eq!(unique_prefix_len(&[a, b, c]), 10, "the first 9 shown characters are shared");
        let prefix = IdPrefix::parse("0A1B2C3D-9").expect("prefix");
        let (low, high) = prefix.bounds();
        assert_eq!(
            (low.to_string(), high.to_string()),
            ("0a1b2c3d-9000-0000-0000-000000000000".to_string(), "0a1b2c3d-9fff-ffff-ffff-ffffffffffff".to_string())
        );
        assert_eq!(IdPrefix::parse(a).ok().and_then(|p| p.whole()).map(|u| u.to_string()), Some(a.to_string()));
        assert!(IdPrefix::parse("0a1b2c").is_err() && IdPrefix::parse("not-an-id-at-all").is_err());
    }

    #[test]
    fn ids_print_and_parse_as_their_uuid() {
        let raw = uuid::Uuid::now_v7();
        let id = PatientId(raw);
        assert_eq!(id.to_string(), raw.to_string());
        assert_eq!(raw.to_string().parse::<PatientId>().ok(), Some(id));
        assert_eq!(serde_json::to_value(id).ok(), serde_json::to_value(raw).ok());
    }
}
