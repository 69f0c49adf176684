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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_print_and_parse_as_their_uuid() {
        let raw = uuid::Uuid::now_v7();
        let id = PatientId(raw);
        assert_eq!(id.to_string(), raw.to_string());
        assert_eq!(raw.to_string().parse::<PatientId>().ok(), Some(id));
        assert_eq!(serde_json::to_value(id).ok(), serde_json::to_value(raw).ok());
    }
}
