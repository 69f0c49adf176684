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
);

/// An id as an operator types it: the whole UUID, or a prefix of it of at least
/// [`MIN_PREFIX`] hexadecimal digits (tables show the shortest unique one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdPrefix {
    /// Lowercase hex digits, no hyphens.
    digits: String,
}

/// The fewest digits an id prefix may have (as git's abbreviated hashes).
pub const MIN_PREFIX: usize = 8;

impl IdPrefix {
    pub fn parse(text: &str) -> Result<IdPrefix, String> {
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
    pub fn whole(&self) -> Option<uuid::Uuid> {
        (self.digits.len() == 32).then(|| uuid::Uuid::parse_str(&self.digits).ok()).flatten()
    }

    /// The first and last ids the prefix covers.
    pub fn bounds(&self) -> (uuid::Uuid, uuid::Uuid) {
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
