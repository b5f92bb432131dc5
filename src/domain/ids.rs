//! Typed row ids, so that a cohort id can never be passed where a commitment id is expected, and enums
//! written into JSON by their text name.

use diesel::backend::Backend;
use diesel::deserialize::{self, FromSql};
use diesel::serialize::{self, Output, ToSql};
use diesel::sql_types::Integer;

macro_rules! id_type {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize,
            diesel::expression::AsExpression, diesel::deserialize::FromSqlRow,
        )]
        #[serde(transparent)]
        #[diesel(sql_type = Integer)]
        pub struct $name(pub i32);

        impl<DB> ToSql<Integer, DB> for $name
        where
            DB: Backend,
            i32: ToSql<Integer, DB>,
        {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, DB>) -> serialize::Result {
                self.0.to_sql(out)
            }
        }

        impl<DB> FromSql<Integer, DB> for $name
        where
            DB: Backend,
            i32: FromSql<Integer, DB>,
        {
            fn from_sql(bytes: DB::RawValue<'_>) -> deserialize::Result<Self> {
                i32::from_sql(bytes).map($name)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::num::ParseIntError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                s.trim().parse().map($name)
            }
        }
    )*};
}

id_type!(
    /// A row of `users`.
    UserId,
    /// A row of `commitments`.
    CommitmentId,
    /// A row of `allocations`: one host city's share of a commitment.
    AllocationId,
    /// A row of `cohorts`.
    CohortId,
    /// A row of `trainees`: a person, who may take part in several cohorts.
    TraineeId,
    /// A row of `enrollments`: one trainee in one cohort, one training place.
    EnrollmentId,
    /// A row of `delegations`: one country's group in one cohort.
    DelegationId,
    /// A row of `trainee_imports`: an uploaded CSV file awaiting confirmation.
    ImportId,
    /// A row of `venues`.
    VenueId,
    /// A row of `speakers`.
    SpeakerId,
    /// A row of `interpreters`.
    InterpreterId,
    /// A row of `vehicles`.
    VehicleId,
    /// A row of `cohort_groups`: a case-study group of a cohort.
    GroupId,
    /// A row of `sessions`.
    SessionId,
    /// A row of `api_tokens`: one personal token for the JSON API.
    ApiTokenId,
    /// A row of `login_sessions`: one browser logged in as one user.
    LoginId,
);

/// Bytes as lowercase hex digits.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Writes an enum into JSON as its text name (`as_str`), the name the database stores.
macro_rules! serialized_as_text {
    ($($name:ty),* $(,)?) => {$(
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
    )*};
}
pub(crate) use serialized_as_text;

/// An enum stored and serialized by its text name, with a translation key per variant for pages.
macro_rules! text_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident => $text:literal, $key:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash,
            diesel::expression::AsExpression, diesel::deserialize::FromSqlRow,
        )]
        #[diesel(sql_type = diesel::sql_types::Text)]
        pub enum $name { $($variant),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),* }
            }

            pub fn parse(text: &str) -> Option<$name> {
                match text.trim() { $($text => Some($name::$variant),)* _ => None }
            }

            pub fn label_key(self) -> &'static str {
                match self { $($name::$variant => $key),* }
            }
        }

        crate::db::stored_as_text!($name);
        crate::domain::ids::serialized_as_text!($name);
    };
}
pub(crate) use text_enum;
