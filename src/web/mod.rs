//! Web plumbing shared by every route: state, the page context, authentication and the actor of a
//! change, CSRF, HEAD as GET, forms and uploads, the simple form builder, archiving, a phone's remembered
//! trainee, the guess throttle, the courses an account sees, error pages, rendering and assets. It knows no route.

pub mod actor;
pub mod archive;
pub mod assets;
pub mod auth;
pub mod csrf;
pub mod ctx;
pub mod errors;
pub mod fields;
pub mod form;
pub mod head;
pub mod phone;
pub mod render;
pub mod scope;
pub mod state;
pub mod throttle;
pub mod upload;
