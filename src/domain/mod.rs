//! Pure rules of the ABA domain: no I/O, no database.

/// A state or a rule stored as a PostgreSQL enum: the Rust enum decodes from and binds
/// to the database type itself (an unknown label is a decoding error, never a default),
/// serialises as the label, and has the lowercase word that command lines and files
/// use (`cli::values` turns words into clap values; domain types carry no clap).
macro_rules! sql_enum {
    ($(#[$meta:meta])* $name:ident in $type_name:literal {
        $($(#[$vmeta:meta])* $variant:ident => $sql:literal as $word:literal $(| $alias:literal)*),+ $(,)?
    }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, sqlx::Type)]
        #[sqlx(type_name = $type_name)]
        pub enum $name { $($(#[$vmeta])* #[serde(rename = $sql)] #[sqlx(rename = $sql)] $variant),+ }

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

pub mod audit_chain;
pub mod billing;
pub mod checkpoint;
pub mod clock;
pub mod concurrency;
pub mod dates;
pub mod ids;
pub mod insurance;
pub mod organization;
pub mod patient;
pub mod practitioner;
pub mod problems;
pub mod scheduling;
pub mod service_code;
pub mod session;
pub mod text;
pub mod user;
