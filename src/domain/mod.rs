//! Pure rules of the ABA domain: no I/O, no database.

/// A state or a rule stored as a PostgreSQL enum: the Rust enum binds as its label (the
/// statement casts it: `$1::type`) and decodes from the label or the database type itself
/// (an unknown label is a decoding error, never a default),
/// serialises as the label, and has the lowercase word that command lines and files
/// use (`cli::values` turns words into clap values; domain types carry no clap).
macro_rules! sql_enum {
    ($(#[$meta:meta])* $name:ident in $type_name:literal {
        $($(#[$vmeta:meta])* $variant:ident => $sql:literal as $word:literal $(| $alias:literal)*),+ $(,)?
    }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name { $($(#[$vmeta])* #[serde(rename = $sql)] $variant),+ }

        // Declared to sqlx as text, so that a statement that binds or returns it as text
        // (`$1::type`, `column::text`) needs no lookup of the type's OID on each new
        // connection; it still decodes a column of the enum type itself.
        impl sqlx::Type<sqlx::Postgres> for $name {
            fn type_info() -> sqlx::postgres::PgTypeInfo {
                <&str as sqlx::Type<sqlx::Postgres>>::type_info()
            }

            fn compatible(ty: &sqlx::postgres::PgTypeInfo) -> bool {
                <&str as sqlx::Type<sqlx::Postgres>>::compatible(ty) || sqlx::TypeInfo::name(ty) == $type_name
            }
        }

        impl sqlx::postgres::PgHasArrayType for $name {
            fn array_type_info() -> sqlx::postgres::PgTypeInfo {
                <&str as sqlx::postgres::PgHasArrayType>::array_type_info()
            }

            fn array_compatible(ty: &sqlx::postgres::PgTypeInfo) -> bool {
                <&str as sqlx::postgres::PgHasArrayType>::array_compatible(ty)
                    || sqlx::TypeInfo::name(ty) == concat!($type_name, "[]")
            }
        }

        impl sqlx::Encode<'_, sqlx::Postgres> for $name {
            fn encode_by_ref(
                &self,
                buf: &mut sqlx::postgres::PgArgumentBuffer,
            ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
                <&str as sqlx::Encode<'_, sqlx::Postgres>>::encode(self.as_sql(), buf)
            }
        }

        impl<'r> sqlx::Decode<'r, sqlx::Postgres> for $name {
            fn decode(value: sqlx::postgres::PgValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
                let label = <&str as sqlx::Decode<'r, sqlx::Postgres>>::decode(value)?;
                Self::ALL
                    .iter()
                    .copied()
                    .find(|value| value.as_sql() == label)
                    .ok_or_else(|| format!("{label:?} is no known {} label", $type_name).into())
            }
        }

        // Every enum gets the whole vocabulary (words, aliases, labels); not every enum
        // reads words from a command line or a file.
        #[allow(dead_code)]
        impl $name {
            /// Every value, in the database enum's order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The database label.
            pub fn as_sql(self) -> &'static str {
                match self { $($name::$variant => $sql),+ }
            }

            /// The word command lines and files use.
            pub fn word(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }

            /// Other spellings accepted for the word.
            pub fn aliases(self) -> &'static [&'static str] {
                match self { $($name::$variant => &[$($alias),*]),+ }
            }

            /// The value a word, an alias or a database label names, ignoring case.
            pub fn from_word(text: &str) -> Option<Self> {
                let text = text.trim();
                Self::ALL.iter().copied().find(|value| {
                    value.word().eq_ignore_ascii_case(text)
                        || value.as_sql().eq_ignore_ascii_case(text)
                        || value.aliases().iter().any(|alias| alias.eq_ignore_ascii_case(text))
                })
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_sql())
            }
        }
    };
}

pub(crate) mod audit_chain;
pub(crate) mod billing;
pub(crate) mod checkpoint;
pub mod clock;
pub(crate) mod concurrency;
pub mod dates;
pub mod ids;
pub(crate) mod insurance;
pub mod organization;
pub(crate) mod patient;
pub(crate) mod practitioner;
pub(crate) mod problems;
pub mod scheduling;
pub mod service_code;
pub mod session;
pub mod text;
pub mod user;
