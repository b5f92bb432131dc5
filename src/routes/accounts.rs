//! Accounts in the app. Organizers: `/accounts` lists everyone (role, last login, status) and the
//! invitations not yet accepted, invites a colleague, changes roles, disables and enables accounts and
//! sends password resets. Everyone logged in: `/account/password`. Anyone: `/invitation/{token}` (choose a
//! name and password), `/password-reset` (ask for a link) and `/reset/{token}` (choose a new password).

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use crate::domain::account::{
    ChangePasswordInput, ChoosePasswordInput, InviteInput, LinkKind, STAFF_ROLES, ScopeChoice,
};
use crate::domain::ids::UserId;
use crate::domain::role::{Role, Scope};
use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::i18n::{Lang, Msg};
use crate::models::account_link::AccountLink;
use crate::models::allocation::Allocation;
use crate::models::commitment::Commitment;
use crate::models::user::User;
use crate::services::account_links::{self, Sender};
use crate::services::accounts;
use crate::web::auth::{Administrator, Staff, current_login};
use crate::web::ctx::{Ctx, flash, flash_message, flash_refusal, language_chosen};
use crate::web::form::Form;
use crate::web::render::{after_post, page, page_with_status, see_other};
use crate::web::state::AppState;
use crate::web::throttle::{Counted, client_ip};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/accounts", web::get().to(index))
        .route("/accounts/invite", web::post().to(invite))
        .route("/accounts/{id:\\d+}/role", web::post().to(change_access))
        .route(
            "/accounts/{id:\\d+}/{switch:(disable|enable)}",
            web::post().to(switch),
        )
        .route("/accounts/{id:\\d+}/reset", web::post().to(send_reset))
        .service(
            web::resource("/account/password")
                .route(web::get().to(password_form))
                .route(web::post().to(change_password)),
        )
        .service(
            web::resource("/{kind:(invitation|reset)}/{token}")
                .route(web::get().to(link_form))
                .route(web::post().to(choose_password)),
        )
        .service(
            web::resource("/password-reset")
                .route(web::get().to(reset_request_form))
                .route(web::post().to(request_reset)),
        );
}

fn sender(state: &AppState) -> Sender<'_> {
    Sender {
        settings: &state.settings,
        vault: &state.vault,
    }
}

#[derive(Template)]
#[template(path = "accounts/index.html")]
struct AccountsPage {
    ctx: Ctx,
    users: Vec<User>,
    invitations: Vec<AccountLink>,
    /// The courses an account can be limited to: every one, each commitment, each host city.
    scopes: Vec<ScopeOption>,
    input: InviteInput,
    errors: FormErrors,
}

/// One choice of the courses an account sees, as the form offers it.
struct ScopeOption {
    value: String,
    label: String,
}

impl AccountsPage {
    /// What `scope` is called on the page; a commitment or host city that is gone says so.
    fn scope_label(&self, scope: Scope) -> String {
        let value = ScopeChoice::of(scope).value();
        self.scopes
            .iter()
            .find(|o| o.value == value)
            .map_or_else(|| self.ctx.t("account-scope-gone"), |o| o.label.clone())
    }

    /// The scope choices for an account's row, its own among them even if its course is gone (so that
    /// changing the role never widens what it sees).
    fn scope_choices(&self, user: &User) -> Vec<(String, String, bool)> {
        let current = ScopeChoice::of(user.scope()).value();
        let mut choices: Vec<(String, String, bool)> = self
            .scopes
            .iter()
            .map(|o| (o.value.clone(), o.label.clone(), o.value == current))
            .collect();
        if !choices.iter().any(|(_, _, selected)| *selected) {
            choices.push((current, self.ctx.t("account-scope-gone"), true));
        }
        choices
    }

    fn roles(&self) -> [Role; 2] {
        STAFF_ROLES
    }

    fn languages(&self) -> [Lang; 3] {
        Lang::ALL
    }

    fn is_me(&self, user: &User) -> bool {
        self.ctx.user.as_ref().is_some_and(|me| me.id == user.id)
    }
}

async fn accounts_page(
    state: &AppState,
    ctx: Ctx,
    input: InviteInput,
    errors: FormErrors,
) -> AppResult<AccountsPage> {
    let now = state.now();
    let (users, invitations, commitments) = state
        .db(move |conn| {
            let mut commitments = Vec::new();
            for commitment in Commitment::list(conn, true, Scope::All)? {
                let allocations = Allocation::list_for_commitment(conn, commitment.id)?;
                commitments.push((commitment, allocations));
            }
            Ok((
                User::all(conn)?,
                AccountLink::open_invitations(conn, now)?,
                commitments,
            ))
        })
        .await?;
    let mut scopes = vec![ScopeOption {
        value: ScopeChoice::All.value(),
        label: ctx.t("account-scope-all"),
    }];
    for (commitment, allocations) in commitments {
        let name = Msg::new("account-scope-commitment").with("commitment", commitment.name.clone());
        scopes.push(ScopeOption {
            value: ScopeChoice::Commitment(commitment.id).value(),
            label: ctx.msg(&name),
        });
        scopes.extend(allocations.into_iter().map(|a| {
            ScopeOption {
                value: ScopeChoice::HostCity(a.id).value(),
                label: ctx.msg(
                    &Msg::new("account-scope-city")
                        .with("city", a.host_city)
                        .with("commitment", commitment.name.clone()),
                ),
            }
        }));
    }
    Ok(AccountsPage {
        ctx,
        users,
        invitations,
        scopes,
        input,
        errors,
    })
}

/// `GET /accounts`
async fn index(state: web::Data<AppState>, _: Administrator, ctx: Ctx) -> AppResult<HttpResponse> {
    let input = InviteInput {
        role: Role::Coordinator.as_str().to_owned(),
        language: ctx.lang.as_str().to_owned(),
        scope: ScopeChoice::All.value(),
        ..InviteInput::default()
    };
    page(&accounts_page(&state, ctx, input, FormErrors::new()).await?)
}

/// `POST /accounts/invite`
async fn invite(
    state: web::Data<AppState>,
    Administrator(user): Administrator,
    req: HttpRequest,
    ctx: Ctx,
    Form(input): Form<InviteInput>,
) -> AppResult<HttpResponse> {
    let now = state.now();
    let shared = state.clone();
    let result = match input.parse() {
        Ok(invitation) => {
            let email = invitation.email.as_str().to_owned();
            state
                .db(move |conn| {
                    account_links::invite(conn, sender(&shared), &invitation, &user, now)
                })
                .await
                .map(|()| email)
        }
        Err(errors) => Err(errors.into()),
    };
    match result {
        Ok(email) => {
            state.wake_outbox();
            flash_message(&req, &Msg::new("flash-invited").with("email", email));
            Ok(see_other("/accounts"))
        }
        Err(AppError::Invalid(errors)) => page_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &accounts_page(&state, ctx, input, errors).await?,
        ),
        Err(other) => Err(other),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct AccessInput {
    role: String,
    scope: String,
}

/// `POST /accounts/{id}/role`: the role and the courses the account sees.
async fn change_access(
    state: web::Data<AppState>,
    _: Administrator,
    req: HttpRequest,
    id: web::Path<UserId>,
    Form(input): Form<AccessInput>,
) -> AppResult<HttpResponse> {
    let (id, now) = (id.into_inner(), state.now());
    let role = Role::parse(&input.role).unwrap_or(Role::Trainee);
    let result = match ScopeChoice::parse(&input.scope) {
        Ok(scope) => {
            state
                .db(move |conn| accounts::change_access(conn, id, role, scope, now))
                .await
        }
        Err(msg) => Err(FormErrors::single("scope", msg).into()),
    };
    answer(&req, result.map(drop), "flash-account-role-changed")
}

/// Back to the accounts page with a notice: done, or why not.
fn answer(req: &HttpRequest, result: AppResult<()>, done: &'static str) -> AppResult<HttpResponse> {
    match result {
        Ok(()) => flash(req, done),
        Err(AppError::Invalid(refusal)) => flash_refusal(req, &refusal),
        Err(other) => return Err(other),
    }
    Ok(see_other("/accounts"))
}

/// `POST /accounts/{id}/disable` (the account's logins end at once) and `POST /accounts/{id}/enable`.
async fn switch(
    state: web::Data<AppState>,
    Administrator(user): Administrator,
    req: HttpRequest,
    path: web::Path<(UserId, String)>,
) -> AppResult<HttpResponse> {
    let (id, switch) = path.into_inner();
    let disabled = switch == "disable";
    let now = state.now();
    let result = state
        .db(move |conn| accounts::set_disabled(conn, user.id, id, disabled, now))
        .await;
    let done = match disabled {
        true => "flash-account-disabled",
        false => "flash-account-enabled",
    };
    answer(&req, result.map(drop), done)
}

/// `POST /accounts/{id}/reset`: the account's owner gets a link to choose a new password.
async fn send_reset(
    state: web::Data<AppState>,
    _: Administrator,
    req: HttpRequest,
    id: web::Path<UserId>,
) -> AppResult<HttpResponse> {
    let (id, now) = (id.into_inner(), state.now());
    let shared = state.clone();
    let name = state
        .db(move |conn| {
            let user = User::find(conn, id)?.ok_or(AppError::NotFound)?;
            conn.write(|conn| account_links::send_reset(conn, sender(&shared), &user, now))?;
            Ok(user.name)
        })
        .await?;
    state.wake_outbox();
    flash_message(&req, &Msg::new("flash-reset-sent").with("name", name));
    Ok(see_other("/accounts"))
}

#[derive(Template)]
#[template(path = "accounts/password.html")]
struct PasswordPage {
    ctx: Ctx,
    errors: FormErrors,
}

/// `GET /account/password`
async fn password_form(_: Staff, ctx: Ctx) -> AppResult<HttpResponse> {
    page(&PasswordPage {
        ctx,
        errors: FormErrors::new(),
    })
}

/// `POST /account/password`: every other login of the account ends.
async fn change_password(
    state: web::Data<AppState>,
    Staff(user): Staff,
    req: HttpRequest,
    ctx: Ctx,
    Form(input): Form<ChangePasswordInput>,
) -> AppResult<HttpResponse> {
    let keep = current_login(&req);
    let now = state.now();
    let shared = state.clone();
    let result = match input.parse() {
        Ok(password) => {
            state
                .db(move |conn| {
                    let current = &input.current;
                    let ended =
                        accounts::change_password(conn, &user, current, &password, keep, now)?;
                    account_links::notify_password_changed(conn, sender(&shared), &user, now)?;
                    Ok(ended)
                })
                .await
        }
        Err(errors) => Err(errors.into()),
    };
    if result.is_ok() {
        state.wake_outbox();
    }
    after_post(
        &req,
        result,
        "flash-password-changed",
        |_| "/".to_owned(),
        |errors| PasswordPage { ctx, errors },
    )
}

#[derive(Template)]
#[template(path = "accounts/choose_password.html")]
struct ChoosePage {
    ctx: Ctx,
    kind: LinkKind,
    /// What the link opens (an invitation's name and role), or `None` when it no longer works.
    link: Option<AccountLink>,
    name: String,
    errors: FormErrors,
}

impl ChoosePage {
    fn is_invitation(&self) -> bool {
        self.kind == LinkKind::Invitation
    }

    fn action(&self) -> String {
        self.ctx.path.clone()
    }

    /// What the link is for: the invited role, or the account whose password is chosen.
    fn intro(&self, link: &AccountLink) -> String {
        let msg = match self.kind {
            LinkKind::Invitation => Msg::new("invitation-intro")
                .with("role", self.ctx.t(link.role.label_key()))
                .with("email", link.email.clone()),
            LinkKind::Reset => Msg::new("reset-choose-intro").with("email", link.email.clone()),
        };
        self.ctx.msg(&msg)
    }
}

/// A link's pages speak the language its e-mail was written in, unless the reader chose one.
fn in_language_of(req: &HttpRequest, ctx: &mut Ctx, link: Option<&AccountLink>) {
    if let Some(link) = link
        && !language_chosen(req, ctx.user.as_ref())
    {
        ctx.lang = link.language;
    }
}

/// The form behind a link.
async fn link_page(
    state: &AppState,
    req: &HttpRequest,
    mut ctx: Ctx,
    kind: LinkKind,
    token: String,
) -> AppResult<HttpResponse> {
    let now = state.now();
    let link = state
        .db(move |conn| account_links::open(conn, kind, &token, now))
        .await?;
    in_language_of(req, &mut ctx, link.as_ref());
    let status = match link {
        Some(_) => StatusCode::OK,
        None => StatusCode::GONE,
    };
    let name = link.as_ref().map(|l| l.name.clone()).unwrap_or_default();
    page_with_status(
        status,
        &ChoosePage {
            ctx,
            kind,
            link,
            name,
            errors: FormErrors::new(),
        },
    )
}

/// `GET /invitation/{token}` and `GET /reset/{token}`
async fn link_form(
    state: web::Data<AppState>,
    req: HttpRequest,
    ctx: Ctx,
    path: web::Path<(String, String)>,
) -> AppResult<HttpResponse> {
    let (kind, token) = link_of(path.into_inner());
    link_page(&state, &req, ctx, kind, token).await
}

/// The kind of link an address names (the route admits only these two), and its token.
fn link_of((kind, token): (String, String)) -> (LinkKind, String) {
    let kind = match kind.as_str() {
        "invitation" => LinkKind::Invitation,
        _ => LinkKind::Reset,
    };
    (kind, token)
}

/// `POST /invitation/{token}` (the account is made; the colleague logs in with it) and
/// `POST /reset/{token}` (the new password is set and every login of the account ends).
async fn choose_password(
    state: web::Data<AppState>,
    req: HttpRequest,
    ctx: Ctx,
    path: web::Path<(String, String)>,
    Form(input): Form<ChoosePasswordInput>,
) -> AppResult<HttpResponse> {
    let (kind, token) = link_of(path.into_inner());
    chosen(&state, &req, ctx, kind, token, input).await
}

/// What choosing a password through a link did: done, the form again, or the link no longer works.
async fn chosen(
    state: &AppState,
    req: &HttpRequest,
    ctx: Ctx,
    kind: LinkKind,
    token: String,
    input: ChoosePasswordInput,
) -> AppResult<HttpResponse> {
    let now = state.now();
    let with_name = kind == LinkKind::Invitation;
    let (name, password) = match input.parse(with_name) {
        Ok(parsed) => parsed,
        Err(errors) => {
            let link = state
                .db(move |conn| account_links::open(conn, kind, &token, now))
                .await?;
            let mut ctx = ctx;
            in_language_of(req, &mut ctx, link.as_ref());
            return page_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &ChoosePage {
                    ctx,
                    kind,
                    link,
                    name: input.name,
                    errors,
                },
            );
        }
    };
    let (link_token, shared) = (token.clone(), state.clone());
    let done = state
        .db(move |conn| match kind {
            LinkKind::Invitation => account_links::accept(conn, &link_token, &name, password, now),
            LinkKind::Reset => {
                account_links::reset(conn, sender(&shared), &link_token, &password, now)
            }
        })
        .await?;
    match done {
        Some(_) => {
            state.wake_outbox();
            let notice = match kind {
                LinkKind::Invitation => "flash-account-created",
                LinkKind::Reset => "flash-password-reset",
            };
            flash(req, notice);
            Ok(see_other("/login"))
        }
        None => link_page(state, req, ctx, kind, token).await,
    }
}

#[derive(Template)]
#[template(path = "accounts/reset_request.html")]
struct ResetRequestPage {
    ctx: Ctx,
}

/// `GET /password-reset`
async fn reset_request_form(ctx: Ctx) -> AppResult<HttpResponse> {
    page(&ResetRequestPage { ctx })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ResetRequestInput {
    email: String,
}

/// `POST /password-reset`: the same answer whether or not the address has an account. Each request
/// counts as a guess against the address, so nobody floods an inbox with links.
async fn request_reset(
    state: web::Data<AppState>,
    req: HttpRequest,
    Form(input): Form<ResetRequestInput>,
) -> AppResult<HttpResponse> {
    let counted = [Counted::reset(&client_ip(&req))];
    let answered = Msg::new("flash-reset-requested").with("email", input.email.trim().to_owned());
    if state.throttle.check(&counted).is_ok() {
        state.throttle.record_failure(&counted);
        let (now, shared) = (state.now(), state.clone());
        state
            .db(move |conn| account_links::request_reset(conn, sender(&shared), &input.email, now))
            .await?;
        state.wake_outbox();
    }
    flash_message(&req, &answered);
    Ok(see_other("/login"))
}
