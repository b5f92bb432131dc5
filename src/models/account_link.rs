//! Single-use account links: invitations and password resets, found by the digest of their token.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::domain::account::LinkKind;
use crate::domain::ids::{AllocationId, CommitmentId, UserId};
use crate::domain::role::{Role, Scope};
use crate::i18n::Lang;
use crate::schema::account_links;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = account_links)]
pub struct AccountLink {
    pub id: i32,
    pub kind: String,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub language: Lang,
    /// The account a reset is for (an invitation has none yet).
    pub user_id: Option<UserId>,
    pub created_by: Option<UserId>,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub used_at: Option<NaiveDateTime>,
    scope_commitment_id: Option<CommitmentId>,
    scope_allocation_id: Option<AllocationId>,
}

#[derive(Insertable)]
#[diesel(table_name = account_links)]
pub struct NewAccountLink<'a> {
    pub kind: &'a str,
    pub digest: &'a str,
    pub email: &'a str,
    pub name: &'a str,
    pub role: Role,
    pub language: Lang,
    pub user_id: Option<UserId>,
    pub created_by: Option<UserId>,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub scope_commitment_id: Option<CommitmentId>,
    pub scope_allocation_id: Option<AllocationId>,
}

impl NewAccountLink<'_> {
    pub fn insert(&self, conn: &mut DbConnection) -> QueryResult<()> {
        diesel::insert_into(account_links::table)
            .values(self)
            .execute(conn)
            .map(drop)
    }
}

impl AccountLink {
    /// The courses the invited account will see.
    pub fn scope(&self) -> Scope {
        Scope::from_columns(self.scope_commitment_id, self.scope_allocation_id)
    }

    /// The link of `kind` whose token has this digest, used or not.
    pub fn by_digest(
        conn: &mut DbConnection,
        kind: LinkKind,
        digest: &str,
    ) -> QueryResult<Option<AccountLink>> {
        account_links::table
            .filter(account_links::kind.eq(kind.as_str()))
            .filter(account_links::digest.eq(digest))
            .select(AccountLink::as_select())
            .first(conn)
            .optional()
    }

    /// Marks a link used, unless it was used meanwhile; `false` when it was.
    pub fn use_up(conn: &mut DbConnection, id: i32, now: NaiveDateTime) -> QueryResult<bool> {
        let updated = diesel::update(
            account_links::table
                .find(id)
                .filter(account_links::used_at.is_null()),
        )
        .set(account_links::used_at.eq(now))
        .execute(conn)?;
        Ok(updated == 1)
    }

    /// Invitations neither used nor expired, newest first.
    pub fn open_invitations(
        conn: &mut DbConnection,
        now: NaiveDateTime,
    ) -> QueryResult<Vec<AccountLink>> {
        account_links::table
            .filter(account_links::kind.eq(LinkKind::Invitation.as_str()))
            .filter(account_links::used_at.is_null())
            .filter(account_links::expires_at.gt(now))
            .order(account_links::created_at.desc())
            .select(AccountLink::as_select())
            .load(conn)
    }

    /// Ends every unused link of `kind` to `email` (a new one replaces them).
    pub fn withdraw(
        conn: &mut DbConnection,
        kind: LinkKind,
        email: &str,
        now: NaiveDateTime,
    ) -> QueryResult<usize> {
        diesel::update(
            account_links::table
                .filter(account_links::kind.eq(kind.as_str()))
                .filter(account_links::email.eq(email))
                .filter(account_links::used_at.is_null()),
        )
        .set(account_links::used_at.eq(now))
        .execute(conn)
    }
}
